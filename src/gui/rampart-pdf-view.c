/* rampart-pdf-view.c: a scrollable preview of a PDF document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-pdf-view"

#include "config.h"

#include <glib/gi18n.h>
#include <poppler.h>

#include "rampart-pdf-view.h"

/* Logical pixels around the column of pages and between two pages. */
#define MARGIN 16
#define SPACING 16

#define MIN_ZOOM 0.25
#define MAX_ZOOM 4.0

/* A screenful of pages at any zoom, and a few pages more to scroll back to. */
#define MAX_TEXTURES 24
#define MAX_TEXTURE_BYTES (256 * 1024 * 1024)

/* Device pixels per side; a larger page is rendered smaller and drawn
 * scaled up, rather than costing hundreds of megabytes. */
#define MAX_TEXTURE_SIZE 8192

/* How much one notch of the wheel zooms, and how many pixels of touchpad
 * scrolling make a notch. */
#define WHEEL_ZOOM_FACTOR 1.2
#define PIXELS_PER_NOTCH 50.0

static const double zoom_levels[] = { 0.25, 0.333, 0.5, 0.667, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0 };

/* A loaded PDF and the lock that every poppler call on it takes, because a
 * PopplerDocument is not thread-safe. The view and each render job hold a
 * reference, so a job can finish after the view has moved on. */
typedef struct
{
  PopplerDocument *poppler;
  GMutex           lock;
} Document;

typedef struct
{
  double width_pt;    /* as poppler reports it, rotation applied */
  double height_pt;
  int    y;           /* logical pixels from the top of the content, at the current zoom */
  int    width;
  int    height;
} PageInfo;

typedef struct
{
  guint       page;
  double      scale;      /* device pixels per point */
  guint       serial;     /* of the document it was rendered from */
  double      width_pt;
  double      height_pt;
  GdkTexture *texture;    /* NULL when the page could not be rendered */
  gsize       size;
} CacheEntry;

typedef struct
{
  GWeakRef  view;
  Document *document;
  guint     serial;
  guint     page;
  double    scale;
  double    width_pt;
  double    height_pt;
  int       width;        /* device pixels */
  int       height;
} RenderJob;

/* A place in the document that survives a new zoom or a new document: a
 * page, and how far into it as a fraction of its height, or how far above
 * it in the gap, which does not scale. */
typedef struct
{
  guint  page;
  double fraction;
  double gap;
} Anchor;

struct _RampartPdfView
{
  GtkWidget            parent_instance;

  GtkAdjustment       *hadjustment;
  GtkAdjustment       *vadjustment;
  GtkScrollablePolicy  hscroll_policy;
  GtkScrollablePolicy  vscroll_policy;

  Document            *document;
  guint                serial;
  GArray              *pages;           /* of PageInfo */
  int                  content_width;
  int                  content_height;

  double               zoom;
  gboolean             fit_width;
  guint                page;

  GQueue               cache;           /* of CacheEntry, most recently drawn first */
  gsize                cache_bytes;
  GTask               *render_task;
  GCancellable        *render_cancellable;

  gboolean             has_pointer;
  double               pointer_x;
  double               pointer_y;
};

static void rampart_pdf_view_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RampartPdfView, rampart_pdf_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      rampart_pdf_view_scrollable_init))

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  PROP_PAGE,
  N_PROPS,

  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

static void update_renders (RampartPdfView *self);

/* Documents */

static void
document_clear (Document *document)
{
  g_clear_object (&document->poppler);
  g_mutex_clear (&document->lock);
}

static Document *
document_ref (Document *document)
{
  return g_atomic_rc_box_acquire (document);
}

static void
document_unref (Document *document)
{
  g_atomic_rc_box_release_full (document, (GDestroyNotify) document_clear);
}

static Document *
document_load (GBytes  *pdf,
               GArray  *pages,
               GError **error)
{
  Document *document = g_atomic_rc_box_new0 (Document);

  g_mutex_init (&document->lock);
  g_mutex_lock (&document->lock);
  document->poppler = poppler_document_new_from_bytes (pdf, NULL, error);
  if (document->poppler != NULL)
    {
      int n_pages = poppler_document_get_n_pages (document->poppler);

      for (int i = 0; i < n_pages; i++)
        {
          PopplerPage *page = poppler_document_get_page (document->poppler, i);
          PageInfo info = { 0, };

          if (page != NULL)
            {
              poppler_page_get_size (page, &info.width_pt, &info.height_pt);
              g_object_unref (page);
            }
          /* A page poppler cannot size still takes a place, so numbers stay right. */
          if (!(info.width_pt >= 1 && info.height_pt >= 1))
            {
              info.width_pt = 595;
              info.height_pt = 842;
            }
          g_array_append_val (pages, info);
        }
    }
  g_mutex_unlock (&document->lock);

  if (document->poppler == NULL)
    {
      document_unref (document);
      return NULL;
    }

  return document;
}

