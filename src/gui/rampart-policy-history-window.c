/* rampart-policy-history-window.c: a policy's revisions, each as it was approved, and what changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-policy-history-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-book-job.h"
#include "rampart-gui-utils.h"
#include "rampart-pack.h"
#include "rampart-pdf-view.h"
#include "rampart-policy-history-window.h"
#include "rampart-policy-revision.h"
#include "rampart-text-diff.h"

/*
 * The revisions of a policy, newest first, with the draft being written
 * above them. The one selected shows as it printed when it was approved,
 * or, side by side in words, what changed from the revision before it, or
 * from any other chosen: its details, then its text with what was taken
 * out struck through and what came in highlighted.
 */

struct _RampartPolicyHistoryWindow
{
  AdwWindow          parent_instance;

  /* Template widgets */
  GtkListBox        *revisions_list;
  AdwViewStack      *view_stack;
  GtkStack          *text_stack;
  GtkSpinner        *spinner;
  RampartPdfView    *preview_view;
  GtkLabel          *compare_label;
  GtkDropDown       *compare_dropdown;
  GtkStringList     *compare_titles;
  GtkLabel          *fields_label;
  GtkTextView       *diff_view;

  /* Owned */
  RampartWorkspace  *workspace;
  GPtrArray         *entries;      /* of RampartPolicyRevision, the first first, the draft last */
  GCancellable      *cancellable;
  RampartBookJob    *job;
  gboolean          filling;
};

G_DEFINE_FINAL_TYPE (RampartPolicyHistoryWindow, rampart_policy_history_window, ADW_TYPE_WINDOW)

static char *
entry_title (RampartPolicyRevision *revision)
{
  if (rampart_policy_revision_is_draft (revision))
    return g_strdup (_("Current draft"));

  return g_strdup_printf (_("Version %s"), rampart_policy_revision_get_version (revision));
}

static int
selected_index (RampartPolicyHistoryWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->revisions_list);

  return row != NULL ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "rampart-index")) : -1;
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  RampartBookJob *job = RAMPART_BOOK_JOB (object);
  RampartPolicyHistoryWindow *self;
  g_autoptr(GError) error = NULL;
  gboolean done = rampart_book_job_finish (job, result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = RAMPART_POLICY_HISTORY_WINDOW (user_data);
  if (job != self->job)
    return;

  gtk_spinner_stop (self->spinner);
  if (!done || !rampart_pdf_view_set_pdf (self->preview_view, rampart_book_job_get_pdf (job), &error))
    g_warning ("Could not show a revision: %s", error->message);
  else
    gtk_stack_set_visible_child_name (self->text_stack, "preview");
  g_clear_object (&self->job);
}

static void
show_text (RampartPolicyHistoryWindow *self,
           RampartPolicyRevision      *revision)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(RampartBook) book = rampart_pack_build_policy (self->workspace, revision, now, FALSE);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->job);

  gtk_stack_set_visible_child_name (self->text_stack, "working");
  gtk_spinner_start (self->spinner);
  self->job = rampart_book_job_new (book, rampart_widget_get_paper (GTK_WIDGET (self)));
  rampart_book_job_run_async (self->job, self->cancellable, job_done_cb, self);
}

/* The other revisions to compare with, the one before first chosen. */
static void
fill_compare (RampartPolicyHistoryWindow *self,
              int                         index)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  self->filling = TRUE;
  for (guint i = 0; i < self->entries->len; i++)
    if ((int) i != index)
      g_ptr_array_add (titles, entry_title (g_ptr_array_index (self->entries, i)));
  g_ptr_array_add (titles, NULL);
  gtk_string_list_splice (self->compare_titles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->compare_titles)),
                          (const char * const *) titles->pdata);
  /* The one before, or the next for the first revision */
  gtk_drop_down_set_selected (self->compare_dropdown, index > 0 ? (guint) index - 1 : 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->compare_dropdown), self->entries->len > 1);
  self->filling = FALSE;
}

