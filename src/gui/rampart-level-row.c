/* rampart-level-row.c: one level of a risk scale, in the method's editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-level-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-level-row.h"

/*
 * "3 · Possible", with what it means: the words that make two people rate
 * the same risk alike. Edits go to the method being edited, a copy, and
 * the row tells the editor with its "changed" signal.
 */

struct _RampartLevelRow
{
  AdwExpanderRow     parent_instance;

  /* Template widgets */
  AdwEntryRow       *name_row;
  AdwEntryRow       *meaning_row;

  /* Owned */
  RampartRiskMethod *method;
  RampartRiskScale   scale;
  guint              level;
};

G_DEFINE_FINAL_TYPE (RampartLevelRow, rampart_level_row, ADW_TYPE_EXPANDER_ROW)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_title (RampartLevelRow *self)
{
  g_autofree char *title = g_strdup_printf ("%u · %s", self->level,
                                            gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), gtk_editable_get_text (GTK_EDITABLE (self->meaning_row)));
}

static void
entry_changed_cb (RampartLevelRow *self)
{
  if (self->method == NULL)
    return;

  rampart_risk_method_set_level (self->method, self->scale, self->level,
                                 gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                 gtk_editable_get_text (GTK_EDITABLE (self->meaning_row)));
  update_title (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
rampart_level_row_dispose (GObject *object)
{
  g_clear_object (&RAMPART_LEVEL_ROW (object)->method);

  G_OBJECT_CLASS (rampart_level_row_parent_class)->dispose (object);
}

static void
rampart_level_row_class_init (RampartLevelRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_level_row_dispose;

  /**
   * RampartLevelRow::changed:
   *
   * The level's name or meaning changed in the method.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-level-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartLevelRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, RampartLevelRow, meaning_row);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
}

static void
rampart_level_row_init (RampartLevelRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rampart_level_row_new:
 * @method: the method being edited
 * @scale: likelihood or impact
 * @level: from 1
 *
 * Returns: (transfer floating): a row that edits the level in @method
 */
GtkWidget *
rampart_level_row_new (RampartRiskMethod *method,
                       RampartRiskScale   scale,
                       guint              level)
{
  RampartLevelRow *self = g_object_new (RAMPART_TYPE_LEVEL_ROW, NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), rampart_risk_method_get_level_label (method, scale, level));
  gtk_editable_set_text (GTK_EDITABLE (self->meaning_row),
                         rampart_risk_method_get_level_description (method, scale, level));
  /* Set last, so that filling the fields is not an edit. */
  self->method = g_object_ref (method);
  self->scale = scale;
  self->level = level;
  update_title (self);

  return GTK_WIDGET (self);
}
