/* test-pdf-view.c: the PDF preview, scrolled and zoomed as a person would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (build-aux/dev test). Set RAMPART_TEST_SCREENSHOTS to a
 * folder to get PNGs of the preview.
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "rampart-gui-test-utils.h"
#include "rampart-pdf-test-utils.h"
#include "rampart-pdf-view.h"
#include "rampart-test-utils.h"

#define N_PAGES 6

/* An A4 page is 595.28 points wide. */
#define A4_WIDTH 595.28

typedef struct
{
  GtkWidget      *window;
  RampartPdfView *view;     /* our own reference, to check the view is freed */
  GtkAdjustment  *vadjustment;
  GBytes         *pdf;
} Fixture;

static GBytes *
make_pdf (const char *label,
          guint       n_pages)
{
  g_autoptr(RampartDocument) document = rampart_document_new ("P-01", "Preview");
  g_autoptr(RampartBook) book = rampart_book_new ("Preview test");

  rampart_book_set_front_matter (book, FALSE);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s document, page %u. The preview shows every page "
                                               "of the document the way it will be printed, one "
                                               "below the other, with sharp text at any zoom.",
                                               label, i + 1);

      if (i > 0)
        rampart_document_add (document, rampart_block_new_page_break ());
      rampart_document_add_heading (document, 1, label, NULL);
      for (guint j = 0; j < 4; j++)
        rampart_document_add_plain (document, text);
    }
  rampart_book_add_document (book, document);

  return rampart_test_write_pdf (book, RAMPART_PAPER_A4);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *scroller = gtk_scrolled_window_new ();

  fixture->pdf = make_pdf ("First", N_PAGES);
  fixture->window = gtk_window_new ();
  fixture->view = g_object_ref_sink (RAMPART_PDF_VIEW (rampart_pdf_view_new ()));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (fixture->view));
  gtk_window_set_child (GTK_WINDOW (fixture->window), scroller);
  fixture->vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  g_assert_true (rampart_pdf_view_set_pdf (fixture->view, fixture->pdf, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rampart_test_iterate ();
  /* A render still running holds the document, not the view. */
  g_assert_finalize_object (fixture->view);
  g_bytes_unref (fixture->pdf);
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthWait;

static gboolean
has_width_cb (gpointer data)
{
  WidthWait *wait = data;

  return gtk_widget_get_width (wait->widget) == wait->width;
}

static void
resize (Fixture *fixture,
        int      width,
        int      height)
{
  WidthWait wait = { fixture->window, width };

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  g_assert_true (rampart_test_wait_for (has_width_cb, &wait));
  gtk_test_widget_wait_for_draw (fixture->window);
  rampart_test_iterate ();
}

typedef struct
{
  RampartPdfView *view;
  guint           n;
} RenderedWait;

static gboolean
rendered_cb (gpointer data)
{
  RenderedWait *wait = data;

  return _rampart_pdf_view_get_n_rendered (wait->view) >= wait->n;
}

static void
wait_for_rendered (Fixture *fixture,
                   guint    n)
{
  RenderedWait wait = { fixture->view, n };

  g_assert_true (rampart_test_wait_for (rendered_cb, &wait));
  gtk_test_widget_wait_for_draw (fixture->window);
  rampart_test_iterate ();
}

static GdkTexture *
render_window (Fixture *fixture)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (fixture->window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (fixture->window);
  int height = gtk_widget_get_height (fixture->window);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (fixture->window)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* The colour of the window's pixel at @x, @y, as 0xRRGGBB. */
static guint32
pixel_at (GdkTexture *texture,
          int         x,
          int         y)
{
  gsize stride = gdk_texture_get_width (texture) * 4;
  g_autofree guchar *data = g_malloc (stride * gdk_texture_get_height (texture));
  guint32 argb;

  gdk_texture_download (texture, data, stride);
  memcpy (&argb, data + y * stride + x * 4, 4);
  return argb & 0xffffff;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    data)
{
  (*(guint *) data)++;
}

static void
test_n_pages (Fixture       *fixture,
              gconstpointer  unused)
{
  g_assert_cmpuint (rampart_pdf_view_get_n_pages (fixture->view), ==, N_PAGES);

  g_assert_true (rampart_pdf_view_set_pdf (fixture->view, NULL, NULL));
  g_assert_cmpuint (rampart_pdf_view_get_n_pages (fixture->view), ==, 0);
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), ==, 0);
}

static void
test_renders_visible_pages (Fixture       *fixture,
                            gconstpointer  unused)
{
  rampart_test_show (GTK_WIDGET (fixture->window), 600, 500);

  /* Fitted to 600 pixels, the first page is taller than the window. */
  wait_for_rendered (fixture, 1);
  g_assert_cmpuint (_rampart_pdf_view_get_n_rendered (fixture->view), ==, 1);

  /* At half size, the first two pages show, and only they are rendered. */
  rampart_pdf_view_set_zoom (fixture->view, 0.5);
  wait_for_rendered (fixture, 2);
  g_usleep (100 * 1000);
  rampart_test_iterate ();
  g_assert_cmpuint (_rampart_pdf_view_get_n_rendered (fixture->view), ==, 2);

  rampart_pdf_view_scroll_to_page (fixture->view, 3);
  wait_for_rendered (fixture, 4);
  g_assert_cmpuint (_rampart_pdf_view_get_n_rendered (fixture->view), <=, N_PAGES);

  /* Clearing drops the textures. */
  g_assert_true (rampart_pdf_view_set_pdf (fixture->view, NULL, NULL));
  g_assert_cmpuint (_rampart_pdf_view_get_n_rendered (fixture->view), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (fixture->vadjustment), ==,
                     gtk_adjustment_get_page_size (fixture->vadjustment));
}

static void
test_zoom_in (Fixture       *fixture,
              gconstpointer  unused)
{
  double zoom, upper;
  guint notified = 0;

  rampart_test_show (GTK_WIDGET (fixture->window), 600, 500);
  g_assert_true (rampart_pdf_view_get_fit_width (fixture->view));
  zoom = rampart_pdf_view_get_zoom (fixture->view);
  upper = gtk_adjustment_get_upper (fixture->vadjustment);
  g_signal_connect (fixture->view, "notify::zoom", G_CALLBACK (count_notify_cb), &notified);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.zoom-in", NULL));
  rampart_test_iterate ();
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), >, zoom);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (rampart_pdf_view_get_fit_width (fixture->view));
  g_assert_cmpfloat (gtk_adjustment_get_upper (fixture->vadjustment), >, upper);

  /* Zooming out twice goes below where it began; reset is 100%. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.zoom-out", NULL));
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), <, zoom);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.zoom-reset", NULL));
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), ==, 1.0);

  /* The zoom stops at its bounds. */
  rampart_pdf_view_set_zoom (fixture->view, 100);
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), ==, 4.0);
  rampart_pdf_view_set_zoom (fixture->view, 0.01);
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), ==, 0.25);
}

