/* rampart-risk-method.c: how risks are rated, and which risks are acceptable (clause 6.1.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-risk-method"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-risk-method-private.h"
#include "rampart-workspace.h"

/*
 * Clause 6.1.2 asks for risk criteria that give "consistent, valid and
 * comparable results": the scales a risk is rated on, how a rating becomes
 * a level, and which levels may be kept without treatment. A method is a
 * value: the workspace holds one, and a change is made on a copy and then
 * put in its place as a whole, so that its effect on the risks already
 * rated can be shown before it happens.
 */

typedef struct
{
  char *label;
  char *description;
} Level;

typedef struct
{
  char  *name;
  char  *colour;
  guint  min_score;
} Band;

struct _RampartRiskMethod
{
  GObject              parent_instance;

  guint                n_levels[2];
  Level                levels[2][RAMPART_RISK_MAX_LEVELS];
  guint                n_bands;
  Band                 bands[RAMPART_RISK_MAX_BANDS];
  RampartRiskLevelMode mode;
  /* [likelihood - 1][impact - 1] → band */
  guint                cells[RAMPART_RISK_MAX_LEVELS][RAMPART_RISK_MAX_LEVELS];
  guint                acceptance_band;
  gboolean             cia_impact;
};

G_DEFINE_FINAL_TYPE (RampartRiskMethod, rampart_risk_method, G_TYPE_OBJECT)

/* Defaults, written for small organisations; the person adapts them. */

static const char * const likelihood_labels[][RAMPART_RISK_MAX_LEVELS] = {
  { N_("Unlikely"), N_("Possible"), N_("Likely") },
  { N_("Rare"), N_("Unlikely"), N_("Likely"), N_("Almost certain") },
  { N_("Rare"), N_("Unlikely"), N_("Possible"), N_("Likely"), N_("Almost certain") },
  { N_("Very rare"), N_("Rare"), N_("Unlikely"), N_("Possible"), N_("Likely"), N_("Almost certain") },
  { N_("Very rare"), N_("Rare"), N_("Unlikely"), N_("Possible"), N_("Likely"), N_("Very likely"),
    N_("Almost certain") },
};

static const char * const impact_labels[][RAMPART_RISK_MAX_LEVELS] = {
  { N_("Low"), N_("Medium"), N_("High") },
  { N_("Minor"), N_("Moderate"), N_("Major"), N_("Severe") },
  { N_("Negligible"), N_("Minor"), N_("Moderate"), N_("Major"), N_("Severe") },
  { N_("Negligible"), N_("Minor"), N_("Moderate"), N_("Significant"), N_("Major"), N_("Severe") },
  { N_("Negligible"), N_("Very minor"), N_("Minor"), N_("Moderate"), N_("Significant"), N_("Major"),
    N_("Severe") },
};

