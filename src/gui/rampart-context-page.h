/* rampart-context-page.h: the internal and external issues (clause 4.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_CONTEXT_PAGE (rampart_context_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartContextPage, rampart_context_page, RAMPART, CONTEXT_PAGE, RampartRecordPage)

G_END_DECLS
