/* rampart-doc-controls.c: the "Annex A controls" document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-controls"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"

static RampartText *
tags (RampartControl          *control,
      RampartControlAttribute  attribute)
{
  const char * const *values = rampart_control_get_attribute (control, attribute);
  RampartText *text = rampart_text_new ();

  for (guint i = 0; values[i] != NULL; i++)
    {
      g_autofree char *tag = rampart_control_format_tag (values[i]);

      if (i > 0)
        rampart_text_append (text, ", ", RAMPART_STYLE_NONE);
      rampart_text_append (text, tag, RAMPART_STYLE_NONE);
    }

  return text;
}

/* Confidentiality, integrity and availability as C, I and A. */
static RampartText *
properties (RampartControl *control)
{
  const char * const *values = rampart_control_get_attribute (control, RAMPART_CONTROL_ATTRIBUTE_SECURITY_PROPERTY);
  g_autoptr(GString) letters = g_string_new (NULL);

  for (guint i = 0; values[i] != NULL; i++)
    g_string_append_printf (letters, "%s%c", i > 0 ? " " : "", values[i][0]);

  return rampart_text_new_plain (letters->str);
}

void
rampart_doc_controls_build (RampartWorkspace *workspace,
                            RampartDocument  *document,
                            GDateTime        *date)
{
  GListModel *controls = rampart_workspace_get_controls (workspace);
  guint n = g_list_model_get_n_items (controls);
  g_autoptr(GString) new_ids = g_string_new (NULL);
  RampartText *intro = rampart_text_new ();

  rampart_text_append (intro, _("ISO/IEC 27001:2022 Annex A lists 93 information security controls in "
                                "four themes. For each, ISO/IEC 27002:2022 gives attributes: the "
                                "control type, the security properties it protects "), RAMPART_STYLE_NONE);
  rampart_text_append (intro, _("(C confidentiality, I integrity, A availability)"), RAMPART_STYLE_ITALIC);
  rampart_text_append (intro, _(", the cybersecurity concepts, the operational capabilities and the "
                                "security domains it belongs to. The Statement of Applicability "
                                "records which of them apply to the organisation."), RAMPART_STYLE_NONE);
  rampart_document_add_paragraph (document, intro);

  for (RampartControlTheme theme = 0; theme < RAMPART_N_CONTROL_THEMES; theme++)
    {
      RampartTable *table = rampart_table_new (7, (double[]) { 0.55, 2.3, 1.05, 0.6, 1.05, 1.6, 1.45 });
      g_autofree char *anchor = g_strdup_printf ("controls-theme-%d", theme + 5);
      g_autofree char *heading = NULL;
      guint count = 0;

      rampart_table_set_header (table, (const char *[]) {
        _("Id"), _("Control"), _("Type"), _("C I A"), _("Concepts"), _("Capabilities"), _("Domains"), NULL });

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RampartControl) control = g_list_model_get_item (controls, i);

          if (rampart_control_get_theme (control) != theme)
            continue;

          count++;
          rampart_table_add_row (table, (RampartText *[]) {
            rampart_text_new_styled (rampart_control_get_id (control), RAMPART_STYLE_BOLD),
            rampart_text_new_plain (rampart_control_get_title (control)),
            tags (control, RAMPART_CONTROL_ATTRIBUTE_CONTROL_TYPE),
            properties (control),
            tags (control, RAMPART_CONTROL_ATTRIBUTE_CYBERSECURITY_CONCEPT),
            tags (control, RAMPART_CONTROL_ATTRIBUTE_OPERATIONAL_CAPABILITY),
            tags (control, RAMPART_CONTROL_ATTRIBUTE_SECURITY_DOMAIN),
          });

          if (rampart_control_get_new_in_2022 (control))
            g_string_append_printf (new_ids, "%s%s", new_ids->len > 0 ? ", " : "",
                                    rampart_control_get_id (control));
        }

      /* Translators: a theme of Annex A and how many controls it has, as in "People controls (8)" */
      heading = g_strdup_printf (_("%s (%u)"), rampart_control_theme_get_label (theme), count);
      rampart_document_add_heading (document, 2, heading, anchor);
      rampart_document_add (document, rampart_block_new_table (table));
    }

  if (new_ids->len > 0)
    {
      RampartText *note = rampart_text_new ();

      rampart_text_append (note, _("New in 2022: "), RAMPART_STYLE_BOLD);
      rampart_text_append (note, new_ids->str, RAMPART_STYLE_NONE);
      rampart_text_append (note, _(". These controls have no counterpart in ISO/IEC 27001:2013."),
                           RAMPART_STYLE_NONE);
      rampart_document_add_note (document, RAMPART_NOTE_INFO, note);
    }
}
