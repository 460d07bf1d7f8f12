/* test-example-soa.c: the example workspace's Statement of Applicability
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rampart-checks.h"
#include "rampart-soa.h"
#include "rampart-test-utils.h"
#include "rampart-workspace.h"

typedef struct
{
  RampartTestFixture  base;
  RampartWorkspace   *workspace;
  RampartRecordList  *entries;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  unused)
{
  rampart_test_fixture_setup (&fixture->base, GINT_TO_POINTER (TRUE));
  fixture->workspace = rampart_test_open_workspace (fixture->base.file);
  fixture->entries = rampart_workspace_get_soa_entries (fixture->workspace);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  rampart_test_close_workspace (&fixture->workspace);
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

static void
print_findings (GListModel *findings)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      g_test_message ("%s", rampart_finding_get_message (finding));
    }
}

/* Every control is decided, a few exclusions are justified, and nothing a risk relies on is left out. */
static void
test_decisions (Fixture       *fixture,
                gconstpointer  unused)
{
  static const char * const exclusions[] = { "7.4", "7.11", "7.12", "8.30", NULL };
  GListModel *model = G_LIST_MODEL (fixture->entries);
  RampartSoaProgress progress;
  guint n_own = 0;

  rampart_soa_count (fixture->workspace, &progress);
  g_assert_cmpuint (progress.total, ==, 95);
  g_assert_cmpuint (progress.decided, ==, 95);
  g_assert_cmpuint (progress.excluded, ==, 4);
  g_assert_cmpuint (progress.to_review, ==, 0);
  /* Mostly implemented, with the work of the treatment plan still under way. */
  g_assert_cmpuint (progress.implemented, >=, 75);
  g_assert_cmpuint (progress.implemented, <, progress.included);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RampartSoaEntry) soa = g_list_model_get_item (model, i);
      g_autoptr(GPtrArray) risks = rampart_soa_entry_list_risks (soa);
      const char *id = rampart_soa_entry_get_control_id (soa);

      if (rampart_soa_entry_get_own (soa))
        {
          n_own++;
          g_assert_cmpstr (rampart_soa_entry_get_title (soa), !=, "");
          g_assert_cmpstr (rampart_soa_entry_get_description (soa), !=, "");
        }

      if (g_strv_contains (exclusions, id))
        {
          g_assert_cmpint (rampart_soa_entry_get_applicability (soa), ==, RAMPART_APPLICABILITY_EXCLUDED);
          g_assert_cmpuint (strlen (rampart_soa_entry_get_justification (soa)), >, 80);
          g_assert_cmpuint (risks->len, ==, 0);
          continue;
        }

      /* Included, with a reason, an owner, and how it is (or will be) done. */
      g_assert_cmpint (rampart_soa_entry_get_applicability (soa), ==, RAMPART_APPLICABILITY_INCLUDED);
      g_assert_true (rampart_soa_entry_has_any_reason (soa));
      g_assert_cmpstr (rampart_soa_entry_get_owner (soa), !=, "");
      g_assert_cmpstr (rampart_soa_entry_get_how (soa), !=, "");
      g_assert_cmpstr (rampart_soa_entry_get_evidence (soa), !=, "");

      /* A requirement behind a control is one the ISMS addresses, and shows as the party's reason. */
      if (rampart_soa_entry_get_requirement_id (soa) != 0)
        {
          RampartRequirement *requirement =
            rampart_workspace_find_requirement (fixture->workspace, rampart_soa_entry_get_requirement_id (soa), NULL);

          g_assert_nonnull (requirement);
          g_assert_cmpint (rampart_requirement_get_decision (requirement), ==, RAMPART_DECISION_ADDRESSED);
          g_assert_true (rampart_soa_entry_has_reason (soa, RAMPART_SOA_REASON_PARTY));
        }
    }
  g_assert_cmpuint (n_own, ==, 2);

  /* A few samples of what the file says. */
  g_assert_true (rampart_soa_entry_has_reason (entry (fixture, "8.13"), RAMPART_SOA_REASON_RISK));
  g_assert_true (rampart_soa_entry_has_reason (entry (fixture, "8.13"), RAMPART_SOA_REASON_PARTY));
  g_assert_true (rampart_soa_entry_has_reason (entry (fixture, "5.34"), RAMPART_SOA_REASON_LEGAL));
  g_assert_cmpint (rampart_soa_entry_get_implementation (entry (fixture, "8.11")), ==, RAMPART_IMPLEMENTATION_PLANNED);
  g_assert_cmpstr (rampart_soa_entry_get_title (entry (fixture, "ORG-1")), ==,
                   "Call-back verification of bank detail changes");
  g_assert_cmpstr (rampart_soa_entry_get_owner (entry (fixture, "ORG-1")), ==, "Gareth Lloyd, Customer Success Lead");
}

