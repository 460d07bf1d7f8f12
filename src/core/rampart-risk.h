/* rampart-risk.h: one risk of the register, from its assessment to its acceptance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record-list.h"
#include "rampart-risk-method.h"

G_BEGIN_DECLS

/**
 * RampartRiskStage:
 * @RAMPART_RISK_INHERENT: before treatment
 * @RAMPART_RISK_RESIDUAL: after treatment
 *
 * Which of a risk's two ratings.
 */
typedef enum
{
  RAMPART_RISK_INHERENT,
  RAMPART_RISK_RESIDUAL,
} RampartRiskStage;

#define RAMPART_TYPE_RISK (rampart_risk_get_type ())

G_DECLARE_FINAL_TYPE (RampartRisk, rampart_risk, RAMPART, RISK, RampartRecord)

char               *rampart_risk_dup_code               (RampartRisk        *self);
const char         *rampart_risk_get_title              (RampartRisk        *self);
const char         *rampart_risk_get_description        (RampartRisk        *self);
gint64              rampart_risk_get_threat_id          (RampartRisk        *self);
gint64              rampart_risk_get_vulnerability_id   (RampartRisk        *self);
const char         *rampart_risk_get_owner              (RampartRisk        *self);
RampartTreatment    rampart_risk_get_treatment          (RampartRisk        *self);
const char         *rampart_risk_get_treatment_rationale
                                                        (RampartRisk        *self);
const char         *rampart_risk_get_accepted_by        (RampartRisk        *self);
const char         *rampart_risk_get_accepted_on        (RampartRisk        *self);
const char         *rampart_risk_get_acceptance_rationale
                                                        (RampartRisk        *self);
const char         *rampart_risk_get_next_review        (RampartRisk        *self);
RampartRiskStatus   rampart_risk_get_status             (RampartRisk        *self);

guint               rampart_risk_get_likelihood         (RampartRisk        *self,
                                                         RampartRiskStage    stage);
guint               rampart_risk_get_impact             (RampartRisk        *self,
                                                         RampartRiskMethod  *method,
                                                         RampartRiskStage    stage);
guint               rampart_risk_get_band               (RampartRisk        *self,
                                                         RampartRiskMethod  *method,
                                                         RampartRiskStage    stage);
guint               rampart_risk_get_current_band       (RampartRisk        *self,
                                                         RampartRiskMethod  *method);
gboolean            rampart_risk_get_accepted           (RampartRisk        *self);
gboolean            rampart_risk_get_acceptance_stale   (RampartRisk        *self,
                                                         RampartRiskMethod  *method);
void                rampart_risk_withdraw_acceptance    (RampartRisk        *self);
void                rampart_risk_accept                 (RampartRisk        *self,
                                                         RampartRiskMethod  *method,
                                                         const char         *accepted_by,
                                                         const char         *accepted_on,
                                                         const char         *rationale);

const gint64       *rampart_risk_get_asset_ids          (RampartRisk        *self,
                                                         gsize              *n_ids);
void                rampart_risk_set_asset_ids          (RampartRisk        *self,
                                                         const gint64       *ids,
                                                         gsize               n_ids);
gboolean            rampart_risk_has_asset              (RampartRisk        *self,
                                                         gint64              asset_id);
const char * const *rampart_risk_get_control_ids        (RampartRisk        *self);
void                rampart_risk_set_control_ids        (RampartRisk        *self,
                                                         const char * const *ids);
gboolean            rampart_risk_has_control            (RampartRisk        *self,
                                                         const char         *control_id);
RampartRecordList  *rampart_risk_get_actions            (RampartRisk        *self);

int                 rampart_compare_control_ids         (const char         *a,
                                                         const char         *b);

G_END_DECLS
