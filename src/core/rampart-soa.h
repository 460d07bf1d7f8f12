/* rampart-soa.h: the Statement of Applicability as a whole: progress, issued versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-workspace.h"

G_BEGIN_DECLS

/**
 * RampartSoaLine:
 * @control_id: the control's id, such as "8.13" or "ORG-1"
 * @title: its title
 * @applicability: whether it applies
 * @reasons: the nicks of the reasons to include it, such as "risk" or
 *   "good-practice" (see rampart_soa_reason_get_nick())
 * @risks: the codes of the risks whose treatment relies on it
 * @requirement: the interested party's requirement behind it, or empty
 * @justification: why it is included or excluded
 * @implementation: how far it is implemented
 * @owner: who is responsible for it
 * @how: how it is implemented
 * @evidence: where the evidence is
 * @policies: the identifiers of the policies that support it
 *
 * One control's line of the Statement of Applicability, as it read when a
 * version was issued.
 */
typedef struct
{
  char                  *control_id;
  char                  *title;
  RampartApplicability   applicability;
  GStrv                  reasons;
  GStrv                  risks;
  char                  *requirement;
  char                  *justification;
  RampartImplementation  implementation;
  char                  *owner;
  char                  *how;
  char                  *evidence;
  GStrv                  policies;
} RampartSoaLine;

/**
 * RampartSoaProgress:
 * @total: every control, Annex A and the organisation's own
 * @decided: those included or excluded
 * @included: those that apply
 * @excluded: those left out
 * @implemented: those that apply and are implemented
 * @to_review: those imported and not reviewed since
 *
 * How far the Statement of Applicability has come.
 */
typedef struct
{
  guint total;
  guint decided;
  guint included;
  guint excluded;
  guint implemented;
  guint to_review;
} RampartSoaProgress;

/**
 * RampartSoaChange:
 * @control_id: the control that changed
 * @title: its title, as it is in the later version
 * @fields: (element-type utf8): for each field that changed, three
 *   strings: its label, the earlier text, the later text; an added
 *   control has a single "Control" field changed from empty, a removed one
 *   a single field changed to empty
 *
 * What changed in one control between two versions.
 */
typedef struct
{
  char      *control_id;
  char      *title;
  GPtrArray *fields;
} RampartSoaChange;

#define RAMPART_TYPE_SOA_VERSION (rampart_soa_version_get_type ())

G_DECLARE_FINAL_TYPE (RampartSoaVersion, rampart_soa_version, RAMPART, SOA_VERSION, GObject)

RampartSoaVersion    *rampart_soa_version_new_current       (RampartWorkspace   *workspace);
guint                 rampart_soa_version_get_number        (RampartSoaVersion  *self);
const char           *rampart_soa_version_get_approved_by   (RampartSoaVersion  *self);
const char           *rampart_soa_version_get_approved_on   (RampartSoaVersion  *self);
const char           *rampart_soa_version_get_summary       (RampartSoaVersion  *self);
guint                 rampart_soa_version_get_n_lines       (RampartSoaVersion  *self);
const RampartSoaLine *rampart_soa_version_get_line          (RampartSoaVersion  *self,
                                                             guint               index);
const RampartSoaLine *rampart_soa_version_find_line         (RampartSoaVersion  *self,
                                                             const char         *control_id);
GPtrArray            *rampart_soa_version_compare           (RampartSoaVersion  *before,
                                                             RampartSoaVersion  *after);
char                 *rampart_soa_line_dup_reasons_text     (const RampartSoaLine *line);

void                  rampart_soa_change_free               (RampartSoaChange   *change);

void                  rampart_soa_count                     (RampartWorkspace   *workspace,
                                                             RampartSoaProgress *progress);
GPtrArray            *rampart_workspace_list_soa_versions   (RampartWorkspace   *workspace,
                                                             GError            **error);
RampartSoaVersion    *rampart_workspace_issue_soa_version   (RampartWorkspace   *workspace,
                                                             const char         *approved_by,
                                                             const char         *approved_on,
                                                             const char         *summary,
                                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RampartSoaChange, rampart_soa_change_free)

G_END_DECLS
