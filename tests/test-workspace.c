/* test-workspace.c: creating, editing, saving and closing workspaces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "rampart-control.h"
#include "rampart-schema-private.h"
#include "rampart-test-utils.h"
#include "rampart-workspace.h"

typedef RampartTestFixture Fixture;

static RampartWorkspace *
open_workspace (GFile *file)
{
  g_autoptr(GError) error = NULL;
  RampartWorkspace *workspace = rampart_workspace_open (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workspace);
  return workspace;
}

static guint32
header_field (GBytes *bytes,
              gsize   offset)
{
  const guint8 *data = g_bytes_get_data (bytes, NULL);

  return ((guint32) data[offset] << 24) | ((guint32) data[offset + 1] << 16) |
         ((guint32) data[offset + 2] << 8) | data[offset + 3];
}

static void
test_create (Fixture       *fixture,
             gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GBytes) bytes = rampart_test_read (fixture->path);
  RampartOrganisation *organisation;
  struct stat st;

  /* A workspace lists weak spots: only its owner may read it. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 16, "SQLite format 3", 16);
  g_assert_cmpuint (header_field (bytes, 68), ==, RAMPART_APPLICATION_ID);
  g_assert_cmpuint (header_field (bytes, 60), ==, rampart_schema_get_current_version ());

  workspace = open_workspace (fixture->file);
  g_assert_false (rampart_workspace_get_has_unsaved_changes (workspace));
  g_assert_null (rampart_workspace_get_save_error (workspace));
  g_assert_cmpint (rampart_workspace_get_schema_version (workspace), ==,
                   rampart_schema_get_current_version ());

  organisation = rampart_workspace_get_organisation (workspace);
  g_assert_cmpstr (rampart_organisation_get_name (organisation), ==, "");
  g_assert_cmpuint (rampart_organisation_get_staff_count (organisation), ==, 0);
}

static void
test_create_refuses_existing (Fixture       *fixture,
                              gconstpointer  unused)
{
  g_autoptr(GBytes) before = rampart_test_read (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartWorkspace) workspace = NULL;

  workspace = rampart_workspace_create (fixture->file, FALSE, &error);
  g_assert_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_EXISTS);
  g_assert_null (workspace);
  rampart_test_assert_file_is (fixture->path, before);
}

static void
test_create_replacing (Fixture       *fixture,
                       gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartWorkspace) workspace = NULL;

  workspace = rampart_workspace_create (fixture->file, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rampart_organisation_get_name (rampart_workspace_get_organisation (workspace)),
                   ==, "");
}

static void
test_example (Fixture       *fixture,
              gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  RampartOrganisation *organisation = rampart_workspace_get_organisation (workspace);

  g_assert_cmpstr (rampart_organisation_get_name (organisation), ==, "Kestrel Data");
  g_assert_cmpstr (rampart_organisation_get_legal_name (organisation), ==, "Kestrel Data Services Ltd");
  g_assert_cmpuint (rampart_organisation_get_staff_count (organisation), >=, 35);
  g_assert_cmpuint (rampart_organisation_get_staff_count (organisation), <=, 45);
  g_assert_nonnull (strstr (rampart_organisation_get_address (organisation), "\nLeeds"));
  g_assert_cmpstr (rampart_organisation_get_isms_manager (organisation), !=, "");
  g_assert_cmpstr (rampart_organisation_get_sponsor (organisation), !=, "");
  /* Filling in the example is not an edit to undo. */
  g_assert_false (rampart_history_get_can_undo (rampart_workspace_get_history (workspace)));
}

