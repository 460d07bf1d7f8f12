/* rampart-policies-page.h: the policy register, and each policy's editor (5.2, 7.5, A 5.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-page.h"
#include "rampart-policy-editor.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_POLICIES_PAGE (rampart_policies_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartPoliciesPage, rampart_policies_page, RAMPART, POLICIES_PAGE, RampartPage)

void                 rampart_policies_page_show_policy (RampartPoliciesPage *self,
                                                        RampartPolicy       *policy);
RampartPolicyEditor *rampart_policies_page_get_editor  (RampartPoliciesPage *self);

G_END_DECLS
