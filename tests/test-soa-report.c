/* test-soa-report.c: the Statement of Applicability document, read back from its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rampart-pack.h"
#include "rampart-pdf-test-utils.h"
#include "rampart-soa.h"
#include "rampart-test-utils.h"

typedef struct
{
  RampartTestFixture  workspace_file;
  RampartWorkspace   *workspace;
  GDateTime          *date;
} Fixture;

/* @example: whether the workspace is the example one, or a new one without risks or versions */
static void
fixture_setup (Fixture       *fixture,
               gconstpointer  example)
{
  g_autoptr(GError) error = NULL;

  rampart_test_fixture_setup (&fixture->workspace_file, example);
  fixture->workspace = rampart_workspace_open (fixture->workspace_file.file, NULL, &error);
  g_assert_no_error (error);
  fixture->date = g_date_time_new_utc (2026, 11, 23, 0, 0, 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  g_clear_object (&fixture->workspace);
  g_date_time_unref (fixture->date);
  rampart_test_fixture_teardown (&fixture->workspace_file, NULL);
}

static PopplerDocument *
open_pdf (Fixture    *fixture,
          const char *document_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartBook) book = rampart_pack_build (fixture->workspace, document_id, fixture->date, &error);
  g_autoptr(GBytes) pdf = NULL;

  g_assert_no_error (error);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  return rampart_test_open_pdf (pdf);
}

/* Runs of white space as one space: cells and paragraphs wrap wherever they like. */
static char *
flatten (const char *text)
{
  GString *flat = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        g_string_append_c (flat, *p);
      else if (flat->len > 0 && flat->str[flat->len - 1] != ' ')
        g_string_append_c (flat, ' ');
    }

  return g_string_free (flat, FALSE);
}

/* The text of pages @first to @last (from 0), on one line. */
static char *
pages_text (PopplerDocument *document,
            int              first,
            int              last)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (int i = first; i <= last; i++)
    {
      g_autofree char *page = rampart_test_page_text (document, i);

      g_string_append (text, page);
      g_string_append_c (text, '\n');
    }

  return flatten (text->str);
}

static char *
document_text (PopplerDocument *document)
{
  return pages_text (document, 0, poppler_document_get_n_pages (document) - 1);
}

/* Where @text first is on @page, as a rectangle from the top left corner of the page; FALSE if it is not there. */
static gboolean
find_on_page (PopplerPage      *page,
              const char       *text,
              PopplerRectangle *found)
{
  GList *matches = poppler_page_find_text_with_options (page, text, POPPLER_FIND_CASE_SENSITIVE);
  double height;

  poppler_page_get_size (page, NULL, &height);
  if (matches != NULL)
    {
      PopplerRectangle *first = matches->data;

      found->x1 = first->x1;
      found->x2 = first->x2;
      found->y1 = height - first->y2;
      found->y2 = height - first->y1;
    }
  g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);

  return matches != NULL;
}

/*
 * The first column of the tables of controls, page after page, on one
 * line: poppler runs the cells of a row together, so the column is read
 * on its own, from the page's left edge to where the header puts the
 * second column.
 */
static char *
control_column (PopplerDocument *document)
{
  g_autoptr(GString) column = g_string_new (NULL);
  double right = 0;

  for (int i = 0; i < poppler_document_get_n_pages (document) && right == 0; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      PopplerRectangle reasons;
      GList *matches = poppler_page_find_text_with_options (page, "Applicable", POPPLER_FIND_CASE_SENSITIVE);

      /* The header of a table of controls: "Applicable" level with "Reasons and justification". */
      if (find_on_page (page, "Reasons and justification", &reasons))
        {
          double height;

          poppler_page_get_size (page, NULL, &height);
          for (GList *l = matches; l != NULL; l = l->next)
            {
              PopplerRectangle *match = l->data;

              if (fabs ((height - match->y2) - reasons.y1) < 2 && match->x1 < reasons.x1)
                right = match->x1 - 2;
            }
        }
      g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
      g_object_unref (page);
    }
  g_assert_cmpfloat (right, >, 0);

  /* Poppler gives each character of the page's text its rectangle; those left of the second column make the first. */
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      const char *p = text;

      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (guint c = 0; c < n_rects && *p != '\0'; c++, p = g_utf8_next_char (p))
        if (*p == '\n' || rects[c].x2 <= right)
          g_string_append_len (column, p, g_utf8_next_char (p) - p);
      g_string_append_c (column, '\n');
      g_object_unref (page);
    }

  return flatten (column->str);
}

