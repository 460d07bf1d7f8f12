/* test-policy-pages.c: the Policies section, as a person uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (build-aux/dev test). Set RAMPART_TEST_SCREENSHOTS to a
 * folder to get PNGs of the screens these tests visit.
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "rampart-application.h"
#include "rampart-finding-row.h"
#include "rampart-gui-test-utils.h"
#include "rampart-pdf-test-utils.h"
#include "rampart-picker-window.h"
#include "rampart-policies-page.h"
#include "rampart-policy-history-window.h"
#include "rampart-policy-revision.h"
#include "rampart-print-operation.h"
#include "rampart-record-page.h"
#include "rampart-soa.h"
#include "rampart-test-utils.h"
#include "rampart-window.h"

/* One application for the whole run, as in the real program. */
static RampartApplication *application;

typedef struct
{
  RampartTestFixture   base;
  RampartWindow       *window;
  RampartWorkspace    *workspace;
  RampartRecordList   *policies;
  RampartPoliciesPage *page;
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
  fixture->policies = rampart_workspace_get_policies (fixture->workspace);
  rampart_workspace_set_autosave_delay (fixture->workspace, 0);

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  rampart_window_show_section (fixture->window, "policies");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  rampart_test_settle ();
  fixture->page = RAMPART_POLICIES_PAGE (rampart_test_find_widget (GTK_WIDGET (fixture->window),
                                                                   RAMPART_TYPE_POLICIES_PAGE, "policies_page"));
  g_assert_nonnull (fixture->page);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  GtkWidget *other;

  /* Dialogs and windows a test left open go with it. */
  while ((other = rampart_test_find_window (ADW_TYPE_WINDOW)) != NULL && other != GTK_WIDGET (fixture->window))
    gtk_window_destroy (GTK_WINDOW (other));
  while ((other = rampart_test_find_window (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rampart_test_iterate ();
  g_clear_object (&fixture->window);
  rampart_test_fixture_teardown (&fixture->base, NULL);
}

static GtkWidget *
find (Fixture    *fixture,
      GType       type,
      const char *name)
{
  GtkWidget *widget = rampart_test_find_widget (GTK_WIDGET (fixture->page), type, name);

  g_assert_nonnull (widget);
  return widget;
}

static const char *
visible_child (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (find (fixture, GTK_TYPE_STACK, "main_stack")));
}

static guint
register_rows (Fixture *fixture)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find (fixture, GTK_TYPE_COLUMN_VIEW, "column_view"));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

static RampartPolicyEditor *
editor (Fixture *fixture)
{
  return rampart_policies_page_get_editor (fixture->page);
}

static GtkTextBuffer *
text_buffer (Fixture *fixture)
{
  GtkWidget *view = rampart_test_find_widget (GTK_WIDGET (editor (fixture)), GTK_SOURCE_TYPE_VIEW, "source_view");

  g_assert_nonnull (view);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static const char *
editor_label (Fixture    *fixture,
              const char *name)
{
  return gtk_label_get_text (GTK_LABEL (rampart_test_find_widget (GTK_WIDGET (editor (fixture)), GTK_TYPE_LABEL, name)));
}

static gboolean
preview_ready (gpointer data)
{
  Fixture *fixture = data;

  return !rampart_policy_editor_get_busy (editor (fixture)) && rampart_policy_editor_get_pdf (editor (fixture)) != NULL;
}

static void
wait_for_preview (Fixture *fixture)
{
  rampart_test_settle ();
  g_assert_true (rampart_test_wait_for (preview_ready, fixture));
  rampart_test_settle ();
}

static char *
preview_text (Fixture *fixture)
{
  PopplerDocument *document = rampart_test_open_pdf (rampart_policy_editor_get_pdf (editor (fixture)));
  char *text = rampart_test_document_text (document);

  g_object_unref (document);
  return text;
}

/* The register of the example: every policy, reviews that stand out, search and filters. */
static void
test_register (Fixture       *fixture,
               gconstpointer  unused)
{
  GtkDropDown *show = GTK_DROP_DOWN (find (fixture, GTK_TYPE_DROP_DOWN, "status_filter"));
  GtkEditable *search = GTK_EDITABLE (find (fixture, GTK_TYPE_SEARCH_ENTRY, "search_entry"));
  const char *summary = gtk_label_get_text (GTK_LABEL (find (fixture, GTK_TYPE_LABEL, "summary_label")));
  GtkWidget *findings = find (fixture, GTK_TYPE_LIST_BOX, "findings_list");
  g_autofree char *today = rampart_date_today ();
  guint due = 0;

  g_assert_cmpstr (visible_child (fixture), ==, "register");
  g_assert_cmpuint (register_rows (fixture), ==, g_list_model_get_n_items (G_LIST_MODEL (fixture->policies)));
  g_assert_cmpuint (register_rows (fixture), ==, 15);
  g_assert_true (strstr (summary, "15 policies: 1 in review, 14 approved.") == summary);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "policies-register.png");

  /* Reviews due or overdue: what the example has on the day the test runs */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->policies)); i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (G_LIST_MODEL (fixture->policies), i);
      RampartReviewState state = rampart_policy_get_review_state (policy, today);

      due += state == RAMPART_REVIEW_DUE || state == RAMPART_REVIEW_OVERDUE;
    }
  gtk_drop_down_set_selected (show, 5);
  rampart_test_settle ();
  g_assert_cmpuint (register_rows (fixture), ==, due);
  g_assert_cmpuint (rampart_test_count_visible (findings, RAMPART_TYPE_FINDING_ROW), ==, MIN (due, 4));

  /* In review */
  gtk_drop_down_set_selected (show, 2);
  rampart_test_settle ();
  g_assert_cmpuint (register_rows (fixture), ==, 1);

  /* Search looks through the text too. */
  gtk_drop_down_set_selected (show, 0);
  gtk_editable_set_text (search, "immutable vault");
  rampart_test_settle ();
  g_assert_cmpuint (register_rows (fixture), ==, 1);
  gtk_editable_set_text (search, "no such words anywhere");
  rampart_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find (fixture, GTK_TYPE_STACK, "list_stack"))), ==,
                   "no-results");
  gtk_editable_set_text (search, "");
  rampart_test_settle ();
  g_assert_cmpuint (register_rows (fixture), ==, 15);

  /* A row opens its policy; back returns to the register. */
  g_signal_emit_by_name (find (fixture, GTK_TYPE_COLUMN_VIEW, "column_view"), "activate", 0);
  rampart_test_settle ();
  g_assert_cmpstr (visible_child (fixture), ==, "editor");
  g_assert_cmpstr (rampart_policy_get_identifier (rampart_policy_editor_get_policy (editor (fixture))), ==,
                   "ISMS-POL-01");
  g_assert_true (rampart_page_get_can_navigate_back (RAMPART_PAGE (fixture->page)));
  g_assert_true (rampart_page_navigate_back (RAMPART_PAGE (fixture->page)));
  g_assert_cmpstr (visible_child (fixture), ==, "register");
}

