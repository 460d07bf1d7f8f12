/* rampart-controls-page.h: the Annex A controls section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_CONTROLS_PAGE (rampart_controls_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartControlsPage, rampart_controls_page, RAMPART, CONTROLS_PAGE, RampartPage)

void rampart_controls_page_set_query (RampartControlsPage *self,
                                      const char          *query);

G_END_DECLS
