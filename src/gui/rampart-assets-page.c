/* rampart-assets-page.c: the asset inventory (Annex A 5.9)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-assets-page.h"
#include "rampart-gui-utils.h"
#include "rampart-text-area.h"
#include "rampart-window.h"

struct _RampartAssetsPage
{
  RampartRecordPage     parent_instance;

  /* Template widgets */
  RampartRecordBrowser *browser;
  AdwEntryRow          *name_row;
  AdwComboRow          *kind_row;
  AdwEntryRow          *owner_row;
  AdwEntryRow          *location_row;
  AdwComboRow          *classification_row;
  GtkSwitch            *in_scope_switch;
  AdwComboRow          *confidentiality_row;
  AdwComboRow          *integrity_row;
  AdwComboRow          *availability_row;
  RampartTextArea      *description_area;
  GtkListBox           *risks_list;
  GtkWidget            *no_risks_label;

  /* Owned */
  GSignalGroup         *workspace_signals;
  guint                 refresh_source;
};

G_DEFINE_FINAL_TYPE (RampartAssetsPage, rampart_assets_page, RAMPART_TYPE_RECORD_PAGE)

/* "Information · Priya Natarajan", or what is missing */
static char *
subtitle_cb (RampartRecord *record,
             gpointer       user_data)
{
  RampartAsset *asset = RAMPART_ASSET (record);
  const char *kind = rampart_enum_get_label (RAMPART_TYPE_ASSET_KIND, rampart_asset_get_kind (asset));
  const char *owner = rampart_asset_get_owner (asset);

  if (!rampart_asset_get_in_scope (asset))
    /* Translators: an asset's type, then that it is outside the ISMS scope */
    return g_strdup_printf (_("%s · out of scope"), kind);

  return g_strdup_printf ("%s · %s", kind, *owner != '\0' ? owner : _("no owner"));
}

/* The findings of the assets are among the register's. */
static GListModel *
check_cb (RampartWorkspace *workspace)
{
  return rampart_check_risks (workspace, NULL);
}

/* The risks that link to the selected asset, each a way to it. */
static void
refresh_risks (RampartAssetsPage *self)
{
  RampartRecord *asset = rampart_record_page_get_selected (RAMPART_RECORD_PAGE (self));
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  GtkWidget *row;
  guint n = 0;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->risks_list))) != NULL)
    gtk_list_box_remove (self->risks_list, row);

  if (asset != NULL && workspace != NULL)
    {
      GListModel *risks = G_LIST_MODEL (rampart_workspace_get_risks (workspace));
      RampartRiskMethod *method = rampart_workspace_get_risk_method (workspace);

      for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
        {
          g_autoptr(RampartRisk) risk = g_list_model_get_item (risks, i);
          g_autofree char *code = NULL;
          g_autofree char *title = NULL;
          guint band;

          if (!rampart_risk_has_asset (risk, rampart_record_get_id (asset)))
            continue;

          code = rampart_risk_dup_code (risk);
          title = g_strdup_printf ("%s %s", code, rampart_risk_get_title (risk));
          band = rampart_risk_get_current_band (risk, method);
          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       band != RAMPART_RISK_UNRATED ? rampart_risk_method_get_band_name (method, band)
                                                                    : _("Not rated"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          g_object_set_data_full (G_OBJECT (row), "rampart-risk", g_object_ref (risk), g_object_unref);
          gtk_list_box_append (self->risks_list, row);
          n++;
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->risks_list), n > 0);
  gtk_widget_set_visible (self->no_risks_label, n == 0);
}

static gboolean
refresh_risks_cb (gpointer user_data)
{
  RampartAssetsPage *self = user_data;

  self->refresh_source = 0;
  refresh_risks (self);
  return G_SOURCE_REMOVE;
}

/* Shortly after an edit: a risk may have gained or lost the asset. */
static void
workspace_changed_cb (RampartAssetsPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (200, refresh_risks_cb, self);
}

