/* test-risk-pages.c: the risk register, the risk editor, the heat maps, the method and the assets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (build-aux/dev test). Set RAMPART_TEST_SCREENSHOTS to a
 * folder to get PNGs of the screens these tests visit.
 */

#include "config.h"

#include <adwaita.h>

#include "rampart-accept-dialog.h"
#include "rampart-application.h"
#include "rampart-band-label.h"
#include "rampart-gui-test-utils.h"
#include "rampart-heat-map-view.h"
#include "rampart-method-window.h"
#include "rampart-picker-window.h"
#include "rampart-record-page.h"
#include "rampart-record-row.h"
#include "rampart-risk-editor.h"
#include "rampart-risks-page.h"
#include "rampart-test-utils.h"
#include "rampart-window.h"

/* One application for the whole run, as in the real program. */
static RampartApplication *application;

typedef struct
{
  RampartTestFixture  base;
  RampartWindow      *window;
  RampartWorkspace   *workspace;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  example)
{
  g_autoptr(GError) error = NULL;

  rampart_test_fixture_setup (&fixture->base, example);
  fixture->window = g_object_ref (rampart_window_new (application));
  g_assert_true (rampart_window_open_file (fixture->window, fixture->base.file, &error));
  g_assert_no_error (error);
  fixture->workspace = rampart_window_get_workspace (fixture->window);
  rampart_workspace_set_autosave_delay (fixture->workspace, 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  GtkWidget *other;

  /* Dialogs a test left open go first. */
  while ((other = rampart_test_find_window (ADW_TYPE_MESSAGE_DIALOG)) != NULL ||
         (other = rampart_test_find_window (RAMPART_TYPE_METHOD_WINDOW)) != NULL ||
         (other = rampart_test_find_window (RAMPART_TYPE_PICKER_WINDOW)) != NULL)
    gtk_window_destroy (GTK_WINDOW (other));

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rampart_test_iterate ();
  g_clear_object (&fixture->window);
  rampart_test_fixture_teardown (&fixture->base, NULL);
}

static RampartRisksPage *
open_risks (Fixture *fixture)
{
  GtkWidget *page;

  rampart_window_show_section (fixture->window, "risks");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  rampart_test_iterate ();

  page = rampart_test_find_widget (GTK_WIDGET (fixture->window), RAMPART_TYPE_RISKS_PAGE, NULL);
  g_assert_nonnull (page);
  return RAMPART_RISKS_PAGE (page);
}

static GtkWidget *
child (gpointer    root,
       GType       type,
       const char *id)
{
  GtkWidget *widget = rampart_test_find_widget (GTK_WIDGET (root), type, id);

  g_assert_nonnull (widget);
  return widget;
}

static RampartHeatMapView *
heat_map (RampartRisksPage *page,
          RampartRiskStage  stage)
{
  return RAMPART_HEAT_MAP_VIEW (child (page, RAMPART_TYPE_HEAT_MAP_VIEW,
                                       stage == RAMPART_RISK_INHERENT ? "inherent_map" : "residual_map"));
}

static RampartRisk *
risk_with_code (Fixture    *fixture,
                const char *code)
{
  GListModel *risks = G_LIST_MODEL (rampart_workspace_get_risks (fixture->workspace));

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(RampartRisk) risk = g_list_model_get_item (risks, i);
      g_autofree char *its_code = rampart_risk_dup_code (risk);

      if (g_str_equal (its_code, code))
        return risk;
    }

  g_assert_not_reached ();
}

/* How many open risks the map counts, all cells together. */
static guint
total_count (RampartHeatMapView *map,
             RampartRiskMethod  *method)
{
  guint total = 0;

  for (guint l = 1; l <= rampart_risk_method_get_n_levels (method, RAMPART_RISK_SCALE_LIKELIHOOD); l++)
    for (guint i = 1; i <= rampart_risk_method_get_n_levels (method, RAMPART_RISK_SCALE_IMPACT); i++)
      total += rampart_heat_map_view_get_count (map, l, i);

  return total;
}

