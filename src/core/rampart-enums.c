/* rampart-enums.c: the choices that records of the ISMS offer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-enums.h"

/* The nicks are what the file stores: never change one once released. */

G_DEFINE_ENUM_TYPE (RampartIssueKind, rampart_issue_kind,
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_KIND_INTERNAL, "internal"),
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_KIND_EXTERNAL, "external"))

G_DEFINE_ENUM_TYPE (RampartIssueCategory, rampart_issue_category,
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_CATEGORY_ORGANISATIONAL, "organisational"),
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_CATEGORY_POLITICAL, "political"),
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_CATEGORY_ECONOMIC, "economic"),
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_CATEGORY_SOCIAL, "social"),
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_CATEGORY_TECHNOLOGICAL, "technological"),
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_CATEGORY_LEGAL, "legal"),
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_CATEGORY_ENVIRONMENTAL, "environmental"),
  G_DEFINE_ENUM_VALUE (RAMPART_ISSUE_CATEGORY_OTHER, "other"))

G_DEFINE_ENUM_TYPE (RampartPartyKind, rampart_party_kind,
  G_DEFINE_ENUM_VALUE (RAMPART_PARTY_KIND_CUSTOMER, "customer"),
  G_DEFINE_ENUM_VALUE (RAMPART_PARTY_KIND_EMPLOYEE, "employee"),
  G_DEFINE_ENUM_VALUE (RAMPART_PARTY_KIND_SUPPLIER, "supplier"),
  G_DEFINE_ENUM_VALUE (RAMPART_PARTY_KIND_REGULATOR, "regulator"),
  G_DEFINE_ENUM_VALUE (RAMPART_PARTY_KIND_OWNER, "owner"),
  G_DEFINE_ENUM_VALUE (RAMPART_PARTY_KIND_PARTNER, "partner"),
  G_DEFINE_ENUM_VALUE (RAMPART_PARTY_KIND_INSURER, "insurer"),
  G_DEFINE_ENUM_VALUE (RAMPART_PARTY_KIND_COMMUNITY, "community"),
  G_DEFINE_ENUM_VALUE (RAMPART_PARTY_KIND_OTHER, "other"))

G_DEFINE_ENUM_TYPE (RampartDecision, rampart_decision,
  G_DEFINE_ENUM_VALUE (RAMPART_DECISION_UNDECIDED, "undecided"),
  G_DEFINE_ENUM_VALUE (RAMPART_DECISION_ADDRESSED, "addressed"),
  G_DEFINE_ENUM_VALUE (RAMPART_DECISION_NOT_ADDRESSED, "not-addressed"))

G_DEFINE_ENUM_TYPE (RampartRequirementBasis, rampart_requirement_basis,
  G_DEFINE_ENUM_VALUE (RAMPART_REQUIREMENT_BASIS_LEGAL, "legal"),
  G_DEFINE_ENUM_VALUE (RAMPART_REQUIREMENT_BASIS_CONTRACTUAL, "contractual"),
  G_DEFINE_ENUM_VALUE (RAMPART_REQUIREMENT_BASIS_OTHER, "other"))

G_DEFINE_ENUM_TYPE (RampartScopeItemKind, rampart_scope_item_kind,
  G_DEFINE_ENUM_VALUE (RAMPART_SCOPE_ITEM_LOCATION, "location"),
  G_DEFINE_ENUM_VALUE (RAMPART_SCOPE_ITEM_UNIT, "unit"),
  G_DEFINE_ENUM_VALUE (RAMPART_SCOPE_ITEM_PROCESS, "process"),
  G_DEFINE_ENUM_VALUE (RAMPART_SCOPE_ITEM_SYSTEM, "system"),
  G_DEFINE_ENUM_VALUE (RAMPART_SCOPE_ITEM_EXCLUSION, "exclusion"),
  G_DEFINE_ENUM_VALUE (RAMPART_SCOPE_ITEM_INTERFACE, "interface"))

