/* rampart-method-window.c: the editor of the risk method (clause 6.1.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-method-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-band-row.h"
#include "rampart-heat-map-view.h"
#include "rampart-level-row.h"
#include "rampart-method-window.h"

/*
 * A consultant reproduces here the matrix their client's auditor already
 * accepted: the number of levels of each scale and what each means, the
 * bands with their names and colours, how a rating becomes a band (a
 * matrix clicked cell by cell, or likelihood × impact against each band's
 * lowest score), and the acceptance criterion. Everything is edited on a
 * copy; Apply first shows which risks the new method would rate
 * differently, and changes nothing unless the person agrees.
 */

/* The number of ratings a confirmation lists by name before it says "and N more". */
#define MAX_LISTED 200

struct _RampartMethodWindow
{
  AdwWindow           parent_instance;

  /* Template widgets */
  GtkSpinButton      *likelihood_spin;
  GtkSpinButton      *impact_spin;
  GtkSwitch          *cia_switch;
  GtkListBox         *likelihood_list;
  GtkListBox         *impact_list;
  GtkSpinButton      *bands_spin;
  GtkListBox         *bands_list;
  AdwComboRow        *mode_row;
  RampartHeatMapView *matrix_view;
  GtkLabel           *matrix_hint;
  AdwComboRow        *acceptance_row;

  /* Owned */
  RampartWorkspace   *workspace;
  RampartRiskMethod  *method;
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (RampartMethodWindow, rampart_method_window, ADW_TYPE_WINDOW)

/* The parts that show the method, after any edit. */
static void
update_views (RampartMethodWindow *self)
{
  g_autoptr(GtkStringList) bands = gtk_string_list_new (NULL);
  gboolean matrix = rampart_risk_method_get_mode (self->method) == RAMPART_RISK_LEVEL_MATRIX;

  self->filling = TRUE;
  for (guint band = 0; band < rampart_risk_method_get_n_bands (self->method); band++)
    gtk_string_list_append (bands, rampart_risk_method_get_band_name (self->method, band));
  adw_combo_row_set_model (self->acceptance_row, G_LIST_MODEL (bands));
  adw_combo_row_set_selected (self->acceptance_row, rampart_risk_method_get_acceptance_band (self->method));
  self->filling = FALSE;

  rampart_heat_map_view_set_risks (self->matrix_view, self->method, NULL);
  gtk_label_set_text (self->matrix_hint, matrix
                      ? _("Click a cell to give it the next level.")
                      : _("Each cell is in the band whose lowest score its likelihood × impact reaches."));
}

static void
add_level_rows (RampartMethodWindow *self,
                GtkListBox          *list,
                RampartRiskScale     scale)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint level = 1; level <= rampart_risk_method_get_n_levels (self->method, scale); level++)
    {
      GtkWidget *row = rampart_level_row_new (self->method, scale, level);

      g_signal_connect_object (row, "changed", G_CALLBACK (update_views), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (list, row);
    }
}

/* Builds every field from the method, as after a change of size. */
static void
refill (RampartMethodWindow *self)
{
  GtkWidget *child;

  self->filling = TRUE;
  gtk_spin_button_set_value (self->likelihood_spin,
                             rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_LIKELIHOOD));
  gtk_spin_button_set_value (self->impact_spin, rampart_risk_method_get_n_levels (self->method, RAMPART_RISK_SCALE_IMPACT));
  gtk_switch_set_active (self->cia_switch, rampart_risk_method_get_cia_impact (self->method));
  gtk_spin_button_set_value (self->bands_spin, rampart_risk_method_get_n_bands (self->method));
  adw_combo_row_set_selected (self->mode_row, rampart_risk_method_get_mode (self->method));
  self->filling = FALSE;

  add_level_rows (self, self->likelihood_list, RAMPART_RISK_SCALE_LIKELIHOOD);
  add_level_rows (self, self->impact_list, RAMPART_RISK_SCALE_IMPACT);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->bands_list))) != NULL)
    gtk_list_box_remove (self->bands_list, child);
  for (guint band = 0; band < rampart_risk_method_get_n_bands (self->method); band++)
    {
      GtkWidget *row = rampart_band_row_new (self->method, band);

      g_signal_connect_object (row, "changed", G_CALLBACK (update_views), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->bands_list, row);
    }

  update_views (self);
}

