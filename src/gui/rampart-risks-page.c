/* rampart-risks-page.c: the risk register, its heat maps and the editor of one risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-risks-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-band-label.h"
#include "rampart-checks.h"
#include "rampart-finding-row.h"
#include "rampart-gui-utils.h"
#include "rampart-heat-map-view.h"
#include "rampart-method-window.h"
#include "rampart-risk-editor.h"
#include "rampart-risks-page.h"
#include "rampart-window.h"

/*
 * The register is a column view over the workspace's risks, filtered by a
 * search, by choices (level, treatment, status, owner) and by a cell of a
 * heat map, and sorted by any column: it stays smooth with thousands of
 * risks, since only the rows on screen exist. Above it, the inherent and
 * residual heat maps and what the checks found; beside it, the editor of
 * the selected risk. Narrow, register and editor take turns.
 */

struct _RampartRisksPage
{
  RampartPage          parent_instance;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *filter_button;
  AdwComboRow         *level_filter_row;
  AdwComboRow         *treatment_filter_row;
  AdwComboRow         *status_filter_row;
  AdwComboRow         *owner_filter_row;
  GtkSwitch           *attention_switch;
  GtkRevealer         *filter_revealer;
  GtkLabel            *filter_label;
  GtkFlowBox          *maps_box;
  RampartHeatMapView  *inherent_map;
  RampartHeatMapView  *residual_map;
  GtkExpander         *findings_expander;
  GtkListBox          *findings_list;
  GtkWidget           *more_findings_box;
  GtkLabel            *more_findings_label;
  GtkStack            *register_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *code_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *inherent_column;
  GtkColumnViewColumn *treatment_column;
  GtkColumnViewColumn *residual_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *review_column;
  GtkWidget           *editor_separator;
  GtkStack            *editor_stack;
  RampartRiskEditor   *editor;

  /* Owned */
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkSingleSelection  *selection;
  GListStore          *findings;
  GtkStringList       *owners;
  /* The risks the checks found something in, for the filter */
  GHashTable          *flagged;
  /* The cells on screen: GtkListItem, borrowed */
  GHashTable          *bound;
  GSignalGroup        *workspace_signals;
  char                *query;
  guint                refresh_source;
  /* Changed while another section was shown: refreshed when shown again */
  gboolean             stale;
  /* The cell of a heat map the register is filtered by, if any */
  RampartRiskStage     cell_stage;
  guint                cell_likelihood;
  guint                cell_impact;
};

G_DEFINE_FINAL_TYPE (RampartRisksPage, rampart_risks_page, RAMPART_TYPE_PAGE)

static RampartRiskMethod *
get_method (RampartRisksPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));

  return workspace != NULL ? rampart_workspace_get_risk_method (workspace) : NULL;
}

static RampartRecordList *
get_risks (RampartRisksPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));

  return workspace != NULL ? rampart_workspace_get_risks (workspace) : NULL;
}

/* Cells: one widget each, refreshed when their risk or the method changes */

typedef void (*CellFunc) (RampartRisksPage *self,
                          GtkWidget        *widget,
                          RampartRisk      *risk);

typedef struct
{
  RampartRisksPage *page;
  CellFunc          func;
} Column;

static void
refresh_cell (GtkListItem *item)
{
  Column *column = g_object_get_data (G_OBJECT (item), "rampart-column");
  gpointer risk = gtk_list_item_get_item (item);

  if (risk != NULL)
    column->func (column->page, gtk_list_item_get_child (item), risk);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Column                   *column)
{
  gpointer risk = gtk_list_item_get_item (item);
  gulong handler;

  g_object_set_data (G_OBJECT (item), "rampart-column", column);
  handler = g_signal_connect_object (risk, "notify", G_CALLBACK (refresh_cell), item, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (item), "rampart-handler", GSIZE_TO_POINTER (handler));
  /* A change of method re-rates what is on screen: see method_changed_cb(). */
  g_hash_table_add (column->page->bound, item);
  refresh_cell (item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           Column                   *column)
{
  gpointer risk = gtk_list_item_get_item (item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "rampart-handler"));

  /* By id: finding handlers by function means a walk through all of them. */
  if (handler != 0)
    g_signal_handler_disconnect (risk, handler);
  g_object_set_data (G_OBJECT (item), "rampart-handler", NULL);
  if (column->page->bound != NULL)
    g_hash_table_remove (column->page->bound, item);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
setup_band_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Column                   *column)
{
  gtk_list_item_set_child (item, rampart_band_label_new ());
}