static void
test_catalogue (Fixture       *fixture,
                gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  GListModel *controls = rampart_workspace_get_controls (workspace);
  guint per_theme[RAMPART_N_CONTROL_THEMES] = { 0, };
  g_autoptr(RampartControl) first = NULL;
  g_autoptr(RampartControl) last = NULL;
  guint n_new = 0;

  g_assert_cmpuint (g_list_model_get_n_items (controls), ==, 93);

  for (guint i = 0; i < 93; i++)
    {
      g_autoptr(RampartControl) control = g_list_model_get_item (controls, i);

      per_theme[rampart_control_get_theme (control)]++;
      n_new += rampart_control_get_new_in_2022 (control);
      for (guint a = 0; a < RAMPART_N_CONTROL_ATTRIBUTES; a++)
        g_assert_cmpuint (g_strv_length ((char **) rampart_control_get_attribute (control, a)), >, 0);
      /* A control new in 2022 replaces none of 2013; every other replaces some. */
      g_assert_cmpint (g_strv_length ((char **) rampart_control_get_ids_2013 (control)) == 0, ==,
                       rampart_control_get_new_in_2022 (control));
    }

  g_assert_cmpuint (per_theme[RAMPART_CONTROL_THEME_ORGANIZATIONAL], ==, 37);
  g_assert_cmpuint (per_theme[RAMPART_CONTROL_THEME_PEOPLE], ==, 8);
  g_assert_cmpuint (per_theme[RAMPART_CONTROL_THEME_PHYSICAL], ==, 14);
  g_assert_cmpuint (per_theme[RAMPART_CONTROL_THEME_TECHNOLOGICAL], ==, 34);
  g_assert_cmpuint (n_new, ==, 11);

  first = g_list_model_get_item (controls, 0);
  g_assert_cmpstr (rampart_control_get_id (first), ==, "5.1");
  g_assert_cmpstr (rampart_control_get_title (first), ==, "Policies for information security");
  g_assert_cmpstrv (rampart_control_get_ids_2013 (first),
                    ((const char * const[]) { "A.5.1.1", "A.5.1.2", NULL }));
  g_assert_cmpstrv (rampart_control_get_attribute (first, RAMPART_CONTROL_ATTRIBUTE_SECURITY_DOMAIN),
                    ((const char * const[]) { "Governance_and_Ecosystem", "Resilience", NULL }));

  last = g_list_model_get_item (controls, 92);
  g_assert_cmpstr (rampart_control_get_id (last), ==, "8.34");
}

static void
test_control_search (Fixture       *fixture,
                     gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  GListModel *controls = rampart_workspace_get_controls (workspace);
  g_autoptr(RampartControl) intelligence = g_list_model_get_item (controls, 6);

  g_assert_cmpstr (rampart_control_get_id (intelligence), ==, "5.7");
  g_assert_true (rampart_control_get_new_in_2022 (intelligence));
  g_assert_true (rampart_control_matches (intelligence, NULL));
  g_assert_true (rampart_control_matches (intelligence, ""));
  g_assert_true (rampart_control_matches (intelligence, "5.7"));
  g_assert_true (rampart_control_matches (intelligence, "THREAT intel"));
  /* Attributes are searched as words, without their underscores. */
  g_assert_true (rampart_control_matches (intelligence, "threat and vulnerability"));
  g_assert_false (rampart_control_matches (intelligence, "threat backup"));
}

static void
test_edit_reaches_file (Fixture       *fixture,
                        gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  g_autoptr(RampartWorkspace) reopened = NULL;
  g_autoptr(GError) error = NULL;
  RampartOrganisation *organisation = rampart_workspace_get_organisation (workspace);

  rampart_workspace_set_autosave_delay (workspace, 0);
  g_object_set (organisation,
                "name", "Söderberg & Ørsted",
                "legal-name", "Söderberg & Ørsted AB",
                "address", "Storgatan 1\n111 22 Stockholm",
                "sector", "Consulting",
                "staff-count", 12,
                "isms-manager", "Ana",
                "sponsor", "Bo",
                NULL);
  g_assert_true (rampart_workspace_get_has_unsaved_changes (workspace));

  g_assert_true (rampart_workspace_save (workspace, &error));
  g_assert_no_error (error);
  g_assert_false (rampart_workspace_get_has_unsaved_changes (workspace));

  reopened = open_workspace (fixture->file);
  organisation = rampart_workspace_get_organisation (reopened);
  g_assert_cmpstr (rampart_organisation_get_name (organisation), ==, "Söderberg & Ørsted");
  g_assert_cmpstr (rampart_organisation_get_legal_name (organisation), ==, "Söderberg & Ørsted AB");
  g_assert_cmpstr (rampart_organisation_get_address (organisation), ==, "Storgatan 1\n111 22 Stockholm");
  g_assert_cmpstr (rampart_organisation_get_sector (organisation), ==, "Consulting");
  g_assert_cmpuint (rampart_organisation_get_staff_count (organisation), ==, 12);
  g_assert_cmpstr (rampart_organisation_get_isms_manager (organisation), ==, "Ana");
  g_assert_cmpstr (rampart_organisation_get_sponsor (organisation), ==, "Bo");
}

