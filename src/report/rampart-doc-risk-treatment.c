/* rampart-doc-risk-treatment.c: the "Risk treatment plan" document (clauses 6.1.3 e–f and 8.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-risk-treatment"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"

/* Risks to modify, avoid or share: those the plan has work for. */
static gboolean
is_treated (RampartRisk *risk)
{
  RampartTreatment treatment = rampart_risk_get_treatment (risk);

  return rampart_risk_get_status (risk) != RAMPART_RISK_STATUS_CLOSED &&
         (treatment == RAMPART_TREATMENT_MODIFY || treatment == RAMPART_TREATMENT_AVOID ||
          treatment == RAMPART_TREATMENT_SHARE);
}

static RampartText *
status_cell (RampartRiskAction *action,
             const char        *today)
{
  const char *status = rampart_enum_get_label (RAMPART_TYPE_ACTION_STATUS, rampart_risk_action_get_status (action));
  RampartText *text;

  if (!rampart_risk_action_is_overdue (action, today))
    return rampart_text_new_plain (status);

  text = rampart_text_new_styled (_("Overdue"), RAMPART_STYLE_BOLD);
  rampart_text_append (text, "\n", RAMPART_STYLE_NONE);
  rampart_text_append (text, status, RAMPART_STYLE_NONE);
  return text;
}

static void
add_actions (RampartDocument *document,
             RampartRisk     *risk,
             const char      *today)
{
  GListModel *actions = G_LIST_MODEL (rampart_risk_get_actions (risk));
  RampartTable *table = rampart_table_new (5, (double[]) { 2.45, 0.55, 1.35, 0.7, 0.75 });

  rampart_table_set_header (table, (const char *[]) {
    _("Action"), _("Control"), _("Owner"), _("Due"), _("Status"), NULL });

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(RampartRiskAction) action = g_list_model_get_item (actions, i);
      const char *control = rampart_risk_action_get_control_id (action);

      rampart_table_add_row (table, (RampartText *[]) {
        rampart_pack_value (rampart_risk_action_get_what (action)),
        rampart_text_new_plain (rampart_pack_or (control, "–")),
        rampart_pack_value (rampart_risk_action_get_owner (action)),
        rampart_pack_value (rampart_risk_action_get_due_on (action)),
        status_cell (action, today),
      });
    }

  rampart_pack_add_table (document, table, _("No actions are planned for this risk yet."));
}

/* A risk's level before and after treatment, as in "High before treatment, Medium after". */
static RampartText *
levels_text (RampartRiskMethod *method,
             RampartRisk       *risk)
{
  guint before = rampart_risk_get_band (risk, method, RAMPART_RISK_INHERENT);
  guint after = rampart_risk_get_band (risk, method, RAMPART_RISK_RESIDUAL);
  g_autofree char *levels = NULL;

  /* Translators: a risk's level before and after treatment, as in "High before treatment, Medium after" */
  levels = g_strdup_printf (_("%s before treatment, %s after"),
                            before != RAMPART_RISK_UNRATED ? rampart_risk_method_get_band_name (method, before)
                                                          : _("not rated yet"),
                            after != RAMPART_RISK_UNRATED ? rampart_risk_method_get_band_name (method, after)
                                                         : _("not rated yet"));
  return rampart_text_new_plain (levels);
}

static void
add_treatment (RampartDocument   *document,
               RampartWorkspace  *workspace,
               RampartRiskMethod *method,
               RampartRisk       *risk,
               const char        *today)
{
  g_autofree char *anchor = rampart_pack_record_anchor ("treatment", risk);
  g_autofree char *heading = rampart_pack_risk_heading (risk);
  RampartTable *pairs = rampart_table_new (2, (double[]) { 0.85, 3.85 });

  rampart_document_add_heading (document, 3, heading, anchor);
  rampart_table_add_row (pairs, (RampartText *[]) {
    rampart_text_new_plain (_("Risk owner")), rampart_pack_value (rampart_risk_get_owner (risk)) });
  rampart_table_add_row (pairs, (RampartText *[]) {
    rampart_text_new_plain (_("Treatment")),
    rampart_text_new_plain (rampart_enum_get_label (RAMPART_TYPE_TREATMENT, rampart_risk_get_treatment (risk))) });
  rampart_table_add_row (pairs, (RampartText *[]) { rampart_text_new_plain (_("Risk level")), levels_text (method, risk) });
  rampart_table_add_row (pairs, (RampartText *[]) {
    rampart_text_new_plain (_("Controls")), rampart_pack_risk_controls (workspace, risk) });
  rampart_document_add (document, rampart_block_new_key_values (pairs));

  add_actions (document, risk, today);
}

/* How many risks the plan treats, and where their actions stand. */
static void
add_overview (RampartDocument *document,
              GPtrArray       *risks,
              const char      *today)
{
  guint treated = 0, n_actions = 0, done = 0, overdue = 0;
  g_autoptr(GString) sentence = g_string_new (NULL);

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);
      GListModel *actions = G_LIST_MODEL (rampart_risk_get_actions (risk));

      if (!is_treated (risk))
        continue;

      treated++;
      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(RampartRiskAction) action = g_list_model_get_item (actions, j);

          n_actions++;
          if (rampart_risk_action_get_status (action) == RAMPART_ACTION_DONE)
            done++;
          if (rampart_risk_action_is_overdue (action, today))
            overdue++;
        }
    }

  g_string_append_printf (sentence,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The plan treats %u risk, with %u actions in all.",
                                       "The plan treats %u risks, with %u actions in all.",
                                       treated),
                          treated, n_actions);
  g_string_append_c (sentence, ' ');
  /* Translators: how many actions of the plan are done, then how many are overdue */
  g_string_append_printf (sentence, _("Actions done: %u. Actions overdue: %u."), done, overdue);
  rampart_pack_add_lead_in (document, rampart_text_new_plain (sentence->str));
}

