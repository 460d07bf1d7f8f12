/* test-heat-map.c: risks counted and drawn on the matrix of the risk method
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Set RAMPART_TEST_SCREENSHOTS to a folder to get a PNG of the map drawn.
 */

#include "config.h"

#include "rampart-heat-map.h"
#include "rampart-test-utils.h"
#include "rampart-workspace.h"

static const RampartHeatMapStyle style = { "Carlito", 9.0, 0.1, 0.1, 0.1 };

typedef struct
{
  RampartTestFixture  base;
  RampartWorkspace   *workspace;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;

  rampart_test_fixture_setup (&fixture->base, GINT_TO_POINTER (FALSE));
  fixture->workspace = rampart_workspace_open (fixture->base.file, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  rampart_workspace_close_discarding (fixture->workspace);
  g_assert_finalize_object (fixture->workspace);
  rampart_test_fixture_teardown (&fixture->base, NULL);
}

static RampartRecord *
add_risk (Fixture *fixture,
          guint    likelihood,
          guint    impact)
{
  RampartRecord *risk = rampart_record_list_add (rampart_workspace_get_risks (fixture->workspace));

  g_object_set (risk, "inherent-likelihood", likelihood, "inherent-impact", impact, NULL);
  return risk;
}

/* The colour at the centre of a cell, as drawn. */
static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static void
test_counts_and_cells (Fixture       *fixture,
                       gconstpointer  unused)
{
  RampartRiskMethod *method = rampart_workspace_get_risk_method (fixture->workspace);
  g_autoptr(RampartHeatMap) map = rampart_heat_map_new (method, "Inherent risk");
  guint likelihood = 0, impact = 0;

  add_risk (fixture, 5, 5);
  add_risk (fixture, 5, 5);
  add_risk (fixture, 1, 2);
  add_risk (fixture, 0, 3);
  g_object_set (add_risk (fixture, 4, 4), "status", RAMPART_RISK_STATUS_CLOSED, NULL);

  /* Unrated and closed risks are not counted. */
  rampart_heat_map_count (map, G_LIST_MODEL (rampart_workspace_get_risks (fixture->workspace)), RAMPART_RISK_INHERENT);
  g_assert_cmpuint (rampart_heat_map_get_count (map, 5, 5), ==, 2);
  g_assert_cmpuint (rampart_heat_map_get_count (map, 1, 2), ==, 1);
  g_assert_cmpuint (rampart_heat_map_get_count (map, 4, 4), ==, 0);

  /* The top right cell is the most likely and severe; the labels are not cells. */
  g_assert_true (rampart_heat_map_cell_at (map, 400, 300, &style, 395, 40, &likelihood, &impact));
  g_assert_cmpuint (likelihood, ==, 5);
  g_assert_cmpuint (impact, ==, 5);
  g_assert_true (rampart_heat_map_cell_at (map, 400, 300, &style, 120, 250, &likelihood, &impact));
  g_assert_cmpuint (likelihood, ==, 1);
  g_assert_cmpuint (impact, ==, 1);
  g_assert_false (rampart_heat_map_cell_at (map, 400, 300, &style, 10, 150, &likelihood, &impact));
  g_assert_false (rampart_heat_map_cell_at (map, 400, 300, &style, 200, 295, &likelihood, &impact));
}

static void
test_draws (Fixture       *fixture,
            gconstpointer  unused)
{
  RampartRiskMethod *method = rampart_workspace_get_risk_method (fixture->workspace);
  g_autoptr(RampartHeatMap) map = rampart_heat_map_new (method, "Residual risk");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (surface);
  const char *dir = g_getenv ("RAMPART_TEST_SCREENSHOTS");
  guint likelihood, impact;

  add_risk (fixture, 5, 5);
  rampart_heat_map_count (map, G_LIST_MODEL (rampart_workspace_get_risks (fixture->workspace)), RAMPART_RISK_INHERENT);
  rampart_heat_map_set_selected (map, 1, 1);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  rampart_heat_map_draw (map, cr, 400, 300, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (dir != NULL)
    {
      g_autofree char *path = g_build_filename (dir, "heat-map.png", NULL);

      cairo_surface_write_to_png (surface, path);
    }

  /* A counted critical cell is full red; an empty low one a pale green; the frame of the selection dark. */
  for (int y = 0; y < 300; y += 3)
    for (int x = 100; x < 400; x += 3)
      if (rampart_heat_map_cell_at (map, 400, 300, &style, x, y, &likelihood, &impact) &&
          likelihood == 5 && impact == 5 && pixel (surface, x, y) == 0xe01b24)
        goto found_red;
  g_assert_not_reached ();
found_red:
  g_assert_true (rampart_heat_map_cell_at (map, 400, 300, &style, 140, 230, &likelihood, &impact));
  g_assert_cmpuint (pixel (surface, 140, 230) & 0xff00, >, 0xd000);

  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report/heat-map/counts-and-cells", Fixture, NULL, fixture_setup, test_counts_and_cells,
              fixture_teardown);
  g_test_add ("/report/heat-map/draws", Fixture, NULL, fixture_setup, test_draws, fixture_teardown);

  return g_test_run ();
}