G_DEFINE_ENUM_TYPE (RampartRoleSource, rampart_role_source,
  G_DEFINE_ENUM_VALUE (RAMPART_ROLE_SOURCE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (RAMPART_ROLE_SOURCE_ISMS_MANAGER, "isms-manager"),
  G_DEFINE_ENUM_VALUE (RAMPART_ROLE_SOURCE_SPONSOR, "sponsor"))

G_DEFINE_ENUM_TYPE (RampartSeverity, rampart_severity,
  G_DEFINE_ENUM_VALUE (RAMPART_SEVERITY_ADVICE, "advice"),
  G_DEFINE_ENUM_VALUE (RAMPART_SEVERITY_WARNING, "warning"),
  G_DEFINE_ENUM_VALUE (RAMPART_SEVERITY_ERROR, "error"))

G_DEFINE_ENUM_TYPE (RampartAssetKind, rampart_asset_kind,
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_INFORMATION, "information"),
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_SOFTWARE, "software"),
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_HARDWARE, "hardware"),
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_SERVICE, "service"),
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_PEOPLE, "people"),
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_SITE, "site"))

G_DEFINE_ENUM_TYPE (RampartClassification, rampart_classification,
  G_DEFINE_ENUM_VALUE (RAMPART_CLASSIFICATION_PUBLIC, "public"),
  G_DEFINE_ENUM_VALUE (RAMPART_CLASSIFICATION_INTERNAL, "internal"),
  G_DEFINE_ENUM_VALUE (RAMPART_CLASSIFICATION_CONFIDENTIAL, "confidential"),
  G_DEFINE_ENUM_VALUE (RAMPART_CLASSIFICATION_RESTRICTED, "restricted"))

G_DEFINE_ENUM_TYPE (RampartAssetValue, rampart_asset_value,
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_VALUE_UNRATED, "unrated"),
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_VALUE_LOW, "low"),
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_VALUE_MEDIUM, "medium"),
  G_DEFINE_ENUM_VALUE (RAMPART_ASSET_VALUE_HIGH, "high"))

G_DEFINE_ENUM_TYPE (RampartTreatment, rampart_treatment,
  G_DEFINE_ENUM_VALUE (RAMPART_TREATMENT_UNDECIDED, "undecided"),
  G_DEFINE_ENUM_VALUE (RAMPART_TREATMENT_MODIFY, "modify"),
  G_DEFINE_ENUM_VALUE (RAMPART_TREATMENT_RETAIN, "retain"),
  G_DEFINE_ENUM_VALUE (RAMPART_TREATMENT_AVOID, "avoid"),
  G_DEFINE_ENUM_VALUE (RAMPART_TREATMENT_SHARE, "share"))

G_DEFINE_ENUM_TYPE (RampartRiskStatus, rampart_risk_status,
  G_DEFINE_ENUM_VALUE (RAMPART_RISK_STATUS_IDENTIFIED, "identified"),
  G_DEFINE_ENUM_VALUE (RAMPART_RISK_STATUS_ASSESSED, "assessed"),
  G_DEFINE_ENUM_VALUE (RAMPART_RISK_STATUS_TREATING, "treating"),
  G_DEFINE_ENUM_VALUE (RAMPART_RISK_STATUS_MONITORED, "monitored"),
  G_DEFINE_ENUM_VALUE (RAMPART_RISK_STATUS_CLOSED, "closed"))

