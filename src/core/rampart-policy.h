/* rampart-policy.h: a policy of the register, with its approval and revisions (5.2, 7.5, A 5.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record-list.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_POLICY_ERROR (rampart_policy_error_quark ())

/**
 * RampartPolicyError:
 * @RAMPART_POLICY_ERROR_STATUS: the policy's status does not allow it
 * @RAMPART_POLICY_ERROR_INCOMPLETE: the policy lacks its identifier,
 *   title or text
 * @RAMPART_POLICY_ERROR_TO_ADAPT: the text still has places to adapt
 * @RAMPART_POLICY_ERROR_UNKNOWN_PLACEHOLDER: the text names a placeholder
 *   Rampart does not know
 * @RAMPART_POLICY_ERROR_APPROVAL: the approver or a date is missing or wrong
 *
 * Why a policy could not be approved or move on in its workflow.
 */
typedef enum
{
  RAMPART_POLICY_ERROR_STATUS,
  RAMPART_POLICY_ERROR_INCOMPLETE,
  RAMPART_POLICY_ERROR_TO_ADAPT,
  RAMPART_POLICY_ERROR_UNKNOWN_PLACEHOLDER,
  RAMPART_POLICY_ERROR_APPROVAL,
} RampartPolicyError;

/* How long an approved policy stands before its review, unless someone says otherwise */
#define RAMPART_POLICY_REVIEW_MONTHS 12

/* A review this close or closer is due */
#define RAMPART_POLICY_REVIEW_DUE_DAYS 30

/**
 * RampartReviewState:
 * @RAMPART_REVIEW_NONE: not in force, or no review date
 * @RAMPART_REVIEW_SCHEDULED: the review is more than a month away
 * @RAMPART_REVIEW_DUE: the review falls within the next month
 * @RAMPART_REVIEW_OVERDUE: the review date has passed
 *
 * How close a policy in force is to its next review.
 */
typedef enum
{
  RAMPART_REVIEW_NONE,
  RAMPART_REVIEW_SCHEDULED,
  RAMPART_REVIEW_DUE,
  RAMPART_REVIEW_OVERDUE,
} RampartReviewState;

typedef struct _RampartPolicyRevision RampartPolicyRevision;

#define RAMPART_TYPE_POLICY (rampart_policy_get_type ())

G_DECLARE_FINAL_TYPE (RampartPolicy, rampart_policy, RAMPART, POLICY, RampartRecord)

GQuark                 rampart_policy_error_quark        (void);

const char            *rampart_policy_get_identifier     (RampartPolicy      *self);
const char            *rampart_policy_get_title          (RampartPolicy      *self);
RampartPolicyKind      rampart_policy_get_kind           (RampartPolicy      *self);
const char            *rampart_policy_get_owner          (RampartPolicy      *self);
const char            *rampart_policy_get_approver       (RampartPolicy      *self);
RampartPolicyStatus    rampart_policy_get_status         (RampartPolicy      *self);
const char            *rampart_policy_get_effective_on   (RampartPolicy      *self);
const char            *rampart_policy_get_next_review    (RampartPolicy      *self);
const char            *rampart_policy_get_audience       (RampartPolicy      *self);
const char            *rampart_policy_get_body           (RampartPolicy      *self);
const char            *rampart_policy_get_template       (RampartPolicy      *self);
gboolean               rampart_policy_get_draft_in_pack  (RampartPolicy      *self);
const char * const    *rampart_policy_get_control_ids    (RampartPolicy      *self);
gboolean               rampart_policy_has_control        (RampartPolicy      *self,
                                                          const char         *control_id);

GPtrArray             *rampart_policy_list_revisions     (RampartPolicy      *self);
RampartPolicyRevision *rampart_policy_get_last_revision  (RampartPolicy      *self);
char                  *rampart_policy_dup_next_version   (RampartPolicy      *self,
                                                          gboolean            major);
char                  *rampart_policy_dup_version_label  (RampartPolicy      *self);
RampartReviewState     rampart_policy_get_review_state   (RampartPolicy      *self,
                                                          const char         *today);
RampartPolicyRevision *rampart_policy_get_pack_revision  (RampartPolicy      *self);

gboolean               rampart_policy_submit             (RampartPolicy      *self,
                                                          GError            **error);
gboolean               rampart_policy_return_to_draft    (RampartPolicy      *self,
                                                          GError            **error);
gboolean               rampart_policy_start_revision     (RampartPolicy      *self,
                                                          GError            **error);
gboolean               rampart_policy_check_ready        (RampartPolicy      *self,
                                                          GError            **error);
RampartPolicyRevision *rampart_policy_approve            (RampartPolicy      *self,
                                                          const char         *approved_by,
                                                          const char         *approved_on,
                                                          const char         *change_summary,
                                                          gboolean            major,
                                                          const char         *next_review,
                                                          GError            **error);
gboolean               rampart_policy_retire             (RampartPolicy      *self,
                                                          GError            **error);
gboolean               rampart_policy_reinstate          (RampartPolicy      *self,
                                                          GError            **error);

char                  *rampart_policies_next_identifier  (RampartRecordList  *policies);
GPtrArray             *rampart_policies_for_control      (RampartRecordList  *policies,
                                                          const char         *control_id);
int                    rampart_policies_compare_identifiers
                                                         (gconstpointer       a,
                                                          gconstpointer       b);
RampartPolicy         *rampart_policies_find             (RampartRecordList  *policies,
                                                          const char         *identifier);

G_END_DECLS
