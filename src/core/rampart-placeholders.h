/* rampart-placeholders.h: {{names}} in a policy's text, filled in when it is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RampartPlaceholderKind:
 * @RAMPART_PLACEHOLDER_KNOWN: a name Rampart fills in, such as
 *   `{{organisation.name}}`
 * @RAMPART_PLACEHOLDER_UNKNOWN: a name Rampart does not know, often a typing
 *   mistake
 * @RAMPART_PLACEHOLDER_ADAPT: a place a template asks the organisation to
 *   write its own facts, as `{{adapt: where backups are kept}}`
 *
 * What a pair of double braces in a text holds.
 */
typedef enum
{
  RAMPART_PLACEHOLDER_KNOWN,
  RAMPART_PLACEHOLDER_UNKNOWN,
  RAMPART_PLACEHOLDER_ADAPT,
} RampartPlaceholderKind;

/**
 * RampartPlaceholder:
 * @kind: what it is
 * @start: the byte offset of its opening braces in the text
 * @end: the byte offset just after its closing braces
 * @name: its name without braces or spaces, or for a place to adapt, what
 *   to write there
 *
 * One placeholder found in a text.
 */
typedef struct
{
  RampartPlaceholderKind  kind;
  gsize                   start;
  gsize                   end;
  char                   *name;
} RampartPlaceholder;

/**
 * RampartPlaceholderInfo:
 * @name: the name, as written between the braces
 * @label: what it stands for, in words, untranslated (N_())
 *
 * A placeholder Rampart knows.
 */
typedef struct
{
  const char *name;
  const char *label;
} RampartPlaceholderInfo;

/**
 * RampartPlaceholderLookup:
 * @name: a known placeholder's name
 * @user_data: the data given with the function
 *
 * Returns: (transfer full): the placeholder's value, empty if there is none
 */
typedef char *(*RampartPlaceholderLookup) (const char *name,
                                           gpointer    user_data);

const RampartPlaceholderInfo *rampart_placeholders_get_known  (guint                    *n_known);
const char                   *rampart_placeholders_get_label  (const char               *name);
GArray                       *rampart_placeholders_scan       (const char               *text);
guint                         rampart_placeholders_count      (const char               *text,
                                                               RampartPlaceholderKind    kind);
GStrv                         rampart_placeholders_dup_names  (const char               *text,
                                                               RampartPlaceholderKind    kind);
char                         *rampart_placeholders_expand     (const char               *text,
                                                               RampartPlaceholderLookup  lookup,
                                                               gpointer                  user_data,
                                                               gboolean                  markdown);

G_END_DECLS
