/* rampart-role.c: a role of the ISMS with its responsibilities and authorities (clause 5.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-role"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-record-private.h"
#include "rampart-role.h"
#include "rampart-workspace-private.h"

/*
 * Clause 5.3 asks top management to assign the responsibilities and
 * authorities of the roles that matter to information security. Two roles
 * exist in every workspace: the ISMS manager and the top-management
 * sponsor. Their holders are the people named in the organisation profile,
 * so that the profile and this list can never disagree: editing the holder
 * of either role edits the profile, and the other way round. Neither of
 * the two can be deleted.
 */

struct _RampartRole
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartRole, rampart_role, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_NAME,
  PROP_HOLDER,
  PROP_DEPUTY,
  PROP_RESPONSIBILITIES,
  PROP_AUTHORITIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE role SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_NAME] = STORE ("name"),
  [PROP_HOLDER] = STORE ("holder"),
  [PROP_DEPUTY] = STORE ("deputy"),
  [PROP_RESPONSIBILITIES] = STORE ("responsibilities"),
  [PROP_AUTHORITIES] = STORE ("authorities"),
};

static const RampartRecordTable table = {
  N_("role"),
  "SELECT id, position, source, name, holder, deputy, responsibilities, authorities"
    " FROM role ORDER BY position, id",
  "INSERT INTO role (id, position, source, name, holder, deputy, responsibilities, authorities)"
    " VALUES (?1, ?2, ?4, ?5, ?6, ?7, ?8, ?9)",
  "DELETE FROM role WHERE id = ?1",
  NULL,
};

/* The organisation profile's field that holds this role's holder, if any. */
static const char *
profile_field (RampartRole *self)
{
  switch (rampart_role_get_source (self))
    {
    case RAMPART_ROLE_SOURCE_ISMS_MANAGER:
      return "isms-manager";
    case RAMPART_ROLE_SOURCE_SPONSOR:
      return "sponsor";
    case RAMPART_ROLE_SOURCE_NONE:
    default:
      return NULL;
    }
}

static RampartOrganisation *
get_organisation (RampartRole *self)
{
  RampartWorkspace *workspace = _rampart_record_get_workspace (RAMPART_RECORD (self));

  return workspace != NULL ? rampart_workspace_get_organisation (workspace) : NULL;
}

static void
rampart_role_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RampartRole *self = RAMPART_ROLE (object);

  if (prop_id == PROP_HOLDER && profile_field (self) != NULL)
    g_value_set_string (value, rampart_role_get_holder (self));
  else
    _rampart_record_get_property (object, prop_id, value, pspec);
}

static void
rampart_role_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RampartRole *self = RAMPART_ROLE (object);
  RampartOrganisation *organisation = get_organisation (self);

  /* The profile records the edit for undo; its notification comes back here. */
  if (prop_id == PROP_HOLDER && profile_field (self) != NULL && organisation != NULL)
    {
      if (!rampart_record_is_deleted (RAMPART_RECORD (self)))
        g_object_set_property (G_OBJECT (organisation), profile_field (self), value);
      return;
    }

  _rampart_record_set_property (object, prop_id, value, pspec);
}

static void
profile_changed_cb (RampartRole *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOLDER]);
}

static void
rampart_role_attached (RampartRecord *record)
{
  RampartRole *self = RAMPART_ROLE (record);
  g_autofree char *signal = NULL;

  if (profile_field (self) == NULL)
    return;

  signal = g_strconcat ("notify::", profile_field (self), NULL);
  g_signal_connect_object (get_organisation (self), signal, G_CALLBACK (profile_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static char *
rampart_role_dup_title (RampartRecord *record)
{
  return g_strdup (rampart_role_get_name (RAMPART_ROLE (record)));
}

static gboolean
rampart_role_can_delete (RampartRecord *record)
{
  return rampart_role_get_source (RAMPART_ROLE (record)) == RAMPART_ROLE_SOURCE_NONE;
}

static void
rampart_role_class_init (RampartRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  object_class->get_property = rampart_role_get_property;
  object_class->set_property = rampart_role_set_property;
  record_class->attached = rampart_role_attached;
  record_class->dup_title = rampart_role_dup_title;
  record_class->can_delete = rampart_role_can_delete;

  /* Set when the workspace is made, never edited. */
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, RAMPART_TYPE_ROLE_SOURCE, RAMPART_ROLE_SOURCE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = _rampart_field_text ("name", _("Role"), "");
  properties[PROP_HOLDER] = _rampart_field_text ("holder", _("Holder"), "");
  properties[PROP_DEPUTY] = _rampart_field_text ("deputy", _("Deputy"), "");
  properties[PROP_RESPONSIBILITIES] = _rampart_field_text ("responsibilities", _("Responsibilities"), "");
  properties[PROP_AUTHORITIES] = _rampart_field_text ("authorities", _("Authorities"), "");

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_role_init (RampartRole *self)
{
}

/**
 * rampart_role_get_source:
 * @self: a #RampartRole
 *
 * Returns: whether the role's holder is kept in the organisation profile
 */
RampartRoleSource
rampart_role_get_source (RampartRole *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_SOURCE);
}

const char *
rampart_role_get_name (RampartRole *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_NAME);
}

/**
 * rampart_role_get_holder:
 * @self: a #RampartRole
 *
 * Returns: (transfer none): the person who holds the role; for the ISMS
 *   manager and the sponsor, the one named in the organisation profile
 */
const char *
rampart_role_get_holder (RampartRole *self)
{
  RampartOrganisation *organisation = get_organisation (self);

  switch (rampart_role_get_source (self))
    {
    case RAMPART_ROLE_SOURCE_ISMS_MANAGER:
      if (organisation != NULL)
        return rampart_organisation_get_isms_manager (organisation);
      break;

    case RAMPART_ROLE_SOURCE_SPONSOR:
      if (organisation != NULL)
        return rampart_organisation_get_sponsor (organisation);
      break;

    case RAMPART_ROLE_SOURCE_NONE:
    default:
      break;
    }

  return rampart_record_get_string (RAMPART_RECORD (self), PROP_HOLDER);
}

const char *
rampart_role_get_deputy (RampartRole *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_DEPUTY);
}

const char *
rampart_role_get_responsibilities (RampartRole *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_RESPONSIBILITIES);
}

const char *
rampart_role_get_authorities (RampartRole *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_AUTHORITIES);
}
