/* rampart-doc-context.c: the "Context of the organisation" document (clauses 4.1 and 4.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-context"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"

/* The issue with its category above it: three columns leave the effect and the response room to read. */
static RampartText *
issue_cell (RampartContextIssue *issue)
{
  RampartText *text = rampart_text_new_styled (rampart_enum_get_label (RAMPART_TYPE_ISSUE_CATEGORY,
                                                                       rampart_context_issue_get_category (issue)),
                                               RAMPART_STYLE_ITALIC);
  g_autoptr(RampartText) description = rampart_pack_value (rampart_context_issue_get_description (issue));

  rampart_text_append (text, "\n", RAMPART_STYLE_NONE);
  for (guint i = 0; i < rampart_text_get_n_spans (description); i++)
    {
      const RampartSpan *span = rampart_text_get_span (description, i);

      rampart_text_append (text, span->text, span->style == RAMPART_STYLE_NONE ? RAMPART_STYLE_BOLD : span->style);
    }

  return text;
}

static void
add_issues (RampartDocument  *document,
            GListModel       *issues,
            RampartIssueKind  kind)
{
  RampartTable *table = rampart_table_new (3, (double[]) { 1.15, 1.25, 1.25 });

  rampart_table_set_header (table, (const char *[]) {
    _("Issue"), _("Effect on the ISMS"), _("How it is addressed"), NULL });

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(RampartContextIssue) issue = g_list_model_get_item (issues, i);

      if (rampart_context_issue_get_kind (issue) != kind)
        continue;

      rampart_table_add_row (table, (RampartText *[]) {
        issue_cell (issue),
        rampart_pack_value (rampart_context_issue_get_effect (issue)),
        rampart_pack_value (rampart_context_issue_get_response (issue)),
      });
    }

  rampart_pack_add_table (document, table, kind == RAMPART_ISSUE_KIND_EXTERNAL
                                           ? _("No external issues are recorded yet.")
                                           : _("No internal issues are recorded yet."));
}

static const char *
party_name (RampartInterestedParty *party)
{
  return rampart_pack_or (rampart_interested_party_get_name (party), _("Unnamed party"));
}

static guint
count_addressed (GListModel *requirements)
{
  guint addressed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(RampartRequirement) requirement = g_list_model_get_item (requirements, i);

      if (rampart_requirement_get_decision (requirement) == RAMPART_DECISION_ADDRESSED)
        addressed++;
    }

  return addressed;
}

static void
add_party_overview (RampartDocument *document,
                    GListModel      *parties)
{
  RampartTable *table = rampart_table_new (3, (double[]) { 2, 1.5, 1.2 });

  rampart_table_set_header (table, (const char *[]) {
    _("Interested party"), _("Kind"), _("Requirements addressed"), NULL });

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(RampartInterestedParty) party = g_list_model_get_item (parties, i);
      GListModel *requirements = G_LIST_MODEL (rampart_interested_party_get_requirements (party));
      RampartText *name = rampart_pack_record_link ("party", party, party_name (party));
      guint n_requirements = g_list_model_get_n_items (requirements);
      RampartText *count;

      if (n_requirements > 0)
        {
          /* Translators: how many of an interested party's requirements the ISMS addresses, as in "2 of 3" */
          g_autofree char *counted = g_strdup_printf (_("%u of %u"), count_addressed (requirements), n_requirements);

          count = rampart_text_new_plain (counted);
        }
      else
        {
          count = rampart_text_new_styled (_("None recorded"), RAMPART_STYLE_ITALIC);
        }

      rampart_table_add_row (table, (RampartText *[]) {
        name,
        rampart_text_new_plain (rampart_enum_get_label (RAMPART_TYPE_PARTY_KIND,
                                                        rampart_interested_party_get_kind (party))),
        count,
      });
    }

  rampart_document_add (document, rampart_block_new_table (table));
}