static const struct {
  RampartRiskScale  scale;
  const char       *label;
  const char       *description;
} descriptions[] = {
  { RAMPART_RISK_SCALE_LIKELIHOOD, N_("Very rare"), N_("Not expected to happen in the next twenty years.") },
  { RAMPART_RISK_SCALE_LIKELIHOOD, N_("Rare"), N_("Could happen only in exceptional circumstances: less than once in ten years.") },
  { RAMPART_RISK_SCALE_LIKELIHOOD, N_("Unlikely"), N_("Could happen at some time: about once in five to ten years.") },
  { RAMPART_RISK_SCALE_LIKELIHOOD, N_("Possible"), N_("Might happen: about once in one to five years.") },
  { RAMPART_RISK_SCALE_LIKELIHOOD, N_("Likely"), N_("Will probably happen: about once a year.") },
  { RAMPART_RISK_SCALE_LIKELIHOOD, N_("Very likely"), N_("Will happen several times a year.") },
  { RAMPART_RISK_SCALE_LIKELIHOOD, N_("Almost certain"), N_("Expected to happen often: every month or more.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("Negligible"), N_("No noticeable effect on customers, operations or finances.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("Very minor"), N_("A small inconvenience, dealt with in the normal course of work.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("Minor"), N_("Limited disruption or cost, handled within a team; customers do not notice.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("Moderate"), N_("Noticeable disruption, some customers affected, or a cost the budget can absorb.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("Significant"), N_("Serious disruption of a service, several customers affected, or an incident to report.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("Major"), N_("An important service lost for days, many customers affected, regulators involved, or a large cost.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("Severe"), N_("Threatens the organisation itself: many customers lost, heavy fines or lasting damage to its reputation.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("Low"), N_("Little effect, dealt with in the normal course of work.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("Medium"), N_("Noticeable disruption or cost, some customers affected.") },
  { RAMPART_RISK_SCALE_IMPACT, N_("High"), N_("Serious harm to customers, finances or reputation, or a breach of the law.") },
};

/* Bands run from the most to the least acceptable, green to red. */
static const struct {
  const char *name;
  const char *colour;
} band_sets[][RAMPART_RISK_MAX_BANDS] = {
  { { N_("Low"), "#33d17a" }, { N_("High"), "#e01b24" } },
  { { N_("Low"), "#33d17a" }, { N_("Medium"), "#f6d32d" }, { N_("High"), "#e01b24" } },
  { { N_("Low"), "#33d17a" }, { N_("Medium"), "#f6d32d" }, { N_("High"), "#ff7800" },
    { N_("Critical"), "#e01b24" } },
  { { N_("Very low"), "#26a269" }, { N_("Low"), "#8ff0a4" }, { N_("Medium"), "#f6d32d" },
    { N_("High"), "#ff7800" }, { N_("Critical"), "#e01b24" } },
  { { N_("Very low"), "#26a269" }, { N_("Low"), "#8ff0a4" }, { N_("Medium"), "#f6d32d" },
    { N_("High"), "#ff7800" }, { N_("Very high"), "#e01b24" }, { N_("Critical"), "#a51d2d" } },
};

static const char *
default_description (RampartRiskScale  scale,
                     const char       *label)
{
  for (guint i = 0; i < G_N_ELEMENTS (descriptions); i++)
    if (descriptions[i].scale == scale && g_str_equal (descriptions[i].label, label))
      return _(descriptions[i].description);

  return "";
}

static void
set_default_levels (RampartRiskMethod *self,
                    RampartRiskScale   scale)
{
  const char * const *labels = scale == RAMPART_RISK_SCALE_LIKELIHOOD
    ? likelihood_labels[self->n_levels[scale] - RAMPART_RISK_MIN_LEVELS]
    : impact_labels[self->n_levels[scale] - RAMPART_RISK_MIN_LEVELS];

  for (guint i = 0; i < self->n_levels[scale]; i++)
    rampart_risk_method_set_level (self, scale, i + 1, _(labels[i]), default_description (scale, labels[i]));
}

/*
 * A band begins where likelihood × impact reaches a share of the largest
 * score: for four bands 16 %, 36 % and 64 %, which on a 5 × 5 matrix gives
 * the usual 1–4, 5–9, 10–16 and 20–25.
 */
static void
set_default_scores (RampartRiskMethod *self)
{
  guint largest = self->n_levels[RAMPART_RISK_SCALE_LIKELIHOOD] * self->n_levels[RAMPART_RISK_SCALE_IMPACT];

  self->bands[0].min_score = 1;
  for (guint band = 1; band < self->n_bands; band++)
    {
      double share = (band + 1.0) / (self->n_bands + 1.0);
      guint score = (guint) floor (share * share * largest) + 1;

      self->bands[band].min_score = MAX (score, self->bands[band - 1].min_score + 1);
    }
}

static guint
band_for_score (RampartRiskMethod *self,
                guint              score)
{
  guint band = 0;

  for (guint i = 0; i < self->n_bands; i++)
    if (score >= self->bands[i].min_score)
      band = i;

  return band;
}

static void
set_default_cells (RampartRiskMethod *self)
{
  for (guint l = 1; l <= RAMPART_RISK_MAX_LEVELS; l++)
    for (guint i = 1; i <= RAMPART_RISK_MAX_LEVELS; i++)
      self->cells[l - 1][i - 1] = band_for_score (self, l * i);
}

static void
set_default_bands (RampartRiskMethod *self)
{
  guint set = self->n_bands - RAMPART_RISK_MIN_BANDS;

  for (guint band = 0; band < self->n_bands; band++)
    {
      g_free (self->bands[band].name);
      g_free (self->bands[band].colour);
      self->bands[band].name = g_strdup (_(band_sets[set][band].name));
      self->bands[band].colour = g_strdup (band_sets[set][band].colour);
    }

  set_default_scores (self);
  set_default_cells (self);
}

static void
rampart_risk_method_finalize (GObject *object)
{
  RampartRiskMethod *self = RAMPART_RISK_METHOD (object);

  for (guint scale = 0; scale < 2; scale++)
    for (guint i = 0; i < RAMPART_RISK_MAX_LEVELS; i++)
      {
        g_free (self->levels[scale][i].label);
        g_free (self->levels[scale][i].description);
      }

  for (guint i = 0; i < RAMPART_RISK_MAX_BANDS; i++)
    {
      g_free (self->bands[i].name);
      g_free (self->bands[i].colour);
    }

  G_OBJECT_CLASS (rampart_risk_method_parent_class)->finalize (object);
}

static void
rampart_risk_method_class_init (RampartRiskMethodClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rampart_risk_method_finalize;
}

static void
rampart_risk_method_init (RampartRiskMethod *self)
{
}

/**
 * rampart_risk_method_new_default:
 *
 * Returns: (transfer full): the method a new workspace starts with: 5 × 5
 *   scales, four bands (low, medium, high, critical) on a matrix, and low
 *   risks acceptable without treatment
 */
RampartRiskMethod *
rampart_risk_method_new_default (void)
{
  RampartRiskMethod *self = g_object_new (RAMPART_TYPE_RISK_METHOD, NULL);

  self->n_levels[RAMPART_RISK_SCALE_LIKELIHOOD] = 5;
  self->n_levels[RAMPART_RISK_SCALE_IMPACT] = 5;
  set_default_levels (self, RAMPART_RISK_SCALE_LIKELIHOOD);
  set_default_levels (self, RAMPART_RISK_SCALE_IMPACT);
  self->n_bands = 4;
  set_default_bands (self);
  self->mode = RAMPART_RISK_LEVEL_MATRIX;
  self->acceptance_band = 0;

  return self;
}

/**
 * rampart_risk_method_copy:
 * @self: a #RampartRiskMethod
 *
 * Returns: (transfer full): a copy to edit
 */
RampartRiskMethod *
rampart_risk_method_copy (RampartRiskMethod *self)
{
  RampartRiskMethod *copy;

  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), NULL);

  copy = g_object_new (RAMPART_TYPE_RISK_METHOD, NULL);
  for (guint scale = 0; scale < 2; scale++)
    {
      copy->n_levels[scale] = self->n_levels[scale];
      for (guint i = 0; i < self->n_levels[scale]; i++)
        {
          copy->levels[scale][i].label = g_strdup (self->levels[scale][i].label);
          copy->levels[scale][i].description = g_strdup (self->levels[scale][i].description);
        }
    }

  copy->n_bands = self->n_bands;
  for (guint i = 0; i < self->n_bands; i++)
    {
      copy->bands[i].name = g_strdup (self->bands[i].name);
      copy->bands[i].colour = g_strdup (self->bands[i].colour);
      copy->bands[i].min_score = self->bands[i].min_score;
    }

  copy->mode = self->mode;
  memcpy (copy->cells, self->cells, sizeof self->cells);
  copy->acceptance_band = self->acceptance_band;
  copy->cia_impact = self->cia_impact;

  return copy;
}

/**
 * rampart_risk_method_equal:
 * @self: a #RampartRiskMethod
 * @other: another
 *
 * Returns: %TRUE if both rate every risk the same and describe their
 *   scales and bands in the same words
 */
gboolean
rampart_risk_method_equal (RampartRiskMethod *self,
                           RampartRiskMethod *other)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), FALSE);
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (other), FALSE);

  if (self->n_levels[0] != other->n_levels[0] || self->n_levels[1] != other->n_levels[1] ||
      self->n_bands != other->n_bands || self->mode != other->mode ||
      self->acceptance_band != other->acceptance_band || self->cia_impact != other->cia_impact)
    return FALSE;

  for (guint scale = 0; scale < 2; scale++)
    for (guint i = 0; i < self->n_levels[scale]; i++)
      if (g_strcmp0 (self->levels[scale][i].label, other->levels[scale][i].label) != 0 ||
          g_strcmp0 (self->levels[scale][i].description, other->levels[scale][i].description) != 0)
        return FALSE;

  for (guint i = 0; i < self->n_bands; i++)
    if (g_strcmp0 (self->bands[i].name, other->bands[i].name) != 0 ||
        g_strcmp0 (self->bands[i].colour, other->bands[i].colour) != 0 ||
        self->bands[i].min_score != other->bands[i].min_score)
      return FALSE;

  for (guint l = 0; l < self->n_levels[0]; l++)
    for (guint i = 0; i < self->n_levels[1]; i++)
      if (self->cells[l][i] != other->cells[l][i])
        return FALSE;

  return TRUE;
}

