/* rampart-assets-page.h: the asset inventory (Annex A 5.9)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_ASSETS_PAGE (rampart_assets_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartAssetsPage, rampart_assets_page, RAMPART, ASSETS_PAGE, RampartRecordPage)

G_END_DECLS
