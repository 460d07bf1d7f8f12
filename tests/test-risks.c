/* test-risks.c: the risk method, assets, risks, their treatment and checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "rampart-checks.h"
#include "rampart-test-utils.h"
#include "rampart-workspace.h"

typedef struct
{
  RampartTestFixture  base;
  RampartWorkspace   *workspace;
  RampartHistory     *history;
} Fixture;

static void
open_workspace (Fixture *fixture)
{
  fixture->workspace = rampart_test_open_workspace (fixture->base.file);
  fixture->history = rampart_workspace_get_history (fixture->workspace);
}

static void
close_workspace (Fixture *fixture)
{
  rampart_test_close_workspace (&fixture->workspace);
}

static void
reopen (Fixture *fixture)
{
  close_workspace (fixture);
  open_workspace (fixture);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  example)
{
  rampart_test_fixture_setup (&fixture->base, example);
  open_workspace (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  if (fixture->workspace != NULL)
    close_workspace (fixture);
  rampart_test_fixture_teardown (&fixture->base, NULL);
}

static gpointer
item (RampartRecordList *list,
      guint              position)
{
  gpointer record = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_object_unref (record);
  return record;
}

static guint
n_items (gpointer list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static RampartRiskMethod *
method_of (Fixture *fixture)
{
  return rampart_workspace_get_risk_method (fixture->workspace);
}

static RampartRisk *
add_risk (Fixture    *fixture,
          const char *title,
          guint       likelihood,
          guint       impact)
{
  RampartRecord *risk = rampart_record_list_add (rampart_workspace_get_risks (fixture->workspace));

  g_object_set (risk, "title", title, "owner", "Tom",
                "inherent-likelihood", likelihood, "inherent-impact", impact, NULL);
  return RAMPART_RISK (risk);
}

/* The method */

static void
test_default_method (void)
{
  g_autoptr(RampartRiskMethod) method = rampart_risk_method_new_default ();
  static const struct {
    guint likelihood, impact;
    const char *band;
  } cells[] = {
    { 1, 1, "Low" }, { 2, 2, "Low" }, { 1, 4, "Low" }, { 1, 5, "Medium" }, { 3, 3, "Medium" },
    { 2, 5, "High" }, { 4, 4, "High" }, { 4, 5, "Critical" }, { 5, 5, "Critical" },
  };

  g_assert_cmpuint (rampart_risk_method_get_n_levels (method, RAMPART_RISK_SCALE_LIKELIHOOD), ==, 5);
  g_assert_cmpuint (rampart_risk_method_get_n_levels (method, RAMPART_RISK_SCALE_IMPACT), ==, 5);
  g_assert_cmpstr (rampart_risk_method_get_level_label (method, RAMPART_RISK_SCALE_LIKELIHOOD, 4), ==, "Likely");
  g_assert_cmpstr (rampart_risk_method_get_level_label (method, RAMPART_RISK_SCALE_IMPACT, 5), ==, "Severe");
  g_assert_cmpstr (rampart_risk_method_get_level_description (method, RAMPART_RISK_SCALE_IMPACT, 1), !=, "");
  g_assert_cmpuint (rampart_risk_method_get_n_bands (method), ==, 4);
  g_assert_cmpint (rampart_risk_method_get_mode (method), ==, RAMPART_RISK_LEVEL_MATRIX);

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      guint band = rampart_risk_method_rate (method, cells[i].likelihood, cells[i].impact);

      g_assert_cmpstr (rampart_risk_method_get_band_name (method, band), ==, cells[i].band);
    }

  /* Only the lowest band may be kept without treatment; an unrated risk is not rated at all. */
  g_assert_true (rampart_risk_method_is_acceptable (method, 0));
  g_assert_false (rampart_risk_method_is_acceptable (method, 1));
  g_assert_cmpuint (rampart_risk_method_rate (method, 0, 3), ==, RAMPART_RISK_UNRATED);
  g_assert_cmpuint (rampart_risk_method_rate (method, 6, 3), ==, RAMPART_RISK_UNRATED);
  g_assert_false (rampart_risk_method_is_acceptable (method, RAMPART_RISK_UNRATED));
}

