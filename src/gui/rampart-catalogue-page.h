/* rampart-catalogue-page.h: the threats and vulnerabilities that risks are built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_CATALOGUE_PAGE (rampart_catalogue_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartCataloguePage, rampart_catalogue_page, RAMPART, CATALOGUE_PAGE, RampartRecordPage)

G_END_DECLS