static RampartPolicyRevision *
compared (RampartPolicyHistoryWindow *self,
          int                         index)
{
  guint chosen = gtk_drop_down_get_selected (self->compare_dropdown);

  if (self->entries->len < 2 || chosen == GTK_INVALID_LIST_POSITION)
    return NULL;

  /* The list leaves the selected revision out. */
  if ((int) chosen >= index)
    chosen++;
  return chosen < self->entries->len ? g_ptr_array_index (self->entries, chosen) : NULL;
}

static void
show_changes (RampartPolicyHistoryWindow *self,
              int                         index)
{
  RampartPolicyRevision *revision = g_ptr_array_index (self->entries, index);
  RampartPolicyRevision *other = compared (self, index);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->diff_view);
  RampartPolicyRevision *before, *after;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GPtrArray) chunks = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *before_title = NULL;
  g_autofree char *after_title = NULL;
  g_autofree char *heading = NULL;
  GtkTextMark *first_change = NULL;
  GtkTextIter end;

  gtk_text_buffer_set_text (buffer, "", -1);
  if (other == NULL)
    {
      gtk_label_set_text (self->compare_label, _("Nothing to compare with yet"));
      gtk_label_set_text (self->fields_label, _("The policy has one revision: its first issue."));
      return;
    }

  /* Earlier, then later, whichever was selected */
  {
    guint other_index = 0;

    g_ptr_array_find (self->entries, other, &other_index);
    before = (int) other_index < index ? other : revision;
    after = (int) other_index < index ? revision : other;
  }

  before_title = entry_title (before);
  after_title = entry_title (after);
  /* Translators: two revisions compared, as in "From Version 1.0 to Version 1.1" */
  heading = g_strdup_printf (_("From %s to %s"), before_title, after_title);
  gtk_label_set_text (self->compare_label, heading);

  fields = rampart_policy_revision_compare (before, after);
  for (guint i = 0; i < fields->len; i++)
    {
      RampartPolicyChange *change = g_ptr_array_index (fields, i);

      /* Translators: a field that changed, its earlier and its later value */
      g_string_append_printf (text, _("%s: “%s” → “%s”\n"), change->label, change->before, change->after);
    }
  if (*rampart_policy_revision_get_change_summary (after) != '\0')
    /* Translators: what the approver said the later revision changed */
    g_string_append_printf (text, _("Summary: %s"), rampart_policy_revision_get_change_summary (after));
  g_strchomp (text->str);
  gtk_label_set_text (self->fields_label, text->len > 0 ? text->str : _("The details are the same."));

  chunks = rampart_text_diff (rampart_policy_revision_get_body (before), rampart_policy_revision_get_body (after));
  if (!rampart_text_diff_has_changes (chunks))
    {
      gtk_text_buffer_set_text (buffer, _("The text is the same, word for word."), -1);
      return;
    }
  for (guint i = 0; i < chunks->len; i++)
    {
      RampartDiffChunk *chunk = g_ptr_array_index (chunks, i);

      gtk_text_buffer_get_end_iter (buffer, &end);
      /* The reader is taken to the first change: the text before it is as it was. */
      if (chunk->kind != RAMPART_DIFF_SAME && first_change == NULL)
        first_change = gtk_text_buffer_create_mark (buffer, NULL, &end, TRUE);
      gtk_text_buffer_insert_with_tags_by_name (buffer, &end, chunk->text, -1,
                                                chunk->kind == RAMPART_DIFF_ADDED ? "added" :
                                                chunk->kind == RAMPART_DIFF_REMOVED ? "removed" : "same",
                                                NULL);
    }
  if (first_change != NULL)
    {
      gtk_text_view_scroll_to_mark (self->diff_view, first_change, 0.0, TRUE, 0.0, 0.2);
      gtk_text_buffer_delete_mark (buffer, first_change);
    }
}

static void
show_selected_cb (RampartPolicyHistoryWindow *self)
{
  int index = selected_index (self);

  if (index < 0 || self->filling)
    return;

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "changes") == 0)
    show_changes (self, index);
  else
    show_text (self, g_ptr_array_index (self->entries, index));
}