/* Layout */

/* For sizes and offsets, which are never negative; the GUI library does
 * not link libm. */
static int
round_to_int (double value)
{
  return (int) (value + 0.5);
}

static PageInfo *
page_info (RampartPdfView *self,
           guint           page)
{
  return &g_array_index (self->pages, PageInfo, page);
}

static void
relayout (RampartPdfView *self)
{
  int y = MARGIN;
  int widest = 0;

  for (guint i = 0; i < self->pages->len; i++)
    {
      PageInfo *info = page_info (self, i);

      info->width = MAX (1, round_to_int (info->width_pt * self->zoom));
      info->height = MAX (1, round_to_int (info->height_pt * self->zoom));
      info->y = y;
      y += info->height + SPACING;
      widest = MAX (widest, info->width);
    }

  self->content_width = self->pages->len > 0 ? widest + 2 * MARGIN : 0;
  self->content_height = self->pages->len > 0 ? y - SPACING + MARGIN : 0;
}

/* Pages are centred in the widget, or in the content when it is wider. */
static int
page_x (RampartPdfView *self,
        PageInfo       *info)
{
  return (MAX (gtk_widget_get_width (GTK_WIDGET (self)), self->content_width) - info->width) / 2;
}

/* The page at content height @y; the gap above a page belongs to it. */
static guint
page_at (RampartPdfView *self,
         double          y)
{
  guint low = 0;
  guint high = self->pages->len;

  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (page_info (self, middle)->y - SPACING <= y)
        low = middle;
      else
        high = middle;
    }

  return low;
}

static gboolean
get_visible_range (RampartPdfView *self,
                   guint          *first,
                   guint          *last)
{
  double top = gtk_adjustment_get_value (self->vadjustment);
  double bottom = top + gtk_widget_get_height (GTK_WIDGET (self));

  if (self->pages->len == 0 || bottom <= top)
    return FALSE;

  *first = page_at (self, top);
  *last = page_at (self, bottom);
  if (*last > *first && page_info (self, *last)->y >= bottom)
    *last -= 1;

  return TRUE;
}

static Anchor
anchor_at (RampartPdfView *self,
           double          y)
{
  Anchor anchor = { 0, 0, 0 };

  if (self->pages->len > 0)
    {
      PageInfo *info;

      anchor.page = page_at (self, y);
      info = page_info (self, anchor.page);
      if (y < info->y)
        anchor.gap = y - info->y;
      else
        anchor.fraction = (y - info->y) / info->height;
    }

  return anchor;
}

static double
anchor_to_y (RampartPdfView *self,
             Anchor          anchor)
{
  PageInfo *info;

  if (self->pages->len == 0)
    return 0;

  info = page_info (self, MIN (anchor.page, self->pages->len - 1));
  return info->y + anchor.fraction * info->height + anchor.gap;
}

static double
pixel_scale (RampartPdfView *self)
{
  return self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
update_adjustments (RampartPdfView *self,
                    double          hvalue,
                    double          vvalue)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->hadjustment == NULL || self->vadjustment == NULL)
    return;

  gtk_adjustment_configure (self->hadjustment, hvalue, 0, MAX (width, self->content_width),
                            width * 0.1, width * 0.9, width);
  gtk_adjustment_configure (self->vadjustment, vvalue, 0, MAX (height, self->content_height),
                            height * 0.1, height * 0.9, height);
}

