/* rampart-document.c: the document model: a controlled document made of blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-document"

#include "config.h"

#include "rampart-document-private.h"

/* Tables */

/**
 * rampart_table_new:
 * @n_columns: how many columns
 * @widths: (array length=n_columns) (nullable): relative column widths, or
 *   %NULL for equal columns
 *
 * Returns: (transfer full): an empty table
 */
RampartTable *
rampart_table_new (guint         n_columns,
                   const double *widths)
{
  RampartTable *self = g_new0 (RampartTable, 1);

  g_return_val_if_fail (n_columns > 0, NULL);

  self->n_columns = n_columns;
  self->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    self->widths[i] = widths != NULL && widths[i] > 0 ? widths[i] : 1.0;
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  return self;
}

void
rampart_table_free (RampartTable *self)
{
  if (self == NULL)
    return;

  g_free (self->widths);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

static GPtrArray *
new_cells (guint n_columns)
{
  return g_ptr_array_new_full (n_columns, (GDestroyNotify) rampart_text_free);
}

/**
 * rampart_table_set_header:
 * @self: a #RampartTable
 * @titles: (array zero-terminated=1): one title per column
 *
 * Sets the header row, repeated at the top of every page the table spans.
 */
void
rampart_table_set_header (RampartTable       *self,
                          const char * const *titles)
{
  g_clear_pointer (&self->header, g_ptr_array_unref);
  self->header = new_cells (self->n_columns);

  for (guint i = 0; i < self->n_columns; i++)
    g_ptr_array_add (self->header,
                     rampart_text_new_plain (titles != NULL && g_strv_length ((char **) titles) > i
                                             ? titles[i] : ""));
}

/**
 * rampart_table_add_row:
 * @self: a #RampartTable
 * @cells: (array) (transfer full): one text per column; a %NULL cell is empty
 *
 * Adds a row, taking the cells.
 */
void
rampart_table_add_row (RampartTable  *self,
                       RampartText  **cells)
{
  GPtrArray *row = new_cells (self->n_columns);

  for (guint i = 0; i < self->n_columns; i++)
    g_ptr_array_add (row, cells[i] != NULL ? cells[i] : rampart_text_new ());

  g_ptr_array_add (self->rows, row);
}

/**
 * rampart_table_add_row_plain:
 * @self: a #RampartTable
 * @cells: (array): one plain text per column
 */
void
rampart_table_add_row_plain (RampartTable       *self,
                             const char * const *cells)
{
  GPtrArray *row = new_cells (self->n_columns);

  for (guint i = 0; i < self->n_columns; i++)
    g_ptr_array_add (row, rampart_text_new_plain (cells[i]));

  g_ptr_array_add (self->rows, row);
}

/**
 * rampart_table_set_min_row_height:
 * @self: a #RampartTable
 * @height: the least height of a row, in points
 *
 * Rows are as tall as their text needs, and at least @height: room to
 * write by hand, as on a signature sheet.
 */
void
rampart_table_set_min_row_height (RampartTable *self,
                                  double        height)
{
  self->min_row_height = MAX (height, 0);
}

guint
rampart_table_get_n_rows (RampartTable *self)
{
  return self->rows->len;
}

/* Blocks */

static RampartBlock *
block_new (RampartBlockKind kind)
{
  RampartBlock *self = g_new0 (RampartBlock, 1);

  self->kind = kind;
  return self;
}

void
rampart_block_free (RampartBlock *self)
{
  if (self == NULL)
    return;

  g_free (self->anchor);
  rampart_text_free (self->text);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  rampart_table_free (self->table);
  if (self->draw_destroy != NULL)
    self->draw_destroy (self->draw_data);
  rampart_text_free (self->caption);
  g_free (self);
}

/**
 * rampart_block_new_heading:
 * @level: 1 for a document's title, 2 and 3 for its sections
 * @text: (transfer full): the heading
 * @anchor: (nullable): a name links can lead to, as "#name"
 *
 * Returns: (transfer full): a heading, which the table of contents and
 *   the PDF bookmarks list
 */
RampartBlock *
rampart_block_new_heading (int          level,
                           RampartText *text,
                           const char  *anchor)
{
  RampartBlock *self = block_new (RAMPART_BLOCK_HEADING);

  self->level = CLAMP (level, 1, 3);
  self->text = text;
  self->anchor = g_strdup (anchor);
  return self;
}

RampartBlock *
rampart_block_new_paragraph (RampartText *text)
{
  RampartBlock *self = block_new (RAMPART_BLOCK_PARAGRAPH);

  self->text = text;
  return self;
}

/**
 * rampart_block_set_keep_with_next:
 * @paragraph: a paragraph
 * @keep: whether the paragraph goes with the start of the next block
 *
 * Keeps a paragraph on the page of what follows it, as a heading is: for a
 * short label that introduces a list or a table, which must not end a page
 * alone.
 */
void
rampart_block_set_keep_with_next (RampartBlock *paragraph,
                                  gboolean      keep)
{
  g_return_if_fail (paragraph->kind == RAMPART_BLOCK_PARAGRAPH);

  paragraph->keep_with_next = keep;
}

/* Preformatted text in a monospace font, such as a command or a configuration. */
RampartBlock *
rampart_block_new_code (const char *text)
{
  RampartBlock *self = block_new (RAMPART_BLOCK_CODE);

  self->text = rampart_text_new_styled (text, RAMPART_STYLE_CODE);
  return self;
}

/**
 * rampart_block_new_list:
 * @ordered: numbered rather than bulleted
 * @start: the first number of a numbered list
 *
 * Returns: (transfer full): an empty list; add items with
 *   rampart_block_list_add_item()
 */
RampartBlock *
rampart_block_new_list (gboolean ordered,
                        guint    start)
{
  RampartBlock *self = block_new (RAMPART_BLOCK_LIST);

  self->ordered = ordered;
  self->start = start;
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return self;
}

/**
 * rampart_block_list_add_item:
 * @list: a list block
 *
 * Returns: (transfer none): the new item's blocks, to add paragraphs and
 *   nested lists to
 */
GPtrArray *
rampart_block_list_add_item (RampartBlock *list)
{
  GPtrArray *item = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_block_free);

  g_return_val_if_fail (list->kind == RAMPART_BLOCK_LIST, NULL);

  g_ptr_array_add (list->items, item);
  return item;
}