static void
test_register_shows_example (Fixture       *fixture,
                             gconstpointer  unused)
{
  RampartRiskMethod *method = rampart_workspace_get_risk_method (fixture->workspace);
  RampartRisksPage *page;
  RampartRisk *risk;
  GtkWidget *editor, *findings;
  guint open = 0, n_risks;

  n_risks = g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_risks (fixture->workspace)));
  for (guint i = 0; i < n_risks; i++)
    {
      g_autoptr(RampartRisk) each = g_list_model_get_item (G_LIST_MODEL (rampart_workspace_get_risks (fixture->workspace)), i);

      if (rampart_risk_get_status (each) != RAMPART_RISK_STATUS_CLOSED)
        open++;
    }

  rampart_test_show (GTK_WIDGET (fixture->window), 1500, 900);
  page = open_risks (fixture);
  rampart_test_settle ();

  /* Every risk in the register; the maps count the open ones, before and after treatment. */
  g_assert_cmpuint (rampart_risks_page_get_n_shown (page), ==, n_risks);
  g_assert_cmpuint (total_count (heat_map (page, RAMPART_RISK_INHERENT), method), ==, open);
  g_assert_cmpuint (total_count (heat_map (page, RAMPART_RISK_RESIDUAL), method), ==, open);

  /* What the checks found: the one overdue action. */
  findings = child (page, GTK_TYPE_EXPANDER, "findings_expander");
  g_assert_true (gtk_widget_get_visible (findings));
  g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (findings)), ==, "1 point to address");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "risks.png");

  /* Choosing a risk opens its editor beside the register. */
  risk = risk_with_code (fixture, "R-001");
  rampart_risks_page_select (page, risk);
  rampart_test_settle ();
  g_assert_true (rampart_risks_page_get_selected (page) == risk);
  editor = child (page, RAMPART_TYPE_RISK_EDITOR, NULL);
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (editor, ADW_TYPE_ENTRY_ROW, "title_row"))),
                   ==, rampart_risk_get_title (risk));
  g_assert_cmpstr (rampart_band_label_get_text (RAMPART_BAND_LABEL (child (editor, RAMPART_TYPE_BAND_LABEL,
                                                                           "inherent_band"))),
                   ==, "Critical");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "risk-editor.png");

  /* Bands and maps stay readable in the dark. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  rampart_test_settle ();
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "risk-editor-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  rampart_test_assert_controls_named (GTK_WIDGET (page), "risks");
}

/* The path: create a risk, rate it, link a control, see the heat map follow. */
static void
test_create_rate_link (Fixture       *fixture,
                       gconstpointer  unused)
{
  RampartRecordList *risks = rampart_workspace_get_risks (fixture->workspace);
  RampartRisksPage *page;
  RampartHeatMapView *inherent, *residual;
  GtkWidget *editor, *picker, *row, *empty;
  RampartRisk *risk;
  const char * const *controls;

  rampart_test_show (GTK_WIDGET (fixture->window), 1500, 900);
  page = open_risks (fixture);

  /* A new workspace: the register says what belongs there. */
  empty = child (page, GTK_TYPE_STACK, "register_stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (empty)), ==, "empty");
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "risks-empty.png");

  /* Ctrl+Shift+N: a risk, selected, its title ready for typing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add", NULL));
  rampart_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (risks)), ==, 1);
  risk = rampart_risks_page_get_selected (page);
  g_assert_nonnull (risk);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (empty)), ==, "list");
  editor = child (page, RAMPART_TYPE_RISK_EDITOR, NULL);

  gtk_editable_set_text (GTK_EDITABLE (child (editor, ADW_TYPE_ENTRY_ROW, "title_row")),
                         "Ransomware encrypts the file server");
  g_assert_cmpstr (rampart_risk_get_title (risk), ==, "Ransomware encrypts the file server");
  {
    g_autofree char *code = rampart_risk_dup_code (risk);

    g_assert_cmpstr (code, ==, "R-001");
  }

  /* Its owner becomes a choice of the owner filter shortly after. */
  gtk_editable_set_text (GTK_EDITABLE (child (editor, ADW_TYPE_ENTRY_ROW, "owner_row")), "Tom Hendry");
  rampart_test_settle ();
  {
    GListModel *owners = adw_combo_row_get_model (ADW_COMBO_ROW (child (page, ADW_TYPE_COMBO_ROW, "owner_filter_row")));

    g_assert_cmpuint (g_list_model_get_n_items (owners), ==, 2);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (owners), 1), ==, "Tom Hendry");
  }

  /* Rated Likely × Severe: the inherent map counts it there, at once. */
  inherent = heat_map (page, RAMPART_RISK_INHERENT);
  residual = heat_map (page, RAMPART_RISK_RESIDUAL);
  g_assert_cmpuint (rampart_heat_map_view_get_count (inherent, 4, 5), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, ADW_TYPE_COMBO_ROW, "inherent_likelihood_row")), 4);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, ADW_TYPE_COMBO_ROW, "inherent_impact_row")), 5);
  g_assert_cmpuint (rampart_risk_get_likelihood (risk, RAMPART_RISK_INHERENT), ==, 4);
  rampart_test_settle ();
  g_assert_cmpuint (rampart_heat_map_view_get_count (inherent, 4, 5), ==, 1);
  g_assert_cmpstr (rampart_band_label_get_text (RAMPART_BAND_LABEL (child (editor, RAMPART_TYPE_BAND_LABEL,
                                                                           "inherent_band"))),
                   ==, "Critical");

  /* Modify it with a control chosen in the picker. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, ADW_TYPE_COMBO_ROW, "treatment_row")),
                              RAMPART_TREATMENT_MODIFY);
  g_assert_cmpint (rampart_risk_get_treatment (risk), ==, RAMPART_TREATMENT_MODIFY);
  g_assert_true (gtk_widget_activate_action (editor, "editor.choose-controls", NULL));
  rampart_test_iterate ();
  picker = rampart_test_find_window (RAMPART_TYPE_PICKER_WINDOW);
  g_assert_nonnull (picker);
  row = rampart_test_find_titled (picker, ADW_TYPE_ACTION_ROW, "8.13 Information backup");
  g_assert_nonnull (row);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (row, GTK_TYPE_CHECK_BUTTON, NULL)), TRUE);
  rampart_test_screenshot (picker, "risk-controls-picker.png");
  g_assert_true (gtk_widget_activate_action (picker, "picker.done", NULL));
  rampart_test_iterate ();
  controls = rampart_risk_get_control_ids (risk);
  g_assert_cmpuint (g_strv_length ((char **) controls), ==, 1);
  g_assert_cmpstr (controls[0], ==, "8.13");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (child (editor, ADW_TYPE_ACTION_ROW,
                                                                                "controls_row"))),
                            "8.13"));

  /* After treatment, Unlikely × Moderate: the residual map has it too. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, ADW_TYPE_COMBO_ROW, "residual_likelihood_row")), 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, ADW_TYPE_COMBO_ROW, "residual_impact_row")), 3);
  rampart_test_settle ();
  g_assert_cmpuint (rampart_heat_map_view_get_count (residual, 2, 3), ==, 1);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "risk-new.png");

  /* Undo takes the last rating back, and the map follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  rampart_test_settle ();
  g_assert_cmpuint (rampart_risk_get_impact (risk, rampart_workspace_get_risk_method (fixture->workspace),
                                             RAMPART_RISK_RESIDUAL), ==, 0);
  g_assert_cmpuint (rampart_heat_map_view_get_count (residual, 2, 3), ==, 0);

  /* What the page shows is what the file holds. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RampartWorkspace) reopened = NULL;
    g_autoptr(RampartRisk) saved = NULL;

    g_assert_true (rampart_workspace_save (fixture->workspace, &error));
    g_assert_no_error (error);
    reopened = rampart_workspace_open (fixture->base.file, NULL, &error);
    g_assert_no_error (error);
    saved = g_list_model_get_item (G_LIST_MODEL (rampart_workspace_get_risks (reopened)), 0);
    g_assert_cmpstr (rampart_risk_get_title (saved), ==, "Ransomware encrypts the file server");
    g_assert_cmpuint (rampart_risk_get_likelihood (saved, RAMPART_RISK_INHERENT), ==, 4);
    g_assert_true (rampart_risk_has_control (saved, "8.13"));
    rampart_workspace_close_discarding (reopened);
  }
}

static void
test_heat_map_filters_register (Fixture       *fixture,
                                gconstpointer  unused)
{
  RampartRiskMethod *method = rampart_workspace_get_risk_method (fixture->workspace);
  RampartRisksPage *page;
  RampartHeatMapView *inherent;
  guint n_risks = g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_risks (fixture->workspace)));
  guint busiest = 0, likelihood = 0, impact = 0;
  GtkWidget *level;

  rampart_test_show (GTK_WIDGET (fixture->window), 1500, 900);
  page = open_risks (fixture);
  inherent = heat_map (page, RAMPART_RISK_INHERENT);

  for (guint l = 1; l <= rampart_risk_method_get_n_levels (method, RAMPART_RISK_SCALE_LIKELIHOOD); l++)
    for (guint i = 1; i <= rampart_risk_method_get_n_levels (method, RAMPART_RISK_SCALE_IMPACT); i++)
      if (rampart_heat_map_view_get_count (inherent, l, i) > busiest)
        {
          busiest = rampart_heat_map_view_get_count (inherent, l, i);
          likelihood = l;
          impact = i;
        }
  g_assert_cmpuint (busiest, >, 1);

  /* A click on a cell: the register holds the risks counted there, and says so. */
  rampart_heat_map_view_choose (inherent, likelihood, impact);
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_risks_page_get_n_shown (page), ==, busiest);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (child (page, GTK_TYPE_REVEALER, "filter_revealer"))));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "risks-cell.png");

  /* A second click lets go. */
  rampart_heat_map_view_choose (inherent, 0, 0);
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_risks_page_get_n_shown (page), ==, n_risks);

  /* The filters combine with the search; Show All clears them together. */
  level = child (page, ADW_TYPE_COMBO_ROW, "level_filter_row");
  adw_combo_row_set_selected (ADW_COMBO_ROW (level), 1 + rampart_risk_method_get_acceptance_band (method));
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_risks_page_get_n_shown (page), >, 0);
  g_assert_cmpuint (rampart_risks_page_get_n_shown (page), <, n_risks);
  rampart_risks_page_set_query (page, "nothing like this at all");
  g_assert_cmpuint (rampart_risks_page_get_n_shown (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (page, GTK_TYPE_STACK, "register_stack"))),
                   ==, "no-results");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "risks.clear-filters", NULL));
  g_assert_cmpuint (rampart_risks_page_get_n_shown (page), ==, n_risks);

  /* The findings lead to their risks: the overdue action's R-004. */
  rampart_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "risks.show-flagged", NULL));
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_risks_page_get_n_shown (page), ==, 1);
  rampart_risks_page_select (page, risk_with_code (fixture, "R-004"));
  g_assert_cmpuint (rampart_risks_page_get_n_shown (page), ==, 1);
}

