/* test-window.c: the main window, as a person uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (build-aux/dev test). Set RAMPART_TEST_SCREENSHOTS to a
 * folder to get PNGs of the screens these tests visit.
 */

#include "config.h"

#include <adwaita.h>

#include "rampart-application.h"
#include "rampart-gui-test-utils.h"
#include "rampart-profile-page.h"
#include "rampart-record-page.h"
#include "rampart-record-row.h"
#include "rampart-test-utils.h"
#include "rampart-window.h"

/* One application for the whole run, as in the real program. */
static RampartApplication *application;

typedef struct
{
  char *dir;
  char *path;
  GFile *file;
  RampartApplication *app;
  RampartWindow *window;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  open_example)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = rampart_test_make_dir ();
  fixture->path = rampart_test_new_workspace (fixture->dir, "Kestrel Data.isms", TRUE);
  fixture->file = g_file_new_for_path (fixture->path);

  fixture->app = g_object_ref (application);
  fixture->window = g_object_ref (rampart_window_new (fixture->app));
  if (GPOINTER_TO_INT (open_example))
    {
      g_assert_true (rampart_window_open_file (fixture->window, fixture->file, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rampart_test_iterate ();
  g_clear_object (&fixture->window);
  g_clear_object (&fixture->app);
  rampart_test_remove_tree (fixture->dir);
  g_clear_object (&fixture->file);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static AdwEntryRow *
entry_row_titled (Fixture    *fixture,
                  const char *title)
{
  GPtrArray *stack = g_ptr_array_new ();
  AdwEntryRow *found = NULL;

  /* The organisation page's fields; other pages have fields of the same names. */
  g_ptr_array_add (stack, rampart_test_find_widget (GTK_WIDGET (fixture->window), RAMPART_TYPE_PROFILE_PAGE, NULL));
  while (stack->len > 0 && found == NULL)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (ADW_IS_ENTRY_ROW (widget) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
        found = ADW_ENTRY_ROW (widget);

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_ptr_array_unref (stack);

  g_assert_nonnull (found);
  return found;
}

static void
activate_section (Fixture    *fixture,
                  const char *name)
{
  rampart_test_activate_section (GTK_WIDGET (fixture->window), name);
}

static void
test_opens_example (Fixture       *fixture,
                    gconstpointer  unused)
{
  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Kestrel Data.isms");
  g_assert_cmpstr (rampart_window_get_section (fixture->window), ==, "profile");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row_titled (fixture, "Name"))),
                   ==, "Kestrel Data");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row_titled (fixture, "Legal Name"))),
                   ==, "Kestrel Data Services Ltd");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "organisation.png");
}

static void
test_sidebar_navigation (Fixture       *fixture,
                         gconstpointer  unused)
{
  GtkWidget *page;
  GtkWidget *search;
  GtkStack *stack;

  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);
  activate_section (fixture, "controls");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  rampart_test_iterate ();

  g_assert_cmpstr (rampart_window_get_section (fixture->window), ==, "controls");
  page = rampart_test_find_widget (GTK_WIDGET (fixture->window), RAMPART_TYPE_RECORD_PAGE, "controls_page");
  g_assert_nonnull (page);
  g_assert_cmpuint (rampart_test_count_visible (page, RAMPART_TYPE_RECORD_ROW), >=, 93);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "controls.png");

  search = rampart_test_find_widget (page, GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "Information backup");
  rampart_test_settle ();
  g_assert_cmpuint (rampart_test_count_visible (page, RAMPART_TYPE_RECORD_ROW), <, 93);
  g_assert_cmpuint (rampart_test_count_visible (page, RAMPART_TYPE_RECORD_ROW), >=, 1);

  gtk_editable_set_text (GTK_EDITABLE (search), "no such control");
  rampart_test_settle ();
  g_assert_cmpuint (rampart_test_count_visible (page, RAMPART_TYPE_RECORD_ROW), ==, 0);
  stack = GTK_STACK (rampart_test_find_widget (page, GTK_TYPE_STACK, "list_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "controls-no-match.png");
  gtk_editable_set_text (GTK_EDITABLE (search), "");

  activate_section (fixture, "profile");
  g_assert_cmpstr (rampart_window_get_section (fixture->window), ==, "profile");
}

static gboolean
window_gone_cb (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_edit_reaches_file (Fixture       *fixture,
                        gconstpointer  unused)
{
  g_autoptr(RampartWorkspace) reopened = NULL;
  g_autoptr(GError) error = NULL;
  RampartWindow *window = fixture->window;
  GtkWidget *spin;

  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (fixture, "Sector")), "Payroll software");
  spin = rampart_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_SPIN_BUTTON, "staff_spin");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 44);
  rampart_test_iterate ();
  g_assert_true (rampart_workspace_get_has_unsaved_changes (rampart_window_get_workspace (window)));

  /* Closing the window saves. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_clear_object (&fixture->window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (rampart_test_wait_for (window_gone_cb, &window));

  reopened = rampart_workspace_open (fixture->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rampart_organisation_get_sector (rampart_workspace_get_organisation (reopened)),
                   ==, "Payroll software");
  g_assert_cmpuint (rampart_organisation_get_staff_count (rampart_workspace_get_organisation (reopened)),
                    ==, 44);

  fixture->window = g_object_ref (rampart_window_new (fixture->app));
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  unused)
{
  AdwEntryRow *name;

  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);
  name = entry_row_titled (fixture, "Name");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL) &&
                  !g_str_equal (gtk_editable_get_text (GTK_EDITABLE (name)), "Kestrel Data"));

  gtk_editable_set_text (GTK_EDITABLE (name), "Kestrel");
  gtk_editable_set_text (GTK_EDITABLE (name), "Kestrel Analytics");
  rampart_test_iterate ();

  /* Ctrl+Z takes back the whole burst of typing, Ctrl+Shift+Z brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  rampart_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Kestrel Data");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL));
  rampart_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Kestrel Analytics");
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  unused)
{
  AdwLeaflet *leaflet;

  rampart_test_show (GTK_WIDGET (fixture->window), 360, 640);
  leaflet = ADW_LEAFLET (rampart_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_LEAFLET, NULL));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 360);

  /* Folded, the window shows one pane at a time: sections, then a section. */
  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  rampart_test_iterate ();
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "narrow-sections.png");
  activate_section (fixture, "profile");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (gtk_buildable_get_buildable_id (GTK_BUILDABLE (adw_leaflet_get_visible_child (leaflet))), ==, "content");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "narrow-organisation.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-sections", NULL));
  rampart_test_iterate ();
  g_assert_cmpstr (gtk_buildable_get_buildable_id (GTK_BUILDABLE (adw_leaflet_get_visible_child (leaflet))), ==, "sidebar");
}

