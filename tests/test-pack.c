/* test-pack.c: the documentation pack of a workspace, read back from its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "rampart-pack.h"
#include "rampart-pdf-test-utils.h"
#include "rampart-test-utils.h"

typedef struct
{
  RampartTestFixture  workspace_file;
  RampartWorkspace   *workspace;
  GDateTime          *date;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;

  rampart_test_fixture_setup (&fixture->workspace_file, GINT_TO_POINTER (TRUE));
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

static GBytes *
pack_pdf (Fixture    *fixture,
          const char *document_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartBook) book = rampart_pack_build (fixture->workspace, document_id, fixture->date, &error);

  g_assert_no_error (error);
  return rampart_test_write_pdf (book, RAMPART_PAPER_A4);
}

/* The text of the whole document on one line: cells and paragraphs wrap wherever they like. */
static char *
flat_text (PopplerDocument *document)
{
  g_autofree char *text = rampart_test_document_text (document);
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

static PopplerDocument *
open_pack (Fixture    *fixture,
           const char *document_id)
{
  g_autoptr(GBytes) pdf = pack_pdf (fixture, document_id);

  return rampart_test_open_pdf (pdf);
}

/*
 * Where @text first is after the place @after, as the page times 10000 plus
 * the distance from the page's top: poppler gives text in an order of its
 * own, and runs the cells of a table row together, so what comes first and
 * what shares a row is read from the page. @text must be on one line.
 */
static double
place_after (PopplerDocument *document,
             double           after,
             const char      *text)
{
  for (int i = MAX (after, 0) / 10000; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      GList *matches = poppler_page_find_text_with_options (page, text, POPPLER_FIND_CASE_SENSITIVE);
      double height;
      double place = G_MAXDOUBLE;

      poppler_page_get_size (page, NULL, &height);
      for (GList *l = matches; l != NULL; l = l->next)
        {
          /* The rectangles count from the foot of the page. */
          double here = i * 10000.0 + height - ((PopplerRectangle *) l->data)->y2;

          if (here > after)
            place = MIN (place, here);
        }
      g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
      g_object_unref (page);
      if (place < G_MAXDOUBLE)
        return place;
    }

  g_error ("“%s” is not in the document after %g", text, after);
}

#define place_of(document, text) place_after (document, -1, text)

/* The first @first after @after comes before the first @second. */
static void
assert_before (PopplerDocument *document,
               double           after,
               const char      *first,
               const char      *second)
{
  if (place_after (document, after, first) >= place_after (document, after, second))
    g_error ("“%s” is not before “%s”", first, second);
}

/* The cells of a row start level with each other; the first @first after @after, and @second beside it. */
static void
assert_same_row (PopplerDocument *document,
                 double           after,
                 const char      *first,
                 const char      *second)
{
  double row = place_after (document, after, first);

  if (fabs (place_after (document, row - 3, second) - row) >= 3)
    g_error ("“%s” and “%s” are not on one row", first, second);
}

static void
test_contents (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(GBytes) pdf = pack_pdf (fixture, NULL);
  PopplerDocument *document = rampart_test_open_pdf (pdf);
  g_autofree char *cover = rampart_test_page_text (document, 0);
  g_autofree char *text = rampart_test_document_text (document);
  GListModel *controls = rampart_workspace_get_controls (fixture->workspace);
  int profile;

  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 6);

  /* The cover, then document control, then the contents. */
  g_assert_nonnull (strstr (cover, "ISMS documentation"));
  g_assert_nonnull (strstr (cover, "Kestrel Data"));
  g_assert_nonnull (strstr (cover, "2026-11-23"));
  g_assert_nonnull (strstr (cover, "Priya Natarajan"));
  g_assert_cmpint (rampart_test_find_page (document, "Document control"), ==, 1);
  /* Fifteen policies make the document control two pages long. */
  g_assert_cmpint (rampart_test_find_page (document, "Contents"), ==, 3);

  /* The profile document holds the profile. */
  profile = rampart_test_find_page (document, "This document identifies the organisation");
  g_assert_cmpint (profile, >, 2);
  {
    g_autofree char *page = rampart_test_page_text (document, profile);

    g_assert_nonnull (strstr (page, "Kestrel Data Services Ltd"));
    g_assert_nonnull (strstr (page, "Daniel Okafor"));
    g_assert_nonnull (strstr (page, "ISMS-ORG"));
  }

  /* The controls document lists every control. */
  for (guint i = 0; i < g_list_model_get_n_items (controls); i++)
    {
      g_autoptr(RampartControl) control = g_list_model_get_item (controls, i);
      g_autofree char *id = g_strdup_printf ("%s", rampart_control_get_id (control));

      g_assert_nonnull (strstr (text, id));
    }
  g_assert_nonnull (strstr (text, "Threat intelligence"));
  g_assert_nonnull (strstr (text, "Secure coding"));

  /* Every page has its footer, counting the right total. */
  for (int i = 1; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *page = rampart_test_page_text (document, i);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i + 1, poppler_document_get_n_pages (document));

      g_assert_nonnull (strstr (page, footer));
    }

  g_object_unref (document);
}

/* Each line of the contents ends with a page number: it is the page its link and bookmark lead to. */
static void
test_toc_pages_match_outline (Fixture       *fixture,
                              gconstpointer  unused)
{
  g_autoptr(GBytes) pdf = pack_pdf (fixture, NULL);
  PopplerDocument *document = rampart_test_open_pdf (pdf);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  PopplerPage *toc = poppler_document_get_page (document, rampart_test_find_page (document, "Contents"));
  GList *mapping = poppler_page_get_link_mapping (toc);
  double page_height;
  guint checked = 0;

  poppler_page_get_size (toc, NULL, &page_height);

  /* Each bookmark leads to the page with its heading. */
  g_assert_cmpuint (outline->len, >=, 8);
  for (guint i = 0; i < outline->len; i++)
    {
      RampartTestBookmark *bookmark = g_ptr_array_index (outline, i);
      g_autofree char *text = rampart_test_page_text (document, bookmark->page);

      g_assert_nonnull (strstr (text, bookmark->title));
    }

  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerLinkMapping *link = l->data;
      PopplerRectangle area = link->area;
      g_autofree char *line = NULL;
      PopplerDest *dest;
      const char *number;
      gboolean in_outline = FALSE;

      if (link->action->type != POPPLER_ACTION_GOTO_DEST)
        continue;

      /* Link areas count from the bottom of the page, text areas from the top; the
       * middle of the line keeps the lines above and below out. */
      area.y1 = page_height - link->area.y2 + 4;
      area.y2 = page_height - link->area.y1 - 4;
      line = g_strstrip (poppler_page_get_text_for_area (toc, &area));
      number = strrchr (line, '\n') != NULL ? strrchr (line, '\n') + 1 : strrchr (line, ' ') + 1;

      dest = poppler_document_find_dest (document, link->action->goto_dest.dest->named_dest);
      g_assert_nonnull (dest);
      g_assert_cmpint (atoi (number), ==, dest->page_num);

      for (guint i = 0; i < outline->len; i++)
        {
          RampartTestBookmark *bookmark = g_ptr_array_index (outline, i);

          if (g_str_has_prefix (line, bookmark->title) && bookmark->page + 1 == dest->page_num)
            in_outline = TRUE;
        }
      g_assert_true (in_outline);
      poppler_dest_free (dest);
      checked++;
    }

  /* Document control, every document and their sections. */
  g_assert_cmpuint (checked, >=, 21);
  poppler_page_free_link_mapping (mapping);
  g_object_unref (toc);
  g_object_unref (document);
}