static void
set_code (RampartRisksPage *self,
          GtkWidget        *label,
          RampartRisk      *risk)
{
  g_autofree char *code = rampart_risk_dup_code (risk);

  gtk_label_set_text (GTK_LABEL (label), code);
}

static void
set_title (RampartRisksPage *self,
           GtkWidget        *label,
           RampartRisk      *risk)
{
  const char *title = rampart_risk_get_title (risk);

  gtk_label_set_text (GTK_LABEL (label), *title != '\0' ? title : _("Untitled risk"));
  if (*title == '\0')
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
set_owner (RampartRisksPage *self,
           GtkWidget        *label,
           RampartRisk      *risk)
{
  gtk_label_set_text (GTK_LABEL (label), rampart_risk_get_owner (risk));
}

static void
set_treatment (RampartRisksPage *self,
               GtkWidget        *label,
               RampartRisk      *risk)
{
  gtk_label_set_text (GTK_LABEL (label), rampart_enum_get_label (RAMPART_TYPE_TREATMENT, rampart_risk_get_treatment (risk)));
}

static void
set_status (RampartRisksPage *self,
            GtkWidget        *label,
            RampartRisk      *risk)
{
  gtk_label_set_text (GTK_LABEL (label), rampart_enum_get_label (RAMPART_TYPE_RISK_STATUS, rampart_risk_get_status (risk)));
}

static void
set_review (RampartRisksPage *self,
            GtkWidget        *label,
            RampartRisk      *risk)
{
  gtk_label_set_text (GTK_LABEL (label), rampart_risk_get_next_review (risk));
}

static void
set_inherent (RampartRisksPage *self,
              GtkWidget        *widget,
              RampartRisk      *risk)
{
  RampartRiskMethod *method = get_method (self);

  if (method != NULL)
    rampart_band_label_set_band (RAMPART_BAND_LABEL (widget), method,
                                 rampart_risk_get_band (risk, method, RAMPART_RISK_INHERENT));
}

static void
set_residual (RampartRisksPage *self,
              GtkWidget        *widget,
              RampartRisk      *risk)
{
  RampartRiskMethod *method = get_method (self);

  if (method != NULL)
    rampart_band_label_set_band (RAMPART_BAND_LABEL (widget), method,
                                 rampart_risk_get_band (risk, method, RAMPART_RISK_RESIDUAL));
}

/* Sorting */

static int
compare_code (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  gint64 x = rampart_record_get_id ((gpointer) a), y = rampart_record_get_id ((gpointer) b);

  return x < y ? -1 : x > y;
}

static int
compare_title (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_utf8_collate (rampart_risk_get_title ((gpointer) a), rampart_risk_get_title ((gpointer) b));
}

static int
compare_owner (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_utf8_collate (rampart_risk_get_owner ((gpointer) a), rampart_risk_get_owner ((gpointer) b));
}

/* Unrated sorts below the lowest band. */
static int
compare_band (RampartRisksPage *self,
              gpointer          a,
              gpointer          b,
              RampartRiskStage  stage)
{
  RampartRiskMethod *method = get_method (self);
  guint x = rampart_risk_get_band (a, method, stage), y = rampart_risk_get_band (b, method, stage);
  int rx = x == RAMPART_RISK_UNRATED ? -1 : (int) x, ry = y == RAMPART_RISK_UNRATED ? -1 : (int) y;

  return rx - ry;
}

static int
compare_inherent (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_band (user_data, (gpointer) a, (gpointer) b, RAMPART_RISK_INHERENT);
}

static int
compare_residual (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_band (user_data, (gpointer) a, (gpointer) b, RAMPART_RISK_RESIDUAL);
}

static int
compare_treatment (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return (int) rampart_risk_get_treatment ((gpointer) a) - (int) rampart_risk_get_treatment ((gpointer) b);
}

static int
compare_status (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return (int) rampart_risk_get_status ((gpointer) a) - (int) rampart_risk_get_status ((gpointer) b);
}

static int
compare_review (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return g_strcmp0 (rampart_risk_get_next_review ((gpointer) a), rampart_risk_get_next_review ((gpointer) b));
}

static void
setup_column (RampartRisksPage    *self,
              GtkColumnViewColumn *view_column,
              gboolean             band,
              CellFunc             func,
              GCompareDataFunc     compare)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare, self, NULL));
  Column *column = g_new0 (Column, 1);

  column->page = self;
  column->func = func;
  g_signal_connect (factory, "setup", G_CALLBACK (band ? setup_band_cb : setup_label_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), column);
  g_object_set_data_full (G_OBJECT (view_column), "rampart-column", column, g_free);

  gtk_column_view_column_set_factory (view_column, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
}

