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
  AdwBin            parent_instance;

  /* Template widgets */
  AdwEntryRow      *name_row;
  AdwEntryRow      *legal_name_row;
  AdwEntryRow      *sector_row;
  GtkSpinButton    *staff_spin;
  GtkTextBuffer    *address_buffer;
  AdwEntryRow      *isms_manager_row;
  AdwEntryRow      *sponsor_row;

  /* Owned */
  RampartWorkspace *workspace;
  GBindingGroup    *bindings;
};

G_DEFINE_FINAL_TYPE (RampartProfilePage, rampart_profile_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_workspace (RampartProfilePage *self,
               RampartWorkspace   *workspace)
{
  if (!g_set_object (&self->workspace, workspace))
    return;

  g_binding_group_set_source (self->bindings,
                              workspace != NULL ? rampart_workspace_get_organisation (workspace) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

static void
rampart_profile_page_dispose (GObject *object)
{
  RampartProfilePage *self = RAMPART_PROFILE_PAGE (object);

  g_clear_object (&self->bindings);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (rampart_profile_page_parent_class)->dispose (object);
}

static void
rampart_profile_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RampartProfilePage *self = RAMPART_PROFILE_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_profile_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RampartProfilePage *self = RAMPART_PROFILE_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_profile_page_class_init (RampartProfilePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_profile_page_dispose;
  object_class->get_property = rampart_profile_page_get_property;
  object_class->set_property = rampart_profile_page_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, RAMPART_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
