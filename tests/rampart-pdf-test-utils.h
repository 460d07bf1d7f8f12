/* rampart-pdf-test-utils.h: reading produced PDFs back with poppler, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <poppler.h>

#include "rampart-layout.h"

G_BEGIN_DECLS

GBytes          *rampart_test_write_pdf         (RampartBook     *book,
                                                 RampartPaper     paper);
PopplerDocument *rampart_test_open_pdf          (GBytes          *pdf);
char            *rampart_test_page_text         (PopplerDocument *document,
                                                 int              page);
char            *rampart_test_document_text     (PopplerDocument *document);
int              rampart_test_find_page         (PopplerDocument *document,
                                                 const char      *text);
void             rampart_test_assert_links_resolve
                                                (PopplerDocument *document);
void             rampart_test_assert_fonts_embedded
                                                (PopplerDocument *document);
GPtrArray       *rampart_test_outline           (PopplerDocument *document);

typedef struct
{
  char *title;
  int   level;
  int   page;   /* from 0 */
} RampartTestBookmark;

G_END_DECLS