RampartBlock *
rampart_block_new_table (RampartTable *table)
{
  RampartBlock *self = block_new (RAMPART_BLOCK_TABLE);

  self->table = table;
  return self;
}

/**
 * rampart_block_new_key_values:
 * @pairs: (transfer full): a table of labels and values: two columns, or
 *   four for two pairs side by side
 *
 * Returns: (transfer full): a block of labelled values, such as the
 *   details of a record
 */
RampartBlock *
rampart_block_new_key_values (RampartTable *pairs)
{
  RampartBlock *self = block_new (RAMPART_BLOCK_KEY_VALUES);

  g_return_val_if_fail (pairs->n_columns % 2 == 0, NULL);

  self->table = pairs;
  return self;
}

/**
 * rampart_block_new_note:
 * @kind: how the note looks
 *
 * Returns: (transfer full): an empty note (a callout); add its content to
 *   rampart_block_get_children()
 */
RampartBlock *
rampart_block_new_note (RampartNoteKind kind)
{
  RampartBlock *self = block_new (RAMPART_BLOCK_NOTE);

  self->note_kind = kind;
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_ptr_array_add (self->items, g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_block_free));
  return self;
}

/**
 * rampart_block_get_children:
 * @container: a note
 *
 * Returns: (transfer none): the blocks inside the note
 */
GPtrArray *
rampart_block_get_children (RampartBlock *container)
{
  g_return_val_if_fail (container->kind == RAMPART_BLOCK_NOTE, NULL);

  return g_ptr_array_index (container->items, 0);
}

/**
 * rampart_block_new_figure:
 * @width: width in points; 0 for the full width of the text
 * @height: height in points
 * @draw: draws the figure
 * @user_data: data for @draw
 * @destroy: (nullable): frees @user_data with the block
 * @caption: (transfer full) (nullable): a caption below the figure
 *
 * Returns: (transfer full): a figure drawn with cairo
 */
