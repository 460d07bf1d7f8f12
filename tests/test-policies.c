/* test-policies.c: the policy register: workflow, revisions, placeholders, templates, checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rampart-checks.h"
#include "rampart-placeholders.h"
#include "rampart-policy-revision.h"
#include "rampart-policy-templates.h"
#include "rampart-soa.h"
#include "rampart-test-utils.h"
#include "rampart-text-diff.h"
#include "rampart-workspace.h"

typedef struct
{
  RampartTestFixture  base;
  RampartWorkspace   *workspace;
  RampartHistory     *history;
  RampartRecordList  *policies;
} Fixture;

static void
open_workspace (Fixture *fixture)
{
  fixture->workspace = rampart_test_open_workspace (fixture->base.file);
  fixture->history = rampart_workspace_get_history (fixture->workspace);
  fixture->policies = rampart_workspace_get_policies (fixture->workspace);
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

static RampartPolicy *
policy_at (Fixture *fixture,
           guint    position)
{
  g_autoptr(RampartPolicy) policy = g_list_model_get_item (G_LIST_MODEL (fixture->policies), position);

  g_assert_nonnull (policy);
  return policy;
}

/* A draft ready to approve: identifier, title and a text without gaps. */
static RampartPolicy *
add_policy (Fixture    *fixture,
            const char *title,
            const char *body)
{
  g_autoptr(RampartPolicy) draft = rampart_policy_new_blank (fixture->policies);
  RampartPolicy *policy;

  g_object_set (draft, "title", title, "body", body, "owner", "Priya Natarajan", NULL);
  policy = RAMPART_POLICY (rampart_record_list_append (fixture->policies, RAMPART_RECORD (draft)));
  g_assert_true (policy == draft);
  return policy;
}

static RampartPolicyRevision *
approve (RampartPolicy *policy,
         const char    *date,
         const char    *summary,
         gboolean       major)
{
  g_autoptr(GError) error = NULL;
  RampartPolicyRevision *revision;

  revision = rampart_policy_approve (policy, "Daniel Okafor", date, summary, major, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (revision);
  return revision;
}

/* Findings about @record, one a line; all of them with NULL. */
static char *
findings_text (GListModel *findings,
               gpointer    record)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      if (record == NULL || rampart_finding_get_record (finding) == record)
        g_string_append_printf (text, "%s\n", rampart_finding_get_message (finding));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Fields */

static void
test_fields_saved (Fixture       *fixture,
                   gconstpointer  unused)
{
  const char * const controls[] = { "8.13", "5.1", "8.2", NULL };
  const char * const sorted[] = { "5.1", "8.2", "8.13", NULL };
  RampartPolicy *policy = add_policy (fixture, "Backup policy", "## 1. Purpose\n\nKeep copies.\n");
  gint64 id = rampart_record_get_id (RAMPART_RECORD (policy));

  g_assert_cmpstr (rampart_policy_get_identifier (policy), ==, "ISMS-POL-01");
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);
  g_object_set (policy,
                "kind", RAMPART_POLICY_KIND_PROCEDURE,
                "approver", "Daniel Okafor",
                "audience", "All staff",
                "effective-on", "2027-01-01",
                "next-review", "2027-12-31",
                "draft-in-pack", TRUE,
                "control-ids", controls,
                NULL);

  reopen (fixture);
  policy = RAMPART_POLICY (rampart_record_list_get_by_id (fixture->policies, id));
  g_assert_nonnull (policy);
  g_assert_cmpstr (rampart_policy_get_title (policy), ==, "Backup policy");
  g_assert_cmpint (rampart_policy_get_kind (policy), ==, RAMPART_POLICY_KIND_PROCEDURE);
  g_assert_cmpstr (rampart_policy_get_owner (policy), ==, "Priya Natarajan");
  g_assert_cmpstr (rampart_policy_get_approver (policy), ==, "Daniel Okafor");
  g_assert_cmpstr (rampart_policy_get_audience (policy), ==, "All staff");
  g_assert_cmpstr (rampart_policy_get_effective_on (policy), ==, "2027-01-01");
  g_assert_cmpstr (rampart_policy_get_next_review (policy), ==, "2027-12-31");
  g_assert_cmpstr (rampart_policy_get_body (policy), ==, "## 1. Purpose\n\nKeep copies.\n");
  g_assert_true (rampart_policy_get_draft_in_pack (policy));
  g_assert_cmpstrv (rampart_policy_get_control_ids (policy), sorted);
  g_assert_true (rampart_policy_has_control (policy, "8.13"));
  g_assert_false (rampart_policy_has_control (policy, "8.14"));

  /* Identifiers follow the highest in use. */
  g_object_set (policy, "identifier", "ISMS-POL-07", NULL);
  {
    g_autofree char *next = rampart_policies_next_identifier (fixture->policies);

    g_assert_cmpstr (next, ==, "ISMS-POL-08");
  }
}

