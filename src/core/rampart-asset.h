/* rampart-asset.h: an asset of the organisation (Annex A 5.9)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_ASSET (rampart_asset_get_type ())

G_DECLARE_FINAL_TYPE (RampartAsset, rampart_asset, RAMPART, ASSET, RampartRecord)

const char            *rampart_asset_get_name            (RampartAsset *self);
RampartAssetKind       rampart_asset_get_kind            (RampartAsset *self);
const char            *rampart_asset_get_owner           (RampartAsset *self);
const char            *rampart_asset_get_location        (RampartAsset *self);
RampartClassification  rampart_asset_get_classification  (RampartAsset *self);
RampartAssetValue      rampart_asset_get_confidentiality (RampartAsset *self);
RampartAssetValue      rampart_asset_get_integrity       (RampartAsset *self);
RampartAssetValue      rampart_asset_get_availability    (RampartAsset *self);
const char            *rampart_asset_get_description     (RampartAsset *self);
gboolean               rampart_asset_get_in_scope        (RampartAsset *self);

G_END_DECLS
