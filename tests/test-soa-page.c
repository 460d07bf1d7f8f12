/* test-soa-page.c: the Statement of Applicability section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (build-aux/dev test). Set RAMPART_TEST_SCREENSHOTS to a
 * folder to get PNGs of the screens these tests visit.
 */

#include "config.h"

#include <adwaita.h>

#include "rampart-application.h"
#include "rampart-finding-row.h"
#include "rampart-gui-test-utils.h"
#include "rampart-record-page.h"
#include "rampart-record-row.h"
#include "rampart-soa-versions-window.h"
#include "rampart-soa.h"
#include "rampart-test-utils.h"
#include "rampart-window.h"

/* One application for the whole run, as in the real program. */
static RampartApplication *application;

typedef struct
{
  RampartTestFixture  base;
  RampartWindow      *window;
  RampartWorkspace   *workspace;
  RampartRecordList  *entries;
  GtkWidget          *page;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  example)
{
  g_autoptr(GError) error = NULL;

  rampart_test_fixture_setup (&fixture->base, example);
  fixture->window = g_object_ref (rampart_window_new (application));
  g_assert_true (rampart_window_open_file (fixture->window, fixture->base.file, &error));
  g_assert_no_error (error);
  fixture->workspace = rampart_window_get_workspace (fixture->window);
  fixture->entries = rampart_workspace_get_soa_entries (fixture->workspace);
  rampart_workspace_set_autosave_delay (fixture->workspace, 0);

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  rampart_window_show_section (fixture->window, "controls");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  rampart_test_settle ();
  fixture->page = rampart_test_find_widget (GTK_WIDGET (fixture->window), RAMPART_TYPE_RECORD_PAGE, "controls_page");
  g_assert_nonnull (fixture->page);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rampart_test_iterate ();
  g_clear_object (&fixture->window);
  rampart_test_fixture_teardown (&fixture->base, NULL);
}

static RampartSoaEntry *
entry (Fixture    *fixture,
       const char *control_id)
{
  RampartSoaEntry *found = rampart_soa_find_entry (fixture->entries, control_id);

  g_assert_nonnull (found);
  return found;
}

static RampartRecordRow *
row_of (Fixture       *fixture,
        RampartRecord *record)
{
  for (GtkWidget *row = rampart_test_find_widget (fixture->page, RAMPART_TYPE_RECORD_ROW, NULL);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (RAMPART_IS_RECORD_ROW (row) && rampart_record_row_get_record (RAMPART_RECORD_ROW (row)) == record)
      return RAMPART_RECORD_ROW (row);

  return NULL;
}

static guint
visible_rows (Fixture *fixture)
{
  return rampart_test_count_visible (fixture->page, RAMPART_TYPE_RECORD_ROW);
}

static AdwComboRow *
filter_row (Fixture    *fixture,
            const char *id)
{
  GtkWidget *row = rampart_test_find_widget (fixture->page, ADW_TYPE_COMBO_ROW, id);

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  unused)
{
  AdwComboRow *theme = filter_row (fixture, "theme_filter_row");
  AdwComboRow *applicability = filter_row (fixture, "applicability_filter_row");
  AdwComboRow *attribute = filter_row (fixture, "attribute_filter_row");
  GtkLabel *count = GTK_LABEL (rampart_test_find_widget (fixture->page, GTK_TYPE_LABEL, "count_label"));
  GListModel *labels;
  guint corrective = GTK_INVALID_LIST_POSITION;

  g_assert_cmpuint (visible_rows (fixture), ==, 93);
  g_assert_cmpstr (gtk_label_get_text (count), ==, "93 controls");

  /* People controls: 6.1 to 6.8 */
  adw_combo_row_set_selected (theme, 2);
  rampart_test_settle ();
  g_assert_cmpuint (visible_rows (fixture), ==, 8);
  g_assert_nonnull (row_of (fixture, RAMPART_RECORD (entry (fixture, "6.3"))));
  g_assert_cmpstr (gtk_label_get_text (count), ==, "8 of 93 controls");

  /* Excluded: none yet, until one is */
  adw_combo_row_set_selected (theme, 0);
  adw_combo_row_set_selected (applicability, 3);
  rampart_test_settle ();
  g_assert_cmpuint (visible_rows (fixture), ==, 0);
  g_object_set (entry (fixture, "7.5"), "applicability", RAMPART_APPLICABILITY_EXCLUDED, NULL);
  rampart_record_browser_refilter (rampart_record_page_get_browser (RAMPART_RECORD_PAGE (fixture->page)));
  rampart_test_settle ();
  g_assert_cmpuint (visible_rows (fixture), ==, 1);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-filtered.png");

  /* An ISO/IEC 27002 attribute: the corrective controls */
  gtk_widget_activate_action (fixture->page, "soa.clear-filters", NULL);
  labels = adw_combo_row_get_model (attribute);
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), "Control type: Corrective") == 0)
      corrective = i;
  g_assert_cmpuint (corrective, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (attribute, corrective);
  rampart_test_settle ();
  g_assert_cmpuint (visible_rows (fixture), >, 0);
  g_assert_cmpuint (visible_rows (fixture), <, 93);
  g_assert_nonnull (row_of (fixture, RAMPART_RECORD (entry (fixture, "5.26"))));
  g_assert_null (row_of (fixture, RAMPART_RECORD (entry (fixture, "5.1"))));

  gtk_widget_activate_action (fixture->page, "soa.clear-filters", NULL);
  rampart_test_settle ();
  g_assert_cmpuint (visible_rows (fixture), ==, 93);
}