/* Every size of scale from 3 to 7, either way: words for each level, and a matrix that rises. */
static void
test_every_scale_size (void)
{
  for (guint nl = RAMPART_RISK_MIN_LEVELS; nl <= RAMPART_RISK_MAX_LEVELS; nl++)
    for (guint ni = RAMPART_RISK_MIN_LEVELS; ni <= RAMPART_RISK_MAX_LEVELS; ni++)
      {
        g_autoptr(RampartRiskMethod) method = rampart_risk_method_new_default ();

        rampart_risk_method_set_n_levels (method, RAMPART_RISK_SCALE_LIKELIHOOD, nl);
        rampart_risk_method_set_n_levels (method, RAMPART_RISK_SCALE_IMPACT, ni);

        for (guint l = 1; l <= nl; l++)
          {
            g_assert_cmpstr (rampart_risk_method_get_level_label (method, RAMPART_RISK_SCALE_LIKELIHOOD, l), !=, "");
            g_assert_cmpstr (rampart_risk_method_get_level_description (method, RAMPART_RISK_SCALE_LIKELIHOOD, l), !=, "");
          }
        for (guint i = 1; i <= ni; i++)
          g_assert_cmpstr (rampart_risk_method_get_level_description (method, RAMPART_RISK_SCALE_IMPACT, i), !=, "");

        for (RampartRiskLevelMode mode = RAMPART_RISK_LEVEL_MATRIX; mode <= RAMPART_RISK_LEVEL_PRODUCT; mode++)
          {
            rampart_risk_method_set_mode (method, mode);
            g_assert_cmpuint (rampart_risk_method_rate (method, 1, 1), ==, 0);
            g_assert_cmpuint (rampart_risk_method_rate (method, nl, ni), ==, rampart_risk_method_get_n_bands (method) - 1);
            for (guint l = 1; l <= nl; l++)
              for (guint i = 1; i <= ni; i++)
                {
                  guint band = rampart_risk_method_rate (method, l, i);

                  g_assert_cmpuint (band, <, rampart_risk_method_get_n_bands (method));
                  if (l > 1)
                    g_assert_cmpuint (band, >=, rampart_risk_method_rate (method, l - 1, i));
                  if (i > 1)
                    g_assert_cmpuint (band, >=, rampart_risk_method_rate (method, l, i - 1));
                }
          }
      }
}

static void
test_product_mode (void)
{
  g_autoptr(RampartRiskMethod) method = rampart_risk_method_new_default ();

  rampart_risk_method_set_mode (method, RAMPART_RISK_LEVEL_PRODUCT);
  g_assert_cmpuint (rampart_risk_method_get_band_min_score (method, 1), ==, 5);
  g_assert_cmpuint (rampart_risk_method_rate (method, 2, 2), ==, 0);
  g_assert_cmpuint (rampart_risk_method_rate (method, 1, 5), ==, 1);

  /* The consultant's thresholds: medium from 6. */
  rampart_risk_method_set_band (method, 1, "Moderate", "#F6D32D", 6);
  g_assert_cmpuint (rampart_risk_method_rate (method, 1, 5), ==, 0);
  g_assert_cmpuint (rampart_risk_method_rate (method, 2, 3), ==, 1);
  g_assert_cmpstr (rampart_risk_method_get_band_colour (method, 1), ==, "#f6d32d");

  /* A matrix cell assigned by hand counts only in matrix mode. */
  rampart_risk_method_set_cell_band (method, 1, 1, 3);
  g_assert_cmpuint (rampart_risk_method_rate (method, 1, 1), ==, 0);
  rampart_risk_method_set_mode (method, RAMPART_RISK_LEVEL_MATRIX);
  g_assert_cmpuint (rampart_risk_method_rate (method, 1, 1), ==, 3);
}

