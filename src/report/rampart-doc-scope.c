/* rampart-doc-scope.c: the "ISMS scope" document (clause 4.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-scope"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"

/* The sections of what the scope includes, in the order of the generated summary. */
static const struct {
  RampartScopeItemKind  kind;
  const char           *heading;
  const char           *anchor;
  const char           *none;
} included[] = {
  { RAMPART_SCOPE_ITEM_PROCESS, N_("Processes and services"), "scope-processes",
    N_("No processes or services are recorded yet.") },
  { RAMPART_SCOPE_ITEM_UNIT, N_("Organisational units"), "scope-units",
    N_("No organisational units are recorded yet.") },
  { RAMPART_SCOPE_ITEM_LOCATION, N_("Locations"), "scope-locations",
    N_("No locations are recorded yet.") },
  { RAMPART_SCOPE_ITEM_SYSTEM, N_("Information systems"), "scope-systems",
    N_("No information systems are recorded yet.") },
};

/* An exclusion without its reason is what an auditor asks about first: it must show. */
static RampartText *
justification (const char *detail)
{
  if (*detail != '\0')
    return rampart_text_new_plain (detail);

  return rampart_text_new_styled (_("No justification recorded: every exclusion needs one."),
                                  RAMPART_STYLE_BOLD | RAMPART_STYLE_ITALIC);
}

/* The entries of one kind as a table of names and details, or @none when there are none. */
static void
add_items (RampartDocument      *document,
           GListModel           *items,
           RampartScopeItemKind  kind,
           const char           *detail_title,
           const char           *none)
{
  RampartTable *table = rampart_table_new (2, (double[]) { 1, 1.9 });

  rampart_table_set_header (table, (const char *[]) {
    rampart_enum_get_label (RAMPART_TYPE_SCOPE_ITEM_KIND, kind), detail_title, NULL });

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RampartScopeItem) item = g_list_model_get_item (items, i);
      const char *detail = rampart_scope_item_get_detail (item);

      if (rampart_scope_item_get_kind (item) != kind)
        continue;

      rampart_table_add_row (table, (RampartText *[]) {
        rampart_pack_value (rampart_scope_item_get_name (item)),
        kind == RAMPART_SCOPE_ITEM_EXCLUSION ? justification (detail) : rampart_pack_value (detail),
      });
    }

  rampart_pack_add_table (document, table, none);
}

void
rampart_doc_scope_build (RampartWorkspace *workspace,
                         RampartDocument  *document,
                         GDateTime        *date)
{
  RampartScope *scope = rampart_workspace_get_scope (workspace);
  GListModel *items = G_LIST_MODEL (rampart_workspace_get_scope_items (workspace));
  const char *statement = rampart_scope_get_statement (scope);
  const char *summary = rampart_scope_get_summary (scope);
  g_autofree char *generated = NULL;
  RampartBlock *note;

  rampart_document_add_plain (document,
    _("This document sets the boundaries and applicability of the information security management "
      "system (ISMS) (clause 4.3): the processes, organisational units, locations and information "
      "systems it covers, what it leaves out and why, and the interfaces and dependencies where it "
      "meets activities performed by others. It takes account of the issues and the requirements "
      "of interested parties recorded in the context of the organisation."));

  rampart_document_add_heading (document, 2, _("Scope statement"), "scope-statement");
  note = rampart_block_new_note (*statement != '\0' ? RAMPART_NOTE_INFO : RAMPART_NOTE_WARNING);
  g_ptr_array_add (rampart_block_get_children (note),
                   rampart_block_new_paragraph (*statement != '\0'
                                                ? rampart_text_new_plain (statement)
                                                : rampart_text_new_styled (_("No scope statement is recorded yet."),
                                                                           RAMPART_STYLE_ITALIC)));
  rampart_document_add (document, note);

  /* Until someone writes a summary, the one the entries give stands in. */
  rampart_document_add_heading (document, 2, _("Summary"), "scope-summary");
  if (*summary == '\0')
    {
      generated = rampart_scope_build_summary (rampart_workspace_get_organisation (workspace), items);
      summary = generated;
    }
  if (*summary != '\0')
    rampart_document_add_plain (document, summary);
  else
    rampart_pack_add_none (document, _("No summary is recorded yet, and the scope has no entries to make one from."));

  rampart_document_add_heading (document, 2, _("What the scope includes"), "scope-includes");
  for (guint i = 0; i < G_N_ELEMENTS (included); i++)
    {
      rampart_document_add_heading (document, 3, _(included[i].heading), included[i].anchor);
      add_items (document, items, included[i].kind, _("Description"), _(included[i].none));
    }

  rampart_document_add_heading (document, 2, _("Exclusions"), "scope-exclusions");
  rampart_pack_add_lead_in (document, rampart_text_new_plain (
    _("What the organisation leaves out of the scope, with the reason for leaving each out.")));
  add_items (document, items, RAMPART_SCOPE_ITEM_EXCLUSION, _("Justification"), _("No exclusions are recorded."));

  rampart_document_add_heading (document, 2, _("Interfaces and dependencies"), "scope-interfaces");
  rampart_pack_add_lead_in (document, rampart_text_new_plain (
    _("Where the ISMS meets other organisations or depends on services it does not control.")));
  add_items (document, items, RAMPART_SCOPE_ITEM_INTERFACE, _("Description"),
             _("No interfaces or dependencies are recorded yet."));
}
