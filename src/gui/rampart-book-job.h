/* rampart-book-job.h: a book laid out and written as PDF in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rampart-layout.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_BOOK_JOB (rampart_book_job_get_type ())

G_DECLARE_FINAL_TYPE (RampartBookJob, rampart_book_job, RAMPART, BOOK_JOB, GObject)

RampartBookJob *rampart_book_job_new           (RampartBook          *book,
                                                RampartPaper          paper);
void            rampart_book_job_run_async     (RampartBookJob       *self,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean        rampart_book_job_finish        (RampartBookJob       *self,
                                                GAsyncResult         *result,
                                                GError              **error);
guint           rampart_book_job_get_laid_out  (RampartBookJob       *self);
guint           rampart_book_job_get_written   (RampartBookJob       *self);
guint           rampart_book_job_get_n_pages   (RampartBookJob       *self);
RampartLayout  *rampart_book_job_get_layout    (RampartBookJob       *self);
GBytes         *rampart_book_job_get_pdf       (RampartBookJob       *self);

G_END_DECLS
