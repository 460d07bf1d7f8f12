/* rampart-document.h: the document model: a controlled document made of blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "rampart-text.h"

G_BEGIN_DECLS

/**
 * RampartNoteKind:
 * @RAMPART_NOTE_INFO: a remark or explanation
 * @RAMPART_NOTE_WARNING: something that needs attention
 *
 * How a note (a callout) looks.
 */
typedef enum
{
  RAMPART_NOTE_INFO,
  RAMPART_NOTE_WARNING,
} RampartNoteKind;

/**
 * RampartDrawFunc:
 * @cr: where to draw, with the origin at the figure's top left corner
 * @width: the figure's width in points
 * @height: the figure's height in points
 * @user_data: the data given with the function
 *
 * Draws a figure, such as a chart, with cairo. It is called once for each
 * output (the PDF, a printed page), so it must draw the same each time.
 */
typedef void (*RampartDrawFunc) (cairo_t  *cr,
                                 double    width,
                                 double    height,
                                 gpointer  user_data);

typedef struct _RampartBlock RampartBlock;
typedef struct _RampartTable RampartTable;

/* Tables */

RampartTable *rampart_table_new             (guint                n_columns,
                                             const double        *widths);
void          rampart_table_free            (RampartTable        *self);
void          rampart_table_set_header      (RampartTable        *self,
                                             const char * const  *titles);
void          rampart_table_add_row         (RampartTable        *self,
                                             RampartText        **cells);
void          rampart_table_add_row_plain   (RampartTable        *self,
                                             const char * const  *cells);
void          rampart_table_set_min_row_height
                                            (RampartTable        *self,
                                             double               height);
guint         rampart_table_get_n_rows      (RampartTable        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RampartTable, rampart_table_free)

/* Blocks */

RampartBlock *rampart_block_new_heading     (int                  level,
                                             RampartText         *text,
                                             const char          *anchor);
RampartBlock *rampart_block_new_paragraph   (RampartText         *text);
void          rampart_block_set_keep_with_next
                                            (RampartBlock        *paragraph,
                                             gboolean             keep);
RampartBlock *rampart_block_new_code        (const char          *text);
RampartBlock *rampart_block_new_list        (gboolean             ordered,
                                             guint                start);
GPtrArray    *rampart_block_list_add_item   (RampartBlock        *list);
RampartBlock *rampart_block_new_table       (RampartTable        *table);
RampartBlock *rampart_block_new_key_values  (RampartTable        *pairs);
RampartBlock *rampart_block_new_note        (RampartNoteKind      kind);
GPtrArray    *rampart_block_get_children    (RampartBlock        *container);
RampartBlock *rampart_block_new_figure      (double               width,
                                             double               height,
                                             RampartDrawFunc      draw,
                                             gpointer             user_data,
                                             GDestroyNotify       destroy,
                                             RampartText         *caption);
RampartBlock *rampart_block_new_page_break  (void);
void          rampart_block_free            (RampartBlock        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RampartBlock, rampart_block_free)

/* Documents */

#define RAMPART_TYPE_DOCUMENT (rampart_document_get_type ())

G_DECLARE_FINAL_TYPE (RampartDocument, rampart_document, RAMPART, DOCUMENT, GObject)

RampartDocument *rampart_document_new              (const char       *id,
                                                    const char       *title);
const char      *rampart_document_get_id           (RampartDocument  *self);
const char      *rampart_document_get_title        (RampartDocument  *self);
const char      *rampart_document_get_version      (RampartDocument  *self);
void             rampart_document_set_version      (RampartDocument  *self,
                                                    const char       *version);
const char      *rampart_document_get_owner        (RampartDocument  *self);
void             rampart_document_set_owner        (RampartDocument  *self,
                                                    const char       *owner);
const char      *rampart_document_get_approver     (RampartDocument  *self);
void             rampart_document_set_approver     (RampartDocument  *self,
                                                    const char       *approver);
const char      *rampart_document_get_approved_on  (RampartDocument  *self);
void             rampart_document_set_approved_on  (RampartDocument  *self,
                                                    const char       *date);
const char      *rampart_document_get_next_review  (RampartDocument  *self);
void             rampart_document_set_next_review  (RampartDocument  *self,
                                                    const char       *date);
const char      *rampart_document_get_classification
                                                   (RampartDocument  *self);
void             rampart_document_set_classification
                                                   (RampartDocument  *self,
                                                    const char       *classification);
gboolean         rampart_document_get_draft        (RampartDocument  *self);
void             rampart_document_set_draft        (RampartDocument  *self,
                                                    gboolean          draft);
void             rampart_document_add_detail       (RampartDocument  *self,
                                                    const char       *label,
                                                    const char       *value);
GPtrArray       *rampart_document_get_details      (RampartDocument  *self);
void             rampart_document_add_revision     (RampartDocument  *self,
                                                    const char       *version,
                                                    const char       *date,
                                                    const char       *approved_by,
                                                    const char       *summary);
GPtrArray       *rampart_document_get_revisions    (RampartDocument  *self);

void             rampart_document_add              (RampartDocument  *self,
                                                    RampartBlock     *block);
GPtrArray       *rampart_document_get_blocks       (RampartDocument  *self);
void             rampart_document_add_heading      (RampartDocument  *self,
                                                    int               level,
                                                    const char       *text,
                                                    const char       *anchor);
void             rampart_document_add_paragraph    (RampartDocument  *self,
                                                    RampartText      *text);
void             rampart_document_add_plain        (RampartDocument  *self,
                                                    const char       *text);
void             rampart_document_add_note         (RampartDocument  *self,
                                                    RampartNoteKind   kind,
                                                    RampartText      *text);
gboolean         rampart_document_add_markdown     (RampartDocument  *self,
                                                    const char       *markdown,
                                                    GError          **error);

G_END_DECLS
