/* rampart-document-control-window.c: edits a document's control data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-document-control-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-date-row.h"
#include "rampart-document-control-window.h"
#include "rampart-pack.h"

struct _RampartDocumentControlWindow
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  AdwPreferencesGroup *group;
  AdwEntryRow      *version_row;
  AdwEntryRow      *owner_row;
  AdwEntryRow      *approver_row;
  RampartDateRow   *approved_row;
  RampartDateRow   *review_row;
  GtkLabel         *defaults_label;

  /* Owned */
  RampartWorkspace *workspace;
  GBindingGroup    *bindings;
};

G_DEFINE_FINAL_TYPE (RampartDocumentControlWindow, rampart_document_control_window, ADW_TYPE_WINDOW)

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartDocumentControlWindow *self = RAMPART_DOCUMENT_CONTROL_WINDOW (widget);

  rampart_history_undo (rampart_workspace_get_history (self->workspace));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartDocumentControlWindow *self = RAMPART_DOCUMENT_CONTROL_WINDOW (widget);

  rampart_history_redo (rampart_workspace_get_history (self->workspace));
}

static void
rampart_document_control_window_dispose (GObject *object)
{
  RampartDocumentControlWindow *self = RAMPART_DOCUMENT_CONTROL_WINDOW (object);

  g_clear_object (&self->bindings);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (rampart_document_control_window_parent_class)->dispose (object);
}

static void
rampart_document_control_window_class_init (RampartDocumentControlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_document_control_window_dispose;

  g_type_ensure (RAMPART_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rampart-document-control-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentControlWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentControlWindow, group);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentControlWindow, version_row);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentControlWindow, owner_row);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentControlWindow, approver_row);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentControlWindow, approved_row);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentControlWindow, review_row);
  gtk_widget_class_bind_template_child (widget_class, RampartDocumentControlWindow, defaults_label);

  /* Edits here are workspace edits: the same undo as the main window. */
  gtk_widget_class_install_action (widget_class, "control.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "control.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "control.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "control.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rampart_document_control_window_init (RampartDocumentControlWindow *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "version", self->version_row, "text", flags);
  g_binding_group_bind (self->bindings, "owner", self->owner_row, "text", flags);
  g_binding_group_bind (self->bindings, "approver", self->approver_row, "text", flags);
  g_binding_group_bind (self->bindings, "approved-on", self->approved_row, "date", flags);
  g_binding_group_bind (self->bindings, "next-review", self->review_row, "date", flags);
}

/**
 * rampart_document_control_window_new:
 * @parent: the window it belongs to
 * @workspace: the workspace
 * @document_id: a document, or %RAMPART_PACK_ID for the pack itself
 * @title: the document's title
 *
 * Returns: (transfer floating): a window to edit the document's control
 *   data; for the pack, only its version
 */
GtkWidget *
rampart_document_control_window_new (GtkWindow        *parent,
                                     RampartWorkspace *workspace,
                                     const char       *document_id,
                                     const char       *title)
{
  RampartDocumentControlWindow *self = g_object_new (RAMPART_TYPE_DOCUMENT_CONTROL_WINDOW,
                                                     "transient-for", parent, NULL);
  RampartOrganisation *organisation = rampart_workspace_get_organisation (workspace);
  gboolean pack = g_str_equal (document_id, RAMPART_PACK_ID);
  gboolean soa = g_str_equal (document_id, RAMPART_SOA_DOCUMENT_ID);
  g_autofree char *group_title = NULL;
  g_autofree char *defaults = NULL;

  self->workspace = g_object_ref (workspace);
  g_binding_group_set_source (self->bindings,
                              rampart_workspace_get_document_control (workspace, document_id));

  adw_window_title_set_subtitle (self->window_title, title);
  group_title = g_strdup_printf ("%s · %s", document_id, title);
  adw_preferences_group_set_title (self->group, group_title);

  /* The pack has a version of its own; its documents carry the rest. */
  gtk_widget_set_visible (GTK_WIDGET (self->owner_row), !pack);
  gtk_widget_set_visible (GTK_WIDGET (self->approver_row), !pack && !soa);
  gtk_widget_set_visible (GTK_WIDGET (self->approved_row), !pack && !soa);
  /* The Statement of Applicability is versioned and approved by issuing it. */
  gtk_widget_set_visible (GTK_WIDGET (self->version_row), !soa);
  gtk_widget_set_visible (GTK_WIDGET (self->review_row), !pack);

  if (pack)
    defaults = g_strdup (_("The pack's version is printed on its cover. Raise it each time you "
                           "send the pack to an auditor."));
  else if (soa)
    defaults = g_strdup (_("Its version, approver and date of approval are those of the version last "
                           "issued, in the Applicability section. Left empty, the owner is the ISMS manager."));
  else
    defaults = g_strdup_printf (_("Left empty, the owner is the ISMS manager (%s) and the approver "
                                  "the top-management sponsor (%s), from the organisation profile."),
                                *rampart_organisation_get_isms_manager (organisation) != '\0'
                                  ? rampart_organisation_get_isms_manager (organisation) : _("not named yet"),
                                *rampart_organisation_get_sponsor (organisation) != '\0'
                                  ? rampart_organisation_get_sponsor (organisation) : _("not named yet"));
  gtk_label_set_text (self->defaults_label, defaults);

  return GTK_WIDGET (self);
}
