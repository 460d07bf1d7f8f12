/* rampart-risk-action.h: an action of the risk treatment plan (clauses 6.1.3 e and 8.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_RISK_ACTION (rampart_risk_action_get_type ())

G_DECLARE_FINAL_TYPE (RampartRiskAction, rampart_risk_action, RAMPART, RISK_ACTION, RampartRecord)

const char          *rampart_risk_action_get_what       (RampartRiskAction *self);
const char          *rampart_risk_action_get_owner      (RampartRiskAction *self);
const char          *rampart_risk_action_get_due_on     (RampartRiskAction *self);
RampartActionStatus  rampart_risk_action_get_status     (RampartRiskAction *self);
const char          *rampart_risk_action_get_control_id (RampartRiskAction *self);
gboolean             rampart_risk_action_is_overdue     (RampartRiskAction *self,
                                                         const char        *today);

G_END_DECLS
