/* rampart-control-row.h: one Annex A control in a list, with its attributes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-control.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_CONTROL_ROW (rampart_control_row_get_type ())

G_DECLARE_FINAL_TYPE (RampartControlRow, rampart_control_row, RAMPART, CONTROL_ROW, AdwExpanderRow)

GtkWidget      *rampart_control_row_new         (RampartControl    *control);
RampartControl *rampart_control_row_get_control (RampartControlRow *self);

G_END_DECLS
