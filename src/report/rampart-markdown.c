/* rampart-markdown.c: Markdown to document blocks, through md4c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-markdown"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <md4c.h>

#include "rampart-document-private.h"

/*
 * md4c parses CommonMark with GitHub's tables, strikethrough and task
 * lists, and reports blocks and spans as they open and close. This file
 * only turns those events into Rampart's blocks. Raw HTML is kept as
 * text: a policy never carries markup into a document.
 */

typedef struct
{
  RampartDocument *document;
  GPtrArray       *containers;  /* stack of GPtrArray of blocks */
  GPtrArray       *lists;       /* stack of list blocks */
  GArray          *styles;      /* stack of RampartStyle */
  GPtrArray       *links;       /* stack of link targets */
  RampartText     *text;        /* the paragraph, heading or cell being read */
  int              heading;     /* level of the heading being read, or 0 */
  GString         *code;        /* the code block being read, or NULL */

  /* The table being read */
  guint            n_columns;
  gboolean         in_head;
  GPtrArray       *head;        /* of RampartText */
  GPtrArray       *rows;        /* of GPtrArray of RampartText */
  GPtrArray       *row;
} Reader;

static GPtrArray *
current_container (Reader *reader)
{
  return g_ptr_array_index (reader->containers, reader->containers->len - 1);
}

static RampartStyle
current_style (Reader *reader)
{
  RampartStyle style = RAMPART_STYLE_NONE;

  for (guint i = 0; i < reader->styles->len; i++)
    style |= g_array_index (reader->styles, RampartStyle, i);

  return style;
}

static const char *
current_link (Reader *reader)
{
  return reader->links->len > 0 ? g_ptr_array_index (reader->links, reader->links->len - 1) : NULL;
}

/* Text directly inside a list item (a tight list) forms a paragraph of its own. */
static void
flush_text (Reader *reader)
{
  if (reader->text == NULL)
    return;

  if (!rampart_text_is_empty (reader->text))
    g_ptr_array_add (current_container (reader), rampart_block_new_paragraph (g_steal_pointer (&reader->text)));

  g_clear_pointer (&reader->text, rampart_text_free);
}

static void
ensure_text (Reader *reader)
{
  if (reader->text == NULL)
    reader->text = rampart_text_new ();
}

static char *
attribute_to_string (const MD_ATTRIBUTE *attribute)
{
  return attribute->text != NULL ? g_strndup (attribute->text, attribute->size) : g_strdup ("");
}

static void
table_leave (Reader *reader)
{
  RampartTable *table = rampart_table_new (MAX (reader->n_columns, 1), NULL);

  if (reader->head != NULL && reader->head->len > 0)
    {
      g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;

      for (guint i = 0; i < reader->head->len; i++)
        {
          g_autofree char *title = rampart_text_to_plain (g_ptr_array_index (reader->head, i));

          g_strv_builder_add (titles, title);
        }
      strv = g_strv_builder_end (titles);
      rampart_table_set_header (table, (const char * const *) strv);
    }

  for (guint r = 0; r < reader->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (reader->rows, r);
      g_autofree RampartText **cells = g_new0 (RampartText *, table->n_columns);

      /* The table takes the cells; a short row gets empty ones. */
      for (guint c = 0; c < table->n_columns && c < row->len; c++)
        {
          cells[c] = g_ptr_array_index (row, c);
          g_ptr_array_index (row, c) = NULL;
        }
      rampart_table_add_row (table, cells);
    }

  g_ptr_array_add (current_container (reader), rampart_block_new_table (table));
  g_clear_pointer (&reader->head, g_ptr_array_unref);
  g_clear_pointer (&reader->rows, g_ptr_array_unref);
}

