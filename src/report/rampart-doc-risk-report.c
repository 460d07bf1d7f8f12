/* rampart-doc-risk-report.c: the "Risk assessment report" document (clause 8.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-risk-report"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"

static gboolean
is_closed (RampartRisk *risk)
{
  return rampart_risk_get_status (risk) == RAMPART_RISK_STATUS_CLOSED;
}

static guint
count_in_scope (GListModel *assets)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(RampartAsset) asset = g_list_model_get_item (assets, i);

      if (rampart_asset_get_in_scope (asset))
        n++;
    }

  return n;
}

static RampartText *
count_cell (guint count)
{
  g_autofree char *number = g_strdup_printf ("%u", count);

  return rampart_text_new_plain (count > 0 ? number : "–");
}

/* How many open risks each level has, before treatment and as they stand. */
static void
add_summary (RampartDocument   *document,
             RampartRiskMethod *method,
             GPtrArray         *risks)
{
  guint n_bands = rampart_risk_method_get_n_bands (method);
  /* One more for the risks not rated yet */
  guint inherent[RAMPART_RISK_MAX_BANDS + 1] = { 0 };
  guint current[RAMPART_RISK_MAX_BANDS + 1] = { 0 };
  guint open = 0, acceptable = 0, accepted = 0, closed = 0;
  RampartTable *table = rampart_table_new (3, (double[]) { 1.6, 1, 1 });
  g_autoptr(GString) sentence = g_string_new (NULL);

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);
      guint before = rampart_risk_get_band (risk, method, RAMPART_RISK_INHERENT);
      guint now = rampart_risk_get_current_band (risk, method);

      if (is_closed (risk))
        {
          closed++;
          continue;
        }

      open++;
      inherent[before == RAMPART_RISK_UNRATED ? n_bands : before]++;
      current[now == RAMPART_RISK_UNRATED ? n_bands : now]++;
      if (rampart_risk_method_is_acceptable (method, now))
        acceptable++;
      if (rampart_risk_get_accepted (risk))
        accepted++;
    }

  rampart_table_set_header (table, (const char *[]) { _("Risk level"), _("Before treatment"), _("As it stands"), NULL });
  for (guint band = n_bands; band-- > 0;)
    rampart_table_add_row (table, (RampartText *[]) {
      rampart_text_new_styled (rampart_risk_method_get_band_name (method, band), RAMPART_STYLE_BOLD),
      count_cell (inherent[band]),
      count_cell (current[band]),
    });
  if (inherent[n_bands] > 0 || current[n_bands] > 0)
    rampart_table_add_row (table, (RampartText *[]) {
      rampart_text_new_styled (_("Not rated yet"), RAMPART_STYLE_ITALIC),
      count_cell (inherent[n_bands]),
      count_cell (current[n_bands]),
    });

  g_string_append_printf (sentence,
                          g_dngettext (GETTEXT_PACKAGE, "The register holds %u open risk.",
                                       "The register holds %u open risks.", open),
                          open);
  g_string_append_c (sentence, ' ');
  g_string_append_printf (sentence,
                          g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: open risks that meet the acceptance criterion, then the criterion, as in "Low" */
                                       "As they stand, %u of them meets the acceptance criterion (%s or lower).",
                                       "As they stand, %u of them meet the acceptance criterion (%s or lower).",
                                       acceptable),
                          acceptable,
                          rampart_risk_method_get_band_name (method, rampart_risk_method_get_acceptance_band (method)));
  g_string_append_c (sentence, ' ');
  g_string_append_printf (sentence,
                          g_dngettext (GETTEXT_PACKAGE, "Risk owners have accepted %u residual risk.",
                                       "Risk owners have accepted %u residual risks.", accepted),
                          accepted);
  if (closed > 0)
    {
      g_string_append_c (sentence, ' ');
      g_string_append_printf (sentence,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "The %u closed risk is listed at the end.",
                                           "The %u closed risks are listed at the end.",
                                           closed),
                              closed);
    }

  rampart_pack_add_lead_in (document, rampart_text_new_plain (sentence->str));
  rampart_document_add (document, rampart_block_new_table (table));
}

static void
add_register (RampartDocument   *document,
              RampartRiskMethod *method,
              GPtrArray         *risks)
{
  RampartTable *table = rampart_table_new (6, (double[]) { 0.55, 2.25, 1.45, 0.75, 0.7, 0.75 });

  rampart_table_set_header (table, (const char *[]) {
    _("Code"), _("Risk"), _("Risk owner"), _("Inherent"), _("Treatment"), _("Residual"), NULL });

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);

      if (is_closed (risk))
        continue;

      rampart_table_add_row (table, (RampartText *[]) {
        rampart_pack_risk_link (risk),
        rampart_pack_value (rampart_risk_get_title (risk)),
        rampart_pack_value (rampart_risk_get_owner (risk)),
        rampart_pack_band (method, rampart_risk_get_band (risk, method, RAMPART_RISK_INHERENT)),
        rampart_text_new_plain (rampart_enum_get_label (RAMPART_TYPE_TREATMENT, rampart_risk_get_treatment (risk))),
        rampart_pack_band (method, rampart_risk_get_band (risk, method, RAMPART_RISK_RESIDUAL)),
      });
    }

  rampart_pack_add_table (document, table, _("Every risk of the register is closed."));
}

