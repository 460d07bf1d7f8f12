/* rampart-checks.c: what a workspace still lacks, clause by clause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-checks"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-checks.h"
#include "rampart-interested-party.h"
#include "rampart-placeholders.h"
#include "rampart-requirement.h"
#include "rampart-scope-item.h"
#include "rampart-soa-entry.h"
#include "rampart-workspace.h"

/*
 * Each check reads the workspace and lists its findings, most serious
 * first within a check, as a list of RampartFinding. They report what an
 * auditor would look for and not find; they change nothing.
 */

/* Short statements rarely say what, where and who. */
#define MIN_STATEMENT_WORDS 12

static void
add (GListStore      *findings,
     RampartSeverity  severity,
     const char      *clause,
     gpointer         record,
     const char      *message)
{
  g_autoptr(RampartFinding) finding = rampart_finding_new (severity, clause, record, message);

  g_list_store_append (findings, finding);
}

static void
add_about (GListStore      *findings,
           RampartSeverity  severity,
           const char      *clause,
           gpointer         record,
           const char      *name,
           const char      *format,
           va_list          args) G_GNUC_PRINTF (6, 0);

/* A finding about one record, whose message starts with the record's name: "R-004: …" */
static void
add_about (GListStore      *findings,
           RampartSeverity  severity,
           const char      *clause,
           gpointer         record,
           const char      *name,
           const char      *format,
           va_list          args)
{
  g_autofree char *what = g_strdup_vprintf (format, args);
  /* Translators: a record's name or code, then what a check found about it */
  g_autofree char *message = g_strdup_printf (_("%s: %s"), name, what);

  add (findings, severity, clause, record, message);
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  guint count = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      count++;

  return count;
}

static int
by_severity (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  RampartFinding *finding_a = *(RampartFinding **) a;
  RampartFinding *finding_b = *(RampartFinding **) b;

  return (int) rampart_finding_get_severity (finding_b) - (int) rampart_finding_get_severity (finding_a);
}

/* Most serious first; otherwise in the order found (the sort is stable). */
static void
sort_by_severity (GListStore *findings)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (findings));
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (G_LIST_MODEL (findings), i));
  g_ptr_array_sort_with_data (sorted, by_severity, NULL);
  g_list_store_splice (findings, 0, n, sorted->pdata, n);
}

/**
 * rampart_check_context_issues:
 * @workspace: a workspace
 *
 * Clause 4.1: whether the organisation has named the issues of its context.
 *
 * Returns: (transfer full): a list of #RampartFinding
 */
GListModel *
rampart_check_context_issues (RampartWorkspace *workspace)
{
  GListStore *findings = g_list_store_new (RAMPART_TYPE_FINDING);

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (workspace), NULL);

  if (g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_context_issues (workspace))) == 0)
    add (findings, RAMPART_SEVERITY_WARNING, "4.1", NULL,
         _("No internal or external issues are recorded: name what, inside and outside the organisation, affects its information security."));

  return G_LIST_MODEL (findings);
}

/**
 * rampart_check_interested_parties:
 * @workspace: a workspace
 *
 * Clause 4.2: every interested party has requirements, and for each
 * requirement it is decided whether the ISMS addresses it.
 *
 * Returns: (transfer full): a list of #RampartFinding
 */