static void
test_links_resolve (Fixture       *fixture,
                    gconstpointer  unused)
{
  g_autoptr(GBytes) pdf = pack_pdf (fixture, NULL);
  PopplerDocument *document = rampart_test_open_pdf (pdf);

  rampart_test_assert_links_resolve (document);
  rampart_test_assert_fonts_embedded (document);
  g_object_unref (document);
}

static void
test_metadata (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(GBytes) pdf = pack_pdf (fixture, NULL);
  PopplerDocument *document = rampart_test_open_pdf (pdf);
  g_autofree char *title = poppler_document_get_title (document);
  g_autofree char *author = poppler_document_get_author (document);
  g_autofree char *subject = poppler_document_get_subject (document);
  g_autofree char *keywords = poppler_document_get_keywords (document);
  g_autofree char *creator = poppler_document_get_creator (document);
  g_autofree char *expected_creator = g_strdup_printf ("Rampart %s", PACKAGE_VERSION);

  g_assert_cmpstr (title, ==, "ISMS documentation");
  g_assert_cmpstr (author, ==, "Kestrel Data");
  g_assert_nonnull (strstr (subject, "ISO/IEC 27001"));
  g_assert_nonnull (strstr (keywords, "ISMS"));
  g_assert_cmpstr (creator, ==, expected_creator);
  g_assert_cmpint (poppler_document_get_creation_date (document), ==, g_date_time_to_unix (fixture->date));
  g_object_unref (document);
}

static void
test_byte_identical (Fixture       *fixture,
                     gconstpointer  unused)
{
  g_autoptr(GBytes) first = pack_pdf (fixture, NULL);
  g_autoptr(GBytes) second = pack_pdf (fixture, NULL);

  g_assert_true (g_bytes_equal (first, second));
}

static void
test_single_document (Fixture       *fixture,
                      gconstpointer  unused)
{
  g_autoptr(GBytes) pdf = pack_pdf (fixture, "ISMS-CTL");
  PopplerDocument *document = rampart_test_open_pdf (pdf);
  g_autofree char *first = rampart_test_page_text (document, 0);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartBook) missing = NULL;

  /* No cover and no contents: the document from its first page. */
  g_assert_nonnull (strstr (first, "Annex A controls"));
  g_assert_null (strstr (first, "Document control"));
  g_assert_cmpstr (((RampartTestBookmark *) g_ptr_array_index (outline, 0))->title, ==, "Annex A controls");
  g_assert_cmpint (rampart_test_find_page (document, "Kestrel Data Services Ltd"), ==, -1);
  g_object_unref (document);

  missing = rampart_pack_build (fixture->workspace, "ISMS-NOPE", fixture->date, &error);
  g_assert_null (missing);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_document_control (Fixture       *fixture,
                       gconstpointer  unused)
{
  RampartDocumentControl *control = rampart_workspace_get_document_control (fixture->workspace, "ISMS-ORG");
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *document;
  g_autofree char *page = NULL;

  g_object_set (control, "version", "2.3", "owner", "Ada Lovelace", "approved-on", "2026-10-01",
                "next-review", "2027-10-01", NULL);
  g_object_set (rampart_workspace_get_document_control (fixture->workspace, RAMPART_PACK_ID),
                "version", "7", NULL);
  pdf = pack_pdf (fixture, NULL);
  document = rampart_test_open_pdf (pdf);

  page = rampart_test_page_text (document, 1);
  g_assert_nonnull (strstr (page, "2.3"));
  g_assert_nonnull (strstr (page, "Ada Lovelace"));
  g_assert_nonnull (strstr (page, "2026-10-01"));
  g_assert_nonnull (strstr (page, "2027-10-01"));
  /* The approver was not named: the sponsor approves. */
  g_assert_nonnull (strstr (page, "Daniel Okafor"));
  {
    g_autofree char *cover = rampart_test_page_text (document, 0);

    g_assert_nonnull (strstr (cover, "7"));
  }
  g_object_unref (document);
}

/* cairo 1.16 writes broken PDFs under a decimal-comma locale unless it is kept from it. */
static void
test_comma_locale (Fixture       *fixture,
                   gconstpointer  unused)
{
  g_autofree char *locales = rampart_test_make_dir ();
  g_autofree char *path = g_build_filename (locales, "de_DE.UTF-8", NULL);
  const char *argv[] = { "localedef", "-i", "de_DE", "-f", "UTF-8", path, NULL };
  g_autoptr(GBytes) in_c = pack_pdf (fixture, NULL);
  g_autoptr(GBytes) in_german = NULL;
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));
  PopplerDocument *document;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL);
  g_setenv ("LOCPATH", locales, TRUE);
  if (status != 0 || setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      rampart_test_remove_tree (locales);
      g_test_skip ("Cannot make the de_DE.UTF-8 locale here (localedef or its data is missing)");
      return;
    }
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  in_german = pack_pdf (fixture, NULL);
  setlocale (LC_ALL, previous);
  g_unsetenv ("LOCPATH");
  rampart_test_remove_tree (locales);

  document = rampart_test_open_pdf (in_german);
  rampart_test_assert_links_resolve (document);
  g_object_unref (document);
  g_assert_true (g_bytes_equal (in_c, in_german));
}

