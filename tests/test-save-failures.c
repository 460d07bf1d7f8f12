/* test-save-failures.c: saves that fail keep the edits and the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When a save fails (the file changed behind Rampart's back, a read-only
 * folder, a full disk), the file on disk stays exactly as it was, the
 * edits stay in memory, the workspace says why, and "save as" still puts
 * the edits somewhere else.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "rampart-test-utils.h"
#include "rampart-workspace.h"

#define EXIT_SKIP 77

typedef RampartTestFixture Fixture;

static void
assert_no_temporary_files (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *dir = g_file_get_path (parent);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".tmp"));
}

/*
 * Edits the workspace at @file, expects the save to fail with @code, and
 * then checks everything a person relies on after a failed save.
 */
static void
edit_and_fail_to_save (GFile      *file,
                       int         code,
                       const char *rescue_path)
{
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) rescue = g_file_new_for_path (rescue_path);
  g_autoptr(GBytes) before = rampart_test_read (g_file_peek_path (file));
  RampartOrganisation *organisation;

  workspace = rampart_workspace_open (file, NULL, &error);
  g_assert_no_error (error);
  rampart_workspace_set_autosave_delay (workspace, 0);
  organisation = rampart_workspace_get_organisation (workspace);
  g_object_set (organisation, "name", "Edited before the failure", NULL);

  g_assert_false (rampart_workspace_save (workspace, &error));
  g_assert_error (error, RAMPART_WORKSPACE_ERROR, code);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* The file is untouched, no temporary file is left beside it, the edit is
   * still here, and the workspace says why. */
  rampart_test_assert_file_is (g_file_peek_path (file), before);
  assert_no_temporary_files (file);
  g_assert_true (rampart_workspace_get_has_unsaved_changes (workspace));
  g_assert_cmpstr (rampart_organisation_get_name (organisation), ==, "Edited before the failure");
  g_assert_error ((GError *) rampart_workspace_get_save_error (workspace),
                  RAMPART_WORKSPACE_ERROR, code);

  /* Closing refuses to lose the edits. */
  g_assert_false (rampart_workspace_close (workspace, &error));
  g_assert_error (error, RAMPART_WORKSPACE_ERROR, code);
  g_clear_error (&error);
  g_assert_false (rampart_workspace_get_closed (workspace));

  /* Save as puts them elsewhere, and the failure is over. */
  g_object_set (organisation, "sector", "Edited after the failure", NULL);
  g_assert_true (rampart_workspace_save_as (workspace, rescue, &error));
  g_assert_no_error (error);
  g_assert_null (rampart_workspace_get_save_error (workspace));
  g_assert_false (rampart_workspace_get_has_unsaved_changes (workspace));
  g_assert_true (rampart_workspace_close (workspace, &error));
  rampart_test_assert_file_is (g_file_peek_path (file), before);

  {
    g_autoptr(RampartWorkspace) reopened = rampart_workspace_open (rescue, NULL, &error);

    g_assert_no_error (error);
    organisation = rampart_workspace_get_organisation (reopened);
    g_assert_cmpstr (rampart_organisation_get_name (organisation), ==, "Edited before the failure");
    g_assert_cmpstr (rampart_organisation_get_sector (organisation), ==, "Edited after the failure");
  }
}

/* Runs @func in a child process; returns its exit status, or fails on a crash. */
static int
run_in_child (void     (*func) (gpointer),
              gpointer   data)
{
  int status = 0;
  pid_t pid;

  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);

  if (pid == 0)
    {
      func (data);
      _exit (0);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (!WIFEXITED (status))
    g_error ("The child process was killed by signal %d", WTERMSIG (status));

  return WEXITSTATUS (status);
}

static void
test_changed_on_disk (Fixture       *fixture,
                      gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rescue = g_build_filename (fixture->dir, "Rescue.isms", NULL);
  g_autofree char *other_path = rampart_test_new_workspace (fixture->dir, "Other.isms", FALSE);
  g_autoptr(GBytes) other = rampart_test_read (other_path);
  struct utimbuf later = { time (NULL) + 3600, time (NULL) + 3600 };
  RampartOrganisation *organisation;

  workspace = rampart_workspace_open (fixture->file, NULL, &error);
  g_assert_no_error (error);
  rampart_workspace_set_autosave_delay (workspace, 0);
  organisation = rampart_workspace_get_organisation (workspace);

  /* Another program (a sync client, a second copy of Rampart) replaces the file. */
  rampart_test_write (fixture->path, g_bytes_get_data (other, NULL), g_bytes_get_size (other));
  g_assert_cmpint (utime (fixture->path, &later), ==, 0);

  g_object_set (organisation, "name", "Mine", NULL);
  g_assert_false (rampart_workspace_save (workspace, &error));
  g_assert_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);

  /* Their version is not overwritten; mine is kept and can go elsewhere. */
  rampart_test_assert_file_is (fixture->path, other);
  g_assert_true (rampart_workspace_get_has_unsaved_changes (workspace));
  g_assert_true (rampart_workspace_save_as (workspace, g_file_new_for_path (rescue), &error));
  g_assert_no_error (error);
  rampart_test_assert_file_is (fixture->path, other);
}