static void
test_close_saves (Fixture       *fixture,
                  gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  g_autoptr(RampartWorkspace) reopened = NULL;
  g_autoptr(GError) error = NULL;

  rampart_workspace_set_autosave_delay (workspace, 0);
  g_object_set (rampart_workspace_get_organisation (workspace), "name", "Closed Ltd", NULL);
  g_assert_true (rampart_workspace_close (workspace, &error));
  g_assert_no_error (error);
  g_assert_true (rampart_workspace_get_closed (workspace));

  reopened = open_workspace (fixture->file);
  g_assert_cmpstr (rampart_organisation_get_name (rampart_workspace_get_organisation (reopened)),
                   ==, "Closed Ltd");
}

static gboolean
saved_cb (gpointer data)
{
  return !rampart_workspace_get_has_unsaved_changes (data);
}

static void
test_autosave (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  RampartOrganisation *organisation = rampart_workspace_get_organisation (workspace);
  g_autoptr(GBytes) before = rampart_test_read (fixture->path);

  rampart_workspace_set_autosave_delay (workspace, 20);
  g_object_set (organisation, "name", "Autosaved", NULL);
  g_assert_true (rampart_workspace_get_has_unsaved_changes (workspace));
  /* Nothing is written before the delay has passed. */
  rampart_test_assert_file_is (fixture->path, before);

  g_assert_true (rampart_test_wait_for (saved_cb, workspace));
  g_assert_null (rampart_workspace_get_save_error (workspace));

  /* Edits while a save runs are saved by the next one. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Edit %u", i);

      g_object_set (organisation, "name", name, NULL);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_true (rampart_test_wait_for (saved_cb, workspace));

  {
    g_autoptr(RampartWorkspace) reopened = open_workspace (fixture->file);

    g_assert_cmpstr (rampart_organisation_get_name (rampart_workspace_get_organisation (reopened)),
                     ==, "Edit 19");
  }
}

static void
test_save_keeps_mode (Fixture       *fixture,
                      gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  /* Someone chose to share the file with their group; saving respects that. */
  g_assert_cmpint (g_chmod (fixture->path, 0640), ==, 0);
  workspace = open_workspace (fixture->file);
  rampart_workspace_set_autosave_delay (workspace, 0);
  g_object_set (rampart_workspace_get_organisation (workspace), "sector", "Retail", NULL);
  g_assert_true (rampart_workspace_save (workspace, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
}

static void
test_save_as (Fixture       *fixture,
              gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  g_autofree char *copy_path = g_build_filename (fixture->dir, "Copy.isms", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  rampart_workspace_set_autosave_delay (workspace, 0);
  g_object_set (rampart_workspace_get_organisation (workspace), "name", "Copy", NULL);
  g_assert_true (rampart_workspace_save_as (workspace, copy, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (rampart_workspace_get_file (workspace), copy));
  g_assert_false (rampart_workspace_get_has_unsaved_changes (workspace));
  g_assert_cmpint (g_stat (copy_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Later edits go to the copy; the original keeps what it had. */
  original = rampart_test_read (fixture->path);
  g_object_set (rampart_workspace_get_organisation (workspace), "name", "Copy 2", NULL);
  g_assert_true (rampart_workspace_close (workspace, &error));
  rampart_test_assert_file_is (fixture->path, original);

  {
    g_autoptr(RampartWorkspace) reopened = open_workspace (copy);

    g_assert_cmpstr (rampart_organisation_get_name (rampart_workspace_get_organisation (reopened)),
                     ==, "Copy 2");
  }
}

static void
test_save_through_link (Fixture       *fixture,
                        gconstpointer  unused)
{
  g_autofree char *link_path = g_build_filename (fixture->dir, "Link.isms", NULL);
  g_autoptr(GFile) link = g_file_new_for_path (link_path);
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink ("Company.isms", link_path), ==, 0);
  workspace = open_workspace (link);
  rampart_workspace_set_autosave_delay (workspace, 0);
  g_object_set (rampart_workspace_get_organisation (workspace), "name", "Linked", NULL);
  g_assert_true (rampart_workspace_close (workspace, &error));
  g_assert_no_error (error);

  /* The link is still a link, and the file it points to has the edit. */
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  {
    g_autoptr(RampartWorkspace) reopened = open_workspace (fixture->file);

    g_assert_cmpstr (rampart_organisation_get_name (rampart_workspace_get_organisation (reopened)),
                     ==, "Linked");
  }
}

static void
test_open_does_not_write (Fixture       *fixture,
                          gconstpointer  unused)
{
  g_autoptr(GBytes) before = rampart_test_read (fixture->path);
  RampartWorkspace *workspace = open_workspace (fixture->file);

  /* Dropping a workspace without closing it (as `rampart info` does) writes nothing. */
  g_assert_finalize_object (workspace);
  rampart_test_assert_file_is (fixture->path, before);
}

static void
test_count_records (Fixture       *fixture,
                    gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) counts = rampart_workspace_count_records (workspace, &error);
  gboolean seen_controls = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < counts->len; i++)
    {
      RampartRecordCount *count = &g_array_index (counts, RampartRecordCount, i);

      g_assert_nonnull (count->label);
      if (g_str_equal (count->kind, "controls"))
        {
          g_assert_cmpint (count->count, ==, 93);
          seen_controls = TRUE;
        }
      if (g_str_equal (count->kind, "organisation"))
        g_assert_cmpint (count->count, ==, 1);
    }
  g_assert_true (seen_controls);
}

static void
test_undo_reaches_file (Fixture       *fixture,
                        gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  RampartHistory *history = rampart_workspace_get_history (workspace);
  RampartOrganisation *organisation = rampart_workspace_get_organisation (workspace);
  g_autoptr(GError) error = NULL;

  rampart_workspace_set_autosave_delay (workspace, 0);
  g_object_set (organisation, "name", "Before", NULL);
  rampart_history_break_merge (history);
  g_object_set (organisation, "name", "After", NULL);

  g_assert_true (rampart_history_undo (history));
  g_assert_cmpstr (rampart_organisation_get_name (organisation), ==, "Before");
  g_assert_true (rampart_workspace_get_has_unsaved_changes (workspace));
  g_assert_true (rampart_workspace_close (workspace, &error));

  {
    g_autoptr(RampartWorkspace) reopened = open_workspace (fixture->file);

    g_assert_cmpstr (rampart_organisation_get_name (rampart_workspace_get_organisation (reopened)),
                     ==, "Before");
  }
}

static void
test_absurd_text (Fixture       *fixture,
                  gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) workspace = open_workspace (fixture->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_strnfill (4 * 1024 * 1024, 'x');
  const char *odd = "RTL \u202e evil \xe2\x80\x8b zero-width, quotes ' \" ; DROP TABLE organisation; --";

  /* Text is data, however long or odd: bound, stored and read back as it was. */
  rampart_workspace_set_autosave_delay (workspace, 0);
  g_object_set (rampart_workspace_get_organisation (workspace),
                "address", huge, "name", odd, NULL);
  g_assert_true (rampart_workspace_close (workspace, &error));
  g_assert_no_error (error);

  {
    g_autoptr(RampartWorkspace) reopened = open_workspace (fixture->file);
    RampartOrganisation *organisation = rampart_workspace_get_organisation (reopened);

    g_assert_cmpstr (rampart_organisation_get_name (organisation), ==, odd);
    g_assert_cmpuint (strlen (rampart_organisation_get_address (organisation)), ==, 4 * 1024 * 1024);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, example) \
  g_test_add (path, Fixture, GINT_TO_POINTER (example), rampart_test_fixture_setup, func, rampart_test_fixture_teardown)

  ADD ("/core/workspace/create", test_create, FALSE);
  ADD ("/core/workspace/create-refuses-existing", test_create_refuses_existing, FALSE);
  ADD ("/core/workspace/create-replacing", test_create_replacing, TRUE);
  ADD ("/core/workspace/example", test_example, TRUE);
  ADD ("/core/workspace/catalogue", test_catalogue, FALSE);
  ADD ("/core/workspace/control-search", test_control_search, FALSE);
  ADD ("/core/workspace/edit-reaches-file", test_edit_reaches_file, FALSE);
  ADD ("/core/workspace/close-saves", test_close_saves, FALSE);
  ADD ("/core/workspace/autosave", test_autosave, FALSE);
  ADD ("/core/workspace/save-keeps-mode", test_save_keeps_mode, FALSE);
  ADD ("/core/workspace/save-as", test_save_as, TRUE);
  ADD ("/core/workspace/save-through-link", test_save_through_link, FALSE);
  ADD ("/core/workspace/open-does-not-write", test_open_does_not_write, TRUE);
  ADD ("/core/workspace/count-records", test_count_records, TRUE);
  ADD ("/core/workspace/undo-reaches-file", test_undo_reaches_file, TRUE);
  ADD ("/core/workspace/absurd-text", test_absurd_text, FALSE);

#undef ADD

  return g_test_run ();
}