static void
revision_selected_cb (RampartPolicyHistoryWindow *self)
{
  int index = selected_index (self);

  if (index < 0)
    return;

  fill_compare (self, index);
  show_selected_cb (self);
}

static void
fill (RampartPolicyHistoryWindow *self,
      RampartPolicy              *policy)
{
  g_autoptr(GPtrArray) revisions = rampart_policy_list_revisions (policy);
  RampartPolicyStatus status = rampart_policy_get_status (policy);

  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_extend_and_steal (self->entries, g_steal_pointer (&revisions));
  if (status == RAMPART_POLICY_DRAFT || status == RAMPART_POLICY_IN_REVIEW)
    g_ptr_array_add (self->entries, rampart_policy_revision_new_current (policy));

  /* The newest first */
  for (guint i = self->entries->len; i-- > 0;)
    {
      RampartPolicyRevision *revision = g_ptr_array_index (self->entries, i);
      g_autofree char *title = entry_title (revision);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (rampart_policy_revision_is_draft (revision))
        /* Translators: the draft in the history, with the version it would become, as in "1.2 draft, not approved yet" */
        subtitle = g_strdup_printf (_("%s, not approved yet"), rampart_policy_revision_get_version (revision));
      else
        /* Translators: when a revision was approved, by whom, and what it changed */
        subtitle = g_strdup_printf (_("%s, %s\n%s"), rampart_policy_revision_get_approved_on (revision),
                                    rampart_policy_revision_get_approved_by (revision),
                                    rampart_policy_revision_get_change_summary (revision));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      g_object_set_data (G_OBJECT (row), "rampart-index", GINT_TO_POINTER ((int) i));
      gtk_list_box_append (self->revisions_list, row);
    }
}

static void
rampart_policy_history_window_dispose (GObject *object)
{
  RampartPolicyHistoryWindow *self = RAMPART_POLICY_HISTORY_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->job);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (rampart_policy_history_window_parent_class)->dispose (object);
}

static void
rampart_policy_history_window_class_init (RampartPolicyHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_policy_history_window_dispose;

  g_type_ensure (RAMPART_TYPE_PDF_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-policy-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, revisions_list);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, text_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, preview_view);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, compare_label);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, compare_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, compare_titles);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, fields_label);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyHistoryWindow, diff_view);
  gtk_widget_class_bind_template_callback (widget_class, revision_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_selected_cb);
}

static void
rampart_policy_history_window_init (RampartPolicyHistoryWindow *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_set (self->preview_view, "fit-width", TRUE, NULL);

  buffer = gtk_text_view_get_buffer (self->diff_view);
  gtk_text_buffer_create_tag (buffer, "same", NULL);
  gtk_text_buffer_create_tag (buffer, "added",
                              "background-rgba", &(GdkRGBA) { 0.18, 0.76, 0.49, 0.28 },
                              "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (buffer, "removed",
                              "background-rgba", &(GdkRGBA) { 0.88, 0.11, 0.14, 0.18 },
                              "strikethrough", TRUE, NULL);
}

/**
 * rampart_policy_history_window_new:
 * @parent: the window it belongs to
 * @workspace: the workspace of @policy
 * @policy: a policy
 *
 * Returns: (transfer floating): a window with the policy's history,
 *   showing its newest revision
 */
GtkWidget *
rampart_policy_history_window_new (GtkWindow        *parent,
                                   RampartWorkspace *workspace,
                                   RampartPolicy    *policy)
{
  RampartPolicyHistoryWindow *self = g_object_new (RAMPART_TYPE_POLICY_HISTORY_WINDOW,
                                                   "transient-for", parent, NULL);
  g_autofree char *name = rampart_record_dup_title (RAMPART_RECORD (policy));
  /* Translators: the title of a window, as in "History of ISMS-POL-03 Access control policy" */
  g_autofree char *title = g_strdup_printf (_("History of %s"), name);

  self->workspace = g_object_ref (workspace);
  gtk_window_set_title (GTK_WINDOW (self), title);
  fill (self, policy);
  gtk_list_box_select_row (self->revisions_list, gtk_list_box_get_row_at_index (self->revisions_list, 0));

  return GTK_WIDGET (self);
}
