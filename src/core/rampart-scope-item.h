/* rampart-scope-item.h: one entry of the ISMS scope (clause 4.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_SCOPE_ITEM (  rampart_scope_item_get_type   ())

G_DECLARE_FINAL_TYPE (RampartScopeItem, rampart_scope_item, RAMPART, SCOPE_ITEM, RampartRecord)

RampartScopeItemKind  rampart_scope_item_get_kind   (RampartScopeItem *self);
const char           *rampart_scope_item_get_name   (RampartScopeItem *self);
const char           *rampart_scope_item_get_detail (RampartScopeItem *self);

G_END_DECLS