static void
sizes_changed_cb (RampartMethodWindow *self)
{
  if (self->filling)
    return;

  rampart_risk_method_set_n_levels (self->method, RAMPART_RISK_SCALE_LIKELIHOOD,
                                    (guint) gtk_spin_button_get_value_as_int (self->likelihood_spin));
  rampart_risk_method_set_n_levels (self->method, RAMPART_RISK_SCALE_IMPACT,
                                    (guint) gtk_spin_button_get_value_as_int (self->impact_spin));
  rampart_risk_method_set_n_bands (self->method, (guint) gtk_spin_button_get_value_as_int (self->bands_spin));
  refill (self);
}

static void
options_changed_cb (RampartMethodWindow *self)
{
  guint acceptance = adw_combo_row_get_selected (self->acceptance_row);

  if (self->filling)
    return;

  rampart_risk_method_set_cia_impact (self->method, gtk_switch_get_active (self->cia_switch));
  rampart_risk_method_set_mode (self->method, adw_combo_row_get_selected (self->mode_row));
  if (acceptance != GTK_INVALID_LIST_POSITION)
    rampart_risk_method_set_acceptance_band (self->method, acceptance);

  /* The lowest scores show only when they count. */
  refill (self);
}

/* A click on a cell of the matrix gives it the next band, round to the first. */
static void
cell_clicked_cb (RampartMethodWindow *self)
{
  guint likelihood, impact, band;

  rampart_heat_map_view_get_selected (self->matrix_view, &likelihood, &impact);
  if (likelihood == 0 || rampart_risk_method_get_mode (self->method) != RAMPART_RISK_LEVEL_MATRIX)
    return;

  band = rampart_risk_method_get_cell_band (self->method, likelihood, impact);
  rampart_risk_method_set_cell_band (self->method, likelihood, impact,
                                     (band + 1) % rampart_risk_method_get_n_bands (self->method));
  rampart_heat_map_view_set_selected (self->matrix_view, 0, 0);
  update_views (self);
}

/* Applying */

static void
apply (RampartMethodWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!rampart_workspace_set_risk_method (self->workspace, self->method, &error))
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                             _("The Method Was Not Changed"),
                                                                             error->message));

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
apply_cb (gpointer user_data)
{
  RampartMethodWindow *self = user_data;

  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    apply (self);
  return G_SOURCE_REMOVE;
}

/* Once the dialog has gone: closing this window under the dialog while it
 * still answers would pull the dialog away from under itself. */
static void
confirm_response_cb (AdwMessageDialog    *dialog,
                     const char          *response,
                     RampartMethodWindow *self)
{
  if (g_str_equal (response, "apply"))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, apply_cb, g_object_ref (self), g_object_unref);
}

