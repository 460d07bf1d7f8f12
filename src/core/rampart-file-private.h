/* rampart-file-private.h: replacing a file's contents atomically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean rampart_file_replace (GFile       *file,
                               GBytes      *contents,
                               const char  *etag,
                               char       **new_etag,
                               GError     **error);

G_END_DECLS
