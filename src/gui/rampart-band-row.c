/* rampart-band-row.c: one band of risk levels, in the method's editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-band-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-band-row.h"

/*
 * A band's name, its colour, and, when the method multiplies likelihood
 * by impact, the lowest score that falls in it. Edits go to the method
 * being edited, a copy; the "changed" signal tells the editor.
 */

struct _RampartBandRow
{
  AdwExpanderRow     parent_instance;

  /* Template widgets */
  AdwEntryRow       *name_row;
  GtkColorButton    *colour_button;
  AdwActionRow      *score_row;
  GtkSpinButton     *score_spin;

  /* Owned */
  RampartRiskMethod *method;
  guint              band;
};

G_DEFINE_FINAL_TYPE (RampartBandRow, rampart_band_row, ADW_TYPE_EXPANDER_ROW)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
field_changed_cb (RampartBandRow *self)
{
  GdkRGBA rgba;
  g_autofree char *colour = NULL;

  if (self->method == NULL)
    return;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->colour_button), &rgba);
  colour = g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + 0.5), (int) (rgba.green * 255 + 0.5),
                            (int) (rgba.blue * 255 + 0.5));
  rampart_risk_method_set_band (self->method, self->band,
                                gtk_editable_get_text (GTK_EDITABLE (self->name_row)), colour,
                                (guint) gtk_spin_button_get_value_as_int (self->score_spin));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
rampart_band_row_dispose (GObject *object)
{
  g_clear_object (&RAMPART_BAND_ROW (object)->method);

  G_OBJECT_CLASS (rampart_band_row_parent_class)->dispose (object);
}

static void
rampart_band_row_class_init (RampartBandRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_band_row_dispose;

  /**
   * RampartBandRow::changed:
   *
   * The band's name, colour or lowest score changed in the method.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-band-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartBandRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, RampartBandRow, colour_button);
  gtk_widget_class_bind_template_child (widget_class, RampartBandRow, score_row);
  gtk_widget_class_bind_template_child (widget_class, RampartBandRow, score_spin);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
}

static void
rampart_band_row_init (RampartBandRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rampart_band_row_new:
 * @method: the method being edited
 * @band: a band of it
 *
 * Returns: (transfer floating): a row that edits the band in @method
 */
GtkWidget *
rampart_band_row_new (RampartRiskMethod *method,
                      guint              band)
{
  RampartBandRow *self = g_object_new (RAMPART_TYPE_BAND_ROW, NULL);
  GdkRGBA rgba;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), rampart_risk_method_get_band_name (method, band));
  gdk_rgba_parse (&rgba, rampart_risk_method_get_band_colour (method, band));
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->colour_button), &rgba);
  gtk_spin_button_set_value (self->score_spin, rampart_risk_method_get_band_min_score (method, band));
  /* The lowest band starts at the lowest score, always. */
  gtk_widget_set_visible (GTK_WIDGET (self->score_row),
                          band > 0 && rampart_risk_method_get_mode (method) == RAMPART_RISK_LEVEL_PRODUCT);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), rampart_risk_method_get_band_name (method, band));

  /* Set last, so that filling the fields is not an edit. */
  self->method = g_object_ref (method);
  self->band = band;

  return GTK_WIDGET (self);
}