/* Workflow */

static void
test_workflow (Fixture       *fixture,
               gconstpointer  unused)
{
  RampartPolicy *policy = add_policy (fixture, "Access control policy", "## 1. Purpose\n\nWho gets in.\n");
  g_autoptr(GError) error = NULL;

  /* Only a draft goes to review, and only a policy in review comes back from it. */
  g_assert_false (rampart_policy_return_to_draft (policy, &error));
  g_assert_error (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_true (rampart_policy_submit (policy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_IN_REVIEW);
  g_assert_false (rampart_policy_submit (policy, &error));
  g_assert_error (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_true (rampart_policy_return_to_draft (policy, NULL));
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);

  /* A draft is not retired: it is deleted. */
  g_assert_false (rampart_policy_retire (policy, &error));
  g_assert_error (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_true (rampart_record_can_delete (RAMPART_RECORD (policy)));

  /* Approved from review, then retired and put back in force. */
  g_assert_true (rampart_policy_submit (policy, NULL));
  approve (policy, "2026-11-02", "First issue", FALSE);
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_APPROVED);
  g_assert_false (rampart_record_can_delete (RAMPART_RECORD (policy)));
  g_assert_false (rampart_policy_submit (policy, NULL));
  g_assert_true (rampart_policy_retire (policy, NULL));
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_RETIRED);
  g_assert_null (rampart_policy_get_pack_revision (policy));
  g_assert_true (rampart_policy_reinstate (policy, NULL));
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_APPROVED);

  /* A review that changes nothing starts a draft all the same. */
  g_assert_true (rampart_policy_start_revision (policy, NULL));
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);
  approve (policy, "2026-11-20", "Annual review: no change", FALSE);

  reopen (fixture);
  policy = policy_at (fixture, 0);
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_APPROVED);
  {
    g_autoptr(GPtrArray) revisions = rampart_policy_list_revisions (policy);

    g_assert_cmpuint (revisions->len, ==, 2);
  }
}

