/* rampart-policies-page.c: the policy register, and each policy's editor (5.2, 7.5, A 5.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-policies-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-checks.h"
#include "rampart-finding-row.h"
#include "rampart-gui-utils.h"
#include "rampart-picker-window.h"
#include "rampart-policies-page.h"
#include "rampart-policy-editor.h"
#include "rampart-policy-revision.h"
#include "rampart-policy-templates.h"

/*
 * The register is a table of every policy, to sort by any column, search
 * and filter, with the reviews due or overdue in colour and what the
 * checks found above it. A policy opens in the whole of the page, since
 * its text and its preview need the room; the window's back button, or
 * Escape, returns to the register. A workspace without policies offers
 * the starter set.
 */

/* Findings shown above the register; the rest wait for the first to be put right. */
#define MAX_FINDINGS 4

enum {
  SHOW_ALL,
  SHOW_DRAFTS,
  SHOW_IN_REVIEW,
  SHOW_APPROVED,
  SHOW_RETIRED,
  SHOW_REVIEWS,
};

struct _RampartPoliciesPage
{
  RampartPage          parent_instance;

  /* Template widgets */
  GtkStack            *main_stack;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_filter;
  GtkMenuButton       *new_button;
  GtkLabel            *summary_label;
  GtkListBox          *findings_list;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *policy_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *version_column;
  GtkColumnViewColumn *review_column;
  RampartPolicyEditor *editor;

  /* Owned */
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkCustomFilter     *filter;
  GSignalGroup        *workspace_signals;
  GSignalGroup        *list_signals;
  guint                refresh_source;
  gboolean             stale;
  char                *today;
};

G_DEFINE_FINAL_TYPE (RampartPoliciesPage, rampart_policies_page, RAMPART_TYPE_PAGE)

static RampartRecordList *
policies (RampartPoliciesPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));

  return workspace != NULL ? rampart_workspace_get_policies (workspace) : NULL;
}

/* The register's cells */

typedef char *(*CellText) (RampartPolicy *policy,
                           const char    *today);

/* The policy's identifier, kind and owner, under its title */
static char *
details_text (RampartPolicy *policy,
              const char    *today)
{
  const char *owner = rampart_policy_get_owner (policy);

  /* Translators: under a policy's title in the register: identifier, kind and owner */
  return g_strdup_printf (*owner != '\0' ? _("%s · %s · %s") : _("%s · %s"),
                          rampart_policy_get_identifier (policy),
                          rampart_enum_get_label (RAMPART_TYPE_POLICY_KIND, rampart_policy_get_kind (policy)),
                          owner);
}

static char *
status_text (RampartPolicy *policy,
             const char    *today)
{
  return g_strdup (rampart_enum_get_label (RAMPART_TYPE_POLICY_STATUS, rampart_policy_get_status (policy)));
}

static char *
version_text (RampartPolicy *policy,
              const char    *today)
{
  return rampart_policy_dup_version_label (policy);
}

static char *
review_text (RampartPolicy *policy,
             const char    *today)
{
  const char *date = rampart_policy_get_next_review (policy);

  switch (rampart_policy_get_review_state (policy, today))
    {
    case RAMPART_REVIEW_OVERDUE:
      /* Translators: a review date that has passed, as in "2026-11-20, overdue" */
      return g_strdup_printf (_("%s, overdue"), date);

    case RAMPART_REVIEW_DUE:
      /* Translators: a review date within the month, as in "2026-12-18, due" */
      return g_strdup_printf (_("%s, due"), date);

    case RAMPART_REVIEW_NONE:
    case RAMPART_REVIEW_SCHEDULED:
    default:
      return g_strdup (date);
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

/* The policy column: its title, and its details in small type below. */
static void
setup_policy_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), details);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (item, box);
}

