/* rampart-soa-entry.h: one control's line of the Statement of Applicability
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-control.h"
#include "rampart-enums.h"
#include "rampart-record-list.h"

G_BEGIN_DECLS

/**
 * RampartSoaReason:
 * @RAMPART_SOA_REASON_RISK: a risk's treatment relies on the control
 * @RAMPART_SOA_REASON_LEGAL: a law or regulation requires it
 * @RAMPART_SOA_REASON_CONTRACTUAL: a contract requires it
 * @RAMPART_SOA_REASON_BUSINESS: the business needs it
 * @RAMPART_SOA_REASON_GOOD_PRACTICE: it is good practice
 * @RAMPART_SOA_REASON_PARTY: an interested party requires it (clause 4.2)
 *
 * Why a control is included in the Statement of Applicability.
 */
typedef enum
{
  RAMPART_SOA_REASON_RISK,
  RAMPART_SOA_REASON_LEGAL,
  RAMPART_SOA_REASON_CONTRACTUAL,
  RAMPART_SOA_REASON_BUSINESS,
  RAMPART_SOA_REASON_GOOD_PRACTICE,
  RAMPART_SOA_REASON_PARTY,
  RAMPART_N_SOA_REASONS
} RampartSoaReason;

#define RAMPART_TYPE_SOA_ENTRY (rampart_soa_entry_get_type ())

G_DECLARE_FINAL_TYPE (RampartSoaEntry, rampart_soa_entry, RAMPART, SOA_ENTRY, RampartRecord)

const char           *rampart_soa_entry_get_control_id     (RampartSoaEntry  *self);
gboolean              rampart_soa_entry_get_own            (RampartSoaEntry  *self);
RampartControl       *rampart_soa_entry_get_control        (RampartSoaEntry  *self);
const char           *rampart_soa_entry_get_title          (RampartSoaEntry  *self);
const char           *rampart_soa_entry_get_description    (RampartSoaEntry  *self);
RampartControlTheme   rampart_soa_entry_get_theme          (RampartSoaEntry  *self);
RampartApplicability  rampart_soa_entry_get_applicability  (RampartSoaEntry  *self);
gboolean              rampart_soa_entry_has_reason         (RampartSoaEntry  *self,
                                                            RampartSoaReason  reason);
gboolean              rampart_soa_entry_has_any_reason     (RampartSoaEntry  *self);
gint64                rampart_soa_entry_get_requirement_id (RampartSoaEntry  *self);
const char           *rampart_soa_entry_get_justification  (RampartSoaEntry  *self);
RampartImplementation rampart_soa_entry_get_implementation (RampartSoaEntry  *self);
const char           *rampart_soa_entry_get_owner          (RampartSoaEntry  *self);
const char           *rampart_soa_entry_get_how            (RampartSoaEntry  *self);
const char           *rampart_soa_entry_get_evidence       (RampartSoaEntry  *self);
gboolean              rampart_soa_entry_get_to_review      (RampartSoaEntry  *self);
GPtrArray            *rampart_soa_entry_list_risks         (RampartSoaEntry  *self);
char                 *rampart_soa_entry_dup_reasons_text   (RampartSoaEntry  *self);
char                 *rampart_soa_entry_propose_justification
                                                           (RampartSoaEntry  *self);

const char           *rampart_soa_reason_get_label         (RampartSoaReason  reason);
const char           *rampart_soa_reason_get_field         (RampartSoaReason  reason);
const char           *rampart_soa_reason_get_nick          (RampartSoaReason  reason);

RampartSoaEntry      *rampart_soa_entry_new_own            (RampartRecordList *entries);
RampartSoaEntry      *rampart_soa_add_own_control          (RampartRecordList *entries);
RampartSoaEntry      *rampart_soa_find_entry               (RampartRecordList *entries,
                                                            const char        *control_id);

G_END_DECLS