static void
choose_in_picker (const char *key)
{
  GtkWidget *picker = rampart_test_find_window (RAMPART_TYPE_PICKER_WINDOW);
  GtkWidget *list;

  g_assert_nonnull (picker);
  list = rampart_test_find_widget (picker, GTK_TYPE_LIST_BOX, "list");
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "rampart-picker-key"), key) == 0)
      gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "rampart-picker-check"), TRUE);
  rampart_test_screenshot (picker, "policies-templates.png");
  g_assert_true (gtk_widget_activate_action (picker, "picker.done", NULL));
  rampart_test_settle ();
}

/* Fills in every place to adapt, as a person does: the next one is selected, they type over it. */
static void
adapt_all (Fixture *fixture)
{
  GtkTextBuffer *buffer = text_buffer (fixture);
  RampartPolicy *policy = rampart_policy_editor_get_policy (editor (fixture));

  while (strstr (rampart_policy_get_body (policy), "{{adapt:") != NULL)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor (fixture)), "policy.next-to-adapt", NULL));
      g_assert_true (gtk_text_buffer_get_has_selection (buffer));
      gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
      gtk_text_buffer_insert_at_cursor (buffer, "our own facts", -1);
      rampart_test_iterate ();
    }
}

static AdwMessageDialog *
open_approval (Fixture *fixture)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor (fixture)), "policy.approve", NULL));
  rampart_test_settle ();
  dialog = rampart_test_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  return ADW_MESSAGE_DIALOG (dialog);
}