GListModel *
rampart_check_interested_parties (RampartWorkspace *workspace)
{
  GListStore *findings = g_list_store_new (RAMPART_TYPE_FINDING);
  GListModel *parties;
  guint n_parties;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (workspace), NULL);

  parties = G_LIST_MODEL (rampart_workspace_get_interested_parties (workspace));
  n_parties = g_list_model_get_n_items (parties);
  if (n_parties == 0)
    add (findings, RAMPART_SEVERITY_WARNING, "4.2", NULL,
         _("No interested parties are recorded: name the customers, staff, regulators and suppliers whose requirements the ISMS must know."));

  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr(RampartInterestedParty) party = g_list_model_get_item (parties, i);
      GListModel *requirements = G_LIST_MODEL (rampart_interested_party_get_requirements (party));
      const char *name = rampart_interested_party_get_name (party);
      guint n_requirements = g_list_model_get_n_items (requirements);

      if (*name == '\0')
        name = _("An unnamed interested party");

      if (n_requirements == 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("%s has no requirements: note what they expect of the organisation’s information security."), name);

          add (findings, RAMPART_SEVERITY_WARNING, "4.2", party, message);
        }

      for (guint j = 0; j < n_requirements; j++)
        {
          g_autoptr(RampartRequirement) requirement = g_list_model_get_item (requirements, j);
          g_autofree char *message = NULL;

          if (rampart_requirement_get_decision (requirement) != RAMPART_DECISION_UNDECIDED)
            continue;

          if (*rampart_requirement_get_text (requirement) != '\0')
            message = g_strdup_printf (_("%s: it is not decided whether the ISMS addresses “%s”."),
                                       name, rampart_requirement_get_text (requirement));
          else
            message = g_strdup_printf (_("%s has an empty requirement that is not decided."), name);
          add (findings, RAMPART_SEVERITY_WARNING, "4.2", requirement, message);
        }
    }

  return G_LIST_MODEL (findings);
}

static gboolean
has_kind (GListModel           *items,
          RampartScopeItemKind  kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RampartScopeItem) item = g_list_model_get_item (items, i);

      if (rampart_scope_item_get_kind (item) == kind)
        return TRUE;
    }

  return FALSE;
}

/**
 * rampart_check_scope:
 * @workspace: a workspace
 *
 * Clause 4.3: a scope statement that says enough, exclusions with their
 * justification, and the boundaries an auditor asks about first.
 *
 * Returns: (transfer full): a list of #RampartFinding
 */
GListModel *
rampart_check_scope (RampartWorkspace *workspace)
{
  GListStore *findings = g_list_store_new (RAMPART_TYPE_FINDING);
  RampartScope *scope;
  GListModel *items;
  const char *statement;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (workspace), NULL);

  scope = rampart_workspace_get_scope (workspace);
  items = G_LIST_MODEL (rampart_workspace_get_scope_items (workspace));
  statement = rampart_scope_get_statement (scope);

  if (count_words (statement) == 0)
    add (findings, RAMPART_SEVERITY_ERROR, "4.3", scope,
         _("The scope has no statement: say in a few sentences which services, locations and teams the ISMS covers."));
  else if (count_words (statement) < MIN_STATEMENT_WORDS)
    add (findings, RAMPART_SEVERITY_ADVICE, "4.3", scope,
         _("The scope statement is very short: auditors expect it to name the services, locations and teams it covers."));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RampartScopeItem) item = g_list_model_get_item (items, i);
      g_autofree char *message = NULL;

      if (rampart_scope_item_get_kind (item) != RAMPART_SCOPE_ITEM_EXCLUSION ||
          count_words (rampart_scope_item_get_detail (item)) > 0)
        continue;

      if (*rampart_scope_item_get_name (item) != '\0')
        message = g_strdup_printf (_("The exclusion “%s” has no justification: say why it is outside the scope."),
                                   rampart_scope_item_get_name (item));
      else
        message = g_strdup (_("An exclusion has no name and no justification."));
      add (findings, RAMPART_SEVERITY_ERROR, "4.3", item, message);
    }

  if (!has_kind (items, RAMPART_SCOPE_ITEM_PROCESS))
    add (findings, RAMPART_SEVERITY_WARNING, "4.3", NULL,
         _("The scope names no process or service: list what the organisation does that the ISMS protects."));
  if (!has_kind (items, RAMPART_SCOPE_ITEM_LOCATION))
    add (findings, RAMPART_SEVERITY_WARNING, "4.3", NULL,
         _("The scope names no location: list the offices and sites it covers, and remote work if staff work from home."));
  if (!has_kind (items, RAMPART_SCOPE_ITEM_INTERFACE))
    add (findings, RAMPART_SEVERITY_WARNING, "4.3", NULL,
         _("The scope names no interfaces or dependencies: list the other organisations and services the ISMS relies on, such as a cloud provider."));

  sort_by_severity (findings);

  return G_LIST_MODEL (findings);
}

