/* rampart-risk-editor.c: every field of one risk, its rating, treatment and plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-risk-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-accept-dialog.h"
#include "rampart-action-row.h"
#include "rampart-band-label.h"
#include "rampart-date-row.h"
#include "rampart-gui-utils.h"
#include "rampart-picker-window.h"
#include "rampart-risk-editor.h"
#include "rampart-text-area.h"

/*
 * A risk reads from top to bottom as the standard asks for it: what could
 * happen to which assets, how likely and how bad before treatment, what is
 * done about it and with which controls, what remains after it and whether
 * its owner accepts that, and the actions of the treatment plan. The
 * ratings offer the levels of the workspace's method by name, and show the
 * band they give as they change.
 */

struct _RampartRiskEditor
{
  AdwBin             parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *risk_group;
  AdwEntryRow        *title_row;
  AdwEntryRow        *owner_row;
  AdwComboRow        *status_row;
  RampartDateRow     *review_row;
  RampartTextArea    *description_area;
  AdwComboRow        *threat_row;
  AdwComboRow        *vulnerability_row;
  AdwActionRow       *assets_row;
  AdwComboRow        *inherent_likelihood_row;
  AdwComboRow        *inherent_impact_row;
  AdwComboRow        *inherent_c_row;
  AdwComboRow        *inherent_i_row;
  AdwComboRow        *inherent_a_row;
  RampartBandLabel   *inherent_band;
  AdwComboRow        *treatment_row;
  RampartTextArea    *rationale_area;
  AdwActionRow       *controls_row;
  AdwComboRow        *residual_likelihood_row;
  AdwComboRow        *residual_impact_row;
  AdwComboRow        *residual_c_row;
  AdwComboRow        *residual_i_row;
  AdwComboRow        *residual_a_row;
  RampartBandLabel   *residual_band;
  AdwActionRow       *acceptance_row;
  GtkWidget          *withdraw_button;
  GtkListBox         *actions_list;
  GtkLabel           *no_actions_label;

  /* Owned */
  RampartWorkspace   *workspace;
  RampartRisk        *risk;
  GBindingGroup      *bindings;
  GSignalGroup       *risk_signals;
  GSignalGroup       *workspace_signals;
  GSignalGroup       *actions_signals;
};

G_DEFINE_FINAL_TYPE (RampartRiskEditor, rampart_risk_editor, ADW_TYPE_BIN)

static RampartRiskMethod *
get_method (RampartRiskEditor *self)
{
  return self->workspace != NULL ? rampart_workspace_get_risk_method (self->workspace) : NULL;
}

/* Choices */

/* "Not rated", then "1 · Rare", "2 · Unlikely"…: a level's number is its place in the list. */
static void
fill_levels (AdwComboRow       *row,
             RampartRiskMethod *method,
             RampartRiskScale   scale)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_string_list_append (levels, _("Not rated"));
  for (guint level = 1; method != NULL && level <= rampart_risk_method_get_n_levels (method, scale); level++)
    {
      g_autofree char *text = g_strdup_printf ("%u · %s", level, rampart_risk_method_get_level_label (method, scale, level));

      gtk_string_list_append (levels, text);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (levels));
}

/* "None", then the catalogue's entries in order. */
static void
fill_catalogue (AdwComboRow       *row,
                RampartRecordList *list)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("None"));
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RampartRecord) entry = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *name = rampart_record_dup_title (entry);

      gtk_string_list_append (names, name);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static gboolean
id_to_position (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  RampartRecordList *list = user_data;
  gint64 id = g_value_get_int64 (from);

  g_value_set_uint (to, 0);
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RampartRecord) entry = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (rampart_record_get_id (entry) == id)
        g_value_set_uint (to, i + 1);
    }

  return TRUE;
}

static gboolean
position_to_id (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  RampartRecordList *list = user_data;
  guint position = g_value_get_uint (from);
  g_autoptr(RampartRecord) entry = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  if (position > 0)
    entry = g_list_model_get_item (G_LIST_MODEL (list), position - 1);
  g_value_set_int64 (to, entry != NULL ? rampart_record_get_id (entry) : 0);

  return TRUE;
}