guint
rampart_risk_method_get_n_levels (RampartRiskMethod *self,
                                  RampartRiskScale   scale)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), 0);
  g_return_val_if_fail (scale <= RAMPART_RISK_SCALE_IMPACT, 0);

  return self->n_levels[scale];
}

/**
 * rampart_risk_method_get_level_label:
 * @self: a #RampartRiskMethod
 * @scale: likelihood or impact
 * @level: from 1 to the number of levels
 *
 * Returns: (transfer none): the level's name, as in "Likely"
 */
const char *
rampart_risk_method_get_level_label (RampartRiskMethod *self,
                                     RampartRiskScale   scale,
                                     guint              level)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), NULL);
  g_return_val_if_fail (scale <= RAMPART_RISK_SCALE_IMPACT, NULL);
  g_return_val_if_fail (level >= 1 && level <= self->n_levels[scale], NULL);

  return self->levels[scale][level - 1].label;
}

const char *
rampart_risk_method_get_level_description (RampartRiskMethod *self,
                                           RampartRiskScale   scale,
                                           guint              level)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), NULL);
  g_return_val_if_fail (scale <= RAMPART_RISK_SCALE_IMPACT, NULL);
  g_return_val_if_fail (level >= 1 && level <= self->n_levels[scale], NULL);

  return self->levels[scale][level - 1].description;
}

