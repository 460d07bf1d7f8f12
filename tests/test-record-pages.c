/* test-record-pages.c: the context, interested parties, scope and roles pages
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
#include "rampart-requirement-row.h"
#include "rampart-test-utils.h"
#include "rampart-window.h"

/* One application for the whole run, as in the real program. */
static RampartApplication *application;

typedef struct
{
  RampartTestFixture  base;
  RampartWindow      *window;
  RampartWorkspace   *workspace;
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
  rampart_workspace_set_autosave_delay (fixture->workspace, 0);
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

static RampartRecordPage *
open_section (Fixture    *fixture,
              const char *name)
{
  g_autofree char *id = g_strconcat (name, "_page", NULL);
  GtkWidget *page;

  rampart_window_show_section (fixture->window, name);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  rampart_test_iterate ();

  page = rampart_test_find_widget (GTK_WIDGET (fixture->window), RAMPART_TYPE_RECORD_PAGE, id);
  g_assert_nonnull (page);
  return RAMPART_RECORD_PAGE (page);
}

/* Every text view on screen under @root is tall enough for all its text. */
static void
check_text_fits (GtkWidget *root)
{
  if (!gtk_widget_get_mapped (root))
    return;

  if (GTK_IS_TEXT_VIEW (root))
    {
      int natural = 0;

      gtk_widget_measure (root, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (root), NULL, &natural, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (root), >=, natural);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_text_fits (child);
}

/* ...once the fields had the frames they need to measure their text. */
static void
assert_text_fits (GtkWidget *root)
{
  for (guint i = 0; i < 3; i++)
    {
      gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (root)));
      rampart_test_settle ();
    }

  check_text_fits (root);
}

static RampartRecordBrowser *
browser_of (RampartRecordPage *page)
{
  return rampart_record_page_get_browser (page);
}

static RampartRecordRow *
row_of (RampartRecordPage *page,
        RampartRecord     *record)
{
  for (GtkWidget *row = rampart_test_find_widget (GTK_WIDGET (page), RAMPART_TYPE_RECORD_ROW, NULL);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (RAMPART_IS_RECORD_ROW (row) && rampart_record_row_get_record (RAMPART_RECORD_ROW (row)) == record)
      return RAMPART_RECORD_ROW (row);

  return NULL;
}

static void
test_pages_show_example (Fixture       *fixture,
                         gconstpointer  unused)
{
  static const struct {
    const char *section;
    guint       rows;
    const char *screenshot;
  } sections[] = {
    { "context", 8, "context.png" },
    { "parties", 8, "parties.png" },
    { "scope", 19, "scope-entry.png" },
    { "roles", 8, "roles.png" },
  };

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      RampartRecordPage *page = open_section (fixture, sections[i].section);
      RampartRecordBrowser *browser = browser_of (page);
      RampartRecordRow *first;

      g_assert_cmpstr (rampart_window_get_section (fixture->window), ==, sections[i].section);
      g_assert_cmpuint (rampart_test_count_visible (GTK_WIDGET (page), RAMPART_TYPE_RECORD_ROW), ==, sections[i].rows);

      /* Choosing a row opens its editor. */
      first = RAMPART_RECORD_ROW (rampart_test_find_widget (GTK_WIDGET (page), RAMPART_TYPE_RECORD_ROW, NULL));
      g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (first)), "row-activated", first);
      gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (first))), GTK_LIST_BOX_ROW (first));
      rampart_test_iterate ();
      g_assert_true (rampart_record_browser_get_selected (browser) == rampart_record_row_get_record (first));
      rampart_test_screenshot (GTK_WIDGET (fixture->window), sections[i].screenshot);

      rampart_test_assert_controls_named (GTK_WIDGET (page), sections[i].section);
    }

  /* The scope opens on its statement, summary and what is missing, all of them in view. */
  rampart_record_browser_show_overview (browser_of (open_section (fixture, "scope")));
  rampart_test_iterate ();
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "scope.png");
  assert_text_fits (GTK_WIDGET (fixture->window));
}