/* From the template to its second approved revision, as a person goes. */
static void
test_template_to_revision (Fixture       *fixture,
                           gconstpointer  unused)
{
  RampartPolicy *policy;
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autofree char *text = NULL;
  GtkWidget *history;
  GtkTextIter end;

  /* A new workspace offers the templates. */
  g_assert_cmpstr (visible_child (fixture), ==, "empty");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "policies-empty.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "page.templates", NULL));
  rampart_test_settle ();
  choose_in_picker ("backup");

  /* The new policy opens in its editor, marked as a starting point. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->policies)), ==, 1);
  g_assert_cmpstr (visible_child (fixture), ==, "editor");
  policy = rampart_policy_editor_get_policy (editor (fixture));
  g_assert_cmpstr (rampart_policy_get_identifier (policy), ==, "ISMS-POL-01");
  g_assert_cmpstr (rampart_policy_get_title (policy), ==, "Backup policy");
  g_assert_cmpstr (editor_label (fixture, "status_label"), ==, "Draft");
  g_assert_cmpstr (editor_label (fixture, "version_label"), ==, "Version 1.0 draft");
  g_assert_nonnull (strstr (editor_label (fixture, "notice_label"), "starting point"));
  g_assert_nonnull (strstr (editor_label (fixture, "placeholders_label"), "places to adapt"));
  wait_for_preview (fixture);
  text = preview_text (fixture);
  g_assert_nonnull (strstr (text, "[To adapt: "));
  g_assert_nonnull (strstr (text, "DRAFT · Internal"));
  g_clear_pointer (&text, g_free);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "policy-editor-template.png");

  /* Not ready while places are left to adapt */
  dialog = open_approval (fixture);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Not Ready for Approval");
  adw_message_dialog_response (dialog, "adapt");
  rampart_test_settle ();
  g_assert_true (gtk_text_buffer_get_has_selection (text_buffer (fixture)));

  /* Written, it can go for review, then be approved. */
  adapt_all (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor (fixture)), "policy.submit", NULL));
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_IN_REVIEW);
  dialog = open_approval (fixture);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Approve Version 1.0?");
  /* A new workspace names no sponsor: someone must approve it. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "approve"));
  gtk_editable_set_text (GTK_EDITABLE (rampart_test_find_titled (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Approved By")),
                         "Daniel Okafor");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "approve"));
  rampart_test_screenshot (GTK_WIDGET (dialog), "policy-approve.png");
  adw_message_dialog_response (dialog, "approve");
  rampart_test_settle ();

  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_APPROVED);
  g_assert_cmpstr (editor_label (fixture, "status_label"), ==, "Approved");
  g_assert_cmpstr (editor_label (fixture, "version_label"), ==, "Version 1.0");
  g_assert_true (gtk_widget_get_visible (rampart_test_find_widget (GTK_WIDGET (editor (fixture)), GTK_TYPE_BUTTON,
                                                                   "revise_button")));
  wait_for_preview (fixture);
  text = preview_text (fixture);
  g_assert_null (strstr (text, "DRAFT"));
  g_assert_nonnull (strstr (text, "our own facts"));
  g_clear_pointer (&text, g_free);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "policy-editor-approved.png");

  /* Editing the approved text starts the next draft. */
  gtk_text_buffer_get_end_iter (text_buffer (fixture), &end);
  gtk_text_buffer_insert (text_buffer (fixture), &end, "\nRestores are tested every quarter.\n", -1);
  rampart_test_settle ();
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);
  g_assert_cmpstr (editor_label (fixture, "version_label"), ==, "Version 1.1 draft");
  g_assert_nonnull (strstr (editor_label (fixture, "notice_label"), "Version 1.0 stays in force"));

  /* A later revision says what it changes. */
  dialog = open_approval (fixture);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Approve Version 1.1?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "approve"));
  gtk_editable_set_text (GTK_EDITABLE (rampart_test_find_titled (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "What Changed")),
                         "Quarterly restore tests");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "approve"));
  adw_message_dialog_response (dialog, "approve");
  rampart_test_settle ();
  revisions = rampart_policy_list_revisions (policy);
  g_assert_cmpuint (revisions->len, ==, 2);
  g_assert_cmpstr (rampart_policy_revision_get_change_summary (g_ptr_array_index (revisions, 1)), ==,
                   "Quarterly restore tests");

  /* The history shows both, and what changed between them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor (fixture)), "policy.history", NULL));
  rampart_test_settle ();
  history = rampart_test_find_window (RAMPART_TYPE_POLICY_HISTORY_WINDOW);
  g_assert_nonnull (history);
  g_assert_cmpuint (rampart_test_count_visible (rampart_test_find_widget (history, GTK_TYPE_LIST_BOX, "revisions_list"),
                                                ADW_TYPE_ACTION_ROW), ==, 2);
  rampart_test_settle ();
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (rampart_test_find_widget (history, ADW_TYPE_VIEW_STACK,
                                                                                   "view_stack")), "changes");
  rampart_test_settle ();
  {
    GtkTextBuffer *diff = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rampart_test_find_widget (history, GTK_TYPE_TEXT_VIEW,
                                                                                             "diff_view")));
    GtkTextTag *added = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (diff), "added");
    GtkTextIter start;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_start_iter (diff, &start);
    gtk_text_buffer_get_end_iter (diff, &end);
    shown = gtk_text_buffer_get_text (diff, &start, &end, FALSE);
    g_assert_nonnull (strstr (shown, "Restores are tested every quarter."));
    /* Only the new sentence is marked as added. */
    g_assert_true (gtk_text_iter_forward_to_tag_toggle (&start, added));
    g_assert_true (gtk_text_iter_starts_tag (&start, added));
    {
      GtkTextIter tag_end = start;
      g_autofree char *marked = NULL;

      gtk_text_iter_forward_to_tag_toggle (&tag_end, added);
      marked = gtk_text_iter_get_text (&start, &tag_end);
      g_assert_nonnull (strstr (marked, "Restores are tested every quarter."));
      g_assert_cmpuint (strlen (marked), <, 60);
    }
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (rampart_test_find_widget (history, GTK_TYPE_LABEL, "compare_label"))),
                     ==, "From Version 1.0 to Version 1.1");
  }
  rampart_test_screenshot (history, "policy-history.png");
  gtk_window_destroy (GTK_WINDOW (history));

  /* Undo takes the last approval back. */
  g_assert_true (rampart_history_undo (rampart_workspace_get_history (fixture->workspace)));
  rampart_test_settle ();
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);
  g_assert_cmpstr (editor_label (fixture, "version_label"), ==, "Version 1.1 draft");
}

