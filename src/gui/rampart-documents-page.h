/* rampart-documents-page.h: the documentation pack, previewed, printed and exported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-layout.h"
#include "rampart-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_DOCUMENTS_PAGE (rampart_documents_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartDocumentsPage, rampart_documents_page, RAMPART, DOCUMENTS_PAGE, RampartPage)

void           rampart_documents_page_show_document (RampartDocumentsPage *self,
                                                     const char           *document_id);
RampartLayout *rampart_documents_page_get_layout    (RampartDocumentsPage *self);
GBytes        *rampart_documents_page_get_pdf       (RampartDocumentsPage *self);
gboolean       rampart_documents_page_get_busy      (RampartDocumentsPage *self);

G_END_DECLS
