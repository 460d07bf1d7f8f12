/* rampart-record-row.c: one record in the list of a record browser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-record-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-finding.h"
#include "rampart-record-row.h"

/*
 * A row shows the record's title (or that it has none yet), a line about
 * it chosen by the page, and a warning sign when a check found something
 * missing in it, with the findings as its tooltip.
 */

struct _RampartRecordRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkImage      *finding_image;
  GtkBox        *text_box;

  /* Owned */
  RampartRecord *record;
};

G_DEFINE_FINAL_TYPE (RampartRecordRow, rampart_record_row, GTK_TYPE_LIST_BOX_ROW)

static void
rampart_record_row_dispose (GObject *object)
{
  g_clear_object (&RAMPART_RECORD_ROW (object)->record);

  G_OBJECT_CLASS (rampart_record_row_parent_class)->dispose (object);
}

static void
rampart_record_row_class_init (RampartRecordRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_record_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-record-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartRecordRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordRow, finding_image);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordRow, text_box);
}

static void
rampart_record_row_init (RampartRecordRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rampart_record_row_new (RampartRecord *record)
{
  RampartRecordRow *self = g_object_new (RAMPART_TYPE_RECORD_ROW, NULL);

  self->record = g_object_ref (record);
  rampart_record_row_update (self, NULL, NULL, NULL);

  return GTK_WIDGET (self);
}

/**
 * rampart_record_row_get_record:
 * @self: a #RampartRecordRow
 *
 * Returns: (transfer none): the record the row shows
 */
RampartRecord *
rampart_record_row_get_record (RampartRecordRow *self)
{
  g_return_val_if_fail (RAMPART_IS_RECORD_ROW (self), NULL);

  return self->record;
}

/**
 * rampart_record_row_update:
 * @self: a #RampartRecordRow
 * @subtitle: (nullable): a line about the record
 * @worst: (nullable): the most serious finding about the record
 * @findings: (nullable): every finding about it, one per line
 *
 * Shows the record as it is now.
 */
void
rampart_record_row_update (RampartRecordRow *self,
                           const char       *subtitle,
                           RampartFinding   *worst,
                           const char       *findings)
{
  g_autofree char *title = rampart_record_dup_title (self->record);
  g_autofree char *accessible = NULL;
  gboolean untitled;
  char *newline;

  g_return_if_fail (RAMPART_IS_RECORD_ROW (self));

  /* A list shows the first line of a title that has several. */
  newline = strchr (title, '\n');
  if (newline != NULL)
    *newline = '\0';

  untitled = *g_strstrip (title) == '\0';
  if (untitled)
    {
      g_free (title);
      /* Translators: a record without a name yet, as in "Untitled role" */
      title = g_strdup_printf (_("Untitled %s"), rampart_record_class_get_noun (RAMPART_RECORD_GET_CLASS (self->record)));
    }

  gtk_label_set_text (self->title_label, title);
  if (untitled)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");

  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL && *subtitle != '\0');

  gtk_widget_set_visible (GTK_WIDGET (self->finding_image), worst != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->finding_image), findings);
  gtk_widget_remove_css_class (GTK_WIDGET (self->finding_image), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->finding_image), "warning");
  if (worst != NULL && rampart_finding_get_severity (worst) == RAMPART_SEVERITY_ERROR)
    {
      gtk_image_set_from_icon_name (self->finding_image, "dialog-error-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->finding_image), "error");
    }
  else if (worst != NULL)
    {
      gtk_image_set_from_icon_name (self->finding_image, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->finding_image), "warning");
    }

  /* Screen readers hear the whole row, the findings included. */
  accessible = g_strjoin (". ", title,
                          subtitle != NULL && *subtitle != '\0' ? subtitle : "",
                          findings != NULL ? findings : "", NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/**
 * rampart_record_row_add_extra:
 * @self: a #RampartRecordRow
 * @widget: a widget about the record, such as controls to edit it in place
 *
 * Shows @widget under the row's title and subtitle.
 */
void
rampart_record_row_add_extra (RampartRecordRow *self,
                              GtkWidget        *widget)
{
  g_return_if_fail (RAMPART_IS_RECORD_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_append (self->text_box, widget);
}