/* The first @first on the page from 0 that holds it, and @second level with it: the cells of one row. */
static void
assert_same_row (PopplerDocument *document,
                 const char      *first,
                 const char      *second)
{
  int index = rampart_test_find_page (document, first);
  PopplerPage *page;
  PopplerRectangle row;
  GList *matches;
  double height;
  gboolean found = FALSE;

  if (index < 0)
    g_error ("“%s” is not in the document", first);
  page = poppler_document_get_page (document, index);
  g_assert_true (find_on_page (page, first, &row));
  poppler_page_get_size (page, NULL, &height);
  matches = poppler_page_find_text_with_options (page, second, POPPLER_FIND_CASE_SENSITIVE);
  for (GList *l = matches; l != NULL; l = l->next)
    found |= fabs (height - ((PopplerRectangle *) l->data)->y2 - row.y1) < 3;
  g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
  g_object_unref (page);

  if (!found)
    g_error ("“%s” and “%s” are not on one row", first, second);
}

/* The bookmark @title at @level, from the bookmark @from on; -1 if there is none. */
static int
find_bookmark (GPtrArray  *outline,
               guint       from,
               const char *title,
               int         level)
{
  for (guint i = from; i < outline->len; i++)
    {
      RampartTestBookmark *bookmark = g_ptr_array_index (outline, i);

      if (bookmark->level == level && g_str_equal (bookmark->title, title))
        return i;
    }

  return -1;
}

/* The pages (from 0) of the pack's document @title, from its first to its last. */
static void
document_pages (GPtrArray  *outline,
                const char *title,
                int         n_pages,
                int        *first,
                int        *last)
{
  int index = find_bookmark (outline, 0, title, 1);

  g_assert_cmpint (index, >=, 0);
  *first = ((RampartTestBookmark *) g_ptr_array_index (outline, index))->page;
  *last = n_pages - 1;
  for (guint i = index + 1; i < outline->len; i++)
    {
      RampartTestBookmark *bookmark = g_ptr_array_index (outline, i);

      if (bookmark->level == 1)
        {
          *last = bookmark->page - 1;
          break;
        }
    }
}

static RampartSoaEntry *
find_entry (Fixture    *fixture,
            const char *control_id)
{
  RampartSoaEntry *entry = rampart_soa_find_entry (rampart_workspace_get_soa_entries (fixture->workspace),
                                                   control_id);

  g_assert_nonnull (entry);
  return entry;
}

static RampartSoaVersion *
issue (Fixture    *fixture,
       const char *summary)
{
  g_autoptr(GError) error = NULL;
  RampartSoaVersion *version = rampart_workspace_issue_soa_version (fixture->workspace, "Daniel Okafor",
                                                                    "2026-11-20", summary, &error);

  g_assert_no_error (error);
  return version;
}

/* Whatever the example decides, the statement has one row for each of the 93 controls of Annex A, in order. */
static void
test_annex_a_controls (Fixture       *fixture,
                       gconstpointer  unused)
{
  GListModel *controls = rampart_workspace_get_controls (fixture->workspace);
  PopplerDocument *document = open_pdf (fixture, "ISMS-SOA");
  g_autofree char *column = control_column (document);
  g_autoptr(GRegex) row = g_regex_new ("(?:^| )([5-8]\\.[0-9]{1,2}) [A-Z]", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  g_assert_cmpuint (g_list_model_get_n_items (controls), ==, 93);
  g_regex_match (row, column, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL), n++)
    {
      g_autoptr(RampartControl) control = NULL;
      g_autofree char *expected = NULL;
      int start;

      g_assert_cmpuint (n, <, g_list_model_get_n_items (controls));
      control = g_list_model_get_item (controls, n);
      expected = g_strdup_printf ("%s %s", rampart_control_get_id (control), rampart_control_get_title (control));
      g_assert_true (g_match_info_fetch_pos (match, 1, &start, NULL));
      if (!g_str_has_prefix (column + start, expected))
        g_error ("Row %u is not “%s”: %.80s", n + 1, expected, column + start);
    }
  g_assert_cmpuint (n, ==, 93);

  /* One table for each theme, under its own heading. */
  {
    g_autoptr(GPtrArray) outline = rampart_test_outline (document);

    g_assert_cmpint (find_bookmark (outline, 0, "Organisational controls (37)", 2), >, 0);
    g_assert_cmpint (find_bookmark (outline, 0, "People controls (8)", 2), >, 0);
    g_assert_cmpint (find_bookmark (outline, 0, "Physical controls (14)", 2), >, 0);
    g_assert_cmpint (find_bookmark (outline, 0, "Technological controls (34)", 2), >, 0);
    g_assert_cmpint (find_bookmark (outline, 0, "Revision history", 2), >, 0);
  }
  g_object_unref (document);
}

