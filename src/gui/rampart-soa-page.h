/* rampart-soa-page.h: the Statement of Applicability (clause 6.1.3 d)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_SOA_PAGE (rampart_soa_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartSoaPage, rampart_soa_page, RAMPART, SOA_PAGE, RampartRecordPage)

G_END_DECLS