/* Undecided is an open point: it stands out from the decisions taken. */
static RampartText *
decision_cell (RampartRequirement *requirement)
{
  RampartDecision decision = rampart_requirement_get_decision (requirement);

  return rampart_text_new_styled (rampart_enum_get_label (RAMPART_TYPE_DECISION, decision),
                                  decision == RAMPART_DECISION_UNDECIDED ? RAMPART_STYLE_ITALIC
                                                                         : RAMPART_STYLE_NONE);
}

static void
add_party (RampartDocument        *document,
           RampartInterestedParty *party)
{
  GListModel *requirements = G_LIST_MODEL (rampart_interested_party_get_requirements (party));
  const char *description = rampart_interested_party_get_description (party);
  g_autofree char *anchor = rampart_pack_record_anchor ("party", party);
  g_autofree char *heading = NULL;
  RampartTable *table;

  /* Translators: an interested party's name and kind, as in "Customers (Customer)" */
  heading = g_strdup_printf (_("%s (%s)"), party_name (party),
                             rampart_enum_get_label (RAMPART_TYPE_PARTY_KIND,
                                                     rampart_interested_party_get_kind (party)));
  rampart_document_add_heading (document, 3, heading, anchor);
  if (*description != '\0')
    rampart_pack_add_lead_in (document, rampart_text_new_plain (description));

  if (g_list_model_get_n_items (requirements) == 0)
    {
      rampart_pack_add_none (document, _("No requirements of this party are recorded yet."));
      return;
    }

  table = rampart_table_new (4, (double[]) { 1.5, 0.85, 1.2, 1.75 });
  rampart_table_set_header (table, (const char *[]) {
    _("Requirement"), _("Basis"), _("Decision"), _("How it is addressed, or why not"), NULL });

  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(RampartRequirement) requirement = g_list_model_get_item (requirements, i);

      rampart_table_add_row (table, (RampartText *[]) {
        rampart_pack_value (rampart_requirement_get_text (requirement)),
        rampart_text_new_plain (rampart_enum_get_label (RAMPART_TYPE_REQUIREMENT_BASIS,
                                                        rampart_requirement_get_basis (requirement))),
        decision_cell (requirement),
        rampart_pack_value (rampart_requirement_get_how (requirement)),
      });
    }

  rampart_document_add (document, rampart_block_new_table (table));
}

void
rampart_doc_context_build (RampartWorkspace *workspace,
                           RampartDocument  *document,
                           GDateTime        *date)
{
  GListModel *issues = G_LIST_MODEL (rampart_workspace_get_context_issues (workspace));
  GListModel *parties = G_LIST_MODEL (rampart_workspace_get_interested_parties (workspace));

  rampart_document_add_plain (document,
    _("This document describes the context in which the organisation runs its information security "
      "management system (ISMS): the internal and external issues that affect what the ISMS can "
      "achieve (clause 4.1), and the interested parties with the requirements that matter to "
      "information security, stating which of them the ISMS addresses (clause 4.2). Both are "
      "inputs to the scope and to the risk assessment."));

  rampart_document_add_heading (document, 2, _("Internal and external issues"), "ctx-issues");
  rampart_document_add_plain (document,
    _("For each issue: what it is about, how it can affect the outcomes of the ISMS, and how the "
      "organisation addresses it."));
  rampart_document_add_heading (document, 3, _("External issues"), "ctx-issues-external");
  add_issues (document, issues, RAMPART_ISSUE_KIND_EXTERNAL);
  rampart_document_add_heading (document, 3, _("Internal issues"), "ctx-issues-internal");
  add_issues (document, issues, RAMPART_ISSUE_KIND_INTERNAL);

  rampart_document_add_heading (document, 2, _("Interested parties and their requirements"), "ctx-parties");
  if (g_list_model_get_n_items (parties) == 0)
    {
      rampart_pack_add_none (document, _("No interested parties are recorded yet."));
      return;
    }

  rampart_pack_add_lead_in (document, rampart_text_new_plain (
    _("The parties whose requirements bear on information security, and how many of their "
      "requirements the ISMS addresses. The sections after the overview give each requirement, "
      "where it comes from, and how it is addressed or why it is not.")));
  add_party_overview (document, parties);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(RampartInterestedParty) party = g_list_model_get_item (parties, i);

      add_party (document, party);
    }
}