static void
assert_refused (RampartPolicy *policy,
                const char    *approved_by,
                const char    *approved_on,
                const char    *next_review,
                int            code,
                const char    *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (rampart_policy_approve (policy, approved_by, approved_on, "", FALSE, next_review, &error));
  g_assert_error (error, RAMPART_POLICY_ERROR, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (rampart_policy_get_status (policy), !=, RAMPART_POLICY_APPROVED);
  g_assert_null (rampart_policy_get_last_revision (policy));
}

static void
test_approval_refused (Fixture       *fixture,
                       gconstpointer  unused)
{
  RampartPolicy *policy = add_policy (fixture, "", "");

  assert_refused (policy, "Daniel", "2026-11-02", NULL, RAMPART_POLICY_ERROR_INCOMPLETE,
                  "The policy needs an identifier and a title.");
  g_object_set (policy, "title", "Backup policy", NULL);
  assert_refused (policy, "Daniel", "2026-11-02", NULL, RAMPART_POLICY_ERROR_INCOMPLETE,
                  "The policy has no text yet.");
  g_object_set (policy, "body", "Backups use {{adapt: the backup tool}} and {{ adapt: where copies go }}.", NULL);
  assert_refused (policy, "Daniel", "2026-11-02", NULL, RAMPART_POLICY_ERROR_TO_ADAPT,
                  "The text still has 2 places to adapt to the organisation.");
  g_object_set (policy, "body", "{{organisation.name}} backs up with {{organisation.nmae}}.", NULL);
  assert_refused (policy, "Daniel", "2026-11-02", NULL, RAMPART_POLICY_ERROR_UNKNOWN_PLACEHOLDER,
                  "Rampart does not know the placeholder {{organisation.nmae}}.");
  g_object_set (policy, "body", "{{organisation.name}} backs up every night.", NULL);
  assert_refused (policy, "  ", "2026-11-02", NULL, RAMPART_POLICY_ERROR_APPROVAL, NULL);
  assert_refused (policy, "Daniel", "2 November 2026", NULL, RAMPART_POLICY_ERROR_APPROVAL, NULL);
  assert_refused (policy, "Daniel", "2026-11-02", "2026-11-01", RAMPART_POLICY_ERROR_APPROVAL,
                  "The next review must come after the approval.");

  /* Refusals change nothing, and leave nothing to undo. */
  g_assert_cmpstr (rampart_policy_get_effective_on (policy), ==, "");
  g_assert_cmpstr (rampart_policy_get_next_review (policy), ==, "");
}

/* Revisions */

static void
test_revisions_frozen (Fixture       *fixture,
                       gconstpointer  unused)
{
  RampartPolicy *policy = add_policy (fixture, "Backup policy", "Backups run every night.\n");
  RampartPolicyRevision *first;
  g_autoptr(RampartPolicyRevision) in_pack = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  gint64 id = rampart_record_get_id (RAMPART_RECORD (policy));

  g_object_set (policy, "effective-on", "2026-12-01", NULL);
  first = approve (policy, "2026-11-02", "First issue", FALSE);
  g_assert_cmpstr (rampart_policy_revision_get_version (first), ==, "1.0");
  g_assert_cmpstr (rampart_policy_revision_get_approved_by (first), ==, "Daniel Okafor");
  g_assert_cmpstr (rampart_policy_revision_get_approved_on (first), ==, "2026-11-02");
  g_assert_cmpstr (rampart_policy_revision_get_change_summary (first), ==, "First issue");
  /* A later effective date stands; the review is a year after approval. */
  g_assert_cmpstr (rampart_policy_revision_get_effective_on (first), ==, "2026-12-01");
  g_assert_cmpstr (rampart_policy_get_next_review (policy), ==, "2027-11-02");
  g_assert_cmpstr (rampart_policy_revision_get_next_review (first), ==, "2027-11-02");
  /* Nobody was named to approve it: whoever did is, from now on. */
  g_assert_cmpstr (rampart_policy_get_approver (policy), ==, "Daniel Okafor");
  g_assert_cmpstr (rampart_policy_get_last_revision (policy) == first ? "same" : "other", ==, "same");

  /* Editing the approved text starts the next draft; the revision keeps what was approved. */
  g_object_set (policy, "body", "Backups run every hour.\n", "title", "Backup and restore policy", NULL);
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);
  g_assert_cmpstr (rampart_policy_revision_get_body (first), ==, "Backups run every night.\n");
  g_assert_cmpstr (rampart_policy_revision_get_title (first), ==, "Backup policy");
  {
    g_autofree char *label = rampart_policy_dup_version_label (policy);

    g_assert_cmpstr (label, ==, "1.1 draft");
  }

  /* Meanwhile the pack shows the approved text. */
  in_pack = rampart_policy_get_pack_revision (policy);
  g_assert_true (in_pack == first);
  g_clear_object (&in_pack);
  g_object_set (policy, "draft-in-pack", TRUE, NULL);
  in_pack = rampart_policy_get_pack_revision (policy);
  g_assert_true (rampart_policy_revision_is_draft (in_pack));
  g_assert_cmpstr (rampart_policy_revision_get_body (in_pack), ==, "Backups run every hour.\n");
  g_assert_cmpstr (rampart_policy_revision_get_version (in_pack), ==, "1.1 draft");

  /* From the file, as it was approved. */
  reopen (fixture);
  policy = RAMPART_POLICY (rampart_record_list_get_by_id (fixture->policies, id));
  revisions = rampart_policy_list_revisions (policy);
  g_assert_cmpuint (revisions->len, ==, 1);
  first = g_ptr_array_index (revisions, 0);
  g_assert_cmpstr (rampart_policy_revision_get_body (first), ==, "Backups run every night.\n");
  g_assert_cmpstr (rampart_policy_revision_get_title (first), ==, "Backup policy");
  g_assert_cmpstr (rampart_policy_revision_get_version (first), ==, "1.0");
  g_assert_cmpstr (rampart_policy_get_body (policy), ==, "Backups run every hour.\n");
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);
  g_clear_pointer (&revisions, g_ptr_array_unref);

  /* Minor, then major. */
  approve (policy, "2026-11-10", "Hourly backups", FALSE);
  g_object_set (policy, "body", "Backups run every hour and are tested.\n", NULL);
  approve (policy, "2026-11-20", "Restore tests", TRUE);
  revisions = rampart_policy_list_revisions (policy);
  g_assert_cmpuint (revisions->len, ==, 3);
  g_assert_cmpstr (rampart_policy_revision_get_version (g_ptr_array_index (revisions, 1)), ==, "1.1");
  g_assert_cmpstr (rampart_policy_revision_get_version (g_ptr_array_index (revisions, 2)), ==, "2.0");
  g_assert_cmpstr (rampart_policy_revision_get_body (g_ptr_array_index (revisions, 0)), ==,
                   "Backups run every night.\n");

  /* A printout of 1.1 lists the history up to it. */
  {
    g_autoptr(GPtrArray) earlier = rampart_policy_revision_list_earlier (g_ptr_array_index (revisions, 1));

    g_assert_cmpuint (earlier->len, ==, 2);
  }
}

