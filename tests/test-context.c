/* test-context.c: context issues, interested parties, scope and roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "rampart-checks.h"
#include "rampart-test-utils.h"
#include "rampart-workspace.h"

typedef struct
{
  RampartTestFixture  base;
  RampartWorkspace   *workspace;
  RampartHistory     *history;
} Fixture;

static void
open_workspace (Fixture *fixture)
{
  fixture->workspace = rampart_test_open_workspace (fixture->base.file);
  fixture->history = rampart_workspace_get_history (fixture->workspace);
}

static void
close_workspace (Fixture *fixture)
{
  rampart_test_close_workspace (&fixture->workspace);
  fixture->history = NULL;
}

/* Closes and opens the file again: what the test then sees was saved. */
static void
reopen (Fixture *fixture)
{
  close_workspace (fixture);
  open_workspace (fixture);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  example)
{
  rampart_test_fixture_setup (&fixture->base, example);
  open_workspace (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  if (fixture->workspace != NULL)
    close_workspace (fixture);
  rampart_test_fixture_teardown (&fixture->base, NULL);
}

static gpointer
item (RampartRecordList *list,
      guint              position)
{
  gpointer record = g_list_model_get_item (G_LIST_MODEL (list), position);

  /* The list keeps its records alive. */
  g_object_unref (record);
  return record;
}

static guint
n_items (RampartRecordList *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* Reads one text value straight from the saved file. */
static char *
query_file (Fixture    *fixture,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->base.path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return result;
}

static void
test_issue_lifecycle (Fixture       *fixture,
                      gconstpointer  unused)
{
  RampartRecordList *issues = rampart_workspace_get_context_issues (fixture->workspace);
  RampartContextIssue *issue;
  g_autofree char *kind = NULL;

  g_assert_cmpuint (n_items (issues), ==, 0);
  g_assert_true (rampart_record_list_get_item_type (issues) == RAMPART_TYPE_CONTEXT_ISSUE);

  issue = RAMPART_CONTEXT_ISSUE (rampart_record_list_add (issues));
  g_assert_cmpuint (n_items (issues), ==, 1);
  g_assert_cmpint (rampart_record_get_id (RAMPART_RECORD (issue)), >, 0);
  g_assert_cmpint (rampart_context_issue_get_kind (issue), ==, RAMPART_ISSUE_KIND_INTERNAL);
  g_assert_cmpstr (rampart_context_issue_get_description (issue), ==, "");

  g_object_set (issue,
                "kind", RAMPART_ISSUE_KIND_EXTERNAL,
                "category", RAMPART_ISSUE_CATEGORY_LEGAL,
                "description", "New data protection law",
                "effect", "Fines",
                "response", "Privacy programme",
                NULL);
  g_assert_true (rampart_workspace_get_has_unsaved_changes (fixture->workspace));

  reopen (fixture);
  issues = rampart_workspace_get_context_issues (fixture->workspace);
  g_assert_cmpuint (n_items (issues), ==, 1);
  issue = item (issues, 0);
  g_assert_cmpint (rampart_context_issue_get_kind (issue), ==, RAMPART_ISSUE_KIND_EXTERNAL);
  g_assert_cmpint (rampart_context_issue_get_category (issue), ==, RAMPART_ISSUE_CATEGORY_LEGAL);
  g_assert_cmpstr (rampart_context_issue_get_description (issue), ==, "New data protection law");
  g_assert_cmpstr (rampart_context_issue_get_effect (issue), ==, "Fines");
  g_assert_cmpstr (rampart_context_issue_get_response (issue), ==, "Privacy programme");

  /* Choices are stored by name, so the file reads the same in any language. */
  kind = query_file (fixture, "SELECT kind || '/' || category FROM context_issue");
  g_assert_cmpstr (kind, ==, "external/legal");

  g_assert_true (rampart_record_list_remove (issues, RAMPART_RECORD (issue)));
  g_assert_cmpuint (n_items (issues), ==, 0);
  reopen (fixture);
  g_assert_cmpuint (n_items (rampart_workspace_get_context_issues (fixture->workspace)), ==, 0);
}

static void
test_add_undo_redo (Fixture       *fixture,
                    gconstpointer  unused)
{
  RampartRecordList *items = rampart_workspace_get_scope_items (fixture->workspace);
  RampartRecord *record = rampart_record_list_add (items);
  gint64 id = rampart_record_get_id (record);

  g_object_set (record, "name", "Head office", NULL);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "change to Name");

  rampart_history_undo (fixture->history);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "new scope entry");
  rampart_history_undo (fixture->history);
  g_assert_cmpuint (n_items (items), ==, 0);

  rampart_history_redo (fixture->history);
  rampart_history_redo (fixture->history);
  g_assert_cmpuint (n_items (items), ==, 1);
  g_assert_true (item (items, 0) == (gpointer) record);
  g_assert_cmpint (rampart_record_get_id (record), ==, id);
  g_assert_cmpstr (rampart_scope_item_get_name (RAMPART_SCOPE_ITEM (record)), ==, "Head office");

  reopen (fixture);
  items = rampart_workspace_get_scope_items (fixture->workspace);
  g_assert_cmpuint (n_items (items), ==, 1);
  g_assert_cmpint (rampart_record_get_id (item (items, 0)), ==, id);
  g_assert_cmpstr (rampart_scope_item_get_name (item (items, 0)), ==, "Head office");
}

