/* rampart-band-label.c: a risk level, in its band's colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-band-label"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-band-label.h"

/*
 * The name of a band ("High") on a rounded patch of its colour, which the
 * method chooses: so the colour is drawn here rather than given by a style
 * sheet. A rating not made yet reads "Not rated", without a patch.
 */

struct _RampartBandLabel
{
  GtkWidget  parent_instance;

  GtkWidget *label;
  GdkRGBA    colour;
  gboolean   rated;
};

G_DEFINE_FINAL_TYPE (RampartBandLabel, rampart_band_label, GTK_TYPE_WIDGET)

static void
rampart_band_label_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  RampartBandLabel *self = RAMPART_BAND_LABEL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRoundedRect rect;

  if (self->rated)
    {
      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (0, 0, width, height), height / 2.0);
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, &self->colour, &GRAPHENE_RECT_INIT (0, 0, width, height));
      gtk_snapshot_pop (snapshot);
    }

  gtk_widget_snapshot_child (widget, self->label, snapshot);
}

static void
rampart_band_label_dispose (GObject *object)
{
  g_clear_pointer (&RAMPART_BAND_LABEL (object)->label, gtk_widget_unparent);

  G_OBJECT_CLASS (rampart_band_label_parent_class)->dispose (object);
}

static void
rampart_band_label_class_init (RampartBandLabelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_band_label_dispose;
  widget_class->snapshot = rampart_band_label_snapshot;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "bandlabel");
}

static void
rampart_band_label_init (RampartBandLabel *self)
{
  self->label = gtk_label_new (NULL);
  gtk_widget_set_margin_start (self->label, 8);
  gtk_widget_set_margin_end (self->label, 8);
  gtk_widget_set_margin_top (self->label, 1);
  gtk_widget_set_margin_bottom (self->label, 1);
  gtk_widget_add_css_class (self->label, "caption-heading");
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
rampart_band_label_new (void)
{
  return g_object_new (RAMPART_TYPE_BAND_LABEL, NULL);
}

/**
 * rampart_band_label_set_band:
 * @self: a #RampartBandLabel
 * @method: the workspace's method
 * @band: a band of @method, or %RAMPART_RISK_UNRATED
 */
void
rampart_band_label_set_band (RampartBandLabel  *self,
                             RampartRiskMethod *method,
                             guint              band)
{
  g_return_if_fail (RAMPART_IS_BAND_LABEL (self));

  self->rated = band != RAMPART_RISK_UNRATED && band < rampart_risk_method_get_n_bands (method);
  gtk_label_set_text (GTK_LABEL (self->label),
                      self->rated ? rampart_risk_method_get_band_name (method, band) : _("Not rated"));

  gtk_widget_remove_css_class (self->label, "dim-label");
  if (self->rated)
    {
      gdk_rgba_parse (&self->colour, rampart_risk_method_get_band_colour (method, band));
      if (rampart_colour_prefers_dark_text (self->colour.red, self->colour.green, self->colour.blue))
        gtk_widget_add_css_class (self->label, "on-light");
      else
        gtk_widget_remove_css_class (self->label, "on-light");
      gtk_widget_add_css_class (self->label, "on-band");
    }
  else
    {
      gtk_widget_remove_css_class (self->label, "on-band");
      gtk_widget_add_css_class (self->label, "dim-label");
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The band's name as shown, or "Not rated". */
const char *
rampart_band_label_get_text (RampartBandLabel *self)
{
  g_return_val_if_fail (RAMPART_IS_BAND_LABEL (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->label));
}
