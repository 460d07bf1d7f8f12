/* rampart-text-diff.c: what changed between two versions of a text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-text-diff"

#include "config.h"

#include <string.h>

#include "rampart-text-diff.h"

/*
 * Comparing two revisions of a policy should say what a reader would:
 * "this sentence now says six months, not three". So the texts are
 * compared line by line first (a policy's paragraphs are its lines), then
 * each run of changed lines word by word, on the longest common
 * subsequence. No GNOME library compares texts; policies are a few
 * thousand words, small enough for the plain table method, and a pair too
 * large for it is shown as replaced whole.
 */

/* Beyond this many cells, two runs of tokens are shown as replaced whole. */
#define MAX_CELLS (8 * 1024 * 1024)

static void
chunk_free (gpointer data)
{
  RampartDiffChunk *chunk = data;

  g_free (chunk->text);
  g_free (chunk);
}

/* Appends @text to the last chunk if it is of the same kind. */
static void
emit (GPtrArray       *chunks,
      RampartDiffKind  kind,
      const char      *text,
      gssize           length)
{
  RampartDiffChunk *last = chunks->len > 0 ? g_ptr_array_index (chunks, chunks->len - 1) : NULL;

  if (length == 0 || (length < 0 && *text == '\0'))
    return;

  if (last != NULL && last->kind == kind)
    {
      g_autofree char *old = last->text;
      g_autofree char *more = length < 0 ? g_strdup (text) : g_strndup (text, (gsize) length);

      last->text = g_strconcat (old, more, NULL);
      return;
    }

  last = g_new0 (RampartDiffChunk, 1);
  last->kind = kind;
  last->text = length < 0 ? g_strdup (text) : g_strndup (text, (gsize) length);
  g_ptr_array_add (chunks, last);
}

/* Lines, each with its newline. */
static GPtrArray *
split_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *at = text;

  while (*at != '\0')
    {
      const char *newline = strchr (at, '\n');
      const char *end = newline != NULL ? newline + 1 : at + strlen (at);

      g_ptr_array_add (lines, g_strndup (at, (gsize) (end - at)));
      at = end;
    }

  return lines;
}

typedef enum
{
  CLASS_WORD,
  CLASS_SPACE,
  CLASS_OTHER,
} CharClass;

static CharClass
classify (gunichar c)
{
  if (g_unichar_isalnum (c) || c == '\'' || c == 0x2019)
    return CLASS_WORD;
  if (g_unichar_isspace (c))
    return CLASS_SPACE;
  return CLASS_OTHER;
}

/* Words, runs of spaces, and each other character on its own. */
static GPtrArray *
split_words (const char *text)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  const char *at = text;

  while (*at != '\0')
    {
      CharClass cls = classify (g_utf8_get_char (at));
      const char *end = g_utf8_next_char (at);

      if (cls != CLASS_OTHER)
        while (*end != '\0' && classify (g_utf8_get_char (end)) == cls)
          end = g_utf8_next_char (end);

      g_ptr_array_add (tokens, g_strndup (at, (gsize) (end - at)));
      at = end;
    }

  return tokens;
}

typedef void (*EmitFunc) (RampartDiffKind  kind,
                          guint            first,
                          guint            n,
                          gpointer         user_data);

/*
 * Compares tokens @a[a_from..a_to) with @b[b_from..b_to): common ends
 * first, then a table of the longest common subsequence of what is left,
 * walked from the start. Calls @func for each run, in order; "removed"
 * runs index @a, the others @b.
 */
static void
compare_tokens (GPtrArray *a,
                GPtrArray *b,
                EmitFunc   func,
                gpointer   user_data)
{
  guint a_from = 0, b_from = 0, a_to = a->len, b_to = b->len;
  guint n, m;
  guint32 *table;

  while (a_from < a_to && b_from < b_to &&
         g_str_equal (g_ptr_array_index (a, a_from), g_ptr_array_index (b, b_from)))
    a_from++, b_from++;
  while (a_to > a_from && b_to > b_from &&
         g_str_equal (g_ptr_array_index (a, a_to - 1), g_ptr_array_index (b, b_to - 1)))
    a_to--, b_to--;

  if (a_from > 0)
    func (RAMPART_DIFF_SAME, 0, b_from, user_data);

  n = a_to - a_from;
  m = b_to - b_from;
  if (n == 0 || m == 0 || (guint64) (n + 1) * (m + 1) > MAX_CELLS)
    {
      func (RAMPART_DIFF_REMOVED, a_from, n, user_data);
      func (RAMPART_DIFF_ADDED, b_from, m, user_data);
    }
  else
    {
      /* table[i][j]: the length of the longest common subsequence of a[i..] and b[j..] */
      table = g_new0 (guint32, (gsize) (n + 1) * (m + 1));
#define CELL(i, j) table[(gsize) (i) * (m + 1) + (j)]
      for (guint i = n; i-- > 0;)
        for (guint j = m; j-- > 0;)
          {
            if (g_str_equal (g_ptr_array_index (a, a_from + i), g_ptr_array_index (b, b_from + j)))
              CELL (i, j) = CELL (i + 1, j + 1) + 1;
            else
              CELL (i, j) = MAX (CELL (i + 1, j), CELL (i, j + 1));
          }

      for (guint i = 0, j = 0; i < n || j < m;)
        {
          if (i < n && j < m &&
              g_str_equal (g_ptr_array_index (a, a_from + i), g_ptr_array_index (b, b_from + j)))
            {
              func (RAMPART_DIFF_SAME, b_from + j, 1, user_data);
              i++, j++;
            }
          /* On a tie, what goes comes before what replaces it. */
          else if (j == m || (i < n && CELL (i + 1, j) >= CELL (i, j + 1)))
            {
              func (RAMPART_DIFF_REMOVED, a_from + i, 1, user_data);
              i++;
            }
          else
            {
              func (RAMPART_DIFF_ADDED, b_from + j, 1, user_data);
              j++;
            }
        }
#undef CELL
      g_free (table);
    }

  if (a_to < a->len)
    func (RAMPART_DIFF_SAME, b_to, b->len - b_to, user_data);
}