static void
update_description (RampartPdfView *self)
{
  g_autofree char *description = NULL;

  if (self->pages->len == 0)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  /* Translators: the page at the top of the preview, and how many the document has */
  description = g_strdup_printf (_("Page %u of %u"), self->page + 1, self->pages->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
update_page (RampartPdfView *self)
{
  guint page = 0;

  if (self->pages->len > 0)
    page = page_at (self, gtk_adjustment_get_value (self->vadjustment));

  if (page == self->page)
    return;

  self->page = page;
  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/* Zoom */

static void
update_zoom_actions (RampartPdfView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pdf.zoom-in", self->zoom < MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pdf.zoom-out", self->zoom > MIN_ZOOM);
}

/* Changes the zoom and keeps the point at @focus_x, @focus_y (in the
 * widget) over the same place of the document. */
static void
apply_zoom (RampartPdfView *self,
            double          zoom,
            double          focus_x,
            double          focus_y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double hvalue = gtk_adjustment_get_value (self->hadjustment);
  double from_centre;
  Anchor anchor;

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (zoom == self->zoom)
    return;

  anchor = anchor_at (self, gtk_adjustment_get_value (self->vadjustment) + focus_y);
  from_centre = (hvalue + focus_x - MAX (width, self->content_width) / 2.0) / self->zoom;

  self->zoom = zoom;
  relayout (self);
  update_adjustments (self,
                      MAX (width, self->content_width) / 2.0 + from_centre * zoom - focus_x,
                      anchor_to_y (self, anchor) - focus_y);

  update_zoom_actions (self);
  update_page (self);
  update_renders (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* The zoom at which the widest page fills the width between the margins. */
static double
get_fit_width_zoom (RampartPdfView *self)
{
  int available = gtk_widget_get_width (GTK_WIDGET (self)) - 2 * MARGIN;
  double widest = 0;

  for (guint i = 0; i < self->pages->len; i++)
    widest = MAX (widest, page_info (self, i)->width_pt);

  if (widest <= 0 || available <= 0)
    return self->zoom;

  return available / widest;
}

static void
zoom_to (RampartPdfView *self,
         double          zoom,
         double          focus_x,
         double          focus_y)
{
  g_object_freeze_notify (G_OBJECT (self));
  rampart_pdf_view_set_fit_width (self, FALSE);
  apply_zoom (self, zoom, focus_x, focus_y);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_thaw_notify (G_OBJECT (self));
}

static double
next_zoom_level (double zoom,
                 int    direction)
{
  /* A zoom that fits the width is rarely a level: go to the next one,
   * not to one a hair away. */
  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
        if (zoom_levels[i] > zoom * 1.01)
          return zoom_levels[i];
      return MAX_ZOOM;
    }

  for (guint i = G_N_ELEMENTS (zoom_levels); i > 0; i--)
    if (zoom_levels[i - 1] < zoom / 1.01)
      return zoom_levels[i - 1];
  return MIN_ZOOM;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartPdfView *self = RAMPART_PDF_VIEW (widget);
  double focus_x = gtk_widget_get_width (widget) / 2.0;

  if (g_str_equal (action_name, "pdf.zoom-in"))
    zoom_to (self, next_zoom_level (self->zoom, 1), focus_x, 0);
  else if (g_str_equal (action_name, "pdf.zoom-out"))
    zoom_to (self, next_zoom_level (self->zoom, -1), focus_x, 0);
  else if (g_str_equal (action_name, "pdf.zoom-reset"))
    zoom_to (self, 1.0, focus_x, 0);
  else
    rampart_pdf_view_set_fit_width (self, TRUE);
}

static gboolean
scroll_cb (RampartPdfView           *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state;
  double notches = dy;
  double factor;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  /* Without Ctrl, the scrolled window around the view scrolls. */
  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return GDK_EVENT_PROPAGATE;

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    notches /= PIXELS_PER_NOTCH;

  /* Up zooms in; the same distance down gives the zoom back exactly. */
  factor = 1 + (WHEEL_ZOOM_FACTOR - 1) * ABS (notches);
  if (notches > 0)
    factor = 1 / factor;

  if (self->has_pointer)
    zoom_to (self, self->zoom * factor, self->pointer_x, self->pointer_y);
  else
    zoom_to (self, self->zoom * factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, 0);

  return GDK_EVENT_STOP;
}

static void
pointer_motion_cb (RampartPdfView           *self,
                   double                    x,
                   double                    y,
                   GtkEventControllerMotion *controller)
{
  self->has_pointer = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;
}

static void
pointer_leave_cb (RampartPdfView           *self,
                  GtkEventControllerMotion *controller)
{
  self->has_pointer = FALSE;
}

static void
pressed_cb (RampartPdfView  *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  /* So that the zoom keys work after a click on the preview. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static gboolean
scroll_binding (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  RampartPdfView *self = RAMPART_PDF_VIEW (widget);
  int dx, dy;

  g_variant_get (args, "(ii)", &dx, &dy);
  if (dx != 0)
    gtk_adjustment_set_value (self->hadjustment,
                              gtk_adjustment_get_value (self->hadjustment) +
                              dx * gtk_adjustment_get_step_increment (self->hadjustment));
  if (dy != 0)
    gtk_adjustment_set_value (self->vadjustment,
                              gtk_adjustment_get_value (self->vadjustment) +
                              dy * gtk_adjustment_get_step_increment (self->vadjustment));

  return TRUE;
}

/* The texture cache */

static void
cache_entry_free (CacheEntry *entry)
{
  g_clear_object (&entry->texture);
  g_free (entry);
}

static void
cache_remove_link (RampartPdfView *self,
                   GList          *link)
{
  CacheEntry *entry = link->data;

  self->cache_bytes -= entry->size;
  g_queue_delete_link (&self->cache, link);
  cache_entry_free (entry);
}

static void
cache_clear (RampartPdfView *self)
{
  while (self->cache.head != NULL)
    cache_remove_link (self, self->cache.head);
}

static gboolean
cache_entry_is_current (RampartPdfView *self,
                        CacheEntry     *entry,
                        double          scale)
{
  return entry->serial == self->serial && entry->scale == scale;
}

/* The entry made for @page at @scale, or, with @any, the best texture
 * there is of @page to stand in for it. */
static GList *
cache_find (RampartPdfView *self,
            guint           page,
            double          scale,
            gboolean        any)
{
  GList *stand_in = NULL;

  for (GList *l = self->cache.head; l != NULL; l = l->next)
    {
      CacheEntry *entry = l->data;

      if (entry->page != page)
        continue;
      if (cache_entry_is_current (self, entry, scale))
        return l;
      if (any && stand_in == NULL && entry->texture != NULL)
        stand_in = l;
    }

  return stand_in;
}

/* Drops the least recently drawn entries, but none of the visible pages:
 * they would only be rendered again at once. */
static void
cache_trim (RampartPdfView *self)
{
  guint first = 0, last = 0;
  gboolean any_visible = get_visible_range (self, &first, &last);
  GList *l = self->cache.tail;

  while (l != NULL && (self->cache.length > MAX_TEXTURES || self->cache_bytes > MAX_TEXTURE_BYTES))
    {
      GList *previous = l->prev;
      CacheEntry *entry = l->data;

      if (!any_visible || entry->page < first || entry->page > last)
        cache_remove_link (self, l);
      l = previous;
    }
}

static void
cache_insert (RampartPdfView *self,
              RenderJob      *job,
              GdkTexture     *texture)
{
  CacheEntry *entry = g_new0 (CacheEntry, 1);
  GList *l = self->cache.head;

  /* A page needs one texture: older ones of it were only standing in. */
  while (l != NULL)
    {
      GList *next = l->next;

      if (((CacheEntry *) l->data)->page == job->page)
        cache_remove_link (self, l);
      l = next;
    }

  entry->page = job->page;
  entry->scale = job->scale;
  entry->serial = job->serial;
  entry->width_pt = job->width_pt;
  entry->height_pt = job->height_pt;
  entry->texture = texture != NULL ? g_object_ref (texture) : NULL;
  entry->size = texture != NULL ? (gsize) job->width * job->height * 4 : 0;
  g_queue_push_head (&self->cache, entry);
  self->cache_bytes += entry->size;

  cache_trim (self);
}

/* After a new document: textures of pages that still exist at the same
 * size stand in until their new ones arrive, so an edit does not flash. */
static void
cache_keep_stand_ins (RampartPdfView *self)
{
  GList *l = self->cache.head;

  while (l != NULL)
    {
      GList *next = l->next;
      CacheEntry *entry = l->data;

      if (entry->page >= self->pages->len ||
          entry->width_pt != page_info (self, entry->page)->width_pt ||
          entry->height_pt != page_info (self, entry->page)->height_pt)
        cache_remove_link (self, l);
      l = next;
    }
}

/* Rendering */

static void
render_job_free (RenderJob *job)
{
  g_weak_ref_clear (&job->view);
  document_unref (job->document);
  g_free (job);
}

/* Runs in a worker thread, with the job's own reference to the document. */
static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderJob *job = task_data;
  cairo_surface_t *surface;
  cairo_t *cr;
  GBytes *bytes;
  GdkTexture *texture;
  gboolean rendered = FALSE;
  int stride;

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->width, job->height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                               "Could not make a %d×%d image of page %u: %s",
                               job->width, job->height, job->page + 1,
                               cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return;
    }

  cr = cairo_create (surface);
  /* PDF pages have no background of their own. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, job->width / job->width_pt, job->height / job->height_pt);

  g_mutex_lock (&job->document->lock);
  /* The view may have moved on while this job waited for the lock. */
  if (!g_cancellable_is_cancelled (cancellable))
    {
      PopplerPage *page = poppler_document_get_page (job->document->poppler, job->page);

      if (page != NULL)
        {
          poppler_page_render (page, cr);
          g_object_unref (page);
          rendered = TRUE;
        }
    }
  g_mutex_unlock (&job->document->lock);
  cairo_destroy (cr);

  if (g_task_return_error_if_cancelled (task))
    {
      cairo_surface_destroy (surface);
      return;
    }
  if (!rendered)
    {
      cairo_surface_destroy (surface);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               "The document has no page %u", job->page + 1);
      return;
    }

  /* The texture uses the surface's pixels as they are: cairo's ARGB32 is
   * GDK_MEMORY_DEFAULT, and the bytes keep the surface alive. */
  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * job->height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (job->width, job->height, GDK_MEMORY_DEFAULT, bytes, stride);
  g_bytes_unref (bytes);

  g_task_return_pointer (task, texture, g_object_unref);
}

static void
cancel_render (RampartPdfView *self)
{
  if (self->render_cancellable != NULL)
    g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  g_clear_object (&self->render_task);
}

static void
render_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = G_TASK (result);
  RenderJob *job = g_task_get_task_data (task);
  g_autoptr(RampartPdfView) self = g_weak_ref_get (&job->view);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = g_task_propagate_pointer (task, &error);

  /* A cancelled job was replaced by another, or the view is gone. */
  if (self == NULL || self->render_task != task ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->render_task);
  g_clear_object (&self->render_cancellable);

  if (job->serial == self->serial && job->scale == pixel_scale (self))
    {
      /* A page that failed gets an empty entry, so it is not retried forever. */
      if (texture == NULL)
        g_warning ("%s", error->message);
      cache_insert (self, job, texture);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  update_renders (self);
}

static void
start_render (RampartPdfView *self,
              guint           page,
              double          scale)
{
  PageInfo *info = page_info (self, page);
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  RenderJob *job = g_new0 (RenderJob, 1);
  GTask *task;
  double shrink;

  g_weak_ref_init (&job->view, self);
  job->document = document_ref (self->document);
  job->serial = self->serial;
  job->page = page;
  job->scale = scale;
  job->width_pt = info->width_pt;
  job->height_pt = info->height_pt;
  /* The page's size on screen in device pixels, so that it is drawn unscaled. */
  job->width = info->width * scale_factor;
  job->height = info->height * scale_factor;
  shrink = MIN (1.0, (double) MAX_TEXTURE_SIZE / MAX (job->width, job->height));
  job->width = MAX (1, (int) (job->width * shrink));
  job->height = MAX (1, (int) (job->height * shrink));

  self->render_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->render_cancellable, render_done_cb, NULL);
  g_task_set_source_tag (task, start_render);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  g_task_run_in_thread (task, render_thread);
  self->render_task = task;
}

