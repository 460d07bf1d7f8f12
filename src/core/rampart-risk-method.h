/* rampart-risk-method.h: how risks are rated, and which risks are acceptable (clause 6.1.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * RampartRiskScale:
 * @RAMPART_RISK_SCALE_LIKELIHOOD: how likely a risk is to happen
 * @RAMPART_RISK_SCALE_IMPACT: what it does when it happens
 *
 * The two scales a risk is rated on.
 */
typedef enum
{
  RAMPART_RISK_SCALE_LIKELIHOOD,
  RAMPART_RISK_SCALE_IMPACT,
} RampartRiskScale;

/**
 * RampartRiskLevelMode:
 * @RAMPART_RISK_LEVEL_MATRIX: each cell of the likelihood × impact matrix
 *   is assigned a band
 * @RAMPART_RISK_LEVEL_PRODUCT: likelihood times impact, compared with each
 *   band's lowest score
 *
 * How a rating becomes a risk level.
 */
typedef enum
{
  RAMPART_RISK_LEVEL_MATRIX,
  RAMPART_RISK_LEVEL_PRODUCT,
} RampartRiskLevelMode;

#define RAMPART_RISK_MIN_LEVELS 3
#define RAMPART_RISK_MAX_LEVELS 7
#define RAMPART_RISK_MIN_BANDS 2
#define RAMPART_RISK_MAX_BANDS 6

/* The band of a risk not rated yet */
#define RAMPART_RISK_UNRATED G_MAXUINT

#define RAMPART_TYPE_RISK_METHOD (rampart_risk_method_get_type ())

G_DECLARE_FINAL_TYPE (RampartRiskMethod, rampart_risk_method, RAMPART, RISK_METHOD, GObject)

RampartRiskMethod   *rampart_risk_method_new_default        (void);
RampartRiskMethod   *rampart_risk_method_copy               (RampartRiskMethod    *self);
gboolean             rampart_risk_method_equal              (RampartRiskMethod    *self,
                                                             RampartRiskMethod    *other);

guint                rampart_risk_method_get_n_levels       (RampartRiskMethod    *self,
                                                             RampartRiskScale      scale);
const char          *rampart_risk_method_get_level_label    (RampartRiskMethod    *self,
                                                             RampartRiskScale      scale,
                                                             guint                 level);
const char          *rampart_risk_method_get_level_description
                                                            (RampartRiskMethod    *self,
                                                             RampartRiskScale      scale,
                                                             guint                 level);
guint                rampart_risk_method_get_n_bands        (RampartRiskMethod    *self);
const char          *rampart_risk_method_get_band_name      (RampartRiskMethod    *self,
                                                             guint                 band);
const char          *rampart_risk_method_get_band_colour    (RampartRiskMethod    *self,
                                                             guint                 band);
guint                rampart_risk_method_get_band_min_score (RampartRiskMethod    *self,
                                                             guint                 band);
RampartRiskLevelMode rampart_risk_method_get_mode           (RampartRiskMethod    *self);
guint                rampart_risk_method_get_cell_band      (RampartRiskMethod    *self,
                                                             guint                 likelihood,
                                                             guint                 impact);
guint                rampart_risk_method_get_acceptance_band
                                                            (RampartRiskMethod    *self);
gboolean             rampart_risk_method_get_cia_impact     (RampartRiskMethod    *self);

guint                rampart_risk_method_rate               (RampartRiskMethod    *self,
                                                             guint                 likelihood,
                                                             guint                 impact);
gboolean             rampart_risk_method_is_acceptable      (RampartRiskMethod    *self,
                                                             guint                 band);
guint                rampart_risk_method_map_level          (RampartRiskMethod    *self,
                                                             RampartRiskMethod    *other,
                                                             RampartRiskScale      scale,
                                                             guint                 level);

/* Editing a copy, before rampart_workspace_set_risk_method() */
void                 rampart_risk_method_set_n_levels       (RampartRiskMethod    *self,
                                                             RampartRiskScale      scale,
                                                             guint                 n_levels);
void                 rampart_risk_method_set_level          (RampartRiskMethod    *self,
                                                             RampartRiskScale      scale,
                                                             guint                 level,
                                                             const char           *label,
                                                             const char           *description);
void                 rampart_risk_method_set_n_bands        (RampartRiskMethod    *self,
                                                             guint                 n_bands);
void                 rampart_risk_method_set_band           (RampartRiskMethod    *self,
                                                             guint                 band,
                                                             const char           *name,
                                                             const char           *colour,
                                                             guint                 min_score);
void                 rampart_risk_method_set_mode           (RampartRiskMethod    *self,
                                                             RampartRiskLevelMode  mode);
void                 rampart_risk_method_set_cell_band      (RampartRiskMethod    *self,
                                                             guint                 likelihood,
                                                             guint                 impact,
                                                             guint                 band);
void                 rampart_risk_method_set_acceptance_band
                                                            (RampartRiskMethod    *self,
                                                             guint                 band);
void                 rampart_risk_method_set_cia_impact     (RampartRiskMethod    *self,
                                                             gboolean              cia_impact);

gboolean             rampart_colour_prefers_dark_text (double red,
                                                      double green,
                                                      double blue);

G_END_DECLS
