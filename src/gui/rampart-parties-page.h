/* rampart-parties-page.h: the interested parties and their requirements (clause 4.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_PARTIES_PAGE (rampart_parties_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartPartiesPage, rampart_parties_page, RAMPART, PARTIES_PAGE, RampartRecordPage)

G_END_DECLS
