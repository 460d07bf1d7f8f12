/* test-layout.c: the document engine, read back from the PDFs it writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rampart-layout-private.h"
#include "rampart-pdf-test-utils.h"
#include "rampart-test-utils.h"

static RampartBook *
book_with (RampartDocument *document)
{
  RampartBook *book = rampart_book_new ("Test book");

  rampart_book_set_organisation (book, "Test Ltd");
  rampart_book_add_document (book, document);
  return book;
}

static char *
words (const char *prefix,
       guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s%u", i > 0 ? " " : "", prefix, i);

  return g_string_free (text, FALSE);
}

static void
test_table_header_repeats (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-01", "Long table");
  RampartTable *table = rampart_table_new (3, (double[]) { 1, 3, 1 });
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *poppler = NULL;
  int first = -1, last = -1;

  rampart_table_set_header (table, (const char *[]) { "Reference", "Description", "Status", NULL });
  for (guint r = 0; r < 150; r++)
    {
      g_autofree char *id = g_strdup_printf ("ROW%03u", r);
      g_autofree char *description = words ("word", 5 + r % 17);

      rampart_table_add_row_plain (table, (const char *[]) { id, description, "Open" });
    }
  rampart_document_add (document, rampart_block_new_table (table));
  book = book_with (document);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  poppler = rampart_test_open_pdf (pdf);

  first = rampart_test_find_page (poppler, "ROW000");
  last = rampart_test_find_page (poppler, "ROW149");
  g_assert_cmpint (first, >=, 0);
  g_assert_cmpint (last, >, first + 1);

  /* Every page the table spans starts with its header. */
  for (int p = first; p <= last; p++)
    {
      g_autofree char *text = rampart_test_page_text (poppler, p);

      g_assert_nonnull (strstr (text, "Reference"));
      g_assert_nonnull (strstr (text, "Description"));
    }

  /* Every row is on the page of its first line, whole. */
  for (guint r = 0; r < 150; r++)
    {
      g_autofree char *id = g_strdup_printf ("ROW%03u", r);

      g_assert_cmpint (rampart_test_find_page (poppler, id), >=, first);
    }
  g_object_unref (poppler);
}