/* What the editor shows that is not a field */

static char *
describe_assets (RampartRiskEditor *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  GListModel *assets = G_LIST_MODEL (rampart_workspace_get_assets (self->workspace));

  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(RampartAsset) asset = g_list_model_get_item (assets, i);

      if (!rampart_risk_has_asset (self->risk, rampart_record_get_id (RAMPART_RECORD (asset))))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, rampart_asset_get_name (asset));
    }

  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : g_strdup (_("None linked yet"));
}

static char *
describe_controls (RampartRiskEditor *self)
{
  const char * const *ids = rampart_risk_get_control_ids (self->risk);

  return ids[0] != NULL ? g_strjoinv (", ", (char **) ids) : g_strdup (_("None linked yet"));
}

static void
update_acceptance (RampartRiskEditor *self)
{
  RampartRiskMethod *method = get_method (self);
  guint band = rampart_risk_get_current_band (self->risk, method);
  g_autofree char *title = NULL;
  const char *subtitle;

  if (rampart_risk_get_accepted (self->risk))
    {
      /* Translators: who accepted a risk, and when */
      title = g_strdup_printf (_("Accepted by %s on %s"), rampart_risk_get_accepted_by (self->risk),
                               rampart_risk_get_accepted_on (self->risk));
      subtitle = rampart_risk_get_acceptance_stale (self->risk, method)
        ? _("The residual rating has changed since: the owner should accept it again.")
        : rampart_risk_get_acceptance_rationale (self->risk);
    }
  else
    {
      title = g_strdup (_("Not accepted"));
      subtitle = band != RAMPART_RISK_UNRATED && !rampart_risk_method_is_acceptable (method, band)
        ? _("Above the acceptance criterion: the owner accepts what remains after treatment.")
        : _("Within the acceptance criterion.");
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->acceptance_row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->acceptance_row), subtitle);
  gtk_widget_set_visible (self->withdraw_button, rampart_risk_get_accepted (self->risk));
  if (rampart_risk_get_acceptance_stale (self->risk, method))
    gtk_widget_add_css_class (GTK_WIDGET (self->acceptance_row), "stale");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->acceptance_row), "stale");
}

static void
update_derived (RampartRiskEditor *self)
{
  RampartRiskMethod *method = get_method (self);
  g_autofree char *code = NULL;
  g_autofree char *assets = NULL;
  g_autofree char *controls = NULL;
  gboolean cia;

  if (self->risk == NULL || method == NULL)
    return;

  code = rampart_risk_dup_code (self->risk);
  adw_preferences_group_set_title (self->risk_group, code);

  cia = rampart_risk_method_get_cia_impact (method);
  gtk_widget_set_visible (GTK_WIDGET (self->inherent_impact_row), !cia);
  gtk_widget_set_visible (GTK_WIDGET (self->residual_impact_row), !cia);
  gtk_widget_set_visible (GTK_WIDGET (self->inherent_c_row), cia);
  gtk_widget_set_visible (GTK_WIDGET (self->inherent_i_row), cia);
  gtk_widget_set_visible (GTK_WIDGET (self->inherent_a_row), cia);
  gtk_widget_set_visible (GTK_WIDGET (self->residual_c_row), cia);
  gtk_widget_set_visible (GTK_WIDGET (self->residual_i_row), cia);
  gtk_widget_set_visible (GTK_WIDGET (self->residual_a_row), cia);

  rampart_band_label_set_band (self->inherent_band, method,
                               rampart_risk_get_band (self->risk, method, RAMPART_RISK_INHERENT));
  rampart_band_label_set_band (self->residual_band, method,
                               rampart_risk_get_band (self->risk, method, RAMPART_RISK_RESIDUAL));

  assets = describe_assets (self);
  adw_action_row_set_subtitle (self->assets_row, assets);
  controls = describe_controls (self);
  adw_action_row_set_subtitle (self->controls_row, controls);

  update_acceptance (self);
  gtk_widget_set_visible (GTK_WIDGET (self->no_actions_label),
                          g_list_model_get_n_items (G_LIST_MODEL (rampart_risk_get_actions (self->risk))) == 0);
}

