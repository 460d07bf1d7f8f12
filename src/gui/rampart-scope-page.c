/* rampart-scope-page.c: the scope of the ISMS (clause 4.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-scope-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-finding-row.h"
#include "rampart-gui-utils.h"
#include "rampart-scope-page.h"
#include "rampart-text-area.h"
#include "rampart-window.h"

/*
 * The scope is what a stage 1 auditor reads first, and what small
 * organisations most often get wrong. Its overview holds the statement,
 * the summary, and everything the checks of clause 4 found missing, each
 * leading to the record to put right. Below it, the scope's entries, in
 * sections: what is in, what is out and why, and where the ISMS meets
 * other organisations.
 */

struct _RampartScopePage
{
  RampartRecordPage     parent_instance;

  /* Template widgets */
  RampartRecordBrowser *browser;
  GtkListBox           *findings_list;
  RampartTextArea      *statement_area;
  RampartTextArea      *summary_area;
  AdwComboRow          *kind_row;
  AdwEntryRow          *name_row;
  RampartTextArea      *detail_area;

  /* Owned */
  GtkSortListModel     *sorted;
  GListStore           *findings;
  GBindingGroup        *scope_bindings;
  GSignalGroup         *workspace_signals;
  guint                 refresh_source;
};

G_DEFINE_FINAL_TYPE (RampartScopePage, rampart_scope_page, RAMPART_TYPE_RECORD_PAGE)

/* The order of the sections: what is in, then what is out, then the boundary. */
static const RampartScopeItemKind section_order[] = {
  RAMPART_SCOPE_ITEM_PROCESS,
  RAMPART_SCOPE_ITEM_UNIT,
  RAMPART_SCOPE_ITEM_LOCATION,
  RAMPART_SCOPE_ITEM_SYSTEM,
  RAMPART_SCOPE_ITEM_EXCLUSION,
  RAMPART_SCOPE_ITEM_INTERFACE,
};

static int
rank (RampartScopeItem *item)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_order); i++)
    if (section_order[i] == rampart_scope_item_get_kind (item))
      return (int) i;

  return G_N_ELEMENTS (section_order);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  return rank (RAMPART_SCOPE_ITEM ((gpointer) a)) - rank (RAMPART_SCOPE_ITEM ((gpointer) b));
}

static char *
section_cb (RampartRecord *record,
            gpointer       user_data)
{
  switch (rampart_scope_item_get_kind (RAMPART_SCOPE_ITEM (record)))
    {
    case RAMPART_SCOPE_ITEM_PROCESS:
      return g_strdup (_("Processes and Services"));
    case RAMPART_SCOPE_ITEM_UNIT:
      return g_strdup (_("Organisational Units"));
    case RAMPART_SCOPE_ITEM_LOCATION:
      return g_strdup (_("Locations"));
    case RAMPART_SCOPE_ITEM_SYSTEM:
      return g_strdup (_("Information Systems"));
    case RAMPART_SCOPE_ITEM_EXCLUSION:
      return g_strdup (_("Exclusions"));
    case RAMPART_SCOPE_ITEM_INTERFACE:
      return g_strdup (_("Interfaces and Dependencies"));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The first line of the detail, so that an exclusion shows its reason. */
static char *
subtitle_cb (RampartRecord *record,
             gpointer       user_data)
{
  const char *detail = rampart_scope_item_get_detail (RAMPART_SCOPE_ITEM (record));

  return g_strndup (detail, strcspn (detail, "\n"));
}

/* What the detail of an entry is called depends on its kind. */
static void
update_detail (RampartScopePage *self)
{
  RampartRecord *record = rampart_record_page_get_selected (RAMPART_RECORD_PAGE (self));
  RampartScopeItemKind kind;

  if (record == NULL)
    return;

  kind = rampart_scope_item_get_kind (RAMPART_SCOPE_ITEM (record));
  if (kind == RAMPART_SCOPE_ITEM_EXCLUSION)
    g_object_set (self->detail_area,
                  "title", _("Justification"),
                  "description", _("Why it is outside the scope. Auditors accept an exclusion with a reason, "
                                   "for example a separate business with its own systems, staff and data."),
                  NULL);
  else if (kind == RAMPART_SCOPE_ITEM_INTERFACE)
    g_object_set (self->detail_area,
                  "title", _("What Passes Between Them"),
                  "description", _("What the other organisation provides or receives, and who is responsible "
                                   "for what at the boundary."),
                  NULL);
  else
    g_object_set (self->detail_area,
                  "title", _("Description"),
                  "description", _("A sentence or two that makes clear what is included."),
                  NULL);
}

/* Findings */

static GtkWidget *
create_finding_row_cb (gpointer item,
                       gpointer user_data)
{
  return rampart_finding_row_new (item);
}

static void
refresh_findings (RampartScopePage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (workspace != NULL)
    {
      findings = rampart_check_context (workspace);
      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        g_ptr_array_add (items, g_list_model_get_item (findings, i));
    }

  g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       items->pdata, items->len);
}

static void
finding_activated_cb (RampartScopePage *self,
                      GtkListBoxRow    *row)
{
  RampartFinding *finding = rampart_finding_row_get_finding (RAMPART_FINDING_ROW (row));
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), RAMPART_TYPE_WINDOW);

  /* The statement is right here. */
  if (RAMPART_IS_SCOPE (rampart_finding_get_record (finding)))
    rampart_text_area_grab_focus_text (self->statement_area);
  else if (window != NULL && rampart_finding_get_record (finding) != NULL)
    rampart_window_show_record (RAMPART_WINDOW (window), rampart_finding_get_record (finding));
}