/* What the print operation makes is what the preview shows, page by page. */
static void
test_print_matches_preview (Fixture       *fixture,
                            gconstpointer  unused)
{
  RampartPolicy *policy = rampart_policies_find (fixture->policies, "ISMS-POL-03");
  g_autofree char *path = g_build_filename (fixture->base.dir, "printed.pdf", NULL);
  g_autoptr(RampartPrintOperation) operation = NULL;
  g_autoptr(GBytes) printed = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *preview, *print;

  rampart_policies_page_show_policy (fixture->page, policy);
  g_object_set (editor (fixture), "acknowledgement", TRUE, NULL);
  wait_for_preview (fixture);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "policy-editor.png");

  operation = rampart_print_operation_new (rampart_policy_editor_get_layout (editor (fixture)));
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  printed = rampart_test_read (path);
  preview = rampart_test_open_pdf (rampart_policy_editor_get_pdf (editor (fixture)));
  print = rampart_test_open_pdf (printed);
  g_assert_cmpint (poppler_document_get_n_pages (print), ==, poppler_document_get_n_pages (preview));
  for (int i = 0; i < poppler_document_get_n_pages (preview); i++)
    {
      g_autofree char *a = rampart_test_page_text (preview, i);
      g_autofree char *b = rampart_test_page_text (print, i);

      g_assert_cmpstr (a, ==, b);
    }
  {
    g_autofree char *last = rampart_test_page_text (print, poppler_document_get_n_pages (print) - 1);

    g_assert_nonnull (strstr (last, "Acknowledgement"));
  }
  g_object_unref (preview);
  g_object_unref (print);
}