guint
rampart_risk_method_get_n_bands (RampartRiskMethod *self)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), 0);

  return self->n_bands;
}

/**
 * rampart_risk_method_get_band_name:
 * @self: a #RampartRiskMethod
 * @band: from 0, the most acceptable, to the number of bands less one
 *
 * Returns: (transfer none): the band's name, as in "High"
 */
const char *
rampart_risk_method_get_band_name (RampartRiskMethod *self,
                                   guint              band)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), NULL);
  g_return_val_if_fail (band < self->n_bands, NULL);

  return self->bands[band].name;
}

/**
 * rampart_risk_method_get_band_colour:
 * @self: a #RampartRiskMethod
 * @band: a band
 *
 * Returns: (transfer none): the band's colour, as in "#e01b24"
 */
const char *
rampart_risk_method_get_band_colour (RampartRiskMethod *self,
                                     guint              band)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), NULL);
  g_return_val_if_fail (band < self->n_bands, NULL);

  return self->bands[band].colour;
}

/**
 * rampart_risk_method_get_band_min_score:
 * @self: a #RampartRiskMethod
 * @band: a band
 *
 * Returns: the lowest likelihood × impact in the band, when the method
 *   rates by product
 */
guint
rampart_risk_method_get_band_min_score (RampartRiskMethod *self,
                                        guint              band)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), 0);
  g_return_val_if_fail (band < self->n_bands, 0);

  return self->bands[band].min_score;
}

RampartRiskLevelMode
rampart_risk_method_get_mode (RampartRiskMethod *self)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), RAMPART_RISK_LEVEL_MATRIX);

  return self->mode;
}

/**
 * rampart_risk_method_get_cell_band:
 * @self: a #RampartRiskMethod
 * @likelihood: from 1
 * @impact: from 1
 *
 * Returns: the band of the matrix cell, whichever the mode
 */
guint
rampart_risk_method_get_cell_band (RampartRiskMethod *self,
                                   guint              likelihood,
                                   guint              impact)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), 0);
  g_return_val_if_fail (likelihood >= 1 && likelihood <= self->n_levels[RAMPART_RISK_SCALE_LIKELIHOOD], 0);
  g_return_val_if_fail (impact >= 1 && impact <= self->n_levels[RAMPART_RISK_SCALE_IMPACT], 0);

  if (self->mode == RAMPART_RISK_LEVEL_PRODUCT)
    return band_for_score (self, likelihood * impact);

  return self->cells[likelihood - 1][impact - 1];
}

/**
 * rampart_risk_method_get_acceptance_band:
 * @self: a #RampartRiskMethod
 *
 * Returns: the highest band whose risks may be retained without treatment
 */
guint
rampart_risk_method_get_acceptance_band (RampartRiskMethod *self)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), 0);

  return self->acceptance_band;
}

/**
 * rampart_risk_method_get_cia_impact:
 * @self: a #RampartRiskMethod
 *
 * Returns: %TRUE if impact is rated for confidentiality, integrity and
 *   availability apart, the highest of the three counting
 */