/* An A4 page fills the view but for 16 pixels either side. */
static double
fitting_zoom (Fixture *fixture)
{
  return (gtk_widget_get_width (GTK_WIDGET (fixture->view)) - 32) / A4_WIDTH;
}

/* Runs what the view does for the key combination @accelerator, as if pressed. */
static void
press (Fixture    *fixture,
       const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           GTK_WIDGET (fixture->view),
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }

  g_error ("The view does nothing on %s", accelerator);
}

static void
test_zoom_keys (Fixture       *fixture,
                gconstpointer  unused)
{
  double zoom;

  rampart_test_show (GTK_WIDGET (fixture->window), 600, 500);
  zoom = rampart_pdf_view_get_zoom (fixture->view);

  press (fixture, "<Control>plus");
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), >, zoom);
  zoom = rampart_pdf_view_get_zoom (fixture->view);
  press (fixture, "<Control>equal");
  press (fixture, "<Control>KP_Add");
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), >, zoom);

  zoom = rampart_pdf_view_get_zoom (fixture->view);
  press (fixture, "<Control>minus");
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), <, zoom);
  zoom = rampart_pdf_view_get_zoom (fixture->view);
  press (fixture, "<Control>KP_Subtract");
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), <, zoom);

  press (fixture, "<Control>0");
  g_assert_true (rampart_pdf_view_get_fit_width (fixture->view));

  press (fixture, "Down");
  g_assert_cmpfloat (gtk_adjustment_get_value (fixture->vadjustment), >, 0);
}

