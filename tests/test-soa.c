/* test-soa.c: the Statement of Applicability: entries, reasons, checks, versions
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
  RampartHistory     *history;
  RampartRecordList  *entries;
} Fixture;

static void
open_workspace (Fixture *fixture)
{
  fixture->workspace = rampart_test_open_workspace (fixture->base.file);
  fixture->history = rampart_workspace_get_history (fixture->workspace);
  fixture->entries = rampart_workspace_get_soa_entries (fixture->workspace);
}

static void
reopen (Fixture *fixture)
{
  rampart_test_close_workspace (&fixture->workspace);
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

static RampartRisk *
add_risk (Fixture    *fixture,
          const char *title,
          const char *control_ids)
{
  RampartRisk *risk = RAMPART_RISK (rampart_record_list_add (rampart_workspace_get_risks (fixture->workspace)));
  g_auto(GStrv) ids = g_strsplit (control_ids, ";", -1);

  g_object_set (risk, "title", title, "treatment", RAMPART_TREATMENT_MODIFY, NULL);
  rampart_risk_set_control_ids (risk, (const char * const *) ids);
  return risk;
}

/* Findings about one record, one per line */
static char *
findings_about (GListModel *findings,
                gpointer    record)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      if (rampart_finding_get_record (finding) == record)
        g_string_append_printf (text, "%s\n", rampart_finding_get_message (finding));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_every_control (Fixture       *fixture,
                    gconstpointer  unused)
{
  GListModel *controls = rampart_workspace_get_controls (fixture->workspace);
  GListModel *entries = G_LIST_MODEL (fixture->entries);

  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 93);
  for (guint i = 0; i < 93; i++)
    {
      g_autoptr(RampartControl) control = g_list_model_get_item (controls, i);
      g_autoptr(RampartSoaEntry) soa = g_list_model_get_item (entries, i);

      g_assert_cmpstr (rampart_soa_entry_get_control_id (soa), ==, rampart_control_get_id (control));
      g_assert_cmpstr (rampart_soa_entry_get_title (soa), ==, rampart_control_get_title (control));
      g_assert_true (rampart_soa_entry_get_control (soa) == control);
      g_assert_false (rampart_soa_entry_get_own (soa));
      g_assert_false (rampart_record_can_delete (RAMPART_RECORD (soa)));
      g_assert_cmpint (rampart_soa_entry_get_applicability (soa), ==, RAMPART_APPLICABILITY_UNDECIDED);
    }

  /* A search finds a control by the title the standard gives it. */
  g_assert_true (rampart_record_matches (RAMPART_RECORD (entry (fixture, "8.13")), "backup"));

  /* Annex A gives the title; nobody edits it. */
  g_test_expect_message ("rampart-soa-entry", G_LOG_LEVEL_WARNING, "*cannot be changed*");
  g_object_set (entry (fixture, "5.1"), "title", "Something else", NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (rampart_soa_entry_get_title (entry (fixture, "5.1")), ==, "Policies for information security");
}

static void
test_decisions_kept (Fixture       *fixture,
                     gconstpointer  unused)
{
  RampartSoaEntry *backup = entry (fixture, "8.13");

  g_object_set (backup,
                "applicability", RAMPART_APPLICABILITY_INCLUDED,
                "legal", TRUE,
                "implementation", RAMPART_IMPLEMENTATION_PARTIAL,
                "owner", "Tom Hendry",
                "how", "Nightly snapshots, copied to a second account",
                "evidence", "Backup dashboard",
                NULL);
  g_object_set (entry (fixture, "7.5"),
                "applicability", RAMPART_APPLICABILITY_EXCLUDED,
                "justification", "No premises of our own",
                NULL);
  reopen (fixture);

  backup = entry (fixture, "8.13");
  g_assert_cmpint (rampart_soa_entry_get_applicability (backup), ==, RAMPART_APPLICABILITY_INCLUDED);
  g_assert_true (rampart_soa_entry_has_reason (backup, RAMPART_SOA_REASON_LEGAL));
  g_assert_false (rampart_soa_entry_has_reason (backup, RAMPART_SOA_REASON_CONTRACTUAL));
  g_assert_cmpint (rampart_soa_entry_get_implementation (backup), ==, RAMPART_IMPLEMENTATION_PARTIAL);
  g_assert_cmpstr (rampart_soa_entry_get_owner (backup), ==, "Tom Hendry");
  g_assert_cmpstr (rampart_soa_entry_get_how (backup), ==, "Nightly snapshots, copied to a second account");
  g_assert_cmpstr (rampart_soa_entry_get_evidence (backup), ==, "Backup dashboard");
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "7.5")), ==, RAMPART_APPLICABILITY_EXCLUDED);
  g_assert_cmpstr (rampart_soa_entry_get_justification (entry (fixture, "7.5")), ==, "No premises of our own");

  /* Each edit undoes on its own. */
  g_object_set (backup, "applicability", RAMPART_APPLICABILITY_EXCLUDED, NULL);
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpint (rampart_soa_entry_get_applicability (backup), ==, RAMPART_APPLICABILITY_INCLUDED);
}

