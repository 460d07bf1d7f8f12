/* rampart-policy-editor.c: one policy: its text with a live preview, its details and workflow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-policy-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "rampart-book-job.h"
#include "rampart-date-row.h"
#include "rampart-file.h"
#include "rampart-gui-utils.h"
#include "rampart-pack.h"
#include "rampart-pdf-view.h"
#include "rampart-picker-window.h"
#include "rampart-placeholders.h"
#include "rampart-policy-editor.h"
#include "rampart-policy-history-window.h"
#include "rampart-policy-revision.h"
#include "rampart-print-operation.h"
#include "rampart-window.h"

/*
 * A policy is written in Markdown on the left and shown on the right as
 * it prints: the same book, laid out by the same engine in a worker
 * thread, a moment after each change. Placeholders are highlighted as
 * they are typed, those Rampart does not know in red and the places a
 * template asks to adapt in yellow. Above the text, the policy's status
 * decides what can be done next: submit for review, approve, start the
 * next revision, retire or reinstate; every step is an edit that Undo
 * takes back. Undo is the workspace's, as everywhere in Rampart, so the
 * text keeps no history of its own.
 */

#define PREVIEW_DELAY_MS 400

struct _RampartPolicyEditor
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *content;
  GtkLabel            *title_label;
  GtkLabel            *status_label;
  GtkLabel            *version_label;
  GtkLabel            *review_label;
  GtkWidget           *submit_button;
  GtkWidget           *return_button;
  GtkWidget           *revise_button;
  GtkWidget           *reinstate_button;
  GtkWidget           *approve_button;
  GtkWidget           *notice_box;
  GtkImage            *notice_icon;
  GtkLabel            *notice_label;
  AdwViewStack        *view_stack;
  GMenu               *placeholder_menu;
  GtkLabel            *placeholders_label;
  GtkWidget           *next_adapt_button;
  GtkToggleButton     *preview_button;
  GtkPaned            *paned;
  GtkSourceView       *source_view;
  GtkStack            *preview_stack;
  GtkSpinner          *spinner;
  RampartPdfView      *preview_view;
  AdwStatusPage       *preview_error_page;
  AdwEntryRow         *identifier_row;
  AdwEntryRow         *title_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *owner_row;
  AdwEntryRow         *approver_row;
  AdwEntryRow         *audience_row;
  RampartDateRow      *effective_row;
  RampartDateRow      *review_row;
  GtkListBox          *controls_list;
  GtkSwitch           *draft_in_pack_switch;

  /* Owned */
  RampartWorkspace    *workspace;
  RampartPolicy       *policy;
  GtkSourceBuffer     *buffer;
  GBindingGroup       *bindings;
  GSignalGroup        *policy_signals;
  GSignalGroup        *workspace_signals;
  GCancellable        *cancellable;
  RampartBookJob      *job;
  RampartLayout       *layout;
  GBytes              *pdf;
  GtkTextTag          *known_tag;
  GtkTextTag          *unknown_tag;
  GtkTextTag          *adapt_tag;
  guint                preview_source;
  guint                highlight_source;
  guint                narrow_source;
  gboolean             narrow;
  gboolean             paned_placed;
  gboolean             stale;
  gboolean             syncing;
  gboolean             acknowledgement;
};

G_DEFINE_FINAL_TYPE (RampartPolicyEditor, rampart_policy_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACKNOWLEDGEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_preview (RampartPolicyEditor *self);

static GtkWindow *
window_of (RampartPolicyEditor *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* The text */

/* Shows the policy's text, changing only what differs, so that the cursor stays where it was. */
static void
load_text (RampartPolicyEditor *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  const char *text = self->policy != NULL ? rampart_policy_get_body (self->policy) : "";
  g_autofree char *shown = NULL;
  GtkTextIter start, end;
  glong prefix = 0, suffix = 0, shown_length, text_length;
  const char *a, *b;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  if (g_str_equal (shown, text))
    return;

  shown_length = g_utf8_strlen (shown, -1);
  text_length = g_utf8_strlen (text, -1);
  for (a = shown, b = text; *a != '\0' && g_utf8_get_char (a) == g_utf8_get_char (b);
       a = g_utf8_next_char (a), b = g_utf8_next_char (b))
    prefix++;
  {
    const char *ea = shown + strlen (shown), *eb = text + strlen (text);

    while (suffix < shown_length - prefix && suffix < text_length - prefix)
      {
        const char *pa = g_utf8_prev_char (ea), *pb = g_utf8_prev_char (eb);

        if (g_utf8_get_char (pa) != g_utf8_get_char (pb))
          break;
        ea = pa, eb = pb;
        suffix++;
      }
  }

  self->syncing = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) prefix);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) (shown_length - suffix));
  gtk_text_buffer_delete (buffer, &start, &end);
  {
    const char *from = g_utf8_offset_to_pointer (text, prefix);
    const char *to = g_utf8_offset_to_pointer (text, text_length - suffix);

    gtk_text_buffer_insert (buffer, &start, from, (int) (to - from));
  }
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->syncing = FALSE;
}

static void
buffer_changed_cb (RampartPolicyEditor *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->syncing || self->policy == NULL)
    return;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  text = gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, TRUE);
  self->syncing = TRUE;
  g_object_set (self->policy, "body", text, NULL);
  self->syncing = FALSE;
}