static void
test_fit_width (Fixture       *fixture,
                gconstpointer  unused)
{
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (fixture->view));
  double narrow, wide;

  rampart_test_show (GTK_WIDGET (fixture->window), 600, 500);
  narrow = rampart_pdf_view_get_zoom (fixture->view);
  g_assert_cmpfloat_with_epsilon (narrow, fitting_zoom (fixture), 0.01);
  /* A page that fits needs no horizontal scrolling. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), <=,
                     gtk_widget_get_width (GTK_WIDGET (fixture->view)));

  resize (fixture, 900, 500);
  wide = rampart_pdf_view_get_zoom (fixture->view);
  g_assert_cmpfloat (wide, >, narrow);
  g_assert_cmpfloat_with_epsilon (wide, fitting_zoom (fixture), 0.01);

  /* A zoom of one's own stays when the window changes. */
  rampart_pdf_view_set_zoom (fixture->view, 1.0);
  g_assert_false (rampart_pdf_view_get_fit_width (fixture->view));
  resize (fixture, 600, 500);
  g_assert_cmpfloat (rampart_pdf_view_get_zoom (fixture->view), ==, 1.0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view),
                                             "pdf.zoom-fit-width", NULL));
  g_assert_true (rampart_pdf_view_get_fit_width (fixture->view));
  g_assert_cmpfloat_with_epsilon (rampart_pdf_view_get_zoom (fixture->view), narrow, 0.001);
}

static void
test_scroll_to_page (Fixture       *fixture,
                     gconstpointer  unused)
{
  guint notified = 0;

  rampart_test_show (GTK_WIDGET (fixture->window), 600, 500);
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), ==, 0);
  g_signal_connect (fixture->view, "notify::page", G_CALLBACK (count_notify_cb), &notified);

  rampart_pdf_view_scroll_to_page (fixture->view, 4);
  g_assert_cmpfloat (gtk_adjustment_get_value (fixture->vadjustment), >, 0);
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), ==, 4);
  g_assert_cmpuint (notified, ==, 1);

  /* Zooming keeps the page at the top. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pdf.zoom-in", NULL));
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), ==, 4);

  /* Past the end is the last page. */
  rampart_pdf_view_scroll_to_page (fixture->view, 100);
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), ==, N_PAGES - 1);

  /* When the last pages fit in the window together, the last one cannot
   * reach the top: the view goes as far as it can. */
  rampart_pdf_view_set_zoom (fixture->view, 0.25);
  rampart_pdf_view_scroll_to_page (fixture->view, N_PAGES - 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (fixture->vadjustment), ==,
                     gtk_adjustment_get_upper (fixture->vadjustment) -
                     gtk_adjustment_get_page_size (fixture->vadjustment));
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), <, N_PAGES - 1);
}

static void
test_replace_keeps_page (Fixture       *fixture,
                         gconstpointer  unused)
{
  g_autoptr(GBytes) second = make_pdf ("Second", N_PAGES);
  g_autoptr(GBytes) short_pdf = make_pdf ("Short", 2);
  g_autoptr(GError) error = NULL;
  double value;

  rampart_test_show (GTK_WIDGET (fixture->window), 600, 500);
  rampart_pdf_view_scroll_to_page (fixture->view, 3);
  gtk_adjustment_set_value (fixture->vadjustment,
                            gtk_adjustment_get_value (fixture->vadjustment) + 100);
  value = gtk_adjustment_get_value (fixture->vadjustment);
  wait_for_rendered (fixture, 1);

  g_assert_true (rampart_pdf_view_set_pdf (fixture->view, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), ==, 3);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (fixture->vadjustment), value, 0.5);
  /* The old texture stands in until the new one is ready, so an edit does not flash. */
  g_assert_cmpuint (_rampart_pdf_view_get_n_rendered (fixture->view), >, 0);
  wait_for_rendered (fixture, 1);
  rampart_test_screenshot (fixture->window, "pdf-view-replaced.png");

  /* A page that is gone leaves the view on the last page there is. */
  g_assert_true (rampart_pdf_view_set_pdf (fixture->view, short_pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rampart_pdf_view_get_n_pages (fixture->view), ==, 2);
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), ==, 1);
}

