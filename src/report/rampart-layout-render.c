/* rampart-layout-render.c: drawing laid-out pages, and writing them as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-layout"

#include "config.h"

#include <locale.h>
#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "rampart-layout-private.h"

/*
 * Drawing a page is the same for a PDF surface, a printer's cairo context
 * or a preview; on a PDF surface it also writes links and destinations.
 *
 * cairo 1.16 (Debian 12) reads the numbers in tag attributes with the
 * locale's decimal separator, and writes a broken PDF under a locale such
 * as de_DE: every attribute here is an integer or a name, and the PDF is
 * written under the C numeric locale.
 */

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr, ((color >> 16) & 0xff) / 255.0, ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

static gboolean
is_pdf (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;
}

/* Values in cairo's tag attributes: quoted, with quotes and backslashes escaped. */
static char *
quote_attribute (const char *value)
{
  GString *quoted = g_string_new ("'");

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }

  g_string_append_c (quoted, '\'');
  return g_string_free (quoted, FALSE);
}

/* A link area, as whole points: cairo 1.16 misreads decimals under some locales. */
static void
emit_link (cairo_t    *cr,
           GString    *rects,
           const char *target,
           gboolean    internal)
{
  /* A URI keeps its reserved characters; spaces, backslashes and the like are escaped. */
  g_autofree char *escaped = internal ? g_strdup (target)
                                      : g_uri_escape_string (target, ":/?#[]@!$&'()*+,;=%~", FALSE);
  g_autofree char *quoted = quote_attribute (escaped);
  g_autofree char *attributes = g_strdup_printf ("rect=[%s] %s=%s", rects->str,
                                                 internal ? "dest" : "uri", quoted);

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
append_rect (GString *rects,
             double   x,
             double   y,
             double   width,
             double   height)
{
  g_string_append_printf (rects, "%s%d %d %d %d", rects->len > 0 ? " " : "",
                          (int) floor (x), (int) floor (y),
                          (int) ceil (width), (int) ceil (height));
}

static void
draw_links (RampartLayout *self,
            cairo_t       *cr,
            CacheEntry    *entry,
            const Item    *item,
            double         origin_y)
{
  for (guint l = 0; entry->links != NULL && l < entry->links->len; l++)
    {
      Link *link = &g_array_index (entry->links, Link, l);
      gboolean internal = link->target[0] == '#';
      g_autofree char *dest = internal ? _rampart_layout_dest_for_link (link->target) : NULL;
      g_autoptr(GString) rects = g_string_new (NULL);
      PangoLayoutIter *iter;
      guint line = 0;

      /* A link to a place that is not in the book would break the PDF: it stays text. */
      if (internal && !g_hash_table_contains (self->dests, dest))
        continue;

      iter = pango_layout_get_iter (entry->layout);
      do
        {
          PangoLayoutLine *layout_line;
          PangoRectangle logical;
          int *ranges = NULL;
          int n_ranges = 0;

          if (line < item->first_line || line >= item->first_line + item->n_lines)
            continue;

          layout_line = pango_layout_iter_get_line_readonly (iter);
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          pango_layout_line_get_x_ranges (layout_line, link->start, link->end, &ranges, &n_ranges);
          for (int r = 0; r < n_ranges; r++)
            append_rect (rects, item->x + (double) ranges[2 * r] / PANGO_SCALE,
                         origin_y + (double) logical.y / PANGO_SCALE,
                         (double) (ranges[2 * r + 1] - ranges[2 * r]) / PANGO_SCALE,
                         (double) logical.height / PANGO_SCALE);
          g_free (ranges);
        }
      while (line++, pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);

      if (rects->len > 0)
        emit_link (cr, rects, internal ? dest : link->target, internal);
    }
}

static void
draw_text (RampartLayout *self,
           cairo_t       *cr,
           const Item    *item)
{
  CacheEntry *entry = _rampart_layout_cached (self, item->text, item->cls, item->width, item->align);
  PangoLayoutIter *iter = pango_layout_get_iter (entry->layout);
  gboolean pdf = is_pdf (cr);
  double origin_y = item->y;
  guint line = 0;

  if (pdf && item->dest != NULL)
    {
      g_autofree char *quoted = quote_attribute (item->dest);
      g_autofree char *attributes = g_strdup_printf ("name=%s", quoted);

      cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
    }

  set_color (cr, rampart_typesetter_get_color (item->cls));
  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (line == item->first_line)
        origin_y = item->y - (double) logical.y / PANGO_SCALE;

      if (line >= item->first_line && line < item->first_line + item->n_lines)
        {
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          cairo_move_to (cr, item->x + (double) logical.x / PANGO_SCALE, origin_y + baseline);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (line++, pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (pdf && item->dest != NULL)
    cairo_tag_end (cr, CAIRO_TAG_DEST);

  if (pdf)
    draw_links (self, cr, entry, item, origin_y);
}

static void
draw_running_text (RampartLayout *self,
                   cairo_t       *cr,
                   const char    *text,
                   double         x,
                   double         baseline,
                   double         width,
                   PangoAlignment align)
{
  g_autoptr(RampartText) content = rampart_text_new_plain (text);
  g_autoptr(PangoLayout) layout = rampart_typesetter_layout (self->typesetter, content, TEXT_SMALL, width, align, NULL);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, 0);
  cairo_move_to (cr, x, baseline - (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
  set_color (cr, rampart_typesetter_get_color (TEXT_SMALL));
  pango_cairo_show_layout (cr, layout);
}

/* The running header (organisation, document, classification) and footer (document, page). */
static void
draw_running (RampartLayout *self,
              cairo_t       *cr,
              guint          index,
              Page          *page)
{
  RampartBook *book = self->book;
  RampartDocument *document = page->document >= 0
    ? rampart_book_get_document (book, page->document) : NULL;
  double width = self->page_width - 2 * MARGIN_SIDE;
  double third = width / 3;
  double footer = self->page_height - FOOTER_FROM_BOTTOM;
  g_autofree char *page_of = NULL;
  g_autofree char *identity = NULL;
  g_autofree char *marked = NULL;
  const char *classification;

  draw_running_text (self, cr, rampart_book_get_organisation (book), MARGIN_SIDE, HEADER_BASELINE,
                     third - 6, PANGO_ALIGN_LEFT);
  draw_running_text (self, cr, document != NULL ? rampart_document_get_title (document)
                                                : rampart_book_get_title (book),
                     MARGIN_SIDE + third, HEADER_BASELINE, third, PANGO_ALIGN_CENTER);
  classification = document != NULL && *rampart_document_get_classification (document) != '\0'
                   ? rampart_document_get_classification (document)
                   : rampart_book_get_classification (book);
  /* Translators: the corner of each page of a draft, before its classification, as in "DRAFT · Internal" */
  marked = document != NULL && rampart_document_get_draft (document)
           ? g_strdup_printf (_("DRAFT · %s"), classification) : g_strdup (classification);
  draw_running_text (self, cr, marked, MARGIN_SIDE + 2 * third + 6, HEADER_BASELINE, third - 6, PANGO_ALIGN_RIGHT);
  set_color (cr, COLOR_RULE);
  cairo_rectangle (cr, MARGIN_SIDE, HEADER_BASELINE + 7, width, 0.6);
  cairo_fill (cr);

  cairo_rectangle (cr, MARGIN_SIDE, footer - 13, width, 0.6);
  cairo_fill (cr);
  if (document != NULL)
    {
      const char *version = rampart_document_get_version (document);

      /* Translators: a document's identifier and version, as in "ISMS-PRO-01 · Version 1.2" */
      identity = *version != '\0'
        ? g_strdup_printf (_("%s · Version %s"), rampart_document_get_id (document), version)
        : g_strdup (rampart_document_get_id (document));
    }
  else
    {
      identity = g_strdup (rampart_book_get_title (book));
    }
  draw_running_text (self, cr, identity, MARGIN_SIDE, footer, width / 2, PANGO_ALIGN_LEFT);

  /* Translators: the page number in a footer, as in "Page 3 of 12" */
  page_of = g_strdup_printf (_("Page %u of %u"), index + 1, self->pages->len);
  draw_running_text (self, cr, page_of, MARGIN_SIDE + width / 2, footer, width / 2, PANGO_ALIGN_RIGHT);
}

/* A draft says so across every page, under the text, so that nobody takes it for approved. */
static void
draw_draft_mark (RampartLayout *self,
                 cairo_t       *cr)
{
  /* Translators: the mark across each page of a document that is not approved */
  g_autoptr(RampartText) mark = rampart_text_new_plain (_("DRAFT"));
  g_autoptr(PangoLayout) layout = rampart_typesetter_layout (self->typesetter, mark, TEXT_COVER_TITLE, 2000,
                                                             PANGO_ALIGN_LEFT, NULL);
  PangoRectangle ink;
  double scale;

  pango_layout_get_pixel_extents (layout, &ink, NULL);
  if (ink.width <= 0)
    return;
  /* Across the diagonal, leaving the margins free */
  scale = (hypot (self->page_width, self->page_height) - 2 * MARGIN_TOP - 2 * MARGIN_SIDE) / ink.width;

  cairo_save (cr);
  cairo_translate (cr, self->page_width / 2, self->page_height / 2);
  cairo_rotate (cr, -atan2 (self->page_height, self->page_width));
  cairo_scale (cr, scale, scale);
  cairo_move_to (cr, -ink.x - ink.width / 2.0, -ink.y - ink.height / 2.0);
  cairo_set_source_rgba (cr, 0xc0 / 255.0, 0x1c / 255.0, 0x28 / 255.0, 0.10);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/**
 * rampart_layout_draw_page:
 * @self: a #RampartLayout
 * @cr: where to draw, in points from the page's top left corner
 * @page: a page, from 0
 *
 * Draws a page. On a PDF surface, also marks its links and destinations.
 */
void
rampart_layout_draw_page (RampartLayout *self,
                          cairo_t       *cr,
                          guint          page_index)
{
  Page *page;

  g_return_if_fail (RAMPART_IS_LAYOUT (self));
  g_return_if_fail (page_index < self->pages->len);

  page = g_ptr_array_index (self->pages, page_index);

  cairo_save (cr);
  if (page->document >= 0 && rampart_document_get_draft (rampart_book_get_document (self->book, page->document)))
    draw_draft_mark (self, cr);
  if (!page->plain)
    draw_running (self, cr, page_index, page);

  for (guint i = 0; i < page->items->len; i++)
    {
      const Item *item = &g_array_index (page->items, Item, i);

      switch (item->kind)
        {
        case ITEM_TEXT:
          draw_text (self, cr, item);
          break;

        case ITEM_FILL:
          set_color (cr, item->color);
          cairo_rectangle (cr, item->x, item->y, item->width, item->height);
          cairo_fill (cr);
          break;

        case ITEM_RULE:
          set_color (cr, item->color);
          cairo_rectangle (cr, item->x, item->y - item->height / 2, item->width, item->height);
          cairo_fill (cr);
          break;

        case ITEM_LEADER:
          {
            static const double dots[] = { 0.6, 3.0 };

            set_color (cr, item->color);
            cairo_save (cr);
            cairo_set_line_width (cr, 0.9);
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
            cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
            cairo_move_to (cr, item->x, item->y);
            cairo_line_to (cr, item->x + item->width, item->y);
            cairo_stroke (cr);
            cairo_restore (cr);
          }
          break;

        case ITEM_FIGURE:
          cairo_save (cr);
          cairo_translate (cr, item->x, item->y);
          cairo_rectangle (cr, 0, 0, item->width, item->height);
          cairo_clip (cr);
          cairo_new_path (cr);
          item->figure->draw (cr, item->width, item->height, item->figure->draw_data);
          cairo_restore (cr);
          break;

        case ITEM_LINK:
          if (is_pdf (cr) && g_hash_table_contains (self->dests, item->dest))
            {
              g_autoptr(GString) rects = g_string_new (NULL);

              append_rect (rects, item->x, item->y, item->width, item->height);
              emit_link (cr, rects, item->dest, TRUE);
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}

/* PDF */

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static void
add_outline (RampartLayout   *self,
             cairo_surface_t *surface)
{
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT };

  for (guint i = 0; i < self->outline->len; i++)
    {
      RampartOutlineEntry *entry = &g_array_index (self->outline, RampartOutlineEntry, i);
      g_autofree char *quoted = quote_attribute (entry->dest);
      g_autofree char *link = g_strdup_printf ("dest=%s", quoted);
      int level = CLAMP (entry->level, 1, 3);
      int id;

      id = cairo_pdf_surface_add_outline (surface, parents[level - 1], entry->title, link,
                                          level == 1 ? CAIRO_PDF_OUTLINE_FLAG_BOLD : 0);
      for (int l = level; l < 4; l++)
        parents[l] = id;
    }
}

static void
set_metadata (RampartLayout   *self,
              cairo_surface_t *surface)
{
  RampartBook *book = self->book;
  g_autofree char *date = g_date_time_format (rampart_book_get_date (book), "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *creator = g_strdup_printf ("Rampart %s", PACKAGE_VERSION);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, rampart_book_get_title (book));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, rampart_book_get_organisation (book));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, rampart_book_get_subject (book));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, rampart_book_get_keywords (book));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  /* Fixed dates, so that the same book on the same day gives the same bytes. */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/**
 * rampart_layout_write_pdf:
 * @self: a #RampartLayout
 * @stream: where the PDF goes
 * @progress: (nullable) (scope call): called as pages are written
 * @user_data: data for @progress
 * @cancellable: (nullable): stops the work
 * @error: return location for a #GError
 *
 * Writes the layout as a PDF with bookmarks, links, embedded fonts and the
 * book's metadata. The stream is not closed.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_layout_write_pdf (RampartLayout        *self,
                          GOutputStream        *stream,
                          RampartProgressFunc   progress,
                          gpointer              user_data,
                          GCancellable         *cancellable,
                          GError              **error)
{
  Sink sink = { stream, cancellable, NULL };
  locale_t c_numeric, previous;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (RAMPART_IS_LAYOUT (self), FALSE);

  /* cairo 1.16 reads and writes numbers with the locale's decimal separator. */
  c_numeric = newlocale (LC_NUMERIC_MASK, "C", (locale_t) 0);
  previous = uselocale (c_numeric);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, self->page_width, self->page_height);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_metadata (self, surface);

  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len && sink.error == NULL; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      rampart_layout_draw_page (self, cr, i);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (i + 1, user_data);
    }

  add_outline (self, surface);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  _rampart_layout_clear_cache (self);

  uselocale (previous);
  freelocale (c_numeric);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_error (&sink.error);
      return FALSE;
    }

  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