/* Whether the entries are still in their sections' order after an edit. */
static gboolean
is_sorted (GListModel *model)
{
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RampartScopeItem) before = g_list_model_get_item (model, i - 1);
      g_autoptr(RampartScopeItem) item = g_list_model_get_item (model, i);

      if (rank (before) > rank (item))
        return FALSE;
    }

  return TRUE;
}

static gboolean
refresh_cb (gpointer user_data)
{
  RampartScopePage *self = user_data;

  self->refresh_source = 0;
  refresh_findings (self);

  return G_SOURCE_REMOVE;
}

static void
workspace_changed_cb (RampartScopePage *self)
{
  /* An entry whose kind changed moves to its new section. */
  if (self->sorted != NULL && !is_sorted (G_LIST_MODEL (self->sorted)))
    gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted), GTK_SORTER_CHANGE_DIFFERENT);

  update_detail (self);
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (150, refresh_cb, self);
}

/* Actions */

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RampartScopePage *self = RAMPART_SCOPE_PAGE (widget);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (RAMPART_TYPE_SCOPE_ITEM_KIND);
  GEnumValue *kind = g_enum_get_value_by_nick (kinds, g_variant_get_string (parameter, NULL));

  g_return_if_fail (kind != NULL);

  rampart_record_browser_add (self->browser, g_object_new (RAMPART_TYPE_SCOPE_ITEM, "kind", kind->value, NULL));
}

static void
write_summary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RampartScopePage *self = RAMPART_SCOPE_PAGE (widget);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autofree char *summary = NULL;

  if (workspace == NULL)
    return;

  /* An edit like any other: undo brings back what the person wrote. */
  summary = rampart_scope_build_summary (rampart_workspace_get_organisation (workspace),
                                         G_LIST_MODEL (rampart_workspace_get_scope_items (workspace)));
  rampart_history_break_merge (rampart_workspace_get_history (workspace));
  g_object_set (rampart_workspace_get_scope (workspace), "summary", summary, NULL);
}

/* RampartRecordPage */

static void
rampart_scope_page_selected_changed (RampartRecordPage *page)
{
  update_detail (RAMPART_SCOPE_PAGE (page));
}

static RampartRecordList *
rampart_scope_page_get_records (RampartRecordPage  *page,
                                RampartWorkspace   *workspace,
                                GListModel        **model)
{
  RampartScopePage *self = RAMPART_SCOPE_PAGE (page);
  RampartRecordList *items = rampart_workspace_get_scope_items (workspace);

  gtk_sort_list_model_set_model (self->sorted, G_LIST_MODEL (items));
  *model = G_LIST_MODEL (self->sorted);

  return items;
}

