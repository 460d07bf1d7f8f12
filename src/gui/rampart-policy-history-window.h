/* rampart-policy-history-window.h: a policy's revisions, each as it was approved, and what changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_POLICY_HISTORY_WINDOW (rampart_policy_history_window_get_type ())

G_DECLARE_FINAL_TYPE (RampartPolicyHistoryWindow, rampart_policy_history_window, RAMPART, POLICY_HISTORY_WINDOW,
                      AdwWindow)

GtkWidget *rampart_policy_history_window_new (GtkWindow        *parent,
                                              RampartWorkspace *workspace,
                                              RampartPolicy    *policy);

G_END_DECLS
