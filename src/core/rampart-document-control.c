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
#include "rampart-workspace-private.h"

/*
 * Clause 7.5 asks that documented information be identified, versioned,
 * reviewed and approved. Each document Rampart produces has a record of
 * that here, kept by the document's identifier; a document nobody has
 * touched yet has none in the file and shows the defaults.
 */

struct _RampartDocumentControl
{
  GObject           parent_instance;

  /* Borrowed: the workspace owns its records and detaches them on dispose. */
  RampartWorkspace *workspace;

  char             *document_id;
  char             *fields[5];
};

G_DEFINE_FINAL_TYPE (RampartDocumentControl, rampart_document_control, G_TYPE_OBJECT)

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

#define FIELD(self, prop) ((self)->fields[(prop) - PROP_VERSION])

/* One statement per field: column names cannot be bound parameters. */
static const char * const upsert_sql[N_PROPS] = {
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

static void
rampart_document_control_finalize (GObject *object)
{
  RampartDocumentControl *self = RAMPART_DOCUMENT_CONTROL (object);

  g_free (self->document_id);
  for (guint i = 0; i < G_N_ELEMENTS (self->fields); i++)
    g_free (self->fields[i]);

  G_OBJECT_CLASS (rampart_document_control_parent_class)->finalize (object);
}

static void
rampart_document_control_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  RampartDocumentControl *self = RAMPART_DOCUMENT_CONTROL (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_string (value, FIELD (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rampart_document_control_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  RampartDocumentControl *self = RAMPART_DOCUMENT_CONTROL (object);
  const char *text = g_value_get_string (value) != NULL ? g_value_get_string (value) : "";
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) key = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  if (prop_id <= PROP_0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (g_str_equal (FIELD (self, prop_id), text))
    return;

  if ((prop_id == PROP_APPROVED_ON || prop_id == PROP_NEXT_REVIEW) && !rampart_date_is_valid (text))
    {
      g_warning ("Ignoring %s “%s”: dates are written YYYY-MM-DD", pspec->name, text);
      return;
    }

  g_value_init (&key, G_TYPE_STRING);
  g_value_set_string (&key, self->document_id);
  if (self->workspace != NULL &&
      !_rampart_workspace_write_value (self->workspace, upsert_sql[prop_id], &key, value, &error))
    {
      g_warning ("Could not store %s: %s", pspec->name, error->message);
      return;
    }

  g_value_init (&old_value, G_TYPE_STRING);
  g_value_set_string (&old_value, FIELD (self, prop_id));
  g_free (FIELD (self, prop_id));
  FIELD (self, prop_id) = g_strdup (text);

  if (self->workspace != NULL)
    _rampart_workspace_record_change (self->workspace, object, pspec, &old_value, value);

  g_object_notify_by_pspec (object, pspec);
}

static GParamSpec *
text_property (const char *name,
               const char *nick)
{
  return g_param_spec_string (name, nick, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_STATIC_NAME |
                              G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
}

static void
rampart_document_control_class_init (RampartDocumentControlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rampart_document_control_finalize;
  object_class->get_property = rampart_document_control_get_property;
  object_class->set_property = rampart_document_control_set_property;

  /* The nicks name the fields in undo labels, so they are translated. */
  properties[PROP_VERSION] = text_property ("version", _("Version"));
  properties[PROP_OWNER] = text_property ("owner", _("Owner"));
  properties[PROP_APPROVER] = text_property ("approver", _("Approver"));
  properties[PROP_APPROVED_ON] = text_property ("approved-on", _("Approval date"));
  properties[PROP_NEXT_REVIEW] = text_property ("next-review", _("Next review"));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rampart_document_control_init (RampartDocumentControl *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->fields); i++)
    self->fields[i] = g_strdup ("");
}

RampartDocumentControl *
_rampart_document_control_load (RampartWorkspace  *workspace,
                                const char        *document_id,
                                GError           **error)
{
  g_autoptr(RampartDocumentControl) self = g_object_new (RAMPART_TYPE_DOCUMENT_CONTROL, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
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
      for (guint i = 0; i < G_N_ELEMENTS (self->fields); i++)
        {
          g_free (self->fields[i]);
          self->fields[i] = g_strdup (rampart_db_column_text (stmt, (int) i));
        }
    }
  else if (rc == SQLITE_DONE)
    {
      /* Never edited: the defaults of the schema. */
      g_free (FIELD (self, PROP_VERSION));
      FIELD (self, PROP_VERSION) = g_strdup ("1.0");
    }
  else
    {
      rampart_db_set_error (error, db, rc);
      return NULL;
    }

  self->document_id = g_strdup (document_id);
  self->workspace = workspace;
  return g_steal_pointer (&self);
}

void
_rampart_document_control_detach (RampartDocumentControl *self)
{
  self->workspace = NULL;
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
  g_return_val_if_fail (RAMPART_IS_DOCUMENT_CONTROL (self), NULL);

  return FIELD (self, PROP_VERSION);
}

const char *
rampart_document_control_get_owner (RampartDocumentControl *self)
{
  g_return_val_if_fail (RAMPART_IS_DOCUMENT_CONTROL (self), NULL);

  return FIELD (self, PROP_OWNER);
}

const char *
rampart_document_control_get_approver (RampartDocumentControl *self)
{
  g_return_val_if_fail (RAMPART_IS_DOCUMENT_CONTROL (self), NULL);

  return FIELD (self, PROP_APPROVER);
}

const char *
rampart_document_control_get_approved_on (RampartDocumentControl *self)
{
  g_return_val_if_fail (RAMPART_IS_DOCUMENT_CONTROL (self), NULL);

  return FIELD (self, PROP_APPROVED_ON);
}

const char *
rampart_document_control_get_next_review (RampartDocumentControl *self)
{
  g_return_val_if_fail (RAMPART_IS_DOCUMENT_CONTROL (self), NULL);

  return FIELD (self, PROP_NEXT_REVIEW);
}