gboolean
rampart_risk_method_get_cia_impact (RampartRiskMethod *self)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), FALSE);

  return self->cia_impact;
}

/**
 * rampart_risk_method_rate:
 * @self: a #RampartRiskMethod
 * @likelihood: 0 for not rated, or a level
 * @impact: 0 for not rated, or a level
 *
 * Returns: the band of the rating, or %RAMPART_RISK_UNRATED when either is
 *   missing or outside the scales
 */
guint
rampart_risk_method_rate (RampartRiskMethod *self,
                          guint              likelihood,
                          guint              impact)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), RAMPART_RISK_UNRATED);

  if (likelihood < 1 || likelihood > self->n_levels[RAMPART_RISK_SCALE_LIKELIHOOD] ||
      impact < 1 || impact > self->n_levels[RAMPART_RISK_SCALE_IMPACT])
    return RAMPART_RISK_UNRATED;

  return rampart_risk_method_get_cell_band (self, likelihood, impact);
}

/**
 * rampart_risk_method_is_acceptable:
 * @self: a #RampartRiskMethod
 * @band: a band, or %RAMPART_RISK_UNRATED
 *
 * Returns: %TRUE if a risk of @band meets the acceptance criterion
 */
gboolean
rampart_risk_method_is_acceptable (RampartRiskMethod *self,
                                   guint              band)
{
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), FALSE);

  return band != RAMPART_RISK_UNRATED && band <= self->acceptance_band;
}

/**
 * rampart_risk_method_map_level:
 * @self: the method a rating was made with
 * @other: another method
 * @scale: likelihood or impact
 * @level: a level of @self, or 0 for not rated
 *
 * Where a level of one scale falls on a scale of another size: the lowest
 * and the highest levels stay the lowest and the highest, the others keep
 * their place in between, rounded.
 *
 * Returns: the level on @other's scale, or 0
 */
guint
rampart_risk_method_map_level (RampartRiskMethod *self,
                               RampartRiskMethod *other,
                               RampartRiskScale   scale,
                               guint              level)
{
  guint from, to;

  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (self), 0);
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (other), 0);
  g_return_val_if_fail (scale <= RAMPART_RISK_SCALE_IMPACT, 0);

  from = self->n_levels[scale];
  to = other->n_levels[scale];
  if (level == 0)
    return 0;
  level = MIN (level, from);
  if (from == to)
    return level;

  return (guint) floor ((level - 1.0) * (to - 1.0) / (from - 1.0) + 0.5) + 1;
}

/**
 * rampart_risk_method_set_n_levels:
 * @self: a copy being edited
 * @scale: likelihood or impact
 * @n_levels: from 3 to 7
 *
 * Gives the scale another number of levels, with the default words for
 * that number, and the default bands of the new matrix.
 */
void
rampart_risk_method_set_n_levels (RampartRiskMethod *self,
                                  RampartRiskScale   scale,
                                  guint              n_levels)
{
  g_return_if_fail (RAMPART_IS_RISK_METHOD (self));
  g_return_if_fail (scale <= RAMPART_RISK_SCALE_IMPACT);
  g_return_if_fail (n_levels >= RAMPART_RISK_MIN_LEVELS && n_levels <= RAMPART_RISK_MAX_LEVELS);

  if (self->n_levels[scale] == n_levels)
    return;

  self->n_levels[scale] = n_levels;
  set_default_levels (self, scale);
  set_default_scores (self);
  set_default_cells (self);
}

/**
 * rampart_risk_method_set_level:
 * @self: a copy being edited
 * @scale: likelihood or impact
 * @level: from 1
 * @label: its name
 * @description: what it means, so that two people rate alike
 */
void
rampart_risk_method_set_level (RampartRiskMethod *self,
                               RampartRiskScale   scale,
                               guint              level,
                               const char        *label,
                               const char        *description)
{
  Level *l;

  g_return_if_fail (RAMPART_IS_RISK_METHOD (self));
  g_return_if_fail (scale <= RAMPART_RISK_SCALE_IMPACT);
  g_return_if_fail (level >= 1 && level <= self->n_levels[scale]);

  l = &self->levels[scale][level - 1];
  g_free (l->label);
  g_free (l->description);
  l->label = g_strdup (label != NULL ? label : "");
  l->description = g_strdup (description != NULL ? description : "");
}

/**
 * rampart_risk_method_set_n_bands:
 * @self: a copy being edited
 * @n_bands: from 2 to 6
 *
 * Gives the method another number of bands, with their default names,
 * colours and place in the matrix.
 */