static void
test_map_level (void)
{
  g_autoptr(RampartRiskMethod) five = rampart_risk_method_new_default ();
  g_autoptr(RampartRiskMethod) three = rampart_risk_method_copy (five);
  const guint down[] = { 0, 1, 2, 2, 3, 3 };
  const guint up[] = { 0, 1, 3, 5 };

  rampart_risk_method_set_n_levels (three, RAMPART_RISK_SCALE_LIKELIHOOD, 3);
  for (guint level = 0; level <= 5; level++)
    g_assert_cmpuint (rampart_risk_method_map_level (five, three, RAMPART_RISK_SCALE_LIKELIHOOD, level), ==, down[level]);
  for (guint level = 0; level <= 3; level++)
    g_assert_cmpuint (rampart_risk_method_map_level (three, five, RAMPART_RISK_SCALE_LIKELIHOOD, level), ==, up[level]);
  g_assert_cmpuint (rampart_risk_method_map_level (five, three, RAMPART_RISK_SCALE_IMPACT, 4), ==, 4);
}

static void
test_method_persists (Fixture       *fixture,
                      gconstpointer  unused)
{
  g_autoptr(RampartRiskMethod) method = rampart_risk_method_copy (method_of (fixture));
  g_autoptr(GError) error = NULL;

  rampart_risk_method_set_n_levels (method, RAMPART_RISK_SCALE_IMPACT, 4);
  rampart_risk_method_set_level (method, RAMPART_RISK_SCALE_IMPACT, 4, "Catastrophic", "The company folds.");
  rampart_risk_method_set_n_bands (method, 3);
  rampart_risk_method_set_band (method, 2, "Red", "#a51d2d", 9);
  rampart_risk_method_set_cell_band (method, 1, 4, 2);
  rampart_risk_method_set_acceptance_band (method, 1);
  rampart_risk_method_set_cia_impact (method, TRUE);
  g_assert_false (rampart_risk_method_equal (method, method_of (fixture)));

  g_assert_true (rampart_workspace_set_risk_method (fixture->workspace, method, &error));
  g_assert_no_error (error);
  g_assert_true (method_of (fixture) == method);

  reopen (fixture);
  g_assert_true (rampart_risk_method_equal (method_of (fixture), method));
  g_assert_cmpstr (rampart_risk_method_get_level_label (method_of (fixture), RAMPART_RISK_SCALE_IMPACT, 4), ==, "Catastrophic");
  g_assert_cmpuint (rampart_risk_method_rate (method_of (fixture), 1, 4), ==, 2);
  g_assert_true (rampart_risk_method_get_cia_impact (method_of (fixture)));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A change of method shows what it does first, then does it as one edit that undo takes back. */
static void
test_method_change (Fixture       *fixture,
                    gconstpointer  unused)
{
  RampartRisk *high = add_risk (fixture, "High", 4, 4);
  RampartRisk *low = add_risk (fixture, "Low", 1, 1);
  g_autoptr(RampartRiskMethod) before = g_object_ref (method_of (fixture));
  g_autoptr(RampartRiskMethod) three = rampart_risk_method_copy (before);
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_object_set (high, "residual-likelihood", 2, "residual-impact", 4, NULL);
  rampart_history_break_merge (fixture->history);
  rampart_risk_method_set_n_levels (three, RAMPART_RISK_SCALE_LIKELIHOOD, 3);

  /* The preview changes nothing. */
  changes = rampart_workspace_preview_risk_method (fixture->workspace, three);
  g_assert_cmpuint (n_items (changes), ==, 2);
  {
    g_autoptr(RampartRatingChange) change = g_list_model_get_item (changes, 0);

    g_assert_true (rampart_rating_change_get_risk (change) == high);
    g_assert_cmpint (rampart_rating_change_get_stage (change), ==, RAMPART_RISK_INHERENT);
    g_assert_true (rampart_rating_change_get_rescaled (change));
    g_assert_cmpuint (rampart_rating_change_get_old_band (change), ==, 2);
  }
  g_assert_true (method_of (fixture) == before);
  g_assert_cmpuint (rampart_risk_get_likelihood (high, RAMPART_RISK_INHERENT), ==, 4);

  g_signal_connect (fixture->workspace, "notify::risk-method", G_CALLBACK (count_notify), &notified);
  g_assert_true (rampart_workspace_set_risk_method (fixture->workspace, three, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (rampart_risk_get_likelihood (high, RAMPART_RISK_INHERENT), ==, 3);
  g_assert_cmpuint (rampart_risk_get_likelihood (high, RAMPART_RISK_RESIDUAL), ==, 2);
  g_assert_cmpuint (rampart_risk_get_likelihood (low, RAMPART_RISK_INHERENT), ==, 1);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "change to the risk method");

  /* One undo restores the method and every level it moved. */
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_true (method_of (fixture) == before);
  g_assert_cmpuint (rampart_risk_get_likelihood (high, RAMPART_RISK_INHERENT), ==, 4);
  g_assert_cmpuint (rampart_risk_get_likelihood (high, RAMPART_RISK_RESIDUAL), ==, 2);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), !=, "change to the risk method");

  g_assert_true (rampart_history_redo (fixture->history));
  g_assert_true (method_of (fixture) == three);
  g_assert_cmpuint (rampart_risk_get_likelihood (high, RAMPART_RISK_INHERENT), ==, 3);
  g_signal_handlers_disconnect_by_data (fixture->workspace, &notified);

  reopen (fixture);
  g_assert_cmpuint (rampart_risk_method_get_n_levels (method_of (fixture), RAMPART_RISK_SCALE_LIKELIHOOD), ==, 3);
  g_assert_cmpuint (rampart_risk_get_likelihood (item (rampart_workspace_get_risks (fixture->workspace), 0),
                                                 RAMPART_RISK_INHERENT), ==, 3);
}