/* Placeholders stand out: known ones in the accent colour, unknown ones in red, places to adapt in yellow. */
static gboolean
highlight_cb (gpointer user_data)
{
  RampartPolicyEditor *self = user_data;
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  g_autofree char *text = NULL;
  g_autoptr(GArray) found = NULL;
  GtkTextIter start, end;
  guint n_adapt = 0, n_unknown = 0;
  g_autoptr(GString) summary = g_string_new (NULL);

  self->highlight_source = 0;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->known_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->unknown_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->adapt_tag, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  found = rampart_placeholders_scan (text);

  for (guint i = 0; i < found->len; i++)
    {
      RampartPlaceholder *placeholder = &g_array_index (found, RampartPlaceholder, i);
      GtkTextTag *tag = placeholder->kind == RAMPART_PLACEHOLDER_KNOWN ? self->known_tag :
                        placeholder->kind == RAMPART_PLACEHOLDER_ADAPT ? self->adapt_tag : self->unknown_tag;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) g_utf8_pointer_to_offset (text, text + placeholder->start));
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) g_utf8_pointer_to_offset (text, text + placeholder->end));
      gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
      n_adapt += placeholder->kind == RAMPART_PLACEHOLDER_ADAPT;
      n_unknown += placeholder->kind == RAMPART_PLACEHOLDER_UNKNOWN;
    }

  if (n_adapt > 0)
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u place to adapt", "%u places to adapt", n_adapt),
                            n_adapt);
  if (n_unknown > 0)
    {
      if (summary->len > 0)
        g_string_append (summary, " · ");
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u unknown placeholder",
                                                    "%u unknown placeholders", n_unknown),
                              n_unknown);
    }
  gtk_label_set_text (self->placeholders_label, summary->str);
  gtk_widget_set_visible (self->next_adapt_button, n_adapt > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.next-to-adapt", n_adapt > 0);

  return G_SOURCE_REMOVE;
}

static void
schedule_highlight (RampartPolicyEditor *self)
{
  if (self->highlight_source == 0)
    self->highlight_source = g_idle_add (highlight_cb, self);
}

/* The source view follows the light or dark style. */
static void
update_scheme (RampartPolicyEditor *self)
{
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme = gtk_source_style_scheme_manager_get_scheme (schemes, dark ? "Adwaita-dark" : "Adwaita");

  if (scheme != NULL)
    gtk_source_buffer_set_style_scheme (self->buffer, scheme);
  g_object_set (self->adapt_tag, "background-rgba",
                &(GdkRGBA) { 0.96, 0.83, 0.18, dark ? 0.35 : 0.45 }, NULL);
  g_object_set (self->known_tag, "foreground-rgba",
                dark ? &(GdkRGBA) { 0.47, 0.68, 0.93, 1 } : &(GdkRGBA) { 0.11, 0.44, 0.85, 1 }, NULL);
}

/* State */

static void
set_notice (RampartPolicyEditor *self,
            const char          *icon,
            const char          *text,
            gboolean             warning)
{
  gtk_widget_set_visible (self->notice_box, text != NULL);
  if (text == NULL)
    return;

  gtk_image_set_from_icon_name (self->notice_icon, icon);
  gtk_label_set_text (self->notice_label, text);
  if (warning)
    gtk_widget_add_css_class (self->notice_box, "warning");
  else
    gtk_widget_remove_css_class (self->notice_box, "warning");
}

static void
update_notice (RampartPolicyEditor *self)
{
  RampartPolicy *policy = self->policy;
  RampartPolicyRevision *last = rampart_policy_get_last_revision (policy);
  RampartPolicyStatus status = rampart_policy_get_status (policy);
  const char *body = rampart_policy_get_body (policy);
  g_auto(GStrv) unknown = rampart_placeholders_dup_names (body, RAMPART_PLACEHOLDER_UNKNOWN);
  guint to_adapt = rampart_placeholders_count (body, RAMPART_PLACEHOLDER_ADAPT);
  g_autofree char *text = NULL;

  if (unknown[0] != NULL)
    {
      g_autofree char *names = g_strjoinv ("}}, {{", unknown);

      text = g_strdup_printf (_("Rampart does not know the placeholder {{%s}}: it prints as typed, and the policy "
                                "cannot be approved until it is corrected or removed."), names);
      set_notice (self, "dialog-warning-symbolic", text, TRUE);
      return;
    }

  switch (status)
    {
    case RAMPART_POLICY_APPROVED:
      {
        RampartReviewState review = rampart_policy_get_review_state (policy, NULL);

        /* A review that is due says what to do about it. */
        if (review == RAMPART_REVIEW_DUE || review == RAMPART_REVIEW_OVERDUE)
          text = g_strdup_printf (_("Version %s is in force, and its review is due by %s. Start a revision, check "
                                    "that the policy still fits, change what needs it, and approve it again: an "
                                    "approval without changes records the review."),
                                  rampart_policy_revision_get_version (last), rampart_policy_get_next_review (policy));
        else
          text = g_strdup_printf (_("Version %s, approved by %s on %s, is in force. Editing it starts a draft of the "
                                    "next version; the approved text stays in the pack until that is approved."),
                                  rampart_policy_revision_get_version (last),
                                  rampart_policy_revision_get_approved_by (last),
                                  rampart_policy_revision_get_approved_on (last));
        set_notice (self, review == RAMPART_REVIEW_OVERDUE ? "dialog-warning-symbolic" : "emblem-ok-symbolic", text,
                    review == RAMPART_REVIEW_OVERDUE);
      }
      return;

    case RAMPART_POLICY_RETIRED:
      set_notice (self, "action-unavailable-symbolic",
                  _("Retired: no longer in force, and left out of the documentation pack. Its revisions are kept; "
                    "reinstating puts the last one back in force."), FALSE);
      return;

    case RAMPART_POLICY_DRAFT:
    case RAMPART_POLICY_IN_REVIEW:
    default:
      break;
    }

  if (to_adapt > 0)
    {
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "This text is a starting point. Read it through, change what does not "
                                           "fit, and write your own facts in the %u place marked “adapt”.",
                                           "This text is a starting point. Read it through, change what does not "
                                           "fit, and write your own facts in the %u places marked “adapt”.",
                                           to_adapt),
                              to_adapt);
      set_notice (self, "document-edit-symbolic", text, FALSE);
    }
  else if (last != NULL)
    {
      text = g_strdup_printf (rampart_policy_get_draft_in_pack (policy)
                              ? _("A draft of the next version. The pack shows it, marked DRAFT, instead of version %s, "
                                  "which stays in force until this draft is approved.")
                              : _("A draft of the next version. Version %s stays in force, and in the pack, until this "
                                  "draft is approved."),
                              rampart_policy_revision_get_version (last));
      set_notice (self, "document-edit-symbolic", text, FALSE);
    }
  else
    {
      set_notice (self, "document-edit-symbolic",
                  rampart_policy_get_draft_in_pack (policy)
                  ? _("Not approved yet. The pack shows this draft, marked DRAFT on every page.")
                  : _("Not approved yet: the documentation pack leaves it out until it is approved."),
                  FALSE);
    }
}