static void
test_tall_row_breaks_between_lines (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-02", "Tall row");
  RampartTable *table = rampart_table_new (2, NULL);
  g_autofree char *tall = words ("tall", 2500);
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(RampartLayout) layout = NULL;
  g_autoptr(GArray) fragments = NULL;
  g_autoptr(GError) error = NULL;
  guint pieces = 0;
  guint lines = 0;
  guint total = 0;

  rampart_table_set_header (table, (const char *[]) { "Key", "Value", NULL });
  rampart_table_add_row_plain (table, (const char *[]) { "long", tall });
  rampart_document_add (document, rampart_block_new_table (table));
  book = book_with (document);
  layout = rampart_layout_new (book, RAMPART_PAPER_A4, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* A cell taller than a page continues on the next, each line whole and once. */
  fragments = _rampart_layout_get_text_fragments (layout);
  for (guint i = 0; i < fragments->len; i++)
    {
      RampartTextFragment *fragment = &g_array_index (fragments, RampartTextFragment, i);
      g_autofree char *plain = rampart_text_to_plain (fragment->text);

      if (!g_str_has_prefix (plain, "tall0 "))
        continue;
      g_assert_cmpuint (fragment->first_line, ==, lines);
      lines += fragment->n_lines;
      total = fragment->total_lines;
      pieces++;
    }
  g_assert_cmpuint (pieces, >, 1);
  g_assert_cmpuint (lines, ==, total);
}

static void
test_no_widows_or_orphans (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-03", "Paragraphs");
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(RampartLayout) layout = NULL;
  g_autoptr(GArray) fragments = NULL;
  g_autoptr(GError) error = NULL;
  guint splits = 0;

  for (guint p = 0; p < 120; p++)
    {
      g_autofree char *text = words ("w", 40 + (p * 37) % 200);

      rampart_document_add_plain (document, text);
    }
  book = book_with (document);
  layout = rampart_layout_new (book, RAMPART_PAPER_A4, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  fragments = _rampart_layout_get_text_fragments (layout);
  for (guint i = 0; i < fragments->len; i++)
    {
      RampartTextFragment *fragment = &g_array_index (fragments, RampartTextFragment, i);

      if (fragment->n_lines == fragment->total_lines)
        continue;

      /* A paragraph breaks only if it has four lines or more, leaving two on each side. */
      splits++;
      g_assert_cmpuint (fragment->total_lines, >=, 4);
      g_assert_cmpuint (fragment->n_lines, >=, 2);
    }
  g_assert_cmpuint (splits, >, 0);
}

static void
test_headings_keep_with_next (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-04", "Sections");
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *poppler = NULL;

  for (guint s = 0; s < 80; s++)
    {
      g_autofree char *title = g_strdup_printf ("Heading%02u", s);
      g_autofree char *start = g_strdup_printf ("Start%02u", s);
      g_autofree char *body = words ("b", 5 + (s * 29) % 70);
      g_autofree char *text = g_strconcat (start, " ", body, NULL);

      rampart_document_add_heading (document, s % 3 == 0 ? 2 : 3, title, NULL);
      rampart_document_add_plain (document, text);
    }
  book = book_with (document);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  poppler = rampart_test_open_pdf (pdf);

  for (guint s = 0; s < 80; s++)
    {
      g_autofree char *title = g_strdup_printf ("Heading%02u", s);
      g_autofree char *start = g_strdup_printf ("Start%02u", s);

      g_assert_cmpint (rampart_test_find_page (poppler, title), ==, rampart_test_find_page (poppler, start));
    }
  g_object_unref (poppler);
}

/* A label that introduces a list goes to the next page with the list's first item. */
static void
test_paragraphs_keep_with_next (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-04b", "Labels");
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *poppler = NULL;

  for (guint s = 0; s < 80; s++)
    {
      g_autofree char *label = g_strdup_printf ("Label%02u", s);
      g_autofree char *item = g_strdup_printf ("Item%02u", s);
      g_autofree char *body = words ("b", 5 + (s * 29) % 70);
      RampartBlock *paragraph = rampart_block_new_paragraph (rampart_text_new_plain (label));
      RampartBlock *list = rampart_block_new_list (FALSE, 1);

      rampart_document_add_plain (document, body);
      rampart_block_set_keep_with_next (paragraph, TRUE);
      rampart_document_add (document, paragraph);
      g_ptr_array_add (rampart_block_list_add_item (list), rampart_block_new_paragraph (rampart_text_new_plain (item)));
      rampart_document_add (document, list);
    }
  book = book_with (document);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  poppler = rampart_test_open_pdf (pdf);

  g_assert_cmpint (poppler_document_get_n_pages (poppler), >, 2);
  for (guint s = 0; s < 80; s++)
    {
      g_autofree char *label = g_strdup_printf ("Label%02u", s);
      g_autofree char *item = g_strdup_printf ("Item%02u", s);

      g_assert_cmpint (rampart_test_find_page (poppler, label), ==, rampart_test_find_page (poppler, item));
    }
  g_object_unref (poppler);
}

static void
draw_box (cairo_t  *cr,
          double    width,
          double    height,
          gpointer  data)
{
  (*(guint *) data)++;
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static void
test_lists_notes_code_figures (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-05", "Blocks");
  RampartBlock *list = rampart_block_new_list (TRUE, 1);
  RampartBlock *nested = rampart_block_new_list (FALSE, 1);
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *poppler = NULL;
  g_autofree char *text = NULL;
  guint drawn = 0;
  GPtrArray *item;

  item = rampart_block_list_add_item (list);
  g_ptr_array_add (item, rampart_block_new_paragraph (rampart_text_new_plain ("First item")));
  g_ptr_array_add (rampart_block_list_add_item (nested),
                   rampart_block_new_paragraph (rampart_text_new_plain ("Nested item")));
  g_ptr_array_add (item, nested);
  g_ptr_array_add (rampart_block_list_add_item (list),
                   rampart_block_new_paragraph (rampart_text_new_plain ("Second item")));
  rampart_document_add (document, list);
  rampart_document_add_note (document, RAMPART_NOTE_WARNING, rampart_text_new_plain ("Mind the gap"));
  rampart_document_add (document, rampart_block_new_code ("make check\nmake install"));
  rampart_document_add (document, rampart_block_new_figure (200, 120, draw_box, &drawn, NULL,
                                                            rampart_text_new_plain ("Figure 1: a box")));
  book = book_with (document);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  poppler = rampart_test_open_pdf (pdf);
  text = rampart_test_page_text (poppler, 0);

  g_assert_nonnull (strstr (text, "1."));
  g_assert_nonnull (strstr (text, "2."));
  g_assert_nonnull (strstr (text, "First item"));
  g_assert_nonnull (strstr (text, "Nested item"));
  g_assert_nonnull (strstr (text, "Mind the gap"));
  g_assert_nonnull (strstr (text, "make install"));
  g_assert_nonnull (strstr (text, "Figure 1: a box"));
  g_assert_cmpuint (drawn, ==, 1);
  g_object_unref (poppler);
}

/* poppler wraps right-to-left text in embedding marks; the text itself is what counts. */
static char *
without_bidi_marks (char *text)
{
  GString *clean = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x202a || c > 0x202e) && (c < 0x2066 || c > 0x2069) && c != 0x200e && c != 0x200f)
        g_string_append_unichar (clean, c);
    }

  g_free (text);
  return g_string_free (clean, FALSE);
}

