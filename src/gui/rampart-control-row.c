/* rampart-control-row.c: one Annex A control in a list, with its attributes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-control-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-control-row.h"

struct _RampartControlRow
{
  AdwExpanderRow  parent_instance;

  /* Template widgets */
  GtkLabel       *id_label;
  AdwActionRow   *attribute_rows[RAMPART_N_CONTROL_ATTRIBUTES];
  AdwActionRow   *history_row;

  /* Owned */
  RampartControl *control;
};

G_DEFINE_FINAL_TYPE (RampartControlRow, rampart_control_row, ADW_TYPE_EXPANDER_ROW)

static char *
join_tags (const char * const *tags,
           const char         *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *tag = rampart_control_format_tag (tags[i]);

      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, tag);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_control (RampartControlRow *self)
{
  RampartControl *control = self->control;
  g_autofree char *type = NULL;
  g_autofree char *concepts = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *history = NULL;
  g_autofree char *ids_2013 = NULL;

  gtk_label_set_text (self->id_label, rampart_control_get_id (control));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), rampart_control_get_title (control));

  type = join_tags (rampart_control_get_attribute (control, RAMPART_CONTROL_ATTRIBUTE_CONTROL_TYPE), ", ");
  concepts = join_tags (rampart_control_get_attribute (control, RAMPART_CONTROL_ATTRIBUTE_CYBERSECURITY_CONCEPT), ", ");
  subtitle = g_strdup_printf ("%s · %s", type, concepts);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  for (guint i = 0; i < RAMPART_N_CONTROL_ATTRIBUTES; i++)
    {
      g_autofree char *values = join_tags (rampart_control_get_attribute (control, i), ", ");

      adw_action_row_set_subtitle (self->attribute_rows[i], values);
    }

  if (rampart_control_get_new_in_2022 (control))
    history = g_strdup (_("New in 2022"));
  else
    {
      ids_2013 = join_tags (rampart_control_get_ids_2013 (control), ", ");
      /* Translators: %s is a list of control numbers such as A.5.1.1, A.5.1.2 */
      history = g_strdup_printf (_("Replaces %s"), ids_2013);
    }
  adw_action_row_set_subtitle (self->history_row, history);
}

static void
rampart_control_row_dispose (GObject *object)
{
  RampartControlRow *self = RAMPART_CONTROL_ROW (object);

  g_clear_object (&self->control);

  G_OBJECT_CLASS (rampart_control_row_parent_class)->dispose (object);
}

static void
rampart_control_row_class_init (RampartControlRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_control_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rampart-control-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartControlRow, id_label);
  gtk_widget_class_bind_template_child_full (widget_class, "control_type_row", FALSE,
                                             G_STRUCT_OFFSET (RampartControlRow, attribute_rows[RAMPART_CONTROL_ATTRIBUTE_CONTROL_TYPE]));
  gtk_widget_class_bind_template_child_full (widget_class, "security_property_row", FALSE,
                                             G_STRUCT_OFFSET (RampartControlRow, attribute_rows[RAMPART_CONTROL_ATTRIBUTE_SECURITY_PROPERTY]));
  gtk_widget_class_bind_template_child_full (widget_class, "cybersecurity_concept_row", FALSE,
                                             G_STRUCT_OFFSET (RampartControlRow, attribute_rows[RAMPART_CONTROL_ATTRIBUTE_CYBERSECURITY_CONCEPT]));
  gtk_widget_class_bind_template_child_full (widget_class, "operational_capability_row", FALSE,
                                             G_STRUCT_OFFSET (RampartControlRow, attribute_rows[RAMPART_CONTROL_ATTRIBUTE_OPERATIONAL_CAPABILITY]));
  gtk_widget_class_bind_template_child_full (widget_class, "security_domain_row", FALSE,
                                             G_STRUCT_OFFSET (RampartControlRow, attribute_rows[RAMPART_CONTROL_ATTRIBUTE_SECURITY_DOMAIN]));
  gtk_widget_class_bind_template_child (widget_class, RampartControlRow, history_row);
}

static void
rampart_control_row_init (RampartControlRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < RAMPART_N_CONTROL_ATTRIBUTES; i++)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->attribute_rows[i]),
                                   rampart_control_attribute_get_label (i));
}

GtkWidget *
rampart_control_row_new (RampartControl *control)
{
  RampartControlRow *self;

  g_return_val_if_fail (RAMPART_IS_CONTROL (control), NULL);

  self = g_object_new (RAMPART_TYPE_CONTROL_ROW, NULL);
  self->control = g_object_ref (control);
  show_control (self);

  return GTK_WIDGET (self);
}

/**
 * rampart_control_row_get_control:
 * @self: a #RampartControlRow
 *
 * Returns: (transfer none): the control the row shows
 */
RampartControl *
rampart_control_row_get_control (RampartControlRow *self)
{
  g_return_val_if_fail (RAMPART_IS_CONTROL_ROW (self), NULL);

  return self->control;
}