/* Rating impact on C, I and A apart, or not, moves no band. */
static void
test_cia_switch (Fixture       *fixture,
                 gconstpointer  unused)
{
  RampartRisk *risk = add_risk (fixture, "Laptop theft", 3, 4);
  g_autoptr(RampartRiskMethod) cia = rampart_risk_method_copy (method_of (fixture));
  g_autoptr(RampartRiskMethod) single = NULL;
  g_autoptr(GListModel) changes = NULL;
  guint band = rampart_risk_get_band (risk, method_of (fixture), RAMPART_RISK_INHERENT);

  rampart_risk_method_set_cia_impact (cia, TRUE);
  changes = rampart_workspace_preview_risk_method (fixture->workspace, cia);
  g_assert_cmpuint (n_items (changes), ==, 1);
  {
    g_autoptr(RampartRatingChange) change = g_list_model_get_item (changes, 0);

    g_assert_cmpuint (rampart_rating_change_get_new_band (change), ==, band);
  }
  g_assert_true (rampart_workspace_set_risk_method (fixture->workspace, cia, NULL));
  g_assert_cmpuint (rampart_risk_get_band (risk, method_of (fixture), RAMPART_RISK_INHERENT), ==, band);

  /* The highest of the three counts. */
  g_object_set (risk, "inherent-availability", 5, NULL);
  g_assert_cmpuint (rampart_risk_get_impact (risk, method_of (fixture), RAMPART_RISK_INHERENT), ==, 5);

  single = rampart_risk_method_copy (method_of (fixture));
  rampart_risk_method_set_cia_impact (single, FALSE);
  g_assert_true (rampart_workspace_set_risk_method (fixture->workspace, single, NULL));
  g_assert_cmpuint (rampart_risk_get_impact (risk, method_of (fixture), RAMPART_RISK_INHERENT), ==, 4);
}

/* Records */

static void
test_catalogue (Fixture       *fixture,
                gconstpointer  unused)
{
  RampartRecordList *threats = rampart_workspace_get_threats (fixture->workspace);
  RampartRecordList *vulnerabilities = rampart_workspace_get_vulnerabilities (fixture->workspace);
  RampartRecord *own;

  g_assert_cmpuint (n_items (threats), ==, 30);
  g_assert_cmpuint (n_items (vulnerabilities), ==, 30);
  g_assert_true (rampart_threat_get_builtin (item (threats, 0)));
  g_assert_cmpstr (rampart_threat_get_category (item (threats, 0)), !=, "");
  g_assert_cmpstr (rampart_vulnerability_get_description (item (vulnerabilities, 0)), !=, "");

  /* People add their own. */
  own = rampart_record_list_add (threats);
  g_object_set (own, "name", "Drone over the car park", NULL);
  g_assert_false (rampart_threat_get_builtin (RAMPART_THREAT (own)));
  reopen (fixture);
  g_assert_cmpuint (n_items (rampart_workspace_get_threats (fixture->workspace)), ==, 31);
}

