/* rampart-accept-dialog.h: the risk owner accepts the residual risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_ACCEPT_DIALOG (rampart_accept_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RampartAcceptDialog, rampart_accept_dialog, RAMPART, ACCEPT_DIALOG, AdwMessageDialog)

GtkWidget *rampart_accept_dialog_new (GtkWindow        *parent,
                                      RampartWorkspace *workspace,
                                      RampartRisk      *risk);

G_END_DECLS
