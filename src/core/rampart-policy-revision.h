/* rampart-policy-revision.h: a policy as it read when it was approved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-policy.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

/**
 * RampartPolicyChange:
 * @label: the field that changed, in words
 * @before: its earlier text
 * @after: its later text
 *
 * One field of a policy that differs between two revisions.
 */
typedef struct
{
  char *label;
  char *before;
  char *after;
} RampartPolicyChange;

#define RAMPART_TYPE_POLICY_REVISION (rampart_policy_revision_get_type ())

G_DECLARE_FINAL_TYPE (RampartPolicyRevision, rampart_policy_revision, RAMPART, POLICY_REVISION, GObject)

RampartPolicyRevision *rampart_policy_revision_new_current      (RampartPolicy         *policy);
gboolean               rampart_policy_revision_is_draft         (RampartPolicyRevision *self);
RampartPolicy         *rampart_policy_revision_get_policy       (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_version      (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_approved_by  (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_approved_on  (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_change_summary
                                                                (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_identifier   (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_title        (RampartPolicyRevision *self);
RampartPolicyKind      rampart_policy_revision_get_kind         (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_owner        (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_approver     (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_audience     (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_effective_on (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_next_review  (RampartPolicyRevision *self);
const char            *rampart_policy_revision_get_body         (RampartPolicyRevision *self);
GPtrArray             *rampart_policy_revision_list_earlier     (RampartPolicyRevision *self);
GPtrArray             *rampart_policy_revision_compare          (RampartPolicyRevision *before,
                                                                 RampartPolicyRevision *after);
char                  *rampart_policy_revision_fill             (RampartPolicyRevision *self,
                                                                 RampartWorkspace      *workspace,
                                                                 gboolean               markdown);

void                   rampart_policy_change_free               (RampartPolicyChange   *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RampartPolicyChange, rampart_policy_change_free)

G_END_DECLS