/* The pack follows the standard: the profile, clauses 4.1 to 4.3, the information security policy of 5.2, 5.3,
 * the risk documents of 6.1 and 8, the Statement of Applicability, the assets of Annex A 5.9, the other policies,
 * then Annex A. */
static void
test_document_order (Fixture       *fixture,
                     gconstpointer  unused)
{
  static const char * const ids[] = {
    "ISMS-ORG", "ISMS-CTX", "ISMS-SCOPE", "ISMS-ROLES", "ISMS-RAM", "ISMS-RAR", "ISMS-RTP", "ISMS-SOA", "ISMS-AST",
    "ISMS-CTL",
  };
  PopplerDocument *document = open_pack (fixture, NULL);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  g_autoptr(GPtrArray) documents = rampart_pack_list_documents (fixture->workspace);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autoptr(GString) order = g_string_new (NULL);
  const RampartDocumentType *types;
  guint n_types;
  guint level_one = 0;
  int previous_page = 0;
  int contents = rampart_test_find_page (document, "Contents");
  double in_control = 10000, in_contents = contents * 10000.0;

  types = rampart_pack_get_document_types (&n_types);
  g_assert_cmpuint (n_types, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < n_types; i++)
    {
      g_assert_cmpstr (types[i].id, ==, ids[i]);
      g_assert_true (rampart_pack_find_document_type (ids[i]) == &types[i]);
    }

  /* The example's policies in force take their places among them, by identifier. */
  for (guint i = 0; i < documents->len; i++)
    g_string_append_printf (order, "%s ", ((RampartPackDocument *) g_ptr_array_index (documents, i))->id);
  g_assert_cmpstr (order->str, ==,
                   "ISMS-ORG ISMS-CTX ISMS-SCOPE ISMS-POL-01 ISMS-ROLES ISMS-RAM ISMS-RAR ISMS-RTP ISMS-SOA ISMS-AST "
                   "ISMS-POL-02 ISMS-POL-03 ISMS-POL-04 ISMS-POL-05 ISMS-POL-06 ISMS-POL-07 ISMS-POL-08 ISMS-POL-09 "
                   "ISMS-POL-10 ISMS-POL-11 ISMS-POL-12 ISMS-POL-13 ISMS-POL-14 ISMS-POL-15 ISMS-CTL ");

  /* Document control (from page 2) lists each document in order, and so do the contents after it. */
  g_ptr_array_add (titles, "Document control");
  g_ptr_array_add (titles, "Contents");
  for (guint i = 0; i < documents->len; i++)
    {
      RampartPackDocument *entry = g_ptr_array_index (documents, i);
      double place;

      g_ptr_array_add (titles, entry->title);
      place = place_after (document, in_control, entry->id);
      g_assert_cmpfloat (place, <, contents * 10000.0);
      in_control = place;
      place = place_after (document, in_contents, entry->title);
      g_assert_cmpfloat (place, <, (contents + 2) * 10000.0);
      in_contents = place;
    }

  /* The bookmarks too, each document on a page after the one before. */
  for (guint i = 0; i < outline->len; i++)
    {
      RampartTestBookmark *bookmark = g_ptr_array_index (outline, i);

      if (bookmark->level != 1)
        continue;

      g_assert_cmpuint (level_one, <, titles->len);
      g_assert_cmpstr (bookmark->title, ==, g_ptr_array_index (titles, level_one));
      g_assert_cmpint (bookmark->page, >=, previous_page);
      previous_page = bookmark->page;
      level_one++;
    }
  g_assert_cmpuint (level_one, ==, titles->len);
  g_object_unref (document);
}

static int
find_bookmark (GPtrArray  *outline,
               const char *title,
               int         level)
{
  for (guint i = 0; i < outline->len; i++)
    {
      RampartTestBookmark *bookmark = g_ptr_array_index (outline, i);

      if (g_str_equal (bookmark->title, title) && bookmark->level == level)
        return bookmark->page;
    }

  return -1;
}

static void
test_context_document (Fixture       *fixture,
                       gconstpointer  unused)
{
  PopplerDocument *document = open_pack (fixture, NULL);
  g_autofree char *text = flat_text (document);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  RampartRecordList *parties = rampart_workspace_get_interested_parties (fixture->workspace);
  g_autoptr(RampartInterestedParty) shareholders = g_list_model_get_item (G_LIST_MODEL (parties), 6);
  RampartRecord *requirement;
  RampartRecord *council;
  int start = rampart_test_find_page (document, "This document describes the context");
  double parties_at;
  double from = start * 10000.0;

  /* It comes after the profile, and its sections are in the bookmarks where they are. */
  g_assert_cmpint (start, >, rampart_test_find_page (document, "This document identifies the organisation"));
  g_assert_cmpint (find_bookmark (outline, "Context of the organisation", 1), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Internal and external issues", 2), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Interested parties and their requirements", 2), >=, start);
  g_assert_cmpint (find_bookmark (outline, "Information Commissioner's Office (Regulator or authority)", 3), >, start);

  /* External issues first, each with its category, effect and response; then internal ones. */
  assert_before (document, from, "External issues", "UK GDPR and the Data Protection");
  assert_before (document, from, "Certification planned for spring 2027", "Internal issues");
  assert_before (document, from, "Internal issues", "Hybrid working: most staff work");
  assert_same_row (document, from, "Legal and regulatory", "We hold names, addresses");
  assert_same_row (document, from, "Legal and regulatory", "Data processing agreement with");
  assert_before (document, from, "Legal and regulatory", "UK GDPR and the Data Protection");
  g_assert_nonnull (strstr (text, "UK GDPR and the Data Protection Act 2018 apply to the payroll data we process"));
  g_assert_nonnull (strstr (text, "a personal data breach procedure that meets the 72-hour deadline"));

  /* The parties: an overview that counts what is addressed, then each with its requirements. */
  parties_at = place_after (document, from, "Interested parties and their requirements");
  assert_same_row (document, parties_at, "Accountancy partners", "Partner");
  assert_same_row (document, parties_at, "Accountancy partners", "2 of 3");
  assert_same_row (document, parties_at, "Cyber insurer", "Insurer");
  assert_before (document, from, "Information Commissioner's Office (Regulator or authority)",
                 "Report notifiable personal data");
  assert_same_row (document, parties_at, "Report notifiable personal data", "Incident management procedure;");
  assert_same_row (document, parties_at, "The right to audit our premises", "Not addressed");
  assert_same_row (document, parties_at, "The right to audit our premises", "Not offered: partners receive");
  g_assert_nonnull (strstr (text, "Twelve accountancy firms that run payroll for their own clients on our platform."));
  g_object_unref (document);

  /* An open decision and a party with nothing recorded yet say so. */
  requirement = rampart_record_list_add (rampart_interested_party_get_requirements (shareholders));
  g_object_set (requirement, "text", "Dividend forecasts kept confidential", NULL);
  council = rampart_record_list_add (parties);
  g_object_set (council, "name", "Leeds City Council", "kind", RAMPART_PARTY_KIND_COMMUNITY, NULL);

  document = open_pack (fixture, "ISMS-CTX");
  g_clear_pointer (&text, g_free);
  text = flat_text (document);
  from = -1;
  g_assert_cmpint (rampart_test_find_page (document, "Context of the organisation"), ==, 0);
  g_assert_null (strstr (text, "Document control"));
  g_assert_null (strstr (text, "Annex A controls"));
  assert_same_row (document, from, "Shareholders", "1 of 2");
  assert_same_row (document, from, "Leeds City Council", "None recorded");
  assert_same_row (document, from, "Dividend forecasts kept", "Not decided yet");
  assert_same_row (document, from, "Dividend forecasts kept", "Not recorded yet");
  assert_before (document, from, "Leeds City Council (Public and community)",
                 "No requirements of this party are recorded yet.");
  g_object_unref (document);
}