static RampartInterestedParty *
add_party (RampartWorkspace *workspace,
           const char       *name,
           guint             n_requirements)
{
  RampartRecordList *parties = rampart_workspace_get_interested_parties (workspace);
  RampartRecord *party = rampart_record_list_add (parties);

  g_object_set (party, "name", name, "kind", RAMPART_PARTY_KIND_REGULATOR, NULL);
  for (guint i = 0; i < n_requirements; i++)
    {
      RampartRecordList *requirements = rampart_interested_party_get_requirements (RAMPART_INTERESTED_PARTY (party));
      RampartRecord *requirement = rampart_record_list_add (requirements);
      g_autofree char *text = g_strdup_printf ("%s requirement %u", name, i + 1);

      g_object_set (requirement, "text", text, "decision", RAMPART_DECISION_ADDRESSED,
                    "basis", RAMPART_REQUIREMENT_BASIS_LEGAL, NULL);
    }

  return RAMPART_INTERESTED_PARTY (party);
}

static void
test_delete_undo_restores_place_and_children (Fixture       *fixture,
                                              gconstpointer  unused)
{
  RampartRecordList *parties = rampart_workspace_get_interested_parties (fixture->workspace);
  RampartInterestedParty *middle;
  RampartRecordList *requirements;
  gint64 id, requirement_id;

  add_party (fixture->workspace, "Customers", 1);
  middle = add_party (fixture->workspace, "Regulator", 2);
  add_party (fixture->workspace, "Staff", 1);
  id = rampart_record_get_id (RAMPART_RECORD (middle));
  requirements = rampart_interested_party_get_requirements (middle);
  requirement_id = rampart_record_get_id (item (requirements, 1));

  g_assert_true (rampart_record_list_remove (parties, RAMPART_RECORD (middle)));
  g_assert_cmpuint (n_items (parties), ==, 2);
  g_assert_true (rampart_record_is_deleted (RAMPART_RECORD (middle)));
  g_assert_true (rampart_history_is_last (fixture->history, middle));
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "deletion of “Regulator”");

  /* The requirements went with the party, in the file too. */
  reopen (fixture);
  parties = rampart_workspace_get_interested_parties (fixture->workspace);
  g_assert_cmpuint (n_items (parties), ==, 2);
  {
    g_autofree char *count = query_file (fixture, "SELECT count(*) FROM party_requirement");

    g_assert_cmpstr (count, ==, "2");
  }

  /* Undo puts the same party back where it was, with its requirements. */
  middle = add_party (fixture->workspace, "Regulator", 2);
  g_object_ref (middle);
  id = rampart_record_get_id (RAMPART_RECORD (middle));
  requirement_id = rampart_record_get_id (item (rampart_interested_party_get_requirements (middle), 1));
  g_assert_true (rampart_record_list_remove (parties, item (parties, 0)));
  g_assert_true (rampart_record_list_remove (parties, RAMPART_RECORD (middle)));
  g_assert_cmpuint (n_items (parties), ==, 1);

  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpuint (n_items (parties), ==, 2);
  g_assert_true (item (parties, 1) == (gpointer) middle);
  g_assert_false (rampart_record_is_deleted (RAMPART_RECORD (middle)));
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpstr (rampart_interested_party_get_name (item (parties, 0)), ==, "Customers");
  g_assert_true (item (parties, 2) == (gpointer) middle);
  g_object_unref (middle);

  reopen (fixture);
  parties = rampart_workspace_get_interested_parties (fixture->workspace);
  g_assert_cmpuint (n_items (parties), ==, 3);
  middle = item (parties, 2);
  g_assert_cmpint (rampart_record_get_id (RAMPART_RECORD (middle)), ==, id);
  requirements = rampart_interested_party_get_requirements (middle);
  g_assert_cmpuint (n_items (requirements), ==, 2);
  g_assert_cmpint (rampart_record_get_id (item (requirements, 1)), ==, requirement_id);
  g_assert_cmpstr (rampart_requirement_get_text (item (requirements, 1)), ==, "Regulator requirement 2");
  g_assert_cmpint (rampart_requirement_get_basis (item (requirements, 1)), ==, RAMPART_REQUIREMENT_BASIS_LEGAL);
}