/* The checks of the Statement of Applicability, and of the context, find nothing. */
static void
test_no_findings (Fixture       *fixture,
                  gconstpointer  unused)
{
  g_autoptr(GListModel) soa = rampart_check_soa (fixture->workspace);
  g_autoptr(GListModel) context = rampart_check_context (fixture->workspace);

  print_findings (soa);
  print_findings (context);
  g_assert_cmpuint (g_list_model_get_n_items (soa), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (context), ==, 0);
}

/* The fields of @change that changed, by their labels, separated by commas. */
static char *
changed_fields (RampartSoaChange *change)
{
  g_autoptr(GString) labels = g_string_new (NULL);

  for (guint i = 0; i < change->fields->len; i += 3)
    g_string_append_printf (labels, "%s%s", i > 0 ? "," : "", (char *) g_ptr_array_index (change->fields, i));

  return g_string_free (g_steal_pointer (&labels), FALSE);
}

static void
assert_field (RampartSoaChange *change,
              const char       *label,
              const char       *before,
              const char       *after)
{
  for (guint i = 0; i < change->fields->len; i += 3)
    if (g_str_equal (g_ptr_array_index (change->fields, i), label))
      {
        if (before != NULL)
          g_assert_cmpstr (g_ptr_array_index (change->fields, i + 1), ==, before);
        if (after != NULL)
          g_assert_cmpstr (g_ptr_array_index (change->fields, i + 2), ==, after);
        return;
      }

  g_error ("%s: “%s” did not change", change->control_id, label);
}

static const char *
applicability (RampartApplicability value)
{
  return rampart_enum_get_label (RAMPART_TYPE_APPLICABILITY, value);
}

static const char *
implementation (RampartImplementation value)
{
  return rampart_enum_get_label (RAMPART_TYPE_IMPLEMENTATION, value);
}

