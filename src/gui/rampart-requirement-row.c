/* rampart-requirement-row.c: one requirement of an interested party, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-requirement-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-gui-utils.h"
#include "rampart-page.h"
#include "rampart-requirement-row.h"

/*
 * Collapsed, a requirement reads as its text and whether the ISMS
 * addresses it; expanded, every field can be edited, and the requirement
 * deleted (with Undo in a toast, as anywhere else).
 */

struct _RampartRequirementRow
{
  AdwExpanderRow      parent_instance;

  /* Template widgets */
  AdwEntryRow        *text_row;
  AdwComboRow        *decision_row;
  AdwComboRow        *basis_row;
  AdwEntryRow        *how_row;

  /* Owned */
  RampartRequirement *requirement;
  GBindingGroup      *bindings;
};

G_DEFINE_FINAL_TYPE (RampartRequirementRow, rampart_requirement_row, ADW_TYPE_EXPANDER_ROW)

static void
update_summary (RampartRequirementRow *self)
{
  const char *text = rampart_requirement_get_text (self->requirement);
  RampartDecision decision = rampart_requirement_get_decision (self->requirement);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *text != '\0' ? text : _("New requirement"));

  /* "Addressed by the ISMS · Contractual" */
  if (decision == RAMPART_DECISION_UNDECIDED)
    subtitle = g_strdup (_("Not decided yet: does the ISMS address it?"));
  else
    subtitle = g_strdup_printf ("%s · %s", rampart_enum_get_label (RAMPART_TYPE_DECISION, decision),
                                rampart_enum_get_label (RAMPART_TYPE_REQUIREMENT_BASIS,
                                                        rampart_requirement_get_basis (self->requirement)));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  if (decision == RAMPART_DECISION_UNDECIDED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "undecided");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "undecided");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartRequirementRow *self = RAMPART_REQUIREMENT_ROW (widget);
  RampartRecord *record = RAMPART_RECORD (self->requirement);
  GtkWidget *page = gtk_widget_get_ancestor (widget, RAMPART_TYPE_PAGE);
  RampartRecord *party = rampart_record_get_parent (record);

  if (page == NULL || party == NULL)
    return;

  rampart_delete_with_undo (widget, rampart_page_get_workspace (RAMPART_PAGE (page)),
                            rampart_record_get_children (party), record);
}

static void
rampart_requirement_row_dispose (GObject *object)
{
  RampartRequirementRow *self = RAMPART_REQUIREMENT_ROW (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->requirement);

  G_OBJECT_CLASS (rampart_requirement_row_parent_class)->dispose (object);
}

static void
rampart_requirement_row_class_init (RampartRequirementRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_requirement_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-requirement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartRequirementRow, text_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRequirementRow, decision_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRequirementRow, basis_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRequirementRow, how_row);

  gtk_widget_class_install_action (widget_class, "requirement.delete", NULL, delete_action);
}

static void
rampart_requirement_row_init (RampartRequirementRow *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "text", self->text_row, "text", flags);
  rampart_bind_choice (self->bindings, "decision", self->decision_row, RAMPART_TYPE_DECISION);
  rampart_bind_choice (self->bindings, "basis", self->basis_row, RAMPART_TYPE_REQUIREMENT_BASIS);
  g_binding_group_bind (self->bindings, "how", self->how_row, "text", flags);
}

GtkWidget *
rampart_requirement_row_new (RampartRequirement *requirement)
{
  RampartRequirementRow *self = g_object_new (RAMPART_TYPE_REQUIREMENT_ROW, NULL);

  self->requirement = g_object_ref (requirement);
  g_binding_group_set_source (self->bindings, requirement);
  g_signal_connect_object (requirement, "notify", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  update_summary (self);

  return GTK_WIDGET (self);
}

RampartRequirement *
rampart_requirement_row_get_requirement (RampartRequirementRow *self)
{
  g_return_val_if_fail (RAMPART_IS_REQUIREMENT_ROW (self), NULL);

  return self->requirement;
}

/* Opens the row and puts the keyboard in its text, for a new requirement. */
void
rampart_requirement_row_start_editing (RampartRequirementRow *self)
{
  g_return_if_fail (RAMPART_IS_REQUIREMENT_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
}