static void
test_welcome (Fixture       *fixture,
              gconstpointer  unused)
{
  GtkWidget *stack;

  rampart_application_add_recent (fixture->app, fixture->file);
  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);

  stack = rampart_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_STACK, "main_stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "welcome");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Rampart");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL) &&
                  FALSE);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "welcome.png");

  rampart_application_remove_recent (fixture->app, fixture->file);
  g_assert_cmpuint (g_list_model_get_n_items (rampart_application_get_recent (fixture->app)), ==, 0);
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  unused)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);
  g_assert_true (adw_style_manager_get_dark (style));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "organisation-dark.png");
  activate_section (fixture, "controls");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "controls-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
save_failed_cb (gpointer data)
{
  return rampart_workspace_get_save_error (data) != NULL;
}

static gboolean
revealed_cb (gpointer data)
{
  return gtk_revealer_get_child_revealed (data);
}

static AdwMessageDialog *
find_dialog (void)
{
  GtkWidget *dialog = rampart_test_find_window (ADW_TYPE_MESSAGE_DIALOG);

  return dialog != NULL ? ADW_MESSAGE_DIALOG (dialog) : NULL;
}

static void
test_save_error (Fixture       *fixture,
                 gconstpointer  unused)
{
  RampartWorkspace *workspace = rampart_window_get_workspace (fixture->window);
  g_autofree char *other_path = rampart_test_new_workspace (fixture->dir, "Other.isms", FALSE);
  g_autoptr(GBytes) other = rampart_test_read (other_path);
  RampartWindow *window = fixture->window;
  GtkRevealer *banner;
  AdwMessageDialog *dialog;

  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);
  rampart_workspace_set_autosave_delay (workspace, 10);
  banner = GTK_REVEALER (rampart_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_REVEALER,
                                      "save_error_revealer"));
  g_assert_false (gtk_revealer_get_reveal_child (banner));

  /* Another program replaces the file; the next autosave must not overwrite it. */
  g_usleep (20000);
  rampart_test_write (fixture->path, g_bytes_get_data (other, NULL), g_bytes_get_size (other));
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (fixture, "Name")), "Mine");
  g_assert_true (rampart_test_wait_for (save_failed_cb, workspace));
  rampart_test_iterate ();
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  g_assert_true (rampart_test_wait_for (revealed_cb, banner));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "save-error.png");

  /* Closing asks before losing the edit; discarding leaves their file alone. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  rampart_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_clear_object (&fixture->window);
  adw_message_dialog_response (dialog, "discard");
  g_assert_true (rampart_test_wait_for (window_gone_cb, &window));
  rampart_test_assert_file_is (fixture->path, other);

  fixture->window = g_object_ref (rampart_window_new (fixture->app));
}

static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  unused)
{
  GtkWidget *row;

  rampart_application_add_recent (fixture->app, fixture->file);
  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);
  rampart_test_assert_controls_named (GTK_WIDGET (fixture->window), "the welcome screen");

  g_assert_true (rampart_window_open_file (fixture->window, fixture->file, NULL));
  rampart_test_iterate ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  rampart_test_assert_controls_named (GTK_WIDGET (fixture->window), "the organisation page");

  activate_section (fixture, "controls");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  rampart_test_settle ();
  row = rampart_test_find_widget (GTK_WIDGET (fixture->window), RAMPART_TYPE_RECORD_ROW, NULL);
  gtk_widget_activate (row);
  rampart_test_settle ();
  row = rampart_test_find_titled (GTK_WIDGET (fixture->window), ADW_TYPE_EXPANDER_ROW, "Attributes");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  rampart_test_iterate ();
  rampart_test_assert_controls_named (GTK_WIDGET (fixture->window), "the controls page");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  gtk_test_init (&argc, &argv, NULL);

  application = rampart_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func, open) \
  g_test_add (path, Fixture, GINT_TO_POINTER (open), fixture_setup, func, fixture_teardown)
  ADD ("/gui/window/opens-example", test_opens_example, TRUE);
  ADD ("/gui/window/sidebar-navigation", test_sidebar_navigation, TRUE);
  ADD ("/gui/window/edit-profile-reaches-file", test_edit_reaches_file, TRUE);
  ADD ("/gui/window/undo", test_undo, TRUE);
  ADD ("/gui/window/save-error", test_save_error, TRUE);
  ADD ("/gui/window/narrow", test_narrow, TRUE);
  ADD ("/gui/window/welcome", test_welcome, FALSE);
  ADD ("/gui/window/dark", test_dark, TRUE);
  ADD ("/gui/window/accessible-names", test_accessible_names, FALSE);
#undef ADD

  return g_test_run ();
}
