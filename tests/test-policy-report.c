/* test-policy-report.c: policies as documents, printed alone and in the pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rampart-pack.h"
#include "rampart-pdf-test-utils.h"
#include "rampart-policy-revision.h"
#include "rampart-test-utils.h"

typedef struct
{
  RampartTestFixture  base;
  RampartWorkspace   *workspace;
  RampartRecordList  *policies;
  GDateTime          *date;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  example)
{
  rampart_test_fixture_setup (&fixture->base, example);
  fixture->workspace = rampart_test_open_workspace (fixture->base.file);
  fixture->policies = rampart_workspace_get_policies (fixture->workspace);
  fixture->date = g_date_time_new_utc (2026, 12, 7, 9, 0, 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  g_date_time_unref (fixture->date);
  rampart_test_close_workspace (&fixture->workspace);
  rampart_test_fixture_teardown (&fixture->base, NULL);
}

static RampartPolicy *
find_policy (Fixture    *fixture,
             const char *identifier)
{
  RampartPolicy *policy = rampart_policies_find (fixture->policies, identifier);

  g_assert_nonnull (policy);
  return policy;
}

static PopplerDocument *
print_policy (Fixture               *fixture,
              RampartPolicyRevision *revision,
              gboolean               acknowledgement)
{
  g_autoptr(RampartBook) book = rampart_pack_build_policy (fixture->workspace, revision, fixture->date,
                                                           acknowledgement);
  g_autoptr(GBytes) pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  const char *dir = g_getenv ("RAMPART_TEST_PDFS");

  /* To look at, as a person would */
  if (dir != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s.pdf", rampart_policy_revision_get_identifier (revision),
                                               rampart_policy_revision_get_version (revision));
      g_autofree char *path = g_build_filename (dir, name, NULL);

      rampart_test_write (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
    }

  return rampart_test_open_pdf (pdf);
}

/* Words the layout may have put on lines of their own */
static void
assert_contains (const char *text,
                 const char *words)
{
  g_auto(GStrv) wanted = g_strsplit (words, " ", -1);
  const char *from = text;

  for (guint i = 0; wanted[i] != NULL; i++)
    {
      const char *found = strstr (from, wanted[i]);

      if (found == NULL)
        g_error ("“%s” is not in the text after “%.40s”", wanted[i], from);
      from = found + strlen (wanted[i]);
    }
}

/* An approved policy: its control block, its revisions, its text filled in. */
static void
test_approved_policy (Fixture       *fixture,
                      gconstpointer  unused)
{
  RampartPolicy *policy = find_policy (fixture, "ISMS-POL-03");
  g_autoptr(RampartPolicyRevision) revision = rampart_policy_get_pack_revision (policy);
  PopplerDocument *document = print_policy (fixture, revision, FALSE);
  g_autofree char *first = rampart_test_page_text (document, 0);
  g_autofree char *text = rampart_test_document_text (document);
  int last = poppler_document_get_n_pages (document) - 1;
  g_autofree char *last_page = rampart_test_page_text (document, last);
  g_autoptr(GPtrArray) revisions = rampart_policy_list_revisions (policy);

  g_assert_false (rampart_policy_revision_is_draft (revision));

  /* The document control block opens the first page, the revision table after it. */
  assert_contains (first, "Access control policy Document ISMS-POL-03 Version 1.1");
  assert_contains (first, "Owner Priya Natarajan");
  assert_contains (first, "Approver Daniel Okafor");
  assert_contains (first, "Approved 2026-10-12 Next review 2027-10-12");
  assert_contains (first, "Status Approved");
  assert_contains (first, "Effective 2026-11-01");
  assert_contains (first, "Annex A 5.15, 5.16");
  assert_contains (first, "Revision history Version Approved Approved by Changes 1.0 2025-10-20");
  assert_contains (first, "1.1 2026-10-12 Daniel Okafor");
  g_assert_cmpuint (revisions->len, ==, 2);

  /* Placeholders are filled in: the organisation's name, no braces left. */
  g_assert_null (strstr (text, "{{"));
  g_assert_null (strstr (text, "To adapt"));
  assert_contains (text, "Kestrel Data's information");
  g_assert_null (strstr (text, "DRAFT"));

  /* Running header and footer on every page */
  for (int i = 0; i <= last; i++)
    {
      g_autofree char *page = rampart_test_page_text (document, i);
      g_autofree char *of = g_strdup_printf ("Page %d of %d", i + 1, last + 1);

      assert_contains (page, "Kestrel Data Access control policy Internal");
      assert_contains (page, "ISMS-POL-03 · Version 1.1");
      assert_contains (page, of);
    }
  g_assert_null (strstr (last_page, "Acknowledgement"));
  rampart_test_assert_fonts_embedded (document);
  g_object_unref (document);
}

