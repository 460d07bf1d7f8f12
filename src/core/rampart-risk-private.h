/* rampart-risk-private.h: what a change of risk method does to a risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-risk.h"

G_BEGIN_DECLS

/* Every level a risk keeps: inherent and residual likelihood, impact and
 * impacts on C, I and A, then the accepted likelihood and impact. */
#define RAMPART_RISK_N_LEVELS 12

void     _rampart_risk_get_levels       (RampartRisk       *self,
                                         guint              levels[RAMPART_RISK_N_LEVELS]);
void     _rampart_risk_remap_levels     (RampartRisk       *self,
                                         RampartRiskMethod *from,
                                         RampartRiskMethod *to,
                                         guint              levels[RAMPART_RISK_N_LEVELS]);
void     _rampart_risk_set_levels       (RampartRisk       *self,
                                         const guint        levels[RAMPART_RISK_N_LEVELS]);
guint    _rampart_risk_rate_levels      (RampartRiskMethod *method,
                                         const guint        levels[RAMPART_RISK_N_LEVELS],
                                         RampartRiskStage   stage);

G_END_DECLS