static void
bind_policy_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                RampartPoliciesPage      *self)
{
  RampartPolicy *policy = gtk_list_item_get_item (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *details = gtk_widget_get_next_sibling (title);
  g_autofree char *text = details_text (policy, self->today);
  const char *name = rampart_policy_get_title (policy);

  gtk_label_set_text (GTK_LABEL (title), *name != '\0' ? name : _("Untitled policy"));
  gtk_label_set_text (GTK_LABEL (details), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), name);
  gtk_widget_set_opacity (gtk_list_item_get_child (item),
                          rampart_policy_get_status (policy) == RAMPART_POLICY_RETIRED ? 0.55 : 1.0);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              RampartPoliciesPage      *self)
{
  CellText text_func = g_object_get_data (G_OBJECT (factory), "rampart-cell");
  RampartPolicy *policy = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;
  static const char * const classes[] = { "error", "warning", "dim-label" };

  text = text_func (policy, self->today);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text);

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (label, classes[i]);
  if (text_func == status_text)
    {
      rampart_show_policy_status (GTK_LABEL (label), rampart_policy_get_status (policy));
      gtk_widget_set_halign (label, GTK_ALIGN_START);
    }
  else if (text_func == review_text)
    {
      RampartReviewState state = rampart_policy_get_review_state (policy, self->today);

      if (state == RAMPART_REVIEW_OVERDUE)
        gtk_widget_add_css_class (label, "error");
      else if (state == RAMPART_REVIEW_DUE)
        gtk_widget_add_css_class (label, "warning");
    }
  if (rampart_policy_get_status (policy) == RAMPART_POLICY_RETIRED && text_func != status_text)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  CellText text_func = user_data;
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (text_func == status_text)
    return (int) rampart_policy_get_status ((RampartPolicy *) a) - (int) rampart_policy_get_status ((RampartPolicy *) b);
  /* Policies sort by their identifiers, as they are filed. */
  if (text_func == details_text)
    return g_utf8_collate (rampart_policy_get_identifier ((RampartPolicy *) a),
                           rampart_policy_get_identifier ((RampartPolicy *) b));
  if (text_func == review_text)
    {
      /* By date, those without one last */
      const char *p = rampart_policy_get_next_review ((RampartPolicy *) a);
      const char *q = rampart_policy_get_next_review ((RampartPolicy *) b);

      return (*p == '\0') != (*q == '\0') ? (*p == '\0' ? 1 : -1) : g_strcmp0 (p, q);
    }

  x = text_func ((RampartPolicy *) a, NULL);
  y = text_func ((RampartPolicy *) b, NULL);
  return g_utf8_collate (x, y);
}

static void
setup_column (RampartPoliciesPage *self,
              GtkColumnViewColumn *column,
              CellText             text_func)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, text_func, NULL));

  g_object_set_data (G_OBJECT (factory), "rampart-cell", text_func);
  if (text_func == details_text)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_policy_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_policy_cb), self);
    }
  else
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
    }
  gtk_column_view_column_set_factory (column, factory);
  gtk_column_view_column_set_sorter (column, sorter);
}

/* Filtering */

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  RampartPoliciesPage *self = user_data;
  RampartPolicy *policy = item;
  RampartPolicyStatus status = rampart_policy_get_status (policy);
  RampartReviewState review = rampart_policy_get_review_state (policy, self->today);

  switch (gtk_drop_down_get_selected (self->status_filter))
    {
    case SHOW_DRAFTS:
      if (status != RAMPART_POLICY_DRAFT)
        return FALSE;
      break;

    case SHOW_IN_REVIEW:
      if (status != RAMPART_POLICY_IN_REVIEW)
        return FALSE;
      break;

    case SHOW_APPROVED:
      if (status != RAMPART_POLICY_APPROVED)
        return FALSE;
      break;

    case SHOW_RETIRED:
      if (status != RAMPART_POLICY_RETIRED)
        return FALSE;
      break;

    case SHOW_REVIEWS:
      if (review != RAMPART_REVIEW_DUE && review != RAMPART_REVIEW_OVERDUE)
        return FALSE;
      break;

    case SHOW_ALL:
    default:
      break;
    }

  return rampart_record_matches (RAMPART_RECORD (policy), gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
refilter_cb (RampartPoliciesPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 ? "list"
                                                                                                 : "no-results");
}

/* The summary and what needs attention */