static void
update_state (RampartPolicyEditor *self)
{
  RampartPolicy *policy = self->policy;
  RampartPolicyStatus status;
  g_autofree char *title = NULL;
  g_autofree char *version = NULL;

  if (policy == NULL)
    return;

  status = rampart_policy_get_status (policy);
  title = rampart_record_dup_title (RAMPART_RECORD (policy));
  gtk_label_set_text (self->title_label, *title != '\0' ? title : _("Untitled policy"));
  rampart_show_policy_status (self->status_label, status);

  version = rampart_policy_dup_version_label (policy);
  /* Translators: a policy's version, as in "Version 1.2 draft" */
  {
    g_autofree char *text = g_strdup_printf (_("Version %s"), version);

    gtk_label_set_text (self->version_label, text);
  }

  switch (rampart_policy_get_review_state (policy, NULL))
    {
    case RAMPART_REVIEW_OVERDUE:
      {
        g_autofree char *text = g_strdup_printf (_("Review overdue since %s"), rampart_policy_get_next_review (policy));

        gtk_label_set_text (self->review_label, text);
        gtk_widget_remove_css_class (GTK_WIDGET (self->review_label), "warning");
        gtk_widget_add_css_class (GTK_WIDGET (self->review_label), "error");
        gtk_widget_set_visible (GTK_WIDGET (self->review_label), TRUE);
      }
      break;

    case RAMPART_REVIEW_DUE:
      {
        g_autofree char *text = g_strdup_printf (_("Review due by %s"), rampart_policy_get_next_review (policy));

        gtk_label_set_text (self->review_label, text);
        gtk_widget_remove_css_class (GTK_WIDGET (self->review_label), "error");
        gtk_widget_add_css_class (GTK_WIDGET (self->review_label), "warning");
        gtk_widget_set_visible (GTK_WIDGET (self->review_label), TRUE);
      }
      break;

    case RAMPART_REVIEW_NONE:
    case RAMPART_REVIEW_SCHEDULED:
    default:
      gtk_widget_set_visible (GTK_WIDGET (self->review_label), FALSE);
      break;
    }

  gtk_widget_set_visible (self->submit_button, status == RAMPART_POLICY_DRAFT);
  gtk_widget_set_visible (self->return_button, status == RAMPART_POLICY_IN_REVIEW);
  gtk_widget_set_visible (self->approve_button, status == RAMPART_POLICY_DRAFT || status == RAMPART_POLICY_IN_REVIEW);
  gtk_widget_set_visible (self->revise_button, status == RAMPART_POLICY_APPROVED);
  gtk_widget_set_visible (self->reinstate_button, status == RAMPART_POLICY_RETIRED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.submit", status == RAMPART_POLICY_DRAFT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.return-to-draft", status == RAMPART_POLICY_IN_REVIEW);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.approve",
                                 status == RAMPART_POLICY_DRAFT || status == RAMPART_POLICY_IN_REVIEW);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.start-revision", status == RAMPART_POLICY_APPROVED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.retire", status == RAMPART_POLICY_APPROVED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.reinstate", status == RAMPART_POLICY_RETIRED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.delete",
                                 rampart_record_can_delete (RAMPART_RECORD (policy)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.history",
                                 rampart_policy_get_last_revision (policy) != NULL);

  update_notice (self);
}

