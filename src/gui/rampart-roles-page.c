/* rampart-roles-page.c: roles, responsibilities and authorities (clause 5.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-roles-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-roles-page.h"
#include "rampart-text-area.h"

struct _RampartRolesPage
{
  RampartRecordPage     parent_instance;

  /* Template widgets */
  RampartRecordBrowser *browser;
  AdwEntryRow          *name_row;
  AdwEntryRow          *holder_row;
  AdwEntryRow          *deputy_row;
  RampartTextArea      *responsibilities_area;
  RampartTextArea      *authorities_area;
  GtkLabel             *profile_label;
  GtkButton            *delete_button;
};

G_DEFINE_FINAL_TYPE (RampartRolesPage, rampart_roles_page, RAMPART_TYPE_RECORD_PAGE)

static char *
subtitle_cb (RampartRecord *record,
             gpointer       user_data)
{
  const char *holder = rampart_role_get_holder (RAMPART_ROLE (record));

  return g_strdup (*holder != '\0' ? holder : _("No holder yet"));
}

/* The two roles of the profile say so, and cannot be deleted. */
static void
rampart_roles_page_selected_changed (RampartRecordPage *page)
{
  RampartRolesPage *self = RAMPART_ROLES_PAGE (page);
  RampartRecord *role = rampart_record_page_get_selected (page);
  gboolean from_profile = role != NULL && rampart_role_get_source (RAMPART_ROLE (role)) != RAMPART_ROLE_SOURCE_NONE;

  gtk_widget_set_visible (GTK_WIDGET (self->profile_label), from_profile);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), !from_profile);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->holder_row),
                                 from_profile ? _("Holder (also in the organisation profile)") : _("Holder"));
}

static RampartRecordList *
rampart_roles_page_get_records (RampartRecordPage  *page,
                                RampartWorkspace   *workspace,
                                GListModel        **model)
{
  return rampart_workspace_get_roles (workspace);
}

static void
rampart_roles_page_class_init (RampartRolesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartRecordPageClass *record_page_class = RAMPART_RECORD_PAGE_CLASS (klass);

  record_page_class->get_records = rampart_roles_page_get_records;
  record_page_class->selected_changed = rampart_roles_page_selected_changed;

  g_type_ensure (RAMPART_TYPE_TEXT_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-roles-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartRolesPage, browser);
  gtk_widget_class_bind_template_child (widget_class, RampartRolesPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRolesPage, holder_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRolesPage, deputy_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRolesPage, responsibilities_area);
  gtk_widget_class_bind_template_child (widget_class, RampartRolesPage, authorities_area);
  gtk_widget_class_bind_template_child (widget_class, RampartRolesPage, profile_label);
  gtk_widget_class_bind_template_child (widget_class, RampartRolesPage, delete_button);
}

static void
rampart_roles_page_init (RampartRolesPage *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  GBindingGroup *bindings;

  gtk_widget_init_template (GTK_WIDGET (self));
  rampart_record_page_set_browser (RAMPART_RECORD_PAGE (self), self->browser);
  rampart_record_browser_set_subtitle_func (self->browser, subtitle_cb, NULL);

  bindings = rampart_record_page_get_bindings (RAMPART_RECORD_PAGE (self));
  g_binding_group_bind (bindings, "name", self->name_row, "text", flags);
  g_binding_group_bind (bindings, "holder", self->holder_row, "text", flags);
  g_binding_group_bind (bindings, "deputy", self->deputy_row, "text", flags);
  g_binding_group_bind (bindings, "responsibilities", self->responsibilities_area, "text", flags);
  g_binding_group_bind (bindings, "authorities", self->authorities_area, "text", flags);
}
