/* rampart-layout.c: a book laid out in pages, drawn to PDF, print or screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rampart-layout-private.h"

/*
 * Laying out is one pass over the book with Pango: blocks flow down the
 * text area, paragraphs and table rows break between lines, and every page
 * becomes a list of items (lines of a text, a filled box, a rule, a
 * figure). Items keep only positions and a reference to the text; the
 * Pango layouts are made again when a page is drawn, so memory does not
 * grow with the number of pages. rampart-layout-render.c draws the pages.
 */

G_DEFINE_FINAL_TYPE (RampartLayout, rampart_layout, G_TYPE_OBJECT)

/* Text */

static double
lines_height (GArray *lines,
              guint   first,
              guint   n)
{
  LineMetrics *a, *b;

  if (n == 0)
    return 0;

  a = &g_array_index (lines, LineMetrics, first);
  b = &g_array_index (lines, LineMetrics, first + n - 1);
  return b->top + b->height - a->top;
}

typedef struct
{
  const RampartText *text;
  TextClass          cls;
  double             width;
  PangoAlignment     align;
} MetricsKey;

static guint
metrics_key_hash (gconstpointer data)
{
  const MetricsKey *key = data;

  return rampart_text_hash (key->text) ^ ((guint) key->cls << 24) ^ (guint) (key->width * 64) ^
         ((guint) key->align << 20);
}

static gboolean
metrics_key_equal (gconstpointer a,
                   gconstpointer b)
{
  const MetricsKey *x = a;
  const MetricsKey *y = b;

  return x->cls == y->cls && x->width == y->width && x->align == y->align &&
         rampart_text_equal (x->text, y->text);
}

/* Measures a text with @typesetter and keeps its lines, unless they are known already. */
static GArray *
measure (RampartLayout     *self,
         RampartTypesetter *typesetter,
         const MetricsKey  *lookup)
{
  PangoLayout *layout;
  GArray *lines;
  GArray *known;
  guint missing;

  layout = rampart_typesetter_layout (typesetter, lookup->text, lookup->cls, lookup->width,
                                      lookup->align, NULL);
  lines = rampart_typesetter_measure (layout);
  missing = (guint) pango_layout_get_unknown_glyphs_count (layout);
  g_object_unref (layout);

  g_mutex_lock (&self->metrics_lock);
  known = g_hash_table_lookup (self->metrics, lookup);
  if (known == NULL)
    {
      MetricsKey *key = g_new (MetricsKey, 1);

      *key = *lookup;
      g_hash_table_insert (self->metrics, key, lines);
      self->missing_glyphs += missing;
    }
  g_mutex_unlock (&self->metrics_lock);

  if (known != NULL)
    {
      g_array_unref (lines);
      return known;
    }

  return lines;
}

/*
 * The lines of a text at a width: measured once for all texts that read
 * the same, such as the statuses and owners repeated down a table. In a
 * long book a second thread measures from the end while the flow works
 * from the start (see prefetch_thread()).
 */
GArray *
_rampart_layout_text_lines (RampartLayout     *self,
                            const RampartText *text,
                            TextClass          cls,
                            double             width,
                            PangoAlignment     align)
{
  MetricsKey lookup = { text, cls, width, align };
  GArray *lines;

  g_mutex_lock (&self->metrics_lock);
  lines = g_hash_table_lookup (self->metrics, &lookup);
  g_mutex_unlock (&self->metrics_lock);

  return lines != NULL ? lines : measure (self, self->typesetter, &lookup);
}

/* A recently drawn text's layout, or a new one. */
CacheEntry *
_rampart_layout_cached (RampartLayout     *self,
               const RampartText *text,
               TextClass          cls,
               double             width,
               PangoAlignment     align)
{
  CacheEntry *entry;

  for (guint i = 0; i < CACHE_SIZE; i++)
    {
      entry = &self->cache[i];
      if (entry->layout != NULL && entry->cls == cls && entry->width == width &&
          entry->align == align && rampart_text_equal (entry->text, text))
        return entry;
    }

  entry = &self->cache[self->cache_next];
  self->cache_next = (self->cache_next + 1) % CACHE_SIZE;
  g_clear_object (&entry->layout);
  g_clear_pointer (&entry->links, g_array_unref);

  entry->text = text;
  entry->cls = cls;
  entry->width = width;
  entry->align = align;
  entry->layout = rampart_typesetter_layout (self->typesetter, text, cls, width, align, &entry->links);
  return entry;
}

void
_rampart_layout_clear_cache (RampartLayout *self)
{
  for (guint i = 0; i < CACHE_SIZE; i++)
    {
      g_clear_object (&self->cache[i].layout);
      g_clear_pointer (&self->cache[i].links, g_array_unref);
    }
}

static const RampartText *
own_text (RampartLayout *self,
          RampartText   *text)
{
  g_ptr_array_add (self->owned_texts, text);
  return text;
}

static const char *
own_string (RampartLayout *self,
            const char    *string)
{
  return g_string_chunk_insert (self->strings, string);
}

/* Pages */

static Page *
add_page (RampartLayout *self,
          int            document,
          gboolean       plain)
{
  Page *page = g_new0 (Page, 1);

  page->items = g_array_new (FALSE, TRUE, sizeof (Item));
  page->document = document;
  page->plain = plain;
  g_ptr_array_add (self->pages, page);
  return page;
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_array_unref (page->items);
  g_free (page);
}

static void
add_item (Page       *page,
          const Item *item)
{
  g_array_append_vals (page->items, item, 1);
}

static void
add_fill (Page    *page,
          double   x,
          double   y,
          double   width,
          double   height,
          guint32  color)
{
  Item item = { .kind = ITEM_FILL, .x = x, .y = y, .width = width, .height = height, .color = color };

  add_item (page, &item);
}

static void
add_rule (Page    *page,
          double   x,
          double   y,
          double   width,
          double   thickness,
          guint32  color)
{
  Item item = { .kind = ITEM_RULE, .x = x, .y = y, .width = width, .height = thickness, .color = color };

  add_item (page, &item);
}

