/* rampart-heat-map.h: risks counted on the likelihood × impact matrix, drawn with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "rampart-risk.h"

G_BEGIN_DECLS

/**
 * RampartHeatMapStyle:
 * @font_family: the family of the labels' font
 * @font_size: the size of the labels, in the units of the cairo context
 * @red: the labels' colour
 * @green: the labels' colour
 * @blue: the labels' colour
 *
 * How a heat map's text looks where it is drawn: small Carlito in the
 * documentation pack, the interface's font on screen.
 */
typedef struct
{
  const char *font_family;
  double      font_size;
  double      red;
  double      green;
  double      blue;
} RampartHeatMapStyle;

#define RAMPART_TYPE_HEAT_MAP (rampart_heat_map_get_type ())

G_DECLARE_FINAL_TYPE (RampartHeatMap, rampart_heat_map, RAMPART, HEAT_MAP, GObject)

RampartHeatMap *rampart_heat_map_new          (RampartRiskMethod         *method,
                                               const char                *title);
void            rampart_heat_map_count        (RampartHeatMap            *self,
                                               GListModel                *risks,
                                               RampartRiskStage           stage);
guint           rampart_heat_map_get_count    (RampartHeatMap            *self,
                                               guint                      likelihood,
                                               guint                      impact);
void            rampart_heat_map_set_show_bands
                                              (RampartHeatMap            *self,
                                               gboolean                   show_bands);
void            rampart_heat_map_set_selected (RampartHeatMap            *self,
                                               guint                      likelihood,
                                               guint                      impact);
void            rampart_heat_map_draw         (RampartHeatMap            *self,
                                               cairo_t                   *cr,
                                               double                     width,
                                               double                     height,
                                               const RampartHeatMapStyle *style);
gboolean        rampart_heat_map_cell_at      (RampartHeatMap            *self,
                                               double                     width,
                                               double                     height,
                                               const RampartHeatMapStyle *style,
                                               double                     x,
                                               double                     y,
                                               guint                     *likelihood,
                                               guint                     *impact);

G_END_DECLS
