/* test-markdown.c: Markdown becomes document blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rampart-document-private.h"
#include "rampart-pdf-test-utils.h"

static RampartDocument *
parse (const char *markdown)
{
  RampartDocument *document = rampart_document_new ("MD-01", "Markdown");
  g_autoptr(GError) error = NULL;

  g_assert_true (rampart_document_add_markdown (document, markdown, &error));
  g_assert_no_error (error);
  return document;
}

static RampartBlock *
block (RampartDocument *document,
       guint            index)
{
  GPtrArray *blocks = rampart_document_get_blocks (document);

  g_assert_cmpuint (index, <, blocks->len);
  return g_ptr_array_index (blocks, index);
}

static char *
plain (RampartBlock *b)
{
  return rampart_text_to_plain (b->text);
}

static void
test_headings_and_paragraphs (void)
{
  g_autoptr(RampartDocument) document = parse ("# Purpose\n\nThis policy\nsets rules.\n\n## Scope\n\n### Detail\n");
  g_autofree char *heading = plain (block (document, 0));
  g_autofree char *paragraph = plain (block (document, 1));

  /* Headings start below the document's own title. */
  g_assert_cmpint (block (document, 0)->kind, ==, RAMPART_BLOCK_HEADING);
  g_assert_cmpint (block (document, 0)->level, ==, 2);
  g_assert_cmpstr (heading, ==, "Purpose");
  g_assert_cmpint (block (document, 1)->kind, ==, RAMPART_BLOCK_PARAGRAPH);
  g_assert_cmpstr (paragraph, ==, "This policy sets rules.");
  g_assert_cmpint (block (document, 2)->level, ==, 3);
  g_assert_cmpint (block (document, 3)->level, ==, 3);
}

static void
test_inline_styles (void)
{
  g_autoptr(RampartDocument) document = parse ("Use **strong** and *emphasis*, `code`, ~~old~~ and "
                                               "[a link](https://example.org) &amp; &#233;.");
  RampartText *text = block (document, 0)->text;
  g_autofree char *all = rampart_text_to_plain (text);
  gboolean bold = FALSE, italic = FALSE, code = FALSE, strike = FALSE, link = FALSE;

  for (guint i = 0; i < rampart_text_get_n_spans (text); i++)
    {
      const RampartSpan *span = rampart_text_get_span (text, i);

      bold |= g_str_equal (span->text, "strong") && span->style == RAMPART_STYLE_BOLD;
      italic |= g_str_equal (span->text, "emphasis") && span->style == RAMPART_STYLE_ITALIC;
      code |= g_str_equal (span->text, "code") && span->style == RAMPART_STYLE_CODE;
      strike |= g_str_equal (span->text, "old") && span->style == RAMPART_STYLE_STRIKE;
      link |= g_str_equal (span->text, "a link") && g_strcmp0 (span->link, "https://example.org") == 0;
    }

  g_assert_true (bold && italic && code && strike && link);
  g_assert_cmpstr (all, ==, "Use strong and emphasis, code, old and a link & é.");
}

static void
test_lists (void)
{
  g_autoptr(RampartDocument) document = parse ("3. first\n4. second\n   - nested\n   - more\n\n"
                                               "- [ ] open task\n- [x] done task\n");
  RampartBlock *ordered = block (document, 0);
  RampartBlock *tasks = block (document, 1);
  GPtrArray *second;
  RampartBlock *nested;
  g_autofree char *first = NULL;
  g_autofree char *task = NULL;

  g_assert_cmpint (ordered->kind, ==, RAMPART_BLOCK_LIST);
  g_assert_true (ordered->ordered);
  g_assert_cmpuint (ordered->start, ==, 3);
  g_assert_cmpuint (ordered->items->len, ==, 2);
  first = plain (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (ordered->items, 0), 0));
  g_assert_cmpstr (first, ==, "first");

  second = g_ptr_array_index (ordered->items, 1);
  g_assert_cmpuint (second->len, ==, 2);
  nested = g_ptr_array_index (second, 1);
  g_assert_cmpint (nested->kind, ==, RAMPART_BLOCK_LIST);
  g_assert_false (nested->ordered);
  g_assert_cmpuint (nested->items->len, ==, 2);

  task = plain (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (tasks->items, 1), 0));
  g_assert_cmpstr (task, ==, "☑ done task");
}

