/* rampart-heat-map-view.c: a heat map of risks on screen, whose cells filter the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-heat-map-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-heat-map-view.h"
#include "rampart-heat-map.h"

/*
 * The heat map of the pack, drawn in the interface's font and colours. A
 * click on a cell selects it (and a second click unselects it): the page
 * filters the register to the risks rated there. Arrow keys move the
 * selection too, and the map reads as a sentence to screen readers.
 */

struct _RampartHeatMapView
{
  GtkWidget          parent_instance;

  RampartRiskMethod *method;
  GListModel        *risks;
  RampartRiskStage   stage;
  char              *title;
  RampartHeatMap    *map;
  guint              likelihood;
  guint              impact;
  gboolean           show_bands;
};

G_DEFINE_FINAL_TYPE (RampartHeatMapView, rampart_heat_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STAGE,
  PROP_TITLE,
  PROP_SHOW_BANDS,
  N_PROPS
};

enum {
  SIGNAL_SELECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
get_style (RampartHeatMapView  *self,
           RampartHeatMapStyle *style)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *font = pango_context_get_font_description (context);
  GdkRGBA colour;
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (GTK_WIDGET (self), &colour);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &colour);
#endif

  style->font_family = pango_font_description_get_family (font);
  /* Points to pixels, a little smaller than the text around. */
  style->font_size = (pango_font_description_get_size_is_absolute (font) ? size : size * 96.0 / 72.0) * 0.85;
  style->red = colour.red;
  style->green = colour.green;
  style->blue = colour.blue;
}

static void
update_accessible (RampartHeatMapView *self)
{
  g_autoptr(GString) text = g_string_new (self->title);
  guint n_likelihood, n_impact;

  if (self->method == NULL)
    return;

  n_likelihood = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_LIKELIHOOD);
  n_impact = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_IMPACT);
  for (guint l = n_likelihood; l >= 1; l--)
    for (guint i = n_impact; i >= 1; i--)
      {
        guint count = rampart_heat_map_get_count (self->map, l, i);

        if (count > 0)
          /* Translators: how many risks are rated at a likelihood and an impact, in a heat map */
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ". %u risk %s, %s", ". %u risks %s, %s", count),
                                  count,
                                  rampart_risk_method_get_level_label (self->method, RAMPART_RISK_SCALE_LIKELIHOOD, l),
                                  rampart_risk_method_get_level_label (self->method, RAMPART_RISK_SCALE_IMPACT, i));
      }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
}

static void
rampart_heat_map_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  RampartHeatMapView *self = RAMPART_HEAT_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RampartHeatMapStyle style;
  cairo_t *cr;

  if (self->map == NULL || width <= 0 || height <= 0)
    return;

  get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rampart_heat_map_draw (self->map, cr, width, height, &style);
  cairo_destroy (cr);
}

static void
select_cell (RampartHeatMapView *self,
             guint               likelihood,
             guint               impact)
{
  if (self->likelihood == likelihood && self->impact == impact)
    return;

  rampart_heat_map_view_set_selected (self, likelihood, impact);
  g_signal_emit (self, signals[SIGNAL_SELECTION_CHANGED], 0);
}

static void
pressed_cb (GtkGestureClick    *gesture,
            int                 n_press,
            double              x,
            double              y,
            RampartHeatMapView *self)
{
  RampartHeatMapStyle style;
  guint likelihood, impact;

  if (self->map == NULL)
    return;

  get_style (self, &style);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!rampart_heat_map_cell_at (self->map, gtk_widget_get_width (GTK_WIDGET (self)),
                                 gtk_widget_get_height (GTK_WIDGET (self)), &style, x, y, &likelihood, &impact))
    return;

  /* A second click on the selected cell lets go of it. */
  if (likelihood == self->likelihood && impact == self->impact)
    select_cell (self, 0, 0);
  else
    select_cell (self, likelihood, impact);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RampartHeatMapView    *self)
{
  guint n_likelihood, n_impact;
  guint likelihood = MAX (self->likelihood, 1), impact = MAX (self->impact, 1);

  if (self->method == NULL)
    return FALSE;

  n_likelihood = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_LIKELIHOOD);
  n_impact = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_IMPACT);

  switch (keyval)
    {
    case GDK_KEY_Up:
      likelihood = self->likelihood == 0 ? 1 : MIN (likelihood + 1, n_likelihood);
      break;
    case GDK_KEY_Down:
      likelihood = likelihood > 1 ? likelihood - 1 : 1;
      break;
    case GDK_KEY_Right:
      impact = self->impact == 0 ? 1 : MIN (impact + 1, n_impact);
      break;
    case GDK_KEY_Left:
      impact = impact > 1 ? impact - 1 : 1;
      break;
    case GDK_KEY_Escape:
      if (self->likelihood == 0)
        return FALSE;
      select_cell (self, 0, 0);
      return TRUE;
    default:
      return FALSE;
    }

  select_cell (self, likelihood, impact);
  return TRUE;
}

static void
rampart_heat_map_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 220;
      *natural = 360;
    }
  else
    {
      *minimum = 180;
      *natural = 230;
    }
}

static void
rampart_heat_map_view_dispose (GObject *object)
{
  RampartHeatMapView *self = RAMPART_HEAT_MAP_VIEW (object);

  g_clear_object (&self->method);
  g_clear_object (&self->risks);
  g_clear_object (&self->map);

  G_OBJECT_CLASS (rampart_heat_map_view_parent_class)->dispose (object);
}

