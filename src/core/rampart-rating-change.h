/* rampart-rating-change.h: how a change of risk method moves one rating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-risk.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_RATING_CHANGE (rampart_rating_change_get_type ())

G_DECLARE_FINAL_TYPE (RampartRatingChange, rampart_rating_change, RAMPART, RATING_CHANGE, GObject)

RampartRatingChange *rampart_rating_change_new            (RampartRisk         *risk,
                                                           RampartRiskStage     stage,
                                                           guint                old_band,
                                                           guint                new_band,
                                                           gboolean             rescaled);
RampartRisk         *rampart_rating_change_get_risk       (RampartRatingChange *self);
RampartRiskStage     rampart_rating_change_get_stage      (RampartRatingChange *self);
guint                rampart_rating_change_get_old_band   (RampartRatingChange *self);
guint                rampart_rating_change_get_new_band   (RampartRatingChange *self);
gboolean             rampart_rating_change_get_rescaled   (RampartRatingChange *self);

G_END_DECLS