/* Models that follow the method and the catalogues; the bindings wait while they change. */
static void
fill_models (RampartRiskEditor *self)
{
  RampartRiskMethod *method = get_method (self);
  AdwComboRow *likelihoods[] = { self->inherent_likelihood_row, self->residual_likelihood_row };
  AdwComboRow *impacts[] = {
    self->inherent_impact_row, self->inherent_c_row, self->inherent_i_row, self->inherent_a_row,
    self->residual_impact_row, self->residual_c_row, self->residual_i_row, self->residual_a_row,
  };

  g_binding_group_set_source (self->bindings, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (likelihoods); i++)
    fill_levels (likelihoods[i], method, RAMPART_RISK_SCALE_LIKELIHOOD);
  for (guint i = 0; i < G_N_ELEMENTS (impacts); i++)
    fill_levels (impacts[i], method, RAMPART_RISK_SCALE_IMPACT);
  fill_catalogue (self->threat_row, self->workspace != NULL ? rampart_workspace_get_threats (self->workspace) : NULL);
  fill_catalogue (self->vulnerability_row,
                  self->workspace != NULL ? rampart_workspace_get_vulnerabilities (self->workspace) : NULL);

  g_binding_group_set_source (self->bindings, self->risk);
  update_derived (self);
}

/* The bindings that need the workspace's catalogues, made again for each workspace. */
static void
bind_catalogues (RampartRiskEditor *self)
{
  g_binding_group_bind_full (self->bindings, "threat-id", self->threat_row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE, id_to_position, position_to_id,
                             rampart_workspace_get_threats (self->workspace), NULL);
  g_binding_group_bind_full (self->bindings, "vulnerability-id", self->vulnerability_row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE, id_to_position, position_to_id,
                             rampart_workspace_get_vulnerabilities (self->workspace), NULL);
}

/* Actions */

static GtkWidget *
create_action_row_cb (gpointer item,
                      gpointer user_data)
{
  RampartRiskEditor *self = user_data;

  return rampart_action_row_new (item, self->workspace);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RampartRiskEditor *self = RAMPART_RISK_EDITOR (widget);
  RampartRecordList *actions;
  RampartRecord *action;
  guint position;

  if (self->risk == NULL)
    return;

  actions = rampart_risk_get_actions (self->risk);
  action = rampart_record_list_add (actions);
  g_object_set (action, "owner", rampart_risk_get_owner (self->risk), NULL);
  if (rampart_record_list_find (actions, action, &position))
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->actions_list, (int) position);

      if (RAMPART_IS_ACTION_ROW (row))
        rampart_action_row_start_editing (RAMPART_ACTION_ROW (row));
    }
}

static void
assets_chosen_cb (const char * const *keys,
                  gpointer            user_data)
{
  RampartRisk *risk = user_data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; keys[i] != NULL; i++)
    {
      gint64 id = g_ascii_strtoll (keys[i], NULL, 10);

      g_array_append_val (ids, id);
    }

  if (!rampart_record_is_deleted (RAMPART_RECORD (risk)))
    rampart_risk_set_asset_ids (risk, (const gint64 *) ids->data, ids->len);
}

static void
choose_assets_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RampartRiskEditor *self = RAMPART_RISK_EDITOR (widget);
  GListModel *assets = G_LIST_MODEL (rampart_workspace_get_assets (self->workspace));
  RampartPickerWindow *picker;

  picker = rampart_picker_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Assets at Risk"),
                                      assets_chosen_cb, G_OBJECT (self->risk));
  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(RampartAsset) asset = g_list_model_get_item (assets, i);
      gint64 id = rampart_record_get_id (RAMPART_RECORD (asset));
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      rampart_picker_window_add_item (picker, key, rampart_asset_get_name (asset),
                                      rampart_enum_get_label (RAMPART_TYPE_ASSET_KIND, rampart_asset_get_kind (asset)),
                                      rampart_risk_has_asset (self->risk, id));
    }
  gtk_window_present (GTK_WINDOW (picker));
}