static void
test_ids_never_reused (Fixture       *fixture,
                       gconstpointer  unused)
{
  RampartRecordList *roles = rampart_workspace_get_roles (fixture->workspace);
  RampartRecord *role = rampart_record_list_add (roles);
  gint64 first = rampart_record_get_id (role);

  g_assert_true (rampart_record_list_remove (roles, role));
  reopen (fixture);
  roles = rampart_workspace_get_roles (fixture->workspace);
  g_assert_cmpint (rampart_record_get_id (rampart_record_list_add (roles)), >, first);
}

static void
test_deleted_record_ignores_edits (Fixture       *fixture,
                                   gconstpointer  unused)
{
  RampartRecordList *issues = rampart_workspace_get_context_issues (fixture->workspace);
  g_autoptr(RampartRecord) issue = g_object_ref (rampart_record_list_add (issues));

  g_object_set (issue, "description", "Before", NULL);
  rampart_record_list_remove (issues, issue);
  g_object_set (issue, "description", "After", NULL);
  g_assert_cmpstr (rampart_context_issue_get_description (RAMPART_CONTEXT_ISSUE (issue)), ==, "Before");
  g_assert_true (rampart_history_is_last (fixture->history, issue));
}

static RampartRole *
find_role (RampartWorkspace  *workspace,
           RampartRoleSource  source)
{
  RampartRecordList *roles = rampart_workspace_get_roles (workspace);

  for (guint i = 0; i < n_items (roles); i++)
    if (rampart_role_get_source (item (roles, i)) == source)
      return item (roles, i);

  return NULL;
}

static void
count_cb (gpointer  object,
          gpointer  pspec,
          guint    *count)
{
  (*count)++;
}

