/* rampart-placeholders.c: {{names}} in a policy's text, filled in when it is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-placeholders"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-placeholders.h"

/*
 * A policy written once should not name the organisation, its ISMS manager
 * or its own version by hand: those change, and a template does not know
 * them. So texts say {{organisation.name}}, and the preview, the printout
 * and the pack fill it in. A name Rampart does not know is shown as it is
 * written, marked, so that a typing mistake is seen before an auditor
 * sees it. Templates also mark the places an organisation must write its
 * own facts with {{adapt: …}}; a policy cannot be approved while one is
 * left.
 */

#define ADAPT_PREFIX "adapt:"

static const RampartPlaceholderInfo known[] = {
  { "organisation.name", N_("Organisation name") },
  { "organisation.legal_name", N_("Legal name") },
  { "organisation.address", N_("Address") },
  { "organisation.sector", N_("Sector") },
  { "isms_manager", N_("ISMS manager") },
  { "sponsor", N_("Top-management sponsor") },
  { "policy.id", N_("Policy identifier") },
  { "policy.title", N_("Policy title") },
  { "policy.version", N_("Policy version") },
  { "policy.owner", N_("Policy owner") },
  { "policy.approver", N_("Policy approver") },
  { "policy.audience", N_("Who the policy is for") },
  { "policy.effective_date", N_("Date the policy takes effect") },
  { "policy.next_review", N_("Date of the policy's next review") },
};

/**
 * rampart_placeholders_get_known:
 * @n_known: (out): how many there are
 *
 * Returns: (array length=n_known): the placeholders Rampart fills in
 */
const RampartPlaceholderInfo *
rampart_placeholders_get_known (guint *n_known)
{
  *n_known = G_N_ELEMENTS (known);
  return known;
}

/**
 * rampart_placeholders_get_label:
 * @name: a placeholder's name
 *
 * Returns: (nullable): what a known placeholder stands for, translated;
 *   %NULL for a name Rampart does not know
 */
const char *
rampart_placeholders_get_label (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_str_equal (known[i].name, name))
      return _(known[i].label);

  return NULL;
}

static void
placeholder_clear (gpointer data)
{
  RampartPlaceholder *placeholder = data;

  g_free (placeholder->name);
}

/**
 * rampart_placeholders_scan:
 * @text: a text
 *
 * Finds every pair of double braces on one line, such as
 * `{{ policy.owner }}`; spaces inside the braces do not count.
 *
 * Returns: (transfer full) (element-type RampartPlaceholder): the
 *   placeholders in the order of the text
 */
GArray *
rampart_placeholders_scan (const char *text)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (RampartPlaceholder));
  const char *at = text;

  g_array_set_clear_func (found, placeholder_clear);
  if (text == NULL)
    return found;

  while ((at = strstr (at, "{{")) != NULL)
    {
      const char *close = strstr (at + 2, "}}");
      const char *newline = strchr (at + 2, '\n');
      RampartPlaceholder placeholder = { 0 };
      g_autofree char *inside = NULL;

      if (close == NULL)
        break;
      /* Braces that do not close on their line are text, as in code. */
      if (newline != NULL && newline < close)
        {
          at = newline;
          continue;
        }
      /* "{{{x}}" holds "{x": the innermost pair opens the placeholder. */
      while (at[2] == '{' && at + 2 < close)
        at++;

      inside = g_strstrip (g_strndup (at + 2, (gsize) (close - at - 2)));
      placeholder.start = (gsize) (at - text);
      placeholder.end = (gsize) (close + 2 - text);
      if (g_ascii_strncasecmp (inside, ADAPT_PREFIX, strlen (ADAPT_PREFIX)) == 0)
        {
          placeholder.kind = RAMPART_PLACEHOLDER_ADAPT;
          placeholder.name = g_strstrip (g_strdup (inside + strlen (ADAPT_PREFIX)));
        }
      else
        {
          placeholder.kind = rampart_placeholders_get_label (inside) != NULL ? RAMPART_PLACEHOLDER_KNOWN
                                                                             : RAMPART_PLACEHOLDER_UNKNOWN;
          placeholder.name = g_steal_pointer (&inside);
        }
      g_array_append_val (found, placeholder);
      at = close + 2;
    }

  return found;
}