static int
enter_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Reader *reader = user_data;

  switch (type)
    {
    case MD_BLOCK_DOC:
      break;

    case MD_BLOCK_QUOTE:
      {
        RampartBlock *note = rampart_block_new_note (RAMPART_NOTE_INFO);

        flush_text (reader);
        g_ptr_array_add (current_container (reader), note);
        g_ptr_array_add (reader->containers, rampart_block_get_children (note));
      }
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      {
        const MD_BLOCK_OL_DETAIL *ol = detail;
        RampartBlock *list = rampart_block_new_list (type == MD_BLOCK_OL,
                                                     type == MD_BLOCK_OL ? ol->start : 1);

        flush_text (reader);
        g_ptr_array_add (current_container (reader), list);
        g_ptr_array_add (reader->lists, list);
      }
      break;

    case MD_BLOCK_LI:
      {
        const MD_BLOCK_LI_DETAIL *li = detail;
        RampartBlock *list = g_ptr_array_index (reader->lists, reader->lists->len - 1);

        flush_text (reader);
        g_ptr_array_add (reader->containers, rampart_block_list_add_item (list));
        if (li->is_task)
          {
            ensure_text (reader);
            rampart_text_append (reader->text, li->task_mark == ' ' ? "☐ " : "☑ ", RAMPART_STYLE_NONE);
          }
      }
      break;

    case MD_BLOCK_H:
      flush_text (reader);
      reader->heading = ((const MD_BLOCK_H_DETAIL *) detail)->level;
      reader->text = rampart_text_new ();
      break;

    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
      flush_text (reader);
      reader->code = g_string_new (NULL);
      break;

    case MD_BLOCK_P:
      /* A task mark may already start the paragraph. */
      ensure_text (reader);
      break;

    case MD_BLOCK_TABLE:
      flush_text (reader);
      reader->n_columns = ((const MD_BLOCK_TABLE_DETAIL *) detail)->col_count;
      reader->head = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_text_free);
      reader->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      break;

    case MD_BLOCK_THEAD:
      reader->in_head = TRUE;
      break;

    case MD_BLOCK_TBODY:
      reader->in_head = FALSE;
      break;

    case MD_BLOCK_TR:
      if (!reader->in_head)
        {
          reader->row = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_text_free);
          g_ptr_array_add (reader->rows, reader->row);
        }
      break;

    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      reader->text = rampart_text_new ();
      break;

    case MD_BLOCK_HR:
    default:
      break;
    }

  return 0;
}

static int
leave_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Reader *reader = user_data;

  switch (type)
    {
    case MD_BLOCK_QUOTE:
      flush_text (reader);
      g_ptr_array_set_size (reader->containers, reader->containers->len - 1);
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      g_ptr_array_set_size (reader->lists, reader->lists->len - 1);
      break;

    case MD_BLOCK_LI:
      flush_text (reader);
      g_ptr_array_set_size (reader->containers, reader->containers->len - 1);
      break;

    case MD_BLOCK_H:
      /* The document's title is its level-1 heading; Markdown's start below it. */
      g_ptr_array_add (current_container (reader),
                       rampart_block_new_heading (MIN (reader->heading + 1, 3),
                                                  g_steal_pointer (&reader->text), NULL));
      reader->heading = 0;
      break;

    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
      if (reader->code->len > 0 && reader->code->str[reader->code->len - 1] == '\n')
        g_string_truncate (reader->code, reader->code->len - 1);
      g_ptr_array_add (current_container (reader), rampart_block_new_code (reader->code->str));
      g_string_free (g_steal_pointer (&reader->code), TRUE);
      break;

    case MD_BLOCK_P:
      flush_text (reader);
      break;

    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      g_ptr_array_add (reader->in_head ? reader->head : reader->row, g_steal_pointer (&reader->text));
      break;

    case MD_BLOCK_TABLE:
      table_leave (reader);
      break;

    case MD_BLOCK_DOC:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    case MD_BLOCK_TR:
    case MD_BLOCK_HR:
    default:
      break;
    }

  return 0;
}

static int
enter_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  Reader *reader = user_data;
  RampartStyle style = RAMPART_STYLE_NONE;

  switch (type)
    {
    case MD_SPAN_EM:
      style = RAMPART_STYLE_ITALIC;
      break;

    case MD_SPAN_STRONG:
      style = RAMPART_STYLE_BOLD;
      break;

    case MD_SPAN_CODE:
      style = RAMPART_STYLE_CODE;
      break;

    case MD_SPAN_DEL:
      style = RAMPART_STYLE_STRIKE;
      break;

    case MD_SPAN_IMG:
      /* Images are not part of documents; their description stands in. */
      style = RAMPART_STYLE_ITALIC;
      break;

    case MD_SPAN_A:
      g_ptr_array_add (reader->links, attribute_to_string (&((const MD_SPAN_A_DETAIL *) detail)->href));
      break;

    default:
      break;
    }

  g_array_append_val (reader->styles, style);
  return 0;
}