static GtkWidget *
wait_for_dialog (void)
{
  GtkWidget *dialog = NULL;

  for (guint i = 0; i < 50 && dialog == NULL; i++)
    {
      rampart_test_iterate ();
      dialog = rampart_test_find_window (ADW_TYPE_MESSAGE_DIALOG);
    }

  g_assert_nonnull (dialog);
  return dialog;
}

/* A change of method is shown before it is made, and asked for. */
static void
test_method_change (Fixture       *fixture,
                    gconstpointer  unused)
{
  RampartRisksPage *page;
  GtkWidget *window, *dialog, *editor;
  RampartRisk *risk = risk_with_code (fixture, "R-001");
  guint before = rampart_risk_get_likelihood (risk, RAMPART_RISK_INHERENT);

  rampart_test_show (GTK_WIDGET (fixture->window), 1500, 900);
  page = open_risks (fixture);
  rampart_risks_page_select (page, risk);
  rampart_test_iterate ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "risks.method", NULL));
  rampart_test_iterate ();
  window = rampart_test_find_window (RAMPART_TYPE_METHOD_WINDOW);
  g_assert_nonnull (window);
  rampart_test_show (window, 900, 900);
  rampart_test_screenshot (window, "risk-method.png");
  rampart_test_assert_controls_named (window, "risk method");

  /* Three levels of likelihood instead of five. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (window, GTK_TYPE_SPIN_BUTTON, "likelihood_spin")), 3);
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_risk_method_get_n_levels (rampart_method_window_get_method (RAMPART_METHOD_WINDOW (window)),
                                                      RAMPART_RISK_SCALE_LIKELIHOOD), ==, 3);
  rampart_test_screenshot (window, "risk-method-3.png");

  /* Apply: a dialog lists what moves, and Cancel changes nothing. */
  g_assert_true (gtk_widget_activate_action (window, "method.apply", NULL));
  dialog = wait_for_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "move to another level"));
  {
    g_autofree char *title = g_strdup_printf ("R-001 %s", rampart_risk_get_title (risk));

    g_assert_nonnull (rampart_test_find_titled (dialog, ADW_TYPE_ACTION_ROW, title));
  }
  rampart_test_show (dialog, -1, -1);
  rampart_test_screenshot (dialog, "risk-method-confirm.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  rampart_test_iterate ();
  g_assert_cmpuint (rampart_risk_method_get_n_levels (rampart_workspace_get_risk_method (fixture->workspace),
                                                      RAMPART_RISK_SCALE_LIKELIHOOD), ==, 5);
  g_assert_cmpuint (rampart_risk_get_likelihood (risk, RAMPART_RISK_INHERENT), ==, before);

  /* Apply again, and agree: the method changes, the risks are re-rated, the window goes. */
  g_assert_true (gtk_widget_activate_action (window, "method.apply", NULL));
  dialog = wait_for_dialog ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  rampart_test_settle ();
  g_assert_null (rampart_test_find_window (RAMPART_TYPE_METHOD_WINDOW));
  g_assert_cmpuint (rampart_risk_method_get_n_levels (rampart_workspace_get_risk_method (fixture->workspace),
                                                      RAMPART_RISK_SCALE_LIKELIHOOD), ==, 3);
  g_assert_cmpuint (rampart_risk_get_likelihood (risk, RAMPART_RISK_INHERENT), <=, 3);

  /* The editor offers the new scale: "Not rated" and three levels. */
  editor = child (page, RAMPART_TYPE_RISK_EDITOR, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (child (editor, ADW_TYPE_COMBO_ROW,
                                                                                           "inherent_likelihood_row")))),
                    ==, 4);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "risks-3-levels.png");

  /* One undo takes the whole change back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  rampart_test_settle ();
  g_assert_cmpuint (rampart_risk_method_get_n_levels (rampart_workspace_get_risk_method (fixture->workspace),
                                                      RAMPART_RISK_SCALE_LIKELIHOOD), ==, 5);
  g_assert_cmpuint (rampart_risk_get_likelihood (risk, RAMPART_RISK_INHERENT), ==, before);
}

/* The risk owner accepts what remains; a later re-rating makes the acceptance stale. */
static void
test_accept (Fixture       *fixture,
             gconstpointer  unused)
{
  RampartRiskMethod *method = rampart_workspace_get_risk_method (fixture->workspace);
  RampartRisksPage *page;
  RampartRisk *risk = risk_with_code (fixture, "R-001");
  GtkWidget *dialog, *editor;

  g_assert_false (rampart_risk_get_accepted (risk));
  rampart_test_show (GTK_WIDGET (fixture->window), 1500, 900);
  page = open_risks (fixture);
  rampart_risks_page_select (page, risk);
  rampart_test_iterate ();
  editor = child (page, RAMPART_TYPE_RISK_EDITOR, NULL);

  g_assert_true (gtk_widget_activate_action (editor, "editor.accept", NULL));
  dialog = wait_for_dialog ();
  g_assert_true (RAMPART_IS_ACCEPT_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, ADW_TYPE_ENTRY_ROW, "by_row")), "Tom Hendry");
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, ADW_TYPE_ENTRY_ROW, "rationale_row")),
                         "Immutable backups bring the loss down to a day.");
  rampart_test_show (dialog, -1, -1);
  rampart_test_screenshot (dialog, "risk-accept.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  rampart_test_settle ();
  g_assert_true (rampart_risk_get_accepted (risk));
  g_assert_cmpstr (rampart_risk_get_accepted_by (risk), ==, "Tom Hendry");
  g_assert_false (rampart_risk_get_acceptance_stale (risk, method));

  /* A new residual rating: the acceptance no longer holds, and the register says so. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (editor, ADW_TYPE_COMBO_ROW, "residual_likelihood_row")),
                              rampart_risk_get_likelihood (risk, RAMPART_RISK_RESIDUAL) + 1);
  rampart_test_settle ();
  g_assert_true (rampart_risk_get_acceptance_stale (risk, method));
  g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (child (page, GTK_TYPE_EXPANDER, "findings_expander"))),
                   ==, "2 points to address");
}

/* At the window's first size, register and editor still share it. */
static void
test_default_size (Fixture       *fixture,
                   gconstpointer  unused)
{
  RampartRisksPage *page;

  rampart_test_show (GTK_WIDGET (fixture->window), 1000, 720);
  page = open_risks (fixture);
  rampart_risks_page_select (page, risk_with_code (fixture, "R-003"));
  rampart_test_settle ();
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "risks-1000.png");

  g_assert_false (rampart_page_get_can_navigate_back (RAMPART_PAGE (page)));
  g_assert_true (gtk_widget_get_mapped (child (page, RAMPART_TYPE_RISK_EDITOR, NULL)));
  g_assert_true (gtk_widget_get_mapped (child (page, GTK_TYPE_COLUMN_VIEW, "column_view")));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  unused)
{
  RampartRisksPage *page;

  rampart_test_show (GTK_WIDGET (fixture->window), 360, 720);

  /* As a person does: the section's row in the sidebar. */
  rampart_test_activate_section (GTK_WIDGET (fixture->window), "risks");
  page = open_risks (fixture);

  /* Narrow, the register comes first; a risk opens its editor in its place. */
  g_assert_false (rampart_page_get_can_navigate_back (RAMPART_PAGE (page)));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "narrow-risks.png");

  rampart_risks_page_select (page, risk_with_code (fixture, "R-002"));
  g_signal_emit_by_name (child (page, GTK_TYPE_COLUMN_VIEW, "column_view"), "activate", 1);
  rampart_test_iterate ();
  g_assert_true (rampart_page_get_can_navigate_back (RAMPART_PAGE (page)));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "narrow-risk-editor.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-sections", NULL));
  rampart_test_iterate ();
  g_assert_false (rampart_page_get_can_navigate_back (RAMPART_PAGE (page)));
}

