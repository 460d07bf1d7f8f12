/* rampart-roles-page.h: roles, responsibilities and authorities (clause 5.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_ROLES_PAGE (rampart_roles_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartRolesPage, rampart_roles_page, RAMPART, ROLES_PAGE, RampartRecordPage)

G_END_DECLS