static void
read_only_folder_child (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *rescue = g_build_filename (fixture->dir, "rescue", "Rescue.isms", NULL);

  rampart_test_drop_root ();
  edit_and_fail_to_save (fixture->file, RAMPART_WORKSPACE_ERROR_READ_ONLY, rescue);
}

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  unused)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "read-only", NULL);
  g_autofree char *path = g_build_filename (folder, "Company.isms", NULL);
  g_autofree char *rescue = g_build_filename (fixture->dir, "rescue", NULL);
  g_autoptr(GBytes) bytes = rampart_test_read (fixture->path);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (rescue, 0755), ==, 0);
  rampart_test_write (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  rampart_test_give_to_nobody (path);
  rampart_test_give_to_nobody (rescue);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  g_clear_object (&fixture->file);
  fixture->file = g_file_new_for_path (path);
  g_assert_cmpint (run_in_child (read_only_folder_child, fixture), ==, 0);
}

static void
file_too_large_child (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *rescue = g_build_filename (fixture->dir, "Rescue.isms", NULL);
  struct rlimit limit;

  /* The write fails with EFBIG part-way through, as on a full disk. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limit.rlim_cur = 16 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  {
    g_autoptr(RampartWorkspace) workspace = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) before = rampart_test_read (fixture->path);

    workspace = rampart_workspace_open (fixture->file, NULL, &error);
    g_assert_no_error (error);
    rampart_workspace_set_autosave_delay (workspace, 0);
    g_object_set (rampart_workspace_get_organisation (workspace), "name", "Too big", NULL);
    g_assert_false (rampart_workspace_save (workspace, &error));
    g_assert_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_WRITE_FAILED);
    g_clear_error (&error);
    rampart_test_assert_file_is (fixture->path, before);
    g_assert_true (rampart_workspace_get_has_unsaved_changes (workspace));

    /* Room again: the same edits save. */
    limit.rlim_cur = limit.rlim_max;
    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    g_assert_true (rampart_workspace_save_as (workspace, g_file_new_for_path (rescue), &error));
    g_assert_no_error (error);
  }
}

static void
test_file_too_large (Fixture       *fixture,
                     gconstpointer  unused)
{
  g_assert_cmpint (run_in_child (file_too_large_child, fixture), ==, 0);
}

static gboolean
write_whole_file (const char *path,
                  const char *text)
{
  int fd = open (path, O_WRONLY);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, text, strlen (text)) == (ssize_t) strlen (text);
  close (fd);
  return ok;
}

/* A small private file system of our own, where no one else's files are. */
static gboolean
mount_small_tmpfs (const char *where)
{
  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (uid != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (guint) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0 ||
          !write_whole_file ("/proc/self/setgroups", "deny") ||
          !write_whole_file ("/proc/self/uid_map", uid_map) ||
          !write_whole_file ("/proc/self/gid_map", gid_map))
        return FALSE;
    }
  else if (unshare (CLONE_NEWNS) != 0)
    {
      return FALSE;
    }

  return mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
         mount ("tmpfs", where, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m") == 0;
}

static void
disk_full_child (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *small = g_build_filename (fixture->dir, "small-disk", NULL);
  g_autofree char *path = g_build_filename (small, "Company.isms", NULL);
  g_autofree char *filler = g_build_filename (small, "filler", NULL);
  g_autofree char *rescue = g_build_filename (fixture->dir, "Rescue.isms", NULL);
  g_autoptr(GBytes) bytes = rampart_test_read (fixture->path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char block[4096] = { 0, };
  int fd;

  if (!mount_small_tmpfs (small))
    _exit (EXIT_SKIP);

  rampart_test_write (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* Fill the disk to the last block. */
  fd = open (filler, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);

  edit_and_fail_to_save (file, RAMPART_WORKSPACE_ERROR_NO_SPACE, rescue);
}

static void
test_disk_full (Fixture       *fixture,
                gconstpointer  unused)
{
  g_autofree char *small = g_build_filename (fixture->dir, "small-disk", NULL);
  int status;

  g_assert_cmpint (g_mkdir (small, 0755), ==, 0);
  status = run_in_child (disk_full_child, fixture);
  if (status == EXIT_SKIP)
    g_test_skip ("Cannot mount a small file system here (no user or mount namespaces)");
  else
    g_assert_cmpint (status, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/save/changed-on-disk", Fixture, GINT_TO_POINTER (TRUE),
              rampart_test_fixture_setup, test_changed_on_disk, rampart_test_fixture_teardown);
  g_test_add ("/core/save/read-only-folder", Fixture, GINT_TO_POINTER (TRUE),
              rampart_test_fixture_setup, test_read_only_folder, rampart_test_fixture_teardown);
  g_test_add ("/core/save/file-too-large", Fixture, GINT_TO_POINTER (TRUE),
              rampart_test_fixture_setup, test_file_too_large, rampart_test_fixture_teardown);
  g_test_add ("/core/save/disk-full", Fixture, GINT_TO_POINTER (TRUE),
              rampart_test_fixture_setup, test_disk_full, rampart_test_fixture_teardown);

  return g_test_run ();
}