static void
update_summary (RampartPoliciesPage *self)
{
  GListModel *model = G_LIST_MODEL (policies (self));
  guint by_status[RAMPART_N_POLICY_STATUSES] = { 0 };
  guint overdue = 0, due = 0, total = g_list_model_get_n_items (model);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < total; i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (model, i);

      by_status[rampart_policy_get_status (policy)]++;
      overdue += rampart_policy_get_review_state (policy, self->today) == RAMPART_REVIEW_OVERDUE;
      due += rampart_policy_get_review_state (policy, self->today) == RAMPART_REVIEW_DUE;
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u policy", "%u policies", total), total);
  g_string_append (text, ": ");
  for (guint s = 0, listed = 0; s < RAMPART_N_POLICY_STATUSES; s++)
    if (by_status[s] > 0)
      {
        g_autofree char *label = g_utf8_strdown (rampart_enum_get_label (RAMPART_TYPE_POLICY_STATUS, (int) s), -1);

        /* Translators: how many policies have a status, as in "12 approved" */
        g_string_append_printf (text, _("%s%u %s"), listed++ > 0 ? ", " : "", by_status[s], label);
      }
  g_string_append (text, ".");
  if (overdue > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u review is overdue.", "%u reviews are overdue.",
                                                 overdue),
                              overdue);
    }
  if (due > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u review is due within a month.",
                                                 "%u reviews are due within a month.", due),
                              due);
    }
  gtk_label_set_text (self->summary_label, text->str);
}

static void
fill_findings (RampartPoliciesPage *self)
{
  g_autoptr(GListModel) findings = rampart_check_policies (rampart_page_get_workspace (RAMPART_PAGE (self)),
                                                           self->today);
  guint n = g_list_model_get_n_items (findings);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);

  for (guint i = 0; i < MIN (n, MAX_FINDINGS); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      gtk_list_box_append (self->findings_list, rampart_finding_row_new (finding));
    }
  if (n > MAX_FINDINGS)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more point",
                                                            "And %u more points", n - MAX_FINDINGS),
                                               n - MAX_FINDINGS);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->findings_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), n > 0);
}

/* Everything the register shows, after any change: a few policies, read again in no time. */
static gboolean
refresh_cb (gpointer user_data)
{
  RampartPoliciesPage *self = user_data;
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  RampartPolicy *shown;

  self->refresh_source = 0;
  self->stale = FALSE;
  if (workspace == NULL || rampart_workspace_get_closed (workspace))
    return G_SOURCE_REMOVE;

  g_free (self->today);
  self->today = rampart_date_today ();

  /* A policy deleted, or taken back by an undo, leaves its editor. */
  shown = rampart_policy_editor_get_policy (self->editor);
  if (shown != NULL && (rampart_record_is_deleted (RAMPART_RECORD (shown)) ||
                        !rampart_record_list_find (policies (self), RAMPART_RECORD (shown), NULL)))
    {
      rampart_policy_editor_set_policy (self->editor, NULL, NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "register");
      rampart_page_set_can_navigate_back (RAMPART_PAGE (self), FALSE);
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (policies (self))) == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "empty") == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "register");

  refilter_cb (self);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  update_summary (self);
  fill_findings (self);

  return G_SOURCE_REMOVE;
}

/* Edits elsewhere in the window change the register: hidden, it only remembers to catch up. */
static void
schedule_refresh (RampartPoliciesPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (150, refresh_cb, self);
}

/* Opening a policy */

static void
open_policy (RampartPoliciesPage *self,
             RampartPolicy       *policy)
{
  rampart_policy_editor_set_policy (self->editor, rampart_page_get_workspace (RAMPART_PAGE (self)), policy);
  gtk_stack_set_visible_child_name (self->main_stack, "editor");
  rampart_page_set_can_navigate_back (RAMPART_PAGE (self), TRUE);
}

static void
activate_cb (RampartPoliciesPage *self,
             guint                position)
{
  g_autoptr(RampartPolicy) policy = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (policy != NULL)
    open_policy (self, policy);
}

