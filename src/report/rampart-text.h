/* rampart-text.h: runs of styled text, with links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RampartStyle:
 * @RAMPART_STYLE_NONE: plain text
 * @RAMPART_STYLE_BOLD: bold
 * @RAMPART_STYLE_ITALIC: italic
 * @RAMPART_STYLE_CODE: monospace, for identifiers and commands
 * @RAMPART_STYLE_STRIKE: struck through
 *
 * Inline styles, combined as flags.
 */
typedef enum
{
  RAMPART_STYLE_NONE = 0,
  RAMPART_STYLE_BOLD = 1 << 0,
  RAMPART_STYLE_ITALIC = 1 << 1,
  RAMPART_STYLE_CODE = 1 << 2,
  RAMPART_STYLE_STRIKE = 1 << 3,
} RampartStyle;

/**
 * RampartSpan:
 * @text: UTF-8 text
 * @style: how it looks
 * @link: (nullable): where it leads: "#name" for a place in the document,
 *   anything else is a URI
 */
typedef struct
{
  char         *text;
  RampartStyle  style;
  char         *link;
} RampartSpan;

typedef struct _RampartText RampartText;

RampartText       *rampart_text_new          (void);
RampartText       *rampart_text_new_plain    (const char   *text);
RampartText       *rampart_text_new_styled   (const char   *text,
                                              RampartStyle  style);
RampartText       *rampart_text_copy         (const RampartText *self);
void               rampart_text_free         (RampartText  *self);
void               rampart_text_append       (RampartText  *self,
                                              const char   *text,
                                              RampartStyle  style);
void               rampart_text_append_link  (RampartText  *self,
                                              const char   *text,
                                              RampartStyle  style,
                                              const char   *link);
guint              rampart_text_get_n_spans  (const RampartText *self);
const RampartSpan *rampart_text_get_span     (const RampartText *self,
                                              guint         index);
gboolean           rampart_text_is_empty     (const RampartText *self);
char              *rampart_text_to_plain     (const RampartText *self);
guint              rampart_text_hash         (gconstpointer      self);
gboolean           rampart_text_equal        (gconstpointer      a,
                                              gconstpointer      b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RampartText, rampart_text_free)

G_END_DECLS
