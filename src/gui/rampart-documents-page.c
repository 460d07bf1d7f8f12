/* rampart-documents-page.c: the documentation pack, previewed, printed and exported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-documents-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-application.h"
#include "rampart-book-job.h"
#include "rampart-document-control-window.h"
#include "rampart-documents-page.h"
#include "rampart-file.h"
#include "rampart-gui-utils.h"
#include "rampart-pack.h"
#include "rampart-pdf-view.h"
#include "rampart-print-operation.h"
#include "rampart-window.h"

/*
 * The pack is made from the workspace whenever it changes and this page is
 * shown: the book is read from the workspace here, in the main thread, and
 * laid out and written to PDF in a worker thread while a progress bar
 * runs. The preview shows that PDF, and export saves it as it is, so what
 * the person sees is what the auditor gets.
 */

#define REGENERATE_DELAY_MS 1200

struct _RampartDocumentsPage
{
  RampartPage       parent_instance;

  /* Template widgets */
  GtkDropDown      *document_dropdown;
  GtkStringList    *document_titles;
  GtkButton        *zoom_button;
  GtkToggleButton  *outline_button;
  GtkRevealer      *progress_revealer;
  GtkProgressBar   *progress_bar;
  GtkStack         *content_stack;
  GtkSpinner       *spinner;
  GtkListBox       *outline_list;
  RampartPdfView   *view;
  AdwStatusPage    *error_page;

  /* Owned */
  GSignalGroup     *workspace_signals;
  GSignalGroup     *settings_signals;
  GCancellable     *cancellable;
  RampartBookJob   *job;
  /* The identifier of each document the list offers, after the whole pack */
  GStrv             document_ids;
  gboolean          filling_documents;
  RampartLayout    *layout;
  GBytes           *pdf;
  guint             regenerate_source;
  guint             progress_source;
  guint             zoom_source;
  gboolean          stale;
  gboolean          outline_decided;
};

G_DEFINE_FINAL_TYPE (RampartDocumentsPage, rampart_documents_page, RAMPART_TYPE_PAGE)

static void regenerate (RampartDocumentsPage *self);

/* Which document the page shows: NULL for the whole pack. */
static const char *
selected_document (RampartDocumentsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->document_dropdown);

  return self->document_ids != NULL && selected >= 1 && selected <= g_strv_length (self->document_ids)
         ? self->document_ids[selected - 1] : NULL;
}

/* The documents of the pack change with the policies in force: the list follows, keeping its choice. */
static void
fill_documents (RampartDocumentsPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GPtrArray) documents = workspace != NULL ? rampart_pack_list_documents (workspace) : NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autofree char *selected = g_strdup (selected_document (self));
  g_auto(GStrv) new_ids = NULL;
  guint position = 0;

  g_ptr_array_add (titles, _("Documentation pack"));
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      RampartPackDocument *document = g_ptr_array_index (documents, i);

      g_strv_builder_add (ids, document->id);
      g_ptr_array_add (titles, document->title);
      if (g_strcmp0 (selected, document->id) == 0)
        position = i + 1;
    }
  g_ptr_array_add (titles, NULL);
  new_ids = g_strv_builder_end (ids);

  if (self->document_ids != NULL && g_strv_equal ((const char * const *) self->document_ids,
                                                  (const char * const *) new_ids) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->document_titles)) == titles->len - 1)
    return;

  self->filling_documents = TRUE;
  g_strfreev (self->document_ids);
  self->document_ids = g_steal_pointer (&new_ids);
  gtk_string_list_splice (self->document_titles, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->document_titles)),
                          (const char * const *) titles->pdata);
  gtk_drop_down_set_selected (self->document_dropdown, position);
  self->filling_documents = FALSE;
}

static void
update_actions (RampartDocumentsPage *self)
{
  gboolean ready = self->pdf != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.zoom-in", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.zoom-out", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.zoom-fit-width", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.document-control",
                                 rampart_page_get_workspace (RAMPART_PAGE (self)) != NULL);
}

/* Progress */

static gboolean
progress_cb (gpointer user_data)
{
  RampartDocumentsPage *self = user_data;
  RampartBookJob *job = self->job;
  g_autofree char *text = NULL;
  guint written, n_pages;

  if (job == NULL)
    {
      self->progress_source = 0;
      return G_SOURCE_REMOVE;
    }

  written = rampart_book_job_get_written (job);
  n_pages = rampart_book_job_get_n_pages (job);
  if (n_pages > 0)
    {
      /* Translators: progress while the documents are made */
      text = g_strdup_printf (_("Writing page %u of %u"), written, n_pages);
      gtk_progress_bar_set_fraction (self->progress_bar, 0.5 + 0.5 * written / n_pages);
    }
  else
    {
      /* Translators: progress while the documents are made */
      text = g_strdup_printf (_("Laying out page %u"), rampart_book_job_get_laid_out (job));
      gtk_progress_bar_pulse (self->progress_bar);
    }

  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  return G_SOURCE_CONTINUE;
}