static void
fill_controls (RampartPolicyEditor *self)
{
  const char * const *ids = self->policy != NULL ? rampart_policy_get_control_ids (self->policy) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->controls_list))) != NULL)
    gtk_list_box_remove (self->controls_list, child);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      RampartSoaEntry *entry = rampart_soa_find_entry (rampart_workspace_get_soa_entries (self->workspace), ids[i]);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%s %s", ids[i], entry != NULL ? rampart_soa_entry_get_title (entry) : "");
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      if (entry != NULL)
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       rampart_enum_get_label (RAMPART_TYPE_APPLICABILITY,
                                                               rampart_soa_entry_get_applicability (entry)));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
          g_object_set_data_full (G_OBJECT (row), "rampart-entry", g_object_ref (entry), g_object_unref);
        }
      gtk_list_box_append (self->controls_list, row);
    }
}

static void
control_activated_cb (RampartPolicyEditor *self,
                      GtkListBoxRow       *row)
{
  RampartRecord *entry = g_object_get_data (G_OBJECT (row), "rampart-entry");
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), RAMPART_TYPE_WINDOW);

  if (entry != NULL && window != NULL)
    rampart_window_show_record (RAMPART_WINDOW (window), entry);
}

static void
policy_notify_cb (RampartPolicyEditor *self,
                  GParamSpec          *pspec)
{
  if (g_str_equal (pspec->name, "body"))
    {
      if (!self->syncing)
        load_text (self);
      schedule_highlight (self);
    }
  if (g_str_equal (pspec->name, "control-ids"))
    fill_controls (self);

  update_state (self);
  schedule_preview (self);
}

static void
revisions_changed_cb (RampartPolicyEditor *self)
{
  update_state (self);
  schedule_preview (self);
}

/* The preview */

static RampartBook *
build_book (RampartPolicyEditor *self)
{
  g_autoptr(RampartPolicyRevision) current = rampart_policy_revision_new_current (self->policy);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return rampart_pack_build_policy (self->workspace, current, now, self->acknowledgement);
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  RampartBookJob *job = RAMPART_BOOK_JOB (object);
  RampartPolicyEditor *self;
  g_autoptr(GError) error = NULL;
  gboolean done = rampart_book_job_finish (job, result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = RAMPART_POLICY_EDITOR (user_data);
  if (job != self->job)
    return;

  gtk_spinner_stop (self->spinner);
  if (!done || !rampart_pdf_view_set_pdf (self->preview_view, rampart_book_job_get_pdf (job), &error))
    {
      adw_status_page_set_description (self->preview_error_page, error->message);
      gtk_stack_set_visible_child_name (self->preview_stack, "error");
      g_clear_object (&self->job);
      return;
    }

  g_set_object (&self->layout, rampart_book_job_get_layout (job));
  g_clear_pointer (&self->pdf, g_bytes_unref);
  self->pdf = g_bytes_ref (rampart_book_job_get_pdf (job));
  g_clear_object (&self->job);
  gtk_stack_set_visible_child_name (self->preview_stack, "preview");
}

static gboolean
preview_cb (gpointer user_data)
{
  RampartPolicyEditor *self = user_data;
  g_autoptr(RampartBook) book = NULL;

  self->preview_source = 0;
  self->stale = FALSE;
  if (self->policy == NULL || self->workspace == NULL || rampart_workspace_get_closed (self->workspace))
    return G_SOURCE_REMOVE;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  book = build_book (self);
  g_clear_object (&self->job);
  self->job = rampart_book_job_new (book, rampart_widget_get_paper (GTK_WIDGET (self)));
  if (self->pdf == NULL)
    {
      gtk_stack_set_visible_child_name (self->preview_stack, "working");
      gtk_spinner_start (self->spinner);
    }
  rampart_book_job_run_async (self->job, self->cancellable, job_done_cb, self);

  return G_SOURCE_REMOVE;
}

/* Typing goes on: the preview follows once it pauses. Hidden, the editor only remembers to catch up. */
static void
schedule_preview (RampartPolicyEditor *self)
{
  g_clear_handle_id (&self->preview_source, g_source_remove);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  self->preview_source = g_timeout_add (PREVIEW_DELAY_MS, preview_cb, self);
}

/* Workflow */

static void
show_error (RampartPolicyEditor *self,
            const char          *heading,
            const GError        *error)
{
  rampart_show_error (window_of (self), heading, error->message);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!rampart_policy_submit (self->policy, &error))
    show_error (self, _("Could Not Submit the Policy"), error);
  else
    rampart_show_toast (widget, _("Submitted for review"));
}

static void
return_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!rampart_policy_return_to_draft (self->policy, &error))
    show_error (self, _("Could Not Return the Policy to Draft"), error);
}

static void
start_revision_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!rampart_policy_start_revision (self->policy, &error))
    show_error (self, _("Could Not Start a Revision"), error);
  else
    rampart_policy_editor_focus_text (self);
}

static void
reinstate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!rampart_policy_reinstate (self->policy, &error))
    show_error (self, _("Could Not Reinstate the Policy"), error);
}

static void
retire_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    RampartPolicyEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "retire") || self->policy == NULL)
    return;

  if (!rampart_policy_retire (self->policy, &error))
    show_error (self, _("Could Not Retire the Policy"), error);
  else
    rampart_show_toast (GTK_WIDGET (self), _("Policy retired"));
}

