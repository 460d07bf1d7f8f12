/* rampart-layout-private.h: what tests read of a layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  guint              page;
  const RampartText *text;
  guint              first_line;
  guint              n_lines;
  guint              total_lines;
} RampartTextFragment;

GArray *_rampart_layout_get_text_fragments (RampartLayout *self);

G_END_DECLS