static RampartScopeItem *
find_scope_item (RampartWorkspace *workspace,
                 const char       *name)
{
  GListModel *items = G_LIST_MODEL (rampart_workspace_get_scope_items (workspace));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RampartScopeItem) item = g_list_model_get_item (items, i);

      if (g_str_equal (rampart_scope_item_get_name (item), name))
        return g_steal_pointer (&item);
    }

  g_assert_not_reached ();
}

static void
test_scope_document (Fixture       *fixture,
                     gconstpointer  unused)
{
  PopplerDocument *document = open_pack (fixture, NULL);
  g_autofree char *text = flat_text (document);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  RampartScope *scope = rampart_workspace_get_scope (fixture->workspace);
  g_autoptr(RampartScopeItem) exclusion = find_scope_item (fixture->workspace, "Kestrel Learn");
  g_autofree char *generated = NULL;
  int start = rampart_test_find_page (document, "This document sets the boundaries");
  double includes;
  double from = start * 10000.0;

  g_assert_cmpint (start, >, rampart_test_find_page (document, "This document describes the context"));
  g_assert_cmpint (find_bookmark (outline, "ISMS scope", 1), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Scope statement", 2), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Exclusions", 2), >=, start);

  /* The statement, then the summary the person wrote. */
  assert_before (document, from, "Scope statement", "Services Ltd covers the development");
  assert_before (document, from, "Services Ltd covers the development", "Summary");
  assert_before (document, from, "Summary", "Kestrel Learn, a separate");
  g_assert_nonnull (strstr (text, "The information security management system of Kestrel Data Services Ltd covers "
                                  "the development, hosting, operation and support"));
  g_assert_nonnull (strstr (text, "Kestrel Learn, a separate pilot product, is excluded until 2027."));

  /* What is in, by kind, each named with what it is. */
  includes = place_after (document, from, "What the scope includes");
  g_assert_cmpfloat (includes, >, place_after (document, from, "Kestrel Learn, a separate"));
  assert_before (document, from, "Processes and services", "Development of Kestrel Payroll");
  assert_same_row (document, includes, "Process or service", "Description");
  assert_same_row (document, includes, "Development of Kestrel Payroll", "Design, coding, testing");
  assert_same_row (document, includes, "Payroll submissions to HMRC", "Filing Real Time Information");
  assert_before (document, from, "Organisational units", "11 people: onboarding");
  assert_same_row (document, includes, "Engineering", "18 people: product development");
  assert_before (document, from, "Locations", "Home working in the United Kingdom");
  assert_same_row (document, includes, "Home working in the United Kingdom", "Staff working from home");
  assert_before (document, from, "Information systems", "Source code and build pipeline");
  assert_same_row (document, includes, "Source code and build pipeline", "Git repositories");

  /* What is out, and why; and where the ISMS meets others. */
  assert_before (document, from, "Home working in the United Kingdom", "Exclusions");
  assert_same_row (document, place_after (document, from, "Exclusions"), "Exclusion", "Justification");
  assert_same_row (document, place_after (document, from, "Exclusions"), "Kestrel Learn",
                   "A separate e-learning product");
  g_assert_nonnull (strstr (text, "It runs on its own infrastructure and shares no systems, accounts or data"));
  assert_before (document, from, "Interfaces and dependencies", "Receives the salary payment");
  assert_same_row (document, includes, "BACS payment bureau", "Receives the salary payment");
  g_assert_null (strstr (text, "No justification recorded"));
  g_object_unref (document);

  /* Without a written summary, the one the entries give stands in; an exclusion without a reason shows. */
  g_object_set (scope, "summary", "", NULL);
  g_object_set (exclusion, "detail", "", NULL);
  generated = rampart_scope_build_summary (rampart_workspace_get_organisation (fixture->workspace),
                                           G_LIST_MODEL (rampart_workspace_get_scope_items (fixture->workspace)));
  g_assert_cmpuint (strlen (generated), >, 100);
  generated[60] = '\0';

  document = open_pack (fixture, "ISMS-SCOPE");
  g_clear_pointer (&text, g_free);
  text = flat_text (document);
  from = -1;
  g_assert_cmpint (rampart_test_find_page (document, "ISMS scope"), ==, 0);
  g_assert_null (strstr (text, "Document control"));
  g_assert_nonnull (strstr (text, generated));
  assert_same_row (document, place_after (document, from, "Exclusions"), "Kestrel Learn", "No justification recorded");
  g_object_unref (document);
}