static RampartText *
accepted_by_cell (RampartRiskMethod *method,
                  RampartRisk       *risk)
{
  RampartText *text;

  if (!rampart_risk_get_accepted (risk))
    return rampart_text_new_styled (_("Not accepted"), RAMPART_STYLE_BOLD);

  text = rampart_text_new_plain (rampart_risk_get_accepted_by (risk));
  if (rampart_risk_get_acceptance_stale (risk, method))
    {
      rampart_text_append (text, "\n", RAMPART_STYLE_NONE);
      rampart_text_append (text, _("Acceptance stale"), RAMPART_STYLE_BOLD);
    }
  return text;
}

static void
add_acceptances (RampartDocument   *document,
                 RampartRiskMethod *method,
                 GPtrArray         *risks)
{
  RampartTable *table = rampart_table_new (5, (double[]) { 1.45, 0.62, 1.15, 0.8, 2.2 });
  g_autofree char *lead_in = NULL;

  /* Translators: %s is the acceptance criterion, a risk level such as "Low" */
  lead_in = g_strdup_printf (_("By approving this plan, each risk owner approves the treatment of the risks they "
                               "own (clause 6.1.3 f). A residual risk above the acceptance criterion (%s or "
                               "lower) also needs its owner's documented acceptance. The table lists those "
                               "risks and every other risk that its owner has accepted; an acceptance is stale "
                               "once the risk is rated differently, and must then be given again."),
                             rampart_risk_method_get_band_name (method, rampart_risk_method_get_acceptance_band (method)));
  rampart_pack_add_lead_in (document, rampart_text_new_plain (lead_in));

  rampart_table_set_header (table, (const char *[]) {
    _("Risk"), _("Residual"), _("Accepted by"), _("Date"), _("Rationale"), NULL });

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);
      RampartText *name;

      if (rampart_risk_get_status (risk) == RAMPART_RISK_STATUS_CLOSED ||
          !(rampart_risk_get_accepted (risk) || rampart_pack_risk_above_criterion (method, risk)))
        continue;

      name = rampart_pack_risk_link (risk);
      rampart_text_append (name, "\n", RAMPART_STYLE_NONE);
      rampart_text_append (name, rampart_pack_or (rampart_risk_get_title (risk), _("Untitled risk")), RAMPART_STYLE_NONE);
      rampart_table_add_row (table, (RampartText *[]) {
        name,
        rampart_pack_band (method, rampart_risk_get_current_band (risk, method)),
        accepted_by_cell (method, risk),
        rampart_text_new_plain (rampart_pack_or (rampart_risk_get_accepted_on (risk), "–")),
        rampart_risk_get_accepted (risk) ? rampart_pack_value (rampart_risk_get_acceptance_rationale (risk))
                                         : rampart_text_new_plain ("–"),
      });
    }

  rampart_pack_add_table (document, table,
                          _("No residual risk is above the acceptance criterion, and no risk has been accepted."));
}

void
rampart_doc_risk_treatment_build (RampartWorkspace *workspace,
                                  RampartDocument  *document,
                                  GDateTime        *date)
{
  RampartRiskMethod *method = rampart_workspace_get_risk_method (workspace);
  g_autoptr(GPtrArray) risks = rampart_pack_dup_risks (workspace);
  g_autofree char *today = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *as_on = NULL;
  gboolean any = FALSE;

  rampart_document_add_plain (document,
    _("This plan sets out how the organisation treats the risks that need treatment (clause 6.1.3 e): "
      "for each risk to be modified, avoided or shared, the controls it relies on and the actions that "
      "put them in place, with who does what and by when. The plan is followed up as it is carried out "
      "(clause 8.3), and its last section records the risk owners' approval and their acceptance of "
      "the residual risks (clause 6.1.3 f)."));
  /* Translators: the date of issue of the plan */
  as_on = g_strdup_printf (_("The status of each action is given as on %s. An action past its due date "
                             "that is neither done nor cancelled is marked Overdue."), today);
  rampart_document_add_plain (document, as_on);

  rampart_document_add_heading (document, 2, _("Treatments and actions"), "rtp-treatments");
  for (guint i = 0; i < risks->len && !any; i++)
    any = is_treated (g_ptr_array_index (risks, i));

  if (risks->len == 0)
    rampart_pack_add_none (document, _("No risks are recorded yet."));
  else if (!any)
    rampart_pack_add_none (document, _("No open risk is to be modified, avoided or shared yet."));
  else
    add_overview (document, risks, today);

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);

      if (is_treated (risk))
        add_treatment (document, workspace, method, risk, today);
    }

  rampart_document_add_heading (document, 2, _("Risk owners' approval and acceptance of residual risks"),
                                "rtp-acceptance");
  if (risks->len == 0)
    {
      rampart_pack_add_none (document, _("No risks are recorded yet, so none awaits acceptance."));
      return;
    }
  add_acceptances (document, method, risks);
}