/* Renders one visible page that lacks a texture, the one nearest the middle
 * of the view first; called again when it is done. */
static void
update_renders (RampartPdfView *self)
{
  double scale = pixel_scale (self);
  double middle;
  double best_distance = G_MAXDOUBLE;
  guint first, last;
  guint best = G_MAXUINT;

  if (self->document == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      !get_visible_range (self, &first, &last))
    {
      cancel_render (self);
      return;
    }

  if (self->render_task != NULL)
    {
      RenderJob *job = g_task_get_task_data (self->render_task);

      if (job->serial == self->serial && job->scale == scale &&
          job->page >= first && job->page <= last)
        return;

      cancel_render (self);
    }

  middle = gtk_adjustment_get_value (self->vadjustment) +
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
  for (guint i = first; i <= last; i++)
    {
      PageInfo *info = page_info (self, i);
      double distance = ABS (info->y + info->height / 2.0 - middle);

      if (distance < best_distance && cache_find (self, i, scale, FALSE) == NULL)
        {
          best = i;
          best_distance = distance;
        }
    }

  if (best != G_MAXUINT)
    start_render (self, best, scale);
}

/* Widget */

static void
value_changed_cb (RampartPdfView *self,
                  GtkAdjustment  *adjustment)
{
  update_page (self);
  update_renders (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
scale_factor_changed_cb (RampartPdfView *self,
                         GParamSpec     *pspec,
                         gpointer        user_data)
{
  update_renders (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (RampartPdfView  *self,
                GtkAdjustment  **slot,
                GtkAdjustment   *adjustment)
{
  if (adjustment != NULL && adjustment == *slot)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, value_changed_cb, self);
      g_clear_object (slot);
    }

  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (value_changed_cb), self,
                           G_CONNECT_SWAPPED);

  if (self->hadjustment != NULL && self->vadjustment != NULL)
    update_adjustments (self, gtk_adjustment_get_value (self->hadjustment),
                        gtk_adjustment_get_value (self->vadjustment));
}

static void
rampart_pdf_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  RampartPdfView *self = RAMPART_PDF_VIEW (widget);

  /* The scrolled window around the view shows what does not fit. */
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->content_width : self->content_height;
}

