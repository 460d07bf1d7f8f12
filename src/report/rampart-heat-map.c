/* rampart-heat-map.c: risks counted on the likelihood × impact matrix, drawn with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-heat-map"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "rampart-heat-map.h"

/*
 * The matrix of the risk method, likelihood rising upwards and impact to
 * the right, each cell in its band's colour with the number of risks
 * rated there. The same drawing goes into the documentation pack (as a
 * figure) and on screen (where a click on a cell filters the register),
 * so its geometry depends only on the size and the style: the screen can
 * tell which cell was clicked without laying out any text.
 */

struct _RampartHeatMap
{
  GObject            parent_instance;

  RampartRiskMethod *method;
  char              *title;
  guint              counts[RAMPART_RISK_MAX_LEVELS][RAMPART_RISK_MAX_LEVELS];
  guint              selected_likelihood;
  guint              selected_impact;
  gboolean           show_bands;
};

G_DEFINE_FINAL_TYPE (RampartHeatMap, rampart_heat_map, G_TYPE_OBJECT)

typedef struct
{
  double title_height;
  double axis_width;     /* the rotated "Likelihood" */
  double labels_width;   /* the likelihood levels */
  double labels_height;  /* the impact levels and "Impact" */
  double grid_x, grid_y;
  double cell_width, cell_height;
} Geometry;

static void
rampart_heat_map_finalize (GObject *object)
{
  RampartHeatMap *self = RAMPART_HEAT_MAP (object);

  g_clear_object (&self->method);
  g_free (self->title);

  G_OBJECT_CLASS (rampart_heat_map_parent_class)->finalize (object);
}

static void
rampart_heat_map_class_init (RampartHeatMapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rampart_heat_map_finalize;
}

static void
rampart_heat_map_init (RampartHeatMap *self)
{
}

/**
 * rampart_heat_map_new:
 * @method: the method whose matrix the map shows
 * @title: (nullable): what it counts, as in "Inherent risk"
 *
 * Returns: (transfer full): a heat map with no risks counted
 */
RampartHeatMap *
rampart_heat_map_new (RampartRiskMethod *method,
                      const char        *title)
{
  RampartHeatMap *self;

  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (method), NULL);

  self = g_object_new (RAMPART_TYPE_HEAT_MAP, NULL);
  self->method = g_object_ref (method);
  self->title = g_strdup (title);

  return self;
}

/**
 * rampart_heat_map_count:
 * @self: a #RampartHeatMap
 * @risks: (element-type RampartRisk): the risks to count
 * @stage: which of their ratings
 *
 * Counts, in place of any count before, the risks rated in each cell;
 * closed risks and risks not rated yet are left out.
 */
void
rampart_heat_map_count (RampartHeatMap   *self,
                        GListModel       *risks,
                        RampartRiskStage  stage)
{
  g_return_if_fail (RAMPART_IS_HEAT_MAP (self));
  g_return_if_fail (G_IS_LIST_MODEL (risks));

  memset (self->counts, 0, sizeof self->counts);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(RampartRisk) risk = g_list_model_get_item (risks, i);
      guint likelihood = rampart_risk_get_likelihood (risk, stage);
      guint impact = rampart_risk_get_impact (risk, self->method, stage);

      if (rampart_risk_get_status (risk) == RAMPART_RISK_STATUS_CLOSED ||
          rampart_risk_method_rate (self->method, likelihood, impact) == RAMPART_RISK_UNRATED)
        continue;

      self->counts[likelihood - 1][impact - 1]++;
    }
}

guint
rampart_heat_map_get_count (RampartHeatMap *self,
                            guint           likelihood,
                            guint           impact)
{
  g_return_val_if_fail (RAMPART_IS_HEAT_MAP (self), 0);
  g_return_val_if_fail (likelihood >= 1 && likelihood <= RAMPART_RISK_MAX_LEVELS, 0);
  g_return_val_if_fail (impact >= 1 && impact <= RAMPART_RISK_MAX_LEVELS, 0);

  return self->counts[likelihood - 1][impact - 1];
}

/**
 * rampart_heat_map_set_selected:
 * @self: a #RampartHeatMap
 * @likelihood: the selected cell's likelihood, or 0 for none
 * @impact: its impact, or 0
 *
 * Outlines a cell, such as the one filtering the register.
 */
void
rampart_heat_map_set_selected (RampartHeatMap *self,
                               guint           likelihood,
                               guint           impact)
{
  g_return_if_fail (RAMPART_IS_HEAT_MAP (self));

  self->selected_likelihood = likelihood;
  self->selected_impact = impact;
}

/**
 * rampart_heat_map_set_show_bands:
 * @self: a #RampartHeatMap
 * @show_bands: whether to name each cell's band rather than count risks
 *
 * Draws the matrix of the method itself, as the methodology shows it.
 */
void
rampart_heat_map_set_show_bands (RampartHeatMap *self,
                                 gboolean        show_bands)
{
  g_return_if_fail (RAMPART_IS_HEAT_MAP (self));

  self->show_bands = !!show_bands;
}

