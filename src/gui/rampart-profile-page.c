/* rampart-profile-page.c: the organisation profile section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-profile-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-profile-page.h"

/*
 * Every field is bound both ways to the profile record: typing edits the
 * workspace (which records undo and autosaves), and undo updates the field.
 */

struct _RampartProfilePage
{
  RampartPage       parent_instance;

  /* Template widgets */
  AdwEntryRow      *name_row;
  AdwEntryRow      *legal_name_row;
  AdwEntryRow      *sector_row;
  GtkSpinButton    *staff_spin;
  GtkTextBuffer    *address_buffer;
  AdwEntryRow      *isms_manager_row;
  AdwEntryRow      *sponsor_row;

  /* Owned */
  GBindingGroup    *bindings;
};

G_DEFINE_FINAL_TYPE (RampartProfilePage, rampart_profile_page, RAMPART_TYPE_PAGE)

static void
rampart_profile_page_workspace_changed (RampartPage *page)
{
  RampartProfilePage *self = RAMPART_PROFILE_PAGE (page);
  RampartWorkspace *workspace = rampart_page_get_workspace (page);

  g_binding_group_set_source (self->bindings,
                              workspace != NULL ? rampart_workspace_get_organisation (workspace) : NULL);
}

static void
rampart_profile_page_dispose (GObject *object)
{
  RampartProfilePage *self = RAMPART_PROFILE_PAGE (object);

  g_clear_object (&self->bindings);

  G_OBJECT_CLASS (rampart_profile_page_parent_class)->dispose (object);
}

static void
rampart_profile_page_class_init (RampartProfilePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartPageClass *page_class = RAMPART_PAGE_CLASS (klass);

  object_class->dispose = rampart_profile_page_dispose;
  page_class->workspace_changed = rampart_profile_page_workspace_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rampart-profile-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartProfilePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RampartProfilePage, legal_name_row);
  gtk_widget_class_bind_template_child (widget_class, RampartProfilePage, sector_row);
  gtk_widget_class_bind_template_child (widget_class, RampartProfilePage, staff_spin);
  gtk_widget_class_bind_template_child (widget_class, RampartProfilePage, address_buffer);
  gtk_widget_class_bind_template_child (widget_class, RampartProfilePage, isms_manager_row);
  gtk_widget_class_bind_template_child (widget_class, RampartProfilePage, sponsor_row);
}

static void
rampart_profile_page_init (RampartProfilePage *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "name", self->name_row, "text", flags);
  g_binding_group_bind (self->bindings, "legal-name", self->legal_name_row, "text", flags);
  g_binding_group_bind (self->bindings, "sector", self->sector_row, "text", flags);
  g_binding_group_bind (self->bindings, "staff-count", self->staff_spin, "value", flags);
  g_binding_group_bind (self->bindings, "address", self->address_buffer, "text", flags);
  g_binding_group_bind (self->bindings, "isms-manager", self->isms_manager_row, "text", flags);
  g_binding_group_bind (self->bindings, "sponsor", self->sponsor_row, "text", flags);
}