static void
test_undo_approval (Fixture       *fixture,
                    gconstpointer  unused)
{
  RampartPolicy *policy = add_policy (fixture, "Backup policy", "Backups run every night.\n");
  RampartPolicyRevision *revision;
  gint64 id = rampart_record_get_id (RAMPART_RECORD (policy));

  rampart_history_clear (fixture->history);
  revision = approve (policy, "2026-11-02", "First issue", FALSE);
  g_object_ref (revision);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "approval of version 1.0");

  /* Undo takes the approval back whole. */
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);
  g_assert_null (rampart_policy_get_last_revision (policy));
  g_assert_cmpstr (rampart_policy_get_next_review (policy), ==, "");
  g_assert_cmpstr (rampart_policy_get_effective_on (policy), ==, "");
  g_assert_cmpstr (rampart_policy_get_approver (policy), ==, "");
  g_assert_false (rampart_history_get_can_undo (fixture->history));

  /* Redo brings the same revision back. */
  g_assert_true (rampart_history_redo (fixture->history));
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_APPROVED);
  g_assert_true (rampart_policy_get_last_revision (policy) == revision);

  reopen (fixture);
  policy = RAMPART_POLICY (rampart_record_list_get_by_id (fixture->policies, id));
  g_assert_nonnull (rampart_policy_get_last_revision (policy));
  g_assert_cmpstr (rampart_policy_revision_get_body (rampart_policy_get_last_revision (policy)), ==,
                   "Backups run every night.\n");
  g_object_unref (revision);

  /* An edit that starts a draft undoes as one step, status and all. */
  rampart_history_clear (fixture->history);
  g_object_set (policy, "body", "Changed.\n", NULL);
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_APPROVED);
  g_assert_cmpstr (rampart_policy_get_body (policy), ==, "Backups run every night.\n");
}

static void
test_delete_draft (Fixture       *fixture,
                   gconstpointer  unused)
{
  const char * const controls[] = { "5.15", NULL };
  RampartPolicy *policy = add_policy (fixture, "Draft", "Text.\n");

  g_object_set (policy, "control-ids", controls, NULL);
  g_assert_true (rampart_record_list_remove (fixture->policies, RAMPART_RECORD (policy)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->policies)), ==, 0);

  /* Undo brings it back with its links. */
  g_assert_true (rampart_history_undo (fixture->history));
  reopen (fixture);
  policy = policy_at (fixture, 0);
  g_assert_cmpstrv (rampart_policy_get_control_ids (policy), controls);
}

/* Placeholders */

static char *
lookup_cb (const char *name,
           gpointer    user_data)
{
  if (g_str_equal (name, "organisation.name"))
    return g_strdup ("Smith_&_Sons *Ltd*");
  if (g_str_equal (name, "organisation.address"))
    return g_strdup ("1 High Street\nLeeds");
  return g_strdup ("");
}

