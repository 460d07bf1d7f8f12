/* test-bad-files.c: files that are not a workspace this version can open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case must fail with its own error code and its own message, and
 * leave the file exactly as it was, byte for byte.
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rampart-schema-private.h"
#include "rampart-test-utils.h"
#include "rampart-workspace.h"

typedef void (*MakeFunc) (const char *dir, const char *path);

typedef struct
{
  const char *name;
  MakeFunc    make;
  int         code;
} BadFile;

static void
copy_of_workspace (const char *dir,
                   const char *path)
{
  g_autofree char *good = rampart_test_new_workspace (dir, "good.isms", TRUE);
  g_autoptr(GBytes) bytes = rampart_test_read (good);

  rampart_test_write (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
make_nothing (const char *dir,
              const char *path)
{
}

static void
make_directory (const char *dir,
                const char *path)
{
  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
}

static void
make_empty (const char *dir,
            const char *path)
{
  rampart_test_write (path, "", 0);
}

static void
make_text (const char *dir,
           const char *path)
{
  const char *text = "Risk register\nR-001,Laptop theft,High\nR-002,Phishing,Medium\n";

  rampart_test_write (path, text, strlen (text));
}

static void
make_random (const char *dir,
             const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (27001);
  guint8 data[8192];

  for (gsize i = 0; i < sizeof data; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  /* Not text by accident. */
  data[0] = 0x00;
  rampart_test_write (path, data, sizeof data);
}

static void
make_truncated (const char *dir,
                const char *path)
{
  g_autofree char *good = rampart_test_new_workspace (dir, "good.isms", TRUE);
  g_autoptr(GBytes) bytes = rampart_test_read (good);

  /* Cut off in the middle of a page, as an interrupted copy would. */
  rampart_test_write (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes) / 2 + 100);
}

static void
make_truncated_whole_pages (const char *dir,
                            const char *path)
{
  g_autofree char *good = rampart_test_new_workspace (dir, "good.isms", TRUE);
  g_autoptr(GBytes) bytes = rampart_test_read (good);

  rampart_test_write (path, g_bytes_get_data (bytes, NULL), 4096 * 2);
}

static void
make_header_only (const char *dir,
                  const char *path)
{
  g_autofree char *good = rampart_test_new_workspace (dir, "good.isms", TRUE);
  g_autoptr(GBytes) bytes = rampart_test_read (good);

  rampart_test_write (path, g_bytes_get_data (bytes, NULL), 60);
}

