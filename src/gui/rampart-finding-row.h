/* rampart-finding-row.h: one finding of a check, in a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-finding.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_FINDING_ROW (rampart_finding_row_get_type ())

G_DECLARE_FINAL_TYPE (RampartFindingRow, rampart_finding_row, RAMPART, FINDING_ROW, AdwActionRow)

GtkWidget      *rampart_finding_row_new         (RampartFinding    *finding);
RampartFinding *rampart_finding_row_get_finding (RampartFindingRow *self);

G_END_DECLS