G_DEFINE_ENUM_TYPE (RampartActionStatus, rampart_action_status,
  G_DEFINE_ENUM_VALUE (RAMPART_ACTION_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (RAMPART_ACTION_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (RAMPART_ACTION_DONE, "done"),
  G_DEFINE_ENUM_VALUE (RAMPART_ACTION_CANCELLED, "cancelled"))

G_DEFINE_ENUM_TYPE (RampartApplicability, rampart_applicability,
  G_DEFINE_ENUM_VALUE (RAMPART_APPLICABILITY_UNDECIDED, "undecided"),
  G_DEFINE_ENUM_VALUE (RAMPART_APPLICABILITY_INCLUDED, "included"),
  G_DEFINE_ENUM_VALUE (RAMPART_APPLICABILITY_EXCLUDED, "excluded"))

G_DEFINE_ENUM_TYPE (RampartImplementation, rampart_implementation,
  G_DEFINE_ENUM_VALUE (RAMPART_IMPLEMENTATION_NOT_STARTED, "not-started"),
  G_DEFINE_ENUM_VALUE (RAMPART_IMPLEMENTATION_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (RAMPART_IMPLEMENTATION_PARTIAL, "partial"),
  G_DEFINE_ENUM_VALUE (RAMPART_IMPLEMENTATION_IMPLEMENTED, "implemented"))

G_DEFINE_ENUM_TYPE (RampartPolicyKind, rampart_policy_kind,
  G_DEFINE_ENUM_VALUE (RAMPART_POLICY_KIND_POLICY, "policy"),
  G_DEFINE_ENUM_VALUE (RAMPART_POLICY_KIND_TOPIC, "topic-specific"),
  G_DEFINE_ENUM_VALUE (RAMPART_POLICY_KIND_PROCEDURE, "procedure"),
  G_DEFINE_ENUM_VALUE (RAMPART_POLICY_KIND_STANDARD, "standard"))

G_DEFINE_ENUM_TYPE (RampartPolicyStatus, rampart_policy_status,
  G_DEFINE_ENUM_VALUE (RAMPART_POLICY_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (RAMPART_POLICY_IN_REVIEW, "in-review"),
  G_DEFINE_ENUM_VALUE (RAMPART_POLICY_APPROVED, "approved"),
  G_DEFINE_ENUM_VALUE (RAMPART_POLICY_RETIRED, "retired"))

typedef struct
{
  int         value;
  const char *label;
} Label;

static const Label issue_kinds[] = {
  { RAMPART_ISSUE_KIND_INTERNAL, N_("Internal") },
  { RAMPART_ISSUE_KIND_EXTERNAL, N_("External") },
  { 0, NULL }
};

static const Label issue_categories[] = {
  { RAMPART_ISSUE_CATEGORY_ORGANISATIONAL, N_("Organisational") },
  { RAMPART_ISSUE_CATEGORY_POLITICAL, N_("Political") },
  { RAMPART_ISSUE_CATEGORY_ECONOMIC, N_("Economic") },
  { RAMPART_ISSUE_CATEGORY_SOCIAL, N_("Social") },
  { RAMPART_ISSUE_CATEGORY_TECHNOLOGICAL, N_("Technological") },
  { RAMPART_ISSUE_CATEGORY_LEGAL, N_("Legal and regulatory") },
  { RAMPART_ISSUE_CATEGORY_ENVIRONMENTAL, N_("Environmental") },
  { RAMPART_ISSUE_CATEGORY_OTHER, N_("Other") },
  { 0, NULL }
};

static const Label party_kinds[] = {
  { RAMPART_PARTY_KIND_CUSTOMER, N_("Customer") },
  { RAMPART_PARTY_KIND_EMPLOYEE, N_("Employees") },
  { RAMPART_PARTY_KIND_SUPPLIER, N_("Supplier") },
  { RAMPART_PARTY_KIND_REGULATOR, N_("Regulator or authority") },
  { RAMPART_PARTY_KIND_OWNER, N_("Owner or investor") },
  { RAMPART_PARTY_KIND_PARTNER, N_("Partner") },
  { RAMPART_PARTY_KIND_INSURER, N_("Insurer") },
  { RAMPART_PARTY_KIND_COMMUNITY, N_("Public and community") },
  { RAMPART_PARTY_KIND_OTHER, N_("Other") },
  { 0, NULL }
};

static const Label decisions[] = {
  { RAMPART_DECISION_UNDECIDED, N_("Not decided yet") },
  { RAMPART_DECISION_ADDRESSED, N_("Addressed by the ISMS") },
  { RAMPART_DECISION_NOT_ADDRESSED, N_("Not addressed") },
  { 0, NULL }
};

static const Label bases[] = {
  { RAMPART_REQUIREMENT_BASIS_LEGAL, N_("Legal or regulatory") },
  { RAMPART_REQUIREMENT_BASIS_CONTRACTUAL, N_("Contractual") },
  { RAMPART_REQUIREMENT_BASIS_OTHER, N_("Other") },
  { 0, NULL }
};

static const Label scope_item_kinds[] = {
  { RAMPART_SCOPE_ITEM_LOCATION, N_("Location") },
  { RAMPART_SCOPE_ITEM_UNIT, N_("Organisational unit") },
  { RAMPART_SCOPE_ITEM_PROCESS, N_("Process or service") },
  { RAMPART_SCOPE_ITEM_SYSTEM, N_("Information system") },
  { RAMPART_SCOPE_ITEM_EXCLUSION, N_("Exclusion") },
  { RAMPART_SCOPE_ITEM_INTERFACE, N_("Interface or dependency") },
  { 0, NULL }
};

static const Label role_sources[] = {
  { RAMPART_ROLE_SOURCE_NONE, N_("Other role") },
  { RAMPART_ROLE_SOURCE_ISMS_MANAGER, N_("From the organisation profile") },
  { RAMPART_ROLE_SOURCE_SPONSOR, N_("From the organisation profile") },
  { 0, NULL }
};

static const Label severities[] = {
  { RAMPART_SEVERITY_ADVICE, N_("Advice") },
  { RAMPART_SEVERITY_WARNING, N_("Warning") },
  { RAMPART_SEVERITY_ERROR, N_("Missing") },
  { 0, NULL }
};

static const Label asset_kinds[] = {
  { RAMPART_ASSET_INFORMATION, N_("Information") },
  { RAMPART_ASSET_SOFTWARE, N_("Software") },
  { RAMPART_ASSET_HARDWARE, N_("Hardware") },
  { RAMPART_ASSET_SERVICE, N_("Service") },
  { RAMPART_ASSET_PEOPLE, N_("People") },
  { RAMPART_ASSET_SITE, N_("Site") },
  { 0, NULL }
};

static const Label classifications[] = {
  { RAMPART_CLASSIFICATION_PUBLIC, N_("Public") },
  { RAMPART_CLASSIFICATION_INTERNAL, N_("Internal") },
  { RAMPART_CLASSIFICATION_CONFIDENTIAL, N_("Confidential") },
  { RAMPART_CLASSIFICATION_RESTRICTED, N_("Restricted") },
  { 0, NULL }
};

static const Label asset_values[] = {
  { RAMPART_ASSET_VALUE_UNRATED, N_("Not rated") },
  { RAMPART_ASSET_VALUE_LOW, N_("Low") },
  { RAMPART_ASSET_VALUE_MEDIUM, N_("Medium") },
  { RAMPART_ASSET_VALUE_HIGH, N_("High") },
  { 0, NULL }
};

static const Label treatments[] = {
  { RAMPART_TREATMENT_UNDECIDED, N_("Not decided yet") },
  { RAMPART_TREATMENT_MODIFY, N_("Modify") },
  { RAMPART_TREATMENT_RETAIN, N_("Retain") },
  { RAMPART_TREATMENT_AVOID, N_("Avoid") },
  { RAMPART_TREATMENT_SHARE, N_("Share") },
  { 0, NULL }
};

static const Label risk_statuses[] = {
  { RAMPART_RISK_STATUS_IDENTIFIED, N_("Identified") },
  { RAMPART_RISK_STATUS_ASSESSED, N_("Assessed") },
  { RAMPART_RISK_STATUS_TREATING, N_("In treatment") },
  { RAMPART_RISK_STATUS_MONITORED, N_("Monitored") },
  { RAMPART_RISK_STATUS_CLOSED, N_("Closed") },
  { 0, NULL }
};

static const Label action_statuses[] = {
  { RAMPART_ACTION_PLANNED, N_("Planned") },
  { RAMPART_ACTION_IN_PROGRESS, N_("In progress") },
  { RAMPART_ACTION_DONE, N_("Done") },
  { RAMPART_ACTION_CANCELLED, N_("Cancelled") },
  { 0, NULL }
};

static const Label applicabilities[] = {
  { RAMPART_APPLICABILITY_UNDECIDED, N_("Undecided") },
  { RAMPART_APPLICABILITY_INCLUDED, N_("Applicable") },
  { RAMPART_APPLICABILITY_EXCLUDED, N_("Excluded") },
  { 0, NULL }
};

static const Label implementations[] = {
  { RAMPART_IMPLEMENTATION_NOT_STARTED, N_("Not started") },
  { RAMPART_IMPLEMENTATION_PLANNED, N_("Planned") },
  { RAMPART_IMPLEMENTATION_PARTIAL, N_("Partially implemented") },
  { RAMPART_IMPLEMENTATION_IMPLEMENTED, N_("Implemented") },
  { 0, NULL }
};

static const Label policy_kinds[] = {
  { RAMPART_POLICY_KIND_POLICY, N_("Policy") },
  { RAMPART_POLICY_KIND_TOPIC, N_("Topic-specific policy") },
  { RAMPART_POLICY_KIND_PROCEDURE, N_("Procedure") },
  { RAMPART_POLICY_KIND_STANDARD, N_("Standard") },
  { 0, NULL }
};

static const Label policy_statuses[] = {
  { RAMPART_POLICY_DRAFT, N_("Draft") },
  { RAMPART_POLICY_IN_REVIEW, N_("In review") },
  { RAMPART_POLICY_APPROVED, N_("Approved") },
  { RAMPART_POLICY_RETIRED, N_("Retired") },
  { 0, NULL }
};

/**
 * rampart_enum_get_label:
 * @type: one of the enumerations of rampart-enums.h
 * @value: one of its values
 *
 * Returns: (transfer none): the value in words, translated
 */
const char *
rampart_enum_get_label (GType type,
                        int   value)
{
  const Label *labels = NULL;

  if (type == RAMPART_TYPE_ISSUE_KIND)
    labels = issue_kinds;
  else if (type == RAMPART_TYPE_ISSUE_CATEGORY)
    labels = issue_categories;
  else if (type == RAMPART_TYPE_PARTY_KIND)
    labels = party_kinds;
  else if (type == RAMPART_TYPE_DECISION)
    labels = decisions;
  else if (type == RAMPART_TYPE_REQUIREMENT_BASIS)
    labels = bases;
  else if (type == RAMPART_TYPE_SCOPE_ITEM_KIND)
    labels = scope_item_kinds;
  else if (type == RAMPART_TYPE_ROLE_SOURCE)
    labels = role_sources;
  else if (type == RAMPART_TYPE_SEVERITY)
    labels = severities;
  else if (type == RAMPART_TYPE_ASSET_KIND)
    labels = asset_kinds;
  else if (type == RAMPART_TYPE_CLASSIFICATION)
    labels = classifications;
  else if (type == RAMPART_TYPE_ASSET_VALUE)
    labels = asset_values;
  else if (type == RAMPART_TYPE_TREATMENT)
    labels = treatments;
  else if (type == RAMPART_TYPE_RISK_STATUS)
    labels = risk_statuses;
  else if (type == RAMPART_TYPE_ACTION_STATUS)
    labels = action_statuses;
  else if (type == RAMPART_TYPE_APPLICABILITY)
    labels = applicabilities;
  else if (type == RAMPART_TYPE_IMPLEMENTATION)
    labels = implementations;
  else if (type == RAMPART_TYPE_POLICY_KIND)
    labels = policy_kinds;
  else if (type == RAMPART_TYPE_POLICY_STATUS)
    labels = policy_statuses;

  g_return_val_if_fail (labels != NULL, NULL);

  for (guint i = 0; labels[i].label != NULL; i++)
    if (labels[i].value == value)
      return _(labels[i].label);

  g_return_val_if_reached (NULL);
}

/**
 * rampart_enum_from_nick:
 * @type: one of the enumerations of rampart-enums.h
 * @nick: (nullable): the name of a value, as the file stores it
 * @fallback: what an unknown or missing name reads as
 *
 * Returns: the value named @nick, or @fallback
 */
int
rampart_enum_from_nick (GType       type,
                        const char *nick,
                        int         fallback)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (enum_class, nick != NULL ? nick : "");

  return value != NULL ? value->value : fallback;
}

/**
 * rampart_enum_get_nick:
 * @type: one of the enumerations of rampart-enums.h
 * @value: one of its values
 *
 * Returns: (transfer none): the value's name, as the file stores it, or
 *   an empty string for a value the enumeration does not have
 */
const char *
rampart_enum_get_nick (GType type,
                       int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  return enum_value != NULL ? enum_value->value_nick : "";
}
