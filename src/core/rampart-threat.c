/* rampart-threat.c: a threat of the catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-threat"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-record-private.h"
#include "rampart-threat.h"

/*
 * What could harm an asset: a person, an accident, a failure, an event of
 * nature. Rampart starts every workspace with a catalogue written for small
 * organisations ("builtin"); people add their own.
 */

struct _RampartThreat
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartThreat, rampart_threat, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_BUILTIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE threat SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_NAME] = STORE ("name"),
  [PROP_CATEGORY] = STORE ("category"),
  [PROP_DESCRIPTION] = STORE ("description"),
};

static const RampartRecordTable table = {
  N_("threat"),
  "SELECT id, position, name, category, description, builtin"
    " FROM threat ORDER BY position, id",
  "INSERT INTO threat (id, position, name, category, description, builtin)"
    " VALUES (?1, ?2, ?4, ?5, ?6, ?7)",
  "DELETE FROM threat WHERE id = ?1",
  NULL,
};

static void
rampart_threat_class_init (RampartThreatClass *klass)
{
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  properties[PROP_NAME] = _rampart_field_text ("name", _("Name"), "");
  properties[PROP_CATEGORY] = _rampart_field_text ("category", _("Category"), "");
  properties[PROP_DESCRIPTION] = _rampart_field_text ("description", _("Description"), "");
  /* Set when the workspace is made, never edited. */
  properties[PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_threat_init (RampartThreat *self)
{
}

const char *
rampart_threat_get_name (RampartThreat *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_NAME);
}

const char *
rampart_threat_get_category (RampartThreat *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_CATEGORY);
}

const char *
rampart_threat_get_description (RampartThreat *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_DESCRIPTION);
}

gboolean
rampart_threat_get_builtin (RampartThreat *self)
{
  return rampart_record_get_boolean (RAMPART_RECORD (self), PROP_BUILTIN);
}
