/* rampart-search-private.h: matching what a person types in a search field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *rampart_search_fold    (const char *text);
gboolean  rampart_search_matches (const char *folded_text,
                                  const char *query);

G_END_DECLS