static void
test_reasons_from_risks (Fixture       *fixture,
                         gconstpointer  unused)
{
  RampartSoaEntry *backup = entry (fixture, "8.13");
  RampartRisk *ransomware, *outage;
  g_autoptr(GPtrArray) risks = NULL;
  g_autofree char *reasons = NULL;
  g_autofree char *proposal = NULL;
  g_autofree char *code = NULL;

  g_assert_false (rampart_soa_entry_has_reason (backup, RAMPART_SOA_REASON_RISK));
  g_assert_false (rampart_soa_entry_has_any_reason (backup));

  ransomware = add_risk (fixture, "Ransomware", "8.7;8.13");
  outage = add_risk (fixture, "Cloud outage", "8.13;8.14");
  add_risk (fixture, "Phishing", "6.3");

  risks = rampart_soa_entry_list_risks (backup);
  g_assert_cmpuint (risks->len, ==, 2);
  g_assert_true (g_ptr_array_index (risks, 0) == ransomware);
  g_assert_true (g_ptr_array_index (risks, 1) == outage);
  g_assert_true (rampart_soa_entry_has_reason (backup, RAMPART_SOA_REASON_RISK));
  g_assert_true (rampart_soa_entry_has_any_reason (backup));

  code = rampart_risk_dup_code (ransomware);
  reasons = rampart_soa_entry_dup_reasons_text (backup);
  g_assert_nonnull (strstr (reasons, code));
  g_assert_true (g_str_has_prefix (reasons, "Risk treatment ("));

  g_object_set (backup, "applicability", RAMPART_APPLICABILITY_INCLUDED, "contractual", TRUE, NULL);
  proposal = rampart_soa_entry_propose_justification (backup);
  g_assert_nonnull (strstr (proposal, "Ransomware"));
  g_assert_nonnull (strstr (proposal, "Cloud outage"));
  g_assert_nonnull (strstr (proposal, "contract"));

  /* The reason goes with the link: no risk, no reason. */
  rampart_risk_set_control_ids (ransomware, NULL);
  rampart_risk_set_control_ids (outage, (const char * const[]) { "8.14", NULL });
  g_assert_false (rampart_soa_entry_has_reason (backup, RAMPART_SOA_REASON_RISK));
  g_assert_true (rampart_soa_entry_has_any_reason (backup));

  /* Undoing the unlinking brings the reason back. */
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_true (rampart_soa_entry_has_reason (backup, RAMPART_SOA_REASON_RISK));
}

static void
test_requirement_link (Fixture       *fixture,
                       gconstpointer  unused)
{
  RampartSoaEntry *privacy = entry (fixture, "5.34");
  RampartRecordList *parties = rampart_workspace_get_interested_parties (fixture->workspace);
  RampartRecord *party = rampart_record_list_add (parties);
  RampartRecord *requirement = rampart_record_list_add (rampart_record_get_children (party));
  RampartInterestedParty *found_party = NULL;
  g_autofree char *proposal = NULL;
  g_autoptr(RampartSoaVersion) current = NULL;
  const RampartSoaLine *line;

  g_object_set (party, "name", "Customers", NULL);
  g_object_set (requirement, "text", "Personal data processed under a DPA", NULL);
  g_object_set (privacy,
                "applicability", RAMPART_APPLICABILITY_INCLUDED,
                "party", TRUE,
                "requirement-id", rampart_record_get_id (requirement),
                NULL);

  g_assert_true (rampart_workspace_find_requirement (fixture->workspace, rampart_record_get_id (requirement),
                                                     &found_party) == RAMPART_REQUIREMENT (requirement));
  g_assert_true (found_party == RAMPART_INTERESTED_PARTY (party));
  proposal = rampart_soa_entry_propose_justification (privacy);
  g_assert_cmpstr (proposal, ==, "Required by Customers: Personal data processed under a DPA.");

  current = rampart_soa_version_new_current (fixture->workspace);
  line = rampart_soa_version_find_line (current, "5.34");
  g_assert_cmpstr (line->requirement, ==, "Customers: Personal data processed under a DPA");
  g_assert_true (g_strv_contains ((const char * const *) line->reasons, "party"));

  /* A deleted requirement leaves the link behind, unused. */
  g_assert_true (rampart_record_list_remove (parties, party));
  g_assert_null (rampart_workspace_find_requirement (fixture->workspace, rampart_record_get_id (requirement), NULL));
}