static void
fill_outline (RampartDocumentsPage *self)
{
  GArray *outline = rampart_layout_get_outline (self->layout);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->outline_list))) != NULL)
    gtk_list_box_remove (self->outline_list, child);

  /* Rows come from the layout's headings, so they are made here. */
  for (guint i = 0; i < outline->len; i++)
    {
      RampartOutlineEntry *entry = &g_array_index (outline, RampartOutlineEntry, i);
      GtkWidget *label;
      GtkWidget *row;

      if (entry->level > 2)
        continue;

      label = gtk_label_new (entry->title);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_start (label, entry->level == 1 ? 0 : 14);
      if (entry->level == 1)
        gtk_widget_add_css_class (label, "heading");

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_widget_set_tooltip_text (row, entry->title);
      g_object_set_data (G_OBJECT (row), "page", GUINT_TO_POINTER (entry->page));
      gtk_list_box_append (self->outline_list, row);
    }
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  RampartBookJob *job = RAMPART_BOOK_JOB (object);
  RampartDocumentsPage *self;
  g_autoptr(GError) error = NULL;
  gboolean done = rampart_book_job_finish (job, result, &error);

  /* The page is gone, or a newer job replaced this one: its result is of no use. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = RAMPART_DOCUMENTS_PAGE (user_data);
  if (job != self->job)
    return;

  g_clear_object (&self->job);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_spinner_stop (self->spinner);

  if (!done || !rampart_pdf_view_set_pdf (self->view, rampart_book_job_get_pdf (job), &error))
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      return;
    }

  g_set_object (&self->layout, rampart_book_job_get_layout (job));
  g_clear_pointer (&self->pdf, g_bytes_unref);
  self->pdf = g_bytes_ref (rampart_book_job_get_pdf (job));
  fill_outline (self);
  gtk_stack_set_visible_child_name (self->content_stack, "preview");
  update_actions (self);
}

static void
regenerate (RampartDocumentsPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->regenerate_source, g_source_remove);
  if (workspace == NULL)
    return;

  /* Hidden, the page only remembers to catch up when it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->job);

  fill_documents (self);
  today = g_date_time_new_now_local ();
  book = rampart_pack_build (workspace, selected_document (self), today, &error);
  if (book == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      return;
    }

  self->job = rampart_book_job_new (book, rampart_widget_get_paper (GTK_WIDGET (self)));
  if (self->pdf == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "working");
      gtk_spinner_start (self->spinner);
    }
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, progress_cb, self);

  rampart_book_job_run_async (self->job, self->cancellable, job_done_cb, self);
}

static gboolean
regenerate_cb (gpointer user_data)
{
  RampartDocumentsPage *self = user_data;

  self->regenerate_source = 0;
  regenerate (self);
  return G_SOURCE_REMOVE;
}

static void
workspace_changed_cb (RampartDocumentsPage *self)
{
  /* Typing goes on: make the pack once it pauses. */
  g_clear_handle_id (&self->regenerate_source, g_source_remove);
  self->regenerate_source = g_timeout_add (REGENERATE_DELAY_MS, regenerate_cb, self);
}

/* Callbacks */

/* Something other than the workspace changed what to show: start afresh. */
static void
start_over (RampartDocumentsPage *self)
{
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_object (&self->layout);
  update_actions (self);
  regenerate (self);
}

static void
document_selected_cb (RampartDocumentsPage *self)
{
  if (!self->filling_documents)
    start_over (self);
}

static void
outline_activated_cb (RampartDocumentsPage *self,
                      GtkListBoxRow        *row)
{
  rampart_pdf_view_scroll_to_page (self->view, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "page")));
}

static gboolean
show_zoom_cb (gpointer user_data)
{
  RampartDocumentsPage *self = user_data;
  double zoom = 1.0;
  g_autofree char *text = NULL;

  self->zoom_source = 0;
  g_object_get (self->view, "zoom", &zoom, NULL);
  /* Translators: a zoom level, as in "125%" */
  text = g_strdup_printf (_("%.0f%%"), zoom * 100);
  gtk_button_set_label (self->zoom_button, text);
  return G_SOURCE_REMOVE;
}