/* An earlier revision prints as it was approved, with the history up to it. */
static void
test_earlier_revision (Fixture       *fixture,
                       gconstpointer  unused)
{
  RampartPolicy *policy = find_policy (fixture, "ISMS-POL-03");
  g_autoptr(GPtrArray) revisions = rampart_policy_list_revisions (policy);
  PopplerDocument *document = print_policy (fixture, g_ptr_array_index (revisions, 0), FALSE);
  g_autofree char *first = rampart_test_page_text (document, 0);

  assert_contains (first, "Version 1.0");
  assert_contains (first, "Status Superseded");
  assert_contains (first, "Revision history Version Approved Approved by Changes 1.0 2025-10-20");
  g_assert_null (strstr (first, "2026-10-12 Daniel"));
  g_object_unref (document);
}

/* A draft says so on every page, with what is still missing marked. */
static void
test_draft (Fixture       *fixture,
            gconstpointer  unused)
{
  RampartPolicy *policy = find_policy (fixture, "ISMS-POL-06");
  g_autoptr(RampartPolicyRevision) current = NULL;
  PopplerDocument *document;
  g_autofree char *first = NULL;
  g_autofree char *text = NULL;
  g_autofree char *body = g_strconcat (rampart_policy_get_body (policy),
                                       "\nCopies go to {{adapt: the second site}}, checked by {{policy.ownr}}.\n",
                                       NULL);

  g_object_set (policy, "body", body, NULL);
  g_assert_cmpint (rampart_policy_get_status (policy), ==, RAMPART_POLICY_DRAFT);
  current = rampart_policy_revision_new_current (policy);
  document = print_policy (fixture, current, TRUE);
  first = rampart_test_page_text (document, 0);
  text = rampart_test_document_text (document);

  assert_contains (first, "Version 1.2 draft");
  assert_contains (first, "Approved Not approved yet");
  assert_contains (first, "Status Draft");
  assert_contains (text, "[To adapt: the second site], checked by {{policy.ownr}}.");
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *page = rampart_test_page_text (document, i);

      assert_contains (page, "DRAFT · Internal");
      assert_contains (page, "Version 1.2 draft");
    }

  /* The sheet to sign comes last. */
  {
    int last = poppler_document_get_n_pages (document) - 1;
    g_autofree char *sheet = rampart_test_page_text (document, last);

    assert_contains (sheet, "Acknowledgement By signing below, I confirm that I have read ISMS-POL-06 Backup policy, "
                            "version 1.2 draft");
    for (const char * const *column = (const char *[]) { "Name", "Role or team", "Signature", "Date", NULL };
         *column != NULL; column++)
      g_assert_nonnull (strstr (sheet, *column));
  }
  g_object_unref (document);
}