static void
finding_activated_cb (RampartPoliciesPage *self,
                      GtkListBoxRow       *row)
{
  RampartRecord *record;

  if (!RAMPART_IS_FINDING_ROW (row))
    return;

  record = rampart_finding_get_record (rampart_finding_row_get_finding (RAMPART_FINDING_ROW (row)));
  if (RAMPART_IS_POLICY (record))
    open_policy (self, RAMPART_POLICY (record));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "page.templates", NULL);
}

/* New policies */

static void
add_policy (RampartPoliciesPage *self,
            RampartPolicy       *policy,
            gboolean             open)
{
  RampartRecord *added = rampart_record_list_append (policies (self), RAMPART_RECORD (policy));

  refresh_cb (self);
  if (open && added != NULL)
    {
      open_policy (self, RAMPART_POLICY (added));
      rampart_policy_editor_focus_text (self->editor);
    }
}

static void
new_blank_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RampartPoliciesPage *self = RAMPART_POLICIES_PAGE (widget);
  g_autoptr(RampartPolicy) policy = NULL;

  if (policies (self) == NULL)
    return;

  policy = rampart_policy_new_blank (policies (self));
  g_object_set (policy, "title", _("New policy"), "body", _("## 1. Purpose\n\n"), NULL);
  add_policy (self, policy, TRUE);
}

static void
templates_chosen_cb (const char * const *keys,
                     gpointer            user_data)
{
  RampartPoliciesPage *self = user_data;
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  RampartHistory *history;
  g_autofree char *message = NULL;
  guint n = g_strv_length ((char **) keys);

  if (workspace == NULL || n == 0)
    return;

  /* Several at once undo as one. */
  history = rampart_workspace_get_history (workspace);
  rampart_history_begin_group (history, g_dngettext (GETTEXT_PACKAGE, "new policy", "new policies", n));
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const RampartPolicyTemplate *template = rampart_policy_templates_find (keys[i]);
      g_autoptr(RampartPolicy) policy = NULL;

      if (template == NULL)
        continue;
      policy = rampart_policy_new_from_template (policies (self), template);
      add_policy (self, policy, n == 1);
    }
  rampart_history_end_group (history);

  if (n > 1)
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u policy added", "%u policies added", n), n);
      rampart_show_toast (GTK_WIDGET (self), message);
    }
}

static void
templates_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RampartPoliciesPage *self = RAMPART_POLICIES_PAGE (widget);
  GPtrArray *templates = rampart_policy_templates_get ();
  RampartPickerWindow *picker;

  if (policies (self) == NULL)
    return;

  picker = rampart_picker_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Policies From Templates"),
                                      templates_chosen_cb, G_OBJECT (self));
  for (guint i = 0; i < templates->len; i++)
    {
      const RampartPolicyTemplate *template = g_ptr_array_index (templates, i);
      g_autofree char *subtitle = NULL;
      GListModel *model = G_LIST_MODEL (policies (self));

      /* Say which are in the register already, so that nobody adds one twice by mistake. */
      for (guint p = 0; subtitle == NULL && p < g_list_model_get_n_items (model); p++)
        {
          g_autoptr(RampartPolicy) policy = g_list_model_get_item (model, p);

          if (g_str_equal (rampart_policy_get_template (policy), template->key))
            /* Translators: a template already used, as in "Already in the register as ISMS-POL-03" */
            subtitle = g_strdup_printf (_("Already in the register as %s"), rampart_policy_get_identifier (policy));
        }

      rampart_picker_window_add_item (picker, template->key, template->title,
                                      subtitle != NULL ? subtitle : template->summary, FALSE);
    }
  gtk_window_present (GTK_WINDOW (picker));
}

/* The window's actions */

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartPoliciesPage *self = RAMPART_POLICIES_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") == 0)
    rampart_page_navigate_back (RAMPART_PAGE (self));
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "register") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RampartPoliciesPage *self = RAMPART_POLICIES_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "register") == 0)
    gtk_menu_button_popup (self->new_button);
  else
    gtk_widget_activate_action (widget, "page.templates", NULL);
}

/* Printing and exporting are the open policy's. */
static void
editor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartPoliciesPage *self = RAMPART_POLICIES_PAGE (widget);
  g_autofree char *name = g_strconcat ("policy.", strchr (action_name, '.') + 1, NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->editor), name, NULL);
}

