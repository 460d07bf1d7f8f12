/* rampart-book-job.c: a book laid out and written as PDF in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-book-job"

#include "config.h"

#include "rampart-book-job.h"

/*
 * A book is read from the workspace in the main thread; laying it out and
 * writing its PDF take longer and read only the book, so they run in a
 * worker thread while the window goes on. The counts of pages laid out and
 * written can be read from the main thread meanwhile, for a progress bar.
 */

struct _RampartBookJob
{
  GObject        parent_instance;

  RampartBook   *book;
  RampartPaper   paper;
  gint           laid_out;   /* atomic */
  gint           written;    /* atomic */
  gint           n_pages;    /* atomic: known once laid out */
  RampartLayout *layout;     /* once done */
  GBytes        *pdf;        /* once done */
};

G_DEFINE_FINAL_TYPE (RampartBookJob, rampart_book_job, G_TYPE_OBJECT)

static void
rampart_book_job_finalize (GObject *object)
{
  RampartBookJob *self = RAMPART_BOOK_JOB (object);

  g_clear_object (&self->book);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->pdf, g_bytes_unref);

  G_OBJECT_CLASS (rampart_book_job_parent_class)->finalize (object);
}

static void
rampart_book_job_class_init (RampartBookJobClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rampart_book_job_finalize;
}

static void
rampart_book_job_init (RampartBookJob *self)
{
}

/**
 * rampart_book_job_new:
 * @book: what to lay out
 * @paper: on which paper
 *
 * Returns: (transfer full): a job, not started
 */
RampartBookJob *
rampart_book_job_new (RampartBook  *book,
                      RampartPaper  paper)
{
  RampartBookJob *self = g_object_new (RAMPART_TYPE_BOOK_JOB, NULL);

  self->book = g_object_ref (book);
  self->paper = paper;
  return self;
}

static void
laid_out_cb (guint    pages,
             gpointer user_data)
{
  RampartBookJob *self = user_data;

  g_atomic_int_set (&self->laid_out, (gint) pages);
}

static void
written_cb (guint    pages,
            gpointer user_data)
{
  RampartBookJob *self = user_data;

  g_atomic_int_set (&self->written, (gint) pages);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RampartBookJob *self = source_object;
  g_autoptr(RampartLayout) layout = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  layout = rampart_layout_new (self->book, self->paper, laid_out_cb, self, cancellable, &error);
  if (layout == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_atomic_int_set (&self->n_pages, (gint) rampart_layout_get_n_pages (layout));
  if (!rampart_layout_write_pdf (layout, stream, written_cb, self, cancellable, &error) ||
      !g_output_stream_close (stream, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Read by the main thread only once the task has returned. */
  self->pdf = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  self->layout = g_steal_pointer (&layout);
  g_task_return_boolean (task, TRUE);
}

/**
 * rampart_book_job_run_async:
 * @self: a job, not started
 * @cancellable: (nullable): stops the job
 * @callback: called in the main thread when the job is done
 * @user_data: data for @callback
 *
 * Lays the book out and writes it as PDF in a worker thread.
 */
void
rampart_book_job_run_async (RampartBookJob      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (RAMPART_IS_BOOK_JOB (self));

  g_task_set_source_tag (task, rampart_book_job_run_async);
  g_task_run_in_thread (task, job_thread);
}

gboolean
rampart_book_job_finish (RampartBookJob  *self,
                         GAsyncResult    *result,
                         GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

guint
rampart_book_job_get_laid_out (RampartBookJob *self)
{
  return (guint) g_atomic_int_get (&self->laid_out);
}

guint
rampart_book_job_get_written (RampartBookJob *self)
{
  return (guint) g_atomic_int_get (&self->written);
}

/**
 * rampart_book_job_get_n_pages:
 * @self: a #RampartBookJob
 *
 * Returns: how many pages the book has, or 0 until it is laid out
 */
guint
rampart_book_job_get_n_pages (RampartBookJob *self)
{
  return (guint) g_atomic_int_get (&self->n_pages);
}

/**
 * rampart_book_job_get_layout:
 * @self: a #RampartBookJob
 *
 * Returns: (transfer none) (nullable): the layout, once the job is done
 */
RampartLayout *
rampart_book_job_get_layout (RampartBookJob *self)
{
  return self->layout;
}

/**
 * rampart_book_job_get_pdf:
 * @self: a #RampartBookJob
 *
 * Returns: (transfer none) (nullable): the PDF, once the job is done
 */
GBytes *
rampart_book_job_get_pdf (RampartBookJob *self)
{
  return self->pdf;
}
