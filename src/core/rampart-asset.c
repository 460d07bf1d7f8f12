/* rampart-asset.c: an asset of the organisation (Annex A 5.9)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-asset"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-asset.h"
#include "rampart-record-private.h"

/*
 * Annex A 5.9 asks for an inventory of information and other assets, each
 * with an owner. An asset is what a risk threatens: its value for
 * confidentiality, integrity and availability says how much a risk to it
 * matters.
 */

struct _RampartAsset
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartAsset, rampart_asset, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_OWNER,
  PROP_LOCATION,
  PROP_CLASSIFICATION,
  PROP_CONFIDENTIALITY,
  PROP_INTEGRITY,
  PROP_AVAILABILITY,
  PROP_DESCRIPTION,
  PROP_IN_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE asset SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_NAME] = STORE ("name"),
  [PROP_KIND] = STORE ("kind"),
  [PROP_OWNER] = STORE ("owner"),
  [PROP_LOCATION] = STORE ("location"),
  [PROP_CLASSIFICATION] = STORE ("classification"),
  [PROP_CONFIDENTIALITY] = STORE ("confidentiality"),
  [PROP_INTEGRITY] = STORE ("integrity"),
  [PROP_AVAILABILITY] = STORE ("availability"),
  [PROP_DESCRIPTION] = STORE ("description"),
  [PROP_IN_SCOPE] = STORE ("in_scope"),
};

static const RampartRecordTable table = {
  N_("asset"),
  "SELECT id, position, name, kind, owner, location, classification, confidentiality, integrity, availability, description, in_scope"
    " FROM asset ORDER BY position, id",
  "INSERT INTO asset (id, position, name, kind, owner, location, classification, confidentiality, integrity, availability, description, in_scope)"
    " VALUES (?1, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
  "DELETE FROM asset WHERE id = ?1",
  NULL,
};

static void
rampart_asset_class_init (RampartAssetClass *klass)
{
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  properties[PROP_NAME] = _rampart_field_text ("name", _("Name"), "");
  properties[PROP_KIND] = _rampart_field_enum ("kind", _("Type"),
                                               RAMPART_TYPE_ASSET_KIND, RAMPART_ASSET_INFORMATION);
  properties[PROP_OWNER] = _rampart_field_text ("owner", _("Owner"), "");
  properties[PROP_LOCATION] = _rampart_field_text ("location", _("Location"), "");
  properties[PROP_CLASSIFICATION] = _rampart_field_enum ("classification", _("Classification"),
                                                         RAMPART_TYPE_CLASSIFICATION, RAMPART_CLASSIFICATION_INTERNAL);
  properties[PROP_CONFIDENTIALITY] = _rampart_field_enum ("confidentiality", _("Confidentiality"),
                                                          RAMPART_TYPE_ASSET_VALUE, RAMPART_ASSET_VALUE_UNRATED);
  properties[PROP_INTEGRITY] = _rampart_field_enum ("integrity", _("Integrity"),
                                                    RAMPART_TYPE_ASSET_VALUE, RAMPART_ASSET_VALUE_UNRATED);
  properties[PROP_AVAILABILITY] = _rampart_field_enum ("availability", _("Availability"),
                                                       RAMPART_TYPE_ASSET_VALUE, RAMPART_ASSET_VALUE_UNRATED);
  properties[PROP_DESCRIPTION] = _rampart_field_text ("description", _("Description"), "");
  properties[PROP_IN_SCOPE] = _rampart_field_boolean ("in-scope", _("In scope"), TRUE);

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_asset_init (RampartAsset *self)
{
}

const char *
rampart_asset_get_name (RampartAsset *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_NAME);
}

RampartAssetKind
rampart_asset_get_kind (RampartAsset *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_KIND);
}

const char *
rampart_asset_get_owner (RampartAsset *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_OWNER);
}

const char *
rampart_asset_get_location (RampartAsset *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_LOCATION);
}

RampartClassification
rampart_asset_get_classification (RampartAsset *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_CLASSIFICATION);
}

RampartAssetValue
rampart_asset_get_confidentiality (RampartAsset *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_CONFIDENTIALITY);
}

RampartAssetValue
rampart_asset_get_integrity (RampartAsset *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_INTEGRITY);
}

RampartAssetValue
rampart_asset_get_availability (RampartAsset *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_AVAILABILITY);
}

const char *
rampart_asset_get_description (RampartAsset *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_DESCRIPTION);
}

gboolean
rampart_asset_get_in_scope (RampartAsset *self)
{
  return rampart_record_get_boolean (RAMPART_RECORD (self), PROP_IN_SCOPE);
}