/* RampartPage */

static gboolean
rampart_policies_page_navigate_back (RampartPage *page)
{
  RampartPoliciesPage *self = RAMPART_POLICIES_PAGE (page);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "editor") != 0)
    return FALSE;

  gtk_stack_set_visible_child_name (self->main_stack, "register");
  rampart_page_set_can_navigate_back (page, FALSE);
  refresh_cb (self);
  return TRUE;
}

static void
rampart_policies_page_workspace_changed (RampartPage *page)
{
  RampartPoliciesPage *self = RAMPART_POLICIES_PAGE (page);
  RampartRecordList *list = policies (self);

  g_signal_group_set_target (self->workspace_signals, rampart_page_get_workspace (page));
  g_signal_group_set_target (self->list_signals, list);
  gtk_filter_list_model_set_model (self->filtered, list != NULL ? G_LIST_MODEL (list) : NULL);
  rampart_policy_editor_set_policy (self->editor, NULL, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "register");
  rampart_page_set_can_navigate_back (page, FALSE);
  if (list != NULL)
    refresh_cb (self);
}

static void
rampart_policies_page_map (GtkWidget *widget)
{
  RampartPoliciesPage *self = RAMPART_POLICIES_PAGE (widget);

  GTK_WIDGET_CLASS (rampart_policies_page_parent_class)->map (widget);

  if (self->stale)
    refresh_cb (self);
}

/* GObject */

static void
rampart_policies_page_dispose (GObject *object)
{
  RampartPoliciesPage *self = RAMPART_POLICIES_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->list_signals);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (rampart_policies_page_parent_class)->dispose (object);
}

static void
rampart_policies_page_class_init (RampartPoliciesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartPageClass *page_class = RAMPART_PAGE_CLASS (klass);

  object_class->dispose = rampart_policies_page_dispose;
  GTK_WIDGET_CLASS (klass)->map = rampart_policies_page_map;
  page_class->workspace_changed = rampart_policies_page_workspace_changed;
  page_class->navigate_back = rampart_policies_page_navigate_back;

  g_type_ensure (RAMPART_TYPE_POLICY_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-policies-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, policy_column);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, version_column);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, review_column);
  gtk_widget_class_bind_template_child (widget_class, RampartPoliciesPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, refilter_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);

  gtk_widget_class_install_action (widget_class, "page.templates", NULL, templates_action);
  gtk_widget_class_install_action (widget_class, "page.new-blank", NULL, new_blank_action);
  gtk_widget_class_install_action (widget_class, "page.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "page.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "page.print", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "page.export", NULL, editor_action);
}

static void
rampart_policies_page_init (RampartPoliciesPage *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->today = rampart_date_today ();

  setup_column (self, self->policy_column, details_text);
  setup_column (self, self->status_column, status_text);
  setup_column (self, self->version_column, version_text);
  setup_column (self, self->review_column, review_text);

  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  gtk_column_view_sort_by_column (self->column_view, self->policy_column, GTK_SORT_ASCENDING);

  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (schedule_refresh), self);
  self->list_signals = g_signal_group_new (RAMPART_TYPE_RECORD_LIST);
  g_signal_group_connect_swapped (self->list_signals, "items-changed", G_CALLBACK (schedule_refresh), self);
}

/**
 * rampart_policies_page_show_policy:
 * @self: a #RampartPoliciesPage
 * @policy: a policy of the page's workspace
 *
 * Opens @policy in its editor.
 */
void
rampart_policies_page_show_policy (RampartPoliciesPage *self,
                                   RampartPolicy       *policy)
{
  g_return_if_fail (RAMPART_IS_POLICIES_PAGE (self));
  g_return_if_fail (RAMPART_IS_POLICY (policy));

  open_policy (self, policy);
}

/**
 * rampart_policies_page_get_editor:
 * @self: a #RampartPoliciesPage
 *
 * Returns: (transfer none): the editor of the open policy
 */
RampartPolicyEditor *
rampart_policies_page_get_editor (RampartPoliciesPage *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICIES_PAGE (self), NULL);

  return self->editor;
}
