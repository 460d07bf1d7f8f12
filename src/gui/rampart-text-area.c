/* rampart-text-area.c: a titled field for text of several lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-text-area"

#include "config.h"

#include "rampart-text-area.h"

/*
 * Effects, responses, responsibilities: much of an ISMS is a few lines of
 * prose. This field shows a heading, an optional hint, and a text view on
 * a card; its "text" property binds to a record's field. Undo is the
 * workspace's, so the text view keeps none of its own.
 */

struct _RampartTextArea
{
  AdwBin         parent_instance;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkLabel      *description_label;
  GtkTextView   *text_view;
  GtkTextBuffer *buffer;

  /* The buffer's text, kept as it changes */
  char          *text;
  guint          fit_source;
};

G_DEFINE_FINAL_TYPE (RampartTextArea, rampart_text_area, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Room for three lines of text at least, so that the field looks like one. */
#define MIN_HEIGHT 90

/*
 * A text view measures its height before it lays its lines out at its new
 * width, and on GTK 4.8 is not always measured again afterwards (a page
 * shown for the first time, a narrower window): its last lines then hide.
 * So the field asks for the height its text needs at the width it has.
 */
static gboolean
fit_cb (gpointer user_data)
{
  RampartTextArea *self = user_data;
  GtkTextView *view = self->text_view;
  int width = gtk_widget_get_width (GTK_WIDGET (view)) -
              gtk_text_view_get_left_margin (view) - gtk_text_view_get_right_margin (view);
  g_autoptr(PangoLayout) layout = NULL;
  int text_height = 0;
  int height;

  self->fit_source = 0;
  if (width <= 0)
    return G_SOURCE_REMOVE;

  /* A final newline starts a line of its own, which the cursor can be on. */
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (view), self->text);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  if (g_str_has_suffix (self->text, "\n"))
    text_height += pango_layout_get_baseline (layout) / PANGO_SCALE;

  height = MAX (MIN_HEIGHT, text_height + gtk_text_view_get_top_margin (view) +
                            gtk_text_view_get_bottom_margin (view));
  if (height != gtk_widget_get_height (GTK_WIDGET (view)))
    gtk_widget_set_size_request (GTK_WIDGET (view), -1, height);

  return G_SOURCE_REMOVE;
}

/* The view's size or its text's changed. */
static void
layout_changed_cb (RampartTextArea *self)
{
  if (self->fit_source == 0)
    self->fit_source = g_idle_add (fit_cb, self);
}

static void
buffer_changed_cb (RampartTextArea *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  g_free (self->text);
  self->text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
  layout_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
rampart_text_area_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RampartTextArea *self = RAMPART_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->title_label));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, gtk_label_get_text (self->description_label));
      break;

    case PROP_TEXT:
      g_value_set_string (value, rampart_text_area_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_text_area_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RampartTextArea *self = RAMPART_TEXT_AREA (object);
  const char *text = g_value_get_string (value);

  switch (prop_id)
    {
    case PROP_TITLE:
      gtk_label_set_text (self->title_label, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "", -1);
      break;

    case PROP_DESCRIPTION:
      gtk_label_set_text (self->description_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->description_label), text != NULL && *text != '\0');
      break;

    case PROP_TEXT:
      rampart_text_area_set_text (self, text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_text_area_dispose (GObject *object)
{
  g_clear_handle_id (&RAMPART_TEXT_AREA (object)->fit_source, g_source_remove);

  G_OBJECT_CLASS (rampart_text_area_parent_class)->dispose (object);
}

static void
rampart_text_area_finalize (GObject *object)
{
  g_free (RAMPART_TEXT_AREA (object)->text);

  G_OBJECT_CLASS (rampart_text_area_parent_class)->finalize (object);
}

static void
rampart_text_area_class_init (RampartTextAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_text_area_dispose;
  object_class->finalize = rampart_text_area_finalize;
  object_class->get_property = rampart_text_area_get_property;
  object_class->set_property = rampart_text_area_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-text-area.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartTextArea, title_label);
  gtk_widget_class_bind_template_child (widget_class, RampartTextArea, description_label);
  gtk_widget_class_bind_template_child (widget_class, RampartTextArea, text_view);
  gtk_widget_class_bind_template_child (widget_class, RampartTextArea, buffer);
  gtk_widget_class_bind_template_callback (widget_class, buffer_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, layout_changed_cb);
}

static void
rampart_text_area_init (RampartTextArea *self)
{
  self->text = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_size_request (GTK_WIDGET (self->text_view), -1, MIN_HEIGHT);
}

const char *
rampart_text_area_get_text (RampartTextArea *self)
{
  g_return_val_if_fail (RAMPART_IS_TEXT_AREA (self), NULL);

  return self->text;
}

void
rampart_text_area_set_text (RampartTextArea *self,
                            const char      *text)
{
  g_return_if_fail (RAMPART_IS_TEXT_AREA (self));

  if (g_strcmp0 (text != NULL ? text : "", self->text) == 0)
    return;

  /* "changed" notifies the new text. */
  gtk_text_buffer_set_text (self->buffer, text != NULL ? text : "", -1);
}

/* Puts the keyboard focus in the text, for a field just added. */
void
rampart_text_area_grab_focus_text (RampartTextArea *self)
{
  g_return_if_fail (RAMPART_IS_TEXT_AREA (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}
