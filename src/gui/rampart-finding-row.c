/* rampart-finding-row.c: one finding of a check, in a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-finding-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-finding-row.h"

/*
 * The finding's message, how much it matters (by icon and in words, for
 * screen readers), and the clause it is about. A finding about a record
 * can be activated to open that record.
 */

struct _RampartFindingRow
{
  AdwActionRow    parent_instance;

  /* Template widgets */
  GtkImage       *severity_image;
  GtkImage       *go_image;

  /* Owned */
  RampartFinding *finding;
};

G_DEFINE_FINAL_TYPE (RampartFindingRow, rampart_finding_row, ADW_TYPE_ACTION_ROW)

static void
rampart_finding_row_dispose (GObject *object)
{
  g_clear_object (&RAMPART_FINDING_ROW (object)->finding);

  G_OBJECT_CLASS (rampart_finding_row_parent_class)->dispose (object);
}

static void
rampart_finding_row_class_init (RampartFindingRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_finding_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartFindingRow, severity_image);
  gtk_widget_class_bind_template_child (widget_class, RampartFindingRow, go_image);
}

static void
rampart_finding_row_init (RampartFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rampart_finding_row_new (RampartFinding *finding)
{
  RampartFindingRow *self = g_object_new (RAMPART_TYPE_FINDING_ROW, NULL);
  RampartSeverity severity = rampart_finding_get_severity (finding);
  g_autofree char *clause = NULL;
  static const char *icons[] = {
    [RAMPART_SEVERITY_ADVICE] = "dialog-information-symbolic",
    [RAMPART_SEVERITY_WARNING] = "dialog-warning-symbolic",
    [RAMPART_SEVERITY_ERROR] = "dialog-error-symbolic",
  };
  static const char *styles[] = {
    [RAMPART_SEVERITY_ADVICE] = "accent",
    [RAMPART_SEVERITY_WARNING] = "warning",
    [RAMPART_SEVERITY_ERROR] = "error",
  };

  self->finding = g_object_ref (finding);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), rampart_finding_get_message (finding));
  /* Translators: %s is a clause of ISO/IEC 27001, such as 4.3; then how much the finding matters */
  clause = g_strdup_printf (_("Clause %s · %s"), rampart_finding_get_clause (finding),
                            rampart_enum_get_label (RAMPART_TYPE_SEVERITY, severity));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), clause);

  gtk_image_set_from_icon_name (self->severity_image, icons[severity]);
  gtk_widget_add_css_class (GTK_WIDGET (self->severity_image), styles[severity]);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), rampart_finding_get_record (finding) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->go_image), rampart_finding_get_record (finding) != NULL);

  return GTK_WIDGET (self);
}

RampartFinding *
rampart_finding_row_get_finding (RampartFindingRow *self)
{
  g_return_val_if_fail (RAMPART_IS_FINDING_ROW (self), NULL);

  return self->finding;
}
