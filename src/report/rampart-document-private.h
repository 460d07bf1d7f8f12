/* rampart-document-private.h: what the layout reads of documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-document.h"

G_BEGIN_DECLS

typedef enum
{
  RAMPART_BLOCK_HEADING,
  RAMPART_BLOCK_PARAGRAPH,
  RAMPART_BLOCK_CODE,
  RAMPART_BLOCK_LIST,
  RAMPART_BLOCK_TABLE,
  RAMPART_BLOCK_KEY_VALUES,
  RAMPART_BLOCK_NOTE,
  RAMPART_BLOCK_FIGURE,
  RAMPART_BLOCK_PAGE_BREAK,
} RampartBlockKind;

struct _RampartTable
{
  guint       n_columns;
  double     *widths;    /* relative */
  GPtrArray  *header;    /* of RampartText, or NULL */
  GPtrArray  *rows;      /* of GPtrArray of RampartText */
  double      min_row_height;
};

struct _RampartBlock
{
  RampartBlockKind  kind;

  /* Headings */
  int               level;
  char             *anchor;

  /* Headings, paragraphs, code */
  RampartText      *text;

  /* Paragraphs */
  gboolean          keep_with_next;

  /* Lists: items, each a GPtrArray of blocks; notes: one such array */
  gboolean          ordered;
  guint             start;
  GPtrArray        *items;
  RampartNoteKind   note_kind;

  /* Tables and key/value blocks */
  RampartTable     *table;

  /* Figures */
  double            width;
  double            height;
  RampartDrawFunc   draw;
  gpointer          draw_data;
  GDestroyNotify    draw_destroy;
  RampartText      *caption;
};

G_END_DECLS