static void
test_risk_lifecycle (Fixture       *fixture,
                     gconstpointer  unused)
{
  RampartRecordList *assets = rampart_workspace_get_assets (fixture->workspace);
  RampartRecordList *risks = rampart_workspace_get_risks (fixture->workspace);
  RampartRecord *laptops = rampart_record_list_add (assets);
  RampartRecord *data = rampart_record_list_add (assets);
  RampartRisk *risk;
  RampartRecord *action;
  const char *controls[] = { "8.24", "5.10", "8.1", "5.10", NULL };
  gint64 ids[2];
  gsize n = 0;
  const gint64 *linked;
  g_autofree char *code = NULL;

  g_object_set (laptops, "name", "Laptops", "kind", RAMPART_ASSET_HARDWARE, "owner", "Tom", NULL);
  g_object_set (data, "name", "Payroll data", "classification", RAMPART_CLASSIFICATION_RESTRICTED,
                "confidentiality", RAMPART_ASSET_VALUE_HIGH, "in-scope", TRUE, NULL);
  ids[0] = rampart_record_get_id (data);
  ids[1] = rampart_record_get_id (laptops);

  risk = add_risk (fixture, "Lost laptop", 3, 4);
  code = rampart_risk_dup_code (risk);
  g_assert_cmpstr (code, ==, "R-001");
  g_object_set (risk,
                "threat-id", rampart_record_get_id (item (rampart_workspace_get_threats (fixture->workspace), 7)),
                "treatment", RAMPART_TREATMENT_MODIFY,
                "residual-likelihood", 1, "residual-impact", 4,
                "next-review", "2027-06-01",
                "status", RAMPART_RISK_STATUS_TREATING,
                NULL);
  rampart_risk_set_asset_ids (risk, ids, 2);
  rampart_risk_set_control_ids (risk, controls);
  action = rampart_record_list_add (rampart_risk_get_actions (risk));
  g_object_set (action, "what", "Encrypt every laptop", "due-on", "2027-01-31", "control-id", "8.24", NULL);

  /* Sets have one order and no repeats. */
  g_assert_cmpstrv (rampart_risk_get_control_ids (risk), ((const char *[]) { "5.10", "8.1", "8.24", NULL }));
  linked = rampart_risk_get_asset_ids (risk, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (linked[0], <, linked[1]);

  reopen (fixture);
  risks = rampart_workspace_get_risks (fixture->workspace);
  risk = item (risks, 0);
  g_assert_cmpstr (rampart_risk_get_title (risk), ==, "Lost laptop");
  g_assert_cmpint (rampart_risk_get_treatment (risk), ==, RAMPART_TREATMENT_MODIFY);
  g_assert_cmpint (rampart_risk_get_status (risk), ==, RAMPART_RISK_STATUS_TREATING);
  g_assert_cmpuint (rampart_risk_get_band (risk, method_of (fixture), RAMPART_RISK_INHERENT), ==, 2);
  g_assert_cmpuint (rampart_risk_get_band (risk, method_of (fixture), RAMPART_RISK_RESIDUAL), ==, 0);
  g_assert_cmpint (rampart_risk_get_threat_id (risk), >, 0);
  g_assert_cmpint (rampart_risk_get_vulnerability_id (risk), ==, 0);
  g_assert_true (rampart_risk_has_control (risk, "8.24"));
  g_assert_true (rampart_risk_has_asset (risk, ids[1]));
  g_assert_cmpuint (n_items (rampart_risk_get_actions (risk)), ==, 1);
  g_assert_cmpstr (rampart_risk_action_get_due_on (item (rampart_risk_get_actions (risk), 0)), ==, "2027-01-31");
  g_assert_cmpint (rampart_asset_get_classification (item (rampart_workspace_get_assets (fixture->workspace), 1)),
                   ==, RAMPART_CLASSIFICATION_RESTRICTED);

  /* A deleted risk comes back whole: links, actions and code. */
  g_object_ref (risk);
  g_assert_true (rampart_record_list_remove (risks, RAMPART_RECORD (risk)));
  g_assert_true (rampart_history_undo (fixture->history));
  g_object_unref (risk);
  reopen (fixture);
  risk = item (rampart_workspace_get_risks (fixture->workspace), 0);
  g_clear_pointer (&code, g_free);
  code = rampart_risk_dup_code (risk);
  g_assert_cmpstr (code, ==, "R-001");
  g_assert_true (rampart_risk_has_control (risk, "5.10"));
  g_assert_true (rampart_risk_has_asset (risk, ids[0]));
  g_assert_cmpuint (n_items (rampart_risk_get_actions (risk)), ==, 1);

  /* Dates are dates. */
  g_test_expect_message ("rampart-record", G_LOG_LEVEL_WARNING, "*dates are written YYYY-MM-DD*");
  g_object_set (risk, "next-review", "next spring", NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (rampart_risk_get_next_review (risk), ==, "2027-06-01");
}

/* A deleted asset stays in its risks' links, so that undo brings both back. */
static void
test_deleted_asset (Fixture       *fixture,
                    gconstpointer  unused)
{
  RampartRecordList *assets = rampart_workspace_get_assets (fixture->workspace);
  RampartRecord *asset = rampart_record_list_add (assets);
  RampartRisk *risk = add_risk (fixture, "Fire", 1, 5);
  gint64 id = rampart_record_get_id (asset);

  rampart_risk_set_asset_ids (risk, &id, 1);
  g_object_ref (asset);
  g_assert_true (rampart_record_list_remove (assets, asset));
  g_assert_true (rampart_risk_has_asset (risk, id));
  rampart_history_undo (fixture->history);
  g_assert_cmpuint (n_items (assets), ==, 1);
  g_assert_cmpint (rampart_record_get_id (item (assets, 0)), ==, id);
  g_object_unref (asset);

  reopen (fixture);
  g_assert_true (rampart_risk_has_asset (item (rampart_workspace_get_risks (fixture->workspace), 0), id));
}

static void
test_acceptance (Fixture       *fixture,
                 gconstpointer  unused)
{
  RampartRisk *risk = add_risk (fixture, "Office flood", 2, 4);

  g_object_set (risk, "treatment", RAMPART_TREATMENT_RETAIN, "residual-likelihood", 2, "residual-impact", 4, NULL);
  g_assert_false (rampart_risk_get_accepted (risk));

  rampart_risk_accept (risk, method_of (fixture), "Daniel", "2026-11-02", "Insured, and the data lives in the cloud.");
  g_assert_true (rampart_risk_get_accepted (risk));
  g_assert_false (rampart_risk_get_acceptance_stale (risk, method_of (fixture)));
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, "acceptance of the risk");

  /* A new residual rating makes the acceptance stale, until it is accepted again. */
  g_object_set (risk, "residual-impact", 5, NULL);
  g_assert_true (rampart_risk_get_acceptance_stale (risk, method_of (fixture)));
  rampart_history_undo (fixture->history);
  g_assert_false (rampart_risk_get_acceptance_stale (risk, method_of (fixture)));

  /* Undoing the acceptance takes back all of it in one step. */
  rampart_history_undo (fixture->history);
  g_assert_false (rampart_risk_get_accepted (risk));
  g_assert_cmpstr (rampart_risk_get_accepted_on (risk), ==, "");
}

/* Checks */

static gboolean
has_finding (GListModel      *findings,
             RampartSeverity  severity,
             gpointer         record,
             const char      *words)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      if (rampart_finding_get_severity (finding) == severity &&
          rampart_finding_get_record (finding) == record &&
          strstr (rampart_finding_get_message (finding), words) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_checks (Fixture       *fixture,
             gconstpointer  unused)
{
  RampartRisk *retained = add_risk (fixture, "Retained", 4, 4);
  RampartRisk *modified = add_risk (fixture, "Modified", 3, 3);
  RampartRisk *worse = add_risk (fixture, "Worse", 2, 2);
  RampartRisk *stale = add_risk (fixture, "Stale", 3, 3);
  RampartRisk *orphan = add_risk (fixture, "Orphan", 1, 1);
  RampartRisk *closed = add_risk (fixture, "Closed", 5, 5);
  RampartRecord *asset = rampart_record_list_add (rampart_workspace_get_assets (fixture->workspace));
  RampartRecord *late, *done;
  g_autoptr(GListModel) findings = NULL;

  g_object_set (asset, "name", "Router", NULL);
  g_object_set (retained, "treatment", RAMPART_TREATMENT_RETAIN, NULL);
  g_object_set (modified, "treatment", RAMPART_TREATMENT_MODIFY, NULL);
  g_object_set (worse, "residual-likelihood", 3, "residual-impact", 2, NULL);
  g_object_set (stale, "residual-likelihood", 2, "residual-impact", 3, NULL);
  rampart_risk_accept (stale, method_of (fixture), "Daniel", "2026-10-01", "");
  g_object_set (stale, "residual-likelihood", 3, NULL);
  g_object_set (orphan, "owner", "", NULL);
  g_object_set (closed, "treatment", RAMPART_TREATMENT_RETAIN, "owner", "", "status", RAMPART_RISK_STATUS_CLOSED, NULL);
  late = rampart_record_list_add (rampart_risk_get_actions (modified));
  g_object_set (late, "what", "Buy a safe", "due-on", "2026-09-30", "status", RAMPART_ACTION_IN_PROGRESS, NULL);
  done = rampart_record_list_add (rampart_risk_get_actions (modified));
  g_object_set (done, "what", "Count the keys", "due-on", "2026-09-30", "status", RAMPART_ACTION_DONE, NULL);

  findings = rampart_check_risks (fixture->workspace, "2026-11-23");
  g_assert_true (has_finding (findings, RAMPART_SEVERITY_ERROR, retained, "R-001: retained above the acceptance criterion (Low)"));
  g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, worse, "higher after treatment"));
  g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, stale, "acceptance needs renewing"));
  g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, orphan, "has no owner"));
  g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, late, "“Buy a safe” for R-002 is overdue"));
  g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, asset, "“Router” has no owner"));
  g_assert_cmpuint (n_items (findings), ==, 6);

  /* With its actions, a modified risk says how; without them or a control, it does not. */
  g_object_set (late, "status", RAMPART_ACTION_DONE, NULL);
  rampart_record_list_remove (rampart_risk_get_actions (modified), late);
  rampart_record_list_remove (rampart_risk_get_actions (modified), done);
  g_clear_object (&findings);
  findings = rampart_check_risks (fixture->workspace, "2026-11-23");
  g_assert_true (has_finding (findings, RAMPART_SEVERITY_WARNING, modified, "no control or action"));
  rampart_risk_set_control_ids (modified, (const char *[]) { "7.4", NULL });
  g_clear_object (&findings);
  findings = rampart_check_risks (fixture->workspace, "2026-11-23");
  g_assert_false (has_finding (findings, RAMPART_SEVERITY_WARNING, modified, "no control or action"));

  /* Accepted by its owner, the retained risk is in order. */
  rampart_risk_accept (retained, method_of (fixture), "Tom", "2026-11-20", "Cheaper to bear.");
  g_clear_object (&findings);
  findings = rampart_check_risks (fixture->workspace, "2026-11-23");
  g_assert_false (has_finding (findings, RAMPART_SEVERITY_ERROR, retained, "retained"));
}