static void
test_assets (Fixture       *fixture,
             gconstpointer  unused)
{
  GListModel *assets = G_LIST_MODEL (rampart_workspace_get_assets (fixture->workspace));
  GtkWidget *page;
  RampartRecordRow *first;

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  rampart_window_show_section (fixture->window, "assets");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  rampart_test_iterate ();
  page = child (fixture->window, RAMPART_TYPE_RECORD_PAGE, "assets_page");

  g_assert_cmpuint (rampart_test_count_visible (page, RAMPART_TYPE_RECORD_ROW), ==, g_list_model_get_n_items (assets));
  first = RAMPART_RECORD_ROW (child (page, RAMPART_TYPE_RECORD_ROW, NULL));
  rampart_record_browser_select (rampart_record_page_get_browser (RAMPART_RECORD_PAGE (page)),
                                 rampart_record_row_get_record (first));
  rampart_test_settle ();
  g_assert_nonnull (rampart_test_find_titled (page, ADW_TYPE_COMBO_ROW, "Classification"));
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "assets.png");
  rampart_test_assert_controls_named (page, "assets");

  /* The asset lists the risks that concern it, and each leads to its risk. */
  {
    GtkWidget *list = child (page, GTK_TYPE_LIST_BOX, "risks_list");
    GtkWidget *row = child (list, ADW_TYPE_ACTION_ROW, NULL);
    RampartRecord *asset = rampart_record_row_get_record (first);
    GListModel *risks = G_LIST_MODEL (rampart_workspace_get_risks (fixture->workspace));
    guint linked = 0;

    for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
      {
        g_autoptr(RampartRisk) risk = g_list_model_get_item (risks, i);

        linked += rampart_risk_has_asset (risk, rampart_record_get_id (asset));
      }
    g_assert_cmpuint (linked, >, 0);
    g_assert_cmpuint (rampart_test_count_visible (list, ADW_TYPE_ACTION_ROW), ==, linked);

    g_signal_emit_by_name (list, "row-activated", row);
    rampart_test_iterate ();
    g_assert_cmpstr (rampart_window_get_section (fixture->window), ==, "risks");
    g_assert_nonnull (rampart_risks_page_get_selected (RAMPART_RISKS_PAGE (child (fixture->window,
                                                                                  RAMPART_TYPE_RISKS_PAGE, NULL))));

    /* And back: the window shows the asset again. */
    rampart_window_show_record (fixture->window, asset);
    rampart_test_iterate ();
    g_assert_cmpstr (rampart_window_get_section (fixture->window), ==, "assets");
  }
}