/* Filtering */

/* The level a filter looks at: residual once rated, inherent before. */
static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  RampartRisksPage *self = user_data;
  RampartRisk *risk = item;
  RampartRiskMethod *method = get_method (self);
  guint level = adw_combo_row_get_selected (self->level_filter_row);
  guint treatment = adw_combo_row_get_selected (self->treatment_filter_row);
  guint status = adw_combo_row_get_selected (self->status_filter_row);
  guint owner = adw_combo_row_get_selected (self->owner_filter_row);

  if (method == NULL)
    return FALSE;

  if (level > 0 && level != GTK_INVALID_LIST_POSITION &&
      rampart_risk_get_current_band (risk, method) != level - 1)
    return FALSE;
  if (treatment > 0 && treatment != GTK_INVALID_LIST_POSITION &&
      (guint) rampart_risk_get_treatment (risk) != treatment - 1)
    return FALSE;
  if (status > 0 && status != GTK_INVALID_LIST_POSITION &&
      (guint) rampart_risk_get_status (risk) != status - 1)
    return FALSE;
  if (owner > 0 && owner != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (rampart_risk_get_owner (risk), gtk_string_list_get_string (self->owners, owner)) != 0)
    return FALSE;
  if (gtk_switch_get_active (self->attention_switch) && !g_hash_table_contains (self->flagged, risk))
    return FALSE;

  if (self->cell_likelihood > 0 &&
      (rampart_risk_get_likelihood (risk, self->cell_stage) != self->cell_likelihood ||
       rampart_risk_get_impact (risk, method, self->cell_stage) != self->cell_impact ||
       rampart_risk_get_status (risk) == RAMPART_RISK_STATUS_CLOSED))
    return FALSE;

  return rampart_record_matches (RAMPART_RECORD (risk), self->query);
}

