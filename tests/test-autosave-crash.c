/* test-autosave-crash.c: a process killed while saving never breaks the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child process edits and saves a workspace in a loop, reporting each
 * save that returned. It is killed at a random moment, again and again.
 * After every kill the file must open, pass SQLite's full integrity check,
 * and hold at least the last edit whose save had returned.
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "rampart-test-utils.h"
#include "rampart-workspace.h"

#define ROUNDS 25

static void
edit_and_save_forever (const char *path,
                       int         report_fd)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartWorkspace) workspace = rampart_workspace_open (file, NULL, &error);
  RampartOrganisation *organisation;
  guint32 edit;

  g_assert_no_error (error);
  rampart_workspace_set_autosave_delay (workspace, 0);
  organisation = rampart_workspace_get_organisation (workspace);
  edit = rampart_organisation_get_staff_count (organisation);

  for (;;)
    {
      g_autofree char *name = NULL;

      edit++;
      name = g_strdup_printf ("Edit %u", edit);
      g_object_set (organisation, "staff-count", edit, "name", name, NULL);
      g_assert_true (rampart_workspace_save (workspace, &error));
      g_assert_cmpint (write (report_fd, &edit, sizeof edit), ==, sizeof edit);
    }
}

static char *
integrity_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return result;
}

static void
test_killed_while_saving (void)
{
  g_autofree char *dir = rampart_test_make_dir ();
  g_autofree char *path = rampart_test_new_workspace (dir, "Company.isms", TRUE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint32 saved_edits;
  guint kills_after_saves = 0;

  {
    g_autoptr(RampartWorkspace) workspace = rampart_workspace_open (file, NULL, NULL);

    g_assert_nonnull (workspace);
    saved_edits = rampart_organisation_get_staff_count (rampart_workspace_get_organisation (workspace));
  }

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(RampartWorkspace) workspace = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *check = NULL;
      int fds[2];
      guint32 reported, last_reported = saved_edits;
      guint staff;
      pid_t pid;

      g_assert_cmpint (pipe (fds), ==, 0);
      fflush (stdout);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          edit_and_save_forever (path, fds[1]);
          _exit (1);
        }
      close (fds[1]);

      /*
       * Kill it at a different moment each round: before, during or between
       * saves. Every other round first waits for a save to return, so that
       * kills in the middle of the loop happen however slow the machine is.
       */
      if (round % 2 == 1 && read (fds[0], &reported, sizeof reported) == sizeof reported)
        last_reported = reported;
      g_usleep (g_test_rand_int_range (0, 40000));
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);

      while (read (fds[0], &reported, sizeof reported) == sizeof reported)
        last_reported = reported;
      close (fds[0]);
      kills_after_saves += last_reported > saved_edits;

      check = integrity_check (path);
      g_assert_cmpstr (check, ==, "ok");

      workspace = rampart_workspace_open (file, NULL, &error);
      g_assert_no_error (error);
      staff = rampart_organisation_get_staff_count (rampart_workspace_get_organisation (workspace));

      /* Every save that returned is there; at most the one in flight is extra. */
      g_assert_cmpuint (staff, >=, last_reported);
      g_assert_cmpuint (staff, <=, last_reported + 1);
      saved_edits = staff;
    }

  g_test_message ("%u of %d kills came after at least one save; the last edit saved was %u",
                  kills_after_saves, ROUNDS, saved_edits);
  g_assert_cmpuint (kills_after_saves, >, 0);

  rampart_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/autosave/killed-while-saving", test_killed_while_saving);

  return g_test_run ();
}
