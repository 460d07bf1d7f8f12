/* rampart-gui-utils.h: small helpers shared by the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char *rampart_format_folder (GFile *file);

G_END_DECLS
