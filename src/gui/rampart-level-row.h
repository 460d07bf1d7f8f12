/* rampart-level-row.h: one level of a risk scale, in the method's editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-risk-method.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_LEVEL_ROW (rampart_level_row_get_type ())

G_DECLARE_FINAL_TYPE (RampartLevelRow, rampart_level_row, RAMPART, LEVEL_ROW, AdwExpanderRow)

GtkWidget *rampart_level_row_new (RampartRiskMethod *method,
                                  RampartRiskScale   scale,
                                  guint              level);

G_END_DECLS
