/* rampart-typesetter-private.h: fonts and Pango layouts for documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "rampart-text.h"

G_BEGIN_DECLS

#define BODY_FONT "Carlito,DejaVu Sans,sans-serif"
#define MONO_FONT "DejaVu Sans Mono,monospace"

/* The kinds of text in a document, each with its font, size and colour. */
typedef enum
{
  TEXT_BODY,
  TEXT_H1,
  TEXT_H2,
  TEXT_H3,
  TEXT_TABLE,
  TEXT_TABLE_HEADER,
  TEXT_LABEL,
  TEXT_CODE,
  TEXT_CAPTION,
  TEXT_SMALL,
  TEXT_TOC,
  TEXT_TOC_MAJOR,
  TEXT_COVER_KICKER,
  TEXT_COVER_TITLE,
  TEXT_COVER_ORG,
  TEXT_COVER_INFO,
  N_TEXT_CLASSES
} TextClass;

#define COLOR_LINK 0x1a5fb4

/* A link in a layout: bytes start to end of its text lead to target. */
typedef struct
{
  int   start;
  int   end;
  char *target;
} Link;

typedef struct
{
  double top;       /* of the line's logical extents, from the layout's top */
  double height;
  double baseline;  /* from the layout's top */
} LineMetrics;

typedef struct _RampartTypesetter RampartTypesetter;

RampartTypesetter *rampart_typesetter_new          (void);
void               rampart_typesetter_free         (RampartTypesetter *self);
PangoLayout       *rampart_typesetter_layout       (RampartTypesetter *self,
                                                    const RampartText *text,
                                                    TextClass          cls,
                                                    double             width,
                                                    PangoAlignment     align,
                                                    GArray           **links);
GArray            *rampart_typesetter_measure      (PangoLayout       *layout);
guint32            rampart_typesetter_get_color    (TextClass          cls);

G_END_DECLS