static void
risk_activated_cb (RampartAssetsPage *self,
                   GtkListBoxRow     *row)
{
  RampartRecord *risk = g_object_get_data (G_OBJECT (row), "rampart-risk");
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), RAMPART_TYPE_WINDOW);

  if (risk != NULL && window != NULL)
    rampart_window_show_record (RAMPART_WINDOW (window), risk);
}

static void
rampart_assets_page_selected_changed (RampartRecordPage *page)
{
  refresh_risks (RAMPART_ASSETS_PAGE (page));
}

static void
rampart_assets_page_workspace_changed (RampartPage *page)
{
  RampartAssetsPage *self = RAMPART_ASSETS_PAGE (page);

  RAMPART_PAGE_CLASS (rampart_assets_page_parent_class)->workspace_changed (page);
  g_signal_group_set_target (self->workspace_signals, rampart_page_get_workspace (page));
  refresh_risks (self);
}

static void
rampart_assets_page_dispose (GObject *object)
{
  RampartAssetsPage *self = RAMPART_ASSETS_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->workspace_signals);

  G_OBJECT_CLASS (rampart_assets_page_parent_class)->dispose (object);
}

static RampartRecordList *
rampart_assets_page_get_records (RampartRecordPage  *page,
                                 RampartWorkspace   *workspace,
                                 GListModel        **model)
{
  return rampart_workspace_get_assets (workspace);
}

static void
rampart_assets_page_class_init (RampartAssetsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_assets_page_dispose;
  RAMPART_PAGE_CLASS (klass)->workspace_changed = rampart_assets_page_workspace_changed;
  RAMPART_RECORD_PAGE_CLASS (klass)->get_records = rampart_assets_page_get_records;
  RAMPART_RECORD_PAGE_CLASS (klass)->selected_changed = rampart_assets_page_selected_changed;

  g_type_ensure (RAMPART_TYPE_TEXT_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-assets-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, browser);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, owner_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, classification_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, in_scope_switch);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, confidentiality_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, integrity_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, availability_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, description_area);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, risks_list);
  gtk_widget_class_bind_template_child (widget_class, RampartAssetsPage, no_risks_label);
  gtk_widget_class_bind_template_callback (widget_class, risk_activated_cb);
}

static void
rampart_assets_page_init (RampartAssetsPage *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  GBindingGroup *bindings;

  gtk_widget_init_template (GTK_WIDGET (self));
  rampart_record_page_set_browser (RAMPART_RECORD_PAGE (self), self->browser);
  rampart_record_browser_set_subtitle_func (self->browser, subtitle_cb, NULL);
  rampart_record_browser_set_check_func (self->browser, check_cb);

  bindings = rampart_record_page_get_bindings (RAMPART_RECORD_PAGE (self));
  g_binding_group_bind (bindings, "name", self->name_row, "text", flags);
  rampart_bind_choice (bindings, "kind", self->kind_row, RAMPART_TYPE_ASSET_KIND);
  g_binding_group_bind (bindings, "owner", self->owner_row, "text", flags);
  g_binding_group_bind (bindings, "location", self->location_row, "text", flags);
  rampart_bind_choice (bindings, "classification", self->classification_row, RAMPART_TYPE_CLASSIFICATION);
  g_binding_group_bind (bindings, "in-scope", self->in_scope_switch, "active", flags);
  rampart_bind_choice (bindings, "confidentiality", self->confidentiality_row, RAMPART_TYPE_ASSET_VALUE);
  rampart_bind_choice (bindings, "integrity", self->integrity_row, RAMPART_TYPE_ASSET_VALUE);
  rampart_bind_choice (bindings, "availability", self->availability_row, RAMPART_TYPE_ASSET_VALUE);
  g_binding_group_bind (bindings, "description", self->description_area, "text", flags);

  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (workspace_changed_cb), self);
}