static void
test_roles_document (Fixture       *fixture,
                     gconstpointer  unused)
{
  PopplerDocument *document = open_pack (fixture, NULL);
  g_autofree char *text = flat_text (document);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  int start = rampart_test_find_page (document, "Top management assigns the responsibilities");
  double overview;
  double details;
  double role;
  double from = start * 10000.0;

  g_assert_cmpint (start, >, rampart_test_find_page (document, "This document sets the boundaries"));
  g_assert_cmpint (start, <, find_bookmark (outline, "Annex A controls", 1));
  g_assert_cmpint (find_bookmark (outline, "Roles and responsibilities", 1), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Data protection lead", 3), >=, start);

  /* The overview names every holder and deputy; the profile's two roles come first. */
  overview = place_after (document, from, "Overview");
  assert_same_row (document, overview, "ISMS manager", "Priya Natarajan");
  assert_same_row (document, overview, "ISMS manager", "Tom Hendry");
  assert_same_row (document, overview, "Top-management sponsor", "Daniel Okafor");
  assert_same_row (document, overview, "Data protection lead", "Sarah Whitfield");
  assert_same_row (document, overview, "Internal auditor", "Not recorded yet");
  assert_before (document, from, "Top-management sponsor", "Data protection lead");

  /* Each role: holder and deputy, then one bullet a line; a single line stays a sentence. */
  details = place_after (document, from, "Responsibilities and authorities");
  role = place_after (document, details, "Data protection lead");
  assert_same_row (document, role, "Holder", "Sarah Whitfield");
  assert_same_row (document, role, "Deputy", "Priya Natarajan");
  g_assert_cmpfloat (place_after (document, role, "Keeps the records of processing"), <,
                     place_after (document, role, "Head of Engineering"));
  g_assert_nonnull (strstr (text, "Responsibilities • Keeps the records of processing and the privacy notices up to "
                                  "date • Advises on data protection impact assessments • Decides whether"));
  g_assert_nonnull (strstr (text, "Authorities • Stops any processing of personal data"));
  g_assert_nonnull (strstr (text, "Authorities Stop work they believe puts customer data at risk, and raise it"));
  g_object_unref (document);

  document = open_pack (fixture, "ISMS-ROLES");
  g_clear_pointer (&text, g_free);
  text = flat_text (document);
  from = -1;
  g_assert_cmpint (rampart_test_find_page (document, "Roles and responsibilities"), ==, 0);
  g_assert_null (strstr (text, "Kestrel Learn"));
  role = place_after (document, place_after (document, from, "Responsibilities and authorities"), "Internal auditor");
  assert_same_row (document, role, "Holder", "Helen Marsh, Harrow Assurance");
  assert_same_row (document, role, "Deputy", "Not recorded yet");
  g_object_unref (document);
}

/* The page (from 1) that the first link on @page to the named destination @name leads to, or -1 without one. */
static int
link_target (PopplerDocument *document,
             int              page,
             const char      *name)
{
  PopplerPage *from = poppler_document_get_page (document, page);
  GList *mapping = poppler_page_get_link_mapping (from);
  int target = -1;

  for (GList *l = mapping; l != NULL && target < 0; l = l->next)
    {
      PopplerLinkMapping *link = l->data;
      PopplerDest *dest;

      if (link->action->type != POPPLER_ACTION_GOTO_DEST ||
          g_strcmp0 (link->action->goto_dest.dest->named_dest, name) != 0)
        continue;

      dest = poppler_document_find_dest (document, name);
      target = dest != NULL ? dest->page_num : 0;
      g_clear_pointer (&dest, poppler_dest_free);
    }

  poppler_page_free_link_mapping (mapping);
  g_object_unref (from);
  return target;
}

/* No page links to the named destination @name. */
static void
assert_no_link (PopplerDocument *document,
                const char      *name)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    g_assert_cmpint (link_target (document, i, name), ==, -1);
}

static guint
count_of (const char *text,
          const char *word)
{
  guint n = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    n++;

  return n;
}

static void
test_risk_method_document (Fixture       *fixture,
                           gconstpointer  unused)
{
  PopplerDocument *document = open_pack (fixture, NULL);
  g_autofree char *text = flat_text (document);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  g_autoptr(RampartRiskMethod) product = NULL;
  g_autoptr(GError) error = NULL;
  int start = rampart_test_find_page (document, "This document sets out how the organisation assesses");
  double levels;
  double from = start * 10000.0;

  /* After the roles, with its sections in the bookmarks. */
  g_assert_cmpint (start, >, rampart_test_find_page (document, "Top management assigns the responsibilities"));
  g_assert_cmpint (find_bookmark (outline, "Risk assessment and treatment methodology", 1), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Identifying risks", 2), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Reassessment", 2), >, start);

  /* Both scales, each level with its name and what it means. */
  assert_before (document, from, "Likelihood", "Almost certain");
  assert_same_row (document, from, "Almost certain", "Expected to happen often: every month or more.");
  assert_same_row (document, from, "Rare", "Could happen only in exceptional circumstances");
  assert_before (document, from, "Almost certain", "Impact");
  assert_same_row (document, place_after (document, from, "Impact"), "Severe", "Threatens the organisation itself");
  g_assert_null (strstr (text, "for confidentiality, integrity and availability apart"));

  /* The matrix as a figure, then the levels from the highest, and the criterion in words. */
  levels = place_after (document, from, "Risk levels");
  assert_before (document, levels, "The level of a risk is read from the matrix below",
                 "The risk level of each combination of likelihood and impact");
  levels = place_after (document, levels, "The risk levels, from the highest");
  assert_same_row (document, levels, "Critical", "Above the acceptance criterion: treated, or retained");
  assert_same_row (document, levels, "Low", "Acceptable: may be retained without treatment");
  g_assert_nonnull (strstr (text, "Risks rated Low or lower may be retained without treatment; higher risks are "
                                  "treated (modify, avoid, share) or, exceptionally, retained with the documented "
                                  "acceptance of the risk owner."));

  /* The treatment options, and reassessment with the dates the register keeps. */
  assert_same_row (document, from, "Avoid", "Stop the activity, or give up the asset");
  assert_same_row (document, from, "Share", "Pass part of the risk to another party");
  assert_before (document, from, "Reassessment", "at least once a year, and whenever a significant");
  g_assert_nonnull (strstr (text, "Every open risk has a next review date; the earliest is 2027-02-26 (R-004)."));
  g_object_unref (document);

  /* Alone, rating by product with impact on C, I and A apart: the scores of each level. */
  product = rampart_risk_method_copy (rampart_workspace_get_risk_method (fixture->workspace));
  rampart_risk_method_set_mode (product, RAMPART_RISK_LEVEL_PRODUCT);
  rampart_risk_method_set_cia_impact (product, TRUE);
  g_assert_true (rampart_workspace_set_risk_method (fixture->workspace, product, &error));
  g_assert_no_error (error);

  document = open_pack (fixture, "ISMS-RAM");
  g_clear_pointer (&text, g_free);
  text = flat_text (document);
  from = -1;
  g_assert_cmpint (rampart_test_find_page (document, "Risk assessment and treatment methodology"), ==, 0);
  g_assert_null (strstr (text, "Document control"));
  g_assert_nonnull (strstr (text, "Impact is rated on this scale for confidentiality, integrity and availability "
                                  "apart; the highest of the three is the impact of the risk."));
  g_assert_nonnull (strstr (text, "multiplied by the number of its impact level"));
  levels = place_after (document, from, "The risk levels, from the highest");
  assert_same_row (document, levels, "Risk level", "Score");
  assert_same_row (document, levels, "Critical", "17–25");
  assert_same_row (document, levels, "High", "10–16");
  assert_same_row (document, levels, "Medium", "5–9");
  assert_same_row (document, levels, "Low", "1–4");
  g_object_unref (document);
}

