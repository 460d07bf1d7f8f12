/* rampart-band-row.h: one band of risk levels, in the method's editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-risk-method.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_BAND_ROW (rampart_band_row_get_type ())

G_DECLARE_FINAL_TYPE (RampartBandRow, rampart_band_row, RAMPART, BAND_ROW, AdwExpanderRow)

GtkWidget *rampart_band_row_new (RampartRiskMethod *method,
                                 guint              band);

G_END_DECLS