static void
compute_geometry (RampartHeatMap            *self,
                  double                     width,
                  double                     height,
                  const RampartHeatMapStyle *style,
                  Geometry                  *g)
{
  guint n_likelihood = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_LIKELIHOOD);
  guint n_impact = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_IMPACT);
  double size = style->font_size;

  g->title_height = self->title != NULL ? size * 2.0 : 0;
  g->axis_width = size * 1.8;
  g->labels_width = MIN (size * 8.0, width * 0.3);
  /* Two lines of impact level, then the axis title. */
  g->labels_height = size * 4.6;
  g->grid_x = g->axis_width + g->labels_width;
  g->grid_y = g->title_height;
  g->cell_width = MAX (width - g->grid_x, 1) / n_impact;
  g->cell_height = MAX (height - g->title_height - g->labels_height, 1) / n_likelihood;
}

static PangoLayout *
make_layout (cairo_t                   *cr,
             const RampartHeatMapStyle *style,
             const char                *text,
             double                     scale,
             gboolean                   bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_new ();
  PangoContext *context = pango_layout_get_context (layout);

  /* Units of the cairo context, whatever the device: identical PDFs, crisp screens. */
  pango_cairo_context_set_resolution (context, 72.0);
  pango_layout_context_changed (layout);

  pango_font_description_set_family (font, style->font_family);
  pango_font_description_set_absolute_size (font, style->font_size * scale * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* The grey of text on light cells */
#define DARK_TEXT 0.12

/* Draws @text centred in the box, wrapped between words, ellipsized where it does not fit. */
static void
draw_text (cairo_t                   *cr,
           const RampartHeatMapStyle *style,
           const char                *text,
           double                     x,
           double                     y,
           double                     width,
           double                     height,
           double                     scale,
           gboolean                   bold)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text, scale, bold);
  int text_width, text_height;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_height (layout, (int) (height * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  cairo_move_to (cr, x, y + MAX (0, (height - text_height) / 2));
  pango_cairo_show_layout (cr, layout);
}

/* Whether every word of the impact levels fits under its column; when the
 * map is small, the columns show the levels' numbers instead. */
static gboolean
impact_words_fit (RampartHeatMap            *self,
                  cairo_t                   *cr,
                  const RampartHeatMapStyle *style,
                  double                     width)
{
  guint n_impact = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_IMPACT);

  for (guint i = 1; i <= n_impact; i++)
    {
      g_auto(GStrv) words = g_strsplit (rampart_risk_method_get_level_label (self->method, RAMPART_RISK_SCALE_IMPACT, i),
                                        " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autoptr(PangoLayout) layout = make_layout (cr, style, words[w], 0.85, FALSE);
          int text_width;

          pango_layout_get_pixel_size (layout, &text_width, NULL);
          if (text_width > width)
            return FALSE;
        }
    }

  return TRUE;
}

static void
parse_colour (const char *colour,
              double     *red,
              double     *green,
              double     *blue)
{
  guint64 rgb = g_ascii_strtoull (colour != NULL && colour[0] == '#' ? colour + 1 : "808080", NULL, 16);

  *red = ((rgb >> 16) & 0xff) / 255.0;
  *green = ((rgb >> 8) & 0xff) / 255.0;
  *blue = (rgb & 0xff) / 255.0;
}

/**
 * rampart_heat_map_draw:
 * @self: a #RampartHeatMap
 * @cr: where to draw, the map's top left corner at the origin
 * @width: the map's width
 * @height: the map's height
 * @style: its text
 *
 * Draws the map, the same each time for the same input.
 */
void
rampart_heat_map_draw (RampartHeatMap            *self,
                       cairo_t                   *cr,
                       double                     width,
                       double                     height,
                       const RampartHeatMapStyle *style)
{
  guint n_likelihood, n_impact;
  double grid_width, grid_height;
  gboolean words_fit;
  Geometry g;

  g_return_if_fail (RAMPART_IS_HEAT_MAP (self));
  g_return_if_fail (style != NULL);

  n_likelihood = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_LIKELIHOOD);
  n_impact = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_IMPACT);
  compute_geometry (self, width, height, style, &g);
  grid_width = g.cell_width * n_impact;
  grid_height = g.cell_height * n_likelihood;

  cairo_save (cr);
  cairo_set_source_rgb (cr, style->red, style->green, style->blue);

  if (self->title != NULL)
    draw_text (cr, style, self->title, g.grid_x, 0, grid_width, g.title_height, 1.15, TRUE);

  /* Cells, highest likelihood at the top */
  for (guint l = 1; l <= n_likelihood; l++)
    for (guint i = 1; i <= n_impact; i++)
      {
        guint band = rampart_risk_method_get_cell_band (self->method, l, i);
        double x = g.grid_x + (i - 1) * g.cell_width;
        double y = g.grid_y + (n_likelihood - l) * g.cell_height;
        double red, green, blue;
        guint count = self->counts[l - 1][i - 1];
        gboolean full = count > 0 || self->show_bands;

        parse_colour (rampart_risk_method_get_band_colour (self->method, band), &red, &green, &blue);
        /* Empty cells are paler, so that the eye goes to where the risks are. */
        if (!full)
          {
            red = 1 - (1 - red) * 0.45;
            green = 1 - (1 - green) * 0.45;
            blue = 1 - (1 - blue) * 0.45;
          }
        cairo_rectangle (cr, x, y, g.cell_width, g.cell_height);
        cairo_set_source_rgb (cr, red, green, blue);
        cairo_fill_preserve (cr);
        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_set_line_width (cr, 1.5);
        cairo_stroke (cr);

        if (full)
          {
            g_autofree char *number = g_strdup_printf ("%u", count);

            /* Whichever of dark text and white stands out more from the band. */
            if (rampart_colour_prefers_dark_text (red, green, blue))
              cairo_set_source_rgb (cr, DARK_TEXT, DARK_TEXT, DARK_TEXT);
            else
              cairo_set_source_rgb (cr, 1, 1, 1);
            if (self->show_bands)
              draw_text (cr, style, rampart_risk_method_get_band_name (self->method, band),
                         x + 2, y, g.cell_width - 4, g.cell_height, 0.9, FALSE);
            else
              draw_text (cr, style, number, x, y, g.cell_width, g.cell_height, 1.35, TRUE);
          }
      }

  if (self->selected_likelihood >= 1 && self->selected_likelihood <= n_likelihood &&
      self->selected_impact >= 1 && self->selected_impact <= n_impact)
    {
      cairo_rectangle (cr,
                       g.grid_x + (self->selected_impact - 1) * g.cell_width + 1.5,
                       g.grid_y + (n_likelihood - self->selected_likelihood) * g.cell_height + 1.5,
                       g.cell_width - 3, g.cell_height - 3);
      cairo_set_source_rgb (cr, style->red, style->green, style->blue);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }

  /* Level labels */
  cairo_set_source_rgb (cr, style->red, style->green, style->blue);
  for (guint l = 1; l <= n_likelihood; l++)
    draw_text (cr, style, rampart_risk_method_get_level_label (self->method, RAMPART_RISK_SCALE_LIKELIHOOD, l),
               g.axis_width, g.grid_y + (n_likelihood - l) * g.cell_height,
               g.labels_width - style->font_size * 0.5, g.cell_height, 1.0, FALSE);
  words_fit = impact_words_fit (self, cr, style, g.cell_width - 2);
  for (guint i = 1; i <= n_impact; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i);

      draw_text (cr, style,
                 words_fit
                   ? rampart_risk_method_get_level_label (self->method, RAMPART_RISK_SCALE_IMPACT, i)
                   : number,
                 g.grid_x + (i - 1) * g.cell_width + 1, g.grid_y + grid_height + style->font_size * 0.3,
                 g.cell_width - 2, style->font_size * 2.6, 0.85, FALSE);
    }

  /* Axis titles */
  draw_text (cr, style, _("Impact"), g.grid_x, g.grid_y + grid_height + style->font_size * 2.9,
             grid_width, style->font_size * 1.6, 1.0, TRUE);
  cairo_save (cr);
  cairo_translate (cr, 0, g.grid_y + grid_height);
  cairo_rotate (cr, -G_PI / 2);
  draw_text (cr, style, _("Likelihood"), 0, 0, grid_height, g.axis_width, 1.0, TRUE);
  cairo_restore (cr);

  cairo_restore (cr);
}