static RampartText *
assets_text (RampartWorkspace *workspace,
             RampartRisk      *risk)
{
  gsize n_ids;
  const gint64 *ids = rampart_risk_get_asset_ids (risk, &n_ids);
  g_autoptr(GString) names = g_string_new (NULL);

  for (gsize i = 0; i < n_ids; i++)
    {
      RampartRecord *record = rampart_record_list_get_by_id (rampart_workspace_get_assets (workspace), ids[i]);
      RampartAsset *asset = record != NULL ? RAMPART_ASSET (record) : NULL;

      if (asset != NULL)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                                rampart_pack_or (rampart_asset_get_name (asset), _("Unnamed asset")));
    }

  return rampart_pack_value (names->str);
}

static RampartText *
acceptance_text (RampartRiskMethod *method,
                 RampartRisk       *risk)
{
  g_autofree char *accepted = NULL;
  RampartText *text;

  if (!rampart_risk_get_accepted (risk))
    return rampart_text_new_styled (_("Not accepted"), RAMPART_STYLE_ITALIC);

  /* Translators: who accepted a residual risk, and when */
  accepted = g_strdup_printf (_("Accepted by %s on %s"), rampart_risk_get_accepted_by (risk),
                              rampart_pack_or (rampart_risk_get_accepted_on (risk), "—"));
  text = rampart_text_new_plain (accepted);
  if (rampart_risk_get_acceptance_stale (risk, method))
    rampart_text_append (text, _(", for another rating than it has now: the acceptance is stale"),
                         RAMPART_STYLE_BOLD);
  return text;
}

/* Two labelled values on one row, as the key/value blocks of the pack show them. */
static void
add_two (RampartTable *pairs,
         const char   *label,
         RampartText  *value,
         const char   *other_label,
         RampartText  *other_value)
{
  rampart_table_add_row (pairs, (RampartText *[]) {
    rampart_text_new_plain (label), value, rampart_text_new_plain (other_label), other_value });
}

static void
add_one (RampartTable *pairs,
         const char   *label,
         RampartText  *value)
{
  rampart_table_add_row (pairs, (RampartText *[]) { rampart_text_new_plain (label), value });
}

static void
add_risk (RampartDocument   *document,
          RampartWorkspace  *workspace,
          RampartRiskMethod *method,
          RampartRisk       *risk)
{
  gpointer threat = rampart_record_list_get_by_id (rampart_workspace_get_threats (workspace),
                                                   rampart_risk_get_threat_id (risk));
  gpointer vulnerability = rampart_record_list_get_by_id (rampart_workspace_get_vulnerabilities (workspace),
                                                          rampart_risk_get_vulnerability_id (risk));
  const char *description = rampart_risk_get_description (risk);
  g_autofree char *anchor = rampart_pack_record_anchor ("risk", risk);
  g_autofree char *heading = rampart_pack_risk_heading (risk);
  /* The short values in two columns, the long ones across; the labels line up. */
  RampartTable *short_values = rampart_table_new (4, (double[]) { 0.85, 1.5, 0.85, 1.5 });
  RampartTable *long_values = rampart_table_new (2, (double[]) { 0.85, 3.85 });

  rampart_document_add_heading (document, 3, heading, anchor);
  if (*description != '\0')
    rampart_pack_add_lead_in (document, rampart_text_new_plain (description));

  add_two (short_values, _("Risk owner"), rampart_pack_value (rampart_risk_get_owner (risk)),
           _("Status"), rampart_text_new_plain (rampart_enum_get_label (RAMPART_TYPE_RISK_STATUS,
                                                                        rampart_risk_get_status (risk))));
  add_two (short_values, _("Threat"), rampart_pack_value (threat != NULL ? rampart_threat_get_name (threat) : NULL),
           _("Vulnerability"),
           rampart_pack_value (vulnerability != NULL ? rampart_vulnerability_get_name (vulnerability) : NULL));
  add_two (short_values, _("Inherent risk"), rampart_pack_rating (method, risk, RAMPART_RISK_INHERENT),
           _("Residual risk"), rampart_pack_rating (method, risk, RAMPART_RISK_RESIDUAL));
  add_two (short_values, _("Treatment"),
           rampart_text_new_plain (rampart_enum_get_label (RAMPART_TYPE_TREATMENT, rampart_risk_get_treatment (risk))),
           _("Next review"), rampart_pack_value (rampart_risk_get_next_review (risk)));
  rampart_document_add (document, rampart_block_new_key_values (short_values));

  add_one (long_values, _("Assets"), assets_text (workspace, risk));
  add_one (long_values, _("Rationale"), rampart_pack_value (rampart_risk_get_treatment_rationale (risk)));
  add_one (long_values, _("Controls"), rampart_pack_risk_controls (workspace, risk));
  if (rampart_risk_get_accepted (risk) || rampart_pack_risk_above_criterion (method, risk))
    add_one (long_values, _("Acceptance"), acceptance_text (method, risk));
  rampart_document_add (document, rampart_block_new_key_values (long_values));
}

