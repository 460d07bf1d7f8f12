/* rampart-book.c: what is laid out as one PDF: documents and their front matter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-book"

#include "config.h"

#include "rampart-book.h"

/*
 * A book is either the documentation pack (a cover, a document-control
 * table and a table of contents before its documents: the front matter) or
 * one document on its own. Its date goes on the cover and into the PDF's
 * metadata, so the same book with the same date gives the same file.
 */

struct _RampartBook
{
  GObject    parent_instance;

  char      *title;
  char      *organisation;
  char      *subject;
  char      *keywords;
  char      *version;
  char      *prepared_by;
  char      *classification;
  GDateTime *date;
  gboolean   front_matter;
  GPtrArray *documents;
};

G_DEFINE_FINAL_TYPE (RampartBook, rampart_book, G_TYPE_OBJECT)

static void
rampart_book_finalize (GObject *object)
{
  RampartBook *self = RAMPART_BOOK (object);

  g_free (self->title);
  g_free (self->organisation);
  g_free (self->subject);
  g_free (self->keywords);
  g_free (self->version);
  g_free (self->prepared_by);
  g_free (self->classification);
  g_date_time_unref (self->date);
  g_ptr_array_unref (self->documents);

  G_OBJECT_CLASS (rampart_book_parent_class)->finalize (object);
}

static void
rampart_book_class_init (RampartBookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rampart_book_finalize;
}

static void
rampart_book_init (RampartBook *self)
{
  self->organisation = g_strdup ("");
  self->subject = g_strdup ("");
  self->keywords = g_strdup ("");
  self->version = g_strdup ("");
  self->prepared_by = g_strdup ("");
  self->classification = g_strdup ("");
  self->date = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
}

RampartBook *
rampart_book_new (const char *title)
{
  RampartBook *self = g_object_new (RAMPART_TYPE_BOOK, NULL);

  self->title = g_strdup (title);
  return self;
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

const char *
rampart_book_get_title (RampartBook *self)
{
  return self->title;
}

const char *
rampart_book_get_organisation (RampartBook *self)
{
  return self->organisation;
}

void
rampart_book_set_organisation (RampartBook *self,
                               const char  *organisation)
{
  replace (&self->organisation, organisation);
}

const char *
rampart_book_get_subject (RampartBook *self)
{
  return self->subject;
}

void
rampart_book_set_subject (RampartBook *self,
                          const char  *subject)
{
  replace (&self->subject, subject);
}

const char *
rampart_book_get_keywords (RampartBook *self)
{
  return self->keywords;
}

void
rampart_book_set_keywords (RampartBook *self,
                           const char  *keywords)
{
  replace (&self->keywords, keywords);
}

/**
 * rampart_book_get_date:
 * @self: a #RampartBook
 *
 * Returns: (transfer none): the date of the book, in UTC
 */
GDateTime *
rampart_book_get_date (RampartBook *self)
{
  return self->date;
}

/**
 * rampart_book_set_date:
 * @self: a #RampartBook
 * @date: the date the book is issued; only the day counts
 */
void
rampart_book_set_date (RampartBook *self,
                       GDateTime   *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

  g_date_time_unref (self->date);
  self->date = g_date_time_new_utc (g_date_time_get_year (utc), g_date_time_get_month (utc),
                                    g_date_time_get_day_of_month (utc), 0, 0, 0);
}

const char *
rampart_book_get_version (RampartBook *self)
{
  return self->version;
}

void
rampart_book_set_version (RampartBook *self,
                          const char  *version)
{
  replace (&self->version, version);
}

const char *
rampart_book_get_prepared_by (RampartBook *self)
{
  return self->prepared_by;
}

void
rampart_book_set_prepared_by (RampartBook *self,
                              const char  *name)
{
  replace (&self->prepared_by, name);
}

const char *
rampart_book_get_classification (RampartBook *self)
{
  return self->classification;
}

void
rampart_book_set_classification (RampartBook *self,
                                 const char  *classification)
{
  replace (&self->classification, classification);
}

/**
 * rampart_book_get_front_matter:
 * @self: a #RampartBook
 *
 * Returns: whether the book starts with a cover, a document-control table
 *   and a table of contents
 */
gboolean
rampart_book_get_front_matter (RampartBook *self)
{
  return self->front_matter;
}

void
rampart_book_set_front_matter (RampartBook *self,
                               gboolean     front_matter)
{
  self->front_matter = front_matter;
}

void
rampart_book_add_document (RampartBook     *self,
                           RampartDocument *document)
{
  g_ptr_array_add (self->documents, g_object_ref (document));
}

guint
rampart_book_get_n_documents (RampartBook *self)
{
  return self->documents->len;
}

/**
 * rampart_book_get_document:
 * @self: a #RampartBook
 * @index: a document's position
 *
 * Returns: (transfer none): the document
 */
RampartDocument *
rampart_book_get_document (RampartBook *self,
                           guint        index)
{
  g_return_val_if_fail (index < self->documents->len, NULL);

  return g_ptr_array_index (self->documents, index);
}