static void
test_placeholders (void)
{
  const char *text = "{{organisation.name}} at {{ organisation.address }}; {{isms_manager}} "
                     "{{adapt: where backups go}} {{policy.ownr}} {{not\nclosed}} {{{organisation.name}}}";
  g_autoptr(GArray) found = rampart_placeholders_scan (text);
  g_autofree char *markdown = NULL;
  g_autofree char *plain = NULL;
  g_auto(GStrv) unknown = NULL;
  const char * const expected_unknown[] = { "policy.ownr", NULL };

  g_assert_cmpuint (found->len, ==, 6);
  g_assert_cmpint (g_array_index (found, RampartPlaceholder, 0).kind, ==, RAMPART_PLACEHOLDER_KNOWN);
  g_assert_cmpstr (g_array_index (found, RampartPlaceholder, 1).name, ==, "organisation.address");
  g_assert_cmpint (g_array_index (found, RampartPlaceholder, 3).kind, ==, RAMPART_PLACEHOLDER_ADAPT);
  g_assert_cmpstr (g_array_index (found, RampartPlaceholder, 3).name, ==, "where backups go");
  g_assert_cmpint (g_array_index (found, RampartPlaceholder, 4).kind, ==, RAMPART_PLACEHOLDER_UNKNOWN);
  g_assert_cmpint (rampart_placeholders_count (text, RAMPART_PLACEHOLDER_ADAPT), ==, 1);
  unknown = rampart_placeholders_dup_names (text, RAMPART_PLACEHOLDER_UNKNOWN);
  g_assert_cmpstrv (unknown, expected_unknown);

  /* Values read as written; what is missing or unknown is marked. */
  markdown = rampart_placeholders_expand (text, lookup_cb, NULL, TRUE);
  g_assert_cmpstr (markdown, ==,
                   "Smith\\_\\&\\_Sons \\*Ltd\\* at 1 High Street, Leeds; **\\[ISMS manager\\]** "
                   "**\\[To adapt\\: where backups go\\]** `{{policy.ownr}}` {{not\nclosed}} "
                   "{Smith\\_\\&\\_Sons \\*Ltd\\*}");
  plain = rampart_placeholders_expand (text, lookup_cb, NULL, FALSE);
  g_assert_cmpstr (plain, ==,
                   "Smith_&_Sons *Ltd* at 1 High Street, Leeds; {{isms_manager}} "
                   "{{adapt: where backups go}} {{policy.ownr}} {{not\nclosed}} {Smith_&_Sons *Ltd*}");
}

static void
test_fill_from_revision (Fixture       *fixture,
                         gconstpointer  unused)
{
  RampartPolicy *policy = add_policy (fixture, "Backup policy",
                                      "{{policy.id}} {{policy.title}} {{policy.version}}, owned by {{policy.owner}} "
                                      "for {{organisation.name}}.");
  g_autoptr(RampartPolicyRevision) current = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *approved = NULL;

  g_object_set (rampart_workspace_get_organisation (fixture->workspace), "name", "Kestrel Data", NULL);
  current = rampart_policy_revision_new_current (policy);
  draft = rampart_policy_revision_fill (current, fixture->workspace, FALSE);
  g_assert_cmpstr (draft, ==, "ISMS-POL-01 Backup policy 1.0 draft, owned by Priya Natarajan for Kestrel Data.");

  approve (policy, "2026-11-02", "First issue", FALSE);
  g_object_set (policy, "owner", "Tom Hendry", NULL);
  /* The revision names its own owner; the organisation is named as it is now. */
  g_object_set (rampart_workspace_get_organisation (fixture->workspace), "name", "Kestrel", NULL);
  approved = rampart_policy_revision_fill (rampart_policy_get_last_revision (policy), fixture->workspace, FALSE);
  g_assert_cmpstr (approved, ==, "ISMS-POL-01 Backup policy 1.0, owned by Priya Natarajan for Kestrel.");
}

/* Reviews and checks */

static void
test_review_state (Fixture       *fixture,
                   gconstpointer  unused)
{
  RampartPolicy *policy = add_policy (fixture, "Backup policy", "Text.\n");

  g_assert_cmpint (rampart_policy_get_review_state (policy, "2026-12-07"), ==, RAMPART_REVIEW_NONE);
  approve (policy, "2025-12-01", "First issue", FALSE);
  g_assert_cmpstr (rampart_policy_get_next_review (policy), ==, "2026-12-01");
  g_assert_cmpint (rampart_policy_get_review_state (policy, "2026-12-07"), ==, RAMPART_REVIEW_OVERDUE);
  g_assert_cmpint (rampart_policy_get_review_state (policy, "2026-12-01"), ==, RAMPART_REVIEW_DUE);
  g_assert_cmpint (rampart_policy_get_review_state (policy, "2026-11-01"), ==, RAMPART_REVIEW_DUE);
  g_assert_cmpint (rampart_policy_get_review_state (policy, "2026-10-31"), ==, RAMPART_REVIEW_SCHEDULED);

  /* A new draft does not take the approved text out of force, nor its review date. */
  g_object_set (policy, "body", "New text.\n", NULL);
  g_assert_cmpint (rampart_policy_get_review_state (policy, "2026-12-07"), ==, RAMPART_REVIEW_OVERDUE);
  g_assert_true (rampart_policy_submit (policy, NULL));
  approve (policy, "2026-12-07", "Reviewed", FALSE);
  g_assert_cmpint (rampart_policy_get_review_state (policy, "2026-12-07"), ==, RAMPART_REVIEW_SCHEDULED);
  g_assert_true (rampart_policy_retire (policy, NULL));
  g_assert_cmpint (rampart_policy_get_review_state (policy, "2028-01-01"), ==, RAMPART_REVIEW_NONE);
}

