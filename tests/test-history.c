/* test-history.c: undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rampart-history.h"
#include "rampart-test-utils.h"
#include "rampart-workspace.h"

typedef struct
{
  char *dir;
  RampartWorkspace *workspace;
  RampartHistory *history;
  RampartOrganisation *organisation;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = rampart_test_make_dir ();
  path = rampart_test_new_workspace (fixture->dir, "Company.isms", FALSE);
  file = g_file_new_for_path (path);
  fixture->workspace = rampart_workspace_open (file, NULL, &error);
  g_assert_no_error (error);
  rampart_workspace_set_autosave_delay (fixture->workspace, 0);
  fixture->history = rampart_workspace_get_history (fixture->workspace);
  fixture->organisation = rampart_workspace_get_organisation (fixture->workspace);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  g_assert_finalize_object (fixture->workspace);
  rampart_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static const char *
name_of (Fixture *fixture)
{
  return rampart_organisation_get_name (fixture->organisation);
}

static void
test_undo_redo (Fixture       *fixture,
                gconstpointer  unused)
{
  g_assert_false (rampart_history_get_can_undo (fixture->history));
  g_assert_false (rampart_history_undo (fixture->history));

  g_object_set (fixture->organisation, "name", "One", NULL);
  g_object_set (fixture->organisation, "staff-count", 7, NULL);
  g_assert_true (rampart_history_get_can_undo (fixture->history));
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "change to Number of staff");

  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpuint (rampart_organisation_get_staff_count (fixture->organisation), ==, 0);
  g_assert_cmpstr (name_of (fixture), ==, "One");
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpstr (name_of (fixture), ==, "");
  g_assert_false (rampart_history_get_can_undo (fixture->history));
  g_assert_true (rampart_history_get_can_redo (fixture->history));
  g_assert_cmpstr (rampart_history_get_redo_label (fixture->history), ==, "change to Name");

  g_assert_true (rampart_history_redo (fixture->history));
  g_assert_true (rampart_history_redo (fixture->history));
  g_assert_false (rampart_history_redo (fixture->history));
  g_assert_cmpstr (name_of (fixture), ==, "One");
  g_assert_cmpuint (rampart_organisation_get_staff_count (fixture->organisation), ==, 7);
}

static void
test_typing_undoes_as_one (Fixture       *fixture,
                           gconstpointer  unused)
{
  const char *typed[] = { "K", "Ke", "Kes", "Kest", "Kestrel" };

  /* Each keystroke sets the field; undo takes back the whole word. */
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    g_object_set (fixture->organisation, "name", typed[i], NULL);

  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpstr (name_of (fixture), ==, "");
  g_assert_false (rampart_history_get_can_undo (fixture->history));
}

static void
test_other_field_is_new_step (Fixture       *fixture,
                              gconstpointer  unused)
{
  g_object_set (fixture->organisation, "name", "Kestrel", NULL);
  g_object_set (fixture->organisation, "sector", "Software", NULL);
  g_object_set (fixture->organisation, "name", "Kestrel Data", NULL);

  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpstr (name_of (fixture), ==, "Kestrel");
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpstr (rampart_organisation_get_sector (fixture->organisation), ==, "");
}

static void
test_break_merge (Fixture       *fixture,
                  gconstpointer  unused)
{
  g_object_set (fixture->organisation, "name", "First", NULL);
  rampart_history_break_merge (fixture->history);
  g_object_set (fixture->organisation, "name", "Second", NULL);

  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpstr (name_of (fixture), ==, "First");
}

static void
test_new_edit_clears_redo (Fixture       *fixture,
                           gconstpointer  unused)
{
  g_object_set (fixture->organisation, "name", "First", NULL);
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_true (rampart_history_get_can_redo (fixture->history));

  g_object_set (fixture->organisation, "sector", "Retail", NULL);
  g_assert_false (rampart_history_get_can_redo (fixture->history));
  g_assert_false (rampart_history_redo (fixture->history));
  g_assert_cmpstr (name_of (fixture), ==, "");
}

