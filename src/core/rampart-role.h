/* rampart-role.h: a role of the ISMS with its responsibilities and authorities (clause 5.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_ROLE (rampart_role_get_type ())

G_DECLARE_FINAL_TYPE (RampartRole, rampart_role, RAMPART, ROLE, RampartRecord)

RampartRoleSource  rampart_role_get_source           (RampartRole *self);
const char        *rampart_role_get_name             (RampartRole *self);
const char        *rampart_role_get_holder           (RampartRole *self);
const char        *rampart_role_get_deputy           (RampartRole *self);
const char        *rampart_role_get_responsibilities (RampartRole *self);
const char        *rampart_role_get_authorities      (RampartRole *self);

G_END_DECLS