static void
test_checks (Fixture       *fixture,
             gconstpointer  unused)
{
  const char * const controls[] = { "5.1", NULL };
  g_autoptr(GListModel) findings = NULL;
  g_autofree char *text = NULL;
  RampartPolicy *main_policy, *backup, *twin;

  findings = rampart_check_policies (fixture->workspace, "2026-12-07");
  text = findings_text (findings, NULL);
  g_assert_cmpstr (text, ==, "There is no information security policy: start one from its template.\n");
  g_clear_object (&findings);
  g_clear_pointer (&text, g_free);

  main_policy = add_policy (fixture, "Information security policy", "{{adapt: our mission}} {{sponsr}}");
  g_object_set (main_policy, "kind", RAMPART_POLICY_KIND_POLICY, "control-ids", controls, NULL);
  backup = add_policy (fixture, "Backup policy", "Text.\n");
  g_object_set (backup, "owner", "", "control-ids", controls, NULL);
  twin = add_policy (fixture, "Other", "Text.\n");
  g_object_set (twin, "identifier", "ISMS-POL-02", NULL);

  findings = rampart_check_policies (fixture->workspace, "2026-12-07");
  text = findings_text (findings, NULL);
  g_assert_cmpstr (text, ==,
                   "ISMS-POL-02 Other: another policy has the same identifier.\n"
                   "ISMS-POL-01 Information security policy: the information security policy is not approved yet.\n"
                   "ISMS-POL-01 Information security policy: the text has 1 place still to adapt to the organisation.\n"
                   "ISMS-POL-01 Information security policy: Rampart does not know the placeholder {{sponsr}}.\n"
                   "ISMS-POL-02 Backup policy: the policy has no owner.\n"
                   "ISMS-POL-02 Other: the policy supports no Annex A control yet.\n");
  g_clear_object (&findings);
  g_clear_pointer (&text, g_free);

  /* Approved, reviews count: overdue, then due. */
  g_object_set (main_policy, "body", "{{organisation.name}} protects its information.\n", NULL);
  g_object_set (twin, "identifier", "ISMS-POL-03", "control-ids", controls, NULL);
  g_object_set (backup, "owner", "Tom", NULL);
  approve (main_policy, "2025-11-01", "First issue", FALSE);
  approve (backup, "2025-12-20", "First issue", FALSE);
  findings = rampart_check_policies (fixture->workspace, "2026-12-07");
  text = findings_text (findings, NULL);
  g_assert_cmpstr (text, ==,
                   "ISMS-POL-01 Information security policy: its review was due on 2026-11-01.\n"
                   "ISMS-POL-02 Backup policy: its review is due on 2026-12-20.\n");
  g_clear_object (&findings);
  g_clear_pointer (&text, g_free);

  /* A policy in force without a review date */
  g_object_set (backup, "next-review", "", NULL);
  findings = rampart_check_policies (fixture->workspace, "2026-12-07");
  text = findings_text (findings, backup);
  g_assert_cmpstr (text, ==, "ISMS-POL-02 Backup policy: the policy is in force, but no review date is set.\n");
}

/* Templates */