/**
 * rampart_check_context:
 * @workspace: a workspace
 *
 * Every check of clause 4, in the clauses' order.
 *
 * Returns: (transfer full): a list of #RampartFinding
 */
GListModel *
rampart_check_context (RampartWorkspace *workspace)
{
  GListModel *(*checks[]) (RampartWorkspace *) = {
    rampart_check_context_issues,
    rampart_check_interested_parties,
    rampart_check_scope,
  };
  GListStore *findings = g_list_store_new (RAMPART_TYPE_FINDING);

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (workspace), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_autoptr(GListModel) some = checks[i] (workspace);

      for (guint j = 0; j < g_list_model_get_n_items (some); j++)
        {
          g_autoptr(GObject) finding = g_list_model_get_item (some, j);

          g_list_store_append (findings, finding);
        }
    }

  return G_LIST_MODEL (findings);
}

static void
add_risk (GListStore      *findings,
          RampartSeverity  severity,
          const char      *clause,
          RampartRisk     *risk,
          const char      *format,
          ...) G_GNUC_PRINTF (5, 6);

/* A finding about a risk, whose message starts with the risk's code. */
static void
add_risk (GListStore      *findings,
          RampartSeverity  severity,
          const char      *clause,
          RampartRisk     *risk,
          const char      *format,
          ...)
{
  g_autofree char *code = rampart_risk_dup_code (risk);
  va_list args;

  va_start (args, format);
  add_about (findings, severity, clause, risk, code, format, args);
  va_end (args);
}

/**
 * rampart_check_risks:
 * @workspace: a workspace
 * @today: (nullable): the date to check due dates against, YYYY-MM-DD; %NULL
 *   for today
 *
 * Clauses 6.1.2, 6.1.3 and 8.3, and Annex A 5.9: what a risk register and
 * its treatment plan miss, risk by risk (closed risks aside), then asset by
 * asset.
 *
 * Returns: (transfer full): a list of #RampartFinding
 */