static void
update_register_stack (RampartRisksPage *self)
{
  RampartRecordList *risks = get_risks (self);
  gboolean empty = risks == NULL || g_list_model_get_n_items (G_LIST_MODEL (risks)) == 0;

  /* With no risk at all, there is nothing to edit beside the empty register. */
  gtk_widget_set_visible (self->editor_separator, !empty);
  gtk_widget_set_visible (GTK_WIDGET (self->editor_stack), !empty);

  if (empty)
    gtk_stack_set_visible_child_name (self->register_stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    gtk_stack_set_visible_child_name (self->register_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->register_stack, "list");
}

/* Says which filters are on, with a way to clear them all. */
static void
update_filter_label (RampartRisksPage *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  AdwComboRow *rows[] = { self->level_filter_row, self->treatment_filter_row,
                          self->status_filter_row, self->owner_filter_row };
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint selected = adw_combo_row_get_selected (rows[i]);
      GListModel *model = adw_combo_row_get_model (rows[i]);

      if (selected > 0 && selected != GTK_INVALID_LIST_POSITION && model != NULL)
        g_ptr_array_add (parts, g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model), selected)));
    }

  if (gtk_switch_get_active (self->attention_switch))
    g_ptr_array_add (parts, g_strdup (_("Points to address")));

  if (self->cell_likelihood > 0 && get_method (self) != NULL)
    /* Translators: a heat map's cell, as in "Inherent: Likely × Major" */
    g_ptr_array_add (parts, g_strdup_printf (_("%s: %s × %s"),
                                             self->cell_stage == RAMPART_RISK_INHERENT ? _("Inherent") : _("Residual"),
                                             rampart_risk_method_get_level_label (get_method (self), RAMPART_RISK_SCALE_LIKELIHOOD,
                                                                                  self->cell_likelihood),
                                             rampart_risk_method_get_level_label (get_method (self), RAMPART_RISK_SCALE_IMPACT,
                                                                                  self->cell_impact)));
  g_ptr_array_add (parts, NULL);

  text = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->filter_label, text);
  gtk_revealer_set_reveal_child (self->filter_revealer, parts->len > 1);
}

static void
refilter_with (RampartRisksPage *self,
               GtkFilterChange   change)
{
  if (self->filtered != NULL)
    gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered), change);
  update_filter_label (self);
  update_register_stack (self);
}

