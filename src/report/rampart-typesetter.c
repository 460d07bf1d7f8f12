/* rampart-typesetter.c: fonts and Pango layouts for documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-typesetter"

#include "config.h"

#include "rampart-typesetter-private.h"

static const struct {
  const char  *family;
  double       size;
  PangoWeight  weight;
  PangoStyle   style;
  guint32      color;
  gboolean     display;   /* large type, set with kerning and ligatures */
} text_classes[N_TEXT_CLASSES] = {
  [TEXT_BODY] = { BODY_FONT, 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x222222 },
  [TEXT_H1] = { BODY_FONT, 20, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x1c3a5e, TRUE },
  [TEXT_H2] = { BODY_FONT, 14, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x1c3a5e, TRUE },
  [TEXT_H3] = { BODY_FONT, 11.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x222222, TRUE },
  [TEXT_TABLE] = { BODY_FONT, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x222222 },
  [TEXT_TABLE_HEADER] = { BODY_FONT, 9, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x1c3a5e },
  [TEXT_LABEL] = { BODY_FONT, 9, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x555555 },
  [TEXT_CODE] = { MONO_FONT, 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x222222 },
  [TEXT_CAPTION] = { BODY_FONT, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0x555555 },
  [TEXT_SMALL] = { BODY_FONT, 8, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x666666 },
  [TEXT_TOC] = { BODY_FONT, 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x222222 },
  [TEXT_TOC_MAJOR] = { BODY_FONT, 10.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x1c3a5e },
  [TEXT_COVER_KICKER] = { BODY_FONT, 11, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x1a5fb4, TRUE },
  [TEXT_COVER_TITLE] = { BODY_FONT, 32, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x1c3a5e, TRUE },
  [TEXT_COVER_ORG] = { BODY_FONT, 17, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x333333, TRUE },
  [TEXT_COVER_INFO] = { BODY_FONT, 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0x333333 },
};


struct _RampartTypesetter
{
  PangoContext         *context;
  PangoFontDescription *fonts[N_TEXT_CLASSES];
};

static void
link_clear (gpointer data)
{
  g_free (((Link *) data)->target);
}

/**
 * rampart_typesetter_layout:
 * @self: a #RampartTypesetter
 * @text: (nullable): the text
 * @cls: what kind of text it is
 * @width: the width to wrap it to, in points
 * @align: its alignment
 * @links_out: (out) (optional) (nullable): where its links are, or %NULL
 *   if it has none
 *
 * Returns: (transfer full): a Pango layout of @text
 */
PangoLayout *
rampart_typesetter_layout (RampartTypesetter *self,
                           const RampartText *text,
                           TextClass          cls,
                           double             width,
                           PangoAlignment     align,
                           GArray           **links_out)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoAttrList *attrs = pango_attr_list_new ();
  GString *plain = g_string_new (NULL);
  GArray *links = NULL;
  guint n = text != NULL ? rampart_text_get_n_spans (text) : 0;

  for (guint i = 0; i < n; i++)
    {
      const RampartSpan *span = rampart_text_get_span (text, i);
      guint start = plain->len;
      guint end;
      PangoAttribute *attr;

      g_string_append (plain, span->text);
      end = plain->len;

#define ADD(a) G_STMT_START { attr = (a); attr->start_index = start; attr->end_index = end; \
                              pango_attr_list_insert (attrs, attr); } G_STMT_END
      if (span->style & RAMPART_STYLE_BOLD)
        ADD (pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      if (span->style & RAMPART_STYLE_ITALIC)
        ADD (pango_attr_style_new (PANGO_STYLE_ITALIC));
      if (span->style & RAMPART_STYLE_STRIKE)
        ADD (pango_attr_strikethrough_new (TRUE));
      if ((span->style & RAMPART_STYLE_CODE) && cls != TEXT_CODE)
        {
          ADD (pango_attr_family_new (MONO_FONT));
          ADD (pango_attr_scale_new (0.88));
          ADD (pango_attr_background_new (0xeeee, 0xeeee, 0xeeee));
        }
      if (span->link != NULL)
        {
          Link link = { start, end, g_strdup (span->link) };

          ADD (pango_attr_foreground_new (((COLOR_LINK >> 16) & 0xff) * 257,
                                          ((COLOR_LINK >> 8) & 0xff) * 257,
                                          (COLOR_LINK & 0xff) * 257));
          ADD (pango_attr_underline_new (PANGO_UNDERLINE_SINGLE));
          if (links == NULL)
            {
              links = g_array_new (FALSE, FALSE, sizeof (Link));
              g_array_set_clear_func (links, link_clear);
            }
          g_array_append_val (links, link);
        }
#undef ADD
    }

  /*
   * Running text is set without kerning and ligatures, as word processors
   * set it by default: it reads the same, and shaping it costs a third less,
   * which counts in a document of hundreds of pages. Headings keep them.
   */
  if (!text_classes[cls].display)
    pango_attr_list_insert_before (attrs, pango_attr_font_features_new ("kern=0,liga=0,clig=0"));

  pango_layout_set_font_description (layout, self->fonts[cls]);
  pango_layout_set_text (layout, plain->str, plain->len);
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);

  pango_attr_list_unref (attrs);
  g_string_free (plain, TRUE);

  if (links_out != NULL)
    *links_out = links;
  else if (links != NULL)
    g_array_unref (links);

  return layout;
}

/* The lines of a layout, top to bottom. */
GArray *
rampart_typesetter_measure (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (LineMetrics));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      LineMetrics metrics;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      metrics.top = (double) logical.y / PANGO_SCALE;
      metrics.height = (double) logical.height / PANGO_SCALE;
      metrics.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (lines, metrics);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  return lines;
}

guint32
rampart_typesetter_get_color (TextClass cls)
{
  return text_classes[cls].color;
}

/*
 * Every typesetter has its own font map, so that layouts may be made in
 * several threads at once, one typesetter to a thread. Points are the unit throughout (72 dpi), with
 * metrics unhinted: what is measured here is what the PDF, the printer
 * and the preview show.
 */
RampartTypesetter *
rampart_typesetter_new (void)
{
  RampartTypesetter *self = g_new0 (RampartTypesetter, 1);
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  cairo_font_options_t *options = cairo_font_options_create ();

  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  for (guint i = 0; i < N_TEXT_CLASSES; i++)
    {
      PangoFontDescription *description = pango_font_description_new ();

      pango_font_description_set_family (description, text_classes[i].family);
      pango_font_description_set_size (description, (int) (text_classes[i].size * PANGO_SCALE));
      pango_font_description_set_weight (description, text_classes[i].weight);
      pango_font_description_set_style (description, text_classes[i].style);
      self->fonts[i] = description;
    }

  return self;
}

void
rampart_typesetter_free (RampartTypesetter *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < N_TEXT_CLASSES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);
  g_free (self);
}

