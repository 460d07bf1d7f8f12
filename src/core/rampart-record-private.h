/* rampart-record-private.h: what the workspace does with records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rampart-record.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

void _rampart_record_attach     (RampartRecord    *self,
                                 RampartWorkspace *workspace,
                                 const GValue     *key);
void _rampart_record_detach     (RampartRecord    *self);
void _rampart_record_load_value (RampartRecord    *self,
                                 guint             prop_id,
                                 sqlite3_stmt     *stmt,
                                 int               column);

G_END_DECLS
