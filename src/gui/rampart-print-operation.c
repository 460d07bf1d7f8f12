/* rampart-print-operation.c: prints a laid-out book
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-print-operation"

#include "config.h"

#include "rampart-print-operation.h"

/*
 * Printing draws the same layout as the PDF, page by page, into the
 * printer's cairo context: what is printed is what the preview shows. A
 * printer's paper of another size gets the page scaled to fit, centred.
 */

struct _RampartPrintOperation
{
  GtkPrintOperation  parent_instance;

  RampartLayout     *layout;
};

G_DEFINE_FINAL_TYPE (RampartPrintOperation, rampart_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
rampart_print_operation_begin_print (GtkPrintOperation *operation,
                                     GtkPrintContext   *context)
{
  RampartPrintOperation *self = RAMPART_PRINT_OPERATION (operation);

  gtk_print_operation_set_n_pages (operation, (int) rampart_layout_get_n_pages (self->layout));
}

static void
rampart_print_operation_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page)
{
  RampartPrintOperation *self = RAMPART_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double page_width, page_height, scale;
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  rampart_layout_get_page_size (self->layout, &page_width, &page_height);
  scale = MIN (width / page_width, height / page_height);

  cairo_save (cr);
  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  rampart_layout_draw_page (self->layout, cr, (guint) page);
  cairo_restore (cr);
}

static void
rampart_print_operation_dispose (GObject *object)
{
  RampartPrintOperation *self = RAMPART_PRINT_OPERATION (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (rampart_print_operation_parent_class)->dispose (object);
}

static void
rampart_print_operation_class_init (RampartPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = rampart_print_operation_dispose;
  operation_class->begin_print = rampart_print_operation_begin_print;
  operation_class->draw_page = rampart_print_operation_draw_page;
}

static void
rampart_print_operation_init (RampartPrintOperation *self)
{
}

/**
 * rampart_print_operation_new:
 * @layout: what to print
 *
 * Returns: (transfer full): a print operation for @layout's pages, on paper
 *   of the layout's size unless the person picks another
 */
RampartPrintOperation *
rampart_print_operation_new (RampartLayout *layout)
{
  RampartPrintOperation *self = g_object_new (RAMPART_TYPE_PRINT_OPERATION, NULL);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  double width, height;

  self->layout = g_object_ref (layout);
  rampart_layout_get_page_size (layout, &width, &height);
  /* A4 is 595 points wide, US Letter 612. */
  paper = gtk_paper_size_new (width > 600 ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_top_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, 0, GTK_UNIT_POINTS);

  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self),
                                    rampart_book_get_title (rampart_layout_get_book (layout)));
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);

  return self;
}
