/* rampart-band-label.h: a risk level, in its band's colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rampart-risk-method.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_BAND_LABEL (rampart_band_label_get_type ())

G_DECLARE_FINAL_TYPE (RampartBandLabel, rampart_band_label, RAMPART, BAND_LABEL, GtkWidget)

GtkWidget *rampart_band_label_new      (void);
void       rampart_band_label_set_band (RampartBandLabel  *self,
                                        RampartRiskMethod *method,
                                        guint              band);

const char *rampart_band_label_get_text (RampartBandLabel  *self);

G_END_DECLS
