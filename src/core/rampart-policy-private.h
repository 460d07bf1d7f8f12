/* rampart-policy-private.h: how policies keep their revisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-policy-revision.h"
#include "rampart-policy.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

RampartWorkspace      *_rampart_policy_get_workspace       (RampartPolicy          *self);
RampartPolicyRevision *_rampart_policy_revision_new_frozen (RampartPolicy          *policy,
                                                            const char             *version,
                                                            const char             *approved_by,
                                                            const char             *approved_on,
                                                            const char             *change_summary,
                                                            const char             *effective_on,
                                                            const char             *next_review);
GPtrArray             *_rampart_policy_revisions_load      (RampartPolicy          *policy,
                                                            GError                **error);
gboolean               _rampart_policy_revision_insert     (RampartPolicyRevision  *self,
                                                            GError                **error);
gboolean               _rampart_policy_revision_delete     (RampartPolicyRevision  *self,
                                                            GError                **error);

G_END_DECLS