static void
rampart_pdf_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  RampartPdfView *self = RAMPART_PDF_VIEW (widget);

  if (self->fit_width)
    apply_zoom (self, get_fit_width_zoom (self), 0, 0);

  update_adjustments (self, gtk_adjustment_get_value (self->hadjustment),
                      gtk_adjustment_get_value (self->vadjustment));
  update_page (self);
  update_renders (self);
}

static void
append_page_frame (GtkSnapshot           *snapshot,
                   const graphene_rect_t *bounds)
{
  static const GdkRGBA shadow = { 0, 0, 0, 0.2 };
  static const GdkRGBA border[4] = {
    { 0, 0, 0, 0.12 }, { 0, 0, 0, 0.12 }, { 0, 0, 0, 0.12 }, { 0, 0, 0, 0.12 },
  };
  static const float border_width[4] = { 1, 1, 1, 1 };
  GskRoundedRect outline;

  /* Outside the page, which stays white in a dark style too. */
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (bounds->origin.x - 1,
                                                                  bounds->origin.y - 1,
                                                                  bounds->size.width + 2,
                                                                  bounds->size.height + 2), 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 3);
  gtk_snapshot_append_border (snapshot, &outline, border_width, border);
}

static void
rampart_pdf_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  static const GdkRGBA white = { 1, 1, 1, 1 };
  RampartPdfView *self = RAMPART_PDF_VIEW (widget);
  int scale_factor = gtk_widget_get_scale_factor (widget);
  double scale = pixel_scale (self);
  double x0, y0;
  guint first, last;

  if (!get_visible_range (self, &first, &last))
    return;

  /* Whole device pixels, so that a texture made for this zoom falls on the
   * pixel grid and stays sharp. */
  x0 = round_to_int (gtk_adjustment_get_value (self->hadjustment) * scale_factor);
  x0 /= scale_factor;
  y0 = round_to_int (gtk_adjustment_get_value (self->vadjustment) * scale_factor);
  y0 /= scale_factor;

  for (guint i = first; i <= last; i++)
    {
      PageInfo *info = page_info (self, i);
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (page_x (self, info) - x0, info->y - y0,
                                                   info->width, info->height);
      GList *link = cache_find (self, i, scale, TRUE);
      CacheEntry *entry = link != NULL ? link->data : NULL;

      append_page_frame (snapshot, &bounds);
      gtk_snapshot_append_color (snapshot, &white, &bounds);
      if (entry != NULL && entry->texture != NULL)
        {
          gtk_snapshot_append_texture (snapshot, entry->texture, &bounds);
          g_queue_unlink (&self->cache, link);
          g_queue_push_head_link (&self->cache, link);
        }
    }
}