static void
test_checks (Fixture       *fixture,
             gconstpointer  unused)
{
  RampartSoaEntry *policies = entry (fixture, "5.1");
  RampartSoaEntry *premises = entry (fixture, "7.1");
  RampartSoaEntry *backup = entry (fixture, "8.13");
  RampartSoaEntry *logging = entry (fixture, "8.15");
  RampartRisk *risk;
  g_autofree char *code = NULL;
  GListModel *findings;
  char *about;

  findings = rampart_check_soa (fixture->workspace);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 93);
  about = findings_about (findings, policies);
  g_assert_cmpstr (about, ==, "5.1: not yet decided whether the control applies.\n");
  g_free (about);
  g_object_unref (findings);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->entries)); i++)
    {
      g_autoptr(RampartSoaEntry) each = g_list_model_get_item (G_LIST_MODEL (fixture->entries), i);

      g_object_set (each, "applicability", RAMPART_APPLICABILITY_INCLUDED, "good-practice", TRUE, NULL);
    }
  findings = rampart_check_soa (fixture->workspace);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  g_object_unref (findings);

  /* Excluded without a justification; excluded though a risk relies on it */
  risk = add_risk (fixture, "Ransomware", "8.13");
  code = rampart_risk_dup_code (risk);
  g_object_set (premises, "applicability", RAMPART_APPLICABILITY_EXCLUDED, NULL);
  g_object_set (backup, "applicability", RAMPART_APPLICABILITY_EXCLUDED, "justification", "Not needed", NULL);
  /* Included without a reason; implemented without saying how */
  g_object_set (policies, "good-practice", FALSE, NULL);
  g_object_set (logging, "implementation", RAMPART_IMPLEMENTATION_IMPLEMENTED, NULL);

  findings = rampart_check_soa (fixture->workspace);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 4);
  about = findings_about (findings, premises);
  g_assert_cmpstr (about, ==, "7.1: the control is excluded without a justification.\n");
  g_free (about);
  about = findings_about (findings, backup);
  g_assert_nonnull (strstr (about, "excluded, but the treatment of risk"));
  g_assert_nonnull (strstr (about, code));
  g_free (about);
  about = findings_about (findings, policies);
  g_assert_cmpstr (about, ==, "5.1: the control is included without a reason: link a risk or tick the requirement behind it.\n");
  g_free (about);
  about = findings_about (findings, logging);
  g_assert_cmpstr (about, ==, "8.15: the control is implemented, but nothing says how.\n");
  g_free (about);

  /* Errors first */
  {
    g_autoptr(RampartFinding) first = g_list_model_get_item (findings, 0);
    g_autoptr(RampartFinding) last = g_list_model_get_item (findings, 3);

    g_assert_cmpint (rampart_finding_get_severity (first), ==, RAMPART_SEVERITY_ERROR);
    g_assert_cmpint (rampart_finding_get_severity (last), ==, RAMPART_SEVERITY_WARNING);
  }
  g_object_unref (findings);

  /* A justification and the risk linked elsewhere mend the two errors. */
  g_object_set (premises, "justification", "We work from home; no premises", NULL);
  rampart_risk_set_control_ids (risk, (const char * const[]) { "8.14", NULL });
  findings = rampart_check_soa (fixture->workspace);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  g_object_unref (findings);
}