/* Closed risks in short: what they were, with the description that says why they closed. */
static void
add_closed (RampartDocument   *document,
            RampartRiskMethod *method,
            GPtrArray         *risks)
{
  RampartTable *table = rampart_table_new (4, (double[]) { 0.55, 3.55, 1.45, 0.75 });

  rampart_document_add_heading (document, 2, _("Closed risks"), "rar-closed");
  rampart_pack_add_lead_in (document, rampart_text_new_plain (
    _("Risks that no longer apply, kept for the record with their last residual level.")));
  rampart_table_set_header (table, (const char *[]) { _("Code"), _("Risk"), _("Risk owner"), _("Residual"), NULL });

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);
      const char *description = rampart_risk_get_description (risk);
      g_autofree char *code = NULL;
      RampartText *what;

      if (!is_closed (risk))
        continue;

      code = rampart_risk_dup_code (risk);
      what = rampart_text_new_styled (rampart_pack_or (rampart_risk_get_title (risk), _("Untitled risk")),
                                      RAMPART_STYLE_BOLD);
      if (*description != '\0')
        {
          rampart_text_append (what, "\n", RAMPART_STYLE_NONE);
          rampart_text_append (what, description, RAMPART_STYLE_NONE);
        }

      rampart_table_add_row (table, (RampartText *[]) {
        rampart_text_new_plain (code),
        what,
        rampart_pack_value (rampart_risk_get_owner (risk)),
        rampart_pack_band (method, rampart_risk_get_band (risk, method, RAMPART_RISK_RESIDUAL)),
      });
    }

  rampart_document_add (document, rampart_block_new_table (table));
}

void
rampart_doc_risk_report_build (RampartWorkspace *workspace,
                               RampartDocument  *document,
                               GDateTime        *date)
{
  RampartRiskMethod *method = rampart_workspace_get_risk_method (workspace);
  g_autoptr(GPtrArray) risks = rampart_pack_dup_risks (workspace);
  guint n_assets = count_in_scope (G_LIST_MODEL (rampart_workspace_get_assets (workspace)));
  g_autofree char *today = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *when = NULL;
  guint closed = 0;

  rampart_document_add_plain (document,
    _("This report gives the results of the information security risk assessment (clause 8.2), "
      "carried out with the risk assessment and treatment methodology: every risk of the register "
      "with the assets it concerns, its threat and vulnerability, its owner, its level before and "
      "after treatment, and how it is treated."));

  if (n_assets > 0)
    when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: the date of the report, then how many assets are in the scope */
                                         "It shows the risk register as it stands on %s. The assessment covers the "
                                         "scope of the ISMS and the %u asset recorded in it.",
                                         "It shows the risk register as it stands on %s. The assessment covers the "
                                         "scope of the ISMS and the %u assets recorded in it.",
                                         n_assets),
                            today, n_assets);
  else
    /* Translators: the date of the report */
    when = g_strdup_printf (_("It shows the risk register as it stands on %s. The assessment covers the "
                              "scope of the ISMS."), today);
  rampart_document_add_plain (document, when);

  rampart_document_add_heading (document, 2, _("Summary"), "rar-summary");
  if (risks->len == 0)
    {
      rampart_pack_add_none (document, _("No risks are recorded yet."));
      return;
    }
  add_summary (document, method, risks);

  rampart_document_add_heading (document, 2, _("Heat maps"), "rar-heat-maps");
  rampart_pack_add_lead_in (document, rampart_text_new_plain (
    _("Each cell counts the open risks rated there, before treatment on the left and after it on the "
      "right; risks not rated yet are left out. Cells with risks are in the full colour of their "
      "level.")));
  rampart_document_add (document,
                        rampart_pack_new_heat_maps (method, G_LIST_MODEL (rampart_workspace_get_risks (workspace)),
                                                    0, 215,
                                                    rampart_text_new_plain (_("Open risks by likelihood and impact, "
                                                                              "before and after treatment"))));

  rampart_document_add_heading (document, 2, _("Risk register"), "rar-register");
  rampart_pack_add_lead_in (document, rampart_text_new_plain (
    _("The open risks in the order of their codes, each with its level before and after treatment. "
      "A risk's code leads to its details.")));
  add_register (document, method, risks);

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);

      if (is_closed (risk))
        {
          closed++;
          continue;
        }
      /* The heading above the first open risk: all before it are closed. */
      if (i == closed)
        rampart_document_add_heading (document, 2, _("Risks in detail"), "rar-details");
      add_risk (document, workspace, method, risk);
    }

  if (closed > 0)
    add_closed (document, method, risks);
}
