/* rampart-db-private.h: small helpers around sqlite3 for the core layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/*
 * A statement borrowed from a cache of prepared statements: reset, with its
 * parameters cleared, when it goes out of scope, and never finalized by the
 * borrower. For SQL that runs once per record.
 */
typedef sqlite3_stmt RampartCachedStatement;

void          rampart_cached_statement_release (RampartCachedStatement *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RampartCachedStatement, rampart_cached_statement_release)

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