GListModel *
rampart_check_risks (RampartWorkspace *workspace,
                     const char       *today)
{
  GListStore *findings = g_list_store_new (RAMPART_TYPE_FINDING);
  g_autofree char *now = today != NULL ? g_strdup (today) : rampart_date_today ();
  RampartRiskMethod *method;
  GListModel *risks, *assets;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (workspace), NULL);

  method = rampart_workspace_get_risk_method (workspace);
  risks = G_LIST_MODEL (rampart_workspace_get_risks (workspace));
  assets = G_LIST_MODEL (rampart_workspace_get_assets (workspace));

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(RampartRisk) risk = g_list_model_get_item (risks, i);
      GListModel *actions = G_LIST_MODEL (rampart_risk_get_actions (risk));
      RampartTreatment treatment = rampart_risk_get_treatment (risk);
      guint inherent = rampart_risk_get_band (risk, method, RAMPART_RISK_INHERENT);
      guint residual = rampart_risk_get_band (risk, method, RAMPART_RISK_RESIDUAL);
      guint current = rampart_risk_get_current_band (risk, method);

      if (rampart_risk_get_status (risk) == RAMPART_RISK_STATUS_CLOSED)
        continue;

      if (*rampart_risk_get_owner (risk) == '\0')
        add_risk (findings, RAMPART_SEVERITY_WARNING, "6.1.2", risk,
                  _("the risk has no owner, who answers for it and accepts what remains."));

      if (treatment == RAMPART_TREATMENT_RETAIN && current != RAMPART_RISK_UNRATED &&
          !rampart_risk_method_is_acceptable (method, current) && !rampart_risk_get_accepted (risk))
        add_risk (findings, RAMPART_SEVERITY_ERROR, "6.1.3", risk,
                  _("retained above the acceptance criterion (%s), but its owner has not accepted it."),
                  rampart_risk_method_get_band_name (method, rampart_risk_method_get_acceptance_band (method)));

      if (treatment == RAMPART_TREATMENT_MODIFY && rampart_risk_get_control_ids (risk)[0] == NULL &&
          g_list_model_get_n_items (actions) == 0)
        add_risk (findings, RAMPART_SEVERITY_WARNING, "6.1.3", risk,
                  _("to be modified, but no control or action says how."));

      if (inherent != RAMPART_RISK_UNRATED && residual != RAMPART_RISK_UNRATED &&
          (residual > inherent ||
           rampart_risk_get_likelihood (risk, RAMPART_RISK_RESIDUAL) > rampart_risk_get_likelihood (risk, RAMPART_RISK_INHERENT) ||
           rampart_risk_get_impact (risk, method, RAMPART_RISK_RESIDUAL) > rampart_risk_get_impact (risk, method, RAMPART_RISK_INHERENT)))
        add_risk (findings, RAMPART_SEVERITY_WARNING, "6.1.2", risk,
                  _("rated higher after treatment than before it."));

      if (rampart_risk_get_acceptance_stale (risk, method))
        add_risk (findings, RAMPART_SEVERITY_WARNING, "6.1.3", risk,
                  _("accepted for another residual rating than it has now: the acceptance needs renewing."));

      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(RampartRiskAction) action = g_list_model_get_item (actions, j);
          const char *due = rampart_risk_action_get_due_on (action);
          g_autofree char *code = NULL;
          g_autofree char *message = NULL;

          if (!rampart_risk_action_is_overdue (action, now))
            continue;

          code = rampart_risk_dup_code (risk);
          /* Translators: an action, the risk it treats, and the date it was due */
          message = g_strdup_printf (_("The action “%s” for %s is overdue: it was due on %s."),
                                     rampart_risk_action_get_what (action), code, due);
          add (findings, RAMPART_SEVERITY_WARNING, "8.3", action, message);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(RampartAsset) asset = g_list_model_get_item (assets, i);
      g_autofree char *message = NULL;

      if (*rampart_asset_get_owner (asset) != '\0')
        continue;

      message = g_strdup_printf (_("The asset “%s” has no owner."), rampart_asset_get_name (asset));
      add (findings, RAMPART_SEVERITY_WARNING, "A.5.9", asset, message);
    }

  return G_LIST_MODEL (findings);
}

static void
add_control (GListStore      *findings,
             RampartSeverity  severity,
             RampartSoaEntry *entry,
             const char      *format,
             ...) G_GNUC_PRINTF (4, 5);

/* A finding about a control of the Statement of Applicability, whose message starts with its id. */
static void
add_control (GListStore      *findings,
             RampartSeverity  severity,
             RampartSoaEntry *entry,
             const char      *format,
             ...)
{
  va_list args;

  va_start (args, format);
  add_about (findings, severity, "6.1.3", entry, rampart_soa_entry_get_control_id (entry), format, args);
  va_end (args);
}

/**
 * rampart_check_soa:
 * @workspace: a workspace
 *
 * Clause 6.1.3 d: every control of the Statement of Applicability is
 * decided; every exclusion is justified and none leaves a risk without the
 * control its treatment relies on; every included control has a reason;
 * every implemented one says how.
 *
 * Returns: (transfer full): a list of #RampartFinding
 */