static void
rampart_pdf_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rampart_pdf_view_parent_class)->map (widget);

  update_renders (RAMPART_PDF_VIEW (widget));
}

static void
rampart_pdf_view_unmap (GtkWidget *widget)
{
  cancel_render (RAMPART_PDF_VIEW (widget));

  GTK_WIDGET_CLASS (rampart_pdf_view_parent_class)->unmap (widget);
}

static void
rampart_pdf_view_dispose (GObject *object)
{
  RampartPdfView *self = RAMPART_PDF_VIEW (object);

  cancel_render (self);
  cache_clear (self);
  g_clear_pointer (&self->document, document_unref);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (rampart_pdf_view_parent_class)->dispose (object);
}

static void
rampart_pdf_view_finalize (GObject *object)
{
  RampartPdfView *self = RAMPART_PDF_VIEW (object);

  /* A scrolled window may hand over new adjustments while it lets go of the view. */
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_array_unref (self->pages);

  G_OBJECT_CLASS (rampart_pdf_view_parent_class)->finalize (object);
}

static void
rampart_pdf_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RampartPdfView *self = RAMPART_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;

    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;

    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;

    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;

    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;

    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_pdf_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RampartPdfView *self = RAMPART_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      rampart_pdf_view_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_FIT_WIDTH:
      rampart_pdf_view_set_fit_width (self, g_value_get_boolean (value));
      break;

    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;

    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;

    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (GtkScrollablePolicy) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (GtkScrollablePolicy) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_pdf_view_scrollable_init (GtkScrollableInterface *iface)
{
}