static void
test_profile_roles (Fixture       *fixture,
                    gconstpointer  unused)
{
  RampartOrganisation *organisation = rampart_workspace_get_organisation (fixture->workspace);
  RampartRecordList *roles = rampart_workspace_get_roles (fixture->workspace);
  RampartRole *manager, *sponsor;
  guint notified = 0;

  /* Every workspace starts with the two roles the profile names. */
  g_assert_cmpuint (n_items (roles), ==, 2);
  manager = find_role (fixture->workspace, RAMPART_ROLE_SOURCE_ISMS_MANAGER);
  sponsor = find_role (fixture->workspace, RAMPART_ROLE_SOURCE_SPONSOR);
  g_assert_nonnull (manager);
  g_assert_nonnull (sponsor);
  g_assert_cmpstr (rampart_role_get_name (manager), ==, "ISMS manager");
  g_assert_cmpstr (rampart_role_get_responsibilities (manager), !=, "");
  g_assert_false (rampart_record_can_delete (RAMPART_RECORD (manager)));
  g_assert_false (rampart_record_list_remove (roles, RAMPART_RECORD (sponsor)));
  g_assert_cmpuint (n_items (roles), ==, 2);

  /* Their holders are the profile's people, whichever side is edited. */
  g_signal_connect (manager, "notify::holder", G_CALLBACK (count_cb), &notified);
  g_object_set (organisation, "isms-manager", "Ada", NULL);
  g_assert_cmpstr (rampart_role_get_holder (manager), ==, "Ada");
  g_assert_cmpuint (notified, ==, 1);
  rampart_history_break_merge (fixture->history);

  g_object_set (manager, "holder", "Grace", NULL);
  g_assert_cmpstr (rampart_organisation_get_isms_manager (organisation), ==, "Grace");
  g_object_set (sponsor, "holder", "Board", NULL);
  g_assert_cmpstr (rampart_organisation_get_sponsor (organisation), ==, "Board");

  rampart_history_undo (fixture->history);
  rampart_history_undo (fixture->history);
  g_assert_cmpstr (rampart_role_get_holder (manager), ==, "Ada");
  g_assert_cmpstr (rampart_role_get_holder (sponsor), ==, "");
  g_signal_handlers_disconnect_by_data (manager, &notified);

  /* Other roles keep their own holder and can be deleted. */
  {
    RampartRecord *role = rampart_record_list_add (roles);

    g_object_set (role, "name", "Internal auditor", "holder", "Helen", NULL);
    g_assert_cmpstr (rampart_organisation_get_isms_manager (organisation), ==, "Ada");
    g_assert_true (rampart_record_can_delete (role));
  }

  reopen (fixture);
  manager = find_role (fixture->workspace, RAMPART_ROLE_SOURCE_ISMS_MANAGER);
  g_assert_cmpstr (rampart_role_get_holder (manager), ==, "Ada");
  g_assert_cmpstr (rampart_role_get_holder (item (rampart_workspace_get_roles (fixture->workspace), 2)), ==, "Helen");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  unused)
{
  RampartInterestedParty *party = add_party (fixture->workspace, "Information Commissioner", 1);
  RampartRecord *issue = rampart_record_list_add (rampart_workspace_get_context_issues (fixture->workspace));

  g_object_set (issue, "description", "Brexit", "category", RAMPART_ISSUE_CATEGORY_POLITICAL, NULL);

  g_assert_true (rampart_record_matches (issue, NULL));
  g_assert_true (rampart_record_matches (issue, ""));
  g_assert_true (rampart_record_matches (issue, "brex"));
  g_assert_true (rampart_record_matches (issue, "BREXIT political"));
  g_assert_false (rampart_record_matches (issue, "brexit legal"));

  /* A party is found by its kind, and by the text of its requirements. */
  g_assert_true (rampart_record_matches (RAMPART_RECORD (party), "regulator"));
  g_assert_true (rampart_record_matches (RAMPART_RECORD (party), "requirement 1"));
  g_assert_false (rampart_record_matches (RAMPART_RECORD (party), "brexit"));
}

