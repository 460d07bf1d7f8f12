/* test-documents.c: the Documents section: preview, regeneration, printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rampart-application.h"
#include "rampart-document-control-window.h"
#include "rampart-documents-page.h"
#include "rampart-gui-test-utils.h"
#include "rampart-pack.h"
#include "rampart-pdf-test-utils.h"
#include "rampart-pdf-view.h"
#include "rampart-print-operation.h"
#include "rampart-test-utils.h"
#include "rampart-window.h"

static RampartApplication *application;

typedef struct
{
  RampartTestFixture    file;
  RampartWindow        *window;
  RampartDocumentsPage *page;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;

  rampart_test_fixture_setup (&fixture->file, GINT_TO_POINTER (TRUE));
  fixture->window = g_object_ref (rampart_window_new (application));
  g_assert_true (rampart_window_open_file (fixture->window, fixture->file.file, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->page = RAMPART_DOCUMENTS_PAGE (rampart_test_find_widget (GTK_WIDGET (fixture->window),
                                                                    RAMPART_TYPE_DOCUMENTS_PAGE, NULL));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rampart_test_iterate ();
  g_clear_object (&fixture->window);
  rampart_test_fixture_teardown (&fixture->file, NULL);
}

static gboolean
ready_cb (gpointer data)
{
  return !rampart_documents_page_get_busy (data) && rampart_documents_page_get_pdf (data) != NULL;
}

static void
show_documents (Fixture *fixture)
{
  rampart_window_show_section (fixture->window, "documents");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_true (rampart_test_wait_for (ready_cb, fixture->page));
}

static char *
first_page_text (Fixture *fixture)
{
  PopplerDocument *document = rampart_test_open_pdf (rampart_documents_page_get_pdf (fixture->page));
  char *text = rampart_test_page_text (document, 0);

  g_object_unref (document);
  return text;
}

static void
test_preview (Fixture       *fixture,
              gconstpointer  unused)
{
  RampartPdfView *view;
  GtkWidget *outline;
  guint rows = 0;

  /* Hidden, the page makes nothing; shown, it makes the pack. */
  g_assert_null (rampart_documents_page_get_pdf (fixture->page));
  show_documents (fixture);

  view = RAMPART_PDF_VIEW (rampart_test_find_widget (GTK_WIDGET (fixture->page), RAMPART_TYPE_PDF_VIEW, NULL));
  g_assert_cmpuint (rampart_pdf_view_get_n_pages (view), ==,
                    rampart_layout_get_n_pages (rampart_documents_page_get_layout (fixture->page)));
  g_assert_cmpuint (rampart_pdf_view_get_n_pages (view), >=, 6);

  outline = rampart_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX, "outline_list");
  for (GtkWidget *row = gtk_widget_get_first_child (outline); row != NULL; row = gtk_widget_get_next_sibling (row))
    rows++;
  g_assert_cmpuint (rows, >=, 5);

  rampart_test_screenshot (GTK_WIDGET (fixture->window), "documents.png");
  rampart_test_assert_controls_named (GTK_WIDGET (fixture->window), "the documents page");
}

static void
test_regenerates_after_edit (Fixture       *fixture,
                             gconstpointer  unused)
{
  RampartWorkspace *workspace = rampart_window_get_workspace (fixture->window);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  show_documents (fixture);
  before = first_page_text (fixture);
  g_assert_nonnull (strstr (before, "Kestrel Data"));

  g_object_set (rampart_workspace_get_organisation (workspace), "name", "Merlin Payroll", NULL);
  g_assert_true (rampart_documents_page_get_busy (fixture->page));
  g_assert_true (rampart_test_wait_for (ready_cb, fixture->page));
  after = first_page_text (fixture);
  g_assert_nonnull (strstr (after, "Merlin Payroll"));
}

static void
test_single_document (Fixture       *fixture,
                      gconstpointer  unused)
{
  g_autofree char *text = NULL;

  show_documents (fixture);
  rampart_documents_page_show_document (fixture->page, "ISMS-CTL");
  g_assert_true (rampart_test_wait_for (ready_cb, fixture->page));
  text = first_page_text (fixture);
  g_assert_nonnull (strstr (text, "Annex A controls"));
  g_assert_null (strstr (text, "Document control"));
}

/* Printing draws the same pages as the PDF: printed to a file, the text is the same. */
static void
test_print_to_file (Fixture       *fixture,
                    gconstpointer  unused)
{
  g_autoptr(RampartPrintOperation) operation = NULL;
  g_autofree char *path = g_build_filename (fixture->file.dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) printed = NULL;
  PopplerDocument *direct;
  PopplerDocument *print;

  show_documents (fixture);
  operation = rampart_print_operation_new (rampart_documents_page_get_layout (fixture->page));
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  printed = rampart_test_read (path);
  direct = rampart_test_open_pdf (rampart_documents_page_get_pdf (fixture->page));
  print = rampart_test_open_pdf (printed);
  g_assert_cmpint (poppler_document_get_n_pages (print), ==, poppler_document_get_n_pages (direct));
  for (int i = 0; i < poppler_document_get_n_pages (direct); i++)
    {
      g_autofree char *a = rampart_test_page_text (direct, i);
      g_autofree char *b = rampart_test_page_text (print, i);

      g_assert_cmpstr (a, ==, b);
    }
  g_object_unref (direct);
  g_object_unref (print);
}

static void
test_document_control_window (Fixture       *fixture,
                              gconstpointer  unused)
{
  RampartWorkspace *workspace = rampart_window_get_workspace (fixture->window);
  RampartDocumentControl *control = rampart_workspace_get_document_control (workspace, "ISMS-ORG");
  GtkWidget *window;
  GtkWidget *version;

  window = rampart_document_control_window_new (GTK_WINDOW (fixture->window), workspace, "ISMS-ORG",
                                                "Organisation profile");
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  version = rampart_test_find_widget (window, ADW_TYPE_ENTRY_ROW, "version_row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (version)), ==, "1.0");
  gtk_editable_set_text (GTK_EDITABLE (version), "1.1");
  g_assert_cmpstr (rampart_document_control_get_version (control), ==, "1.1");
  g_assert_true (rampart_workspace_get_has_unsaved_changes (workspace));

  /* Undo works in the dialog as in the window. */
  g_assert_true (gtk_widget_activate_action (window, "control.undo", NULL));
  g_assert_cmpstr (rampart_document_control_get_version (control), ==, "1.0");

  rampart_test_screenshot (window, "document-control.png");
  rampart_test_assert_controls_named (window, "the document control window");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  gtk_test_init (&argc, &argv, NULL);

  application = rampart_application_new ();
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/gui/documents/preview", test_preview);
  ADD ("/gui/documents/regenerates-after-edit", test_regenerates_after_edit);
  ADD ("/gui/documents/single-document", test_single_document);
  ADD ("/gui/documents/print-to-file", test_print_to_file);
  ADD ("/gui/documents/document-control-window", test_document_control_window);
#undef ADD

  return g_test_run ();
}
