/* rampart-document-control.c: the control data of one ISMS document (7.5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-document-control"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-document-control.h"
#include "rampart-record-private.h"
#include "rampart-workspace-private.h"

/*
 * Clause 7.5 asks that documented information be identified, versioned,
 * reviewed and approved. Each document Rampart produces has a record of
 * that here, kept by the document's identifier; a document nobody has
 * touched yet has no row in the file and shows the defaults.
 */

struct _RampartDocumentControl
{
  RampartRecord  parent_instance;

  char          *document_id;
};

G_DEFINE_FINAL_TYPE (RampartDocumentControl, rampart_document_control, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VERSION,
  PROP_OWNER,
  PROP_APPROVER,
  PROP_APPROVED_ON,
  PROP_NEXT_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One statement per field: column names cannot be bound parameters. */
static const char * const store_sql[N_PROPS] = {
  [PROP_VERSION] = "INSERT INTO document_control (document_id, version) VALUES (?2, ?1)"
                   " ON CONFLICT (document_id) DO UPDATE SET version = excluded.version",
  [PROP_OWNER] = "INSERT INTO document_control (document_id, owner) VALUES (?2, ?1)"
                 " ON CONFLICT (document_id) DO UPDATE SET owner = excluded.owner",
  [PROP_APPROVER] = "INSERT INTO document_control (document_id, approver) VALUES (?2, ?1)"
                    " ON CONFLICT (document_id) DO UPDATE SET approver = excluded.approver",
  [PROP_APPROVED_ON] = "INSERT INTO document_control (document_id, approved_on) VALUES (?2, ?1)"
                       " ON CONFLICT (document_id) DO UPDATE SET approved_on = excluded.approved_on",
  [PROP_NEXT_REVIEW] = "INSERT INTO document_control (document_id, next_review) VALUES (?2, ?1)"
                       " ON CONFLICT (document_id) DO UPDATE SET next_review = excluded.next_review",
};

/**
 * rampart_date_is_valid:
 * @date: (nullable): a date as text
 *
 * Returns: %TRUE for an empty date (none set) or a real date written as
 *   YYYY-MM-DD, the only form dates are stored in
 */
gboolean
rampart_date_is_valid (const char *date)
{
  int year, month, day;
  char tail;

  if (date == NULL || *date == '\0')
    return TRUE;

  return strlen (date) == 10 &&
         sscanf (date, "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * rampart_date_today:
 *
 * Returns: (transfer full): today's date in the local time zone, as YYYY-MM-DD
 */
char *
rampart_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * rampart_date_add_months:
 * @date: a date as YYYY-MM-DD
 * @months: how many months later, or earlier if negative
 *
 * The 31st of a month becomes the last day of a shorter one.
 *
 * Returns: (transfer full): the date @months later, as YYYY-MM-DD, or an
 *   empty string if @date is not a date
 */
char *
rampart_date_add_months (const char *date,
                         int         months)
{
  int year, month, day;
  GDate value;
  char text[16];

  if (date == NULL || *date == '\0' || !rampart_date_is_valid (date) ||
      sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup ("");

  g_date_clear (&value, 1);
  g_date_set_dmy (&value, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  if (months >= 0)
    g_date_add_months (&value, (guint) months);
  else
    g_date_subtract_months (&value, (guint) -months);

  g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (&value), g_date_get_month (&value),
              g_date_get_day (&value));
  return g_strdup (text);
}

static void
rampart_document_control_finalize (GObject *object)
{
  g_free (RAMPART_DOCUMENT_CONTROL (object)->document_id);

  G_OBJECT_CLASS (rampart_document_control_parent_class)->finalize (object);
}

static void
rampart_document_control_class_init (RampartDocumentControlClass *klass)
{
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rampart_document_control_finalize;

  /* The nicks name the fields in undo labels, so they are translated. */
  properties[PROP_VERSION] = _rampart_field_text ("version", _("Version"), "1.0");
  properties[PROP_OWNER] = _rampart_field_text ("owner", _("Owner"), "");
  properties[PROP_APPROVER] = _rampart_field_text ("approver", _("Approver"), "");
  properties[PROP_APPROVED_ON] = _rampart_field_date ("approved-on", _("Approval date"));
  properties[PROP_NEXT_REVIEW] = _rampart_field_date ("next-review", _("Next review"));

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
}

static void
rampart_document_control_init (RampartDocumentControl *self)
{
}

RampartDocumentControl *
_rampart_document_control_load (RampartWorkspace  *workspace,
                                const char        *document_id,
                                GError           **error)
{
  g_autoptr(RampartDocumentControl) self = g_object_new (RAMPART_TYPE_DOCUMENT_CONTROL, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_auto(GValue) key = G_VALUE_INIT;
  sqlite3 *db = _rampart_workspace_get_db (workspace);
  int rc;

  stmt = rampart_db_prepare (db,
                             "SELECT version, owner, approver, approved_on, next_review"
                             " FROM document_control WHERE document_id = ?1",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, document_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      for (guint prop = PROP_VERSION; prop < N_PROPS; prop++)
        _rampart_record_load_value (RAMPART_RECORD (self), prop, stmt, (int) prop - PROP_VERSION);
    }
  else if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, db, rc);
      return NULL;
    }

  self->document_id = g_strdup (document_id);
  g_value_init (&key, G_TYPE_STRING);
  g_value_set_string (&key, document_id);
  _rampart_record_attach (RAMPART_RECORD (self), workspace, &key);

  return g_steal_pointer (&self);
}

const char *
rampart_document_control_get_document_id (RampartDocumentControl *self)
{
  g_return_val_if_fail (RAMPART_IS_DOCUMENT_CONTROL (self), NULL);

  return self->document_id;
}

const char *
rampart_document_control_get_version (RampartDocumentControl *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_VERSION);
}

const char *
rampart_document_control_get_owner (RampartDocumentControl *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_OWNER);
}

const char *
rampart_document_control_get_approver (RampartDocumentControl *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_APPROVER);
}

const char *
rampart_document_control_get_approved_on (RampartDocumentControl *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_APPROVED_ON);
}

const char *
rampart_document_control_get_next_review (RampartDocumentControl *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_NEXT_REVIEW);
}
