/* rampart-paper.h: paper sizes for documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RampartPaper:
 *
 * The paper sizes documents are laid out for.
 */
typedef enum
{
  RAMPART_PAPER_A4,
  RAMPART_PAPER_US_LETTER,
} RampartPaper;

RampartPaper  rampart_paper_get_default  (void);
RampartPaper  rampart_paper_from_string  (const char   *name);
const char   *rampart_paper_to_string    (RampartPaper  paper);
void          rampart_paper_get_size     (RampartPaper  paper,
                                          double       *width_pt,
                                          double       *height_pt);

G_END_DECLS