static gboolean
has_finding (GListModel      *findings,
             RampartSeverity  severity,
             gpointer         record,
             const char      *words)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      if (rampart_finding_get_severity (finding) == severity &&
          rampart_finding_get_record (finding) == record &&
          strstr (rampart_finding_get_message (finding), words) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_check_scope (Fixture       *fixture,
                  gconstpointer  unused)
{
  RampartScope *scope = rampart_workspace_get_scope (fixture->workspace);
  RampartRecordList *items = rampart_workspace_get_scope_items (fixture->workspace);
  RampartRecord *exclusion;
  static const RampartScopeItemKind kinds[] = {
    RAMPART_SCOPE_ITEM_PROCESS, RAMPART_SCOPE_ITEM_LOCATION, RAMPART_SCOPE_ITEM_INTERFACE,
  };

  {
    g_autoptr(GListModel) findings = rampart_check_scope (fixture->workspace);
    g_autoptr(RampartFinding) first = g_list_model_get_item (findings, 0);

    /* Most serious first. */
    g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 4);
    g_assert_true (has_finding (findings, RAMPART_SEVERITY_ERROR, scope, "no statement"));
    g_assert_cmpint (rampart_finding_get_severity (first), ==, RAMPART_SEVERITY_ERROR);
    g_assert_cmpstr (rampart_finding_get_clause (first), ==, "4.3");
    g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, NULL, "no location"));
    g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, NULL, "no interfaces"));
    g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, NULL, "no process"));
  }

  g_object_set (scope, "statement", "Everything.", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_object_set (rampart_record_list_add (items), "kind", kinds[i], "name", "Something", NULL);
  exclusion = rampart_record_list_add (items);
  g_object_set (exclusion, "kind", RAMPART_SCOPE_ITEM_EXCLUSION, "name", "Dublin office", NULL);

  {
    g_autoptr(GListModel) findings = rampart_check_scope (fixture->workspace);

    g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
    g_assert_true (has_finding (findings, RAMPART_SEVERITY_ERROR, exclusion, "“Dublin office” has no justification"));
    g_assert_true (has_finding (findings, RAMPART_SEVERITY_ADVICE, scope, "very short"));
  }

  g_object_set (exclusion, "detail", "Sold in 2025", NULL);
  g_object_set (scope, "statement",
                "The ISMS covers the development and hosting of our payroll service, "
                "from the Leeds office and from home.", NULL);
  {
    g_autoptr(GListModel) findings = rampart_check_scope (fixture->workspace);

    g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  }
}

static void
test_check_parties (Fixture       *fixture,
                    gconstpointer  unused)
{
  RampartInterestedParty *party;
  RampartRecord *requirement;

  {
    g_autoptr(GListModel) findings = rampart_check_interested_parties (fixture->workspace);

    g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, NULL, "No interested parties"));
  }

  party = add_party (fixture->workspace, "Insurer", 0);
  {
    g_autoptr(GListModel) findings = rampart_check_interested_parties (fixture->workspace);

    g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
    g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, party, "Insurer has no requirements"));
  }

  requirement = rampart_record_list_add (rampart_interested_party_get_requirements (party));
  g_object_set (requirement, "text", "MFA everywhere", NULL);
  {
    g_autoptr(GListModel) findings = rampart_check_interested_parties (fixture->workspace);

    g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
    g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, requirement, "“MFA everywhere”"));
  }

  g_object_set (requirement, "decision", RAMPART_DECISION_NOT_ADDRESSED, NULL);
  {
    g_autoptr(GListModel) findings = rampart_check_interested_parties (fixture->workspace);

    g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  }
}

static void
test_check_issues (Fixture       *fixture,
                   gconstpointer  unused)
{
  g_autoptr(GListModel) before = rampart_check_context_issues (fixture->workspace);
  g_autoptr(GListModel) after = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (before), ==, 1);
  rampart_record_list_add (rampart_workspace_get_context_issues (fixture->workspace));
  after = rampart_check_context_issues (fixture->workspace);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 0);
}

static void
test_example_is_complete (Fixture       *fixture,
                          gconstpointer  unused)
{
  g_autoptr(GListModel) findings = rampart_check_context (fixture->workspace);
  RampartRecordList *items = rampart_workspace_get_scope_items (fixture->workspace);
  guint exclusions = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      g_test_message ("%s", rampart_finding_get_message (finding));
    }
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);

  g_assert_cmpuint (n_items (rampart_workspace_get_context_issues (fixture->workspace)), ==, 8);
  g_assert_cmpuint (n_items (rampart_workspace_get_interested_parties (fixture->workspace)), ==, 8);
  g_assert_cmpuint (n_items (rampart_workspace_get_roles (fixture->workspace)), ==, 8);
  for (guint i = 0; i < n_items (items); i++)
    if (rampart_scope_item_get_kind (item (items, i)) == RAMPART_SCOPE_ITEM_EXCLUSION)
      exclusions++;
  g_assert_cmpuint (exclusions, ==, 1);

  /* The profile's people hold the two profile roles. */
  g_assert_cmpstr (rampart_role_get_holder (find_role (fixture->workspace, RAMPART_ROLE_SOURCE_ISMS_MANAGER)),
                   ==, "Priya Natarajan, Head of IT Operations");
  g_assert_cmpstr (rampart_scope_get_summary (rampart_workspace_get_scope (fixture->workspace)), !=, "");
}