static void
test_table (void)
{
  g_autoptr(RampartDocument) document = parse ("| Control | Owner |\n|---|---|\n| 5.1 | *CISO* |\n| 8.13 |\n");
  RampartBlock *table_block = block (document, 0);
  RampartTable *table;
  g_autofree char *header = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *missing = NULL;

  g_assert_cmpint (table_block->kind, ==, RAMPART_BLOCK_TABLE);
  table = table_block->table;
  g_assert_cmpuint (table->n_columns, ==, 2);
  header = rampart_text_to_plain (g_ptr_array_index (table->header, 1));
  g_assert_cmpstr (header, ==, "Owner");
  g_assert_cmpuint (table->rows->len, ==, 2);
  owner = rampart_text_to_plain (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (table->rows, 0), 1));
  g_assert_cmpstr (owner, ==, "CISO");
  /* A short row gets an empty cell. */
  missing = rampart_text_to_plain (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (table->rows, 1), 1));
  g_assert_cmpstr (missing, ==, "");
}

static void
test_code_quote_and_html (void)
{
  g_autoptr(RampartDocument) document = parse ("```\nsudo apt update\n```\n\n> Keep this short.\n\n"
                                               "<script>alert(1)</script>\n");
  g_autofree char *code = plain (block (document, 0));
  RampartBlock *note = block (document, 1);
  g_autofree char *quote = plain (g_ptr_array_index (rampart_block_get_children (note), 0));
  g_autofree char *html = plain (block (document, 2));

  g_assert_cmpint (block (document, 0)->kind, ==, RAMPART_BLOCK_CODE);
  g_assert_cmpstr (code, ==, "sudo apt update");
  g_assert_cmpint (note->kind, ==, RAMPART_BLOCK_NOTE);
  g_assert_cmpstr (quote, ==, "Keep this short.");
  /* Markup is shown as text, never interpreted. */
  g_assert_cmpstr (html, ==, "<script>alert(1)</script>");
}

static void
test_into_pdf (void)
{
  g_autoptr(RampartDocument) document = parse ("## Rules\n\n1. Lock your screen.\n2. Report incidents to "
                                               "**security@example.org**.\n\n| A | B |\n|---|---|\n| x | y |\n");
  g_autoptr(RampartBook) book = rampart_book_new ("Policy");
  g_autoptr(GBytes) pdf = NULL;
  PopplerDocument *poppler;
  g_autofree char *text = NULL;

  rampart_book_add_document (book, document);
  pdf = rampart_test_write_pdf (book, RAMPART_PAPER_A4);
  poppler = rampart_test_open_pdf (pdf);
  text = rampart_test_page_text (poppler, 0);
  g_assert_nonnull (strstr (text, "Rules"));
  g_assert_nonnull (strstr (text, "Lock your screen."));
  g_assert_nonnull (strstr (text, "security@example.org"));
  g_object_unref (poppler);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(RampartDocument) document = parse ("broken \xff\xfe text\n");
  g_autofree char *text = plain (block (document, 0));

  g_assert_true (g_utf8_validate (text, -1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/markdown/headings-and-paragraphs", test_headings_and_paragraphs);
  g_test_add_func ("/report/markdown/inline-styles", test_inline_styles);
  g_test_add_func ("/report/markdown/lists", test_lists);
  g_test_add_func ("/report/markdown/table", test_table);
  g_test_add_func ("/report/markdown/code-quote-and-html", test_code_quote_and_html);
  g_test_add_func ("/report/markdown/into-pdf", test_into_pdf);
  g_test_add_func ("/report/markdown/invalid-utf8", test_invalid_utf8);

  return g_test_run ();
}