static void
test_unchanged_value_is_no_edit (Fixture       *fixture,
                                 gconstpointer  unused)
{
  g_object_set (fixture->organisation, "name", "", NULL);
  g_assert_false (rampart_history_get_can_undo (fixture->history));
  g_assert_false (rampart_workspace_get_has_unsaved_changes (fixture->workspace));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_notifies (Fixture       *fixture,
               gconstpointer  unused)
{
  guint can_undo_changes = 0;

  g_signal_connect (fixture->history, "notify::can-undo", G_CALLBACK (count_notify_cb),
                    &can_undo_changes);
  g_object_set (fixture->organisation, "name", "A", NULL);
  g_object_set (fixture->organisation, "name", "AB", NULL);
  g_assert_cmpuint (can_undo_changes, ==, 1);
  rampart_history_undo (fixture->history);
  g_assert_cmpuint (can_undo_changes, ==, 2);
  g_signal_handlers_disconnect_by_data (fixture->history, &can_undo_changes);
}

static void
counter_add (gpointer data)
{
  (*(int *) data)++;
}

static void
counter_subtract (gpointer data)
{
  (*(int *) data)--;
}

static void
test_generic_entry (Fixture       *fixture,
                    gconstpointer  unused)
{
  static const char tag, other_tag;
  int counter = 1;

  rampart_history_push (fixture->history, "addition of one", counter_subtract, counter_add,
                        &counter, NULL, &tag);
  g_assert_true (rampart_history_is_last (fixture->history, &tag));
  g_assert_false (rampart_history_is_last (fixture->history, &other_tag));
  g_assert_false (rampart_history_is_last (fixture->history, NULL));
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "addition of one");

  /* A property change typed right after is a step of its own */
  g_object_set (fixture->organisation, "name", "A", NULL);
  g_assert_false (rampart_history_is_last (fixture->history, &tag));

  rampart_history_undo (fixture->history);
  g_assert_true (rampart_history_is_last (fixture->history, &tag));
  rampart_history_undo (fixture->history);
  g_assert_cmpint (counter, ==, 0);
  g_assert_false (rampart_history_get_can_undo (fixture->history));
  g_assert_cmpstr (rampart_history_get_redo_label (fixture->history), ==, "addition of one");
  rampart_history_redo (fixture->history);
  g_assert_cmpint (counter, ==, 1);
}

static void
test_push_while_applying_is_ignored_cb (gpointer data)
{
  Fixture *fixture = data;
  int *extra = g_new0 (int, 1);

  /* Freed at once, since an undo is being applied */
  rampart_history_push (fixture->history, "nested", counter_add, counter_add, extra, g_free, NULL);
}

static void
test_push_while_applying (Fixture       *fixture,
                          gconstpointer  unused)
{
  rampart_history_push (fixture->history, "outer", test_push_while_applying_is_ignored_cb,
                        test_push_while_applying_is_ignored_cb, fixture, NULL, NULL);
  rampart_history_undo (fixture->history);
  g_assert_false (rampart_history_get_can_undo (fixture->history));
  g_assert_true (rampart_history_get_can_redo (fixture->history));
}

/* Several edits made as one undo and redo as one, in the right order. */
static void
test_group (Fixture       *fixture,
            gconstpointer  unused)
{
  g_object_set (fixture->organisation, "name", "Before", NULL);
  rampart_history_break_merge (fixture->history);

  rampart_history_begin_group (fixture->history, "renaming");
  g_object_set (fixture->organisation, "name", "One", NULL);
  rampart_history_begin_group (fixture->history, "inner");
  g_object_set (fixture->organisation, "legal-name", "Two", NULL);
  g_object_set (fixture->organisation, "name", "Three", NULL);
  rampart_history_end_group (fixture->history);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), !=, "renaming");
  rampart_history_end_group (fixture->history);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "renaming");

  rampart_history_undo (fixture->history);
  g_assert_cmpstr (name_of (fixture), ==, "Before");
  g_assert_cmpstr (rampart_organisation_get_legal_name (fixture->organisation), ==, "");
  rampart_history_redo (fixture->history);
  g_assert_cmpstr (name_of (fixture), ==, "Three");
  g_assert_cmpstr (rampart_organisation_get_legal_name (fixture->organisation), ==, "Two");

  /* An empty group leaves no step behind. */
  rampart_history_begin_group (fixture->history, "nothing");
  rampart_history_end_group (fixture->history);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "renaming");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/core/history/undo-redo", test_undo_redo);
  ADD ("/core/history/typing-undoes-as-one", test_typing_undoes_as_one);
  ADD ("/core/history/other-field-is-new-step", test_other_field_is_new_step);
  ADD ("/core/history/break-merge", test_break_merge);
  ADD ("/core/history/new-edit-clears-redo", test_new_edit_clears_redo);
  ADD ("/core/history/unchanged-value-is-no-edit", test_unchanged_value_is_no_edit);
  ADD ("/core/history/notifies", test_notifies);
  ADD ("/core/history/generic-entry", test_generic_entry);
  ADD ("/core/history/push-while-applying", test_push_while_applying);
  ADD ("/core/history/group", test_group);
#undef ADD

  return g_test_run ();
}
