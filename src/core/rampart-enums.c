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

  g_return_val_if_fail (labels != NULL, NULL);

  for (guint i = 0; labels[i].label != NULL; i++)
    if (labels[i].value == value)
      return _(labels[i].label);

  g_return_val_if_reached (NULL);
}
