/* rampart-context-issue.c: an issue of the organisation's context (clause 4.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-context-issue"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-context-issue.h"
#include "rampart-record-private.h"

/*
 * Clause 4.1 asks the organisation to know the internal and external issues
 * that affect what its ISMS can achieve. Each is a short description, what
 * it means for information security, and what the organisation does about it.
 */

struct _RampartContextIssue
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartContextIssue, rampart_context_issue, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_EFFECT,
  PROP_RESPONSE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE context_issue SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_KIND] = STORE ("kind"),
  [PROP_CATEGORY] = STORE ("category"),
  [PROP_DESCRIPTION] = STORE ("description"),
  [PROP_EFFECT] = STORE ("effect"),
  [PROP_RESPONSE] = STORE ("response"),
};

static const RampartRecordTable table = {
  N_("context issue"),
  "SELECT id, position, kind, category, description, effect, response"
    " FROM context_issue ORDER BY position, id",
  "INSERT INTO context_issue (id, position, kind, category, description, effect, response)"
    " VALUES (?1, ?2, ?4, ?5, ?6, ?7, ?8)",
  "DELETE FROM context_issue WHERE id = ?1",
  NULL,
};

static void
rampart_context_issue_class_init (RampartContextIssueClass *klass)
{
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  properties[PROP_KIND] = _rampart_field_enum ("kind", _("Internal or external"),
                                               RAMPART_TYPE_ISSUE_KIND, RAMPART_ISSUE_KIND_INTERNAL);
  properties[PROP_CATEGORY] = _rampart_field_enum ("category", _("Category"),
                                                   RAMPART_TYPE_ISSUE_CATEGORY, RAMPART_ISSUE_CATEGORY_ORGANISATIONAL);
  properties[PROP_DESCRIPTION] = _rampart_field_text ("description", _("Issue"), "");
  properties[PROP_EFFECT] = _rampart_field_text ("effect", _("Effect on the ISMS"), "");
  properties[PROP_RESPONSE] = _rampart_field_text ("response", _("How it is addressed"), "");

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_context_issue_init (RampartContextIssue *self)
{
}

RampartIssueKind
rampart_context_issue_get_kind (RampartContextIssue *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_KIND);
}

RampartIssueCategory
rampart_context_issue_get_category (RampartContextIssue *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_CATEGORY);
}

const char *
rampart_context_issue_get_description (RampartContextIssue *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_DESCRIPTION);
}

const char *
rampart_context_issue_get_effect (RampartContextIssue *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_EFFECT);
}

const char *
rampart_context_issue_get_response (RampartContextIssue *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_RESPONSE);
}