static void
test_risk_report_document (Fixture       *fixture,
                           gconstpointer  unused)
{
  PopplerDocument *document = open_pack (fixture, NULL);
  g_autofree char *text = flat_text (document);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  int start = rampart_test_find_page (document, "This report gives the results of the information security risk");
  double from = start * 10000.0;
  double summary, register_at, risk;

  g_assert_cmpint (start, >, rampart_test_find_page (document, "This document sets out how the organisation assesses"));
  g_assert_cmpint (find_bookmark (outline, "Risk assessment report", 1), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Risk register", 2), >=, start);
  g_assert_cmpint (find_bookmark (outline, "R-001 Ransomware encrypts production and backups", 3), >, start);

  /* The date, then a summary by level: as they stand, none is critical or high. */
  g_assert_nonnull (strstr (text, "It shows the risk register as it stands on 2026-11-23. The assessment covers the "
                                  "scope of the ISMS and the 20 assets recorded in it."));
  summary = place_after (document, from, "Summary");
  g_assert_nonnull (strstr (text, "The register holds 26 open risks. As they stand, 7 of them meet the acceptance "
                                  "criterion (Low or lower). Risk owners have accepted 8 residual risks. The 1 closed "
                                  "risk is listed at the end."));
  assert_same_row (document, summary, "Risk level", "As it stands");
  assert_same_row (document, summary, "High", "19");
  assert_same_row (document, summary, "Medium", "19");

  /* The heat maps side by side, in one figure with its caption. */
  assert_same_row (document, from, "Before treatment (inherent risk)", "After treatment (residual risk)");
  assert_before (document, from, "After treatment (residual risk)",
                 "Open risks by likelihood and impact, before and after treatment");
  assert_before (document, from, "Open risks by likelihood and impact", "Risk register");

  /* The register: every open risk in the order of its code, with its owner and levels. */
  register_at = place_after (document, from, "Risk register");
  assert_same_row (document, register_at, "R-001", "Ransomware encrypts production and");
  assert_same_row (document, register_at, "R-001", "Tom Hendry, Platform");
  assert_same_row (document, register_at, "Ransomware encrypts production and", "Critical");
  assert_same_row (document, register_at, "Cloud hosting provider withdraws", "Retain");
  assert_before (document, register_at, "R-009", "R-010");
  assert_before (document, register_at, "R-025", "R-026");
  g_assert_cmpint (link_target (document, (int) (register_at / 10000), "risk-1"), ==,
                   find_bookmark (outline, "R-001 Ransomware encrypts production and backups", 3) + 1);

  /* Each risk in detail. */
  risk = place_after (document, from, "R-001 Ransomware encrypts production and backups");
  g_assert_cmpfloat (risk, >, register_at);
  assert_same_row (document, risk, "Risk owner", "Tom Hendry, Platform Lead");
  assert_same_row (document, risk, "Threat", "Ransomware");
  assert_same_row (document, risk, "Vulnerability", "Backups missing, untested or online");
  assert_same_row (document, risk, "Inherent risk", "Likely × Severe → Critical");
  assert_same_row (document, risk, "Residual risk", "Unlikely × Major → Medium");
  assert_same_row (document, risk, "Assets", "Customer payroll data, Kestrel Payroll production environment");
  assert_same_row (document, risk, "Controls", "5.29 Information security during disruption");
  assert_same_row (document, risk, "Acceptance", "Not accepted");
  risk = place_after (document, from, "R-002 Support desk tricked into changing an employee's bank details");
  assert_same_row (document, risk, "Acceptance", "Accepted by Gareth Lloyd, Customer Success Lead on 2026-09-15");

  /* The closed risk only at the end, with what closed it. */
  g_assert_cmpint (find_bookmark (outline, "R-027 Laptops still on Windows 10 after the end of its support", 3), ==, -1);
  assert_before (document, from, "R-026 Breach at the help desk supplier", "Closed risks");
  assert_same_row (document, place_after (document, from, "Closed risks"), "R-027", "Laptops still on Windows 10");
  g_assert_nonnull (strstr (text, "Closed: all nine were replaced in September 2026."));
  g_object_unref (document);

  /* Alone, its links stay within it. */
  document = open_pack (fixture, "ISMS-RAR");
  g_assert_cmpint (rampart_test_find_page (document, "Risk assessment report"), ==, 0);
  g_assert_cmpint (rampart_test_find_page (document, "Document control"), ==, -1);
  g_assert_cmpint (rampart_test_find_page (document, "Open risks by likelihood and impact"), >=, 0);
  rampart_test_assert_links_resolve (document);
  g_object_unref (document);
}

static void
test_risk_treatment_document (Fixture       *fixture,
                              gconstpointer  unused)
{
  PopplerDocument *document = open_pack (fixture, NULL);
  g_autofree char *text = flat_text (document);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  RampartRisk *accepted = RAMPART_RISK (rampart_record_list_get_by_id (rampart_workspace_get_risks (fixture->workspace), 2));
  int start = rampart_test_find_page (document, "This plan sets out how the organisation treats the risks");
  double from = start * 10000.0;
  double risk, acceptance;

  g_assert_cmpint (start, >, rampart_test_find_page (document, "This report gives the results of the information"));
  g_assert_cmpint (find_bookmark (outline, "Risk treatment plan", 1), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Treatments and actions", 2), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Risk owners' approval and acceptance of residual risks", 2), >, start);

  /* Risks to modify, avoid or share, with their controls and actions; retained ones are not in the plan. */
  g_assert_nonnull (strstr (text, "The status of each action is given as on 2026-11-23."));
  g_assert_nonnull (strstr (text, "The plan treats 23 risks, with 26 actions in all. Actions done: 9. "
                                  "Actions overdue: 1."));
  risk = place_after (document, from, "R-001 Ransomware encrypts production and backups");
  assert_same_row (document, risk, "Risk owner", "Tom Hendry, Platform Lead");
  assert_same_row (document, risk, "Risk level", "Critical before treatment, Medium after");
  assert_same_row (document, risk, "Controls", "5.29 Information security during disruption");
  assert_same_row (document, risk, "Action", "Status");
  assert_same_row (document, risk, "Move backups to an immutable vault", "2026-05-29");
  assert_same_row (document, risk, "Move backups to an immutable vault", "Done");
  assert_before (document, from, "R-006 Outage of the cloud region", "R-008 Staff misuse their access");

  /* The action past its due date is overdue; the one due later is not. */
  risk = place_after (document, from, "R-004 Stolen engineer credentials give administrator access");
  assert_same_row (document, risk, "Replace standing administrator rights", "2026-09-30");
  assert_same_row (document, risk, "Replace standing administrator rights", "Overdue");
  assert_same_row (document, from, "Phishing-resistant sign-in", "In progress");

  /* Residual risks above the criterion, or accepted: who accepted them, when and why. */
  acceptance = place_after (document, from, "Risk owners' approval and acceptance of residual risks");
  g_assert_nonnull (strstr (text, "A residual risk above the acceptance criterion (Low or lower) also needs its "
                                  "owner's documented acceptance."));
  assert_same_row (document, acceptance, "R-001", "Not accepted");
  assert_same_row (document, acceptance, "R-002", "Gareth Lloyd,");
  assert_same_row (document, acceptance, "R-002", "2026-09-15");
  assert_same_row (document, acceptance, "R-002", "Support can no longer change bank");
  assert_same_row (document, acceptance, "R-005", "Tom Hendry,");
  g_assert_null (strstr (text, "Acceptance stale"));
  g_object_unref (document);

  /* Rated again after it was accepted, the acceptance is stale; alone, the plan keeps its codes as text. */
  g_object_set (accepted, "residual-likelihood", 3, NULL);
  document = open_pack (fixture, "ISMS-RTP");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&outline, g_ptr_array_unref);
  text = flat_text (document);
  outline = rampart_test_outline (document);
  from = -1;
  g_assert_cmpint (rampart_test_find_page (document, "Risk treatment plan"), ==, 0);
  g_assert_cmpint (rampart_test_find_page (document, "Document control"), ==, -1);

  /* Only the risks to modify, avoid or share; only R-004's action overdue, besides the sentence that explains. */
  g_assert_cmpint (find_bookmark (outline, "R-017 Old file server in the office is breached", 3), >=, 0);
  g_assert_cmpint (find_bookmark (outline, "R-025 Costs of a major cyber incident exceed what the company can bear",
                                  3), >=, 0);
  g_assert_cmpint (find_bookmark (outline, "R-007 Cloud hosting provider withdraws or changes its service", 3), ==, -1);
  g_assert_cmpint (find_bookmark (outline, "R-027 Laptops still on Windows 10 after the end of its support", 3),
                   ==, -1);
  g_assert_cmpuint (count_of (text, "Overdue"), ==, 2);
  acceptance = place_after (document, from, "Risk owners' approval and acceptance of residual risks");
  assert_same_row (document, acceptance, "R-002", "Gareth Lloyd,");
  g_assert_cmpfloat (place_after (document, acceptance, "Acceptance stale"), <,
                     place_after (document, acceptance, "R-003"));
  assert_no_link (document, "risk-2");
  g_object_unref (document);
}