typedef struct
{
  GPtrArray *a;
  GPtrArray *b;
  GPtrArray *chunks;
  /* Lines of a run of changes, waiting to be compared word by word */
  GString   *removed;
  GString   *added;
} Diff;

static void
emit_tokens_cb (RampartDiffKind  kind,
                guint            first,
                guint            n,
                gpointer         user_data)
{
  Diff *diff = user_data;
  GPtrArray *tokens = kind == RAMPART_DIFF_REMOVED ? diff->a : diff->b;

  for (guint i = first; i < first + n; i++)
    emit (diff->chunks, kind, g_ptr_array_index (tokens, i), -1);
}

static void
flush_changed_lines (Diff *diff)
{
  Diff words = { 0 };

  if (diff->removed->len == 0 || diff->added->len == 0)
    {
      emit (diff->chunks, RAMPART_DIFF_REMOVED, diff->removed->str, (gssize) diff->removed->len);
      emit (diff->chunks, RAMPART_DIFF_ADDED, diff->added->str, (gssize) diff->added->len);
    }
  else
    {
      words.a = split_words (diff->removed->str);
      words.b = split_words (diff->added->str);
      words.chunks = diff->chunks;
      compare_tokens (words.a, words.b, emit_tokens_cb, &words);
      g_ptr_array_unref (words.a);
      g_ptr_array_unref (words.b);
    }

  g_string_truncate (diff->removed, 0);
  g_string_truncate (diff->added, 0);
}

static void
emit_lines_cb (RampartDiffKind  kind,
               guint            first,
               guint            n,
               gpointer         user_data)
{
  Diff *diff = user_data;

  for (guint i = first; i < first + n; i++)
    switch (kind)
      {
      case RAMPART_DIFF_REMOVED:
        g_string_append (diff->removed, g_ptr_array_index (diff->a, i));
        break;

      case RAMPART_DIFF_ADDED:
        g_string_append (diff->added, g_ptr_array_index (diff->b, i));
        break;

      case RAMPART_DIFF_SAME:
      default:
        flush_changed_lines (diff);
        emit (diff->chunks, RAMPART_DIFF_SAME, g_ptr_array_index (diff->b, i), -1);
        break;
      }
}

/**
 * rampart_text_diff:
 * @before: (nullable): the earlier text
 * @after: (nullable): the later text
 *
 * Compares two texts, lines first, then the words of changed lines.
 * Joining the chunks that are not added gives @before; joining those not
 * removed gives @after.
 *
 * Returns: (transfer full) (element-type RampartDiffChunk): the texts'
 *   runs in order, a removal before the addition that replaces it
 */
GPtrArray *
rampart_text_diff (const char *before,
                   const char *after)
{
  GPtrArray *chunks = g_ptr_array_new_with_free_func (chunk_free);
  Diff diff = { 0 };

  diff.a = split_lines (before != NULL ? before : "");
  diff.b = split_lines (after != NULL ? after : "");
  diff.chunks = chunks;
  diff.removed = g_string_new (NULL);
  diff.added = g_string_new (NULL);

  compare_tokens (diff.a, diff.b, emit_lines_cb, &diff);
  flush_changed_lines (&diff);

  g_ptr_array_unref (diff.a);
  g_ptr_array_unref (diff.b);
  g_string_free (diff.removed, TRUE);
  g_string_free (diff.added, TRUE);

  return chunks;
}

/**
 * rampart_text_diff_has_changes:
 * @chunks: (element-type RampartDiffChunk): what rampart_text_diff() gave
 *
 * Returns: %TRUE if the two texts differ
 */
gboolean
rampart_text_diff_has_changes (GPtrArray *chunks)
{
  for (guint i = 0; i < chunks->len; i++)
    if (((RampartDiffChunk *) g_ptr_array_index (chunks, i))->kind != RAMPART_DIFF_SAME)
      return TRUE;

  return FALSE;
}