/* At the window's first size the editor is narrower, and its text wraps on more lines. */
static void
test_text_fits (Fixture       *fixture,
                gconstpointer  unused)
{
  static const char *sections[] = { "roles", "context", "scope" };

  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      RampartRecordPage *page = open_section (fixture, sections[i]);
      RampartRecordRow *first = RAMPART_RECORD_ROW (rampart_test_find_widget (GTK_WIDGET (page),
                                                                              RAMPART_TYPE_RECORD_ROW, NULL));

      rampart_record_browser_select (browser_of (page), rampart_record_row_get_record (first));
      rampart_test_settle ();
      assert_text_fits (GTK_WIDGET (page));
    }

  rampart_record_browser_show_overview (browser_of (open_section (fixture, "scope")));
  rampart_test_settle ();
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "scope-1000.png");
  assert_text_fits (GTK_WIDGET (fixture->window));
}

/* Clicks the Undo button of the toast on screen. */
static void
click_toast_undo (Fixture *fixture)
{
  GtkWidget *overlay = rampart_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_TOAST_OVERLAY, NULL);
  GtkWidget *button = rampart_test_find_titled (overlay, GTK_TYPE_BUTTON, "_Undo");

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  rampart_test_iterate ();
}

static void
test_add_edit_undo_delete (Fixture       *fixture,
                           gconstpointer  unused)
{
  RampartRecordPage *page;
  RampartRecordList *issues = rampart_workspace_get_context_issues (fixture->workspace);
  RampartRecord *issue;
  GtkWidget *description;
  guint before = g_list_model_get_n_items (G_LIST_MODEL (issues));

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  page = open_section (fixture, "context");

  /* Ctrl+Shift+N adds an issue, selects it, and opens its editor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add", NULL));
  rampart_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (issues)), ==, before + 1);
  issue = rampart_record_browser_get_selected (browser_of (page));
  g_assert_nonnull (issue);
  g_assert_cmpint (rampart_record_get_id (issue), >, 0);

  /* Typing in the editor edits the record, and its row follows. */
  description = rampart_test_find_titled (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Issue");
  gtk_editable_set_text (GTK_EDITABLE (description), "Energy prices double");
  rampart_test_settle ();
  g_assert_cmpstr (rampart_context_issue_get_description (RAMPART_CONTEXT_ISSUE (issue)), ==, "Energy prices double");
  g_assert_nonnull (row_of (page, issue));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "context-new-issue.png");

  /* Delete: gone at once, with Undo in a toast. */
  g_object_ref (issue);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (browser_of (page)), "browser.delete", NULL));
  rampart_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (issues)), ==, before);
  g_assert_null (row_of (page, issue));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "context-deleted.png");

  click_toast_undo (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (issues)), ==, before + 1);
  g_assert_nonnull (row_of (page, issue));
  g_assert_true (rampart_record_browser_get_selected (browser_of (page)) == issue);
  g_assert_cmpstr (rampart_context_issue_get_description (RAMPART_CONTEXT_ISSUE (issue)), ==, "Energy prices double");
  g_object_unref (issue);

  /* What the page shows is what the file holds. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (rampart_workspace_save (fixture->workspace, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(RampartWorkspace) reopened = rampart_workspace_open (fixture->base.file, NULL, NULL);
    GListModel *saved = G_LIST_MODEL (rampart_workspace_get_context_issues (reopened));
    g_autoptr(RampartContextIssue) last = g_list_model_get_item (saved, g_list_model_get_n_items (saved) - 1);

    g_assert_cmpuint (g_list_model_get_n_items (saved), ==, before + 1);
    g_assert_cmpstr (rampart_context_issue_get_description (last), ==, "Energy prices double");
    rampart_workspace_close_discarding (reopened);
  }
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  unused)
{
  RampartRecordPage *page;
  GtkWidget *status;

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  page = open_section (fixture, "context");

  /* A new workspace has no issues: the page says what belongs there. */
  status = rampart_test_find_widget (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE, "empty_page");
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), "For example"));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "context-empty.png");

  /* Its button adds the first one. */
  g_signal_emit_by_name (rampart_test_find_titled (status, GTK_TYPE_BUTTON, "_Add Issue"), "clicked");
  rampart_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (status));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_context_issues (fixture->workspace))), ==, 1);

  /* Undo takes the empty state back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  rampart_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (status));

  /* A new scope opens on what is missing: statement, processes, locations, interfaces, issues, parties. */
  page = open_section (fixture, "scope");
  rampart_test_settle ();
  g_assert_cmpuint (rampart_test_count_visible (GTK_WIDGET (page), RAMPART_TYPE_FINDING_ROW), ==, 6);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "scope-new.png");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  unused)
{
  RampartRecordPage *page;
  GtkWidget *entry;

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  page = open_section (fixture, "parties");

  /* Ctrl+F puts the keyboard in the search field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  entry = rampart_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), entry));

  /* A party is found by the words of its requirements. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "72 hours");
  g_signal_emit_by_name (entry, "search-changed");
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_test_count_visible (GTK_WIDGET (page), RAMPART_TYPE_RECORD_ROW), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (entry), "nothing like this");
  g_signal_emit_by_name (entry, "search-changed");
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_test_count_visible (GTK_WIDGET (page), RAMPART_TYPE_RECORD_ROW), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (rampart_test_find_widget (GTK_WIDGET (page), GTK_TYPE_STACK,
                                                                                        "list_stack"))),
                   ==, "no-results");
}

static void
test_requirements (Fixture       *fixture,
                   gconstpointer  unused)
{
  RampartRecordPage *page;
  RampartRecordList *parties = rampart_workspace_get_interested_parties (fixture->workspace);
  g_autoptr(RampartInterestedParty) party = g_list_model_get_item (G_LIST_MODEL (parties), 0);
  RampartRecordList *requirements = rampart_interested_party_get_requirements (party);
  guint before = g_list_model_get_n_items (G_LIST_MODEL (requirements));

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  page = open_section (fixture, "parties");
  rampart_record_browser_select (browser_of (page), RAMPART_RECORD (party));
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_test_count_visible (GTK_WIDGET (page), RAMPART_TYPE_REQUIREMENT_ROW), ==, before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.add-requirement", NULL));
  rampart_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (requirements)), ==, before + 1);
  g_assert_cmpuint (rampart_test_count_visible (GTK_WIDGET (page), RAMPART_TYPE_REQUIREMENT_ROW), ==, before + 1);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "parties-new-requirement.png");

  /* A requirement without a decision marks its party in the list. */
  rampart_test_settle ();
  g_assert_true (gtk_widget_get_visible (rampart_test_find_widget (GTK_WIDGET (row_of (page, RAMPART_RECORD (party))),
                                                                   GTK_TYPE_IMAGE, "finding_image")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_test_count_visible (GTK_WIDGET (page), RAMPART_TYPE_REQUIREMENT_ROW), ==, before);
}

static void
test_scope_findings_lead_to_records (Fixture       *fixture,
                                     gconstpointer  unused)
{
  RampartRecordList *items = rampart_workspace_get_scope_items (fixture->workspace);
  RampartRecordPage *page;
  RampartScopeItem *exclusion = NULL;
  GtkWidget *row;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)) && exclusion == NULL; i++)
    {
      g_autoptr(RampartScopeItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);

      if (rampart_scope_item_get_kind (item) == RAMPART_SCOPE_ITEM_EXCLUSION)
        exclusion = item;
    }
  g_assert_nonnull (exclusion);

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  page = open_section (fixture, "scope");
  g_assert_cmpuint (rampart_test_count_visible (GTK_WIDGET (page), RAMPART_TYPE_FINDING_ROW), ==, 0);

  /* An exclusion loses its justification: the overview says so, at once. */
  g_object_set (exclusion, "detail", "", NULL);
  rampart_test_settle ();
  g_assert_cmpuint (rampart_test_count_visible (GTK_WIDGET (page), RAMPART_TYPE_FINDING_ROW), ==, 1);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "scope-finding.png");

  /* The finding leads to the exclusion, which the list marks too. */
  row = rampart_test_find_widget (GTK_WIDGET (page), RAMPART_TYPE_FINDING_ROW, NULL);
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  rampart_test_iterate ();
  g_assert_true (rampart_record_browser_get_selected (browser_of (page)) == RAMPART_RECORD (exclusion));
  g_assert_true (gtk_widget_get_visible (rampart_test_find_widget (GTK_WIDGET (row_of (page, RAMPART_RECORD (exclusion))),
                                                                   GTK_TYPE_IMAGE, "finding_image")));
  g_assert_nonnull (rampart_test_find_titled (GTK_WIDGET (page), ADW_TYPE_COMBO_ROW, "Kind"));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "scope-exclusion.png");
}