static void
controls_chosen_cb (const char * const *keys,
                    gpointer            user_data)
{
  RampartRisk *risk = user_data;

  if (!rampart_record_is_deleted (RAMPART_RECORD (risk)))
    rampart_risk_set_control_ids (risk, keys);
}

static void
choose_controls_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RampartRiskEditor *self = RAMPART_RISK_EDITOR (widget);
  RampartPickerWindow *picker;

  picker = rampart_picker_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Controls of the Treatment"),
                                      controls_chosen_cb, G_OBJECT (self->risk));
  rampart_picker_window_add_controls (picker, self->workspace, rampart_risk_get_control_ids (self->risk));
  gtk_window_present (GTK_WINDOW (picker));
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartRiskEditor *self = RAMPART_RISK_EDITOR (widget);

  gtk_window_present (GTK_WINDOW (rampart_accept_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                             self->workspace, self->risk)));
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RampartRiskEditor *self = RAMPART_RISK_EDITOR (widget);

  rampart_risk_withdraw_acceptance (self->risk);
}

/* GObject */

static void
rampart_risk_editor_dispose (GObject *object)
{
  RampartRiskEditor *self = RAMPART_RISK_EDITOR (object);

  if (self->actions_list != NULL)
    gtk_list_box_bind_model (self->actions_list, NULL, NULL, NULL, NULL);
  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->risk_signals);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->actions_signals);
  g_clear_object (&self->risk);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (rampart_risk_editor_parent_class)->dispose (object);
}

static void
rampart_risk_editor_class_init (RampartRiskEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_risk_editor_dispose;

  g_type_ensure (RAMPART_TYPE_BAND_LABEL);
  g_type_ensure (RAMPART_TYPE_DATE_ROW);
  g_type_ensure (RAMPART_TYPE_TEXT_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-risk-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, risk_group);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, review_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, description_area);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, threat_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, vulnerability_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, assets_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, inherent_likelihood_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, inherent_impact_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, inherent_c_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, inherent_i_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, inherent_a_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, inherent_band);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, treatment_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, rationale_area);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, controls_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, residual_likelihood_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, residual_impact_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, residual_c_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, residual_i_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, residual_a_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, residual_band);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, acceptance_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, actions_list);
  gtk_widget_class_bind_template_child (widget_class, RampartRiskEditor, no_actions_label);

  gtk_widget_class_install_action (widget_class, "editor.choose-assets", NULL, choose_assets_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-controls", NULL, choose_controls_action);
  gtk_widget_class_install_action (widget_class, "editor.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "editor.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "editor.add-action", NULL, add_action);
}

