/* rampart-interested-party.c: an interested party and its requirements (clause 4.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-interested-party"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-interested-party.h"
#include "rampart-record-private.h"
#include "rampart-requirement.h"

/*
 * Clause 4.2 asks who has a stake in the ISMS (customers, staff, regulators,
 * suppliers, owners…) and what they require of it. A party holds its
 * requirements as children: deleting the party deletes them, and undo
 * brings them all back.
 */

struct _RampartInterestedParty
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartInterestedParty, rampart_interested_party, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE interested_party SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_NAME] = STORE ("name"),
  [PROP_KIND] = STORE ("kind"),
  [PROP_DESCRIPTION] = STORE ("description"),
};

static const RampartRecordTable table = {
  N_("interested party"),
  "SELECT id, position, name, kind, description"
    " FROM interested_party ORDER BY position, id",
  "INSERT INTO interested_party (id, position, name, kind, description)"
    " VALUES (?1, ?2, ?4, ?5, ?6)",
  "DELETE FROM interested_party WHERE id = ?1",
  rampart_requirement_get_type,
};

static void
rampart_interested_party_class_init (RampartInterestedPartyClass *klass)
{
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  properties[PROP_NAME] = _rampart_field_text ("name", _("Name"), "");
  properties[PROP_KIND] = _rampart_field_enum ("kind", _("Kind"),
                                               RAMPART_TYPE_PARTY_KIND, RAMPART_PARTY_KIND_CUSTOMER);
  properties[PROP_DESCRIPTION] = _rampart_field_text ("description", _("Why they matter"), "");

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_interested_party_init (RampartInterestedParty *self)
{
}

const char *
rampart_interested_party_get_name (RampartInterestedParty *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_NAME);
}

RampartPartyKind
rampart_interested_party_get_kind (RampartInterestedParty *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_KIND);
}

const char *
rampart_interested_party_get_description (RampartInterestedParty *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_DESCRIPTION);
}

/**
 * rampart_interested_party_get_requirements:
 * @self: a #RampartInterestedParty
 *
 * Returns: (transfer none): the party's requirements, a list of
 *   #RampartRequirement
 */
RampartRecordList *
rampart_interested_party_get_requirements (RampartInterestedParty *self)
{
  g_return_val_if_fail (RAMPART_IS_INTERESTED_PARTY (self), NULL);

  return rampart_record_get_children (RAMPART_RECORD (self));
}