/* A row for a rating that moves to another level: "R-003 Phishing…", "Inherent: High → Critical". */
static GtkWidget *
create_change_row (RampartMethodWindow *self,
                   RampartRatingChange *change)
{
  RampartRiskMethod *old = rampart_workspace_get_risk_method (self->workspace);
  RampartRisk *risk = rampart_rating_change_get_risk (change);
  g_autofree char *code = rampart_risk_dup_code (risk);
  g_autofree char *title = g_strdup_printf ("%s %s", code, rampart_risk_get_title (risk));
  g_autofree char *subtitle = NULL;
  guint before = rampart_rating_change_get_old_band (change);
  guint after = rampart_rating_change_get_new_band (change);
  GtkWidget *row = adw_action_row_new ();

  /* Translators: which of a risk's ratings, its level before a change of method and after it */
  subtitle = g_strdup_printf (_("%s: %s → %s"),
                              rampart_rating_change_get_stage (change) == RAMPART_RISK_INHERENT ? _("Inherent")
                                                                                                : _("Residual"),
                              before != RAMPART_RISK_UNRATED ? rampart_risk_method_get_band_name (old, before)
                                                             : _("not rated"),
                              after != RAMPART_RISK_UNRATED ? rampart_risk_method_get_band_name (self->method, after)
                                                            : _("not rated"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  return row;
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RampartMethodWindow *self = RAMPART_METHOD_WINDOW (widget);
  g_autoptr(GListModel) changes = rampart_workspace_preview_risk_method (self->workspace, self->method);
  g_autoptr(GString) body = g_string_new (NULL);
  guint n = g_list_model_get_n_items (changes);
  guint moved = 0, listed = 0;
  GtkWidget *list;
  AdwMessageDialog *dialog;

  if (n == 0)
    {
      apply (self);
      return;
    }

  /* Never re-rate silently: say what moves, and ask. */
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Ratings that move to another level"), -1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RampartRatingChange) change = g_list_model_get_item (changes, i);

      if (rampart_rating_change_get_old_band (change) == rampart_rating_change_get_new_band (change))
        continue;

      moved++;
      if (listed++ < MAX_LISTED)
        gtk_list_box_append (GTK_LIST_BOX (list), create_change_row (self, change));
    }
  if (moved > MAX_LISTED)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more.", "And %u more.",
                                                            moved - MAX_LISTED), moved - MAX_LISTED);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  if (moved > 0)
    g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                               "With the new method, %u rating of the register moves to another level.",
                                               "With the new method, %u ratings of the register move to another level.",
                                               moved), moved);
  if (n > moved)
    {
      if (body->len > 0)
        g_string_append (body, " ");
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u more keeps its level, placed on the new scales.",
                                                 "%u more keep their level, placed on the new scales.",
                                                 n - moved), n - moved);
    }
  g_string_append (body, _("\n\nUndo takes the whole change back."));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Apply the New Method?"), body->str));
  if (moved > 0)
    {
      GtkWidget *scrolled = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      adw_message_dialog_set_extra_child (dialog, scrolled);
    }
  else
    {
      g_object_ref_sink (list);
      g_object_unref (list);
    }
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", _("_Apply Method"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RampartMethodWindow *self = RAMPART_METHOD_WINDOW (widget);
  g_autoptr(RampartRiskMethod) fresh = rampart_risk_method_new_default ();

  g_set_object (&self->method, fresh);
  refill (self);
}

/* GObject */

static void
rampart_method_window_dispose (GObject *object)
{
  RampartMethodWindow *self = RAMPART_METHOD_WINDOW (object);

  g_clear_object (&self->method);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (rampart_method_window_parent_class)->dispose (object);
}

static void
rampart_method_window_class_init (RampartMethodWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_method_window_dispose;

  g_type_ensure (RAMPART_TYPE_HEAT_MAP_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-method-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, likelihood_spin);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, impact_spin);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, cia_switch);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, likelihood_list);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, impact_list);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, bands_spin);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, bands_list);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, mode_row);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, matrix_view);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, matrix_hint);
  gtk_widget_class_bind_template_child (widget_class, RampartMethodWindow, acceptance_row);
  gtk_widget_class_bind_template_callback (widget_class, sizes_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, cell_clicked_cb);

  gtk_widget_class_install_action (widget_class, "method.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "method.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "method.reset", NULL, reset_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "method.cancel", NULL);
}

static void
rampart_method_window_init (RampartMethodWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rampart_method_window_new:
 * @parent: the window it belongs to
 * @workspace: the workspace whose method it edits
 *
 * Returns: (transfer none): a new editor of the method, to present
 */
RampartMethodWindow *
rampart_method_window_new (GtkWindow        *parent,
                           RampartWorkspace *workspace)
{
  RampartMethodWindow *self = g_object_new (RAMPART_TYPE_METHOD_WINDOW,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            NULL);

  self->workspace = g_object_ref (workspace);
  self->method = rampart_risk_method_copy (rampart_workspace_get_risk_method (workspace));
  refill (self);

  return self;
}

/* For tests: the copy being edited. */
RampartRiskMethod *
rampart_method_window_get_method (RampartMethodWindow *self)
{
  g_return_val_if_fail (RAMPART_IS_METHOD_WINDOW (self), NULL);

  return self->method;
}
