/* rampart-action-row.h: one action of the risk treatment plan, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_ACTION_ROW (rampart_action_row_get_type ())

G_DECLARE_FINAL_TYPE (RampartActionRow, rampart_action_row, RAMPART, ACTION_ROW, AdwExpanderRow)

GtkWidget *rampart_action_row_new           (RampartRiskAction *action,
                                             RampartWorkspace  *workspace);
void       rampart_action_row_start_editing (RampartActionRow  *self);

G_END_DECLS
