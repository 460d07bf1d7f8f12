/* rampart-heat-map-view.h: a heat map of risks on screen, whose cells filter the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rampart-risk.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_HEAT_MAP_VIEW (rampart_heat_map_view_get_type ())

G_DECLARE_FINAL_TYPE (RampartHeatMapView, rampart_heat_map_view, RAMPART, HEAT_MAP_VIEW, GtkWidget)

void rampart_heat_map_view_set_risks    (RampartHeatMapView *self,
                                         RampartRiskMethod  *method,
                                         GListModel         *risks);
void rampart_heat_map_view_refresh      (RampartHeatMapView *self);
void rampart_heat_map_view_get_selected (RampartHeatMapView *self,
                                         guint              *likelihood,
                                         guint              *impact);
void rampart_heat_map_view_set_selected (RampartHeatMapView *self,
                                         guint               likelihood,
                                         guint               impact);
void rampart_heat_map_view_choose       (RampartHeatMapView *self,
                                         guint               likelihood,
                                         guint               impact);
guint rampart_heat_map_view_get_count   (RampartHeatMapView *self,
                                         guint               likelihood,
                                         guint               impact);

G_END_DECLS