static void
refilter (RampartRisksPage *self)
{
  refilter_with (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (RampartRisksPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  /* Typing on only narrows what was found, and deleting only widens it:
   * then the risks outside, or inside, need no second look. */
  if (self->query != NULL && g_str_has_prefix (text, self->query))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->query != NULL && g_str_has_prefix (self->query, text))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  if (g_strcmp0 (text, self->query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (text);
  refilter_with (self, change);
}

static void
stop_search_cb (RampartRisksPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filter_changed_cb (RampartRisksPage *self)
{
  refilter (self);
}

static void
map_selection_cb (RampartRisksPage   *self,
                  RampartHeatMapView *map)
{
  RampartHeatMapView *other = map == self->inherent_map ? self->residual_map : self->inherent_map;

  /* One cell of one map at a time. */
  rampart_heat_map_view_get_selected (map, &self->cell_likelihood, &self->cell_impact);
  self->cell_stage = map == self->inherent_map ? RAMPART_RISK_INHERENT : RAMPART_RISK_RESIDUAL;
  rampart_heat_map_view_set_selected (other, 0, 0);
  refilter (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RampartRisksPage *self = RAMPART_RISKS_PAGE (widget);

  adw_combo_row_set_selected (self->level_filter_row, 0);
  adw_combo_row_set_selected (self->treatment_filter_row, 0);
  adw_combo_row_set_selected (self->status_filter_row, 0);
  adw_combo_row_set_selected (self->owner_filter_row, 0);
  gtk_switch_set_active (self->attention_switch, FALSE);
  self->cell_likelihood = self->cell_impact = 0;
  rampart_heat_map_view_set_selected (self->inherent_map, 0, 0);
  rampart_heat_map_view_set_selected (self->residual_map, 0, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  refilter (self);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The owners' choices, from the risks as they are now: a new owner shows up
 * shortly after being typed, and the owner chosen stays chosen. */
static void
fill_owners (RampartRisksPage *self)
{
  RampartRecordList *risks = get_risks (self);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  g_autofree char *owner = NULL;
  guint selected = adw_combo_row_get_selected (self->owner_filter_row);
  gboolean same;

  for (guint i = 0; risks != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (risks)); i++)
    {
      g_autoptr(RampartRisk) risk = g_list_model_get_item (G_LIST_MODEL (risks), i);
      const char *name = rampart_risk_get_owner (risk);

      /* The list keeps its risks, and the risks their owners, while this runs. */
      if (*name != '\0' && g_hash_table_add (seen, (gpointer) name))
        g_ptr_array_add (owners, (gpointer) name);
    }
  g_ptr_array_sort (owners, compare_strings);

  same = g_list_model_get_n_items (G_LIST_MODEL (self->owners)) == owners->len + 1;
  for (guint i = 0; same && i < owners->len; i++)
    same = g_str_equal (gtk_string_list_get_string (self->owners, i + 1), g_ptr_array_index (owners, i));
  if (same)
    return;

  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    owner = g_strdup (gtk_string_list_get_string (self->owners, selected));

  g_clear_object (&self->owners);
  self->owners = gtk_string_list_new ((const char *[]) { _("Any owner"), NULL });
  for (guint i = 0; i < owners->len; i++)
    gtk_string_list_append (self->owners, g_ptr_array_index (owners, i));
  adw_combo_row_set_model (self->owner_filter_row, G_LIST_MODEL (self->owners));
  for (guint i = 1; owner != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->owners)); i++)
    if (g_str_equal (gtk_string_list_get_string (self->owners, i), owner))
      adw_combo_row_set_selected (self->owner_filter_row, i);
}

/* Choices of the filters, from the method and the risks' owners. */
static void
fill_filters (RampartRisksPage *self)
{
  RampartRiskMethod *method = get_method (self);
  g_autoptr(GtkStringList) levels = gtk_string_list_new ((const char *[]) { _("Any level"), NULL });

  for (guint band = 0; method != NULL && band < rampart_risk_method_get_n_bands (method); band++)
    gtk_string_list_append (levels, rampart_risk_method_get_band_name (method, band));
  adw_combo_row_set_model (self->level_filter_row, G_LIST_MODEL (levels));

  fill_owners (self);
}

/* Findings, heat maps: shortly after each change */

static GtkWidget *
create_finding_row_cb (gpointer item,
                       gpointer user_data)
{
  return rampart_finding_row_new (item);
}

/* A few findings on the page; with more, the register lists their risks. */
#define MAX_FINDINGS_SHOWN 8

static void
refresh (RampartRisksPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) findings = NULL;
  g_autofree char *label = NULL;
  guint n_findings = 0;

  self->stale = FALSE;
  g_hash_table_remove_all (self->flagged);
  if (workspace != NULL)
    {
      findings = rampart_check_risks (workspace, NULL);
      n_findings = g_list_model_get_n_items (findings);
    }

  for (guint i = 0; i < n_findings; i++)
    {
      RampartFinding *finding = g_list_model_get_item (findings, i);
      RampartRecord *record = rampart_finding_get_record (finding);

      while (record != NULL && rampart_record_get_parent (record) != NULL)
        record = rampart_record_get_parent (record);
      if (RAMPART_IS_RISK (record))
        g_hash_table_add (self->flagged, record);

      if (items->len < MAX_FINDINGS_SHOWN)
        g_ptr_array_add (items, finding);
      else
        g_object_unref (finding);
    }
  g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       items->pdata, items->len);

  /* Translators: a heading above what the checks found in the register */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point to address", "%u points to address", n_findings),
                           n_findings);
  gtk_expander_set_label (self->findings_expander, label);
  gtk_widget_set_visible (GTK_WIDGET (self->findings_expander), n_findings > 0);

  gtk_widget_set_visible (self->more_findings_box, n_findings > items->len);
  if (n_findings > items->len)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more.", "And %u more.",
                                                            n_findings - items->len),
                                               n_findings - items->len);

      gtk_label_set_text (self->more_findings_label, more);
    }

  rampart_heat_map_view_refresh (self->inherent_map);
  rampart_heat_map_view_refresh (self->residual_map);
  fill_owners (self);
  if (gtk_switch_get_active (self->attention_switch))
    refilter (self);
  else
    update_register_stack (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  RampartRisksPage *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
workspace_changed_cb (RampartRisksPage *self)
{
  /* Edits elsewhere wait until the register is seen again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (200, refresh_cb, self);
}

static void
mapped_cb (RampartRisksPage *self)
{
  if (self->stale)
    refresh (self);
}

static void
method_changed_cb (RampartRisksPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  RampartRiskMethod *method = get_method (self);

  rampart_heat_map_view_set_risks (self->inherent_map, method, G_LIST_MODEL (rampart_workspace_get_risks (workspace)));
  rampart_heat_map_view_set_risks (self->residual_map, method, G_LIST_MODEL (rampart_workspace_get_risks (workspace)));
  fill_filters (self);
  refilter (self);

  /* The levels on screen, by the new method. */
  {
    GHashTableIter iter;
    gpointer item;

    g_hash_table_iter_init (&iter, self->bound);
    while (g_hash_table_iter_next (&iter, &item, NULL))
      refresh_cell (item);
  }
}

/* Selection and navigation */

static void
selection_changed_cb (RampartRisksPage *self)
{
  RampartRisk *risk = gtk_single_selection_get_selected_item (self->selection);

  rampart_risk_editor_set_risk (self->editor, risk);
  gtk_stack_set_visible_child_name (self->editor_stack, risk != NULL ? "editor" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks.delete", risk != NULL);
}

static void
show_editor (RampartRisksPage *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->editor_stack));
}