static void
retire_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  g_autofree char *title = rampart_record_dup_title (RAMPART_RECORD (self->policy));
  g_autofree char *heading = g_strdup_printf (_("Retire %s?"), title);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (window_of (self), heading,
                                   _("It will no longer be in force, and leaves the documentation pack. Its revisions "
                                     "stay in its history, and it can be reinstated."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "retire", _("_Retire"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retire", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (retire_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);

  if (self->policy == NULL || !rampart_record_can_delete (RAMPART_RECORD (self->policy)))
    return;

  rampart_delete_with_undo (widget, self->workspace, rampart_workspace_get_policies (self->workspace),
                            RAMPART_RECORD (self->policy));
}

/* Approval */

typedef struct
{
  RampartPolicyEditor *editor;
  GtkEditable         *approved_by;
  RampartDateRow      *approved_on;
  GtkEditable         *summary;
  GtkSwitch           *major;
  RampartDateRow      *next_review;
  gboolean             first;
} Approval;

static void
approval_free (gpointer data)
{
  Approval *approval = data;

  g_object_unref (approval->editor);
  g_free (approval);
}

static void
approval_changed_cb (AdwMessageDialog *dialog)
{
  Approval *approval = g_object_get_data (G_OBJECT (dialog), "rampart-approval");
  RampartPolicy *policy = approval->editor->policy;
  g_autofree char *version = rampart_policy_dup_next_version (policy, gtk_switch_get_active (approval->major));
  g_autofree char *heading = g_strdup_printf (_("Approve Version %s?"), version);
  g_autofree char *by = g_strstrip (g_strdup (gtk_editable_get_text (approval->approved_by)));
  g_autofree char *summary = g_strstrip (g_strdup (gtk_editable_get_text (approval->summary)));

  adw_message_dialog_set_heading (dialog, heading);
  /* A revision after the first says what it changes, for its history. */
  adw_message_dialog_set_response_enabled (dialog, "approve",
                                           *by != '\0' && *rampart_date_row_get_date (approval->approved_on) != '\0' &&
                                           (approval->first || *summary != '\0'));
}

static void
approval_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Approval         *approval)
{
  RampartPolicyEditor *self = approval->editor;
  RampartPolicyRevision *revision;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "approve") || self->policy == NULL)
    return;

  revision = rampart_policy_approve (self->policy, gtk_editable_get_text (approval->approved_by),
                                     rampart_date_row_get_date (approval->approved_on),
                                     gtk_editable_get_text (approval->summary),
                                     gtk_switch_get_active (approval->major),
                                     rampart_date_row_get_date (approval->next_review), &error);
  if (revision == NULL)
    {
      show_error (self, _("Could Not Approve the Policy"), error);
      return;
    }

  /* Translators: a toast after approval, as in "Version 1.1 approved" */
  message = g_strdup_printf (_("Version %s approved"), rampart_policy_revision_get_version (revision));
  rampart_show_toast (GTK_WIDGET (self), message);
}

