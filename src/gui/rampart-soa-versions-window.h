/* rampart-soa-versions-window.h: the issued versions of the Statement of Applicability, compared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_SOA_VERSIONS_WINDOW (rampart_soa_versions_window_get_type ())

G_DECLARE_FINAL_TYPE (RampartSoaVersionsWindow, rampart_soa_versions_window, RAMPART, SOA_VERSIONS_WINDOW, AdwWindow)

GtkWidget *rampart_soa_versions_window_new (RampartWorkspace *workspace);

G_END_DECLS
