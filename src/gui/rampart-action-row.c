/* rampart-action-row.c: one action of the risk treatment plan, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-action-row.h"
#include "rampart-date-row.h"
#include "rampart-gui-utils.h"

/*
 * Collapsed, an action reads as what it is, who does it, when it is due
 * and where it stands, with an overdue one marked; expanded, every field
 * can be edited and the action deleted (with Undo in a toast).
 */

struct _RampartActionRow
{
  AdwExpanderRow     parent_instance;

  /* Template widgets */
  AdwEntryRow       *what_row;
  AdwEntryRow       *owner_row;
  RampartDateRow    *due_row;
  AdwComboRow       *status_row;
  AdwEntryRow       *control_row;

  /* Owned */
  RampartRiskAction *action;
  RampartWorkspace  *workspace;
  GBindingGroup     *bindings;
};

G_DEFINE_FINAL_TYPE (RampartActionRow, rampart_action_row, ADW_TYPE_EXPANDER_ROW)

static gboolean
is_overdue (RampartRiskAction *action)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  return rampart_risk_action_is_overdue (action, today);
}

static void
update_summary (RampartActionRow *self)
{
  const char *what = rampart_risk_action_get_what (self->action);
  const char *owner = rampart_risk_action_get_owner (self->action);
  const char *due = rampart_risk_action_get_due_on (self->action);
  const char *status = rampart_enum_get_label (RAMPART_TYPE_ACTION_STATUS, rampart_risk_action_get_status (self->action));
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *what != '\0' ? what : _("New action"));

  if (is_overdue (self->action))
    /* Translators: an action's owner and status, and the date it was due */
    subtitle = g_strdup_printf (_("%s · %s · overdue since %s"), *owner != '\0' ? owner : _("no owner"), status, due);
  else if (*due != '\0')
    /* Translators: an action's owner and status, and its due date */
    subtitle = g_strdup_printf (_("%s · %s · due %s"), *owner != '\0' ? owner : _("no owner"), status, due);
  else
    subtitle = g_strdup_printf ("%s · %s", *owner != '\0' ? owner : _("no owner"), status);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  if (is_overdue (self->action))
    gtk_widget_add_css_class (GTK_WIDGET (self), "overdue");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "overdue");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartActionRow *self = RAMPART_ACTION_ROW (widget);
  RampartRecord *record = RAMPART_RECORD (self->action);
  RampartRecord *risk = rampart_record_get_parent (record);

  if (risk != NULL)
    rampart_delete_with_undo (widget, self->workspace, rampart_record_get_children (risk), record);
}

static void
rampart_action_row_dispose (GObject *object)
{
  RampartActionRow *self = RAMPART_ACTION_ROW (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->action);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (rampart_action_row_parent_class)->dispose (object);
}

static void
rampart_action_row_class_init (RampartActionRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_action_row_dispose;

  g_type_ensure (RAMPART_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartActionRow, what_row);
  gtk_widget_class_bind_template_child (widget_class, RampartActionRow, owner_row);
  gtk_widget_class_bind_template_child (widget_class, RampartActionRow, due_row);
  gtk_widget_class_bind_template_child (widget_class, RampartActionRow, status_row);
  gtk_widget_class_bind_template_child (widget_class, RampartActionRow, control_row);

  gtk_widget_class_install_action (widget_class, "action.delete", NULL, delete_action);
}

static void
rampart_action_row_init (RampartActionRow *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "what", self->what_row, "text", flags);
  g_binding_group_bind (self->bindings, "owner", self->owner_row, "text", flags);
  g_binding_group_bind (self->bindings, "due-on", self->due_row, "date", flags);
  rampart_bind_choice (self->bindings, "status", self->status_row, RAMPART_TYPE_ACTION_STATUS);
  g_binding_group_bind (self->bindings, "control-id", self->control_row, "text", flags);
}

GtkWidget *
rampart_action_row_new (RampartRiskAction *action,
                        RampartWorkspace  *workspace)
{
  RampartActionRow *self = g_object_new (RAMPART_TYPE_ACTION_ROW, NULL);

  self->action = g_object_ref (action);
  self->workspace = g_object_ref (workspace);
  g_binding_group_set_source (self->bindings, action);
  g_signal_connect_object (action, "notify", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  update_summary (self);

  return GTK_WIDGET (self);
}

/* Opens the row and puts the keyboard in its first field, for a new action. */
void
rampart_action_row_start_editing (RampartActionRow *self)
{
  g_return_if_fail (RAMPART_IS_ACTION_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->what_row));
}
