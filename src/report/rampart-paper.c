/* rampart-paper.c: paper sizes for documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-paper"

#include "config.h"

#include <langinfo.h>
#include <locale.h>

#include "rampart-paper.h"

/**
 * rampart_paper_get_default:
 *
 * The paper of the person's locale: US Letter where it is the norm (the
 * Americas that use it, and the Philippines), A4 everywhere else. Reads
 * the C library's LC_PAPER where it has one, as GTK does.
 *
 * Returns: the default paper
 */
RampartPaper
rampart_paper_get_default (void)
{
#if defined(_NL_PAPER_WIDTH) && defined(_NL_PAPER_HEIGHT)
  /* glibc returns millimetres, packed into the pointer's bits. */
  guint width = GPOINTER_TO_UINT (nl_langinfo (_NL_PAPER_WIDTH));
  guint height = GPOINTER_TO_UINT (nl_langinfo (_NL_PAPER_HEIGHT));

  if (width == 216 && height == 279)
    return RAMPART_PAPER_US_LETTER;
  if (width != 0 && height != 0)
    return RAMPART_PAPER_A4;
#endif

  return RAMPART_PAPER_A4;
}

/**
 * rampart_paper_from_string:
 * @name: (nullable): "a4" or "letter", as stored in settings
 *
 * Returns: the paper @name stands for; the locale's default for anything else
 */
RampartPaper
rampart_paper_from_string (const char *name)
{
  if (g_strcmp0 (name, "a4") == 0)
    return RAMPART_PAPER_A4;
  if (g_strcmp0 (name, "letter") == 0)
    return RAMPART_PAPER_US_LETTER;

  return rampart_paper_get_default ();
}

const char *
rampart_paper_to_string (RampartPaper paper)
{
  return paper == RAMPART_PAPER_US_LETTER ? "letter" : "a4";
}

/**
 * rampart_paper_get_size:
 * @paper: a #RampartPaper
 * @width_pt: (out): width in PostScript points
 * @height_pt: (out): height in PostScript points
 *
 * The portrait size of @paper, in the units of a cairo PDF surface.
 */
void
rampart_paper_get_size (RampartPaper  paper,
                        double       *width_pt,
                        double       *height_pt)
{
  if (paper == RAMPART_PAPER_US_LETTER)
    {
      *width_pt = 8.5 * 72.0;
      *height_pt = 11.0 * 72.0;
    }
  else
    {
      /* 210 × 297 mm */
      *width_pt = 210.0 / 25.4 * 72.0;
      *height_pt = 297.0 / 25.4 * 72.0;
    }
}