/**
 * rampart_heat_map_cell_at:
 * @self: a #RampartHeatMap
 * @width: the map's width, as drawn
 * @height: its height
 * @style: its text, as drawn
 * @x: a point of the map
 * @y: the point's height
 * @likelihood: (out): the cell's likelihood
 * @impact: (out): the cell's impact
 *
 * Returns: %TRUE if the point is on a cell
 */
gboolean
rampart_heat_map_cell_at (RampartHeatMap            *self,
                          double                     width,
                          double                     height,
                          const RampartHeatMapStyle *style,
                          double                     x,
                          double                     y,
                          guint                     *likelihood,
                          guint                     *impact)
{
  guint n_likelihood, n_impact;
  int column, row;
  Geometry g;

  g_return_val_if_fail (RAMPART_IS_HEAT_MAP (self), FALSE);

  n_likelihood = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_LIKELIHOOD);
  n_impact = rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_IMPACT);
  compute_geometry (self, width, height, style, &g);

  if (x < g.grid_x || y < g.grid_y)
    return FALSE;

  column = (int) ((x - g.grid_x) / g.cell_width);
  row = (int) ((y - g.grid_y) / g.cell_height);
  if (column >= (int) n_impact || row >= (int) n_likelihood)
    return FALSE;

  *impact = (guint) column + 1;
  *likelihood = n_likelihood - (guint) row;
  return TRUE;
}