static void
not_ready_response_cb (AdwMessageDialog    *dialog,
                       const char          *response,
                       RampartPolicyEditor *self)
{
  if (g_str_equal (response, "adapt"))
    gtk_widget_activate_action (GTK_WIDGET (self), "policy.next-to-adapt", NULL);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  RampartPolicy *policy = self->policy;
  RampartOrganisation *organisation = rampart_workspace_get_organisation (self->workspace);
  g_autofree char *today = rampart_date_today ();
  g_autofree char *review = rampart_date_add_months (today, RAMPART_POLICY_REVIEW_MONTHS);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog, *list, *row;
  Approval *approval;

  if (policy == NULL)
    return;

  /* What keeps it from approval, said before anyone fills in a form. */
  if (!rampart_policy_check_ready (policy, &error))
    {
      dialog = adw_message_dialog_new (window_of (self), _("Not Ready for Approval"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      if (g_error_matches (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_TO_ADAPT))
        {
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "adapt", _("_Go to the First"));
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "adapt", ADW_RESPONSE_SUGGESTED);
          adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "adapt");
        }
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
      g_signal_connect_object (dialog, "response", G_CALLBACK (not_ready_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  dialog = adw_message_dialog_new (window_of (self), NULL,
                                   _("The text as it reads now is kept as this version, never to change again. It "
                                     "takes effect on approval, or on a later effective date, and goes into the "
                                     "documentation pack."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "approve", _("_Approve"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "approve", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "approve");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  approval = g_new0 (Approval, 1);
  approval->editor = g_object_ref (self);
  approval->first = rampart_policy_get_last_revision (policy) == NULL;

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* The approver named in its details, or else top management */
  approval->approved_by = rampart_add_entry_row (GTK_LIST_BOX (list), _("Approved By"),
                                                 *rampart_policy_get_approver (policy) != '\0'
                                                 ? rampart_policy_get_approver (policy)
                                                 : rampart_organisation_get_sponsor (organisation));
  row = g_object_new (RAMPART_TYPE_DATE_ROW, "title", _("Approved On"), NULL);
  rampart_date_row_set_date (RAMPART_DATE_ROW (row), today);
  approval->approved_on = RAMPART_DATE_ROW (row);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  approval->summary = rampart_add_entry_row (GTK_LIST_BOX (list), _("What Changed"),
                                             approval->first ? _("First issue") : "");

  row = adw_action_row_new ();
  approval->major = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (approval->major), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Major Change"));
  if (!approval->first)
    {
      g_autofree char *minor = rampart_policy_dup_next_version (policy, FALSE);
      g_autofree char *major = rampart_policy_dup_next_version (policy, TRUE);
      g_autofree char *subtitle = g_strdup_printf (_("Version %s instead of %s"), major, minor);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (approval->major));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (approval->major));
  gtk_widget_set_visible (row, !approval->first);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  row = g_object_new (RAMPART_TYPE_DATE_ROW, "title", _("Next Review"), NULL);
  rampart_date_row_set_date (RAMPART_DATE_ROW (row), review);
  approval->next_review = RAMPART_DATE_ROW (row);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  g_object_set_data_full (G_OBJECT (dialog), "rampart-approval", approval, approval_free);
  g_signal_connect_swapped (approval->approved_by, "changed", G_CALLBACK (approval_changed_cb), dialog);
  g_signal_connect_swapped (approval->summary, "changed", G_CALLBACK (approval_changed_cb), dialog);
  g_signal_connect_swapped (approval->approved_on, "notify::date", G_CALLBACK (approval_changed_cb), dialog);
  g_signal_connect_swapped (approval->major, "notify::active", G_CALLBACK (approval_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (approval_response_cb), approval);
  approval_changed_cb (ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* History, print, export */

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  GtkWidget *window;

  window = rampart_policy_history_window_new (window_of (self), self->workspace, self->policy);
  gtk_window_present (GTK_WINDOW (window));
}

/* The layout as the preview shows it, made now if the preview is not up to date. */
static RampartLayout *
current_layout (RampartPolicyEditor  *self,
                GError              **error)
{
  g_autoptr(RampartBook) book = NULL;

  if (self->layout != NULL && self->job == NULL && self->preview_source == 0 && !self->stale)
    return g_object_ref (self->layout);

  book = build_book (self);
  return rampart_layout_new (book, rampart_widget_get_paper (GTK_WIDGET (self)), NULL, NULL, NULL, error);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RampartPolicyEditor     *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  rampart_show_error (window_of (self), _("Could Not Print"), error != NULL ? error->message : "");
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  g_autoptr(RampartLayout) layout = NULL;
  g_autoptr(RampartPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  layout = current_layout (self, &error);
  if (layout == NULL)
    {
      show_error (self, _("Could Not Print"), error);
      return;
    }

  operation = rampart_print_operation_new (layout);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               window_of (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print"), error);
}

static void
export_chosen_cb (GListModel *files,
                  gpointer    user_data)
{
  RampartPolicyEditor *self = user_data;
  g_autoptr(GFile) chosen = g_list_model_get_item (files, 0);
  g_autoptr(GFile) file = rampart_file_with_suffix (chosen, ".pdf");
  g_autoptr(RampartLayout) layout = NULL;
  g_autoptr(RampartFileWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  /* Written whole beside the file, then renamed over it: a failure leaves nothing half-written. */
  layout = current_layout (self, &error);
  if (layout == NULL ||
      (writer = rampart_file_writer_new (file, NULL, &error)) == NULL ||
      !rampart_layout_write_pdf (layout, rampart_file_writer_get_stream (writer), NULL, NULL, NULL, &error) ||
      !rampart_file_writer_commit (writer, NULL, &error))
    {
      g_autofree char *explained = rampart_file_explain_write_error (error);

      rampart_show_error (window_of (self), _("Could Not Export"), explained);
      return;
    }

  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

    rampart_show_toast (GTK_WIDGET (self), message);
  }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  g_autofree char *version = rampart_policy_dup_version_label (self->policy);
  g_autofree char *name = NULL;

  /* Translators: a file name: identifier, title and version, as in "ISMS-POL-03 Access control policy 1.1.pdf" */
  name = g_strdup_printf (_("%s %s %s.pdf"), rampart_policy_get_identifier (self->policy),
                          rampart_policy_get_title (self->policy), version);
  rampart_choose_files (window_of (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("Export as PDF"), _("_Export"), name,
                        _("PDF documents"), "*.pdf", export_chosen_cb, G_OBJECT (self));
}

/* Controls */

static void
controls_chosen_cb (const char * const *keys,
                    gpointer            user_data)
{
  g_object_set (user_data, "control-ids", keys, NULL);
}

static void
choose_controls_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  RampartPickerWindow *picker;

  picker = rampart_picker_window_new (window_of (self), _("Controls the Policy Supports"), controls_chosen_cb,
                                      G_OBJECT (self->policy));
  rampart_picker_window_add_controls (picker, self->workspace, rampart_policy_get_control_ids (self->policy));
  gtk_window_present (GTK_WINDOW (picker));
}

/* Placeholders */

static void
insert_placeholder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  g_autofree char *text = g_strdup_printf ("{{%s}}", g_variant_get_string (parameter, NULL));

  adw_view_stack_set_visible_child_name (self->view_stack, "text");
  gtk_text_buffer_insert_at_cursor (GTK_TEXT_BUFFER (self->buffer), text, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
}

/* Selects the next place to adapt after the cursor, from the top again at the end. */
static void
next_to_adapt_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter cursor, start, end;
  g_autofree char *text = NULL;
  g_autoptr(GArray) found = NULL;
  RampartPlaceholder *chosen = NULL;
  int at;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  found = rampart_placeholders_scan (text);
  gtk_text_buffer_get_selection_bounds (buffer, NULL, &cursor);
  at = gtk_text_iter_get_offset (&cursor);

  for (guint pass = 0; chosen == NULL && pass < 2; pass++)
    for (guint i = 0; chosen == NULL && i < found->len; i++)
      {
        RampartPlaceholder *placeholder = &g_array_index (found, RampartPlaceholder, i);

        if (placeholder->kind == RAMPART_PLACEHOLDER_ADAPT &&
            (pass == 1 || g_utf8_pointer_to_offset (text, text + placeholder->start) >= at))
          chosen = placeholder;
      }
  if (chosen == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "text");
  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) g_utf8_pointer_to_offset (text, text + chosen->start));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) g_utf8_pointer_to_offset (text, text + chosen->end));
  gtk_text_buffer_select_range (buffer, &end, &start);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->source_view), &start, 0.1, FALSE, 0, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
}

static void
fill_placeholder_menu (RampartPolicyEditor *self)
{
  const RampartPlaceholderInfo *known;
  guint n_known;

  known = rampart_placeholders_get_known (&n_known);
  for (guint i = 0; i < n_known; i++)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = g_strdup_printf ("%s  {{%s}}", _(known[i].label), known[i].name);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "policy.insert-placeholder", g_variant_new_string (known[i].name));
      g_menu_append_item (self->placeholder_menu, item);
    }
}