static void
rampart_pdf_view_class_init (RampartPdfViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_pdf_view_dispose;
  object_class->finalize = rampart_pdf_view_finalize;
  object_class->get_property = rampart_pdf_view_get_property;
  object_class->set_property = rampart_pdf_view_set_property;
  widget_class->measure = rampart_pdf_view_measure;
  widget_class->size_allocate = rampart_pdf_view_size_allocate;
  widget_class->snapshot = rampart_pdf_view_snapshot;
  widget_class->map = rampart_pdf_view_map;
  widget_class->unmap = rampart_pdf_view_unmap;

  /**
   * RampartPdfView:zoom:
   *
   * How large the pages are drawn: 1.0 draws one PDF point as one logical
   * pixel. Setting it turns #RampartPdfView:fit-width off.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * RampartPdfView:fit-width:
   *
   * Whether the zoom follows the width of the view, so that the widest page
   * fills it between the margins.
   */
  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * RampartPdfView:page:
   *
   * The page at the top of the view, from 0.
   */
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_install_action (widget_class, "pdf.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "pdf.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "pdf.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "pdf.zoom-fit-width", NULL, zoom_action);

  /* Ctrl+= too, because + is a shifted key on many layouts. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "pdf.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "pdf.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "pdf.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "pdf.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "pdf.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "pdf.zoom-fit-width", NULL);

  /* The scrolled window has Page Up, Page Down, Home and End; arrows are ours. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, scroll_binding, "(ii)", 0, -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, scroll_binding, "(ii)", 0, 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, scroll_binding, "(ii)", -1, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, scroll_binding, "(ii)", 1, 0);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rampart_pdf_view_init (RampartPdfView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->pages = g_array_new (FALSE, TRUE, sizeof (PageInfo));
  self->zoom = 1.0;
  self->fit_width = TRUE;
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  g_queue_init (&self->cache);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (pointer_motion_cb), self);
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (pointer_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (pointer_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_changed_cb), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Document preview"),
                                  -1);
  update_zoom_actions (self);
}

/**
 * rampart_pdf_view_new:
 *
 * Creates a view that shows the pages of a PDF one below the other. Put it
 * in a #GtkScrolledWindow.
 *
 * Returns: (transfer floating): a new #RampartPdfView
 */
GtkWidget *
rampart_pdf_view_new (void)
{
  return g_object_new (RAMPART_TYPE_PDF_VIEW, NULL);
}

/**
 * rampart_pdf_view_set_pdf:
 * @self: a #RampartPdfView
 * @pdf: (nullable): the bytes of a PDF file, or %NULL to show nothing
 * @error: return location for a #GError
 *
 * Shows @pdf. When it replaces another document, as when the preview is
 * made again after an edit, the view stays on the same page at the same
 * place if the new document still has that page.
 *
 * Returns: %TRUE if @pdf could be read; if not, the view keeps showing
 *   what it showed
 */
gboolean
rampart_pdf_view_set_pdf (RampartPdfView  *self,
                          GBytes          *pdf,
                          GError         **error)
{
  g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (PageInfo));
  Document *document = NULL;
  gboolean had_pages;
  double hvalue;
  Anchor anchor;

  g_return_val_if_fail (RAMPART_IS_PDF_VIEW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (pdf != NULL)
    {
      document = document_load (pdf, pages, error);
      if (document == NULL)
        {
          g_prefix_error (error, _("The preview could not be shown: "));
          return FALSE;
        }
    }

  had_pages = self->pages->len > 0;
  hvalue = gtk_adjustment_get_value (self->hadjustment);
  anchor = anchor_at (self, gtk_adjustment_get_value (self->vadjustment));

  cancel_render (self);
  g_clear_pointer (&self->document, document_unref);
  self->document = document;
  self->serial++;
  g_array_unref (self->pages);
  self->pages = g_steal_pointer (&pages);
  relayout (self);

  if (self->pages->len == 0)
    cache_clear (self);
  else
    cache_keep_stand_ins (self);

  if (anchor.page >= self->pages->len)
    anchor = (Anchor) { self->pages->len > 0 ? self->pages->len - 1 : 0, 0, 0 };
  update_adjustments (self, hvalue, had_pages ? anchor_to_y (self, anchor) : 0);

  /* The widest page may have changed. */
  if (self->fit_width && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    apply_zoom (self, get_fit_width_zoom (self), 0, 0);

  update_page (self);
  update_description (self);
  update_renders (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  return TRUE;
}

/**
 * rampart_pdf_view_get_n_pages:
 * @self: a #RampartPdfView
 *
 * Returns: how many pages the document shown has, 0 when there is none
 */
guint
rampart_pdf_view_get_n_pages (RampartPdfView *self)
{
  g_return_val_if_fail (RAMPART_IS_PDF_VIEW (self), 0);

  return self->pages->len;
}

/**
 * rampart_pdf_view_get_zoom:
 * @self: a #RampartPdfView
 *
 * Returns: the zoom; 1.0 draws one PDF point as one logical pixel
 */
double
rampart_pdf_view_get_zoom (RampartPdfView *self)
{
  g_return_val_if_fail (RAMPART_IS_PDF_VIEW (self), 1.0);

  return self->zoom;
}

/**
 * rampart_pdf_view_set_zoom:
 * @self: a #RampartPdfView
 * @zoom: from 0.25 to 4.0
 *
 * Sets the zoom, keeping the page at the top of the view, and turns
 * #RampartPdfView:fit-width off.
 */
void
rampart_pdf_view_set_zoom (RampartPdfView *self,
                           double          zoom)
{
  g_return_if_fail (RAMPART_IS_PDF_VIEW (self));

  zoom_to (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, 0);
}

/**
 * rampart_pdf_view_get_fit_width:
 * @self: a #RampartPdfView
 *
 * Returns: whether the zoom follows the width of the view
 */
gboolean
rampart_pdf_view_get_fit_width (RampartPdfView *self)
{
  g_return_val_if_fail (RAMPART_IS_PDF_VIEW (self), FALSE);

  return self->fit_width;
}

/**
 * rampart_pdf_view_set_fit_width:
 * @self: a #RampartPdfView
 * @fit_width: whether the zoom should follow the width of the view
 *
 * With @fit_width, the widest page fills the view between the margins,
 * whatever its width.
 */
void
rampart_pdf_view_set_fit_width (RampartPdfView *self,
                                gboolean        fit_width)
{
  g_return_if_fail (RAMPART_IS_PDF_VIEW (self));

  fit_width = !!fit_width;
  if (fit_width == self->fit_width)
    return;

  self->fit_width = fit_width;
  if (fit_width && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      apply_zoom (self, get_fit_width_zoom (self), 0, 0);
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

/**
 * rampart_pdf_view_get_page:
 * @self: a #RampartPdfView
 *
 * Returns: the page at the top of the view, from 0
 */
guint
rampart_pdf_view_get_page (RampartPdfView *self)
{
  g_return_val_if_fail (RAMPART_IS_PDF_VIEW (self), 0);

  return self->page;
}

/**
 * rampart_pdf_view_scroll_to_page:
 * @self: a #RampartPdfView
 * @page: a page, from 0
 *
 * Scrolls so that @page is at the top of the view, or as near as the end
 * of the document allows.
 */
void
rampart_pdf_view_scroll_to_page (RampartPdfView *self,
                                 guint           page)
{
  g_return_if_fail (RAMPART_IS_PDF_VIEW (self));

  if (self->pages->len == 0)
    return;

  page = MIN (page, self->pages->len - 1);
  gtk_adjustment_set_value (self->vadjustment, page_info (self, page)->y - SPACING);
}

/* For tests: the textures held, stand-ins included, pages that failed not. */
guint
_rampart_pdf_view_get_n_rendered (RampartPdfView *self)
{
  guint n = 0;

  g_return_val_if_fail (RAMPART_IS_PDF_VIEW (self), 0);

  for (GList *l = self->cache.head; l != NULL; l = l->next)
    if (((CacheEntry *) l->data)->texture != NULL)
      n++;

  return n;
}
