/* rampart-organisation.c: the organisation profile of a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-organisation"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-organisation.h"
#include "rampart-workspace-private.h"

struct _RampartOrganisation
{
  GObject           parent_instance;

  /* Borrowed: the workspace owns its profile and detaches it on dispose. */
  RampartWorkspace *workspace;

  char             *name;
  char             *legal_name;
  char             *address;
  char             *sector;
  guint             staff_count;
  char             *isms_manager;
  char             *sponsor;
};

G_DEFINE_FINAL_TYPE (RampartOrganisation, rampart_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_LEGAL_NAME,
  PROP_ADDRESS,
  PROP_SECTOR,
  PROP_STAFF_COUNT,
  PROP_ISMS_MANAGER,
  PROP_SPONSOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One statement per field: column names cannot be bound parameters. */
static const char * const update_sql[N_PROPS] = {
  [PROP_NAME] = "UPDATE organisation SET name = ?1 WHERE id = ?2",
  [PROP_LEGAL_NAME] = "UPDATE organisation SET legal_name = ?1 WHERE id = ?2",
  [PROP_ADDRESS] = "UPDATE organisation SET address = ?1 WHERE id = ?2",
  [PROP_SECTOR] = "UPDATE organisation SET sector = ?1 WHERE id = ?2",
  [PROP_STAFF_COUNT] = "UPDATE organisation SET staff_count = ?1 WHERE id = ?2",
  [PROP_ISMS_MANAGER] = "UPDATE organisation SET isms_manager = ?1 WHERE id = ?2",
  [PROP_SPONSOR] = "UPDATE organisation SET sponsor = ?1 WHERE id = ?2",
};

static char **
text_field (RampartOrganisation *self,
            guint                prop_id)
{
  switch (prop_id)
    {
    case PROP_NAME:         return &self->name;
    case PROP_LEGAL_NAME:   return &self->legal_name;
    case PROP_ADDRESS:      return &self->address;
    case PROP_SECTOR:       return &self->sector;
    case PROP_ISMS_MANAGER: return &self->isms_manager;
    case PROP_SPONSOR:      return &self->sponsor;
    default:                return NULL;
    }
}

/*
 * Every edit goes to the working copy at once, is recorded for undo, and
 * schedules an autosave through the workspace.
 */
static void
store (RampartOrganisation *self,
       guint                prop_id,
       const GValue        *value)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) key = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  GParamSpec *pspec = properties[prop_id];
  char **text = text_field (self, prop_id);

  g_value_init (&old_value, pspec->value_type);
  g_object_get_property (G_OBJECT (self), pspec->name, &old_value);
  if (g_param_values_cmp (pspec, &old_value, value) == 0)
    return;

  g_value_init (&key, G_TYPE_INT64);
  g_value_set_int64 (&key, 1);
  if (self->workspace != NULL &&
      !_rampart_workspace_write_value (self->workspace, update_sql[prop_id], &key, value, &error))
    {
      g_warning ("Could not store %s: %s", pspec->name, error->message);
      return;
    }

  if (text != NULL)
    {
      g_free (*text);
      *text = g_value_dup_string (value);
      if (*text == NULL)
        *text = g_strdup ("");
    }
  else
    {
      self->staff_count = g_value_get_uint (value);
    }

  if (self->workspace != NULL)
    _rampart_workspace_record_change (self->workspace, G_OBJECT (self), pspec,
                                      &old_value, value);

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
rampart_organisation_finalize (GObject *object)
{
  RampartOrganisation *self = RAMPART_ORGANISATION (object);

  g_free (self->name);
  g_free (self->legal_name);
  g_free (self->address);
  g_free (self->sector);
  g_free (self->isms_manager);
  g_free (self->sponsor);

  G_OBJECT_CLASS (rampart_organisation_parent_class)->finalize (object);
}