/* Two versions, the second in force: it says what the example changed, and nothing is left unissued. */
static void
test_versions (Fixture       *fixture,
               gconstpointer  unused)
{
  static const struct {
    const char *control_id;
    const char *fields;
  } expected[] = {
    /* Risks added since version 1 show among the reasons. */
    { "5.5", "Reasons" },
    { "5.19", "Reasons" },
    { "5.20", "Reasons,Implementation,How it is implemented" },
    { "5.21", "Applicability,Reasons,Justification,Implementation,Owner,How it is implemented,Evidence" },
    { "5.22", "Reasons" },
    { "5.24", "Reasons" },
    { "5.26", "Reasons" },
    { "8.1", "Reasons" },
    { "8.4", "Reasons" },
    { "8.8", "Reasons" },
    { "8.12", "Implementation,How it is implemented,Evidence" },
    { "8.13", "Implementation,How it is implemented" },
    { "8.25", "Reasons" },
    { "8.30", "Justification" },
    { "8.32", "Reasons" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = rampart_workspace_list_soa_versions (fixture->workspace, &error);
  g_autoptr(RampartSoaVersion) current = rampart_soa_version_new_current (fixture->workspace);
  g_autoptr(GPtrArray) unissued = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  RampartSoaVersion *first, *second;
  const RampartSoaLine *line;
  g_autofree char *risks = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  first = g_ptr_array_index (versions, 0);
  second = g_ptr_array_index (versions, 1);
  g_assert_cmpuint (rampart_soa_version_get_number (first), ==, 1);
  g_assert_cmpstr (rampart_soa_version_get_approved_on (first), ==, "2026-03-02");
  g_assert_cmpuint (rampart_soa_version_get_number (second), ==, 2);
  g_assert_cmpstr (rampart_soa_version_get_approved_on (second), ==, "2026-10-05");
  /* The sponsor of the profile approves both. */
  g_assert_cmpstr (rampart_soa_version_get_approved_by (first), ==,
                   rampart_organisation_get_sponsor (rampart_workspace_get_organisation (fixture->workspace)));
  g_assert_cmpstr (rampart_soa_version_get_approved_by (second), ==, rampart_soa_version_get_approved_by (first));
  g_assert_cmpstr (rampart_soa_version_get_summary (first), !=, "");
  g_assert_cmpstr (rampart_soa_version_get_summary (second), !=, "");

  /* Version 2 is what the statement says now, so the pack prints it as approved. */
  unissued = rampart_soa_version_compare (second, current);
  for (guint i = 0; i < unissued->len; i++)
    g_test_message ("Not issued: %s", ((RampartSoaChange *) g_ptr_array_index (unissued, i))->control_id);
  g_assert_cmpuint (unissued->len, ==, 0);

  /* Version 1 decided every control, with the five exclusions of the time. */
  g_assert_cmpuint (rampart_soa_version_get_n_lines (first), ==, 95);
  for (guint i = 0; i < rampart_soa_version_get_n_lines (first); i++)
    {
      line = rampart_soa_version_get_line (first, i);
      g_assert_cmpint (line->applicability, !=, RAMPART_APPLICABILITY_UNDECIDED);
      for (guint r = 0; line->risks[r] != NULL; r++)
        g_assert_cmpstr (line->risks[r], <, "R-024");
    }
  line = rampart_soa_version_find_line (first, "5.21");
  g_assert_cmpint (line->applicability, ==, RAMPART_APPLICABILITY_EXCLUDED);
  g_assert_cmpuint (g_strv_length (line->risks), ==, 0);
  line = rampart_soa_version_find_line (second, "8.8");
  risks = g_strjoinv (",", line->risks);
  g_assert_cmpstr (risks, ==, "R-001,R-011,R-024,R-027");

  /* From version 1 to 2: what the example changed, and the risks added since. */
  changes = rampart_soa_version_compare (first, second);
  g_assert_cmpuint (changes->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < changes->len; i++)
    {
      RampartSoaChange *change = g_ptr_array_index (changes, i);
      g_autofree char *fields = changed_fields (change);

      g_assert_cmpstr (change->control_id, ==, expected[i].control_id);
      g_assert_cmpstr (fields, ==, expected[i].fields);
    }

  assert_field (g_ptr_array_index (changes, 3), "Applicability",
                applicability (RAMPART_APPLICABILITY_EXCLUDED), applicability (RAMPART_APPLICABILITY_INCLUDED));
  assert_field (g_ptr_array_index (changes, 3), "Reasons", "", "Risk treatment (R-024); Good practice");
  assert_field (g_ptr_array_index (changes, 2), "Implementation",
                implementation (RAMPART_IMPLEMENTATION_IMPLEMENTED), implementation (RAMPART_IMPLEMENTATION_PARTIAL));
  assert_field (g_ptr_array_index (changes, 10), "Implementation",
                implementation (RAMPART_IMPLEMENTATION_PLANNED), implementation (RAMPART_IMPLEMENTATION_IMPLEMENTED));
  assert_field (g_ptr_array_index (changes, 11), "Implementation",
                implementation (RAMPART_IMPLEMENTATION_PARTIAL), implementation (RAMPART_IMPLEMENTATION_IMPLEMENTED));
  assert_field (g_ptr_array_index (changes, 13), "Justification", "We do not outsource development.", NULL);
  assert_field (g_ptr_array_index (changes, 7), "Reasons", "Risk treatment (R-010)", "Risk treatment (R-010, R-027)");
}

/* Making the example is not an edit: there is nothing to undo, when it is made or opened. */
static void
test_history (Fixture       *fixture,
              gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, "Another.isms", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RampartWorkspace *made = rampart_workspace_create_example (file, FALSE, &error);
  RampartHistory *history;

  g_assert_no_error (error);
  history = rampart_workspace_get_history (made);
  g_assert_false (rampart_history_get_can_undo (history));
  g_assert_false (rampart_history_get_can_redo (history));
  g_assert_false (rampart_workspace_get_has_unsaved_changes (made));
  rampart_test_close_workspace (&made);

  history = rampart_workspace_get_history (fixture->workspace);
  g_assert_false (rampart_history_get_can_undo (history));
  g_assert_false (rampart_history_get_can_redo (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/example-soa/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("decisions", test_decisions);
  ADD ("no-findings", test_no_findings);
  ADD ("versions", test_versions);
  ADD ("history", test_history);

  return g_test_run ();
}
