/* rampart-layout-private.h: what tests read of a layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-layout.h"
#include "rampart-document-private.h"
#include "rampart-typesetter-private.h"

G_BEGIN_DECLS

typedef struct
{
  guint              page;
  const RampartText *text;
  guint              first_line;
  guint              n_lines;
  guint              total_lines;
} RampartTextFragment;

GArray *_rampart_layout_get_text_fragments (RampartLayout *self);

/* What follows is shared by the files of the layout, not by tests. */

/* Geometry, in points */
#define MARGIN_SIDE      62.0
#define MARGIN_TOP       80.0
#define MARGIN_BOTTOM    72.0
#define HEADER_BASELINE  46.0
#define FOOTER_FROM_BOTTOM 40.0
#define LIST_INDENT      18.0
#define CELL_PAD_X        5.0
#define CELL_PAD_Y        3.5
#define NOTE_PAD          9.0
#define PARAGRAPH_GAP     6.0
#define CACHE_SIZE       32

#define COLOR_ACCENT       0x1a5fb4
#define COLOR_RULE         0xc0c4c8
#define COLOR_HEADER_FILL  0xe8edf3
#define COLOR_CODE_FILL    0xf2f2f2
#define COLOR_INFO_FILL    0xeef4fb
#define COLOR_WARNING_FILL 0xfdf3e1
#define COLOR_WARNING_BAR  0xc87800

typedef enum
{
  ITEM_TEXT,     /* lines of a text */
  ITEM_FILL,     /* a filled rectangle */
  ITEM_RULE,     /* a horizontal line */
  ITEM_LEADER,   /* a dotted line, as in the table of contents */
  ITEM_FIGURE,   /* a figure's drawing */
  ITEM_LINK,     /* a clickable area leading to a destination */
} ItemKind;

typedef struct
{
  ItemKind           kind;
  TextClass          cls;
  PangoAlignment     align;
  guint              first_line;
  guint              n_lines;
  double             x;
  double             y;
  double             width;
  double             height;
  guint32            color;
  const RampartText *text;    /* borrowed from the book, or owned by the layout */
  const RampartBlock *figure;
  const char        *dest;    /* owned by the layout */
} Item;

typedef struct
{
  GArray *items;              /* of Item, in drawing order */
  int     document;           /* index of the document, or -1 for front matter */
  gboolean plain;             /* the cover: no running header or footer */
} Page;

typedef struct
{
  const RampartText *text;
  TextClass          cls;
  double             width;
  PangoAlignment     align;
  PangoLayout       *layout;
  GArray            *links;   /* of Link */
} CacheEntry;

struct _RampartLayout
{
  GObject       parent_instance;

  RampartBook  *book;
  double        page_width;
  double        page_height;
  RampartTypesetter *typesetter;
  GPtrArray    *pages;        /* of Page */
  GArray       *outline;      /* of RampartOutlineEntry */
  GHashTable   *dests;        /* names in use */
  GPtrArray    *owned_texts;  /* markers, numbers and labels the layout made */
  GPtrArray    *owned_blocks; /* blocks the layout made, such as each document's details */
  GHashTable   *key_dests;    /* heading block or document → its destination */
  GStringChunk *strings;
  CacheEntry    cache[CACHE_SIZE];
  guint         cache_next;
  GHashTable   *metrics;      /* MetricsKey → GArray of LineMetrics, under metrics_lock */
  GMutex        metrics_lock;
  guint         missing_glyphs;
};

GArray      *_rampart_layout_text_lines   (RampartLayout     *self,
                                           const RampartText *text,
                                           TextClass          cls,
                                           double             width,
                                           PangoAlignment     align);
CacheEntry  *_rampart_layout_cached       (RampartLayout     *self,
                                           const RampartText *text,
                                           TextClass          cls,
                                           double             width,
                                           PangoAlignment     align);
void         _rampart_layout_clear_cache  (RampartLayout     *self);
char        *_rampart_layout_dest_for_link (const char       *link);

G_END_DECLS