static void
test_edit_in_list (Fixture       *fixture,
                   gconstpointer  unused)
{
  RampartSoaEntry *backup = entry (fixture, "8.13");
  RampartRecordRow *row = row_of (fixture, RAMPART_RECORD (backup));
  RampartHistory *history = rampart_workspace_get_history (fixture->workspace);
  GtkWidget *applicability, *implementation;

  g_assert_nonnull (row);
  applicability = rampart_test_find_widget (GTK_WIDGET (row), GTK_TYPE_DROP_DOWN, NULL);
  g_assert_nonnull (applicability);
  implementation = gtk_widget_get_next_sibling (applicability);
  g_assert_true (GTK_IS_DROP_DOWN (implementation));

  /* The implementation of an undecided control means nothing yet. */
  g_assert_false (gtk_widget_get_sensitive (implementation));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (applicability), RAMPART_APPLICABILITY_INCLUDED);
  g_assert_cmpint (rampart_soa_entry_get_applicability (backup), ==, RAMPART_APPLICABILITY_INCLUDED);
  g_assert_true (gtk_widget_get_sensitive (implementation));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (implementation), RAMPART_IMPLEMENTATION_IMPLEMENTED);
  g_assert_cmpint (rampart_soa_entry_get_implementation (backup), ==, RAMPART_IMPLEMENTATION_IMPLEMENTED);
  rampart_test_settle ();
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-edited-in-list.png");

  /* Undo, as Ctrl+Z does, and the list follows */
  g_assert_true (rampart_history_undo (history));
  g_assert_cmpint (rampart_soa_entry_get_implementation (backup), ==, RAMPART_IMPLEMENTATION_NOT_STARTED);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (implementation)), ==, RAMPART_IMPLEMENTATION_NOT_STARTED);

  /* The row warns that the control is included without a reason; the editor shows the same control */
  rampart_record_browser_select (rampart_record_page_get_browser (RAMPART_RECORD_PAGE (fixture->page)),
                                 RAMPART_RECORD (backup));
  rampart_test_settle ();
  g_assert_nonnull (rampart_test_find_titled (fixture->page, ADW_TYPE_EXPANDER_ROW, "Attributes"));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-editor.png");
  rampart_test_assert_controls_named (GTK_WIDGET (fixture->window), "the Statement of Applicability");
}

