/* rampart-method-window.h: the editor of the risk method (clause 6.1.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_METHOD_WINDOW (rampart_method_window_get_type ())

G_DECLARE_FINAL_TYPE (RampartMethodWindow, rampart_method_window, RAMPART, METHOD_WINDOW, AdwWindow)

RampartMethodWindow *rampart_method_window_new        (GtkWindow           *parent,
                                                       RampartWorkspace    *workspace);
RampartRiskMethod   *rampart_method_window_get_method (RampartMethodWindow *self);

G_END_DECLS
