/* rampart-rating-change.c: how a change of risk method moves one rating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-rating-change"

#include "config.h"

#include "rampart-rating-change.h"

/*
 * Before a new risk method replaces the old one, the person sees what it
 * does to the risks already rated: which rating of which risk moves from
 * which band to which, and whether its levels had to be placed on scales
 * of another size.
 */

struct _RampartRatingChange
{
  GObject           parent_instance;

  RampartRisk      *risk;
  RampartRiskStage  stage;
  guint             old_band;
  guint             new_band;
  gboolean          rescaled;
};

G_DEFINE_FINAL_TYPE (RampartRatingChange, rampart_rating_change, G_TYPE_OBJECT)

static void
rampart_rating_change_dispose (GObject *object)
{
  g_clear_object (&RAMPART_RATING_CHANGE (object)->risk);

  G_OBJECT_CLASS (rampart_rating_change_parent_class)->dispose (object);
}

static void
rampart_rating_change_class_init (RampartRatingChangeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rampart_rating_change_dispose;
}

static void
rampart_rating_change_init (RampartRatingChange *self)
{
}

/**
 * rampart_rating_change_new:
 * @risk: a risk
 * @stage: which of its ratings
 * @old_band: its band now, or %RAMPART_RISK_UNRATED
 * @new_band: its band under the new method
 * @rescaled: whether its levels move to scales of another size
 *
 * Returns: (transfer full): a new change
 */
RampartRatingChange *
rampart_rating_change_new (RampartRisk      *risk,
                           RampartRiskStage  stage,
                           guint             old_band,
                           guint             new_band,
                           gboolean          rescaled)
{
  RampartRatingChange *self = g_object_new (RAMPART_TYPE_RATING_CHANGE, NULL);

  self->risk = g_object_ref (risk);
  self->stage = stage;
  self->old_band = old_band;
  self->new_band = new_band;
  self->rescaled = rescaled;

  return self;
}

/**
 * rampart_rating_change_get_risk:
 * @self: a #RampartRatingChange
 *
 * Returns: (transfer none): the risk
 */
RampartRisk *
rampart_rating_change_get_risk (RampartRatingChange *self)
{
  g_return_val_if_fail (RAMPART_IS_RATING_CHANGE (self), NULL);

  return self->risk;
}

RampartRiskStage
rampart_rating_change_get_stage (RampartRatingChange *self)
{
  g_return_val_if_fail (RAMPART_IS_RATING_CHANGE (self), RAMPART_RISK_INHERENT);

  return self->stage;
}

guint
rampart_rating_change_get_old_band (RampartRatingChange *self)
{
  g_return_val_if_fail (RAMPART_IS_RATING_CHANGE (self), RAMPART_RISK_UNRATED);

  return self->old_band;
}

guint
rampart_rating_change_get_new_band (RampartRatingChange *self)
{
  g_return_val_if_fail (RAMPART_IS_RATING_CHANGE (self), RAMPART_RISK_UNRATED);

  return self->new_band;
}

gboolean
rampart_rating_change_get_rescaled (RampartRatingChange *self)
{
  g_return_val_if_fail (RAMPART_IS_RATING_CHANGE (self), FALSE);

  return self->rescaled;
}