static void
activated_cb (RampartRisksPage *self)
{
  show_editor (self);
}

static void
leaflet_changed_cb (RampartRisksPage *self)
{
  rampart_page_set_can_navigate_back (RAMPART_PAGE (self),
                                      adw_leaflet_get_folded (self->leaflet) &&
                                      adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->editor_stack));
}

static gboolean
rampart_risks_page_navigate_back (RampartPage *page)
{
  RampartRisksPage *self = RAMPART_RISKS_PAGE (page);

  if (!rampart_page_get_can_navigate_back (page))
    return FALSE;

  return adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
finding_activated_cb (RampartRisksPage *self,
                      GtkListBoxRow    *row)
{
  RampartRecord *record = rampart_finding_get_record (rampart_finding_row_get_finding (RAMPART_FINDING_ROW (row)));

  /* An action's finding leads to its risk; an asset's to the assets. */
  while (record != NULL && rampart_record_get_parent (record) != NULL)
    record = rampart_record_get_parent (record);

  if (RAMPART_IS_RISK (record))
    {
      rampart_risks_page_select (self, RAMPART_RISK (record));
      show_editor (self);
    }
  else if (record != NULL)
    {
      GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), RAMPART_TYPE_WINDOW);

      if (window != NULL)
        rampart_window_show_record (RAMPART_WINDOW (window), record);
    }
}

/* Actions */

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartRisksPage *self = RAMPART_RISKS_PAGE (widget);

  rampart_risks_page_navigate_back (RAMPART_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RampartRisksPage *self = RAMPART_RISKS_PAGE (widget);
  RampartRecordList *risks = get_risks (self);
  RampartRecord *risk;

  if (risks == NULL)
    return;

  /* A new risk must not vanish behind the filters. */
  clear_filters_action (widget, NULL, NULL);
  risk = rampart_record_list_add (risks);
  rampart_risks_page_select (self, RAMPART_RISK (risk));
  show_editor (self);
  rampart_risk_editor_start_editing (self->editor);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartRisksPage *self = RAMPART_RISKS_PAGE (widget);
  RampartRisk *risk = gtk_single_selection_get_selected_item (self->selection);

  if (risk == NULL)
    return;

  rampart_delete_with_undo (widget, rampart_page_get_workspace (RAMPART_PAGE (self)), get_risks (self),
                            RAMPART_RECORD (risk));
  rampart_risks_page_navigate_back (RAMPART_PAGE (self));
}