/* Text as a reading-order extractor (pdftotext) gets it, without the marks around RTL runs. */
static char *
reading_order_text (GBytes *pdf)
{
  g_autofree char *dir = rampart_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "scripts.pdf", NULL);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  rampart_test_write (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &output, NULL, &status, &error);
  rampart_test_remove_tree (dir);
  if (error != NULL || status != 0)
    return NULL;

  return without_bidi_marks (g_steal_pointer (&output));
}

static void
test_scripts (void)
{
  static const char * const left_to_right[] = {
    "Sécurité de l’information, Übersicht, Łódź",
    "信息安全管理体系",
    "情報セキュリティ",
  };
  /* Checked as a reader gets them: right to left, and words spaced as written. */
  static const char * const by_reading_order[] = {
    "정보 보안",
    "שלום עולם",
    "أمن المعلومات",
  };
  g_autoptr(RampartDocument) document = rampart_document_new ("T-06", "Scripts");
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(RampartLayout) layout = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *poppler = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reading = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (left_to_right); i++)
    rampart_document_add_plain (document, left_to_right[i]);
  for (guint i = 0; i < G_N_ELEMENTS (by_reading_order); i++)
    rampart_document_add_plain (document, by_reading_order[i]);
  book = book_with (document);

  /* Every character has a glyph in the installed fonts: no boxes. */
  layout = rampart_layout_new (book, RAMPART_PAPER_A4, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rampart_layout_get_missing_glyphs (layout), ==, 0);

  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  poppler = rampart_test_open_pdf (pdf);
  text = rampart_test_page_text (poppler, 0);
  for (guint i = 0; i < G_N_ELEMENTS (left_to_right); i++)
    if (strstr (text, left_to_right[i]) == NULL)
      g_error ("“%s” is not in the PDF's text:\n%s", left_to_right[i], text);
  rampart_test_assert_fonts_embedded (poppler);
  g_object_unref (poppler);

  /* poppler-glib returns selections, glyph by glyph; reading order needs pdftotext. */
  reading = reading_order_text (pdf);
  if (reading == NULL)
    {
      g_test_skip ("pdftotext is not installed: right-to-left text not checked");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (by_reading_order); i++)
    if (strstr (reading, by_reading_order[i]) == NULL)
      g_error ("“%s” is not in the PDF's text:\n%s", by_reading_order[i], reading);
}