static void
test_scope_add_menu (Fixture       *fixture,
                     gconstpointer  unused)
{
  RampartRecordPage *page;
  RampartRecord *record;

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  page = open_section (fixture, "scope");

  /* Each kind is added from the menu in one step, which one undo takes back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.add-item", "s", "interface"));
  rampart_test_iterate ();
  record = rampart_record_browser_get_selected (browser_of (page));
  g_assert_nonnull (record);
  g_assert_cmpint (rampart_scope_item_get_kind (RAMPART_SCOPE_ITEM (record)), ==, RAMPART_SCOPE_ITEM_INTERFACE);
  g_assert_cmpstr (rampart_history_get_undo_label (rampart_workspace_get_history (fixture->workspace)),
                   ==, "new scope entry");

  /* Writing the summary is an edit like any other. */
  rampart_record_browser_show_overview (browser_of (page));
  g_object_set (rampart_workspace_get_scope (fixture->workspace), "summary", "", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.write-summary", NULL));
  g_assert_true (g_str_has_prefix (rampart_scope_get_summary (rampart_workspace_get_scope (fixture->workspace)),
                                   "This is the scope"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpstr (rampart_scope_get_summary (rampart_workspace_get_scope (fixture->workspace)), ==, "");
}

static void
test_profile_roles (Fixture       *fixture,
                    gconstpointer  unused)
{
  RampartRecordPage *page;
  g_autoptr(RampartRole) manager = NULL;
  GtkWidget *holder;

  manager = g_list_model_get_item (G_LIST_MODEL (rampart_workspace_get_roles (fixture->workspace)), 0);
  g_assert_cmpint (rampart_role_get_source (manager), ==, RAMPART_ROLE_SOURCE_ISMS_MANAGER);

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  page = open_section (fixture, "roles");
  rampart_record_browser_select (browser_of (page), RAMPART_RECORD (manager));
  rampart_test_iterate ();

  /* The ISMS manager cannot be deleted, and its holder is the profile's. */
  gtk_widget_activate_action (GTK_WIDGET (browser_of (page)), "browser.delete", NULL);
  rampart_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_roles (fixture->workspace))), ==, 8);
  holder = rampart_test_find_titled (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Holder (also in the organisation profile)");
  g_assert_nonnull (holder);
  gtk_editable_set_text (GTK_EDITABLE (holder), "Tom Hendry");
  g_assert_cmpstr (rampart_organisation_get_isms_manager (rampart_workspace_get_organisation (fixture->workspace)),
                   ==, "Tom Hendry");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "roles-manager.png");
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  unused)
{
  RampartRecordPage *page;
  RampartRecordBrowser *browser;
  RampartRecordRow *row;

  rampart_test_show (GTK_WIDGET (fixture->window), 360, 720);

  /* As a person does: the section's row in the sidebar. */
  rampart_test_activate_section (GTK_WIDGET (fixture->window), "scope");
  page = open_section (fixture, "scope");
  browser = browser_of (page);

  /* Narrow, the list comes first... */
  g_assert_false (rampart_record_browser_get_can_navigate_back (browser));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "narrow-scope.png");

  /* ...a row opens its editor in its place, and Back returns to the list. */
  row = RAMPART_RECORD_ROW (rampart_test_find_widget (GTK_WIDGET (page), RAMPART_TYPE_RECORD_ROW, NULL));
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), GTK_LIST_BOX_ROW (row));
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  rampart_test_iterate ();
  g_assert_true (rampart_record_browser_get_can_navigate_back (browser));
  g_assert_true (rampart_page_get_can_navigate_back (RAMPART_PAGE (page)));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "narrow-scope-entry.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-sections", NULL));
  rampart_test_iterate ();
  g_assert_false (rampart_record_browser_get_can_navigate_back (browser));
  g_assert_cmpstr (rampart_window_get_section (fixture->window), ==, "scope");
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
  ADD ("/gui/record-pages/show-example", test_pages_show_example, TRUE);
  ADD ("/gui/record-pages/text-fits", test_text_fits, TRUE);
  ADD ("/gui/record-pages/add-edit-undo-delete", test_add_edit_undo_delete, TRUE);
  ADD ("/gui/record-pages/empty-state", test_empty_state, FALSE);
  ADD ("/gui/record-pages/search", test_search, TRUE);
  ADD ("/gui/record-pages/requirements", test_requirements, TRUE);
  ADD ("/gui/record-pages/scope-findings-lead-to-records", test_scope_findings_lead_to_records, TRUE);
  ADD ("/gui/record-pages/scope-add-menu", test_scope_add_menu, TRUE);
  ADD ("/gui/record-pages/profile-roles", test_profile_roles, TRUE);
  ADD ("/gui/record-pages/narrow", test_narrow, TRUE);
#undef ADD

  return g_test_run ();
}