/* In the pack, a risk's code leads to its section in the risk assessment report; alone, it stays text. */
static void
test_risk_links (Fixture       *fixture,
                 gconstpointer  unused)
{
  PopplerDocument *document = open_pdf (fixture, NULL);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  int n_pages = poppler_document_get_n_pages (document);
  int first, last, report_first, report_last;
  guint checked = 0;

  rampart_test_assert_links_resolve (document);
  document_pages (outline, "Statement of Applicability", n_pages, &first, &last);
  document_pages (outline, "Risk assessment report", n_pages, &report_first, &report_last);

  for (int i = first; i <= last; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      GList *mapping = poppler_page_get_link_mapping (page);

      for (GList *l = mapping; l != NULL; l = l->next)
        {
          PopplerLinkMapping *link = l->data;
          const char *name;
          RampartRisk *risk;
          g_autofree char *code = NULL;
          g_autofree char *heading = NULL;
          PopplerDest *dest;
          int section;

          if (link->action->type != POPPLER_ACTION_GOTO_DEST)
            continue;
          name = link->action->goto_dest.dest->named_dest;
          if (!g_str_has_prefix (name, "risk-"))
            continue;

          /* The link's destination is the page of the risk's heading, in the report. */
          risk = RAMPART_RISK (rampart_record_list_get_by_id (rampart_workspace_get_risks (fixture->workspace),
                                                              g_ascii_strtoll (name + strlen ("risk-"), NULL, 10)));
          g_assert_nonnull (risk);
          code = rampart_risk_dup_code (risk);
          heading = g_strdup_printf ("%s %s", code, rampart_risk_get_title (risk));
          section = find_bookmark (outline, 0, heading, 3);
          g_assert_cmpint (section, >=, 0);
          dest = poppler_document_find_dest (document, name);
          g_assert_nonnull (dest);
          g_assert_cmpint (dest->page_num - 1, ==, ((RampartTestBookmark *) g_ptr_array_index (outline, section))->page);
          g_assert_cmpint (dest->page_num - 1, >=, report_first);
          g_assert_cmpint (dest->page_num - 1, <=, report_last);
          poppler_dest_free (dest);
          checked++;
        }
      poppler_page_free_link_mapping (mapping);
      g_object_unref (page);
    }

  /* The example's register treats risks with Annex A controls. */
  g_assert_cmpuint (checked, >, 0);
  g_object_unref (document);

  /* Alone, the codes are there without links to a report that is not. */
  document = open_pdf (fixture, "ISMS-SOA");
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      GList *mapping = poppler_page_get_link_mapping (page);

      g_assert_null (mapping);
      g_object_unref (page);
    }
  g_assert_cmpint (rampart_test_find_page (document, "R-001"), >=, 0);
  g_object_unref (document);
}