static void
test_templates (Fixture       *fixture,
                gconstpointer  unused)
{
  GPtrArray *templates = rampart_policy_templates_get ();
  GListModel *controls = rampart_workspace_get_controls (fixture->workspace);
  const char * const expected[] = {
    "information-security", "access-control", "acceptable-use", "asset-management", "backup",
    "cryptography", "incident-management", "supplier-security", "business-continuity", "remote-working",
    "physical-security", "logging-monitoring", "change-management", NULL
  };
  guint n_main = 0;

  g_assert_cmpuint (templates->len, >=, 12);
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_nonnull (rampart_policy_templates_find (expected[i]));

  for (guint i = 0; i < templates->len; i++)
    {
      const RampartPolicyTemplate *template = g_ptr_array_index (templates, i);
      g_autoptr(RampartPolicy) draft = NULL;
      g_auto(GStrv) unknown = rampart_placeholders_dup_names (template->body, RAMPART_PLACEHOLDER_UNKNOWN);
      RampartPolicy *policy;
      g_autofree char *identifier = NULL;

      g_test_message ("Template %s", template->key);
      g_assert_true (g_str_has_prefix (template->body, "## "));
      g_assert_cmpstr (unknown[0], ==, NULL);
      g_assert_cmpuint (strlen (template->title), >, 0);
      g_assert_cmpuint (strlen (template->summary), >, 0);
      /* Each is a starting point, with the places to adapt marked. */
      g_assert_cmpuint (rampart_placeholders_count (template->body, RAMPART_PLACEHOLDER_ADAPT), >=, 1);
      g_assert_nonnull (template->controls[0]);
      for (guint c = 0; template->controls[c] != NULL; c++)
        {
          gboolean known = FALSE;

          for (guint k = 0; !known && k < g_list_model_get_n_items (controls); k++)
            {
              g_autoptr(RampartControl) control = g_list_model_get_item (controls, k);

              known = g_str_equal (rampart_control_get_id (control), template->controls[c]);
            }
          g_assert_true (known);
        }
      if (template->kind == RAMPART_POLICY_KIND_POLICY)
        n_main++;

      identifier = rampart_policies_next_identifier (fixture->policies);
      draft = rampart_policy_new_from_template (fixture->policies, template);
      policy = RAMPART_POLICY (rampart_record_list_append (fixture->policies, RAMPART_RECORD (draft)));
      g_assert_cmpstr (rampart_policy_get_identifier (policy), ==, identifier);
      g_assert_cmpstr (rampart_policy_get_title (policy), ==, template->title);
      g_assert_cmpstr (rampart_policy_get_body (policy), ==, template->body);
      g_assert_cmpstr (rampart_policy_get_template (policy), ==, template->key);
      g_assert_cmpint (rampart_policy_get_kind (policy), ==, template->kind);
      g_assert_cmpstrv (rampart_policy_get_control_ids (policy), template->controls);
    }
  g_assert_cmpuint (n_main, ==, 1);
}

/* Comparing */

static char *
join_diff (GPtrArray       *chunks,
           RampartDiffKind  without)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < chunks->len; i++)
    {
      RampartDiffChunk *chunk = g_ptr_array_index (chunks, i);

      if (chunk->kind != without)
        g_string_append (text, chunk->text);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_diff (void)
{
  const char *before = "## Purpose\n\nBackups run every night.\nKeep them for 30 days.\n\nOld line.\n";
  const char *after = "## Purpose\n\nBackups run every hour.\nKeep them for 30 days.\n\nA new line.\n";
  g_autoptr(GPtrArray) chunks = rampart_text_diff (before, after);
  g_autoptr(GPtrArray) same = rampart_text_diff (before, before);
  g_autoptr(GPtrArray) empty = rampart_text_diff (NULL, "All new.\n");
  g_autofree char *old_side = join_diff (chunks, RAMPART_DIFF_ADDED);
  g_autofree char *new_side = join_diff (chunks, RAMPART_DIFF_REMOVED);
  g_autoptr(GString) marked = g_string_new (NULL);

  g_assert_cmpstr (old_side, ==, before);
  g_assert_cmpstr (new_side, ==, after);
  g_assert_true (rampart_text_diff_has_changes (chunks));
  g_assert_false (rampart_text_diff_has_changes (same));

  /* Word by word within changed lines */
  for (guint i = 0; i < chunks->len; i++)
    {
      RampartDiffChunk *chunk = g_ptr_array_index (chunks, i);

      g_string_append_printf (marked, chunk->kind == RAMPART_DIFF_SAME ? "%s" :
                                      chunk->kind == RAMPART_DIFF_ADDED ? "[+%s]" : "[-%s]", chunk->text);
    }
  g_assert_cmpstr (marked->str, ==,
                   "## Purpose\n\nBackups run every [-night][+hour].\nKeep them for 30 days.\n\n[-Old][+A new] line.\n");

  g_assert_cmpuint (empty->len, ==, 1);
  g_assert_cmpint (((RampartDiffChunk *) g_ptr_array_index (empty, 0))->kind, ==, RAMPART_DIFF_ADDED);
}

static void
test_compare_revisions (Fixture       *fixture,
                        gconstpointer  unused)
{
  RampartPolicy *policy = add_policy (fixture, "Backup policy", "Nightly.\n");
  RampartPolicyRevision *first = approve (policy, "2026-11-02", "First issue", FALSE);
  g_autoptr(RampartPolicyRevision) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  RampartPolicyChange *change;

  g_object_ref (first);
  g_object_set (policy, "title", "Backup and restore policy", "owner", "Tom Hendry", NULL);
  current = rampart_policy_revision_new_current (policy);
  changes = rampart_policy_revision_compare (first, current);
  g_assert_cmpuint (changes->len, ==, 2);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->label, ==, "Title");
  g_assert_cmpstr (change->before, ==, "Backup policy");
  g_assert_cmpstr (change->after, ==, "Backup and restore policy");
  change = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (change->label, ==, "Owner");
  g_object_unref (first);
}