/* The example's register holds together: one overdue action is all the checks find. */
static void
test_example (Fixture       *fixture,
              gconstpointer  unused)
{
  g_autoptr(GListModel) findings = rampart_check_risks (fixture->workspace, "2026-11-23");
  RampartRecordList *risks = rampart_workspace_get_risks (fixture->workspace);
  guint accepted = 0;

  for (guint i = 0; i < n_items (findings); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      g_test_message ("%s", rampart_finding_get_message (finding));
    }
  g_assert_cmpuint (n_items (findings), ==, 1);
  {
    g_autoptr(RampartFinding) overdue = g_list_model_get_item (findings, 0);

    g_assert_true (RAMPART_IS_RISK_ACTION (rampart_finding_get_record (overdue)));
    g_assert_nonnull (strstr (rampart_finding_get_message (overdue), "for R-004 is overdue"));
  }

  g_assert_cmpuint (n_items (rampart_workspace_get_assets (fixture->workspace)), >=, 20);
  g_assert_cmpuint (n_items (risks), >=, 25);
  for (guint i = 0; i < n_items (risks); i++)
    {
      RampartRisk *risk = item (risks, i);

      g_assert_cmpstr (rampart_risk_get_owner (risk), !=, "");
      g_assert_cmpuint (rampart_risk_get_band (risk, method_of (fixture), RAMPART_RISK_INHERENT), !=, RAMPART_RISK_UNRATED);
      if (rampart_risk_get_accepted (risk))
        accepted++;
    }
  g_assert_cmpuint (accepted, >, 0);
}

