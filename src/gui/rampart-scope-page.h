/* rampart-scope-page.h: the scope of the ISMS (clause 4.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_SCOPE_PAGE (rampart_scope_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartScopePage, rampart_scope_page, RAMPART, SCOPE_PAGE, RampartRecordPage)

G_END_DECLS