RampartBlock *
rampart_block_new_figure (double           width,
                          double           height,
                          RampartDrawFunc  draw,
                          gpointer         user_data,
                          GDestroyNotify   destroy,
                          RampartText     *caption)
{
  RampartBlock *self = block_new (RAMPART_BLOCK_FIGURE);

  self->width = MAX (width, 0);
  self->height = MAX (height, 1);
  self->draw = draw;
  self->draw_data = user_data;
  self->draw_destroy = destroy;
  self->caption = caption;
  return self;
}

RampartBlock *
rampart_block_new_page_break (void)
{
  return block_new (RAMPART_BLOCK_PAGE_BREAK);
}

/* Documents */

struct _RampartDocument
{
  GObject    parent_instance;

  char      *id;
  char      *title;
  char      *version;
  char      *owner;
  char      *approver;
  char      *approved_on;
  char      *next_review;
  char      *classification;
  gboolean   draft;
  GPtrArray *details;    /* label, value, label, value… */
  GPtrArray *revisions;  /* version, date, by, summary, version… */
  GPtrArray *blocks;
};

G_DEFINE_FINAL_TYPE (RampartDocument, rampart_document, G_TYPE_OBJECT)

static void
rampart_document_finalize (GObject *object)
{
  RampartDocument *self = RAMPART_DOCUMENT (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->version);
  g_free (self->owner);
  g_free (self->approver);
  g_free (self->approved_on);
  g_free (self->next_review);
  g_free (self->classification);
  g_ptr_array_unref (self->details);
  g_ptr_array_unref (self->revisions);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (rampart_document_parent_class)->finalize (object);
}

static void
rampart_document_class_init (RampartDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rampart_document_finalize;
}

static void
rampart_document_init (RampartDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_block_free);
  self->version = g_strdup ("");
  self->owner = g_strdup ("");
  self->approver = g_strdup ("");
  self->approved_on = g_strdup ("");
  self->next_review = g_strdup ("");
  self->classification = g_strdup ("");
  self->details = g_ptr_array_new_with_free_func (g_free);
  self->revisions = g_ptr_array_new_with_free_func (g_free);
}

/**
 * rampart_document_new:
 * @id: the document's identifier, such as "ISMS-SCOPE"
 * @title: its title
 *
 * Returns: (transfer full): an empty document; its title is its first
 *   heading when it is laid out
 */