/**
 * rampart_placeholders_count:
 * @text: a text
 * @kind: which placeholders to count
 *
 * Returns: how many placeholders of @kind @text has
 */
guint
rampart_placeholders_count (const char             *text,
                            RampartPlaceholderKind  kind)
{
  g_autoptr(GArray) found = rampart_placeholders_scan (text);
  guint n = 0;

  for (guint i = 0; i < found->len; i++)
    if (g_array_index (found, RampartPlaceholder, i).kind == kind)
      n++;

  return n;
}

/**
 * rampart_placeholders_dup_names:
 * @text: a text
 * @kind: which placeholders to list
 *
 * Returns: (transfer full): the names of the placeholders of @kind in
 *   @text, each once, in the order they first appear
 */
GStrv
rampart_placeholders_dup_names (const char             *text,
                                RampartPlaceholderKind  kind)
{
  g_autoptr(GArray) found = rampart_placeholders_scan (text);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < found->len; i++)
    {
      RampartPlaceholder *placeholder = &g_array_index (found, RampartPlaceholder, i);

      if (placeholder->kind == kind &&
          !g_ptr_array_find_with_equal_func (names, placeholder->name, g_str_equal, NULL))
        g_ptr_array_add (names, g_strdup (placeholder->name));
    }
  g_ptr_array_add (names, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/* Text that Markdown shows as it is: punctuation escaped, lines joined. */
static void
append_literal (GString    *out,
                const char *text,
                gboolean    markdown)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        {
          /* An address is kept on several lines; in a sentence it reads as one. */
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append (out, ", ");
          continue;
        }
      if (markdown && g_ascii_ispunct (*p))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/**
 * rampart_placeholders_expand:
 * @text: a text with placeholders
 * @lookup: gives the value of a known placeholder
 * @user_data: data for @lookup
 * @markdown: whether @text is Markdown: values are then escaped, so that
 *   they show as they are written, and what is not filled in is marked
 *
 * Fills in the known placeholders of @text. In Markdown, a known
 * placeholder without a value becomes its label in brackets and bold, a
 * place to adapt becomes "[To adapt: …]" in bold, and an unknown one stays
 * as it is written, as code; without Markdown they stay as written.
 *
 * Returns: (transfer full): the text filled in
 */
char *
rampart_placeholders_expand (const char               *text,
                             RampartPlaceholderLookup  lookup,
                             gpointer                  user_data,
                             gboolean                  markdown)
{
  g_autoptr(GArray) found = rampart_placeholders_scan (text);
  GString *out = g_string_new (NULL);
  gsize done = 0;

  if (text == NULL)
    return g_string_free (out, FALSE);

  for (guint i = 0; i < found->len; i++)
    {
      RampartPlaceholder *placeholder = &g_array_index (found, RampartPlaceholder, i);
      g_autofree char *written = g_strndup (text + placeholder->start, placeholder->end - placeholder->start);

      g_string_append_len (out, text + done, (gssize) (placeholder->start - done));
      done = placeholder->end;

      switch (placeholder->kind)
        {
        case RAMPART_PLACEHOLDER_KNOWN:
          {
            g_autofree char *value = lookup (placeholder->name, user_data);

            if (value != NULL && *value != '\0')
              {
                append_literal (out, value, markdown);
              }
            else if (markdown)
              {
                g_string_append (out, "**\\[");
                append_literal (out, rampart_placeholders_get_label (placeholder->name), TRUE);
                g_string_append (out, "\\]**");
              }
            else
              {
                g_string_append (out, written);
              }
          }
          break;

        case RAMPART_PLACEHOLDER_ADAPT:
          if (markdown)
            {
              g_autofree char *marked = g_strdup_printf (_("To adapt: %s"), placeholder->name);

              g_string_append (out, "**\\[");
              append_literal (out, marked, TRUE);
              g_string_append (out, "\\]**");
            }
          else
            {
              g_string_append (out, written);
            }
          break;

        case RAMPART_PLACEHOLDER_UNKNOWN:
        default:
          /* A code span shows the braces as typed; one with a backtick inside is only escaped. */
          if (markdown && strchr (written, '`') == NULL)
            g_string_append_printf (out, "`%s`", written);
          else
            append_literal (out, written, markdown);
          break;
        }
    }
  g_string_append (out, text + done);

  return g_string_free (out, FALSE);
}
