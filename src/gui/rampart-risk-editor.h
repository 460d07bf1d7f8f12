/* rampart-risk-editor.h: every field of one risk, its rating, treatment and plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_RISK_EDITOR (rampart_risk_editor_get_type ())

G_DECLARE_FINAL_TYPE (RampartRiskEditor, rampart_risk_editor, RAMPART, RISK_EDITOR, AdwBin)

void         rampart_risk_editor_set_workspace (RampartRiskEditor *self,
                                                RampartWorkspace  *workspace);
void         rampart_risk_editor_set_risk      (RampartRiskEditor *self,
                                                RampartRisk       *risk);
RampartRisk *rampart_risk_editor_get_risk      (RampartRiskEditor *self);
void         rampart_risk_editor_start_editing (RampartRiskEditor *self);

G_END_DECLS