static void
test_issue_version (Fixture       *fixture,
                    gconstpointer  unused)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog, *window;

  g_object_set (entry (fixture, "5.1"), "applicability", RAMPART_APPLICABILITY_INCLUDED, NULL);

  gtk_widget_activate_action (fixture->page, "soa.issue", NULL);
  rampart_test_settle ();
  dialog = rampart_test_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Issue Version 1?");

  /* The profile names no sponsor here: someone must approve it. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "issue"));
  gtk_editable_set_text (GTK_EDITABLE (rampart_test_find_titled (dialog, ADW_TYPE_ENTRY_ROW, "Approved By")),
                         "Amelia Hart");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "issue"));
  rampart_test_screenshot (dialog, "soa-issue.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "issue");
  rampart_test_settle ();

  versions = rampart_workspace_list_soa_versions (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpuint (rampart_soa_version_get_number (g_ptr_array_index (versions, 0)), ==, 1);

  /* A change, then the versions compared */
  g_object_set (entry (fixture, "5.2"), "applicability", RAMPART_APPLICABILITY_INCLUDED, NULL);
  gtk_widget_activate_action (fixture->page, "soa.versions", NULL);
  rampart_test_settle ();
  window = rampart_test_find_window (RAMPART_TYPE_SOA_VERSIONS_WINDOW);
  g_assert_nonnull (window);
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (rampart_test_find_widget (window, GTK_TYPE_LABEL, "heading_label"))),
                   ==, "Version 1");
  /* The first version has none before it: it shows whole. */
  g_assert_nonnull (rampart_test_find_titled (window, ADW_TYPE_ACTION_ROW, "5.1 Policies for information security"));
  rampart_test_screenshot (window, "soa-version-whole.png");

  /* The current decisions, against version 1 */
  gtk_list_box_select_row (GTK_LIST_BOX (rampart_test_find_widget (window, GTK_TYPE_LIST_BOX, "versions_list")),
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (rampart_test_find_widget (window, GTK_TYPE_LIST_BOX, "versions_list")), 0));
  rampart_test_settle ();
  g_assert_nonnull (rampart_test_find_titled (window, ADW_TYPE_EXPANDER_ROW, "5.2 Information security roles and responsibilities"));
  g_assert_null (rampart_test_find_titled (window, ADW_TYPE_EXPANDER_ROW, "5.1 Policies for information security"));
  rampart_test_screenshot (window, "soa-versions.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_overview_and_own_control (Fixture       *fixture,
                               gconstpointer  unused)
{
  RampartRecordBrowser *browser = rampart_record_page_get_browser (RAMPART_RECORD_PAGE (fixture->page));
  GtkWidget *progress = rampart_test_find_widget (fixture->page, GTK_TYPE_LABEL, "progress_label");
  RampartRecord *added;

  rampart_record_browser_show_overview (browser);
  rampart_test_settle ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (progress)), ==, "0 of 93 controls decided");
  g_assert_cmpuint (rampart_test_count_visible (fixture->page, RAMPART_TYPE_FINDING_ROW), ==, 8);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-overview.png");

  g_object_set (entry (fixture, "5.1"), "applicability", RAMPART_APPLICABILITY_INCLUDED, NULL);
  rampart_test_settle ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (progress)), ==, "1 of 93 controls decided");

  /* Add makes a control of the organisation's own, selected for editing */
  gtk_widget_activate_action (GTK_WIDGET (browser), "browser.add", NULL);
  rampart_test_settle ();
  added = rampart_record_browser_get_selected (browser);
  g_assert_nonnull (added);
  g_assert_cmpstr (rampart_soa_entry_get_control_id (RAMPART_SOA_ENTRY (added)), ==, "ORG-1");
  g_assert_true (gtk_widget_get_mapped (rampart_test_find_widget (fixture->page, ADW_TYPE_ENTRY_ROW, "title_row")));
  g_object_set (added, "title", "Call-back before bank detail changes", NULL);
  rampart_test_settle ();
  g_assert_nonnull (row_of (fixture, added));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-own-control.png");
}

