/* rampart-risk-method-private.h: the risk method in the workspace file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rampart-risk-method.h"

G_BEGIN_DECLS

RampartRiskMethod *_rampart_risk_method_load  (sqlite3            *db,
                                               GError            **error);
gboolean           _rampart_risk_method_store (sqlite3            *db,
                                               RampartRiskMethod  *self,
                                               GError            **error);

G_END_DECLS
