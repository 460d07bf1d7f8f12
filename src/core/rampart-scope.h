/* rampart-scope.h: the scope statement of the ISMS (clause 4.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rampart-organisation.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_SCOPE (rampart_scope_get_type ())

G_DECLARE_FINAL_TYPE (RampartScope, rampart_scope, RAMPART, SCOPE, RampartRecord)

const char *rampart_scope_get_statement  (RampartScope        *self);
const char *rampart_scope_get_summary    (RampartScope        *self);

char       *rampart_scope_build_summary  (RampartOrganisation *organisation,
                                          GListModel          *items);

G_END_DECLS