void
rampart_risk_method_set_n_bands (RampartRiskMethod *self,
                                 guint              n_bands)
{
  g_return_if_fail (RAMPART_IS_RISK_METHOD (self));
  g_return_if_fail (n_bands >= RAMPART_RISK_MIN_BANDS && n_bands <= RAMPART_RISK_MAX_BANDS);

  if (self->n_bands == n_bands)
    return;

  self->n_bands = n_bands;
  set_default_bands (self);
  self->acceptance_band = MIN (self->acceptance_band, n_bands - 1);
}

/**
 * rampart_risk_method_set_band:
 * @self: a copy being edited
 * @band: a band
 * @name: its name
 * @colour: its colour, as "#rrggbb"
 * @min_score: its lowest likelihood × impact, when rating by product;
 *   above the band below's
 */
void
rampart_risk_method_set_band (RampartRiskMethod *self,
                              guint              band,
                              const char        *name,
                              const char        *colour,
                              guint              min_score)
{
  g_return_if_fail (RAMPART_IS_RISK_METHOD (self));
  g_return_if_fail (band < self->n_bands);
  g_return_if_fail (colour != NULL && colour[0] == '#' && strlen (colour) == 7);

  g_free (self->bands[band].name);
  g_free (self->bands[band].colour);
  self->bands[band].name = g_strdup (name != NULL ? name : "");
  self->bands[band].colour = g_ascii_strdown (colour, -1);
  self->bands[band].min_score = band == 0 ? 1 : min_score;
}

void
rampart_risk_method_set_mode (RampartRiskMethod    *self,
                              RampartRiskLevelMode  mode)
{
  g_return_if_fail (RAMPART_IS_RISK_METHOD (self));
  g_return_if_fail (mode <= RAMPART_RISK_LEVEL_PRODUCT);

  self->mode = mode;
}

void
rampart_risk_method_set_cell_band (RampartRiskMethod *self,
                                   guint              likelihood,
                                   guint              impact,
                                   guint              band)
{
  g_return_if_fail (RAMPART_IS_RISK_METHOD (self));
  g_return_if_fail (likelihood >= 1 && likelihood <= self->n_levels[RAMPART_RISK_SCALE_LIKELIHOOD]);
  g_return_if_fail (impact >= 1 && impact <= self->n_levels[RAMPART_RISK_SCALE_IMPACT]);
  g_return_if_fail (band < self->n_bands);

  self->cells[likelihood - 1][impact - 1] = band;
}

void
rampart_risk_method_set_acceptance_band (RampartRiskMethod *self,
                                         guint              band)
{
  g_return_if_fail (RAMPART_IS_RISK_METHOD (self));
  g_return_if_fail (band < self->n_bands);

  self->acceptance_band = band;
}

void
rampart_risk_method_set_cia_impact (RampartRiskMethod *self,
                                    gboolean           cia_impact)
{
  g_return_if_fail (RAMPART_IS_RISK_METHOD (self));

  self->cia_impact = !!cia_impact;
}

/* In the file */

static gboolean
valid (RampartRiskMethod *self)
{
  for (guint scale = 0; scale < 2; scale++)
    {
      if (self->n_levels[scale] < RAMPART_RISK_MIN_LEVELS || self->n_levels[scale] > RAMPART_RISK_MAX_LEVELS)
        return FALSE;
      for (guint i = 0; i < self->n_levels[scale]; i++)
        if (self->levels[scale][i].label == NULL)
          return FALSE;
    }

  if (self->n_bands < RAMPART_RISK_MIN_BANDS || self->n_bands > RAMPART_RISK_MAX_BANDS ||
      self->acceptance_band >= self->n_bands)
    return FALSE;

  for (guint i = 0; i < self->n_bands; i++)
    if (self->bands[i].name == NULL || (i > 0 && self->bands[i].min_score <= self->bands[i - 1].min_score))
      return FALSE;

  for (guint l = 0; l < self->n_levels[0]; l++)
    for (guint i = 0; i < self->n_levels[1]; i++)
      if (self->cells[l][i] >= self->n_bands)
        return FALSE;

  return TRUE;
}