static void
test_asset_inventory_document (Fixture       *fixture,
                               gconstpointer  unused)
{
  PopplerDocument *document = open_pack (fixture, NULL);
  g_autofree char *text = flat_text (document);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  int start = rampart_test_find_page (document, "This inventory lists the information and the other assets");
  double from = start * 10000.0;
  double outside;

  g_assert_cmpint (start, >, rampart_test_find_page (document, "This plan sets out how the organisation treats"));
  g_assert_cmpint (start, <, find_bookmark (outline, "Annex A controls", 1));
  g_assert_cmpint (find_bookmark (outline, "Asset inventory", 1), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Assets in scope", 2), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Information", 3), ==, start);
  g_assert_cmpint (find_bookmark (outline, "Sites", 3), >, start);
  g_assert_nonnull (strstr (text, "Every asset has an owner: the person accountable for it throughout its life"));

  /* Grouped by type, each with its owner, classification, C I A and the risks that concern it. */
  assert_before (document, from, "Information", "Customer payroll");
  assert_same_row (document, from, "Customer payroll", "Sarah Whitfield,");
  assert_same_row (document, from, "Customer payroll", "Production databases");
  assert_same_row (document, from, "Customer payroll", "Restricted");
  /* Poppler reads the three letters of C I A as one word. */
  assert_same_row (document, from, "Customer payroll", "HHH");
  assert_same_row (document, from, "Employee HR records", "HML");
  assert_same_row (document, from, "Employee HR records", "R-003, R-009");
  assert_before (document, from, "Contracts and data", "Software");
  assert_before (document, from, "Software", "Build and release");
  assert_same_row (document, place_after (document, from, "Software"), "Production databases", "Tom Hendry,");
  assert_same_row (document, place_after (document, from, "Sites"), "Leeds office", "Internal");
  g_assert_cmpint (link_target (document, (int) (place_after (document, from, "Employee HR records") / 10000),
                                "risk-3"),
                   ==, find_bookmark (outline, "R-003 Phishing steals a staff member's Microsoft 365 sign-in", 3) + 1);

  /* The asset outside the scope comes apart, after all those in it. */
  outside = place_after (document, from, "Assets outside the scope");
  g_assert_cmpfloat (outside, >, place_after (document, from, "Network room"));
  g_assert_cmpfloat (place_after (document, from, "Kestrel Learn pilot"), >, outside);
  assert_same_row (document, outside, "Kestrel Learn pilot", "Daniel Okafor,");
  assert_same_row (document, outside, "Kestrel Learn pilot", "Confidential");
  assert_same_row (document, outside, "Kestrel Learn pilot", "None");
  g_object_unref (document);

  /* Alone, the codes of the risks stay, without links to a report that is not there. */
  document = open_pack (fixture, "ISMS-AST");
  g_clear_pointer (&text, g_free);
  text = flat_text (document);
  g_assert_cmpint (rampart_test_find_page (document, "Asset inventory"), ==, 0);
  g_assert_cmpint (rampart_test_find_page (document, "Document control"), ==, -1);
  g_assert_nonnull (strstr (text, "R-003, R-009"));
  assert_no_link (document, "risk-3");
  g_object_unref (document);
}