/* The pack holds every policy in force as approved; a draft only on request, marked; nothing retired. */
static void
test_pack (Fixture       *fixture,
           gconstpointer  unused)
{
  RampartPolicy *backup = find_policy (fixture, "ISMS-POL-06");
  RampartPolicy *physical = find_policy (fixture, "ISMS-POL-12");
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;
  g_autofree char *text = NULL;
  int backup_page, next_page;

  g_object_set (backup, "body", "## 1. Purpose\n\nEverything is copied every hour.\n", NULL);
  g_assert_true (rampart_policy_retire (physical, NULL));

  book = rampart_pack_build (fixture->workspace, NULL, fixture->date, &error);
  g_assert_no_error (error);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  document = rampart_test_open_pdf (pdf);
  text = rampart_test_document_text (document);

  /* The approved backup policy, not the draft; no retired policy. */
  g_assert_null (strstr (text, "Everything is copied every hour"));
  g_assert_null (strstr (text, "DRAFT · Internal"));
  g_assert_null (strstr (text, "Physical security and clear desk policy"));
  backup_page = rampart_test_find_page (document, "ISMS-POL-06 · Version 1.");
  g_assert_cmpint (backup_page, >, 0);
  rampart_test_assert_links_resolve (document);
  g_object_unref (document);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&pdf, g_bytes_unref);
  g_clear_object (&book);

  /* On request, the draft instead, marked as one on its own pages only. */
  g_object_set (backup, "draft-in-pack", TRUE, NULL);
  documents = rampart_pack_list_documents (fixture->workspace);
  book = rampart_pack_build (fixture->workspace, NULL, fixture->date, &error);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  document = rampart_test_open_pdf (pdf);
  text = rampart_test_document_text (document);
  assert_contains (text, "Everything is copied every hour");
  backup_page = rampart_test_find_page (document, "ISMS-POL-06 · Version 1.2 draft");
  next_page = rampart_test_find_page (document, "ISMS-POL-07 · Version");
  g_assert_cmpint (backup_page, >, 0);
  g_assert_cmpint (next_page, >, backup_page);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *page = rampart_test_page_text (document, i);

      g_assert_cmpint (strstr (page, "DRAFT · Internal") != NULL, ==, i >= backup_page && i < next_page);
    }
  g_object_unref (document);
}

/* The Statement of Applicability leads from each control to the policies that support it. */
static void
test_soa_links (Fixture       *fixture,
                gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartBook) book = rampart_pack_build (fixture->workspace, NULL, fixture->date, &error);
  g_autoptr(GBytes) pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  PopplerDocument *document = rampart_test_open_pdf (pdf);
  int soa = rampart_test_find_page (document, "ISMS-SOA · Version");
  gboolean found = FALSE;

  g_assert_cmpint (soa, >, 0);
  for (int i = soa; !found && i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      GList *mapping = poppler_page_get_link_mapping (page);

      for (GList *l = mapping; l != NULL; l = l->next)
        {
          PopplerLinkMapping *link = l->data;

          if (link->action->type == POPPLER_ACTION_GOTO_DEST &&
              g_strcmp0 (link->action->goto_dest.dest->named_dest, "doc-ISMS-POL-06") == 0)
            {
              PopplerDest *dest = poppler_document_find_dest (document, "doc-ISMS-POL-06");
              g_autofree char *target = NULL;

              g_assert_nonnull (dest);
              target = rampart_test_page_text (document, dest->page_num - 1);
              assert_contains (target, "Backup policy Document ISMS-POL-06");
              poppler_dest_free (dest);
              found = TRUE;
            }
        }
      poppler_page_free_link_mapping (mapping);
      g_object_unref (page);
    }
  g_assert_true (found);
  rampart_test_assert_links_resolve (document);
  g_object_unref (document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (TRUE), fixture_setup, func, fixture_teardown)

  ADD ("/report/policy/approved", test_approved_policy);
  ADD ("/report/policy/earlier-revision", test_earlier_revision);
  ADD ("/report/policy/draft", test_draft);
  ADD ("/report/policy/pack", test_pack);
  ADD ("/report/policy/soa-links", test_soa_links);
#undef ADD

  return g_test_run ();
}
