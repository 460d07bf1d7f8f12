/* rampart-db.c: small helpers around sqlite3 for the core layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-db"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-workspace.h"

/*
 * Any failure below the workspace is reported in the workspace's error
 * domain: corruption is the one a person can act on (open a backup), the
 * rest are programming errors that should never reach a user.
 */
void
rampart_db_set_error (GError  **error,
                      sqlite3  *db,
                      int       rc)
{
  int primary = rc & 0xff;

  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_DAMAGED,
                 _("The workspace is damaged (%s). Open a backup copy instead."),
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  else
    g_set_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_FAILED,
                 _("Internal database error: %s"),
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

sqlite3_stmt *
rampart_db_prepare (sqlite3     *db,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      rampart_db_set_error (error, db, rc);
      return NULL;
    }

  return stmt;
}

void
rampart_cached_statement_release (RampartCachedStatement *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* Runs a static script of statements; never used with text from outside. */
gboolean
rampart_db_exec (sqlite3     *db,
                 const char  *sql,
                 GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      rampart_db_set_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

gboolean
rampart_db_step_done (sqlite3_stmt  *stmt,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      rampart_db_set_error (error, sqlite3_db_handle (stmt), rc);
      return FALSE;
    }

  return TRUE;
}

gboolean
rampart_db_query_int (sqlite3     *db,
                      const char  *sql,
                      gint64      *out_value,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rampart_db_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      rampart_db_set_error (error, db, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc);
      return FALSE;
    }

  *out_value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* sqlite3_column_text() returns NULL for SQL NULL; records never hold NULL text. */
const char *
rampart_db_column_text (sqlite3_stmt *stmt,
                        int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? (const char *) text : "";
}

/*
 * Binds a field's value. A choice (an enumeration) is stored by its nick,
 * so that the file stays readable and independent of the values' order.
 */
void
rampart_db_bind_value (sqlite3_stmt *stmt,
                       int           index,
                       const GValue *value)
{
  if (G_VALUE_HOLDS_ENUM (value))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (G_VALUE_TYPE (value));
      GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_enum (value));

      g_return_if_fail (enum_value != NULL);
      sqlite3_bind_text (stmt, index, enum_value->value_nick, -1, SQLITE_STATIC);
      return;
    }

  switch (G_VALUE_TYPE (value))
    {
    case G_TYPE_STRING:
      sqlite3_bind_text (stmt, index, g_value_get_string (value) != NULL ? g_value_get_string (value) : "",
                         -1, SQLITE_TRANSIENT);
      break;

    case G_TYPE_UINT:
      sqlite3_bind_int64 (stmt, index, g_value_get_uint (value));
      break;

    case G_TYPE_INT:
      sqlite3_bind_int64 (stmt, index, g_value_get_int (value));
      break;

    case G_TYPE_INT64:
      /* An int64 field is a link to another record: 0, none, is NULL. */
      if (g_value_get_int64 (value) != 0)
        sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      else
        sqlite3_bind_null (stmt, index);
      break;

    case G_TYPE_BOOLEAN:
      sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
      break;

    default:
      g_return_if_reached ();
    }
}
