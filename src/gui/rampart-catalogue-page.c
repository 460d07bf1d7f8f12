/* rampart-catalogue-page.c: the threats and vulnerabilities that risks are built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-catalogue-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-catalogue-page.h"
#include "rampart-text-area.h"

/*
 * One list of the workspace's threats, then its vulnerabilities: Rampart's
 * starter catalogue and what the organisation adds to it. A risk names one
 * of each. Both kinds have the same fields, so one editor serves both.
 */

struct _RampartCataloguePage
{
  RampartRecordPage     parent_instance;

  /* Template widgets */
  RampartRecordBrowser *browser;
  AdwPreferencesGroup  *entry_group;
  AdwEntryRow          *name_row;
  AdwEntryRow          *category_row;
  RampartTextArea      *description_area;
  GtkLabel             *builtin_label;

  /* Owned: threats, then vulnerabilities */
  GListModel           *both;
};

G_DEFINE_FINAL_TYPE (RampartCataloguePage, rampart_catalogue_page, RAMPART_TYPE_RECORD_PAGE)

static char *
section_cb (RampartRecord *record,
            gpointer       user_data)
{
  return g_strdup (RAMPART_IS_THREAT (record) ? _("Threats") : _("Vulnerabilities"));
}

static char *
subtitle_cb (RampartRecord *record,
             gpointer       user_data)
{
  const char *category = RAMPART_IS_THREAT (record) ? rampart_threat_get_category (RAMPART_THREAT (record))
                                                    : rampart_vulnerability_get_category (RAMPART_VULNERABILITY (record));

  return g_strdup (*category != '\0' ? category : _("No category"));
}

static void
rampart_catalogue_page_selected_changed (RampartRecordPage *page)
{
  RampartCataloguePage *self = RAMPART_CATALOGUE_PAGE (page);
  RampartRecord *entry = rampart_record_page_get_selected (page);
  gboolean builtin = FALSE;

  if (entry != NULL)
    g_object_get (entry, "builtin", &builtin, NULL);

  adw_preferences_group_set_title (self->entry_group,
                                   entry != NULL && RAMPART_IS_VULNERABILITY (entry) ? _("Vulnerability") : _("Threat"));
  gtk_widget_set_visible (GTK_WIDGET (self->builtin_label), builtin);
}

static RampartRecordList *
rampart_catalogue_page_get_records (RampartRecordPage  *page,
                                    RampartWorkspace   *workspace,
                                    GListModel        **model)
{
  RampartCataloguePage *self = RAMPART_CATALOGUE_PAGE (page);
  GListStore *lists = g_list_store_new (G_TYPE_LIST_MODEL);

  g_list_store_append (lists, rampart_workspace_get_threats (workspace));
  g_list_store_append (lists, rampart_workspace_get_vulnerabilities (workspace));
  g_clear_object (&self->both);
  self->both = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (lists)));

  *model = self->both;
  return rampart_workspace_get_threats (workspace);
}

static void
add_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RampartCataloguePage *self = RAMPART_CATALOGUE_PAGE (widget);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));

  if (workspace == NULL)
    return;

  rampart_record_browser_add_to (self->browser,
                                 g_str_equal (g_variant_get_string (parameter, NULL), "vulnerability")
                                   ? rampart_workspace_get_vulnerabilities (workspace)
                                   : rampart_workspace_get_threats (workspace),
                                 NULL);
}

static void
rampart_catalogue_page_dispose (GObject *object)
{
  RampartCataloguePage *self = RAMPART_CATALOGUE_PAGE (object);

  G_OBJECT_CLASS (rampart_catalogue_page_parent_class)->dispose (object);

  g_clear_object (&self->both);
}

static void
rampart_catalogue_page_class_init (RampartCataloguePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartRecordPageClass *record_page_class = RAMPART_RECORD_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_catalogue_page_dispose;
  record_page_class->get_records = rampart_catalogue_page_get_records;
  record_page_class->selected_changed = rampart_catalogue_page_selected_changed;

  g_type_ensure (RAMPART_TYPE_TEXT_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-catalogue-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartCataloguePage, browser);
  gtk_widget_class_bind_template_child (widget_class, RampartCataloguePage, entry_group);
  gtk_widget_class_bind_template_child (widget_class, RampartCataloguePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RampartCataloguePage, category_row);
  gtk_widget_class_bind_template_child (widget_class, RampartCataloguePage, description_area);
  gtk_widget_class_bind_template_child (widget_class, RampartCataloguePage, builtin_label);

  gtk_widget_class_install_action (widget_class, "page.add-entry", "s", add_entry_action);
}

static void
rampart_catalogue_page_init (RampartCataloguePage *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  GBindingGroup *bindings;

  gtk_widget_init_template (GTK_WIDGET (self));
  rampart_record_page_set_browser (RAMPART_RECORD_PAGE (self), self->browser);
  rampart_record_browser_set_subtitle_func (self->browser, subtitle_cb, NULL);
  rampart_record_browser_set_section_func (self->browser, section_cb, NULL);

  bindings = rampart_record_page_get_bindings (RAMPART_RECORD_PAGE (self));
  g_binding_group_bind (bindings, "name", self->name_row, "text", flags);
  g_binding_group_bind (bindings, "category", self->category_row, "text", flags);
  g_binding_group_bind (bindings, "description", self->description_area, "text", flags);
}
