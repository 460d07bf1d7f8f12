/* rampart-cli.h: headless commands (new, info)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the headless commands. */
#define RAMPART_EXIT_OK    0
#define RAMPART_EXIT_ERROR 1
#define RAMPART_EXIT_USAGE 2

gboolean rampart_cli_handles (int    argc,
                              char **argv);
int      rampart_cli_run     (int    argc,
                              char **argv);

G_END_DECLS
