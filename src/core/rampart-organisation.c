/* rampart-organisation.c: the organisation profile of a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-organisation"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-organisation.h"
#include "rampart-record-private.h"
#include "rampart-workspace-private.h"

struct _RampartOrganisation
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartOrganisation, rampart_organisation, RAMPART_TYPE_RECORD)

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
static const char * const store_sql[N_PROPS] = {
  [PROP_NAME] = "UPDATE organisation SET name = ?1 WHERE id = ?2",
  [PROP_LEGAL_NAME] = "UPDATE organisation SET legal_name = ?1 WHERE id = ?2",
  [PROP_ADDRESS] = "UPDATE organisation SET address = ?1 WHERE id = ?2",
  [PROP_SECTOR] = "UPDATE organisation SET sector = ?1 WHERE id = ?2",
  [PROP_STAFF_COUNT] = "UPDATE organisation SET staff_count = ?1 WHERE id = ?2",
  [PROP_ISMS_MANAGER] = "UPDATE organisation SET isms_manager = ?1 WHERE id = ?2",
  [PROP_SPONSOR] = "UPDATE organisation SET sponsor = ?1 WHERE id = ?2",
};

static void
rampart_organisation_class_init (RampartOrganisationClass *klass)
{
  /* The nicks name the fields in undo labels, so they are translated. */
  properties[PROP_NAME] = _rampart_field_text ("name", _("Name"), "");
  properties[PROP_LEGAL_NAME] = _rampart_field_text ("legal-name", _("Legal name"), "");
  properties[PROP_ADDRESS] = _rampart_field_text ("address", _("Address"), "");
  properties[PROP_SECTOR] = _rampart_field_text ("sector", _("Sector"), "");
  properties[PROP_STAFF_COUNT] =
    g_param_spec_uint ("staff-count", _("Number of staff"), NULL,
                       0, 1000000, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_NAME |
                       G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ISMS_MANAGER] = _rampart_field_text ("isms-manager", _("ISMS manager"), "");
  properties[PROP_SPONSOR] = _rampart_field_text ("sponsor", _("Top-management sponsor"), "");

  rampart_record_class_install (RAMPART_RECORD_CLASS (klass), N_PROPS, properties, store_sql);
}

static void
rampart_organisation_init (RampartOrganisation *self)
{
}

RampartOrganisation *
_rampart_organisation_load (RampartWorkspace  *workspace,
                            GError           **error)
{
  return RAMPART_ORGANISATION (_rampart_record_load_singleton (RAMPART_TYPE_ORGANISATION, workspace,
                                                               "SELECT name, legal_name, address, sector, staff_count,"
                                                               "       isms_manager, sponsor"
                                                               " FROM organisation WHERE id = 1",
                                                               error));
}

const char *
rampart_organisation_get_name (RampartOrganisation *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_NAME);
}

const char *
rampart_organisation_get_legal_name (RampartOrganisation *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_LEGAL_NAME);
}

const char *
rampart_organisation_get_address (RampartOrganisation *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_ADDRESS);
}

const char *
rampart_organisation_get_sector (RampartOrganisation *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_SECTOR);
}

guint
rampart_organisation_get_staff_count (RampartOrganisation *self)
{
  return rampart_record_get_uint (RAMPART_RECORD (self), PROP_STAFF_COUNT);
}

const char *
rampart_organisation_get_isms_manager (RampartOrganisation *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_ISMS_MANAGER);
}

const char *
rampart_organisation_get_sponsor (RampartOrganisation *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_SPONSOR);
}
