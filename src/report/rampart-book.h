/* rampart-book.h: what is laid out as one PDF: documents and their front matter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rampart-document.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_BOOK (rampart_book_get_type ())

G_DECLARE_FINAL_TYPE (RampartBook, rampart_book, RAMPART, BOOK, GObject)

RampartBook     *rampart_book_new                (const char   *title);
const char      *rampart_book_get_title          (RampartBook  *self);
const char      *rampart_book_get_organisation   (RampartBook  *self);
void             rampart_book_set_organisation   (RampartBook  *self,
                                                  const char   *organisation);
const char      *rampart_book_get_subject        (RampartBook  *self);
void             rampart_book_set_subject        (RampartBook  *self,
                                                  const char   *subject);
const char      *rampart_book_get_keywords       (RampartBook  *self);
void             rampart_book_set_keywords       (RampartBook  *self,
                                                  const char   *keywords);
GDateTime       *rampart_book_get_date           (RampartBook  *self);
void             rampart_book_set_date           (RampartBook  *self,
                                                  GDateTime    *date);
const char      *rampart_book_get_version        (RampartBook  *self);
void             rampart_book_set_version        (RampartBook  *self,
                                                  const char   *version);
const char      *rampart_book_get_prepared_by    (RampartBook  *self);
void             rampart_book_set_prepared_by    (RampartBook  *self,
                                                  const char   *name);
const char      *rampart_book_get_classification (RampartBook  *self);
void             rampart_book_set_classification (RampartBook  *self,
                                                  const char   *classification);
gboolean         rampart_book_get_front_matter   (RampartBook  *self);
void             rampart_book_set_front_matter   (RampartBook  *self,
                                                  gboolean      front_matter);
void             rampart_book_add_document       (RampartBook  *self,
                                                  RampartDocument *document);
guint            rampart_book_get_n_documents    (RampartBook  *self);
RampartDocument *rampart_book_get_document       (RampartBook  *self,
                                                  guint         index);

G_END_DECLS