/* Files */

/* A search finds what a record holds now: after an edit, a new action, an undo, a reopening. */
static void
test_search_follows_edits (Fixture       *fixture,
                           gconstpointer  unused)
{
  RampartRecord *risk = rampart_record_list_add (rampart_workspace_get_risks (fixture->workspace));
  RampartRecord *action;

  g_object_set (risk, "title", "Ransomware on the file server", NULL);
  g_assert_true (rampart_record_matches (risk, "RANSOMWARE file"));
  g_assert_false (rampart_record_matches (risk, "laptop"));

  g_object_set (risk, "title", "Stolen laptop", NULL);
  g_assert_true (rampart_record_matches (risk, "laptop"));
  g_assert_false (rampart_record_matches (risk, "ransomware"));

  /* A risk is found by the words of its actions too. */
  action = rampart_record_list_add (rampart_risk_get_actions (RAMPART_RISK (risk)));
  g_assert_false (rampart_record_matches (risk, "encryption"));
  g_object_set (action, "what", "Full-disk encryption on every laptop", NULL);
  g_assert_true (rampart_record_matches (risk, "laptop encryption"));

  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_false (rampart_record_matches (risk, "encryption"));
  g_assert_true (rampart_history_redo (fixture->history));
  g_assert_true (rampart_record_matches (risk, "encryption"));

  /* Deleting the action takes its words away. */
  rampart_record_list_remove (rampart_risk_get_actions (RAMPART_RISK (risk)), action);
  g_assert_false (rampart_record_matches (risk, "encryption"));
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_true (rampart_record_matches (risk, "encryption"));

  reopen (fixture);
  {
    g_autoptr(RampartRecord) saved = g_list_model_get_item (G_LIST_MODEL (rampart_workspace_get_risks (fixture->workspace)), 0);

    g_assert_true (rampart_record_matches (saved, "stolen encryption"));
  }
}

