/* rampart-text-diff.h: what changed between two versions of a text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RampartDiffKind:
 * @RAMPART_DIFF_SAME: in both texts
 * @RAMPART_DIFF_REMOVED: only in the earlier text
 * @RAMPART_DIFF_ADDED: only in the later text
 *
 * Where a piece of text stands between two versions.
 */
typedef enum
{
  RAMPART_DIFF_SAME,
  RAMPART_DIFF_REMOVED,
  RAMPART_DIFF_ADDED,
} RampartDiffKind;

/**
 * RampartDiffChunk:
 * @kind: where the text stands
 * @text: the text
 *
 * A run of text that stands the same way between two versions.
 */
typedef struct
{
  RampartDiffKind  kind;
  char            *text;
} RampartDiffChunk;

GPtrArray *rampart_text_diff            (const char *before,
                                         const char *after);
gboolean   rampart_text_diff_has_changes (GPtrArray *chunks);

G_END_DECLS
