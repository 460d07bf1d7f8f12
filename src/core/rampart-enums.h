/* rampart-enums.h: the choices that records of the ISMS offer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Each choice is stored in the workspace file by its nick ("external",
 * "not-addressed"), so a file reads the same whatever the language of the
 * person who wrote it; rampart_enum_get_label() gives the words to show.
 */

/**
 * RampartIssueKind:
 *
 * Whether an issue of the organisation's context (clause 4.1) arises
 * inside it or outside.
 */
typedef enum
{
  RAMPART_ISSUE_KIND_INTERNAL,
  RAMPART_ISSUE_KIND_EXTERNAL,
} RampartIssueKind;

/**
 * RampartIssueCategory:
 *
 * What an issue of the context is about.
 */
typedef enum
{
  RAMPART_ISSUE_CATEGORY_ORGANISATIONAL,
  RAMPART_ISSUE_CATEGORY_POLITICAL,
  RAMPART_ISSUE_CATEGORY_ECONOMIC,
  RAMPART_ISSUE_CATEGORY_SOCIAL,
  RAMPART_ISSUE_CATEGORY_TECHNOLOGICAL,
  RAMPART_ISSUE_CATEGORY_LEGAL,
  RAMPART_ISSUE_CATEGORY_ENVIRONMENTAL,
  RAMPART_ISSUE_CATEGORY_OTHER,
} RampartIssueCategory;

/**
 * RampartPartyKind:
 *
 * Who an interested party (clause 4.2) is to the organisation.
 */
typedef enum
{
  RAMPART_PARTY_KIND_CUSTOMER,
  RAMPART_PARTY_KIND_EMPLOYEE,
  RAMPART_PARTY_KIND_SUPPLIER,
  RAMPART_PARTY_KIND_REGULATOR,
  RAMPART_PARTY_KIND_OWNER,
  RAMPART_PARTY_KIND_PARTNER,
  RAMPART_PARTY_KIND_INSURER,
  RAMPART_PARTY_KIND_COMMUNITY,
  RAMPART_PARTY_KIND_OTHER,
} RampartPartyKind;

/**
 * RampartDecision:
 *
 * Whether the ISMS addresses a requirement of an interested party
 * (clause 4.2 c).
 */
typedef enum
{
  RAMPART_DECISION_UNDECIDED,
  RAMPART_DECISION_ADDRESSED,
  RAMPART_DECISION_NOT_ADDRESSED,
} RampartDecision;

/**
 * RampartRequirementBasis:
 *
 * Where a requirement of an interested party comes from.
 */
typedef enum
{
  RAMPART_REQUIREMENT_BASIS_LEGAL,
  RAMPART_REQUIREMENT_BASIS_CONTRACTUAL,
  RAMPART_REQUIREMENT_BASIS_OTHER,
} RampartRequirementBasis;

/**
 * RampartScopeItemKind:
 *
 * What an entry of the ISMS scope (clause 4.3) names: something inside
 * the scope, something left out of it, or a link to another organisation.
 */
typedef enum
{
  RAMPART_SCOPE_ITEM_LOCATION,
  RAMPART_SCOPE_ITEM_UNIT,
  RAMPART_SCOPE_ITEM_PROCESS,
  RAMPART_SCOPE_ITEM_SYSTEM,
  RAMPART_SCOPE_ITEM_EXCLUSION,
  RAMPART_SCOPE_ITEM_INTERFACE,
} RampartScopeItemKind;

#define RAMPART_N_SCOPE_ITEM_KINDS (RAMPART_SCOPE_ITEM_INTERFACE + 1)

/**
 * RampartRoleSource:
 *
 * Whether a role's holder is kept in the organisation profile.
 */
typedef enum
{
  RAMPART_ROLE_SOURCE_NONE,
  RAMPART_ROLE_SOURCE_ISMS_MANAGER,
  RAMPART_ROLE_SOURCE_SPONSOR,
} RampartRoleSource;

/**
 * RampartAssetKind:
 *
 * What an asset (Annex A 5.9) is.
 */
typedef enum
{
  RAMPART_ASSET_INFORMATION,
  RAMPART_ASSET_SOFTWARE,
  RAMPART_ASSET_HARDWARE,
  RAMPART_ASSET_SERVICE,
  RAMPART_ASSET_PEOPLE,
  RAMPART_ASSET_SITE,
} RampartAssetKind;

