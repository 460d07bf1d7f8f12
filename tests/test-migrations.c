/* test-migrations.c: bringing older workspaces up to date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "rampart-db-private.h"
#include "rampart-schema-private.h"
#include "rampart-test-utils.h"
#include "rampart-workspace.h"

static sqlite3 *
open_memory (void)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (rampart_db_exec (db, "PRAGMA foreign_keys = ON", NULL));
  return db;
}

static gint64
query (sqlite3    *db,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = -1;

  g_assert_true (rampart_db_query_int (db, sql, &value, &error));
  g_assert_no_error (error);
  return value;
}

static gboolean
fail_apply (sqlite3  *db,
            GError  **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "step failed on purpose");
  return FALSE;
}

static const RampartMigration steps[] = {
  { 1, "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;", NULL },
  { 2, "INSERT INTO item (name) VALUES ('two');", NULL },
  { 3, "ALTER TABLE item ADD COLUMN size INTEGER NOT NULL DEFAULT 3;", NULL },
};

static void
test_in_order (void)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_memory ();

  g_assert_true (rampart_schema_migrate (db, steps, G_N_ELEMENTS (steps), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (query (db, "PRAGMA application_id"), ==, RAMPART_APPLICATION_ID);
  g_assert_cmpint (query (db, "SELECT size FROM item WHERE name = 'two'"), ==, 3);

  /* Already current: nothing runs again. */
  g_assert_true (rampart_schema_migrate (db, steps, G_N_ELEMENTS (steps), &error));
  g_assert_cmpint (query (db, "SELECT count(*) FROM item"), ==, 1);
  sqlite3_close (db);
}

static void
test_resumes (void)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_memory ();

  /* A version-1 file, then the steps since: step 1 must not run twice. */
  g_assert_true (rampart_schema_migrate (db, steps, 1, &error));
  g_assert_cmpint (query (db, "PRAGMA user_version"), ==, 1);
  g_assert_true (rampart_db_exec (db, "INSERT INTO item (name) VALUES ('one')", NULL));

  g_assert_true (rampart_schema_migrate (db, steps, G_N_ELEMENTS (steps), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (query (db, "SELECT count(*) FROM item WHERE size = 3"), ==, 2);
  sqlite3_close (db);
}

static void
test_failure_rolls_back (void)
{
  static const RampartMigration failing[] = {
    { 1, "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;", NULL },
    { 2, "INSERT INTO item (name) VALUES ('two');", NULL },
    { 3, "ALTER TABLE no_such_table ADD COLUMN size INTEGER;", NULL },
  };
  static const RampartMigration failing_code[] = {
    { 1, "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;", NULL },
    { 2, "INSERT INTO item (name) VALUES ('two');", fail_apply },
  };
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_memory ();

  g_assert_true (rampart_schema_migrate (db, failing, 1, &error));

  /* Step 2 ran, step 3 failed: the whole migration is undone. */
  g_assert_false (rampart_schema_migrate (db, failing, G_N_ELEMENTS (failing), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (query (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query (db, "SELECT count(*) FROM item"), ==, 0);

  g_assert_false (rampart_schema_migrate (db, failing_code, G_N_ELEMENTS (failing_code), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpint (query (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query (db, "SELECT count(*) FROM item"), ==, 0);
  sqlite3_close (db);
}

static void
test_broken_links_roll_back (void)
{
  static const RampartMigration orphaning[] = {
    { 1, "CREATE TABLE parent (id INTEGER PRIMARY KEY) STRICT;"
         "CREATE TABLE child (parent_id INTEGER REFERENCES parent (id)) STRICT;", NULL },
    /* A table rebuild done carelessly would leave a child without its parent. */
    { 2, "PRAGMA defer_foreign_keys = ON; INSERT INTO child VALUES (42);", NULL },
  };
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_memory ();

  g_assert_false (rampart_schema_migrate (db, orphaning, G_N_ELEMENTS (orphaning), &error));
  g_assert_nonnull (error);
  g_assert_cmpint (query (db, "PRAGMA user_version"), ==, 0);
  sqlite3_close (db);
}

static void
test_version_1_file (void)
{
  g_autofree char *dir = rampart_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.isms", NULL);
  g_autoptr(GBytes) original = rampart_test_read (g_test_get_filename (G_TEST_DIST, "data",
                                                                       "workspace-v1.isms", NULL));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  rampart_test_write (path, g_bytes_get_data (original, NULL), g_bytes_get_size (original));

  /* A file written by the first release opens with everything it held... */
  workspace = rampart_workspace_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rampart_workspace_get_schema_version (workspace), ==,
                   rampart_schema_get_current_version ());
  g_assert_cmpstr (rampart_organisation_get_name (rampart_workspace_get_organisation (workspace)),
                   ==, "Kestrel Data");
  g_assert_cmpuint (g_list_model_get_n_items (rampart_workspace_get_controls (workspace)), ==, 93);

  /* Version 3 added the context, the scope and the roles: empty, but for the profile's two roles. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_context_issues (workspace))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_interested_parties (workspace))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_scope_items (workspace))), ==, 0);
  g_assert_cmpstr (rampart_scope_get_statement (rampart_workspace_get_scope (workspace)), ==, "");
  {
    GListModel *roles = G_LIST_MODEL (rampart_workspace_get_roles (workspace));
    g_autoptr(RampartRole) manager = g_list_model_get_item (roles, 0);
    g_autoptr(RampartRole) sponsor = g_list_model_get_item (roles, 1);

    g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
    g_assert_cmpint (rampart_role_get_source (manager), ==, RAMPART_ROLE_SOURCE_ISMS_MANAGER);
    g_assert_cmpstr (rampart_role_get_holder (manager), ==,
                     rampart_organisation_get_isms_manager (rampart_workspace_get_organisation (workspace)));
    g_assert_cmpint (rampart_role_get_source (sponsor), ==, RAMPART_ROLE_SOURCE_SPONSOR);
  }

  /* Version 4 added risk management: the default method, the starter catalogue, no assets or risks. */
  {
    RampartRiskMethod *method = rampart_workspace_get_risk_method (workspace);
    g_autoptr(RampartRiskMethod) fresh = rampart_risk_method_new_default ();

    g_assert_true (rampart_risk_method_equal (method, fresh));
    g_assert_cmpuint (rampart_risk_method_get_n_levels (method, RAMPART_RISK_SCALE_LIKELIHOOD), ==, 5);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_threats (workspace))), ==, 30);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_vulnerabilities (workspace))), ==, 30);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_assets (workspace))), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_risks (workspace))), ==, 0);
  }

  /* ...is only rewritten when saved, and then in the current schema. */
  rampart_test_assert_file_is (path, original);
  g_assert_cmpint (rampart_workspace_get_has_unsaved_changes (workspace), ==,
                   rampart_schema_get_current_version () != 1);
  rampart_workspace_set_autosave_delay (workspace, 0);
  g_assert_true (rampart_workspace_close (workspace, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GBytes) saved = rampart_test_read (path);
    const guint8 *data = g_bytes_get_data (saved, NULL);

    g_assert_cmpint (data[63], ==, rampart_schema_get_current_version ());
  }

  rampart_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/schema/migrates-in-order", test_in_order);
  g_test_add_func ("/core/schema/resumes-from-file-version", test_resumes);
  g_test_add_func ("/core/schema/failure-rolls-back", test_failure_rolls_back);
  g_test_add_func ("/core/schema/broken-links-roll-back", test_broken_links_roll_back);
  g_test_add_func ("/core/schema/version-1-file", test_version_1_file);

  return g_test_run ();
}
