/* rampart-pdf-test-utils.c: reading produced PDFs back with poppler, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rampart-pdf-test-utils.h"

GBytes *
rampart_test_write_pdf (RampartBook  *book,
                        RampartPaper  paper)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartLayout) layout = rampart_layout_new (book, paper, NULL, NULL, NULL, &error);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  g_assert_no_error (error);
  g_assert_true (rampart_layout_write_pdf (layout, stream, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

PopplerDocument *
rampart_test_open_pdf (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (pdf, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

char *
rampart_test_page_text (PopplerDocument *document,
                        int              page)
{
  PopplerPage *p = poppler_document_get_page (document, page);
  char *text;

  g_assert_nonnull (p);
  text = poppler_page_get_text (p);
  g_object_unref (p);
  return text;
}

/* The text of every page, one after the other, each ending with a line break. */
char *
rampart_test_document_text (PopplerDocument *document)
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

/* The first page whose text holds @text, or -1. */
int
rampart_test_find_page (PopplerDocument *document,
                        const char      *text)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autofree char *page = rampart_test_page_text (document, i);

      if (strstr (page, text) != NULL)
        return i;
    }

  return -1;
}

void
rampart_test_assert_links_resolve (PopplerDocument *document)
{
  guint internal = 0;

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      GList *mapping = poppler_page_get_link_mapping (page);

      for (GList *l = mapping; l != NULL; l = l->next)
        {
          PopplerLinkMapping *link = l->data;

          if (link->action->type == POPPLER_ACTION_GOTO_DEST)
            {
              PopplerDest *dest = link->action->goto_dest.dest;

              if (dest->type == POPPLER_DEST_NAMED)
                {
                  PopplerDest *found = poppler_document_find_dest (document, dest->named_dest);

                  g_assert_nonnull (found);
                  g_assert_cmpint (found->page_num, >=, 1);
                  g_assert_cmpint (found->page_num, <=, poppler_document_get_n_pages (document));
                  poppler_dest_free (found);
                }
              internal++;
            }
        }
      poppler_page_free_link_mapping (mapping);
      g_object_unref (page);
    }

  g_assert_cmpuint (internal, >, 0);
}

void
rampart_test_assert_fonts_embedded (PopplerDocument *document)
{
  PopplerFontInfo *info = poppler_font_info_new (document);
  PopplerFontsIter *iter = NULL;
  guint fonts = 0;

  while (poppler_font_info_scan (info, 20, &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }

  g_object_unref (info);
  g_assert_cmpuint (fonts, >, 0);
}

static void
bookmark_free (gpointer data)
{
  RampartTestBookmark *bookmark = data;

  g_free (bookmark->title);
  g_free (bookmark);
}

static void
walk_outline (PopplerDocument  *document,
              PopplerIndexIter *iter,
              int               level,
              GPtrArray        *bookmarks)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;

      if (action->type == POPPLER_ACTION_GOTO_DEST)
        {
          RampartTestBookmark *bookmark = g_new0 (RampartTestBookmark, 1);
          PopplerDest *dest = action->goto_dest.dest;
          PopplerDest *found = dest->type == POPPLER_DEST_NAMED
            ? poppler_document_find_dest (document, dest->named_dest) : poppler_dest_copy (dest);

          g_assert_nonnull (found);
          bookmark->title = g_strdup (action->goto_dest.title);
          bookmark->level = level;
          bookmark->page = found->page_num - 1;
          g_ptr_array_add (bookmarks, bookmark);
          poppler_dest_free (found);
        }
      poppler_action_free (action);

      child = poppler_index_iter_get_child (iter);
      if (child != NULL)
        {
          walk_outline (document, child, level + 1, bookmarks);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

/* The PDF's bookmarks, in order, with the page each leads to. */
GPtrArray *
rampart_test_outline (PopplerDocument *document)
{
  GPtrArray *bookmarks = g_ptr_array_new_with_free_func (bookmark_free);
  PopplerIndexIter *iter = poppler_index_iter_new (document);

  if (iter != NULL)
    {
      walk_outline (document, iter, 1, bookmarks);
      poppler_index_iter_free (iter);
    }

  return bookmarks;
}