/**
 * RampartClassification:
 *
 * How much protection information needs (Annex A 5.12).
 */
typedef enum
{
  RAMPART_CLASSIFICATION_PUBLIC,
  RAMPART_CLASSIFICATION_INTERNAL,
  RAMPART_CLASSIFICATION_CONFIDENTIAL,
  RAMPART_CLASSIFICATION_RESTRICTED,
} RampartClassification;

/**
 * RampartAssetValue:
 *
 * How much the confidentiality, integrity or availability of an asset
 * matters.
 */
typedef enum
{
  RAMPART_ASSET_VALUE_UNRATED,
  RAMPART_ASSET_VALUE_LOW,
  RAMPART_ASSET_VALUE_MEDIUM,
  RAMPART_ASSET_VALUE_HIGH,
} RampartAssetValue;

/**
 * RampartTreatment:
 *
 * What is done about a risk (clause 6.1.3).
 */
typedef enum
{
  RAMPART_TREATMENT_UNDECIDED,
  RAMPART_TREATMENT_MODIFY,
  RAMPART_TREATMENT_RETAIN,
  RAMPART_TREATMENT_AVOID,
  RAMPART_TREATMENT_SHARE,
} RampartTreatment;

/**
 * RampartRiskStatus:
 *
 * Where a risk is in its life.
 */
typedef enum
{
  RAMPART_RISK_STATUS_IDENTIFIED,
  RAMPART_RISK_STATUS_ASSESSED,
  RAMPART_RISK_STATUS_TREATING,
  RAMPART_RISK_STATUS_MONITORED,
  RAMPART_RISK_STATUS_CLOSED,
} RampartRiskStatus;

/**
 * RampartActionStatus:
 *
 * Where an action of the risk treatment plan is.
 */
typedef enum
{
  RAMPART_ACTION_PLANNED,
  RAMPART_ACTION_IN_PROGRESS,
  RAMPART_ACTION_DONE,
  RAMPART_ACTION_CANCELLED,
} RampartActionStatus;

/**
 * RampartApplicability:
 *
 * Whether a control applies to the organisation, for its Statement of
 * Applicability (clause 6.1.3 d).
 */
typedef enum
{
  RAMPART_APPLICABILITY_UNDECIDED,
  RAMPART_APPLICABILITY_INCLUDED,
  RAMPART_APPLICABILITY_EXCLUDED,
} RampartApplicability;

/**
 * RampartImplementation:
 *
 * How far an applicable control is implemented.
 */
typedef enum
{
  RAMPART_IMPLEMENTATION_NOT_STARTED,
  RAMPART_IMPLEMENTATION_PLANNED,
  RAMPART_IMPLEMENTATION_PARTIAL,
  RAMPART_IMPLEMENTATION_IMPLEMENTED,
} RampartImplementation;

#define RAMPART_N_IMPLEMENTATIONS (RAMPART_IMPLEMENTATION_IMPLEMENTED + 1)

/**
 * RampartPolicyKind:
 * @RAMPART_POLICY_KIND_POLICY: the information security policy (clause 5.2)
 * @RAMPART_POLICY_KIND_TOPIC: a topic-specific policy (Annex A 5.1)
 * @RAMPART_POLICY_KIND_PROCEDURE: a procedure: how something is done, step by step
 * @RAMPART_POLICY_KIND_STANDARD: a standard: the settings or products to use
 *
 * What kind of document a policy of the register is.
 */
typedef enum
{
  RAMPART_POLICY_KIND_POLICY,
  RAMPART_POLICY_KIND_TOPIC,
  RAMPART_POLICY_KIND_PROCEDURE,
  RAMPART_POLICY_KIND_STANDARD,
} RampartPolicyKind;

#define RAMPART_N_POLICY_KINDS (RAMPART_POLICY_KIND_STANDARD + 1)

/**
 * RampartPolicyStatus:
 * @RAMPART_POLICY_DRAFT: being written, or changed since its last approval
 * @RAMPART_POLICY_IN_REVIEW: written, waiting for its approver
 * @RAMPART_POLICY_APPROVED: approved: its last revision is in force
 * @RAMPART_POLICY_RETIRED: no longer in force, kept for the record
 *
 * Where a policy stands in its approval (clause 7.5).
 */