static void
test_summary (Fixture       *fixture,
              gconstpointer  unused)
{
  RampartOrganisation *organisation = rampart_workspace_get_organisation (fixture->workspace);
  RampartRecordList *items = rampart_workspace_get_scope_items (fixture->workspace);
  g_autofree char *empty = rampart_scope_build_summary (organisation, G_LIST_MODEL (items));
  g_autofree char *summary = NULL;
  static const struct {
    RampartScopeItemKind kind;
    const char *name;
    const char *detail;
  } entries[] = {
    { RAMPART_SCOPE_ITEM_LOCATION, "Leeds", "" },
    { RAMPART_SCOPE_ITEM_PROCESS, "Payroll", "" },
    { RAMPART_SCOPE_ITEM_PROCESS, "Support", "" },
    { RAMPART_SCOPE_ITEM_PROCESS, "Hosting", "" },
    { RAMPART_SCOPE_ITEM_EXCLUSION, "Kestrel Learn", "a separate pilot" },
    { RAMPART_SCOPE_ITEM_INTERFACE, "Cloud provider", "" },
    { RAMPART_SCOPE_ITEM_UNIT, "", "An entry without a name is left out" },
  };

  g_assert_cmpstr (empty, ==, "");

  g_object_set (organisation, "name", "Kestrel Data", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_object_set (rampart_record_list_add (items), "kind", entries[i].kind,
                  "name", entries[i].name, "detail", entries[i].detail, NULL);

  summary = rampart_scope_build_summary (organisation, G_LIST_MODEL (items));
  g_assert_cmpstr (summary, ==,
                   "This is the scope of the information security management system (ISMS) of Kestrel Data. "
                   "It covers Payroll, Support and Hosting. "
                   "It applies at Leeds. "
                   "Excluded from the scope: Kestrel Learn (a separate pilot). "
                   "The ISMS depends on, and meets at its boundary, Cloud provider.");
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) counts = rampart_workspace_count_records (fixture->workspace, &error);
  const char *expected[] = { "context-issues", "interested-parties", "requirements", "scope-items", "roles" };
  const gint64 values[] = { 8, 8, 18, 19, 8 };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < counts->len; j++)
        {
          RampartRecordCount *count = &g_array_index (counts, RampartRecordCount, j);

          if (g_str_equal (count->kind, expected[i]))
            {
              g_assert_cmpint (count->count, ==, values[i]);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (FALSE), fixture_setup, func, fixture_teardown)
#define ADD_EXAMPLE(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (TRUE), fixture_setup, func, fixture_teardown)
  ADD ("/core/context/issue-create-edit-delete", test_issue_lifecycle);
  ADD ("/core/context/add-undo-redo", test_add_undo_redo);
  ADD ("/core/context/delete-undo-restores-place-and-children", test_delete_undo_restores_place_and_children);
  ADD ("/core/context/ids-never-reused", test_ids_never_reused);
  ADD ("/core/context/deleted-record-ignores-edits", test_deleted_record_ignores_edits);
  ADD ("/core/context/profile-roles", test_profile_roles);
  ADD ("/core/context/search", test_search);
  ADD ("/core/context/check-scope", test_check_scope);
  ADD ("/core/context/check-interested-parties", test_check_parties);
  ADD ("/core/context/check-context-issues", test_check_issues);
  ADD ("/core/context/summary", test_summary);
  ADD_EXAMPLE ("/core/context/example-is-complete", test_example_is_complete);
  ADD_EXAMPLE ("/core/context/counts", test_counts);
#undef ADD
#undef ADD_EXAMPLE

  return g_test_run ();
}
