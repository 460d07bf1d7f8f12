/* rampart-db-private.h: small helpers around sqlite3 for the core layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

sqlite3_stmt *rampart_db_prepare     (sqlite3      *db,
                                      const char   *sql,
                                      GError      **error);
gboolean      rampart_db_exec        (sqlite3      *db,
                                      const char   *sql,
                                      GError      **error);
gboolean      rampart_db_step_done   (sqlite3_stmt *stmt,
                                      GError      **error);
gboolean      rampart_db_query_int   (sqlite3      *db,
                                      const char   *sql,
                                      gint64       *out_value,
                                      GError      **error);
void          rampart_db_set_error   (GError      **error,
                                      sqlite3      *db,
                                      int           rc);
const char   *rampart_db_column_text (sqlite3_stmt *stmt,
                                      int           column);
void          rampart_db_bind_value  (sqlite3_stmt *stmt,
                                      int           index,
                                      const GValue *value);

G_END_DECLS