/* A name for a destination: ASCII letters, digits, '-', '_' and '.', unique in the book. */
static const char *
unique_dest (RampartLayout *self,
             const char    *wanted)
{
  g_autoptr(GString) name = g_string_new (NULL);
  guint suffix = 1;

  for (const char *p = wanted; *p != '\0'; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.' ? *p : '-');
  if (name->len == 0)
    g_string_append (name, "section");

  if (g_hash_table_contains (self->dests, name->str))
    {
      g_autofree char *base = g_strdup (name->str);

      while (g_hash_table_contains (self->dests, name->str))
        g_string_printf (name, "%s-%u", base, ++suffix);
    }

  {
    const char *owned = own_string (self, name->str);

    g_hash_table_add (self->dests, (gpointer) owned);
    return owned;
  }
}

char *
_rampart_layout_dest_for_link (const char *link)
{
  GString *name = g_string_new (NULL);

  for (const char *p = link + 1; *p != '\0'; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.' ? *p : '-');

  return g_string_free (name, FALSE);
}

/* The flow: blocks placed down the pages */

typedef struct
{
  double  top;
  double  start;   /* where the box began on the current page */
  double  x;
  double  width;
  guint32 fill;
  guint32 bar;     /* a bar down the left side, or 0 */
} Box;

typedef struct
{
  const RampartText *text;
  double             width;
} Marker;

typedef struct
{
  RampartLayout      *self;
  Page               *page;
  int                 document;
  double              y;
  double              top;
  double              bottom;
  double              left;
  double              width;
  GArray             *boxes;    /* of Box, open around the flow */
  RampartProgressFunc progress;
  gpointer            progress_data;
  GCancellable       *cancellable;
} Flow;

static void
close_box (Flow *flow,
           Box  *box,
           double end)
{
  Item item = { .kind = ITEM_FILL, .x = box->x, .y = box->start,
                .width = box->width, .height = end - box->start, .color = box->fill };

  /* Boxes go under what they hold: insert before the items of this page since the box began. */
  g_array_insert_vals (flow->page->items, (guint) box->top, &item, 1);
  if (box->bar != 0)
    {
      Item bar = { .kind = ITEM_FILL, .x = box->x, .y = box->start,
                   .width = 3, .height = end - box->start, .color = box->bar };

      g_array_insert_vals (flow->page->items, (guint) box->top + 1, &bar, 1);
    }
}

static void
new_page (Flow *flow)
{
  for (guint i = 0; i < flow->boxes->len; i++)
    close_box (flow, &g_array_index (flow->boxes, Box, i), flow->y + NOTE_PAD);

  flow->page = add_page (flow->self, flow->document, FALSE);
  flow->y = flow->top;

  for (guint i = 0; i < flow->boxes->len; i++)
    {
      Box *box = &g_array_index (flow->boxes, Box, i);

      box->top = flow->page->items->len;
      box->start = flow->y;
      flow->y += NOTE_PAD;
    }

  if (flow->progress != NULL)
    flow->progress (flow->self->pages->len, flow->progress_data);
}

static gboolean
at_page_top (Flow *flow)
{
  double top = flow->top;

  for (guint i = 0; i < flow->boxes->len; i++)
    top += NOTE_PAD;

  return flow->y <= top + 0.01;
}

static void
open_box (Flow    *flow,
          double   x,
          double   width,
          guint32  fill,
          guint32  bar)
{
  Box box = { flow->page->items->len, flow->y, x, width, fill, bar };

  g_array_append_val (flow->boxes, box);
  flow->y += NOTE_PAD;
}

static void
end_box (Flow *flow)
{
  Box *box = &g_array_index (flow->boxes, Box, flow->boxes->len - 1);

  flow->y += NOTE_PAD;
  close_box (flow, box, flow->y);
  g_array_set_size (flow->boxes, flow->boxes->len - 1);
}

static void
place_marker (Flow          *flow,
              const Marker  *marker,
              TextClass      cls,
              double         x,
              double         baseline)
{
  RampartLayout *self = flow->self;
  CacheEntry *entry = _rampart_layout_cached (self, marker->text, cls, marker->width, PANGO_ALIGN_RIGHT);
  double marker_baseline = (double) pango_layout_get_baseline (entry->layout) / PANGO_SCALE;
  Item item = { .kind = ITEM_TEXT, .cls = cls, .align = PANGO_ALIGN_RIGHT,
                .first_line = 0, .n_lines = 1, .x = x - marker->width - 4,
                .y = baseline - marker_baseline, .width = marker->width, .text = marker->text };

  add_item (flow->page, &item);
}

/*
 * Places the lines of @text, breaking it across pages between lines. A
 * paragraph of four lines or more leaves at least two at the foot of a page
 * and takes at least two to the next (no widows or orphans); a shorter one
 * moves whole.
 */
static void
flow_text (Flow              *flow,
           const RampartText *text,
           TextClass          cls,
           PangoAlignment     align,
           double             x,
           double             width,
           double             space_before,
           double             space_after,
           const Marker      *marker,
           const char        *dest)
{
  GArray *lines = _rampart_layout_text_lines (flow->self, text, cls, width, align);
  guint n = lines->len;
  guint line = 0;

  if (!at_page_top (flow))
    flow->y += space_before;

  while (line < n)
    {
      double available = flow->bottom - flow->y;
      guint fit = 0;
      guint take;
      Item item = { .kind = ITEM_TEXT, .cls = cls, .align = align, .x = x, .width = width, .text = text };

      while (line + fit < n && lines_height (lines, line, fit + 1) <= available + 0.01)
        fit++;

      if (fit >= n - line)
        take = n - line;
      else if (n - line >= 4 && fit >= 2)
        take = MIN (fit, n - line - 2);
      else
        take = 0;

      if (take == 0)
        {
          if (!at_page_top (flow))
            {
              new_page (flow);
              continue;
            }
          /* Taller than a page: as much as fits, and at least a line. */
          take = MAX (fit, 1);
        }

      item.first_line = line;
      item.n_lines = take;
      item.y = flow->y;
      if (line == 0 && dest != NULL)
        item.dest = dest;
      add_item (flow->page, &item);

      if (line == 0 && marker != NULL && marker->text != NULL)
        {
          LineMetrics *first = &g_array_index (lines, LineMetrics, 0);

          place_marker (flow, marker, cls, x, flow->y + first->baseline - first->top);
        }

      flow->y += lines_height (lines, line, take);
      line += take;
      if (line < n)
        new_page (flow);
    }

  flow->y += space_after;
}

static double
text_height (RampartLayout     *self,
             const RampartText *text,
             TextClass          cls,
             double             width,
             guint              max_lines)
{
  GArray *lines = _rampart_layout_text_lines (self, text, cls, width, PANGO_ALIGN_LEFT);

  return lines_height (lines, 0, MIN (lines->len, max_lines));
}

static TextClass
heading_class (int level)
{
  return level <= 1 ? TEXT_H1 : level == 2 ? TEXT_H2 : TEXT_H3;
}

static double
heading_space_before (int level)
{
  return level <= 1 ? 0 : level == 2 ? 14 : 10;
}

static double
heading_space_after (int level)
{
  return level <= 1 ? 10 : 5;
}

/* Tables */

typedef struct
{
  GPtrArray *cells;   /* of RampartText */
  TextClass  cls;
  gboolean   labels;  /* a key/value row: every other cell is a label */
  double     min_height;
  double     height;
  GPtrArray *lines;   /* of GArray of LineMetrics, one per cell */
} Row;

static TextClass
cell_class (Row   *row,
            guint  column)
{
  return row->labels && column % 2 == 0 ? TEXT_LABEL : row->cls;
}

static void
row_measure (Flow         *flow,
             Row          *row,
             const double *widths)
{
  row->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  row->height = row->min_height;

  for (guint c = 0; c < row->cells->len; c++)
    {
      GArray *lines = g_array_ref (_rampart_layout_text_lines (flow->self, g_ptr_array_index (row->cells, c),
                                               cell_class (row, c), widths[c] - 2 * CELL_PAD_X,
                                               PANGO_ALIGN_LEFT));

      row->height = MAX (row->height, lines_height (lines, 0, lines->len) + 2 * CELL_PAD_Y);
      g_ptr_array_add (row->lines, lines);
    }
}

static void
row_clear (Row *row)
{
  g_clear_pointer (&row->lines, g_ptr_array_unref);
}

/*
 * Places lines of every cell of @row starting at @from (one index per
 * cell), as many as fit in @available; returns the height used and moves
 * @from on. The whole row when it fits.
 */
static double
place_row (Flow         *flow,
           Row          *row,
           const double *widths,
           double        x,
           guint        *from,
           double        available,
           gboolean      force)
{
  double used = 0;
  double cx = x;

  for (guint c = 0; c < row->cells->len; c++)
    {
      GArray *lines = g_ptr_array_index (row->lines, c);
      guint fit = 0;

      while (from[c] + fit < lines->len &&
             lines_height (lines, from[c], fit + 1) + 2 * CELL_PAD_Y <= available + 0.01)
        fit++;
      if (fit == 0 && force && from[c] < lines->len)
        fit = 1;

      if (fit > 0)
        {
          Item item = { .kind = ITEM_TEXT, .cls = cell_class (row, c),
                        .align = PANGO_ALIGN_LEFT, .first_line = from[c], .n_lines = fit,
                        .x = cx + CELL_PAD_X, .y = flow->y + CELL_PAD_Y,
                        .width = widths[c] - 2 * CELL_PAD_X, .text = g_ptr_array_index (row->cells, c) };

          add_item (flow->page, &item);
          used = MAX (used, lines_height (lines, from[c], fit) + 2 * CELL_PAD_Y);
          from[c] += fit;
        }
      cx += widths[c];
    }

  return used;
}

static gboolean
row_done (Row   *row,
          guint *from)
{
  for (guint c = 0; c < row->cells->len; c++)
    if (from[c] < ((GArray *) g_ptr_array_index (row->lines, c))->len)
      return FALSE;

  return TRUE;
}

static void
place_header (Flow         *flow,
              Row          *header,
              const double *widths,
              double        x,
              double        width)
{
  g_autofree guint *from = g_new0 (guint, header->cells->len);
  guint first = flow->page->items->len;
  double height;
  Item fill = { .kind = ITEM_FILL, .x = x, .y = flow->y, .width = width, .color = COLOR_HEADER_FILL };

  height = place_row (flow, header, widths, x, from, flow->bottom - flow->y, TRUE);
  fill.height = height;
  g_array_insert_vals (flow->page->items, first, &fill, 1);
  flow->y += height;
  add_rule (flow->page, x, flow->y, width, 0.8, COLOR_ACCENT);
}

static void
flow_table (Flow         *flow,
            RampartTable *table,
            gboolean      key_values,
            double        x,
            double        width)
{
  g_autofree double *widths = g_new (double, table->n_columns);
  g_autofree guint *from = g_new0 (guint, table->n_columns);
  Row header = { table->header, TEXT_TABLE_HEADER, FALSE, 0, 0, NULL };
  gboolean has_header = table->header != NULL && !key_values;
  double total = 0;

  for (guint c = 0; c < table->n_columns; c++)
    total += table->widths[c];
  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = width * table->widths[c] / total;

  if (!at_page_top (flow))
    flow->y += PARAGRAPH_GAP;

  if (has_header)
    row_measure (flow, &header, widths);

  for (guint r = 0; r < table->rows->len; r++)
    {
      Row row = { g_ptr_array_index (table->rows, r), TEXT_TABLE, key_values, table->min_row_height, 0, NULL };
      gboolean first_row = r == 0;
      double row_top;

      if (g_cancellable_is_cancelled (flow->cancellable))
        break;

      row_measure (flow, &row, widths);
      memset (from, 0, sizeof (guint) * table->n_columns);

      /* A table never starts with its header alone at the foot of a page. */
      if (first_row && has_header && !at_page_top (flow) &&
          header.height + MIN (row.height, 40) > flow->bottom - flow->y)
        new_page (flow);
      if (first_row && has_header)
        place_header (flow, &header, widths, x, width);

      if (row.height > flow->bottom - flow->y && !first_row &&
          row.height <= flow->bottom - flow->top - header.height)
        {
          new_page (flow);
          if (has_header)
            place_header (flow, &header, widths, x, width);
        }
      else if (row.height > flow->bottom - flow->y && first_row && !has_header && !at_page_top (flow) &&
               row.height <= flow->bottom - flow->top)
        {
          new_page (flow);
        }

      /* A row taller than a page breaks between lines, never inside one. */
      row_top = flow->y;
      while (TRUE)
        {
          double used = place_row (flow, &row, widths, x, from, flow->bottom - flow->y,
                                   at_page_top (flow) || (has_header && flow->page->items->len > 0 &&
                                                          flow->y <= flow->top + header.height + 1));

          flow->y += used;
          if (row_done (&row, from))
            break;
          new_page (flow);
          row_top = -1;
          if (has_header)
            place_header (flow, &header, widths, x, width);
        }
      /* Room to write in, on a row that fits its page. */
      if (row_top >= 0 && flow->y - row_top < row.min_height)
        flow->y = MIN (row_top + row.min_height, flow->bottom);

      add_rule (flow->page, x, flow->y, width, 0.5, COLOR_RULE);
      row_clear (&row);
    }

  row_clear (&header);
  flow->y += PARAGRAPH_GAP;
}

/* Blocks */

static void flow_blocks (Flow *flow, GPtrArray *blocks, double x, double width, const Marker *marker);

/* The least height that must follow a heading on its page: the start of what comes next. */
static double
lead_height (Flow         *flow,
             GPtrArray    *blocks,
             guint         index,
             double        width)
{
  RampartBlock *block;

  if (index >= blocks->len)
    return 0;

  block = g_ptr_array_index (blocks, index);
  switch (block->kind)
    {
    case RAMPART_BLOCK_HEADING:
      return heading_space_before (block->level) +
             text_height (flow->self, block->text, heading_class (block->level), width, 4) +
             heading_space_after (block->level) + lead_height (flow, blocks, index + 1, width);

    case RAMPART_BLOCK_PARAGRAPH:
      return block->keep_with_next
        ? PARAGRAPH_GAP + text_height (flow->self, block->text, TEXT_BODY, width, 4) +
          lead_height (flow, blocks, index + 1, width)
        : PARAGRAPH_GAP + text_height (flow->self, block->text, TEXT_BODY, width, 2);

    case RAMPART_BLOCK_CODE:
      return 2 * NOTE_PAD + text_height (flow->self, block->text, TEXT_CODE, width, 2);

    case RAMPART_BLOCK_LIST:
      return block->items->len > 0
        ? lead_height (flow, g_ptr_array_index (block->items, 0), 0, width - LIST_INDENT) : 0;

    case RAMPART_BLOCK_NOTE:
      return 2 * NOTE_PAD + lead_height (flow, g_ptr_array_index (block->items, 0), 0, width);

    case RAMPART_BLOCK_TABLE:
    case RAMPART_BLOCK_KEY_VALUES:
      return 60;

    case RAMPART_BLOCK_FIGURE:
      return block->height + (block->caption != NULL ? 20 : 0);

    case RAMPART_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

static void
flow_list (Flow         *flow,
           RampartBlock *list,
           double        x,
           double        width,
           int           depth)
{
  for (guint i = 0; i < list->items->len; i++)
    {
      GPtrArray *item = g_ptr_array_index (list->items, i);
      g_autofree char *label = NULL;
      Marker marker;

      if (list->ordered)
        label = g_strdup_printf ("%u.", list->start + i);
      else
        label = g_strdup (depth % 2 == 0 ? "•" : "–");

      marker.text = own_text (flow->self, rampart_text_new_plain (label));
      marker.width = list->ordered ? LIST_INDENT + 6 : LIST_INDENT - 6;

      flow_blocks (flow, item, x + LIST_INDENT, width - LIST_INDENT, &marker);
    }
}

static void
flow_figure (Flow         *flow,
             RampartBlock *block,
             double        x,
             double        width)
{
  double figure_width = block->width > 0 ? MIN (block->width, width) : width;
  double caption = block->caption != NULL
    ? text_height (flow->self, block->caption, TEXT_CAPTION, width, 100) + 4 : 0;
  Item item = { .kind = ITEM_FIGURE, .width = figure_width, .height = block->height, .figure = block };

  if (!at_page_top (flow))
    flow->y += PARAGRAPH_GAP;
  if (block->height + caption > flow->bottom - flow->y && !at_page_top (flow))
    new_page (flow);

  item.x = x + (width - figure_width) / 2;
  item.y = flow->y;
  add_item (flow->page, &item);
  flow->y += block->height;

  if (block->caption != NULL)
    flow_text (flow, block->caption, TEXT_CAPTION, PANGO_ALIGN_CENTER, x, width, 4, 0, NULL, NULL);
  flow->y += PARAGRAPH_GAP;
}

static void
flow_heading (Flow         *flow,
              GPtrArray    *blocks,
              guint         index,
              double        x,
              double        width)
{
  RampartBlock *block = g_ptr_array_index (blocks, index);
  RampartLayout *self = flow->self;
  TextClass cls = heading_class (block->level);
  g_autofree char *plain = rampart_text_to_plain (block->text);
  g_autofree char *wanted = NULL;
  RampartOutlineEntry entry;
  double needed;
  const char *dest;

  /* A heading never ends a page: it goes with the start of what follows. */
  needed = heading_space_before (block->level) + text_height (self, block->text, cls, width, 4) +
           heading_space_after (block->level) + lead_height (flow, blocks, index + 1, width);
  if (needed > flow->bottom - flow->y && !at_page_top (flow))
    new_page (flow);

  wanted = block->anchor != NULL ? g_strdup (block->anchor)
                                 : g_strdup_printf ("section-%u", g_hash_table_size (self->dests) + 1);
  dest = unique_dest (self, wanted);

  flow_text (flow, block->text, cls, PANGO_ALIGN_LEFT, x, width,
             heading_space_before (block->level), heading_space_after (block->level), NULL, dest);

  g_hash_table_insert (self->key_dests, block, (gpointer) dest);

  entry.level = block->level;
  entry.title = g_strdup (plain);
  entry.dest = g_strdup (dest);
  entry.page = self->pages->len - 1;
  g_array_append_val (self->outline, entry);
}

static void
flow_blocks (Flow         *flow,
             GPtrArray    *blocks,
             double        x,
             double        width,
             const Marker *marker)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      RampartBlock *block = g_ptr_array_index (blocks, i);
      /* An item's marker goes on its first line. */
      const Marker *item_marker = i == 0 ? marker : NULL;

      if (g_cancellable_is_cancelled (flow->cancellable))
        return;

      switch (block->kind)
        {
        case RAMPART_BLOCK_HEADING:
          flow_heading (flow, blocks, i, x, width);
          break;

        case RAMPART_BLOCK_PARAGRAPH:
          /* Like a heading, a paragraph kept with the next block never ends a page. */
          if (block->keep_with_next && !at_page_top (flow) &&
              lead_height (flow, blocks, i, width) > flow->bottom - flow->y)
            new_page (flow);
          flow_text (flow, block->text, TEXT_BODY, PANGO_ALIGN_LEFT, x, width,
                     item_marker != NULL ? 2 : PARAGRAPH_GAP, item_marker != NULL ? 1 : 0,
                     item_marker, NULL);
          break;

        case RAMPART_BLOCK_CODE:
          if (!at_page_top (flow))
            flow->y += PARAGRAPH_GAP;
          open_box (flow, x, width, COLOR_CODE_FILL, 0);
          flow_text (flow, block->text, TEXT_CODE, PANGO_ALIGN_LEFT, x + NOTE_PAD,
                     width - 2 * NOTE_PAD, 0, 0, item_marker, NULL);
          end_box (flow);
          break;

        case RAMPART_BLOCK_LIST:
          if (item_marker != NULL)
            place_marker (flow, item_marker, TEXT_BODY, x, flow->y + 10);
          flow_list (flow, block, x, width, marker != NULL ? 1 : 0);
          flow->y += 2;
          break;

        case RAMPART_BLOCK_NOTE:
          if (!at_page_top (flow))
            flow->y += PARAGRAPH_GAP;
          open_box (flow, x, width,
                    block->note_kind == RAMPART_NOTE_WARNING ? COLOR_WARNING_FILL : COLOR_INFO_FILL,
                    block->note_kind == RAMPART_NOTE_WARNING ? COLOR_WARNING_BAR : COLOR_ACCENT);
          flow->y -= PARAGRAPH_GAP;
          flow_blocks (flow, g_ptr_array_index (block->items, 0), x + NOTE_PAD + 3,
                       width - 2 * NOTE_PAD - 3, NULL);
          end_box (flow);
          flow->y += PARAGRAPH_GAP;
          break;

        case RAMPART_BLOCK_TABLE:
          flow_table (flow, block->table, FALSE, x, width);
          break;

        case RAMPART_BLOCK_KEY_VALUES:
          flow_table (flow, block->table, TRUE, x, width);
          break;

        case RAMPART_BLOCK_FIGURE:
          flow_figure (flow, block, x, width);
          break;

        case RAMPART_BLOCK_PAGE_BREAK:
          if (!at_page_top (flow))
            new_page (flow);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* Measuring ahead */

/* Books this long are measured by two threads. */
#define PREFETCH_MIN_TEXTS 400

typedef struct
{
  RampartLayout *self;
  GArray        *requests;   /* of MetricsKey */
  gint           stop;       /* atomic */
} Prefetch;

static void
request (GArray            *requests,
         const RampartText *text,
         TextClass          cls,
         double             width,
         PangoAlignment     align)
{
  MetricsKey key = { text, cls, width, align };

  if (text != NULL)
    g_array_append_val (requests, key);
}

/* The texts a flow of @blocks measures, at the widths it measures them: as flow_blocks() places them. */
static void
collect_requests (GArray    *requests,
                  GPtrArray *blocks,
                  double     width)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      RampartBlock *block = g_ptr_array_index (blocks, i);

      switch (block->kind)
        {
        case RAMPART_BLOCK_HEADING:
          request (requests, block->text, heading_class (block->level), width, PANGO_ALIGN_LEFT);
          break;

        case RAMPART_BLOCK_PARAGRAPH:
          request (requests, block->text, TEXT_BODY, width, PANGO_ALIGN_LEFT);
          break;

        case RAMPART_BLOCK_CODE:
          request (requests, block->text, TEXT_CODE, width - 2 * NOTE_PAD, PANGO_ALIGN_LEFT);
          break;

        case RAMPART_BLOCK_LIST:
          for (guint item = 0; item < block->items->len; item++)
            collect_requests (requests, g_ptr_array_index (block->items, item), width - LIST_INDENT);
          break;

        case RAMPART_BLOCK_NOTE:
          collect_requests (requests, g_ptr_array_index (block->items, 0), width - 2 * NOTE_PAD - 3);
          break;

        case RAMPART_BLOCK_TABLE:
        case RAMPART_BLOCK_KEY_VALUES:
          {
            RampartTable *table = block->table;
            gboolean labels = block->kind == RAMPART_BLOCK_KEY_VALUES;
            double total = 0;

            for (guint c = 0; c < table->n_columns; c++)
              total += table->widths[c];

            for (guint r = 0; r < table->rows->len; r++)
              {
                GPtrArray *row = g_ptr_array_index (table->rows, r);

                for (guint c = 0; c < row->len; c++)
                  request (requests, g_ptr_array_index (row, c),
                           labels && c % 2 == 0 ? TEXT_LABEL : TEXT_TABLE,
                           width * table->widths[c] / total - 2 * CELL_PAD_X, PANGO_ALIGN_LEFT);
              }
          }
          break;

        case RAMPART_BLOCK_FIGURE:
          request (requests, block->caption, TEXT_CAPTION, width, PANGO_ALIGN_CENTER);
          break;

        case RAMPART_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
}

/*
 * Measures the book's texts from the last one back, with a typesetter of
 * its own, until the flow (which goes forward) has no more use for it.
 */
static gpointer
prefetch_thread (gpointer data)
{
  Prefetch *prefetch = data;
  RampartLayout *self = prefetch->self;
  RampartTypesetter *typesetter = rampart_typesetter_new ();

  for (guint i = prefetch->requests->len; i > 0 && !g_atomic_int_get (&prefetch->stop); i--)
    {
      MetricsKey *lookup = &g_array_index (prefetch->requests, MetricsKey, i - 1);
      gboolean known;

      g_mutex_lock (&self->metrics_lock);
      known = g_hash_table_contains (self->metrics, lookup);
      g_mutex_unlock (&self->metrics_lock);

      if (!known)
        measure (self, typesetter, lookup);
    }

  rampart_typesetter_free (typesetter);
  return NULL;
}

static GThread *
start_prefetch (RampartLayout *self,
                Prefetch      *prefetch,
                double         width)
{
  RampartBook *book = self->book;

  prefetch->self = self;
  prefetch->requests = g_array_new (FALSE, FALSE, sizeof (MetricsKey));
  for (guint i = 0; i < rampart_book_get_n_documents (book); i++)
    collect_requests (prefetch->requests,
                      rampart_document_get_blocks (rampart_book_get_document (book, i)), width);

  if (prefetch->requests->len < PREFETCH_MIN_TEXTS || g_get_num_processors () < 2)
    return NULL;

  return g_thread_new ("rampart-measure", prefetch_thread, prefetch);
}

static void
stop_prefetch (Prefetch *prefetch,
               GThread  *thread)
{
  g_atomic_int_set (&prefetch->stop, TRUE);
  if (thread != NULL)
    g_thread_join (thread);
  g_array_unref (prefetch->requests);
}

/* The book: front matter, then each document */

static RampartText *
labelled (const char *text)
{
  return rampart_text_new_plain (text != NULL && *text != '\0' ? text : "—");
}

static char *
format_date (GDateTime *date)
{
  return g_date_time_format (date, "%Y-%m-%d");
}

static void
place_text_at (RampartLayout     *self,
               Page              *page,
               const RampartText *text,
               TextClass          cls,
               double             x,
               double             y,
               double             width)
{
  g_autoptr(PangoLayout) layout = rampart_typesetter_layout (self->typesetter, text, cls, width, PANGO_ALIGN_LEFT, NULL);
  Item item = { .kind = ITEM_TEXT, .cls = cls, .align = PANGO_ALIGN_LEFT, .first_line = 0,
                .n_lines = pango_layout_get_line_count (layout), .x = x, .y = y,
                .width = width, .text = text };

  add_item (page, &item);
}

static void
layout_cover (Flow *flow)
{
  RampartLayout *self = flow->self;
  RampartBook *book = self->book;
  g_autofree char *date = format_date (rampart_book_get_date (book));
  RampartTable *details = rampart_table_new (2, (double[]) { 1, 2.6 });
  double y = self->page_height * 0.30;
  Page *page = add_page (self, -1, TRUE);

  flow->page = page;
  add_fill (page, MARGIN_SIDE, y - 6, 5, 150, COLOR_ACCENT);
  place_text_at (self, page, own_text (self, rampart_text_new_plain (
                   _("ISO/IEC 27001:2022 · Information security management system"))),
                 TEXT_COVER_KICKER, MARGIN_SIDE + 22, y, flow->width - 22);
  place_text_at (self, page, own_text (self, rampart_text_new_plain (rampart_book_get_title (book))),
                 TEXT_COVER_TITLE, MARGIN_SIDE + 22, y + 22, flow->width - 22);
  place_text_at (self, page, own_text (self, rampart_text_new_plain (rampart_book_get_organisation (book))),
                 TEXT_COVER_ORG, MARGIN_SIDE + 22, y + 100, flow->width - 22);

  rampart_table_add_row (details, (RampartText *[]) { rampart_text_new_plain (_("Date")),
                                                      labelled (date) });
  rampart_table_add_row (details, (RampartText *[]) { rampart_text_new_plain (_("Pack version")),
                                                      labelled (rampart_book_get_version (book)) });
  rampart_table_add_row (details, (RampartText *[]) { rampart_text_new_plain (_("Classification")),
                                                      labelled (rampart_book_get_classification (book)) });
  rampart_table_add_row (details, (RampartText *[]) { rampart_text_new_plain (_("Prepared by")),
                                                      labelled (rampart_book_get_prepared_by (book)) });

  /* The details sit low on the cover, as a block of labelled values. */
  flow->y = self->page_height * 0.68;
  g_ptr_array_add (self->owned_blocks, rampart_block_new_key_values (details));
  flow_table (flow, details, TRUE, MARGIN_SIDE + 22, MIN (flow->width - 22, 320));
}

static void
layout_document_control (Flow *flow)
{
  RampartLayout *self = flow->self;
  RampartBook *book = self->book;
  RampartTable *table = rampart_table_new (7, (double[]) { 1.3, 2.4, 1.0, 1.5, 1.5, 1.1, 1.1 });
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_block_free);

  rampart_table_set_header (table, (const char *[]) {
    _("ID"), _("Document"), _("Version"), _("Owner"), _("Approver"), _("Approved"), _("Next review"), NULL });

  for (guint i = 0; i < rampart_book_get_n_documents (book); i++)
    {
      RampartDocument *document = rampart_book_get_document (book, i);
      g_autofree char *link = g_strdup_printf ("#doc-%s", rampart_document_get_id (document));
      RampartText *title = rampart_text_new ();

      rampart_text_append_link (title, rampart_document_get_title (document), RAMPART_STYLE_NONE, link);
      rampart_table_add_row (table, (RampartText *[]) {
        rampart_text_new_plain (rampart_document_get_id (document)),
        title,
        labelled (rampart_document_get_version (document)),
        labelled (rampart_document_get_owner (document)),
        labelled (rampart_document_get_approver (document)),
        labelled (rampart_document_get_approved_on (document)),
        labelled (rampart_document_get_next_review (document)),
      });
    }

  new_page (flow);
  g_ptr_array_add (blocks, rampart_block_new_heading (1, rampart_text_new_plain (_("Document control")),
                                                      "document-control"));
  g_ptr_array_add (blocks, rampart_block_new_paragraph (rampart_text_new_plain (
    _("The documents of this pack, with the version, owner and approval of each. Every document is "
      "reviewed at least once a year and whenever the organisation or its risks change."))));
  g_ptr_array_add (blocks, rampart_block_new_table (table));
  flow_blocks (flow, blocks, flow->left, flow->width, NULL);
  g_hash_table_insert (self->key_dests, self, g_hash_table_lookup (self->key_dests,
                                                                   g_ptr_array_index (blocks, 0)));

  /* The pages refer to these blocks' texts. */
  g_ptr_array_extend_and_steal (self->owned_blocks, g_steal_pointer (&blocks));
}

typedef struct
{
  int                level;
  const RampartText *title;
  gconstpointer      key;    /* the heading block, the document, or the layout for document control */
} TocEntry;

static double
toc_line_height (RampartLayout *self)
{
  return text_height (self, own_text (self, rampart_text_new_plain ("Ag")), TEXT_TOC, 400, 1) + 4;
}

/* The contents list documents and their sections: known before the layout, so its pages are too. */
static GArray *
collect_toc (RampartLayout *self)
{
  RampartBook *book = self->book;
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (TocEntry));
  TocEntry control = { 1, own_text (self, rampart_text_new_plain (_("Document control"))), self };

  g_array_append_val (entries, control);
  for (guint d = 0; d < rampart_book_get_n_documents (book); d++)
    {
      RampartDocument *document = rampart_book_get_document (book, d);
      GPtrArray *blocks = rampart_document_get_blocks (document);
      TocEntry entry = { 1, own_text (self, rampart_text_new_plain (rampart_document_get_title (document))),
                         document };

      g_array_append_val (entries, entry);
      for (guint b = 0; b < blocks->len; b++)
        {
          RampartBlock *block = g_ptr_array_index (blocks, b);

          if (block->kind == RAMPART_BLOCK_HEADING && block->level == 2)
            {
              TocEntry section = { 2, block->text, block };

              g_array_append_val (entries, section);
            }
        }
    }

  return entries;
}

static guint
reserve_toc (Flow   *flow,
             GArray *entries)
{
  RampartLayout *self = flow->self;
  double first_page = flow->bottom - flow->top - 40;
  double per_page = flow->bottom - flow->top;
  double line = toc_line_height (self);
  guint first_fit = (guint) floor (first_page / line);
  guint fit = (guint) floor (per_page / line);
  guint n_pages = 1;

  if (entries->len > first_fit)
    n_pages += (entries->len - first_fit + fit - 1) / fit;

  for (guint i = 0; i < n_pages; i++)
    new_page (flow);

  return n_pages;
}

static void
fill_toc (RampartLayout *self,
          Flow          *flow,
          guint          first_page,
          GArray        *entries)
{
  const RampartText *title = own_text (self, rampart_text_new_plain (_("Contents")));
  double line = toc_line_height (self);
  double number_width = 36;
  const char *dest = unique_dest (self, "contents");
  guint page = first_page;
  guint outline_at = 0;
  RampartOutlineEntry contents = { 1, g_strdup (_("Contents")), g_strdup (dest), first_page };
  double y;

  flow->page = g_ptr_array_index (self->pages, page);
  {
    Item heading = { .kind = ITEM_TEXT, .cls = TEXT_H1, .align = PANGO_ALIGN_LEFT, .n_lines = 1,
                     .x = flow->left, .y = flow->top, .width = flow->width, .text = title, .dest = dest };

    add_item (flow->page, &heading);
  }
  y = flow->top + 40;

  /* "Contents" comes right after "Document control" in the bookmarks. */
  for (guint i = 0; i < self->outline->len; i++)
    if (g_str_equal (g_array_index (self->outline, RampartOutlineEntry, i).dest, "document-control"))
      outline_at = i + 1;
  g_array_insert_val (self->outline, outline_at, contents);

  for (guint i = 0; i < entries->len; i++)
    {
      TocEntry *entry = &g_array_index (entries, TocEntry, i);
      const char *target_dest = g_hash_table_lookup (self->key_dests, entry->key);
      double indent = entry->level == 1 ? 0 : 16;
      g_autofree char *number = NULL;
      Item text = { .kind = ITEM_TEXT, .cls = entry->level == 1 ? TEXT_TOC_MAJOR : TEXT_TOC,
                    .align = PANGO_ALIGN_LEFT, .n_lines = 1 };
      Item leader = { .kind = ITEM_LEADER, .color = 0x999999 };
      Item link = { .kind = ITEM_LINK };
      Item page_number = { .kind = ITEM_TEXT, .cls = text.cls, .align = PANGO_ALIGN_RIGHT, .n_lines = 1 };
      const RampartOutlineEntry *target = NULL;
      double title_width;

      for (guint d = 0; target_dest != NULL && d < self->outline->len; d++)
        if (g_str_equal (g_array_index (self->outline, RampartOutlineEntry, d).dest, target_dest))
          target = &g_array_index (self->outline, RampartOutlineEntry, d);
      if (target == NULL)
        continue;

      if (y + line > flow->bottom)
        {
          flow->page = g_ptr_array_index (self->pages, ++page);
          y = flow->top;
        }

      {
        g_autoptr(PangoLayout) measured = rampart_typesetter_layout (self->typesetter, entry->title, text.cls, flow->width, PANGO_ALIGN_LEFT, NULL);
        int w, h;

        pango_layout_get_size (measured, &w, &h);
        title_width = MIN ((double) w / PANGO_SCALE, flow->width - indent - number_width - 24);
      }

      text.x = flow->left + indent;
      text.y = y;
      text.width = flow->width - indent - number_width - 12;
      text.text = entry->title;
      add_item (flow->page, &text);

      number = g_strdup_printf ("%u", target->page + 1);
      page_number.text = own_text (self, rampart_text_new_plain (number));
      page_number.x = flow->left + flow->width - number_width;
      page_number.y = y;
      page_number.width = number_width;
      add_item (flow->page, &page_number);

      leader.x = flow->left + indent + title_width + 6;
      leader.y = y + line - 8;
      leader.width = flow->width - indent - title_width - number_width - 10;
      if (leader.width > 10)
        add_item (flow->page, &leader);

      link.x = flow->left + indent;
      link.y = y;
      link.width = flow->width - indent;
      link.height = line - 2;
      link.dest = own_string (self, target->dest);
      add_item (flow->page, &link);

      y += line;
    }
}

/* The revisions of a controlled document, the first first, after its control block. */
static void
add_revision_history (GPtrArray       *front,
                      RampartDocument *document)
{
  GPtrArray *revisions = rampart_document_get_revisions (document);
  RampartTable *table;
  RampartBlock *lead;

  if (revisions->len == 0)
    return;

  table = rampart_table_new (4, (double[]) { 0.8, 1.1, 2.0, 4.0 });
  rampart_table_set_header (table, (const char *[]) { _("Version"), _("Approved"), _("Approved by"),
                                                      _("Changes"), NULL });
  for (guint i = 0; i + 3 < revisions->len; i += 4)
    rampart_table_add_row (table, (RampartText *[]) {
      labelled (g_ptr_array_index (revisions, i)),
      labelled (g_ptr_array_index (revisions, i + 1)),
      labelled (g_ptr_array_index (revisions, i + 2)),
      labelled (g_ptr_array_index (revisions, i + 3)) });

  lead = rampart_block_new_paragraph (rampart_text_new_styled (_("Revision history"), RAMPART_STYLE_BOLD));
  rampart_block_set_keep_with_next (lead, TRUE);
  g_ptr_array_add (front, lead);
  g_ptr_array_add (front, rampart_block_new_table (table));
}

static void
layout_document (Flow            *flow,
                 RampartDocument *document,
                 int              index)
{
  RampartLayout *self = flow->self;
  g_autoptr(GPtrArray) front = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_block_free);
  g_autofree char *anchor = g_strdup_printf ("doc-%s", rampart_document_get_id (document));
  RampartTable *control = rampart_table_new (4, (double[]) { 1, 1.6, 1, 1.6 });

  flow->document = index;
  new_page (flow);

  /* Every document opens with its title and its document-control details. */
  g_ptr_array_add (front, rampart_block_new_heading (1, rampart_text_new_plain (rampart_document_get_title (document)),
                                                     anchor));
  rampart_table_add_row (control, (RampartText *[]) {
    rampart_text_new_plain (_("Document")), rampart_text_new_plain (rampart_document_get_id (document)),
    rampart_text_new_plain (_("Version")), labelled (rampart_document_get_version (document)) });
  rampart_table_add_row (control, (RampartText *[]) {
    rampart_text_new_plain (_("Owner")), labelled (rampart_document_get_owner (document)),
    rampart_text_new_plain (_("Approver")), labelled (rampart_document_get_approver (document)) });
  rampart_table_add_row (control, (RampartText *[]) {
    rampart_text_new_plain (_("Approved")), labelled (rampart_document_get_approved_on (document)),
    rampart_text_new_plain (_("Next review")), labelled (rampart_document_get_next_review (document)) });
  {
    GPtrArray *details = rampart_document_get_details (document);

    /* Two more labelled values a line, as above */
    for (guint i = 0; i + 1 < details->len; i += 4)
      rampart_table_add_row (control, (RampartText *[]) {
        rampart_text_new_plain (g_ptr_array_index (details, i)),
        labelled (g_ptr_array_index (details, i + 1)),
        i + 3 < details->len ? rampart_text_new_plain (g_ptr_array_index (details, i + 2)) : NULL,
        i + 3 < details->len ? labelled (g_ptr_array_index (details, i + 3)) : NULL });
  }
  g_ptr_array_add (front, rampart_block_new_key_values (control));
  add_revision_history (front, document);

  flow_blocks (flow, front, flow->left, flow->width, NULL);
  g_hash_table_insert (self->key_dests, document,
                       g_hash_table_lookup (self->key_dests, g_ptr_array_index (front, 0)));
  flow_blocks (flow, rampart_document_get_blocks (document), flow->left, flow->width, NULL);

  /* The pages refer to these blocks' texts. */
  g_ptr_array_extend_and_steal (self->owned_blocks, g_steal_pointer (&front));
}

/* GObject */

static void
rampart_layout_finalize (GObject *object)
{
  RampartLayout *self = RAMPART_LAYOUT (object);

  _rampart_layout_clear_cache (self);
  g_clear_pointer (&self->metrics, g_hash_table_unref);
  g_mutex_clear (&self->metrics_lock);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  for (guint i = 0; self->outline != NULL && i < self->outline->len; i++)
    {
      g_free (g_array_index (self->outline, RampartOutlineEntry, i).title);
      g_free (g_array_index (self->outline, RampartOutlineEntry, i).dest);
    }
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_pointer (&self->dests, g_hash_table_unref);
  g_clear_pointer (&self->owned_texts, g_ptr_array_unref);
  g_clear_pointer (&self->owned_blocks, g_ptr_array_unref);
  g_clear_pointer (&self->key_dests, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->typesetter, rampart_typesetter_free);
  g_clear_object (&self->book);

  G_OBJECT_CLASS (rampart_layout_parent_class)->finalize (object);
}

static void
rampart_layout_class_init (RampartLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rampart_layout_finalize;
}

static void
rampart_layout_init (RampartLayout *self)
{
  self->pages = g_ptr_array_new_with_free_func (page_free);
  self->outline = g_array_new (FALSE, FALSE, sizeof (RampartOutlineEntry));
  self->dests = g_hash_table_new (g_str_hash, g_str_equal);
  self->owned_texts = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_text_free);
  self->owned_blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_block_free);
  self->key_dests = g_hash_table_new (NULL, NULL);
  self->strings = g_string_chunk_new (1024);
  g_mutex_init (&self->metrics_lock);
  self->metrics = g_hash_table_new_full (metrics_key_hash, metrics_key_equal, g_free,
                                         (GDestroyNotify) g_array_unref);
}