static void
zoom_changed_cb (RampartDocumentsPage *self)
{
  /* The view fits its width while it is allocated: resize the label after that. */
  if (self->zoom_source == 0)
    self->zoom_source = g_idle_add (show_zoom_cb, self);
}

/* Actions */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartDocumentsPage *self = RAMPART_DOCUMENTS_PAGE (widget);

  /* The view has these actions; the toolbar is beside it, not inside. */
  gtk_widget_activate_action (GTK_WIDGET (self->view),
                              g_str_equal (action_name, "page.zoom-in") ? "pdf.zoom-in" :
                              g_str_equal (action_name, "page.zoom-out") ? "pdf.zoom-out" :
                              "pdf.zoom-fit-width", NULL);
}

static char *
suggested_name (RampartDocumentsPage *self)
{
  RampartBook *book = rampart_layout_get_book (self->layout);
  g_autofree char *date = g_date_time_format (rampart_book_get_date (book), "%Y-%m-%d");

  /* Translators: a file name: organisation, document and date, as in "Kestrel Data - ISMS documentation 2026-11-23.pdf" */
  return g_strdup_printf (_("%s - %s %s.pdf"), rampart_book_get_organisation (book),
                          rampart_book_get_title (book), date);
}

static void
toast (RampartDocumentsPage *self,
       const char           *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static GtkWindow *
window_of (RampartDocumentsPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
export_chosen_cb (GListModel *files,
                  gpointer    user_data)
{
  RampartDocumentsPage *self = user_data;
  g_autoptr(GFile) chosen = g_list_model_get_item (files, 0);
  g_autoptr(GFile) file = rampart_file_with_suffix (chosen, ".pdf");
  g_autoptr(GError) error = NULL;

  if (self->pdf == NULL)
    return;

  /* The preview's bytes, written whole or not at all. */
  if (rampart_file_replace (file, self->pdf, NULL, NULL, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

      toast (self, message);
    }
  else
    {
      g_autofree char *explained = rampart_file_explain_write_error (error);

      rampart_show_error (window_of (self), _("Could Not Export"), explained);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartDocumentsPage *self = RAMPART_DOCUMENTS_PAGE (widget);
  g_autofree char *name = NULL;

  if (self->pdf == NULL)
    return;

  name = suggested_name (self);
  rampart_choose_files (GTK_WINDOW (gtk_widget_get_root (widget)), GTK_FILE_CHOOSER_ACTION_SAVE,
                        _("Export as PDF"), _("_Export"), name, _("PDF documents"), "*.pdf",
                        export_chosen_cb, G_OBJECT (self));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RampartDocumentsPage    *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      rampart_show_error (window_of (self), _("Could Not Print"),
                          error != NULL ? error->message : "");
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RampartDocumentsPage *self = RAMPART_DOCUMENTS_PAGE (widget);
  g_autoptr(RampartPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->layout == NULL)
    return;

  operation = rampart_print_operation_new (self->layout);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (widget)), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    rampart_show_error (window_of (self), _("Could Not Print"), error->message);
}

static void
document_control_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RampartDocumentsPage *self = RAMPART_DOCUMENTS_PAGE (widget);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  const char *document = selected_document (self);
  const RampartDocumentType *type = document != NULL ? rampart_pack_find_document_type (document) : NULL;
  GtkWidget *window;

  if (workspace == NULL)
    return;

  /* A policy keeps its document control with it, in its own section. */
  if (document != NULL && type == NULL)
    {
      RampartPolicy *policy = rampart_policies_find (rampart_workspace_get_policies (workspace), document);

      window = gtk_widget_get_ancestor (widget, RAMPART_TYPE_WINDOW);
      if (policy != NULL && window != NULL)
        rampart_window_show_record (RAMPART_WINDOW (window), RAMPART_RECORD (policy));
      return;
    }

  window = rampart_document_control_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), workspace,
                                                type != NULL ? type->id : RAMPART_PACK_ID,
                                                type != NULL ? _(type->title) : _("ISMS documentation"));
  gtk_window_present (GTK_WINDOW (window));
}

/* RampartPage */

static void
rampart_documents_page_workspace_changed (RampartPage *page)
{
  RampartDocumentsPage *self = RAMPART_DOCUMENTS_PAGE (page);

  g_signal_group_set_target (self->workspace_signals, rampart_page_get_workspace (page));
  start_over (self);
}

/* GtkWidget */