RampartDocument *
rampart_document_new (const char *id,
                      const char *title)
{
  RampartDocument *self = g_object_new (RAMPART_TYPE_DOCUMENT, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  return self;
}

const char *
rampart_document_get_id (RampartDocument *self)
{
  return self->id;
}

const char *
rampart_document_get_title (RampartDocument *self)
{
  return self->title;
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

const char *
rampart_document_get_version (RampartDocument *self)
{
  return self->version;
}

void
rampart_document_set_version (RampartDocument *self,
                              const char      *version)
{
  replace (&self->version, version);
}

const char *
rampart_document_get_owner (RampartDocument *self)
{
  return self->owner;
}

void
rampart_document_set_owner (RampartDocument *self,
                            const char      *owner)
{
  replace (&self->owner, owner);
}

const char *
rampart_document_get_approver (RampartDocument *self)
{
  return self->approver;
}

void
rampart_document_set_approver (RampartDocument *self,
                               const char      *approver)
{
  replace (&self->approver, approver);
}

const char *
rampart_document_get_approved_on (RampartDocument *self)
{
  return self->approved_on;
}

void
rampart_document_set_approved_on (RampartDocument *self,
                                  const char      *date)
{
  replace (&self->approved_on, date);
}

const char *
rampart_document_get_next_review (RampartDocument *self)
{
  return self->next_review;
}

void
rampart_document_set_next_review (RampartDocument *self,
                                  const char      *date)
{
  replace (&self->next_review, date);
}

const char *
rampart_document_get_classification (RampartDocument *self)
{
  return self->classification;
}

void
rampart_document_set_classification (RampartDocument *self,
                                     const char      *classification)
{
  replace (&self->classification, classification);
}

gboolean
rampart_document_get_draft (RampartDocument *self)
{
  return self->draft;
}

/**
 * rampart_document_set_draft:
 * @self: a #RampartDocument
 * @draft: whether the document is a draft, not approved
 *
 * Every page of a draft is marked DRAFT, so that nobody takes it for the
 * approved text.
 */
void
rampart_document_set_draft (RampartDocument *self,
                            gboolean         draft)
{
  self->draft = draft;
}

/**
 * rampart_document_add_detail:
 * @self: a #RampartDocument
 * @label: what the value is, as "Effective date"
 * @value: (nullable): the value; none shows as a dash
 *
 * Adds a line to the document-control block that opens the document,
 * after its version, owner, approval and review.
 */
void
rampart_document_add_detail (RampartDocument *self,
                             const char      *label,
                             const char      *value)
{
  g_ptr_array_add (self->details, g_strdup (label));
  g_ptr_array_add (self->details, g_strdup (value != NULL ? value : ""));
}

/**
 * rampart_document_get_details:
 * @self: a #RampartDocument
 *
 * Returns: (transfer none) (element-type utf8): labels and values, in turn
 */
GPtrArray *
rampart_document_get_details (RampartDocument *self)
{
  return self->details;
}

/**
 * rampart_document_add_revision:
 * @self: a #RampartDocument
 * @version: the revision's version
 * @date: when it was approved
 * @approved_by: who approved it
 * @summary: what it changed
 *
 * Adds a line to the revision history printed after the document-control
 * block, the first revision first.
 */
void
rampart_document_add_revision (RampartDocument *self,
                               const char      *version,
                               const char      *date,
                               const char      *approved_by,
                               const char      *summary)
{
  g_ptr_array_add (self->revisions, g_strdup (version != NULL ? version : ""));
  g_ptr_array_add (self->revisions, g_strdup (date != NULL ? date : ""));
  g_ptr_array_add (self->revisions, g_strdup (approved_by != NULL ? approved_by : ""));
  g_ptr_array_add (self->revisions, g_strdup (summary != NULL ? summary : ""));
}

/**
 * rampart_document_get_revisions:
 * @self: a #RampartDocument
 *
 * Returns: (transfer none) (element-type utf8): four texts a revision:
 *   version, date, approver and summary
 */
GPtrArray *
rampart_document_get_revisions (RampartDocument *self)
{
  return self->revisions;
}

/**
 * rampart_document_add:
 * @self: a #RampartDocument
 * @block: (transfer full): a block
 *
 * Adds @block at the end of the document.
 */
void
rampart_document_add (RampartDocument *self,
                      RampartBlock    *block)
{
  g_ptr_array_add (self->blocks, block);
}

/**
 * rampart_document_get_blocks:
 * @self: a #RampartDocument
 *
 * Returns: (transfer none) (element-type RampartBlock): the blocks
 */
GPtrArray *
rampart_document_get_blocks (RampartDocument *self)
{
  return self->blocks;
}

void
rampart_document_add_heading (RampartDocument *self,
                              int              level,
                              const char      *text,
                              const char      *anchor)
{
  rampart_document_add (self, rampart_block_new_heading (level, rampart_text_new_plain (text), anchor));
}

/**
 * rampart_document_add_paragraph:
 * @self: a #RampartDocument
 * @text: (transfer full): the paragraph's text
 */
void
rampart_document_add_paragraph (RampartDocument *self,
                                RampartText     *text)
{
  rampart_document_add (self, rampart_block_new_paragraph (text));
}

void
rampart_document_add_plain (RampartDocument *self,
                            const char      *text)
{
  rampart_document_add_paragraph (self, rampart_text_new_plain (text));
}

/**
 * rampart_document_add_note:
 * @self: a #RampartDocument
 * @kind: how the note looks
 * @text: (transfer full): the note's text
 */
void
rampart_document_add_note (RampartDocument *self,
                           RampartNoteKind  kind,
                           RampartText     *text)
{
  RampartBlock *note = rampart_block_new_note (kind);

  g_ptr_array_add (rampart_block_get_children (note), rampart_block_new_paragraph (text));
  rampart_document_add (self, note);
}
