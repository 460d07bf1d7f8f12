/* rampart-text.c: runs of styled text, with links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-text"

#include "config.h"

#include <string.h>

#include "rampart-text.h"

/*
 * Text in documents is kept as spans rather than markup, so that what
 * people type (an ampersand, an angle bracket) is never read as markup.
 */

struct _RampartText
{
  GArray *spans;  /* of RampartSpan */
};

static void
span_clear (gpointer data)
{
  RampartSpan *span = data;

  g_free (span->text);
  g_free (span->link);
}

RampartText *
rampart_text_new (void)
{
  RampartText *self = g_new0 (RampartText, 1);

  self->spans = g_array_new (FALSE, FALSE, sizeof (RampartSpan));
  g_array_set_clear_func (self->spans, span_clear);
  return self;
}

RampartText *
rampart_text_new_plain (const char *text)
{
  return rampart_text_new_styled (text, RAMPART_STYLE_NONE);
}

RampartText *
rampart_text_new_styled (const char   *text,
                         RampartStyle  style)
{
  RampartText *self = rampart_text_new ();

  rampart_text_append (self, text, style);
  return self;
}

RampartText *
rampart_text_copy (const RampartText *self)
{
  RampartText *copy = rampart_text_new ();

  for (guint i = 0; i < self->spans->len; i++)
    {
      const RampartSpan *span = &g_array_index (self->spans, RampartSpan, i);

      rampart_text_append_link (copy, span->text, span->style, span->link);
    }

  return copy;
}

void
rampart_text_free (RampartText *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->spans);
  g_free (self);
}

/**
 * rampart_text_append:
 * @self: a #RampartText
 * @text: (nullable): UTF-8 text; invalid sequences are replaced
 * @style: its style
 *
 * Adds @text at the end, merged into the last span when it looks the same.
 */
void
rampart_text_append (RampartText  *self,
                     const char   *text,
                     RampartStyle  style)
{
  rampart_text_append_link (self, text, style, NULL);
}

void
rampart_text_append_link (RampartText  *self,
                          const char   *text,
                          RampartStyle  style,
                          const char   *link)
{
  RampartSpan span = { NULL, style, NULL };
  RampartSpan *last;

  if (text == NULL || *text == '\0')
    return;

  last = self->spans->len > 0
    ? &g_array_index (self->spans, RampartSpan, self->spans->len - 1) : NULL;

  if (last != NULL && last->style == style && g_strcmp0 (last->link, link) == 0)
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);
      char *joined = g_strconcat (last->text, valid, NULL);

      g_free (last->text);
      last->text = joined;
      return;
    }

  span.text = g_utf8_make_valid (text, -1);
  span.link = g_strdup (link);
  g_array_append_val (self->spans, span);
}

guint
rampart_text_get_n_spans (const RampartText *self)
{
  return self->spans->len;
}

const RampartSpan *
rampart_text_get_span (const RampartText *self,
                       guint              index)
{
  g_return_val_if_fail (index < self->spans->len, NULL);

  return &g_array_index (self->spans, RampartSpan, index);
}

gboolean
rampart_text_is_empty (const RampartText *self)
{
  return self == NULL || self->spans->len == 0;
}

/**
 * rampart_text_to_plain:
 * @self: a #RampartText
 *
 * Returns: (transfer full): the text without its styles
 */
char *
rampart_text_to_plain (const RampartText *self)
{
  GString *plain = g_string_new (NULL);

  for (guint i = 0; self != NULL && i < self->spans->len; i++)
    g_string_append (plain, g_array_index (self->spans, RampartSpan, i).text);

  return g_string_free (plain, FALSE);
}

/**
 * rampart_text_hash:
 * @self: a #RampartText
 *
 * Returns: a hash of the text, its styles and links, for #GHashTable
 */
guint
rampart_text_hash (gconstpointer self)
{
  const RampartText *text = self;
  guint hash = 5381;

  for (guint i = 0; i < text->spans->len; i++)
    {
      const RampartSpan *span = &g_array_index (text->spans, RampartSpan, i);

      hash = hash * 33 + g_str_hash (span->text);
      hash = hash * 33 + span->style;
      if (span->link != NULL)
        hash = hash * 33 + g_str_hash (span->link);
    }

  return hash;
}

/**
 * rampart_text_equal:
 * @a: a #RampartText
 * @b: another
 *
 * Returns: %TRUE if both have the same spans
 */
gboolean
rampart_text_equal (gconstpointer a,
                    gconstpointer b)
{
  const RampartText *x = a;
  const RampartText *y = b;

  if (x == y)
    return TRUE;
  if (x->spans->len != y->spans->len)
    return FALSE;

  for (guint i = 0; i < x->spans->len; i++)
    {
      const RampartSpan *s = &g_array_index (x->spans, RampartSpan, i);
      const RampartSpan *t = &g_array_index (y->spans, RampartSpan, i);

      if (s->style != t->style || !g_str_equal (s->text, t->text) || g_strcmp0 (s->link, t->link) != 0)
        return FALSE;
    }

  return TRUE;
}