static void
rampart_heat_map_view_finalize (GObject *object)
{
  g_free (RAMPART_HEAT_MAP_VIEW (object)->title);

  G_OBJECT_CLASS (rampart_heat_map_view_parent_class)->finalize (object);
}

static void
rampart_heat_map_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RampartHeatMapView *self = RAMPART_HEAT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_int (value, self->stage);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SHOW_BANDS:
      g_value_set_boolean (value, self->show_bands);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_heat_map_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RampartHeatMapView *self = RAMPART_HEAT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      self->stage = g_value_get_int (value);
      rampart_heat_map_view_refresh (self);
      break;

    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->title, -1);
      rampart_heat_map_view_refresh (self);
      break;

    case PROP_SHOW_BANDS:
      self->show_bands = g_value_get_boolean (value);
      rampart_heat_map_view_refresh (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_heat_map_view_class_init (RampartHeatMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_heat_map_view_dispose;
  object_class->finalize = rampart_heat_map_view_finalize;
  object_class->get_property = rampart_heat_map_view_get_property;
  object_class->set_property = rampart_heat_map_view_set_property;
  widget_class->snapshot = rampart_heat_map_view_snapshot;
  widget_class->measure = rampart_heat_map_view_measure;

  /**
   * RampartHeatMapView:stage:
   *
   * Which rating the map counts: 0 inherent, 1 residual.
   */
  properties[PROP_STAGE] =
    g_param_spec_int ("stage", NULL, NULL, RAMPART_RISK_INHERENT, RAMPART_RISK_RESIDUAL, RAMPART_RISK_INHERENT,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  /**
   * RampartHeatMapView:show-bands:
   *
   * Whether the map names each cell's band, as the method's editor does,
   * rather than counting risks.
   */
  properties[PROP_SHOW_BANDS] =
    g_param_spec_boolean ("show-bands", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RampartHeatMapView::selection-changed:
   *
   * The person selected a cell, or let go of it.
   */
  signals[SIGNAL_SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "heatmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rampart_heat_map_view_init (RampartHeatMapView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
}

/**
 * rampart_heat_map_view_set_risks:
 * @self: a #RampartHeatMapView
 * @method: (nullable): the workspace's method
 * @risks: (nullable): the risks to count
 */
void
rampart_heat_map_view_set_risks (RampartHeatMapView *self,
                                 RampartRiskMethod  *method,
                                 GListModel         *risks)
{
  g_return_if_fail (RAMPART_IS_HEAT_MAP_VIEW (self));

  g_set_object (&self->method, method);
  g_set_object (&self->risks, risks);
  rampart_heat_map_view_refresh (self);
}

/* Counts the risks again: after an edit, or another method. */
void
rampart_heat_map_view_refresh (RampartHeatMapView *self)
{
  g_return_if_fail (RAMPART_IS_HEAT_MAP_VIEW (self));

  g_clear_object (&self->map);
  if (self->method != NULL)
    {
      self->map = rampart_heat_map_new (self->method, self->title);
      if (self->risks != NULL)
        rampart_heat_map_count (self->map, self->risks, self->stage);
      rampart_heat_map_set_show_bands (self->map, self->show_bands);
      rampart_heat_map_set_selected (self->map, self->likelihood, self->impact);
      update_accessible (self);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * rampart_heat_map_view_get_selected:
 * @self: a #RampartHeatMapView
 * @likelihood: (out): the selected cell's likelihood, or 0 for none
 * @impact: (out): its impact, or 0
 */
void
rampart_heat_map_view_get_selected (RampartHeatMapView *self,
                                    guint              *likelihood,
                                    guint              *impact)
{
  g_return_if_fail (RAMPART_IS_HEAT_MAP_VIEW (self));

  *likelihood = self->likelihood;
  *impact = self->impact;
}

void
rampart_heat_map_view_set_selected (RampartHeatMapView *self,
                                    guint               likelihood,
                                    guint               impact)
{
  g_return_if_fail (RAMPART_IS_HEAT_MAP_VIEW (self));

  self->likelihood = likelihood;
  self->impact = impact;
  if (self->map != NULL)
    rampart_heat_map_set_selected (self->map, likelihood, impact);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * rampart_heat_map_view_choose:
 * @self: a #RampartHeatMapView
 * @likelihood: a cell's likelihood, or 0 for none
 * @impact: its impact, or 0
 *
 * Selects a cell as a click or the arrow keys do, telling the page through
 * #RampartHeatMapView::selection-changed.
 */
void
rampart_heat_map_view_choose (RampartHeatMapView *self,
                              guint               likelihood,
                              guint               impact)
{
  g_return_if_fail (RAMPART_IS_HEAT_MAP_VIEW (self));

  select_cell (self, likelihood, impact);
}

/* How many risks the map shows in a cell. */
guint
rampart_heat_map_view_get_count (RampartHeatMapView *self,
                                 guint               likelihood,
                                 guint               impact)
{
  g_return_val_if_fail (RAMPART_IS_HEAT_MAP_VIEW (self), 0);

  return self->map != NULL ? rampart_heat_map_get_count (self->map, likelihood, impact) : 0;
}