static void
test_damaged_method (void)
{
  g_autofree char *dir = rampart_test_make_dir ();
  g_autofree char *path = rampart_test_new_workspace (dir, "Damaged.isms", FALSE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  /* Another program removed the bands of the method. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM risk_band WHERE band > 0", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = rampart_test_read (path);

  workspace = rampart_workspace_open (file, NULL, &error);
  g_assert_null (workspace);
  g_assert_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "risk method"));
  rampart_test_assert_file_is (path, before);

  rampart_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/risk-method/default", test_default_method);
  g_test_add_func ("/core/risk-method/every-scale-size", test_every_scale_size);
  g_test_add_func ("/core/risk-method/product-mode", test_product_mode);
  g_test_add_func ("/core/risk-method/map-level", test_map_level);
  g_test_add_func ("/core/risk-method/damaged-file", test_damaged_method);

#define ADD(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (FALSE), fixture_setup, func, fixture_teardown)
  ADD ("/core/risk-method/persists", test_method_persists);
  ADD ("/core/risk-method/change-shows-then-undoes", test_method_change);
  ADD ("/core/risk-method/cia-switch-keeps-bands", test_cia_switch);
  ADD ("/core/risk/catalogue", test_catalogue);
  ADD ("/core/risk/create-edit-delete", test_risk_lifecycle);
  ADD ("/core/risk/deleted-asset-keeps-links", test_deleted_asset);
  ADD ("/core/risk/acceptance", test_acceptance);
  ADD ("/core/risk/checks", test_checks);
  ADD ("/core/risk/search-follows-edits", test_search_follows_edits);
  g_test_add ("/core/risk/example", Fixture, GINT_TO_POINTER (TRUE), fixture_setup, test_example, fixture_teardown);
#undef ADD

  return g_test_run ();
}
