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

  RAMPART_RECORD_PAGE_CLASS (klass)->get_records = rampart_assets_page_get_records;

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
}