/* The latest issued version is printed while nothing has changed since; otherwise a draft of the next. */
static void
test_versions (Fixture       *fixture,
               gconstpointer  unused)
{
  PopplerDocument *document = open_pdf (fixture, "ISMS-SOA");
  g_autofree char *text = document_text (document);
  g_autoptr(RampartSoaVersion) first = NULL;
  g_autoptr(RampartSoaVersion) second = NULL;

  /* A new workspace has issued nothing. */
  g_assert_nonnull (strstr (text, "Draft of version 1, not yet issued. It shows the decisions as they stand on "
                                  "2026-11-23, which nobody has approved yet. No version of the statement has "
                                  "been issued yet."));
  g_assert_nonnull (strstr (text, "Revision history Not issued yet"));
  assert_same_row (document, "Version", "1 draft");
  g_object_unref (document);

  /* Issued, it is the version in force, with its approval, and the first of the history. */
  g_object_set (find_entry (fixture, "8.30"), "applicability", RAMPART_APPLICABILITY_EXCLUDED,
                "justification", "All development is done in house.", NULL);
  first = issue (fixture, "First issue, after the management review.");
  document = open_pdf (fixture, "ISMS-SOA");
  g_clear_pointer (&text, g_free);
  text = document_text (document);
  g_assert_nonnull (strstr (text, "Version 1, approved by Daniel Okafor on 2026-11-20. This document prints that "
                                  "version"));
  g_assert_null (strstr (text, "not yet issued"));
  g_assert_null (strstr (text, "Not issued yet"));
  assert_same_row (document, "First issue, after the management review.", "2026-11-20");
  assert_same_row (document, "First issue, after the management review.", "Daniel Okafor");
  /* The document's own control data follow it. */
  assert_same_row (document, "Approved", "2026-11-20");
  g_object_unref (document);

  /* Once a decision changes, the draft of version 2, saying which controls changed; version 1 stays in force. */
  g_object_set (find_entry (fixture, "5.1"), "applicability", RAMPART_APPLICABILITY_INCLUDED, NULL);
  document = open_pdf (fixture, "ISMS-SOA");
  g_clear_pointer (&text, g_free);
  text = document_text (document);
  g_assert_nonnull (strstr (text, "Draft of version 2, not yet issued."));
  g_assert_nonnull (strstr (text, "Version 1, approved by Daniel Okafor on 2026-11-20, remains the version in "
                                  "force; 1 control has changed since: 5.1."));
  g_assert_nonnull (strstr (text, "First issue, after the management review."));
  assert_same_row (document, "Version", "2 draft");
  g_object_unref (document);

  /* Issued again: version 2, and both in the history, the first first. */
  second = issue (fixture, "5.1 applies.");
  document = open_pdf (fixture, "ISMS-SOA");
  g_clear_pointer (&text, g_free);
  text = document_text (document);
  g_assert_nonnull (strstr (text, "Version 2, approved by Daniel Okafor on 2026-11-20."));
  g_assert_null (strstr (text, "not yet issued"));
  g_assert_cmpuint (strstr (text, "First issue, after the management review.") - text, <,
                    strstr (text, "5.1 applies.") - text);
  g_object_unref (document);
}