static int
leave_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  Reader *reader = user_data;

  g_array_set_size (reader->styles, reader->styles->len - 1);
  if (type == MD_SPAN_A)
    g_ptr_array_set_size (reader->links, reader->links->len - 1);

  return 0;
}

/* The character references people actually write; others stay as written. */
static char *
decode_entity (const char *entity,
               gsize       length)
{
  static const struct {
    const char *name;
    const char *text;
  } named[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
    { "&apos;", "'" }, { "&nbsp;", "\u00a0" }, { "&copy;", "©" }, { "&reg;", "®" },
    { "&trade;", "™" }, { "&ndash;", "–" }, { "&mdash;", "—" }, { "&hellip;", "…" },
    { "&euro;", "€" }, { "&pound;", "£" }, { "&sect;", "§" }, { "&deg;", "°" },
  };
  g_autofree char *text = g_strndup (entity, length);

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (g_str_equal (text, named[i].name))
      return g_strdup (named[i].text);

  if (length > 3 && text[1] == '#')
    {
      gboolean hex = text[2] == 'x' || text[2] == 'X';
      guint64 code = g_ascii_strtoull (text + (hex ? 3 : 2), NULL, hex ? 16 : 10);
      char utf8[8] = { 0, };

      if (code > 0 && code <= 0x10ffff && g_unichar_validate ((gunichar) code))
        {
          g_unichar_to_utf8 ((gunichar) code, utf8);
          return g_strdup (utf8);
        }
    }

  return g_steal_pointer (&text);
}

static int
text_cb (MD_TEXTTYPE    type,
         const MD_CHAR *text,
         MD_SIZE        size,
         void          *user_data)
{
  Reader *reader = user_data;
  g_autofree char *chunk = NULL;

  if (reader->code != NULL)
    {
      g_string_append_len (reader->code, text, size);
      return 0;
    }

  switch (type)
    {
    case MD_TEXT_NULLCHAR:
      chunk = g_strdup ("\ufffd");
      break;

    case MD_TEXT_BR:
      chunk = g_strdup ("\n");
      break;

    case MD_TEXT_SOFTBR:
      chunk = g_strdup (" ");
      break;

    case MD_TEXT_ENTITY:
      chunk = decode_entity (text, size);
      break;

    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_HTML:
    default:
      chunk = g_strndup (text, size);
      break;
    }

  ensure_text (reader);
  rampart_text_append_link (reader->text, chunk, current_style (reader), current_link (reader));
  return 0;
}

/**
 * rampart_document_add_markdown:
 * @self: a #RampartDocument
 * @markdown: CommonMark text, with GitHub's tables, strikethrough and task lists
 * @error: return location for a #GError
 *
 * Adds the blocks that @markdown describes. Its headings start at level 2,
 * below the document's own title.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_document_add_markdown (RampartDocument  *self,
                               const char       *markdown,
                               GError          **error)
{
  MD_PARSER parser = {
    .abi_version = 0,
    .flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML,
    .enter_block = enter_block_cb,
    .leave_block = leave_block_cb,
    .enter_span = enter_span_cb,
    .leave_span = leave_span_cb,
    .text = text_cb,
  };
  g_autofree char *valid = g_utf8_make_valid (markdown, -1);
  Reader reader = { 0, };
  int result;

  reader.document = self;
  reader.containers = g_ptr_array_new ();
  g_ptr_array_add (reader.containers, rampart_document_get_blocks (self));
  reader.lists = g_ptr_array_new ();
  reader.styles = g_array_new (FALSE, FALSE, sizeof (RampartStyle));
  reader.links = g_ptr_array_new_with_free_func (g_free);

  result = md_parse (valid, strlen (valid), &parser, &reader);

  flush_text (&reader);
  g_ptr_array_unref (reader.containers);
  g_ptr_array_unref (reader.lists);
  g_array_unref (reader.styles);
  g_ptr_array_unref (reader.links);
  g_clear_pointer (&reader.text, rampart_text_free);
  if (reader.code != NULL)
    g_string_free (reader.code, TRUE);
  g_clear_pointer (&reader.head, g_ptr_array_unref);
  g_clear_pointer (&reader.rows, g_ptr_array_unref);

  if (result != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The Markdown text could not be read."));
      return FALSE;
    }

  return TRUE;
}