static void
test_own_controls (Fixture       *fixture,
                   gconstpointer  unused)
{
  RampartSoaEntry *own = rampart_soa_add_own_control (fixture->entries);
  RampartSoaEntry *second;
  RampartRisk *risk;
  g_autoptr(RampartSoaEntry) kept = NULL;

  g_assert_nonnull (own);
  g_assert_cmpstr (rampart_soa_entry_get_control_id (own), ==, "ORG-1");
  g_assert_true (rampart_soa_entry_get_own (own));
  g_assert_null (rampart_soa_entry_get_control (own));
  g_assert_true (rampart_record_can_delete (RAMPART_RECORD (own)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->entries)), ==, 94);

  g_object_set (own, "title", "Call-back before changing bank details", "description", "Call the number on file", NULL);
  g_assert_cmpstr (rampart_soa_entry_get_title (own), ==, "Call-back before changing bank details");

  /* A risk may rely on it; deleting it does not free its id for another. */
  risk = add_risk (fixture, "Payment fraud", "ORG-1");
  g_assert_true (rampart_soa_entry_has_reason (own, RAMPART_SOA_REASON_RISK));
  kept = g_object_ref (own);
  g_assert_true (rampart_record_list_remove (fixture->entries, RAMPART_RECORD (own)));
  second = rampart_soa_add_own_control (fixture->entries);
  g_assert_cmpstr (rampart_soa_entry_get_control_id (second), ==, "ORG-2");
  g_assert_true (rampart_risk_has_control (risk, "ORG-1"));

  /* Undo brings the first back, as it was. */
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->entries)), ==, 94);
  g_assert_true (rampart_soa_find_entry (fixture->entries, "ORG-1") == kept);

  reopen (fixture);
  own = entry (fixture, "ORG-1");
  g_assert_cmpstr (rampart_soa_entry_get_title (own), ==, "Call-back before changing bank details");
  g_assert_cmpstr (rampart_soa_entry_get_description (own), ==, "Call the number on file");
  g_assert_null (rampart_soa_find_entry (fixture->entries, "ORG-2"));
}