static void
test_links (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-07", "Links");
  RampartText *text = rampart_text_new ();
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *poppler = NULL;
  PopplerPage *page = NULL;
  GList *mapping;
  guint uris = 0, gotos = 0;

  rampart_text_append (text, "See ", RAMPART_STYLE_NONE);
  rampart_text_append_link (text, "the target section", RAMPART_STYLE_NONE, "#target");
  rampart_text_append (text, ", the ", RAMPART_STYLE_NONE);
  rampart_text_append_link (text, "project's site", RAMPART_STYLE_NONE, "https://example.org/a'b\\c");
  rampart_text_append (text, " and ", RAMPART_STYLE_NONE);
  /* Leads nowhere: it must stay plain text, not break the PDF. */
  rampart_text_append_link (text, "a missing place", RAMPART_STYLE_NONE, "#nowhere");
  rampart_document_add_paragraph (document, text);
  rampart_document_add (document, rampart_block_new_page_break ());
  rampart_document_add (document, rampart_block_new_heading (2, rampart_text_new_plain ("Target"), "target"));

  book = book_with (document);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  poppler = rampart_test_open_pdf (pdf);
  rampart_test_assert_links_resolve (poppler);

  page = poppler_document_get_page (poppler, 0);
  mapping = poppler_page_get_link_mapping (page);
  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerLinkMapping *link = l->data;

      if (link->action->type == POPPLER_ACTION_URI)
        {
          g_assert_cmpstr (link->action->uri.uri, ==, "https://example.org/a'b%5Cc");
          uris++;
        }
      else if (link->action->type == POPPLER_ACTION_GOTO_DEST)
        {
          PopplerDest *dest = poppler_document_find_dest (poppler, link->action->goto_dest.dest->named_dest);

          g_assert_cmpint (dest->page_num, ==, 2);
          poppler_dest_free (dest);
          gotos++;
        }
    }
  poppler_page_free_link_mapping (mapping);
  g_assert_cmpuint (uris, ==, 1);
  g_assert_cmpuint (gotos, ==, 1);
  g_object_unref (page);
  g_object_unref (poppler);
}

static void
test_letter_paper (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-08", "Letter");
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *poppler = NULL;
  PopplerPage *page = NULL;
  double width, height;

  rampart_document_add_plain (document, "On US Letter paper.");
  book = book_with (document);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_US_LETTER);
  poppler = rampart_test_open_pdf (pdf);
  page = poppler_document_get_page (poppler, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.01);
  g_object_unref (page);
  g_object_unref (poppler);
}

static void
test_absurd_text (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-09", "Absurd");
  g_autofree char *unbroken = g_strnfill (20000, 'x');
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *poppler = NULL;

  /* One word longer than many lines, control characters and invalid UTF-8. */
  rampart_document_add_plain (document, unbroken);
  rampart_document_add_plain (document, "tab\there\x01 bell\x07 and \xff\xfe broken");
  rampart_document_add_plain (document, "");
  book = book_with (document);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  poppler = rampart_test_open_pdf (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (poppler), >=, 2);
  g_object_unref (poppler);
}

/* Long books are measured by two threads; which measured what must not show. */
static void
test_long_book_identical (void)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("T-10", "Long");
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  for (guint s = 0; s < 12; s++)
    {
      RampartTable *table = rampart_table_new (3, NULL);

      rampart_document_add_heading (document, 2, "Section", NULL);
      for (guint p = 0; p < 10; p++)
        {
          g_autofree char *text = words ("para", 30 + (s * 7 + p * 13) % 60);

          rampart_document_add_plain (document, text);
        }
      for (guint r = 0; r < 20; r++)
        {
          g_autofree char *cell = words ("cell", 2 + (r * 5) % 11);

          rampart_table_add_row_plain (table, (const char *[]) { cell, "Open", "IT" });
        }
      rampart_document_add (document, rampart_block_new_table (table));
    }
  book = book_with (document);

  first = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  second = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  g_assert_true (g_bytes_equal (first, second));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/layout/table-header-repeats", test_table_header_repeats);
  g_test_add_func ("/report/layout/tall-row-breaks-between-lines", test_tall_row_breaks_between_lines);
  g_test_add_func ("/report/layout/no-widows-or-orphans", test_no_widows_or_orphans);
  g_test_add_func ("/report/layout/headings-keep-with-next", test_headings_keep_with_next);
  g_test_add_func ("/report/layout/paragraphs-keep-with-next", test_paragraphs_keep_with_next);
  g_test_add_func ("/report/layout/lists-notes-code-figures", test_lists_notes_code_figures);
  g_test_add_func ("/report/layout/scripts", test_scripts);
  g_test_add_func ("/report/layout/links", test_links);
  g_test_add_func ("/report/layout/letter-paper", test_letter_paper);
  g_test_add_func ("/report/layout/absurd-text", test_absurd_text);
  g_test_add_func ("/report/layout/long-book-identical", test_long_book_identical);

  return g_test_run ();
}