/* The bindings of the fields to the risk; those of the catalogues follow with the workspace. */
static void
create_bindings (RampartRiskEditor *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  static const struct {
    const char *property;
    gsize       offset;
  } levels[] = {
    { "inherent-likelihood", G_STRUCT_OFFSET (RampartRiskEditor, inherent_likelihood_row) },
    { "inherent-impact", G_STRUCT_OFFSET (RampartRiskEditor, inherent_impact_row) },
    { "inherent-confidentiality", G_STRUCT_OFFSET (RampartRiskEditor, inherent_c_row) },
    { "inherent-integrity", G_STRUCT_OFFSET (RampartRiskEditor, inherent_i_row) },
    { "inherent-availability", G_STRUCT_OFFSET (RampartRiskEditor, inherent_a_row) },
    { "residual-likelihood", G_STRUCT_OFFSET (RampartRiskEditor, residual_likelihood_row) },
    { "residual-impact", G_STRUCT_OFFSET (RampartRiskEditor, residual_impact_row) },
    { "residual-confidentiality", G_STRUCT_OFFSET (RampartRiskEditor, residual_c_row) },
    { "residual-integrity", G_STRUCT_OFFSET (RampartRiskEditor, residual_i_row) },
    { "residual-availability", G_STRUCT_OFFSET (RampartRiskEditor, residual_a_row) },
  };

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "title", self->title_row, "text", flags);
  g_binding_group_bind (self->bindings, "owner", self->owner_row, "text", flags);
  rampart_bind_choice (self->bindings, "status", self->status_row, RAMPART_TYPE_RISK_STATUS);
  g_binding_group_bind (self->bindings, "next-review", self->review_row, "date", flags);
  g_binding_group_bind (self->bindings, "description", self->description_area, "text", flags);
  rampart_bind_choice (self->bindings, "treatment", self->treatment_row, RAMPART_TYPE_TREATMENT);
  g_binding_group_bind (self->bindings, "treatment-rationale", self->rationale_area, "text", flags);
  /* A level's place in its list is the level itself. */
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    g_binding_group_bind (self->bindings, levels[i].property,
                          G_STRUCT_MEMBER (GObject *, self, levels[i].offset), "selected", flags);

  if (self->workspace != NULL)
    bind_catalogues (self);
}

static void
rampart_risk_editor_init (RampartRiskEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  create_bindings (self);
  /* The catalogue may have grown in its own section meanwhile. */
  g_signal_connect (self, "map", G_CALLBACK (fill_models), NULL);

  self->risk_signals = g_signal_group_new (RAMPART_TYPE_RISK);
  g_signal_group_connect_swapped (self->risk_signals, "notify", G_CALLBACK (update_derived), self);
  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::risk-method", G_CALLBACK (fill_models), self);
  self->actions_signals = g_signal_group_new (RAMPART_TYPE_RECORD_LIST);
  g_signal_group_connect_swapped (self->actions_signals, "items-changed", G_CALLBACK (update_derived), self);
}

/**
 * rampart_risk_editor_set_workspace:
 * @self: a #RampartRiskEditor
 * @workspace: (nullable): the workspace of the risks it edits
 */
void
rampart_risk_editor_set_workspace (RampartRiskEditor *self,
                                   RampartWorkspace  *workspace)
{
  g_return_if_fail (RAMPART_IS_RISK_EDITOR (self));

  rampart_risk_editor_set_risk (self, NULL);
  if (!g_set_object (&self->workspace, workspace))
    return;

  g_signal_group_set_target (self->workspace_signals, workspace);
  /* The catalogues' bindings hold the workspace's lists: made again for each. */
  g_clear_object (&self->bindings);
  create_bindings (self);
  fill_models (self);
}

/**
 * rampart_risk_editor_set_risk:
 * @self: a #RampartRiskEditor
 * @risk: (nullable): the risk to edit
 */
void
rampart_risk_editor_set_risk (RampartRiskEditor *self,
                              RampartRisk       *risk)
{
  RampartRecordList *actions;

  g_return_if_fail (RAMPART_IS_RISK_EDITOR (self));

  if (!g_set_object (&self->risk, risk))
    return;

  actions = risk != NULL ? rampart_risk_get_actions (risk) : NULL;
  g_binding_group_set_source (self->bindings, risk);
  g_signal_group_set_target (self->risk_signals, risk);
  g_signal_group_set_target (self->actions_signals, actions);
  gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (actions), create_action_row_cb, self, NULL);
  update_derived (self);
}

RampartRisk *
rampart_risk_editor_get_risk (RampartRiskEditor *self)
{
  g_return_val_if_fail (RAMPART_IS_RISK_EDITOR (self), NULL);

  return self->risk;
}

/* Puts the keyboard in the title, for a new risk. */
void
rampart_risk_editor_start_editing (RampartRiskEditor *self)
{
  g_return_if_fail (RAMPART_IS_RISK_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
