/* rampart-text-area.h: a titled field for text of several lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAMPART_TYPE_TEXT_AREA (rampart_text_area_get_type ())

G_DECLARE_FINAL_TYPE (RampartTextArea, rampart_text_area, RAMPART, TEXT_AREA, AdwBin)

const char *rampart_text_area_get_text (RampartTextArea *self);
void        rampart_text_area_set_text (RampartTextArea *self,
                                        const char      *text);
void        rampart_text_area_grab_focus_text
                                       (RampartTextArea *self);

G_END_DECLS