/* Reads the method of a workspace; a method that does not hold together is damage. */
RampartRiskMethod *
_rampart_risk_method_load (sqlite3  *db,
                           GError  **error)
{
  g_autoptr(RampartRiskMethod) self = g_object_new (RAMPART_TYPE_RISK_METHOD, NULL);
  g_autoptr(sqlite3_stmt) method = NULL;
  g_autoptr(sqlite3_stmt) levels = NULL;
  g_autoptr(sqlite3_stmt) bands = NULL;
  g_autoptr(sqlite3_stmt) cells = NULL;
  int rc;

  method = rampart_db_prepare (db,
                               "SELECT likelihood_levels, impact_levels, mode, acceptance_band, cia_impact"
                               " FROM risk_method WHERE id = 1",
                               error);
  if (method == NULL)
    return NULL;
  if ((rc = sqlite3_step (method)) != SQLITE_ROW)
    {
      rampart_db_set_error (error, db, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc);
      return NULL;
    }
  self->n_levels[RAMPART_RISK_SCALE_LIKELIHOOD] = (guint) CLAMP (sqlite3_column_int (method, 0), 0, 99);
  self->n_levels[RAMPART_RISK_SCALE_IMPACT] = (guint) CLAMP (sqlite3_column_int (method, 1), 0, 99);
  self->mode = g_strcmp0 (rampart_db_column_text (method, 2), "product") == 0
    ? RAMPART_RISK_LEVEL_PRODUCT : RAMPART_RISK_LEVEL_MATRIX;
  self->acceptance_band = (guint) CLAMP (sqlite3_column_int (method, 3), 0, 99);
  self->cia_impact = sqlite3_column_int (method, 4) != 0;

  levels = rampart_db_prepare (db, "SELECT scale, level, label, description FROM risk_scale_level", error);
  if (levels == NULL)
    return NULL;
  while ((rc = sqlite3_step (levels)) == SQLITE_ROW)
    {
      RampartRiskScale scale = g_strcmp0 (rampart_db_column_text (levels, 0), "impact") == 0
        ? RAMPART_RISK_SCALE_IMPACT : RAMPART_RISK_SCALE_LIKELIHOOD;
      int level = sqlite3_column_int (levels, 1);

      if (level >= 1 && level <= (int) MIN (self->n_levels[scale], RAMPART_RISK_MAX_LEVELS))
        {
          g_free (self->levels[scale][level - 1].label);
          g_free (self->levels[scale][level - 1].description);
          self->levels[scale][level - 1].label = g_strdup (rampart_db_column_text (levels, 2));
          self->levels[scale][level - 1].description = g_strdup (rampart_db_column_text (levels, 3));
        }
    }

  bands = rampart_db_prepare (db, "SELECT band, name, colour, min_score FROM risk_band ORDER BY band", error);
  if (bands == NULL)
    return NULL;
  while ((rc = sqlite3_step (bands)) == SQLITE_ROW)
    {
      int band = sqlite3_column_int (bands, 0);

      if (band < 0 || band >= RAMPART_RISK_MAX_BANDS)
        continue;
      self->n_bands = MAX (self->n_bands, (guint) band + 1);
      self->bands[band].name = g_strdup (rampart_db_column_text (bands, 1));
      self->bands[band].colour = g_strdup (rampart_db_column_text (bands, 2));
      self->bands[band].min_score = (guint) CLAMP (sqlite3_column_int (bands, 3), 0, 10000);
    }

  cells = rampart_db_prepare (db, "SELECT likelihood, impact, band FROM risk_matrix_cell", error);
  if (cells == NULL)
    return NULL;
  while ((rc = sqlite3_step (cells)) == SQLITE_ROW)
    {
      int l = sqlite3_column_int (cells, 0);
      int i = sqlite3_column_int (cells, 1);

      if (l >= 1 && l <= RAMPART_RISK_MAX_LEVELS && i >= 1 && i <= RAMPART_RISK_MAX_LEVELS)
        self->cells[l - 1][i - 1] = (guint) CLAMP (sqlite3_column_int (cells, 2), 0, 99);
    }

  if (!valid (self))
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_DAMAGED,
                           _("The risk method of the workspace is incomplete: the file is damaged."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

static gboolean
insert_rows (sqlite3            *db,
             RampartRiskMethod  *self,
             GError            **error)
{
  static const char * const scales[] = { "likelihood", "impact" };
  g_autoptr(sqlite3_stmt) method = NULL;
  g_autoptr(sqlite3_stmt) level = NULL;
  g_autoptr(sqlite3_stmt) band = NULL;
  g_autoptr(sqlite3_stmt) cell = NULL;

  method = rampart_db_prepare (db,
                               "INSERT INTO risk_method (id, likelihood_levels, impact_levels, mode,"
                               "                         acceptance_band, cia_impact)"
                               " VALUES (1, ?1, ?2, ?3, ?4, ?5)",
                               error);
  if (method == NULL)
    return FALSE;
  sqlite3_bind_int (method, 1, (int) self->n_levels[RAMPART_RISK_SCALE_LIKELIHOOD]);
  sqlite3_bind_int (method, 2, (int) self->n_levels[RAMPART_RISK_SCALE_IMPACT]);
  sqlite3_bind_text (method, 3, self->mode == RAMPART_RISK_LEVEL_PRODUCT ? "product" : "matrix", -1, SQLITE_STATIC);
  sqlite3_bind_int (method, 4, (int) self->acceptance_band);
  sqlite3_bind_int (method, 5, self->cia_impact ? 1 : 0);
  if (!rampart_db_step_done (method, error))
    return FALSE;

  level = rampart_db_prepare (db,
                              "INSERT INTO risk_scale_level (scale, level, label, description)"
                              " VALUES (?1, ?2, ?3, ?4)",
                              error);
  if (level == NULL)
    return FALSE;
  for (guint scale = 0; scale < 2; scale++)
    for (guint i = 0; i < self->n_levels[scale]; i++)
      {
        sqlite3_reset (level);
        sqlite3_bind_text (level, 1, scales[scale], -1, SQLITE_STATIC);
        sqlite3_bind_int (level, 2, (int) i + 1);
        sqlite3_bind_text (level, 3, self->levels[scale][i].label, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text (level, 4, self->levels[scale][i].description, -1, SQLITE_TRANSIENT);
        if (!rampart_db_step_done (level, error))
          return FALSE;
      }

  band = rampart_db_prepare (db,
                             "INSERT INTO risk_band (band, name, colour, min_score) VALUES (?1, ?2, ?3, ?4)",
                             error);
  if (band == NULL)
    return FALSE;
  for (guint i = 0; i < self->n_bands; i++)
    {
      sqlite3_reset (band);
      sqlite3_bind_int (band, 1, (int) i);
      sqlite3_bind_text (band, 2, self->bands[i].name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (band, 3, self->bands[i].colour, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (band, 4, (int) self->bands[i].min_score);
      if (!rampart_db_step_done (band, error))
        return FALSE;
    }

  cell = rampart_db_prepare (db,
                             "INSERT INTO risk_matrix_cell (likelihood, impact, band) VALUES (?1, ?2, ?3)",
                             error);
  if (cell == NULL)
    return FALSE;
  for (guint l = 0; l < self->n_levels[RAMPART_RISK_SCALE_LIKELIHOOD]; l++)
    for (guint i = 0; i < self->n_levels[RAMPART_RISK_SCALE_IMPACT]; i++)
      {
        sqlite3_reset (cell);
        sqlite3_bind_int (cell, 1, (int) l + 1);
        sqlite3_bind_int (cell, 2, (int) i + 1);
        sqlite3_bind_int (cell, 3, (int) self->cells[l][i]);
        if (!rampart_db_step_done (cell, error))
          return FALSE;
      }

  return TRUE;
}

/* Writes @self as the workspace's method, in place of the one there. */
gboolean
_rampart_risk_method_store (sqlite3            *db,
                            RampartRiskMethod  *self,
                            GError            **error)
{
  g_return_val_if_fail (valid (self), FALSE);

  return rampart_db_exec (db,
                          "DELETE FROM risk_matrix_cell;"
                          "DELETE FROM risk_band;"
                          "DELETE FROM risk_scale_level;"
                          "DELETE FROM risk_method;",
                          error) &&
         insert_rows (db, self, error);
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/**
 * rampart_colour_prefers_dark_text:
 * @red: a band's colour, from 0 to 1
 * @green: its green
 * @blue: its blue
 *
 * Whether near-black text stands out more than white on the colour, by
 * the contrast ratio of relative luminances that accessibility guidelines
 * use. Bands are shown in their colour with their name or count on top.
 *
 * Returns: %TRUE for dark text, %FALSE for white
 */
gboolean
rampart_colour_prefers_dark_text (double red,
                                  double green,
                                  double blue)
{
  double luminance = 0.2126 * linear (red) + 0.7152 * linear (green) + 0.0722 * linear (blue);
  /* The text's grey: 0.12 */
  double dark = linear (0.12);

  return (luminance + 0.05) / (dark + 0.05) > 1.05 / (luminance + 0.05);
}
