/* rampart-policy-editor.h: one policy: its text with a live preview, its details and workflow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-layout.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_POLICY_EDITOR (rampart_policy_editor_get_type ())

G_DECLARE_FINAL_TYPE (RampartPolicyEditor, rampart_policy_editor, RAMPART, POLICY_EDITOR, GtkWidget)

RampartPolicy *rampart_policy_editor_get_policy     (RampartPolicyEditor *self);
void           rampart_policy_editor_set_policy     (RampartPolicyEditor *self,
                                                     RampartWorkspace    *workspace,
                                                     RampartPolicy       *policy);
RampartLayout *rampart_policy_editor_get_layout     (RampartPolicyEditor *self);
GBytes        *rampart_policy_editor_get_pdf        (RampartPolicyEditor *self);
gboolean       rampart_policy_editor_get_busy       (RampartPolicyEditor *self);
void           rampart_policy_editor_focus_text     (RampartPolicyEditor *self);

G_END_DECLS
