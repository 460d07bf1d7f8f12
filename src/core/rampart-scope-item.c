/* rampart-scope-item.c: one entry of the ISMS scope (clause 4.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-scope-item"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-record-private.h"
#include "rampart-scope-item.h"

/*
 * The scope names what the ISMS covers (locations, organisational units,
 * processes and services, information systems), what it leaves out and
 * why, and where it meets other organisations. Each of those is an entry:
 * a name and a detail, which for an exclusion is its justification.
 */

struct _RampartScopeItem
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartScopeItem, rampart_scope_item, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NAME,
  PROP_DETAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE scope_item SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_KIND] = STORE ("kind"),
  [PROP_NAME] = STORE ("name"),
  [PROP_DETAIL] = STORE ("detail"),
};

static const RampartRecordTable table = {
  N_("scope entry"),
  "SELECT id, position, kind, name, detail"
    " FROM scope_item ORDER BY position, id",
  "INSERT INTO scope_item (id, position, kind, name, detail)"
    " VALUES (?1, ?2, ?4, ?5, ?6)",
  "DELETE FROM scope_item WHERE id = ?1",
  NULL,
};

static void
rampart_scope_item_class_init (RampartScopeItemClass *klass)
{
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  properties[PROP_KIND] = _rampart_field_enum ("kind", _("Kind"),
                                               RAMPART_TYPE_SCOPE_ITEM_KIND, RAMPART_SCOPE_ITEM_LOCATION);
  properties[PROP_NAME] = _rampart_field_text ("name", _("Name"), "");
  properties[PROP_DETAIL] = _rampart_field_text ("detail", _("Detail"), "");

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_scope_item_init (RampartScopeItem *self)
{
}

RampartScopeItemKind
rampart_scope_item_get_kind (RampartScopeItem *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_KIND);
}

const char *
rampart_scope_item_get_name (RampartScopeItem *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_NAME);
}

const char *
rampart_scope_item_get_detail (RampartScopeItem *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_DETAIL);
}