static void
rampart_organisation_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RampartOrganisation *self = RAMPART_ORGANISATION (object);
  char **text = text_field (self, prop_id);

  if (text != NULL)
    g_value_set_string (value, *text);
  else if (prop_id == PROP_STAFF_COUNT)
    g_value_set_uint (value, self->staff_count);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rampart_organisation_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RampartOrganisation *self = RAMPART_ORGANISATION (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    store (self, prop_id, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
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
rampart_organisation_class_init (RampartOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rampart_organisation_finalize;
  object_class->get_property = rampart_organisation_get_property;
  object_class->set_property = rampart_organisation_set_property;

  /* The nicks name the fields in undo labels, so they are translated. */
  properties[PROP_NAME] = text_property ("name", _("Name"));
  properties[PROP_LEGAL_NAME] = text_property ("legal-name", _("Legal name"));
  properties[PROP_ADDRESS] = text_property ("address", _("Address"));
  properties[PROP_SECTOR] = text_property ("sector", _("Sector"));
  properties[PROP_STAFF_COUNT] =
    g_param_spec_uint ("staff-count", _("Number of staff"), NULL,
                       0, 1000000, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_NAME |
                       G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ISMS_MANAGER] = text_property ("isms-manager", _("ISMS manager"));
  properties[PROP_SPONSOR] = text_property ("sponsor", _("Top-management sponsor"));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rampart_organisation_init (RampartOrganisation *self)
{
  self->name = g_strdup ("");
  self->legal_name = g_strdup ("");
  self->address = g_strdup ("");
  self->sector = g_strdup ("");
  self->isms_manager = g_strdup ("");
  self->sponsor = g_strdup ("");
}

RampartOrganisation *
_rampart_organisation_load (RampartWorkspace  *workspace,
                            GError           **error)
{
  g_autoptr(RampartOrganisation) self = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = _rampart_workspace_get_db (workspace);
  int rc;

  stmt = rampart_db_prepare (db,
                             "SELECT name, legal_name, address, sector, staff_count,"
                             "       isms_manager, sponsor"
                             " FROM organisation WHERE id = 1",
                             error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      /* A workspace always has its profile row: without it, it is damaged. */
      rampart_db_set_error (error, db, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc);
      return NULL;
    }

  self = g_object_new (RAMPART_TYPE_ORGANISATION, NULL);
  g_free (self->name);
  g_free (self->legal_name);
  g_free (self->address);
  g_free (self->sector);
  g_free (self->isms_manager);
  g_free (self->sponsor);
  self->name = g_strdup (rampart_db_column_text (stmt, 0));
  self->legal_name = g_strdup (rampart_db_column_text (stmt, 1));
  self->address = g_strdup (rampart_db_column_text (stmt, 2));
  self->sector = g_strdup (rampart_db_column_text (stmt, 3));
  self->staff_count = (guint) CLAMP (sqlite3_column_int64 (stmt, 4), 0, 1000000);
  self->isms_manager = g_strdup (rampart_db_column_text (stmt, 5));
  self->sponsor = g_strdup (rampart_db_column_text (stmt, 6));
  self->workspace = workspace;

  return g_steal_pointer (&self);
}

void
_rampart_organisation_detach (RampartOrganisation *self)
{
  self->workspace = NULL;
}

const char *
rampart_organisation_get_name (RampartOrganisation *self)
{
  g_return_val_if_fail (RAMPART_IS_ORGANISATION (self), NULL);

  return self->name;
}

const char *
rampart_organisation_get_legal_name (RampartOrganisation *self)
{
  g_return_val_if_fail (RAMPART_IS_ORGANISATION (self), NULL);

  return self->legal_name;
}

const char *
rampart_organisation_get_address (RampartOrganisation *self)
{
  g_return_val_if_fail (RAMPART_IS_ORGANISATION (self), NULL);

  return self->address;
}

const char *
rampart_organisation_get_sector (RampartOrganisation *self)
{
  g_return_val_if_fail (RAMPART_IS_ORGANISATION (self), NULL);

  return self->sector;
}

guint
rampart_organisation_get_staff_count (RampartOrganisation *self)
{
  g_return_val_if_fail (RAMPART_IS_ORGANISATION (self), 0);

  return self->staff_count;
}

const char *
rampart_organisation_get_isms_manager (RampartOrganisation *self)
{
  g_return_val_if_fail (RAMPART_IS_ORGANISATION (self), NULL);

  return self->isms_manager;
}

const char *
rampart_organisation_get_sponsor (RampartOrganisation *self)
{
  g_return_val_if_fail (RAMPART_IS_ORGANISATION (self), NULL);

  return self->sponsor;
}