/* On a narrow window the text needs all the room: the preview steps aside, and comes back after. */
static gboolean
narrow_cb (gpointer user_data)
{
  RampartPolicyEditor *self = user_data;

  self->narrow_source = 0;
  gtk_toggle_button_set_active (self->preview_button, !self->narrow);
  return G_SOURCE_REMOVE;
}

#define NARROW_WIDTH 640

/* The editor lays its child out itself, to know its width. */
static void
rampart_policy_editor_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  gtk_widget_measure (RAMPART_POLICY_EDITOR (widget)->content, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
rampart_policy_editor_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);
  gboolean narrow = width < NARROW_WIDTH;

  /* The text and its preview share the width at first. */
  if (!self->paned_placed && !narrow)
    {
      gtk_paned_set_position (self->paned, width / 2);
      self->paned_placed = TRUE;
    }
  gtk_widget_allocate (self->content, width, height, baseline, NULL);

  /* Changing what is shown waits for the allocation to end. */
  if (narrow != self->narrow && self->narrow_source == 0 &&
      (narrow ? gtk_toggle_button_get_active (self->preview_button) : TRUE))
    {
      self->narrow = narrow;
      self->narrow_source = g_idle_add (narrow_cb, self);
    }
  else if (narrow != self->narrow)
    {
      self->narrow = narrow;
    }
}

static void
rampart_policy_editor_map (GtkWidget *widget)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (widget);

  GTK_WIDGET_CLASS (rampart_policy_editor_parent_class)->map (widget);

  if (self->stale)
    schedule_preview (self);
}

/* GObject */

static void
rampart_policy_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ACKNOWLEDGEMENT:
      g_value_set_boolean (value, self->acknowledgement);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_policy_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ACKNOWLEDGEMENT:
      if (self->acknowledgement != g_value_get_boolean (value))
        {
          self->acknowledgement = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
          schedule_preview (self);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_policy_editor_dispose (GObject *object)
{
  RampartPolicyEditor *self = RAMPART_POLICY_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->job);
  g_clear_handle_id (&self->preview_source, g_source_remove);
  g_clear_handle_id (&self->highlight_source, g_source_remove);
  g_clear_handle_id (&self->narrow_source, g_source_remove);
  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->policy_signals);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->policy);
  g_clear_object (&self->workspace);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_object (&self->buffer);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAMPART_TYPE_POLICY_EDITOR);

  G_OBJECT_CLASS (rampart_policy_editor_parent_class)->dispose (object);
}