static void
rampart_scope_page_workspace_changed (RampartPage *page)
{
  RampartScopePage *self = RAMPART_SCOPE_PAGE (page);
  RampartWorkspace *workspace = rampart_page_get_workspace (page);

  g_binding_group_set_source (self->scope_bindings, workspace != NULL ? rampart_workspace_get_scope (workspace) : NULL);
  g_signal_group_set_target (self->workspace_signals, workspace);
  if (workspace == NULL)
    gtk_sort_list_model_set_model (self->sorted, NULL);

  RAMPART_PAGE_CLASS (rampart_scope_page_parent_class)->workspace_changed (page);
  refresh_findings (self);
}

static void
rampart_scope_page_dispose (GObject *object)
{
  RampartScopePage *self = RAMPART_SCOPE_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->findings_list != NULL)
    gtk_list_box_bind_model (self->findings_list, NULL, NULL, NULL, NULL);
  if (self->scope_bindings != NULL)
    g_binding_group_set_source (self->scope_bindings, NULL);
  g_clear_object (&self->scope_bindings);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (rampart_scope_page_parent_class)->dispose (object);
}

static void
rampart_scope_page_finalize (GObject *object)
{
  /* The browser, a child, shows the sorted list until it is gone. */
  g_clear_object (&RAMPART_SCOPE_PAGE (object)->sorted);

  G_OBJECT_CLASS (rampart_scope_page_parent_class)->finalize (object);
}

static void
rampart_scope_page_class_init (RampartScopePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartRecordPageClass *record_page_class = RAMPART_RECORD_PAGE_CLASS (klass);

  object_class->dispose = rampart_scope_page_dispose;
  object_class->finalize = rampart_scope_page_finalize;
  RAMPART_PAGE_CLASS (klass)->workspace_changed = rampart_scope_page_workspace_changed;
  record_page_class->get_records = rampart_scope_page_get_records;
  record_page_class->selected_changed = rampart_scope_page_selected_changed;

  g_type_ensure (RAMPART_TYPE_TEXT_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-scope-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartScopePage, browser);
  gtk_widget_class_bind_template_child (widget_class, RampartScopePage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, RampartScopePage, statement_area);
  gtk_widget_class_bind_template_child (widget_class, RampartScopePage, summary_area);
  gtk_widget_class_bind_template_child (widget_class, RampartScopePage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RampartScopePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RampartScopePage, detail_area);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);

  gtk_widget_class_install_action (widget_class, "page.add-item", "s", add_item_action);
  gtk_widget_class_install_action (widget_class, "page.write-summary", NULL, write_summary_action);
}

static void
rampart_scope_page_init (RampartScopePage *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  GBindingGroup *bindings;

  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (compare_cb, NULL, NULL)));
  self->findings = g_list_store_new (RAMPART_TYPE_FINDING);
  self->scope_bindings = g_binding_group_new ();
  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (workspace_changed_cb), self);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->findings_list, G_LIST_MODEL (self->findings), create_finding_row_cb, NULL, NULL);
  g_binding_group_bind (self->scope_bindings, "statement", self->statement_area, "text", flags);
  g_binding_group_bind (self->scope_bindings, "summary", self->summary_area, "text", flags);

  rampart_record_page_set_browser (RAMPART_RECORD_PAGE (self), self->browser);
  rampart_record_browser_set_subtitle_func (self->browser, subtitle_cb, NULL);
  rampart_record_browser_set_section_func (self->browser, section_cb, NULL);
  rampart_record_browser_set_check_func (self->browser, rampart_check_scope);

  bindings = rampart_record_page_get_bindings (RAMPART_RECORD_PAGE (self));
  rampart_bind_choice (bindings, "kind", self->kind_row, RAMPART_TYPE_SCOPE_ITEM_KIND);
  g_binding_group_bind (bindings, "name", self->name_row, "text", flags);
  g_binding_group_bind (bindings, "detail", self->detail_area, "text", flags);
  g_signal_connect_object (bindings, "notify::source", G_CALLBACK (update_detail), self, G_CONNECT_SWAPPED);
}
