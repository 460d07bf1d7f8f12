/* rampart-catalogue-private.h: the Annex A catalogue that every workspace holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define RAMPART_CATALOGUE_SOURCE_ANNEX_A "annex-a-2022"

GBytes   *rampart_core_lookup_data  (const char  *name,
                                     GError     **error);
gboolean  rampart_catalogue_install (sqlite3     *db,
                                     GError     **error);

G_END_DECLS
