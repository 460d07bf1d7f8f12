/* rampart-layout.h: a book laid out in pages, drawn to PDF, print or screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "rampart-book.h"
#include "rampart-paper.h"

G_BEGIN_DECLS

/**
 * RampartProgressFunc:
 * @pages: pages laid out or written so far
 * @user_data: data given with the function
 *
 * Reports progress; called from the thread that does the work.
 */
typedef void (*RampartProgressFunc) (guint    pages,
                                     gpointer user_data);

/**
 * RampartOutlineEntry:
 * @level: 1 to 3
 * @title: the heading's text
 * @dest: the name of its destination in the PDF
 * @page: the page it is on, from 0
 *
 * A heading, as the table of contents and the PDF bookmarks list it.
 */
typedef struct
{
  int    level;
  char  *title;
  char  *dest;
  guint  page;
} RampartOutlineEntry;

#define RAMPART_TYPE_LAYOUT (rampart_layout_get_type ())

G_DECLARE_FINAL_TYPE (RampartLayout, rampart_layout, RAMPART, LAYOUT, GObject)

RampartLayout *rampart_layout_new            (RampartBook          *book,
                                              RampartPaper          paper,
                                              RampartProgressFunc   progress,
                                              gpointer              user_data,
                                              GCancellable         *cancellable,
                                              GError              **error);
RampartBook   *rampart_layout_get_book       (RampartLayout        *self);
guint          rampart_layout_get_n_pages    (RampartLayout        *self);
void           rampart_layout_get_page_size  (RampartLayout        *self,
                                              double               *width,
                                              double               *height);
GArray        *rampart_layout_get_outline    (RampartLayout        *self);
guint          rampart_layout_get_missing_glyphs
                                             (RampartLayout        *self);
void           rampart_layout_draw_page      (RampartLayout        *self,
                                              cairo_t              *cr,
                                              guint                 page);
gboolean       rampart_layout_write_pdf      (RampartLayout        *self,
                                              GOutputStream        *stream,
                                              RampartProgressFunc   progress,
                                              gpointer              user_data,
                                              GCancellable         *cancellable,
                                              GError              **error);

G_END_DECLS