/* The example's statement is finished: all decided, nothing missing, version 2 in force. */
static void
test_example (Fixture       *fixture,
              gconstpointer  unused)
{
  RampartRecordBrowser *browser = rampart_record_page_get_browser (RAMPART_RECORD_PAGE (fixture->page));
  GtkWidget *progress = rampart_test_find_widget (fixture->page, GTK_TYPE_LABEL, "progress_label");
  GtkWidget *findings = rampart_test_find_widget (fixture->page, ADW_TYPE_PREFERENCES_GROUP, "findings_group");
  GtkWidget *version = rampart_test_find_widget (fixture->page, ADW_TYPE_ACTION_ROW, "version_row");

  rampart_record_browser_show_overview (browser);
  rampart_test_settle ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (progress)), ==, "95 of 95 controls decided");
  g_assert_false (gtk_widget_get_visible (findings));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (version)), "Version 2, approved by"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (version)), ==, "No changes since it was issued");
  /* Nothing changed since version 2: there is nothing to issue. */
  g_assert_false (gtk_widget_get_sensitive (rampart_test_find_titled (fixture->page, GTK_TYPE_BUTTON, "_Issue Version…")));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-example-overview.png");

  rampart_record_browser_select (browser, RAMPART_RECORD (entry (fixture, "8.13")));
  rampart_test_settle ();
  /* The risks treated with it lead to them. */
  g_assert_nonnull (rampart_test_find_widget (fixture->page, GTK_TYPE_LIST_BOX, "risks_list"));
  g_assert_cmpuint (rampart_test_count_visible (rampart_test_find_widget (fixture->page, GTK_TYPE_LIST_BOX, "risks_list"),
                                                ADW_TYPE_ACTION_ROW), >, 0);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-example.png");

  rampart_record_browser_select (browser, RAMPART_RECORD (entry (fixture, "7.4")));
  rampart_test_settle ();
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-example-excluded.png");
}

/* The section fits a phone-sized window: the list first, then the editor in its place. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  unused)
{
  RampartRecordBrowser *browser = rampart_record_page_get_browser (RAMPART_RECORD_PAGE (fixture->page));
  int minimum = 0;

  rampart_test_show (GTK_WIDGET (fixture->window), 360, 720);
  rampart_test_settle ();

  /* As a person does: the section's row in the sidebar. */
  rampart_test_activate_section (GTK_WIDGET (fixture->window), "controls");
  rampart_test_settle ();
  gtk_widget_measure (fixture->page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_false (rampart_record_browser_get_can_navigate_back (browser));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-narrow.png");

  rampart_record_browser_select (browser, RAMPART_RECORD (entry (fixture, "5.23")));
  rampart_record_browser_show_editor (browser);
  rampart_test_settle ();
  g_assert_true (rampart_record_browser_get_can_navigate_back (browser));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-narrow-editor.png");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  rampart_test_gui_init (&argc, &argv);

  application = rampart_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func, example) \
  g_test_add (path, Fixture, GINT_TO_POINTER (example), fixture_setup, func, fixture_teardown)
  ADD ("/gui/soa/filters", test_filters, FALSE);
  ADD ("/gui/soa/edit-in-list", test_edit_in_list, FALSE);
  ADD ("/gui/soa/issue-version", test_issue_version, FALSE);
  ADD ("/gui/soa/overview-and-own-control", test_overview_and_own_control, FALSE);
  ADD ("/gui/soa/narrow", test_narrow, FALSE);
  ADD ("/gui/soa/example", test_example, TRUE);
#undef ADD

  return g_test_run ();
}