static void
test_versions (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(RampartSoaVersion) first = NULL;
  g_autoptr(RampartSoaVersion) second = NULL;
  g_autoptr(RampartSoaVersion) current = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  RampartSoaChange *change;
  const RampartSoaLine *line;
  RampartRisk *risk;

  versions = rampart_workspace_list_soa_versions (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 0);
  g_clear_pointer (&versions, g_ptr_array_unref);

  risk = add_risk (fixture, "Ransomware", "8.13");
  g_object_set (entry (fixture, "8.13"), "applicability", RAMPART_APPLICABILITY_INCLUDED, "owner", "Tom", NULL);
  g_object_set (entry (fixture, "7.5"), "applicability", RAMPART_APPLICABILITY_EXCLUDED,
                "justification", "No premises", NULL);
  first = rampart_workspace_issue_soa_version (fixture->workspace, "Amelia Hart", "2026-03-02", "First issue.", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rampart_soa_version_get_number (first), ==, 1);

  /* Later changes do not touch the issued version. */
  g_object_set (entry (fixture, "8.13"), "implementation", RAMPART_IMPLEMENTATION_IMPLEMENTED, NULL);
  g_object_set (entry (fixture, "7.5"), "justification", "We have no premises of our own", NULL);
  g_object_set (risk, "title", "Ransomware renamed", NULL);
  rampart_risk_set_control_ids (risk, NULL);

  current = rampart_soa_version_new_current (fixture->workspace);
  changes = rampart_soa_version_compare (first, current);
  g_assert_cmpuint (changes->len, ==, 2);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->control_id, ==, "7.5");
  g_assert_cmpuint (change->fields->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (change->fields, 0), ==, "Justification");
  g_assert_cmpstr (g_ptr_array_index (change->fields, 1), ==, "No premises");
  g_assert_cmpstr (g_ptr_array_index (change->fields, 2), ==, "We have no premises of our own");
  change = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (change->control_id, ==, "8.13");
  g_assert_cmpuint (change->fields->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (change->fields, 0), ==, "Reasons");
  g_assert_cmpstr (g_ptr_array_index (change->fields, 3), ==, "Implementation");
  g_assert_cmpstr (g_ptr_array_index (change->fields, 4), ==, "Not started");
  g_assert_cmpstr (g_ptr_array_index (change->fields, 5), ==, "Implemented");
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* An own control added shows as added. */
  g_object_set (rampart_soa_add_own_control (fixture->entries), "title", "Call-back", NULL);
  second = rampart_workspace_issue_soa_version (fixture->workspace, "Amelia Hart", "2026-10-05", "Three changes.", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rampart_soa_version_get_number (second), ==, 2);

  reopen (fixture);
  versions = rampart_workspace_list_soa_versions (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_clear_object (&first);
  first = g_object_ref (g_ptr_array_index (versions, 0));
  g_assert_cmpuint (rampart_soa_version_get_number (first), ==, 1);
  g_assert_cmpstr (rampart_soa_version_get_approved_by (first), ==, "Amelia Hart");
  g_assert_cmpstr (rampart_soa_version_get_approved_on (first), ==, "2026-03-02");
  g_assert_cmpstr (rampart_soa_version_get_summary (first), ==, "First issue.");
  g_assert_cmpuint (rampart_soa_version_get_n_lines (first), ==, 93);

  /* Version 1 still says what it said, risk codes and all. */
  line = rampart_soa_version_find_line (first, "8.13");
  g_assert_cmpint (line->applicability, ==, RAMPART_APPLICABILITY_INCLUDED);
  g_assert_cmpint (line->implementation, ==, RAMPART_IMPLEMENTATION_NOT_STARTED);
  g_assert_cmpstr (line->owner, ==, "Tom");
  g_assert_cmpuint (g_strv_length (line->risks), ==, 1);
  g_assert_true (g_strv_contains ((const char * const *) line->reasons, "risk"));
  g_assert_cmpstr (rampart_soa_version_find_line (first, "7.5")->justification, ==, "No premises");
  g_assert_null (rampart_soa_version_find_line (first, "ORG-1"));

  changes = rampart_soa_version_compare (g_ptr_array_index (versions, 0), g_ptr_array_index (versions, 1));
  g_assert_cmpuint (changes->len, ==, 3);
  change = g_ptr_array_index (changes, 2);
  g_assert_cmpstr (change->control_id, ==, "ORG-1");
  g_assert_cmpstr (g_ptr_array_index (change->fields, 0), ==, "Control");
  g_assert_cmpstr (g_ptr_array_index (change->fields, 2), ==, "Added");
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Nothing changed since version 2. */
  g_clear_object (&current);
  current = rampart_soa_version_new_current (fixture->workspace);
  changes = rampart_soa_version_compare (g_ptr_array_index (versions, 1), current);
  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_issue_undo (Fixture       *fixture,
                 gconstpointer  unused)
{
  g_autoptr(RampartSoaVersion) version = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  version = rampart_workspace_issue_soa_version (fixture->workspace, "Amelia Hart", "2026-03-02", "", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "issue of version 1");

  g_assert_true (rampart_history_undo (fixture->history));
  versions = rampart_workspace_list_soa_versions (fixture->workspace, &error);
  g_assert_cmpuint (versions->len, ==, 0);
  g_clear_pointer (&versions, g_ptr_array_unref);

  g_assert_true (rampart_history_redo (fixture->history));
  reopen (fixture);
  versions = rampart_workspace_list_soa_versions (fixture->workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpuint (rampart_soa_version_get_n_lines (g_ptr_array_index (versions, 0)), ==, 93);
}

static void
test_progress (Fixture       *fixture,
               gconstpointer  unused)
{
  RampartSoaProgress progress;

  rampart_soa_count (fixture->workspace, &progress);
  g_assert_cmpuint (progress.total, ==, 93);
  g_assert_cmpuint (progress.decided, ==, 0);

  g_object_set (entry (fixture, "5.1"), "applicability", RAMPART_APPLICABILITY_INCLUDED,
                "implementation", RAMPART_IMPLEMENTATION_IMPLEMENTED, NULL);
  g_object_set (entry (fixture, "5.2"), "applicability", RAMPART_APPLICABILITY_INCLUDED, "to-review", TRUE, NULL);
  g_object_set (entry (fixture, "7.5"), "applicability", RAMPART_APPLICABILITY_EXCLUDED,
                "implementation", RAMPART_IMPLEMENTATION_IMPLEMENTED, NULL);
  rampart_soa_count (fixture->workspace, &progress);
  g_assert_cmpuint (progress.decided, ==, 3);
  g_assert_cmpuint (progress.included, ==, 2);
  g_assert_cmpuint (progress.excluded, ==, 1);
  /* An excluded control does not count as implemented. */
  g_assert_cmpuint (progress.implemented, ==, 1);
  g_assert_cmpuint (progress.to_review, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/soa/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("every-control", test_every_control);
  ADD ("decisions-kept", test_decisions_kept);
  ADD ("reasons-from-risks", test_reasons_from_risks);
  ADD ("requirement-link", test_requirement_link);
  ADD ("checks", test_checks);
  ADD ("own-controls", test_own_controls);
  ADD ("versions", test_versions);
  ADD ("issue-undo", test_issue_undo);
  ADD ("progress", test_progress);

  return g_test_run ();
}
