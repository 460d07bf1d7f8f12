/* rampart-search.c: matching what a person types in a search field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-search"

#include "config.h"

#include <string.h>

#include "rampart-search-private.h"

/* Text as searches compare it: case and Unicode composition do not matter. */
char *
rampart_search_fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL_COMPOSE);

  /* Invalid UTF-8 cannot be normalized; it matches nothing. */
  return normalized != NULL ? g_utf8_casefold (normalized, -1) : g_strdup ("");
}

/*
 * Every word of @query must occur somewhere in @folded_text, a text made
 * with rampart_search_fold(). An empty query matches everything.
 */
gboolean
rampart_search_matches (const char *folded_text,
                        const char *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (query == NULL)
    return TRUE;

  folded = rampart_search_fold (query);
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && strstr (folded_text, words[i]) == NULL)
      return FALSE;

  return TRUE;
}