GListModel *
rampart_check_soa (RampartWorkspace *workspace)
{
  GListStore *findings = g_list_store_new (RAMPART_TYPE_FINDING);
  GListModel *entries;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (workspace), NULL);

  entries = G_LIST_MODEL (rampart_workspace_get_soa_entries (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RampartSoaEntry) entry = g_list_model_get_item (entries, i);
      g_autoptr(GPtrArray) risks = rampart_soa_entry_list_risks (entry);
      g_autofree char *justification = g_strstrip (g_strdup (rampart_soa_entry_get_justification (entry)));

      if (rampart_soa_entry_get_own (entry) && *rampart_soa_entry_get_title (entry) == '\0')
        add_control (findings, RAMPART_SEVERITY_WARNING, entry, _("the control has no title."));

      switch (rampart_soa_entry_get_applicability (entry))
        {
        case RAMPART_APPLICABILITY_UNDECIDED:
          add_control (findings, RAMPART_SEVERITY_ERROR, entry,
                       _("not yet decided whether the control applies."));
          break;

        case RAMPART_APPLICABILITY_EXCLUDED:
          if (*justification == '\0')
            add_control (findings, RAMPART_SEVERITY_ERROR, entry,
                         _("the control is excluded without a justification."));
          if (risks->len > 0)
            {
              g_autoptr(GString) codes = g_string_new (NULL);

              for (guint r = 0; r < risks->len; r++)
                {
                  g_autofree char *code = rampart_risk_dup_code (g_ptr_array_index (risks, r));

                  g_string_append_printf (codes, "%s%s", r > 0 ? ", " : "", code);
                }
              add_control (findings, RAMPART_SEVERITY_ERROR, entry,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "the control is excluded, but the treatment of risk %s relies on it.",
                                        "the control is excluded, but the treatment of risks %s relies on it.",
                                        risks->len),
                           codes->str);
            }
          break;

        case RAMPART_APPLICABILITY_INCLUDED:
          if (risks->len == 0 && !rampart_soa_entry_has_any_reason (entry))
            add_control (findings, RAMPART_SEVERITY_WARNING, entry,
                         _("the control is included without a reason: link a risk or tick the requirement behind it."));
          if (rampart_soa_entry_get_implementation (entry) == RAMPART_IMPLEMENTATION_IMPLEMENTED &&
              *rampart_soa_entry_get_how (entry) == '\0')
            add_control (findings, RAMPART_SEVERITY_WARNING, entry,
                         _("the control is implemented, but nothing says how."));
          break;

        default:
          break;
        }

      if (rampart_soa_entry_get_to_review (entry))
        add_control (findings, RAMPART_SEVERITY_WARNING, entry,
                     _("the decision was imported from a 2013 Statement of Applicability and is still to review."));
    }

  sort_by_severity (findings);
  return G_LIST_MODEL (findings);
}

static void
add_policy (GListStore      *findings,
            RampartSeverity  severity,
            const char      *clause,
            RampartPolicy   *policy,
            const char      *format,
            ...) G_GNUC_PRINTF (5, 6);

/* A finding about a policy, whose message starts with its identifier. */
static void
add_policy (GListStore      *findings,
            RampartSeverity  severity,
            const char      *clause,
            RampartPolicy   *policy,
            const char      *format,
            ...)
{
  g_autofree char *name = rampart_record_dup_title (RAMPART_RECORD (policy));
  va_list args;

  va_start (args, format);
  add_about (findings, severity, clause, policy, *name != '\0' ? name : _("Untitled policy"), format, args);
  va_end (args);
}

/**
 * rampart_check_policies:
 * @workspace: a workspace
 * @today: (nullable): the date to check reviews against, YYYY-MM-DD; %NULL
 *   for today
 *
 * Clauses 5.2 and 7.5, and Annex A 5.1: an information security policy is
 * approved; every policy has its own identifier and an owner; a policy in
 * force has a review date that has not passed; no text keeps a place to
 * adapt or a placeholder Rampart does not know.
 *
 * Returns: (transfer full): a list of #RampartFinding
 */
