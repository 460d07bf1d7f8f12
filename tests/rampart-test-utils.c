/* rampart-test-utils.c: helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "rampart-test-utils.h"
#include "rampart-workspace.h"

/* The unprivileged account that permission tests run as when started by root. */
#define NOBODY_UID 65534
#define NOBODY_GID 65534

char *
rampart_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("rampart-test-XXXXXX", &error);

  g_assert_no_error (error);
  /* Traversable by the unprivileged account of the permission tests. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  return dir;
}

void
rampart_test_remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  g_chmod (path, 0700);
  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) && info != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        rampart_test_remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

GBytes *
rampart_test_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

void
rampart_test_write (const char *path,
                    const void *data,
                    gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

void
rampart_test_assert_file_is (const char *path,
                             GBytes     *expected)
{
  g_autoptr(GBytes) actual = rampart_test_read (path);

  g_assert_cmpmem (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

char *
rampart_test_new_workspace (const char *dir,
                            const char *name,
                            gboolean    example)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  if (example)
    workspace = rampart_workspace_create_example (file, FALSE, &error);
  else
    workspace = rampart_workspace_create (file, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (rampart_workspace_close (workspace, &error));

  return g_steal_pointer (&path);
}

gboolean
rampart_test_is_root (void)
{
  return geteuid () == 0;
}

/*
 * Permissions mean nothing to root, so tests of them run as "nobody" when
 * the suite runs as root (as in a fresh CI machine).
 */
void
rampart_test_drop_root (void)
{
  if (!rampart_test_is_root ())
    return;

  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setgid (NOBODY_GID), ==, 0);
  g_assert_cmpint (setuid (NOBODY_UID), ==, 0);
  g_assert_cmpint (geteuid (), ==, NOBODY_UID);
}

void
rampart_test_give_to_nobody (const char *path)
{
  if (rampart_test_is_root ())
    g_assert_cmpint (chown (path, NOBODY_UID, NOBODY_GID), ==, 0);
}

/* Runs the main loop until @condition holds, for at most a minute. */
gboolean
rampart_test_wait_for (gboolean (*condition) (gpointer),
                       gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

/* @example: GINT_TO_POINTER (TRUE) for the example workspace, else empty */
void
rampart_test_fixture_setup (RampartTestFixture *fixture,
                            gconstpointer       example)
{
  fixture->dir = rampart_test_make_dir ();
  fixture->path = rampart_test_new_workspace (fixture->dir, "Company.isms",
                                              GPOINTER_TO_INT (example));
  fixture->file = g_file_new_for_path (fixture->path);
}

void
rampart_test_fixture_teardown (RampartTestFixture *fixture,
                               gconstpointer       unused)
{
  rampart_test_remove_tree (fixture->dir);
  g_clear_object (&fixture->file);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Opens @file, which must open, saving each change at once. */
RampartWorkspace *
rampart_test_open_workspace (GFile *file)
{
  g_autoptr(GError) error = NULL;
  RampartWorkspace *workspace = rampart_workspace_open (file, NULL, &error);

  g_assert_no_error (error);
  rampart_workspace_set_autosave_delay (workspace, 0);
  return workspace;
}

/* Closes *@workspace, saving it, and checks that nothing else holds it. */
void
rampart_test_close_workspace (RampartWorkspace **workspace)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rampart_workspace_close (*workspace, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (*workspace);
  *workspace = NULL;
}
