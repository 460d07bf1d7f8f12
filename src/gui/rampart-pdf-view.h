/* rampart-pdf-view.h: a scrollable preview of a PDF document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RAMPART_TYPE_PDF_VIEW (rampart_pdf_view_get_type ())

G_DECLARE_FINAL_TYPE (RampartPdfView, rampart_pdf_view, RAMPART, PDF_VIEW, GtkWidget)

GtkWidget *rampart_pdf_view_new            (void);
gboolean   rampart_pdf_view_set_pdf        (RampartPdfView  *self,
                                            GBytes          *pdf,
                                            GError         **error);
guint      rampart_pdf_view_get_n_pages    (RampartPdfView  *self);
double     rampart_pdf_view_get_zoom       (RampartPdfView  *self);
void       rampart_pdf_view_set_zoom       (RampartPdfView  *self,
                                            double           zoom);
gboolean   rampart_pdf_view_get_fit_width  (RampartPdfView  *self);
void       rampart_pdf_view_set_fit_width  (RampartPdfView  *self,
                                            gboolean         fit_width);
guint      rampart_pdf_view_get_page       (RampartPdfView  *self);
void       rampart_pdf_view_scroll_to_page (RampartPdfView  *self,
                                            guint            page);

/* For tests: how many page textures the view holds now. */
guint      _rampart_pdf_view_get_n_rendered (RampartPdfView *self);

G_END_DECLS