/* Each control with its decision: exclusions stand out with their justification, undecided ones are counted. */
static void
test_decisions (Fixture       *fixture,
                gconstpointer  unused)
{
  RampartRecordList *entries = rampart_workspace_get_soa_entries (fixture->workspace);
  GListModel *model = G_LIST_MODEL (entries);
  RampartSoaEntry *own;
  PopplerDocument *document;
  g_autoptr(GPtrArray) outline = NULL;
  g_autofree char *text = NULL;

  g_object_set (find_entry (fixture, "8.30"), "applicability", RAMPART_APPLICABILITY_EXCLUDED,
                "justification", "All development is done in house.", NULL);
  g_object_set (find_entry (fixture, "5.1"), "applicability", RAMPART_APPLICABILITY_INCLUDED,
                "good-practice", TRUE, "legal", TRUE, "justification", "Directors want it written down.",
                "implementation", RAMPART_IMPLEMENTATION_IMPLEMENTED, "owner", "Ada Lovelace",
                "how", "Policy set approved yearly", "evidence", "Board minutes", NULL);
  g_object_set (find_entry (fixture, "7.4"), "applicability", RAMPART_APPLICABILITY_EXCLUDED, NULL);
  own = rampart_soa_add_own_control (entries);
  g_object_set (own, "title", "Customer deletion certificates", "applicability", RAMPART_APPLICABILITY_INCLUDED,
                "contractual", TRUE, "implementation", RAMPART_IMPLEMENTATION_PLANNED, NULL);

  document = open_pdf (fixture, "ISMS-SOA");
  text = document_text (document);
  outline = rampart_test_outline (document);

  /* The counts, with the undecided ones plain to see. */
  g_assert_nonnull (strstr (text, "The statement covers 94 controls: 2 applicable, 2 excluded and 90 undecided. Of "
                                  "the applicable controls: 1 implemented, 0 partially implemented, 1 planned, 0 "
                                  "not started. Excluded: 7.4, 8.30."));
  g_assert_nonnull (strstr (text, "90 controls are not decided yet."));
  assert_same_row (document, "All controls", "94");
  assert_same_row (document, "All controls", "90");

  /* An included control with its reasons, justification, status, owner, how and evidence. */
  assert_same_row (document, "5.1 Policies for", "Applicable");
  assert_same_row (document, "5.1 Policies for", "Legal or regulatory requirement; Good");
  assert_same_row (document, "5.1 Policies for", "Implemented");
  g_assert_nonnull (strstr (text, "Justification: Directors want it written down."));
  g_assert_nonnull (strstr (text, "Owner: Ada Lovelace"));
  g_assert_nonnull (strstr (text, "How: Policy set approved yearly"));
  g_assert_nonnull (strstr (text, "Evidence: Board minutes"));

  /* Exclusions: marked, with their justification or the lack of one. */
  assert_same_row (document, "8.30 Outsourced", "Excluded");
  assert_same_row (document, "8.30 Outsourced", "Justification for exclusion: All");
  assert_same_row (document, "8.30 Outsourced", "Not applicable");
  assert_same_row (document, "7.4 Physical security", "Justification for exclusion:");
  g_assert_nonnull (strstr (text, "Justification for exclusion: Not recorded yet"));
  assert_same_row (document, "5.2 Information", "Undecided");
  assert_same_row (document, "5.2 Information", "No reason recorded yet");

  /* The organisation's own controls come last, under their heading. */
  g_assert_cmpint (find_bookmark (outline, 0, "The organisation's own controls (1)", 2), >,
                   find_bookmark (outline, 0, "Technological controls (34)", 2));
  assert_same_row (document, "ORG-1 Customer", "Contractual requirement");
  assert_same_row (document, "ORG-1 Customer", "Planned");
  g_object_unref (document);

  /* Every control decided: nothing is left undecided, and nothing says so. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RampartSoaEntry) entry = g_list_model_get_item (model, i);

      if (rampart_soa_entry_get_applicability (entry) == RAMPART_APPLICABILITY_UNDECIDED)
        g_object_set (entry, "applicability", RAMPART_APPLICABILITY_INCLUDED, NULL);
    }
  document = open_pdf (fixture, "ISMS-SOA");
  g_clear_pointer (&text, g_free);
  text = document_text (document);
  g_assert_nonnull (strstr (text, "The statement covers 94 controls: 92 applicable, 2 excluded and 0 undecided."));
  g_assert_null (strstr (text, "not decided yet"));
  g_assert_null (strstr (text, "Undecided Implementation"));
  g_object_unref (document);
}

/* The pack places the statement after the risk documents, and reads the same each time. */
static void
test_in_pack (Fixture       *fixture,
              gconstpointer  unused)
{
  PopplerDocument *document = open_pdf (fixture, NULL);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  int treatment = find_bookmark (outline, 0, "Risk treatment plan", 1);
  int statement = find_bookmark (outline, 0, "Statement of Applicability", 1);

  g_assert_cmpint (treatment, >, 0);
  g_assert_cmpint (statement, >, treatment);
  g_assert_cmpint (find_bookmark (outline, statement, "Version and approval", 2), ==, statement + 1);
  g_assert_cmpint (find_bookmark (outline, statement, "Summary", 2), ==, statement + 2);
  g_assert_cmpstr (rampart_pack_find_document_type ("ISMS-SOA")->title, ==, "Statement of Applicability");
  g_object_unref (document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, example, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (example), fixture_setup, func, fixture_teardown)
  ADD ("/report/soa/annex-a-controls", TRUE, test_annex_a_controls);
  ADD ("/report/soa/risk-links", TRUE, test_risk_links);
  ADD ("/report/soa/versions", FALSE, test_versions);
  ADD ("/report/soa/decisions", FALSE, test_decisions);
  ADD ("/report/soa/in-pack", TRUE, test_in_pack);
#undef ADD

  return g_test_run ();
}