static void
show_flagged_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RampartRisksPage *self = RAMPART_RISKS_PAGE (widget);

  gtk_switch_set_active (self->attention_switch, TRUE);
  gtk_expander_set_expanded (self->findings_expander, FALSE);
}

static void
method_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartRisksPage *self = RAMPART_RISKS_PAGE (widget);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));

  if (workspace != NULL)
    gtk_window_present (GTK_WINDOW (rampart_method_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), workspace)));
}

/* RampartPage */

static void
rampart_risks_page_workspace_changed (RampartPage *page)
{
  RampartRisksPage *self = RAMPART_RISKS_PAGE (page);
  RampartWorkspace *workspace = rampart_page_get_workspace (page);
  RampartRecordList *risks = get_risks (self);

  g_signal_group_set_target (self->workspace_signals, workspace);
  rampart_risk_editor_set_workspace (self->editor, workspace);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (risks));
  rampart_heat_map_view_set_risks (self->inherent_map, get_method (self), G_LIST_MODEL (risks));
  rampart_heat_map_view_set_risks (self->residual_map, get_method (self), G_LIST_MODEL (risks));
  fill_filters (self);
  refresh (self);
  refilter (self);
  selection_changed_cb (self);
}

/* GObject */

static void
rampart_risks_page_dispose (GObject *object)
{
  RampartRisksPage *self = RAMPART_RISKS_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->findings_list != NULL)
    gtk_list_box_bind_model (self->findings_list, NULL, NULL, NULL, NULL);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->findings);
  g_clear_object (&self->owners);
  g_clear_pointer (&self->flagged, g_hash_table_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_object (&self->workspace_signals);

  G_OBJECT_CLASS (rampart_risks_page_parent_class)->dispose (object);
}

static void
rampart_risks_page_finalize (GObject *object)
{
  g_free (RAMPART_RISKS_PAGE (object)->query);

  G_OBJECT_CLASS (rampart_risks_page_parent_class)->finalize (object);
}

static void
rampart_risks_page_class_init (RampartRisksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartPageClass *page_class = RAMPART_PAGE_CLASS (klass);

  object_class->dispose = rampart_risks_page_dispose;
  object_class->finalize = rampart_risks_page_finalize;
  page_class->workspace_changed = rampart_risks_page_workspace_changed;
  page_class->navigate_back = rampart_risks_page_navigate_back;

  g_type_ensure (RAMPART_TYPE_HEAT_MAP_VIEW);
  g_type_ensure (RAMPART_TYPE_RISK_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-risks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, level_filter_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, treatment_filter_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, status_filter_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, owner_filter_row);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, attention_switch);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, maps_box);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, inherent_map);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, residual_map);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, findings_expander);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, more_findings_box);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, more_findings_label);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, register_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, code_column);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, owner_column);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, inherent_column);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, treatment_column);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, residual_column);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, review_column);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, editor_separator);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartRisksPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_selection_cb);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);

  gtk_widget_class_install_action (widget_class, "page.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "page.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "risks.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "risks.method", NULL, method_action);
  gtk_widget_class_install_action (widget_class, "risks.show-flagged", NULL, show_flagged_action);
  gtk_widget_class_install_action (widget_class, "risks.clear-filters", NULL, clear_filters_action);
}