/* The Statement of Applicability leads from a control to its policies and back. */
static void
test_soa_links (Fixture       *fixture,
                gconstpointer  unused)
{
  RampartSoaEntry *entry = rampart_soa_find_entry (rampart_workspace_get_soa_entries (fixture->workspace), "8.13");
  GtkWidget *soa, *list, *row;

  rampart_window_show_record (fixture->window, RAMPART_RECORD (entry));
  rampart_test_settle ();
  soa = rampart_test_find_widget (GTK_WIDGET (fixture->window), RAMPART_TYPE_RECORD_PAGE, "controls_page");
  list = rampart_test_find_widget (soa, GTK_TYPE_LIST_BOX, "policies_list");
  g_assert_nonnull (list);
  row = rampart_test_find_titled (list, ADW_TYPE_ACTION_ROW, "ISMS-POL-06 Backup policy");
  g_assert_nonnull (row);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "soa-policies.png");

  g_signal_emit_by_name (list, "row-activated", row);
  rampart_test_settle ();
  g_assert_cmpstr (visible_child (fixture), ==, "editor");
  g_assert_cmpstr (rampart_policy_get_identifier (rampart_policy_editor_get_policy (editor (fixture))), ==,
                   "ISMS-POL-06");
}

/* In the dark, placeholders and the preview stay readable. */
static void
test_dark (Fixture       *fixture,
           gconstpointer  unused)
{
  RampartPolicy *policy = rampart_policies_find (fixture->policies, "ISMS-POL-11");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  rampart_policies_page_show_policy (fixture->page, policy);
  wait_for_preview (fixture);
  g_assert_cmpstr (editor_label (fixture, "status_label"), ==, "In review");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "policy-editor-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* The section fits a phone-sized window. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  unused)
{
  int minimum = 0;

  rampart_policies_page_show_policy (fixture->page, rampart_policies_find (fixture->policies, "ISMS-POL-02"));
  rampart_test_show (GTK_WIDGET (fixture->window), 360, 720);
  rampart_test_settle ();
  /* As a person does: the section's row in the sidebar. */
  rampart_test_activate_section (GTK_WIDGET (fixture->window), "policies");
  rampart_test_settle ();
  g_assert_cmpstr (visible_child (fixture), ==, "editor");
  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "policy-editor-narrow.png");

  /* With two steps to offer, a policy in review fits as well. */
  rampart_policies_page_show_policy (fixture->page, rampart_policies_find (fixture->policies, "ISMS-POL-11"));
  rampart_test_settle ();
  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "policy-editor-narrow-review.png");

  /* The register fits too. */
  g_assert_true (rampart_page_navigate_back (RAMPART_PAGE (fixture->page)));
  rampart_test_settle ();
  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "policies-register-narrow.png");
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
  ADD ("/gui/policies/register", test_register, TRUE);
  ADD ("/gui/policies/template-to-revision", test_template_to_revision, FALSE);
  ADD ("/gui/policies/print-matches-preview", test_print_matches_preview, TRUE);
  ADD ("/gui/policies/soa-links", test_soa_links, TRUE);
  ADD ("/gui/policies/dark", test_dark, TRUE);
  ADD ("/gui/policies/narrow", test_narrow, TRUE);
#undef ADD

  return g_test_run ();
}
