/* rampart-context-issue.h: an issue of the organisation's context (clause 4.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_CONTEXT_ISSUE (  rampart_context_issue_get_type        ())

G_DECLARE_FINAL_TYPE (RampartContextIssue, rampart_context_issue, RAMPART, CONTEXT_ISSUE, RampartRecord)

RampartIssueKind      rampart_context_issue_get_kind        (RampartContextIssue *self);
RampartIssueCategory  rampart_context_issue_get_category    (RampartContextIssue *self);
const char           *rampart_context_issue_get_description (RampartContextIssue *self);
const char           *rampart_context_issue_get_effect      (RampartContextIssue *self);
const char           *rampart_context_issue_get_response    (RampartContextIssue *self);

G_END_DECLS