/* The catalogue grows with the organisation's own threats, which risks then name. */
static void
test_catalogue (Fixture       *fixture,
                gconstpointer  unused)
{
  RampartRecordList *threats = rampart_workspace_get_threats (fixture->workspace);
  RampartRecordList *vulnerabilities = rampart_workspace_get_vulnerabilities (fixture->workspace);
  guint n_threats = g_list_model_get_n_items (G_LIST_MODEL (threats));
  guint n_vulnerabilities = g_list_model_get_n_items (G_LIST_MODEL (vulnerabilities));
  RampartRecordBrowser *browser;
  RampartRecord *threat, *vulnerability;
  RampartRisksPage *risks;
  RampartRisk *risk = risk_with_code (fixture, "R-001");
  GtkWidget *page, *editor, *row;

  rampart_test_show (GTK_WIDGET (fixture->window), 1280, 800);
  rampart_window_show_section (fixture->window, "catalogue");
  rampart_test_iterate ();
  page = child (fixture->window, RAMPART_TYPE_RECORD_PAGE, "catalogue_page");
  browser = rampart_record_page_get_browser (RAMPART_RECORD_PAGE (page));
  g_assert_cmpuint (rampart_test_count_visible (page, RAMPART_TYPE_RECORD_ROW), ==, n_threats + n_vulnerabilities);
  rampart_test_screenshot (GTK_WIDGET (fixture->window), "catalogue.png");
  rampart_test_assert_controls_named (page, "catalogue");

  /* A threat of the organisation's own. */
  g_assert_true (gtk_widget_activate_action (page, "page.add-entry", "s", "threat"));
  rampart_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (threats)), ==, n_threats + 1);
  threat = rampart_record_browser_get_selected (browser);
  g_assert_true (RAMPART_IS_THREAT (threat));
  gtk_editable_set_text (GTK_EDITABLE (child (page, ADW_TYPE_ENTRY_ROW, "name_row")), "Drone over the data centre");
  g_assert_cmpstr (rampart_threat_get_name (RAMPART_THREAT (threat)), ==, "Drone over the data centre");

  /* A vulnerability, deleted from the same list, and back with Undo. */
  g_assert_true (gtk_widget_activate_action (page, "page.add-entry", "s", "vulnerability"));
  rampart_test_iterate ();
  vulnerability = rampart_record_browser_get_selected (browser);
  g_assert_true (RAMPART_IS_VULNERABILITY (vulnerability));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (vulnerabilities)), ==, n_vulnerabilities + 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (browser), "browser.delete", NULL));
  rampart_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (vulnerabilities)), ==, n_vulnerabilities);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (threats)), ==, n_threats + 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  rampart_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (vulnerabilities)), ==, n_vulnerabilities + 1);

  /* The risk editor offers the new threat. */
  risks = open_risks (fixture);
  rampart_risks_page_select (risks, risk);
  rampart_test_iterate ();
  editor = child (risks, RAMPART_TYPE_RISK_EDITOR, NULL);
  row = child (editor, ADW_TYPE_COMBO_ROW, "threat_row");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row))), ==, n_threats + 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), n_threats + 1);
  g_assert_cmpint (rampart_risk_get_threat_id (risk), ==, rampart_record_get_id (threat));

  /* And the threat leads back to its catalogue. */
  rampart_window_show_record (fixture->window, threat);
  rampart_test_iterate ();
  g_assert_cmpstr (rampart_window_get_section (fixture->window), ==, "catalogue");
  g_assert_true (rampart_record_browser_get_selected (browser) == threat);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  rampart_test_gui_init (&argc, &argv);

  application = rampart_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func, example) \
  g_test_add (path, Fixture, GINT_TO_POINTER (example), fixture_setup, func, fixture_teardown)
  ADD ("/gui/risk-pages/register-shows-example", test_register_shows_example, TRUE);
  ADD ("/gui/risk-pages/create-rate-link", test_create_rate_link, FALSE);
  ADD ("/gui/risk-pages/heat-map-filters-register", test_heat_map_filters_register, TRUE);
  ADD ("/gui/risk-pages/method-change", test_method_change, TRUE);
  ADD ("/gui/risk-pages/accept", test_accept, TRUE);
  ADD ("/gui/risk-pages/default-size", test_default_size, TRUE);
  ADD ("/gui/risk-pages/narrow", test_narrow, TRUE);
  ADD ("/gui/risk-pages/assets", test_assets, TRUE);
  ADD ("/gui/risk-pages/catalogue", test_catalogue, TRUE);
#undef ADD

  return g_test_run ();
}