static void
test_empty_workspace (Fixture       *fixture,
                      gconstpointer  unused)
{
  g_autofree char *path = rampart_test_new_workspace (fixture->workspace_file.dir, "Empty.isms", FALSE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartWorkspace) workspace = rampart_workspace_open (file, NULL, &error);
  g_autoptr(RampartBook) book = rampart_pack_build (workspace, NULL, fixture->date, &error);
  g_autoptr(GBytes) pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  PopplerDocument *document = rampart_test_open_pdf (pdf);
  g_autofree char *text = flat_text (document);
  g_autoptr(GPtrArray) outline = rampart_test_outline (document);
  double from;

  /* A new workspace still makes a complete pack, saying what is missing. */
  g_assert_nonnull (strstr (text, "Unnamed organisation"));
  g_assert_nonnull (strstr (text, "Not recorded yet"));
  g_assert_cmpint (find_bookmark (outline, "Context of the organisation", 1), >, 2);
  g_assert_cmpint (find_bookmark (outline, "ISMS scope", 1), >, 2);
  g_assert_cmpint (find_bookmark (outline, "Roles and responsibilities", 1), >, 2);
  g_assert_cmpint (find_bookmark (outline, "Risk assessment and treatment methodology", 1), >, 2);
  g_assert_cmpint (find_bookmark (outline, "Risk assessment report", 1), >, 2);
  g_assert_cmpint (find_bookmark (outline, "Risk treatment plan", 1), >, 2);
  g_assert_cmpint (find_bookmark (outline, "Asset inventory", 1), >, 2);

  /* Sections with nothing in them say so, rather than showing empty tables. */
  from = find_bookmark (outline, "Context of the organisation", 1) * 10000.0;
  g_assert_nonnull (strstr (text, "No external issues are recorded yet."));
  g_assert_nonnull (strstr (text, "No internal issues are recorded yet."));
  g_assert_nonnull (strstr (text, "No interested parties are recorded yet."));
  g_assert_nonnull (strstr (text, "No scope statement is recorded yet."));
  g_assert_nonnull (strstr (text, "No summary is recorded yet"));
  g_assert_nonnull (strstr (text, "No processes or services are recorded yet."));
  g_assert_nonnull (strstr (text, "No organisational units are recorded yet."));
  g_assert_nonnull (strstr (text, "No locations are recorded yet."));
  g_assert_nonnull (strstr (text, "No information systems are recorded yet."));
  g_assert_nonnull (strstr (text, "No exclusions are recorded."));
  g_assert_nonnull (strstr (text, "No interfaces or dependencies are recorded yet."));
  assert_before (document, from, "External issues", "No external issues are recorded yet.");
  assert_before (document, from, "Exclusions", "No exclusions are recorded.");
  g_assert_null (strstr (text, "Effect on the ISMS"));
  g_assert_null (strstr (text, "Process or service"));

  /* The risk documents and the inventory say that nothing is recorded yet; the method is there from the start. */
  g_assert_nonnull (strstr (text, "Risks rated Low or lower may be retained without treatment"));
  g_assert_nonnull (strstr (text, "No risks are recorded yet, so no reviews are planned."));
  assert_before (document, find_bookmark (outline, "Risk assessment report", 1) * 10000.0, "Summary",
                 "No risks are recorded yet.");
  assert_before (document, find_bookmark (outline, "Risk treatment plan", 1) * 10000.0, "Treatments and actions",
                 "No risks are recorded yet.");
  g_assert_nonnull (strstr (text, "No risks are recorded yet, so none awaits acceptance."));
  g_assert_nonnull (strstr (text, "No assets in the scope are recorded yet."));
  g_assert_nonnull (strstr (text, "No assets are recorded outside the scope."));
  g_assert_null (strstr (text, "Heat maps"));
  g_assert_null (strstr (text, "As it stands"));
  g_assert_null (strstr (text, "Accepted by"));
  g_assert_null (strstr (text, "The assets are grouped by type"));

  /* Every workspace has the profile's two roles, with their duties but nobody named yet. */
  g_assert_nonnull (strstr (text, "Holder Not recorded yet Deputy Not recorded yet Responsibilities • Runs the ISMS"));
  assert_before (document, from, "Responsibilities and authorities", "Chairs the management review");
  g_object_unref (document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/report/pack/contents", test_contents);
  ADD ("/report/pack/toc-pages-match-outline", test_toc_pages_match_outline);
  ADD ("/report/pack/links-resolve-and-fonts-embedded", test_links_resolve);
  ADD ("/report/pack/metadata", test_metadata);
  ADD ("/report/pack/byte-identical", test_byte_identical);
  ADD ("/report/pack/single-document", test_single_document);
  ADD ("/report/pack/document-control", test_document_control);
  ADD ("/report/pack/comma-locale", test_comma_locale);
  ADD ("/report/pack/document-order", test_document_order);
  ADD ("/report/pack/context-document", test_context_document);
  ADD ("/report/pack/scope-document", test_scope_document);
  ADD ("/report/pack/roles-document", test_roles_document);
  ADD ("/report/pack/risk-method-document", test_risk_method_document);
  ADD ("/report/pack/risk-report-document", test_risk_report_document);
  ADD ("/report/pack/risk-treatment-document", test_risk_treatment_document);
  ADD ("/report/pack/asset-inventory-document", test_asset_inventory_document);
  ADD ("/report/pack/empty-workspace", test_empty_workspace);
#undef ADD

  return g_test_run ();
}