/**
 * rampart_layout_new:
 * @book: what to lay out
 * @paper: the paper size
 * @progress: (nullable) (scope call): called as pages are laid out
 * @user_data: data for @progress
 * @cancellable: (nullable): stops the work
 * @error: return location for a #GError
 *
 * Lays @book out in pages. May run in any thread; the layout is then used
 * by one thread at a time.
 *
 * Returns: (transfer full): the layout, or %NULL if cancelled
 */
RampartLayout *
rampart_layout_new (RampartBook          *book,
                    RampartPaper          paper,
                    RampartProgressFunc   progress,
                    gpointer              user_data,
                    GCancellable         *cancellable,
                    GError              **error)
{
  g_autoptr(RampartLayout) self = g_object_new (RAMPART_TYPE_LAYOUT, NULL);
  g_autoptr(GArray) toc = NULL;
  Flow flow = { 0, };
  Prefetch prefetch = { 0, };
  GThread *prefetcher;
  guint toc_page = 0;

  g_return_val_if_fail (RAMPART_IS_BOOK (book), NULL);

  self->book = g_object_ref (book);
  rampart_paper_get_size (paper, &self->page_width, &self->page_height);
  self->typesetter = rampart_typesetter_new ();

  flow.self = self;
  flow.document = -1;
  flow.top = MARGIN_TOP;
  flow.bottom = self->page_height - MARGIN_BOTTOM;
  flow.left = MARGIN_SIDE;
  flow.width = self->page_width - 2 * MARGIN_SIDE;
  flow.boxes = g_array_new (FALSE, FALSE, sizeof (Box));
  flow.progress = progress;
  flow.progress_data = user_data;
  flow.cancellable = cancellable;

  prefetcher = start_prefetch (self, &prefetch, flow.width);

  if (rampart_book_get_front_matter (book))
    {
      layout_cover (&flow);
      layout_document_control (&flow);
      toc = collect_toc (self);
      toc_page = self->pages->len;
      reserve_toc (&flow, toc);
    }

  for (guint i = 0; i < rampart_book_get_n_documents (book); i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      layout_document (&flow, rampart_book_get_document (book, i), (int) i);
    }

  stop_prefetch (&prefetch, prefetcher);

  if (self->pages->len == 0)
    new_page (&flow);

  if (toc != NULL)
    fill_toc (self, &flow, toc_page, toc);

  g_array_unref (flow.boxes);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * rampart_layout_get_book:
 * @self: a #RampartLayout
 *
 * Returns: (transfer none): the book laid out
 */
RampartBook *
rampart_layout_get_book (RampartLayout *self)
{
  return self->book;
}

guint
rampart_layout_get_n_pages (RampartLayout *self)
{
  g_return_val_if_fail (RAMPART_IS_LAYOUT (self), 0);

  return self->pages->len;
}

void
rampart_layout_get_page_size (RampartLayout *self,
                              double        *width,
                              double        *height)
{
  *width = self->page_width;
  *height = self->page_height;
}

/**
 * rampart_layout_get_missing_glyphs:
 * @self: a #RampartLayout
 *
 * Returns: how many characters no installed font could show; they appear
 *   as boxes
 */
guint
rampart_layout_get_missing_glyphs (RampartLayout *self)
{
  g_return_val_if_fail (RAMPART_IS_LAYOUT (self), 0);

  return self->missing_glyphs;
}

/* For tests: every placed piece of text, to check how paragraphs break. */
GArray *
_rampart_layout_get_text_fragments (RampartLayout *self)
{
  GArray *fragments = g_array_new (FALSE, FALSE, sizeof (RampartTextFragment));

  for (guint p = 0; p < self->pages->len; p++)
    {
      Page *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->items->len; i++)
        {
          const Item *item = &g_array_index (page->items, Item, i);
          RampartTextFragment fragment;

          if (item->kind != ITEM_TEXT)
            continue;

          fragment.page = p;
          fragment.text = item->text;
          fragment.first_line = item->first_line;
          fragment.n_lines = item->n_lines;
          fragment.total_lines = _rampart_layout_text_lines (self, item->text, item->cls, item->width, item->align)->len;
          g_array_append_val (fragments, fragment);
        }
    }

  return fragments;
}

/**
 * rampart_layout_get_outline:
 * @self: a #RampartLayout
 *
 * Returns: (transfer none) (element-type RampartOutlineEntry): the headings,
 *   in order, as the PDF bookmarks list them
 */
GArray *
rampart_layout_get_outline (RampartLayout *self)
{
  return self->outline;
}