static void
rampart_policy_editor_class_init (RampartPolicyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rampart_policy_editor_get_property;
  object_class->set_property = rampart_policy_editor_set_property;
  object_class->dispose = rampart_policy_editor_dispose;
  widget_class->map = rampart_policy_editor_map;
  widget_class->measure = rampart_policy_editor_measure;
  widget_class->size_allocate = rampart_policy_editor_size_allocate;

  /**
   * RampartPolicyEditor:acknowledgement:
   *
   * Whether the preview, the printout and the PDF end with a sheet for
   * staff to sign.
   */
  properties[PROP_ACKNOWLEDGEMENT] =
    g_param_spec_boolean ("acknowledgement", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The text view comes from GtkSourceView, which registers its types here. */
  gtk_source_init ();
  g_type_ensure (RAMPART_TYPE_PDF_VIEW);
  g_type_ensure (RAMPART_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-policy-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, content);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, version_label);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, review_label);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, submit_button);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, return_button);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, revise_button);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, reinstate_button);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, approve_button);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, notice_box);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, notice_icon);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, notice_label);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, placeholder_menu);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, placeholders_label);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, next_adapt_button);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, preview_button);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, paned);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, source_view);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, spinner);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, preview_view);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, preview_error_page);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, identifier_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, approver_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, audience_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, effective_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, review_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, controls_list);
  gtk_widget_class_bind_template_child (widget_class, RampartPolicyEditor, draft_in_pack_switch);

  gtk_widget_class_install_action (widget_class, "policy.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "policy.return-to-draft", NULL, return_action);
  gtk_widget_class_install_action (widget_class, "policy.start-revision", NULL, start_revision_action);
  gtk_widget_class_install_action (widget_class, "policy.reinstate", NULL, reinstate_action);
  gtk_widget_class_install_action (widget_class, "policy.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "policy.retire", NULL, retire_action);
  gtk_widget_class_install_action (widget_class, "policy.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "policy.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "policy.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "policy.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "policy.choose-controls", NULL, choose_controls_action);
  gtk_widget_class_install_action (widget_class, "policy.insert-placeholder", "s", insert_placeholder_action);
  gtk_widget_class_install_action (widget_class, "policy.next-to-adapt", NULL, next_to_adapt_action);
  gtk_widget_class_install_property_action (widget_class, "policy.acknowledgement", "acknowledgement");

}

static void
rampart_policy_editor_init (RampartPolicyEditor *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = gtk_source_buffer_new (NULL);
  gtk_source_buffer_set_language (self->buffer, gtk_source_language_manager_get_language (languages, "markdown"));
  /* Undo is the workspace's. */
  gtk_text_buffer_set_enable_undo (GTK_TEXT_BUFFER (self->buffer), FALSE);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self->source_view), GTK_TEXT_BUFFER (self->buffer));
  self->known_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "placeholder",
                                                "weight", PANGO_WEIGHT_SEMIBOLD, NULL);
  self->unknown_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "unknown-placeholder",
                                                  "underline", PANGO_UNDERLINE_ERROR,
                                                  "foreground-rgba", &(GdkRGBA) { 0.88, 0.11, 0.14, 1 }, NULL);
  self->adapt_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "to-adapt", NULL);
  g_signal_connect_swapped (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (update_scheme), self,
                           G_CONNECT_SWAPPED);
  update_scheme (self);

  g_signal_connect_swapped (self->controls_list, "row-activated", G_CALLBACK (control_activated_cb), self);

  /* Before the text sees it, which would start a new line */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();

    gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return"),
                                                            gtk_named_action_new ("policy.next-to-adapt")));
    gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  }
  fill_placeholder_menu (self);
  g_object_set (self->preview_view, "fit-width", TRUE, NULL);

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "identifier", self->identifier_row, "text", flags);
  g_binding_group_bind (self->bindings, "title", self->title_row, "text", flags);
  rampart_bind_choice (self->bindings, "kind", self->kind_row, RAMPART_TYPE_POLICY_KIND);
  g_binding_group_bind (self->bindings, "owner", self->owner_row, "text", flags);
  g_binding_group_bind (self->bindings, "approver", self->approver_row, "text", flags);
  g_binding_group_bind (self->bindings, "audience", self->audience_row, "text", flags);
  g_binding_group_bind (self->bindings, "effective-on", self->effective_row, "date", flags);
  g_binding_group_bind (self->bindings, "next-review", self->review_row, "date", flags);
  g_binding_group_bind (self->bindings, "draft-in-pack", self->draft_in_pack_switch, "active", flags);

  self->policy_signals = g_signal_group_new (RAMPART_TYPE_POLICY);
  g_signal_group_connect_swapped (self->policy_signals, "notify", G_CALLBACK (policy_notify_cb), self);
  g_signal_group_connect_swapped (self->policy_signals, "revisions-changed", G_CALLBACK (revisions_changed_cb), self);
  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  /* The organisation's name and people are in the text too. */
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (schedule_preview), self);
}

/**
 * rampart_policy_editor_set_policy:
 * @self: a #RampartPolicyEditor
 * @workspace: (nullable): the workspace of @policy
 * @policy: (nullable): the policy to edit
 */
void
rampart_policy_editor_set_policy (RampartPolicyEditor *self,
                                  RampartWorkspace    *workspace,
                                  RampartPolicy       *policy)
{
  g_return_if_fail (RAMPART_IS_POLICY_EDITOR (self));

  if (self->policy == policy && self->workspace == workspace)
    return;

  g_set_object (&self->workspace, workspace);
  g_set_object (&self->policy, policy);
  g_signal_group_set_target (self->workspace_signals, workspace);
  g_signal_group_set_target (self->policy_signals, policy);
  g_binding_group_set_source (self->bindings, policy);

  /* Another policy: its own preview, from the start of its text. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->job);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  if (policy == NULL)
    return;

  self->syncing = TRUE;
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), rampart_policy_get_body (policy), -1);
  {
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &start);
    gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &start);
  }
  self->syncing = FALSE;
  highlight_cb (self);
  fill_controls (self);
  update_state (self);
  g_clear_handle_id (&self->preview_source, g_source_remove);
  preview_cb (self);
}

RampartPolicy *
rampart_policy_editor_get_policy (RampartPolicyEditor *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_EDITOR (self), NULL);

  return self->policy;
}

/**
 * rampart_policy_editor_get_layout:
 * @self: a #RampartPolicyEditor
 *
 * Returns: (transfer none) (nullable): the layout the preview shows, once made
 */
RampartLayout *
rampart_policy_editor_get_layout (RampartPolicyEditor *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_EDITOR (self), NULL);

  return self->layout;
}

/**
 * rampart_policy_editor_get_pdf:
 * @self: a #RampartPolicyEditor
 *
 * Returns: (transfer none) (nullable): the PDF the preview shows, once made
 */
GBytes *
rampart_policy_editor_get_pdf (RampartPolicyEditor *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_EDITOR (self), NULL);

  return self->pdf;
}

/* Whether the preview is still to catch up with the policy. */
gboolean
rampart_policy_editor_get_busy (RampartPolicyEditor *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_EDITOR (self), FALSE);

  return self->job != NULL || self->preview_source != 0 || self->stale;
}

void
rampart_policy_editor_focus_text (RampartPolicyEditor *self)
{
  g_return_if_fail (RAMPART_IS_POLICY_EDITOR (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "text");
  gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
}
