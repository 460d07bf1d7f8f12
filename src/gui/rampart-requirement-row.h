/* rampart-requirement-row.h: one requirement of an interested party, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_REQUIREMENT_ROW (rampart_requirement_row_get_type ())

G_DECLARE_FINAL_TYPE (RampartRequirementRow, rampart_requirement_row, RAMPART, REQUIREMENT_ROW, AdwExpanderRow)

GtkWidget          *rampart_requirement_row_new             (RampartRequirement    *requirement);
RampartRequirement *rampart_requirement_row_get_requirement (RampartRequirementRow *self);
void                rampart_requirement_row_start_editing   (RampartRequirementRow *self);

G_END_DECLS