static void
rampart_risks_page_init (RampartRisksPage *self)
{
  g_autoptr(GtkStringList) treatments = gtk_string_list_new ((const char *[]) { _("Any treatment"), NULL });
  g_autoptr(GtkStringList) statuses = gtk_string_list_new ((const char *[]) { _("Any status"), NULL });
  g_autoptr(GEnumClass) treatment_class = g_type_class_ref (RAMPART_TYPE_TREATMENT);
  g_autoptr(GEnumClass) status_class = g_type_class_ref (RAMPART_TYPE_RISK_STATUS);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Side by side where they fit, one above the other where not; the maps
   * take the keyboard themselves, not the boxes around them. */
  for (GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (self->maps_box)); box != NULL;
       box = gtk_widget_get_next_sibling (box))
    gtk_widget_set_focusable (box, FALSE);

  for (guint i = 0; i < treatment_class->n_values; i++)
    gtk_string_list_append (treatments, rampart_enum_get_label (RAMPART_TYPE_TREATMENT, (int) i));
  for (guint i = 0; i < status_class->n_values; i++)
    gtk_string_list_append (statuses, rampart_enum_get_label (RAMPART_TYPE_RISK_STATUS, (int) i));
  adw_combo_row_set_model (self->treatment_filter_row, G_LIST_MODEL (treatments));
  adw_combo_row_set_model (self->status_filter_row, G_LIST_MODEL (statuses));
  self->owners = gtk_string_list_new ((const char *[]) { _("Any owner"), NULL });
  adw_combo_row_set_model (self->owner_filter_row, G_LIST_MODEL (self->owners));

  self->bound = g_hash_table_new (NULL, NULL);
  setup_column (self, self->code_column, FALSE, set_code, compare_code);
  setup_column (self, self->title_column, FALSE, set_title, compare_title);
  setup_column (self, self->owner_column, FALSE, set_owner, compare_owner);
  setup_column (self, self->inherent_column, TRUE, set_inherent, compare_inherent);
  setup_column (self, self->treatment_column, FALSE, set_treatment, compare_treatment);
  setup_column (self, self->residual_column, TRUE, set_residual, compare_residual);
  setup_column (self, self->status_column, FALSE, set_status, compare_status);
  setup_column (self, self->review_column, FALSE, set_review, compare_review);

  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (gtk_custom_filter_new (filter_cb, self, NULL)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_register_stack),
                           self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_sort_by_column (self->column_view, self->code_column, GTK_SORT_ASCENDING);

  self->flagged = g_hash_table_new (NULL, NULL);
  self->findings = g_list_store_new (RAMPART_TYPE_FINDING);
  gtk_list_box_bind_model (self->findings_list, G_LIST_MODEL (self->findings), create_finding_row_cb, NULL, NULL);

  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (workspace_changed_cb), self);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::risk-method", G_CALLBACK (method_changed_cb), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks.delete", FALSE);
}

/* Public API */

/**
 * rampart_risks_page_select:
 * @self: a #RampartRisksPage
 * @risk: a risk of the register
 *
 * Selects @risk, showing it first if the filters hid it.
 */
void
rampart_risks_page_select (RampartRisksPage *self,
                           RampartRisk      *risk)
{
  GListModel *shown = G_LIST_MODEL (self->sorted);

  g_return_if_fail (RAMPART_IS_RISKS_PAGE (self));
  g_return_if_fail (RAMPART_IS_RISK (risk));

  for (int attempt = 0; attempt < 2; attempt++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
        {
          g_autoptr(RampartRisk) item = g_list_model_get_item (shown, i);

          if (item == risk)
            {
              gtk_single_selection_set_selected (self->selection, i);
#if GTK_CHECK_VERSION (4, 12, 0)
              gtk_column_view_scroll_to (self->column_view, i, NULL, GTK_LIST_SCROLL_FOCUS, NULL);
#endif
              return;
            }
        }
      clear_filters_action (GTK_WIDGET (self), NULL, NULL);
    }
}

RampartRisk *
rampart_risks_page_get_selected (RampartRisksPage *self)
{
  g_return_val_if_fail (RAMPART_IS_RISKS_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/* How many risks the register shows, filters applied. */
guint
rampart_risks_page_get_n_shown (RampartRisksPage *self)
{
  g_return_val_if_fail (RAMPART_IS_RISKS_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

void
rampart_risks_page_set_query (RampartRisksPage *self,
                              const char       *query)
{
  g_return_if_fail (RAMPART_IS_RISKS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  search_changed_cb (self);
}