static void
test_bad_pdf_keeps_previous (Fixture       *fixture,
                             gconstpointer  unused)
{
  g_autoptr(GBytes) garbage = g_bytes_new_static ("%PDF-1.7\nnot really\n", 20);
  g_autoptr(GError) error = NULL;

  rampart_test_show (GTK_WIDGET (fixture->window), 600, 500);
  rampart_pdf_view_scroll_to_page (fixture->view, 2);
  wait_for_rendered (fixture, 1);

  g_assert_false (rampart_pdf_view_set_pdf (fixture->view, garbage, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (rampart_pdf_view_get_n_pages (fixture->view), ==, N_PAGES);
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), ==, 2);
  g_assert_cmpuint (_rampart_pdf_view_get_n_rendered (fixture->view), >, 0);
}

/* Zooming, scrolling and new documents while pages render: every late
 * result is dropped, and the view is freed at once when the window goes. */
static void
test_busy (Fixture       *fixture,
           gconstpointer  unused)
{
  g_autoptr(GBytes) second = make_pdf ("Second", N_PAGES);

  rampart_test_show (GTK_WIDGET (fixture->window), 600, 500);
  for (guint i = 0; i < 30; i++)
    {
      rampart_pdf_view_set_zoom (fixture->view, 0.25 + (i % 10) * 0.4);
      rampart_pdf_view_scroll_to_page (fixture->view, i % N_PAGES);
      if (i % 7 == 0)
        g_assert_true (rampart_pdf_view_set_pdf (fixture->view, i % 2 ? fixture->pdf : second,
                                                 NULL));
      g_main_context_iteration (NULL, FALSE);
    }

  wait_for_rendered (fixture, 1);
  g_assert_cmpuint (rampart_pdf_view_get_page (fixture->view), ==, 29 % N_PAGES);
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  unused)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (fixture->view);

  rampart_test_show (GTK_WIDGET (fixture->window), 600, 500);
  gtk_test_accessible_assert_role (accessible, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Document preview");
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Page 1 of 6");

  rampart_pdf_view_scroll_to_page (fixture->view, 4);
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Page 5 of 6");

  /* The zoom keys need the view to take the focus. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->view)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (fixture->view)));
}

/* The pages stay white, framed, on a background that is not. */
static void
check_looks_like_pages (Fixture    *fixture,
                        const char *name)
{
  g_autoptr(GdkTexture) texture = NULL;
  int width;

  rampart_test_show (GTK_WIDGET (fixture->window), 700, 900);
  rampart_pdf_view_set_zoom (fixture->view, 0.8);
  wait_for_rendered (fixture, 2);
  rampart_test_screenshot (fixture->window, name);

  texture = render_window (fixture);
  width = gtk_widget_get_width (fixture->window);
  /* Right of the column of pages, and inside the first page's right margin. */
  g_assert_cmphex (pixel_at (texture, width - 4, 300), !=, 0xffffff);
  g_assert_cmphex (pixel_at (texture, width / 2 + 476 / 2 - 10, 300), ==, 0xffffff);
}

static void
test_looks_like_pages (Fixture       *fixture,
                       gconstpointer  unused)
{
  check_looks_like_pages (fixture, "pdf-view.png");
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  unused)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  check_looks_like_pages (fixture, "pdf-view-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/gui/pdf-view/n-pages", test_n_pages);
  ADD ("/gui/pdf-view/renders-visible-pages", test_renders_visible_pages);
  ADD ("/gui/pdf-view/zoom-in", test_zoom_in);
  ADD ("/gui/pdf-view/zoom-keys", test_zoom_keys);
  ADD ("/gui/pdf-view/fit-width-follows-width", test_fit_width);
  ADD ("/gui/pdf-view/scroll-to-page", test_scroll_to_page);
  ADD ("/gui/pdf-view/replace-keeps-page", test_replace_keeps_page);
  ADD ("/gui/pdf-view/bad-pdf-keeps-previous", test_bad_pdf_keeps_previous);
  ADD ("/gui/pdf-view/busy", test_busy);
  ADD ("/gui/pdf-view/accessible", test_accessible);
  ADD ("/gui/pdf-view/looks-like-pages", test_looks_like_pages);
  ADD ("/gui/pdf-view/dark", test_dark);
#undef ADD

  return g_test_run ();
}