GListModel *
rampart_check_policies (RampartWorkspace *workspace,
                        const char       *today)
{
  GListStore *findings = g_list_store_new (RAMPART_TYPE_FINDING);
  g_autoptr(GHashTable) identifiers = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *policies;
  RampartPolicy *main_policy = NULL;
  gboolean main_in_force = FALSE;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (workspace), NULL);

  policies = G_LIST_MODEL (rampart_workspace_get_policies (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (policies, i);
      RampartPolicyStatus status = rampart_policy_get_status (policy);
      const char *identifier = rampart_policy_get_identifier (policy);
      const char *body = rampart_policy_get_body (policy);
      gboolean in_force = status != RAMPART_POLICY_RETIRED && rampart_policy_get_last_revision (policy) != NULL;
      guint to_adapt;
      g_auto(GStrv) unknown = NULL;

      if (rampart_policy_get_kind (policy) == RAMPART_POLICY_KIND_POLICY && status != RAMPART_POLICY_RETIRED)
        {
          if (main_policy == NULL || (in_force && !main_in_force))
            main_policy = policy;
          main_in_force |= in_force;
        }

      if (*identifier == '\0')
        add_policy (findings, RAMPART_SEVERITY_ERROR, "7.5", policy, _("the policy has no identifier."));
      else if (g_hash_table_contains (identifiers, identifier))
        add_policy (findings, RAMPART_SEVERITY_ERROR, "7.5", policy,
                    _("another policy has the same identifier."));
      else
        g_hash_table_add (identifiers, (gpointer) identifier);

      if (status == RAMPART_POLICY_RETIRED)
        continue;

      if (*rampart_policy_get_owner (policy) == '\0')
        add_policy (findings, RAMPART_SEVERITY_WARNING, "7.5", policy, _("the policy has no owner."));

      switch (rampart_policy_get_review_state (policy, today))
        {
        case RAMPART_REVIEW_OVERDUE:
          add_policy (findings, RAMPART_SEVERITY_WARNING, "7.5", policy,
                      _("its review was due on %s."), rampart_policy_get_next_review (policy));
          break;

        case RAMPART_REVIEW_DUE:
          add_policy (findings, RAMPART_SEVERITY_ADVICE, "7.5", policy,
                      _("its review is due on %s."), rampart_policy_get_next_review (policy));
          break;

        case RAMPART_REVIEW_NONE:
          if (in_force)
            add_policy (findings, RAMPART_SEVERITY_WARNING, "7.5", policy,
                        _("the policy is in force, but no review date is set."));
          break;

        case RAMPART_REVIEW_SCHEDULED:
        default:
          break;
        }

      to_adapt = rampart_placeholders_count (body, RAMPART_PLACEHOLDER_ADAPT);
      if (to_adapt > 0)
        add_policy (findings, RAMPART_SEVERITY_WARNING, "7.5", policy,
                    g_dngettext (GETTEXT_PACKAGE,
                                 "the text has %u place still to adapt to the organisation.",
                                 "the text has %u places still to adapt to the organisation.", to_adapt),
                    to_adapt);

      unknown = rampart_placeholders_dup_names (body, RAMPART_PLACEHOLDER_UNKNOWN);
      if (unknown[0] != NULL)
        {
          g_autofree char *names = g_strjoinv ("}}, {{", unknown);

          add_policy (findings, RAMPART_SEVERITY_WARNING, "7.5", policy,
                      _("Rampart does not know the placeholder {{%s}}."), names);
        }

      if (rampart_policy_get_control_ids (policy)[0] == NULL)
        add_policy (findings, RAMPART_SEVERITY_ADVICE, "A 5.1", policy,
                    _("the policy supports no Annex A control yet."));
    }

  if (main_policy == NULL)
    add (findings, RAMPART_SEVERITY_ERROR, "5.2", NULL,
         _("There is no information security policy: start one from its template."));
  else if (!main_in_force)
    add_policy (findings, RAMPART_SEVERITY_ERROR, "5.2", main_policy,
                _("the information security policy is not approved yet."));

  sort_by_severity (findings);
  return G_LIST_MODEL (findings);
}