/* The example */

static void
test_example (Fixture       *fixture,
              gconstpointer  unused)
{
  GListModel *policies = G_LIST_MODEL (fixture->policies);
  g_autoptr(GListModel) findings = rampart_check_policies (fixture->workspace, "2026-12-07");
  g_autoptr(RampartSoaVersion) current = rampart_soa_version_new_current (fixture->workspace);
  const RampartSoaLine *line;
  guint overdue = 0, due = 0, with_history = 0, in_force = 0;

  g_assert_cmpuint (g_list_model_get_n_items (policies), >=, 12);
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (policies, i);
      g_autoptr(GPtrArray) revisions = rampart_policy_list_revisions (policy);

      g_test_message ("%s", rampart_policy_get_identifier (policy));
      g_assert_true (g_str_has_prefix (rampart_policy_get_identifier (policy), "ISMS-POL-"));
      g_assert_cmpuint (revisions->len, >=, 1);
      g_assert_cmpuint (rampart_placeholders_count (rampart_policy_get_body (policy), RAMPART_PLACEHOLDER_ADAPT), ==, 0);
      g_assert_cmpstr (rampart_policy_get_owner (policy), !=, "");
      if (rampart_policy_get_status (policy) != RAMPART_POLICY_RETIRED)
        in_force++;
      with_history += revisions->len > 1;
      overdue += rampart_policy_get_review_state (policy, "2026-12-07") == RAMPART_REVIEW_OVERDUE;
      due += rampart_policy_get_review_state (policy, "2026-12-07") == RAMPART_REVIEW_DUE;
    }
  g_assert_cmpuint (in_force, ==, g_list_model_get_n_items (policies));
  g_assert_cmpuint (with_history, >=, 3);
  g_assert_cmpuint (overdue, ==, 1);
  g_assert_cmpuint (due, ==, 1);

  /* The reviews are all the checks find. */
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      g_test_message ("%s", rampart_finding_get_message (finding));
      g_assert_true (strstr (rampart_finding_get_message (finding), "review") != NULL);
    }
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);

  /* The Statement of Applicability names each control's policies. */
  line = rampart_soa_version_find_line (current, "8.13");
  g_assert_nonnull (line);
  g_assert_true (g_strv_contains ((const char * const *) line->policies, "ISMS-POL-06"));
  line = rampart_soa_version_find_line (current, "5.1");
  g_assert_true (g_strv_contains ((const char * const *) line->policies, "ISMS-POL-01"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, example) \
  g_test_add (path, Fixture, GINT_TO_POINTER (example), fixture_setup, func, fixture_teardown)

  ADD ("/core/policies/fields-saved", test_fields_saved, FALSE);
  ADD ("/core/policies/workflow", test_workflow, FALSE);
  ADD ("/core/policies/approval-refused", test_approval_refused, FALSE);
  ADD ("/core/policies/revisions-frozen", test_revisions_frozen, FALSE);
  ADD ("/core/policies/undo-approval", test_undo_approval, FALSE);
  ADD ("/core/policies/delete-draft", test_delete_draft, FALSE);
  ADD ("/core/policies/fill-from-revision", test_fill_from_revision, FALSE);
  ADD ("/core/policies/review-state", test_review_state, FALSE);
  ADD ("/core/policies/checks", test_checks, FALSE);
  ADD ("/core/policies/templates", test_templates, FALSE);
  ADD ("/core/policies/compare-revisions", test_compare_revisions, FALSE);
  ADD ("/core/policies/example", test_example, TRUE);
  g_test_add_func ("/core/policies/placeholders", test_placeholders);
  g_test_add_func ("/core/policies/diff", test_diff);
#undef ADD

  return g_test_run ();
}
