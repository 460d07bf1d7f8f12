/* rampart-checks.h: what a workspace still lacks, clause by clause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-finding.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

GListModel *rampart_check_context_issues     (RampartWorkspace *workspace);
GListModel *rampart_check_interested_parties (RampartWorkspace *workspace);
GListModel *rampart_check_scope              (RampartWorkspace *workspace);
GListModel *rampart_check_context            (RampartWorkspace *workspace);
GListModel *rampart_check_soa                (RampartWorkspace *workspace);
GListModel *rampart_check_policies           (RampartWorkspace *workspace,
                                              const char       *today);
GListModel *rampart_check_risks              (RampartWorkspace *workspace,
                                              const char       *today);

G_END_DECLS
