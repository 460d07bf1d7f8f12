/* test-pack.c: the documentation pack of a workspace, read back from its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
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

static char *
all_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *page = rampart_test_page_text (document, i);

      g_string_append (text, page);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
test_contents (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(GBytes) pdf = pack_pdf (fixture, NULL);
  PopplerDocument *document = rampart_test_open_pdf (pdf);
  g_autofree char *cover = rampart_test_page_text (document, 0);
  g_autofree char *text = all_text (document);
  GListModel *controls = rampart_workspace_get_controls (fixture->workspace);
  int profile;

  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 6);

  /* The cover, then document control, then the contents. */
  g_assert_nonnull (strstr (cover, "ISMS documentation"));
  g_assert_nonnull (strstr (cover, "Kestrel Data"));
  g_assert_nonnull (strstr (cover, "2026-11-23"));
  g_assert_nonnull (strstr (cover, "Priya Natarajan"));
  g_assert_cmpint (rampart_test_find_page (document, "Document control"), ==, 1);
  g_assert_cmpint (rampart_test_find_page (document, "Contents"), ==, 2);

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
  PopplerPage *toc = poppler_document_get_page (document, 2);
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

  /* Document control, both documents and their sections. */
  g_assert_cmpuint (checked, >=, 9);
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
  g_autofree char *text = all_text (document);

  /* A new workspace still makes a complete pack, saying what is missing. */
  g_assert_nonnull (strstr (text, "Unnamed organisation"));
  g_assert_nonnull (strstr (text, "Not recorded yet"));
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
  ADD ("/report/pack/empty-workspace", test_empty_workspace);
#undef ADD

  return g_test_run ();
}