typedef enum
{
  RAMPART_POLICY_DRAFT,
  RAMPART_POLICY_IN_REVIEW,
  RAMPART_POLICY_APPROVED,
  RAMPART_POLICY_RETIRED,
} RampartPolicyStatus;

#define RAMPART_N_POLICY_STATUSES (RAMPART_POLICY_RETIRED + 1)

/**
 * RampartSeverity:
 * @RAMPART_SEVERITY_ADVICE: would make the ISMS better
 * @RAMPART_SEVERITY_WARNING: an auditor is likely to ask about it
 * @RAMPART_SEVERITY_ERROR: a requirement of the standard is not met
 *
 * How much a finding of a check matters.
 */
typedef enum
{
  RAMPART_SEVERITY_ADVICE,
  RAMPART_SEVERITY_WARNING,
  RAMPART_SEVERITY_ERROR,
} RampartSeverity;

#define RAMPART_TYPE_ISSUE_KIND (rampart_issue_kind_get_type ())
#define RAMPART_TYPE_ISSUE_CATEGORY (rampart_issue_category_get_type ())
#define RAMPART_TYPE_PARTY_KIND (rampart_party_kind_get_type ())
#define RAMPART_TYPE_DECISION (rampart_decision_get_type ())
#define RAMPART_TYPE_REQUIREMENT_BASIS (rampart_requirement_basis_get_type ())
#define RAMPART_TYPE_SCOPE_ITEM_KIND (rampart_scope_item_kind_get_type ())
#define RAMPART_TYPE_ROLE_SOURCE (rampart_role_source_get_type ())
#define RAMPART_TYPE_SEVERITY (rampart_severity_get_type ())
#define RAMPART_TYPE_ASSET_KIND (rampart_asset_kind_get_type ())
#define RAMPART_TYPE_CLASSIFICATION (rampart_classification_get_type ())
#define RAMPART_TYPE_ASSET_VALUE (rampart_asset_value_get_type ())
#define RAMPART_TYPE_TREATMENT (rampart_treatment_get_type ())
#define RAMPART_TYPE_RISK_STATUS (rampart_risk_status_get_type ())
#define RAMPART_TYPE_ACTION_STATUS (rampart_action_status_get_type ())
#define RAMPART_TYPE_APPLICABILITY (rampart_applicability_get_type ())
#define RAMPART_TYPE_IMPLEMENTATION (rampart_implementation_get_type ())
#define RAMPART_TYPE_POLICY_KIND (rampart_policy_kind_get_type ())
#define RAMPART_TYPE_POLICY_STATUS (rampart_policy_status_get_type ())

GType       rampart_issue_kind_get_type        (void) G_GNUC_CONST;
GType       rampart_issue_category_get_type    (void) G_GNUC_CONST;
GType       rampart_party_kind_get_type        (void) G_GNUC_CONST;
GType       rampart_decision_get_type          (void) G_GNUC_CONST;
GType       rampart_requirement_basis_get_type (void) G_GNUC_CONST;
GType       rampart_scope_item_kind_get_type   (void) G_GNUC_CONST;
GType       rampart_role_source_get_type       (void) G_GNUC_CONST;
GType       rampart_severity_get_type          (void) G_GNUC_CONST;
GType       rampart_asset_kind_get_type        (void) G_GNUC_CONST;
GType       rampart_classification_get_type    (void) G_GNUC_CONST;
GType       rampart_asset_value_get_type       (void) G_GNUC_CONST;
GType       rampart_treatment_get_type         (void) G_GNUC_CONST;
GType       rampart_risk_status_get_type       (void) G_GNUC_CONST;
GType       rampart_action_status_get_type     (void) G_GNUC_CONST;
GType       rampart_applicability_get_type     (void) G_GNUC_CONST;
GType       rampart_implementation_get_type    (void) G_GNUC_CONST;
GType       rampart_policy_kind_get_type       (void) G_GNUC_CONST;
GType       rampart_policy_status_get_type     (void) G_GNUC_CONST;

const char *rampart_enum_get_label             (GType type,
                                                int   value);
int         rampart_enum_from_nick             (GType       type,
                                                const char *nick,
                                                int         fallback);
const char *rampart_enum_get_nick              (GType type,
                                                int   value);

G_END_DECLS