static void
make_other_database (const char *dir,
                     const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA user_version = 5;"
                                 "CREATE TABLE songs (title TEXT, artist TEXT);"
                                 "INSERT INTO songs VALUES ('Rampart', 'Nobody');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
set_header_field (const char *path,
                  gsize       offset,
                  guint32     value)
{
  g_autoptr(GBytes) bytes = rampart_test_read (path);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  data[offset] = value >> 24;
  data[offset + 1] = value >> 16;
  data[offset + 2] = value >> 8;
  data[offset + 3] = value;
  rampart_test_write (path, data, g_bytes_get_size (bytes));
}

static void
make_newer (const char *dir,
            const char *path)
{
  copy_of_workspace (dir, path);
  set_header_field (path, 60, rampart_schema_get_current_version () + 1);
}

static void
make_damaged_page (const char *dir,
                   const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree guint8 *data = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int root_page;

  copy_of_workspace (dir, path);

  /* Find the first page of the control table, then scribble over it. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage FROM sqlite_schema WHERE name = 'control'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  root_page = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  bytes = rampart_test_read (path);
  data = g_memdup2 (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  memset (data + (gsize) (root_page - 1) * 4096, 0xa5, 64);
  rampart_test_write (path, data, g_bytes_get_size (bytes));
}

static void
make_with_trigger (const char *dir,
                   const char *path)
{
  sqlite3 *db = NULL;

  copy_of_workspace (dir, path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER wipe AFTER UPDATE ON organisation"
                                 " BEGIN DELETE FROM control; END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
make_unreadable (const char *dir,
                 const char *path)
{
  copy_of_workspace (dir, path);
  g_assert_cmpint (g_chmod (path, 0000), ==, 0);
  rampart_test_give_to_nobody (dir);
}

static const BadFile bad_files[] = {
  { "missing", make_nothing, RAMPART_WORKSPACE_ERROR_NOT_FOUND },
  { "directory", make_directory, RAMPART_WORKSPACE_ERROR_IS_DIRECTORY },
  { "empty", make_empty, RAMPART_WORKSPACE_ERROR_EMPTY },
  { "text", make_text, RAMPART_WORKSPACE_ERROR_TEXT_FILE },
  { "random", make_random, RAMPART_WORKSPACE_ERROR_NOT_RECOGNISED },
  { "truncated", make_truncated, RAMPART_WORKSPACE_ERROR_TRUNCATED },
  { "truncated-whole-pages", make_truncated_whole_pages, RAMPART_WORKSPACE_ERROR_TRUNCATED },
  { "truncated-header", make_header_only, RAMPART_WORKSPACE_ERROR_TRUNCATED },
  { "other-database", make_other_database, RAMPART_WORKSPACE_ERROR_OTHER_DATABASE },
  { "newer-version", make_newer, RAMPART_WORKSPACE_ERROR_NEWER_VERSION },
  { "damaged-page", make_damaged_page, RAMPART_WORKSPACE_ERROR_DAMAGED },
  { "altered-with-trigger", make_with_trigger, RAMPART_WORKSPACE_ERROR_DAMAGED },
  { "unreadable", make_unreadable, RAMPART_WORKSPACE_ERROR_PERMISSION_DENIED },
};

static GBytes *
snapshot (const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;

  return rampart_test_read (path);
}

static void
try_to_open (const BadFile *bad,
             const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartWorkspace) workspace = NULL;

  workspace = rampart_workspace_open (file, NULL, &error);
  g_assert_null (workspace);
  g_assert_error (error, RAMPART_WORKSPACE_ERROR, bad->code);
  /* One line, for stderr and for a dialog. */
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (strlen (error->message), >, 20);
  g_test_message ("%s", error->message);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  /* The unreadable file must be opened by someone permissions apply to. */
  if (bad->make == make_unreadable && rampart_test_is_root ())
    {
      if (g_test_subprocess ())
        {
          rampart_test_drop_root ();
          try_to_open (bad, g_getenv ("RAMPART_TEST_PATH"));
          return;
        }
    }

  dir = rampart_test_make_dir ();
  path = g_build_filename (dir, "subject.isms", NULL);
  bad->make (dir, path);

  if (bad->make == make_unreadable)
    g_chmod (path, 0600);
  before = snapshot (path);
  if (bad->make == make_unreadable)
    g_chmod (path, 0000);

  if (bad->make == make_unreadable && rampart_test_is_root ())
    {
      g_autofree char *test_path = g_strdup_printf ("/core/bad-files/%s", bad->name);

      rampart_test_give_to_nobody (path);
      g_setenv ("RAMPART_TEST_PATH", path, TRUE);
      g_test_trap_subprocess (test_path, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
    }
  else
    {
      try_to_open (bad, path);
    }

  if (bad->make == make_unreadable)
    g_chmod (path, 0600);
  after = snapshot (path);

  if (before == NULL)
    g_assert_null (after);
  else
    g_assert_true (g_bytes_equal (before, after));
  if (bad->make == make_nothing)
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  if (bad->make == make_directory)
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  rampart_test_remove_tree (dir);
}

static void
test_messages_differ (void)
{
  g_autoptr(GHashTable) by_message = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const BadFile *bad = &bad_files[i];
      g_autofree char *dir = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RampartWorkspace) workspace = NULL;
      const char *other;

      if (bad->make == make_unreadable)
        continue;

      dir = rampart_test_make_dir ();
      path = g_build_filename (dir, "subject.isms", NULL);
      bad->make (dir, path);
      file = g_file_new_for_path (path);
      workspace = rampart_workspace_open (file, NULL, &error);
      g_assert_nonnull (error);

      /* Cases with the same code may share a message; different codes never. */
      other = g_hash_table_lookup (by_message, error->message);
      if (other != NULL)
        g_assert_cmpint (GPOINTER_TO_INT (other) - 1, ==, error->code);
      else
        g_hash_table_insert (by_message, g_strdup (error->message), GINT_TO_POINTER (error->code + 1));

      rampart_test_remove_tree (dir);
    }

  g_assert_cmpuint (g_hash_table_size (by_message), >=, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/bad-files/%s", bad_files[i].name);

      g_test_add_data_func (path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/core/bad-files/messages-differ", test_messages_differ);

  return g_test_run ();
}