static void
rampart_documents_page_map (GtkWidget *widget)
{
  RampartDocumentsPage *self = RAMPART_DOCUMENTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  GTK_WIDGET_CLASS (rampart_documents_page_parent_class)->map (widget);

  /* On a narrow window the preview needs all the room. */
  if (!self->outline_decided && root != NULL)
    {
      self->outline_decided = TRUE;
      if (gtk_widget_get_width (GTK_WIDGET (root)) < 720)
        gtk_toggle_button_set_active (self->outline_button, FALSE);
    }

  /* The paper is a preference: a change makes the documents again. */
  if (RAMPART_IS_APPLICATION (app))
    g_signal_group_set_target (self->settings_signals,
                               rampart_application_get_settings (RAMPART_APPLICATION (app)));

  if (self->stale)
    regenerate (self);
}

/* GObject */

static void
rampart_documents_page_dispose (GObject *object)
{
  RampartDocumentsPage *self = RAMPART_DOCUMENTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->job);
  g_clear_pointer (&self->document_ids, g_strfreev);
  g_clear_handle_id (&self->regenerate_source, g_source_remove);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_handle_id (&self->zoom_source, g_source_remove);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->settings_signals);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->pdf, g_bytes_unref);

  G_OBJECT_CLASS (rampart_documents_page_parent_class)->dispose (object);
}

static void
rampart_documents_page_class_init (RampartDocumentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartPageClass *page_class = RAMPART_PAGE_CLASS (klass);

  object_class->dispose = rampart_documents_page_dispose;
  widget_class->map = rampart_documents_page_map;
  page_class->workspace_changed = rampart_documents_page_workspace_changed;

  g_type_ensure (RAMPART_TYPE_PDF_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rampart-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, document_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, document_titles);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, outline_button);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, outline_list);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, view);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentsPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, document_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, outline_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, zoom_changed_cb);

  gtk_widget_class_install_action (widget_class, "page.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "page.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "page.document-control", NULL, document_control_action);
  gtk_widget_class_install_action (widget_class, "page.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "page.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "page.zoom-fit-width", NULL, zoom_action);
}

static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static void
rampart_documents_page_init (RampartDocumentsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Long titles shorten with an ellipsis, so the page fits a narrow window. */
  g_signal_connect (factory, "setup", G_CALLBACK (setup_title_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_title_cb), NULL);
  gtk_drop_down_set_factory (self->document_dropdown, factory);

  fill_documents (self);

  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed",
                                  G_CALLBACK (workspace_changed_cb), self);
  self->settings_signals = g_signal_group_new (G_TYPE_SETTINGS);
  g_signal_group_connect_swapped (self->settings_signals, "changed::paper-size",
                                  G_CALLBACK (start_over), self);

  g_object_set (self->view, "fit-width", TRUE, NULL);
  show_zoom_cb (self);
  update_actions (self);
}

/**
 * rampart_documents_page_show_document:
 * @self: a #RampartDocumentsPage
 * @document_id: (nullable): a document, or %NULL for the whole pack
 *
 * Shows one document, or the pack.
 */
void
rampart_documents_page_show_document (RampartDocumentsPage *self,
                                      const char           *document_id)
{
  guint position = 0;

  g_return_if_fail (RAMPART_IS_DOCUMENTS_PAGE (self));

  fill_documents (self);
  for (guint i = 0; document_id != NULL && self->document_ids[i] != NULL; i++)
    if (g_str_equal (self->document_ids[i], document_id))
      position = i + 1;

  gtk_drop_down_set_selected (self->document_dropdown, position);
}

/**
 * rampart_documents_page_get_layout:
 * @self: a #RampartDocumentsPage
 *
 * Returns: (transfer none) (nullable): the layout shown, once made
 */
RampartLayout *
rampart_documents_page_get_layout (RampartDocumentsPage *self)
{
  g_return_val_if_fail (RAMPART_IS_DOCUMENTS_PAGE (self), NULL);

  return self->layout;
}

/**
 * rampart_documents_page_get_pdf:
 * @self: a #RampartDocumentsPage
 *
 * Returns: (transfer none) (nullable): the PDF shown, once made
 */
GBytes *
rampart_documents_page_get_pdf (RampartDocumentsPage *self)
{
  g_return_val_if_fail (RAMPART_IS_DOCUMENTS_PAGE (self), NULL);

  return self->pdf;
}

gboolean
rampart_documents_page_get_busy (RampartDocumentsPage *self)
{
  g_return_val_if_fail (RAMPART_IS_DOCUMENTS_PAGE (self), FALSE);

  return self->job != NULL || self->regenerate_source != 0;
}
