/* rampart-soa-page.c: the Statement of Applicability (clause 6.1.3 d)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-soa-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-finding-row.h"
#include "rampart-gui-utils.h"
#include "rampart-picker-window.h"
#include "rampart-soa-io.h"
#include "rampart-soa-page.h"
#include "rampart-soa-versions-window.h"
#include "rampart-soa.h"
#include "rampart-text-area.h"
#include "rampart-window.h"

/*
 * Every control in one list, grouped by theme, each row with its
 * applicability and implementation to change in place: deciding 93
 * controls is mostly a matter of going down the list. The editor holds
 * the rest of a control's line; the overview shows how far the statement
 * has come, what it still lacks, and its versions.
 */

/* Findings listed in the overview; the rows of the list mark all of them. */
#define MAX_FINDINGS 8

enum {
  THEME_ALL,
  THEME_FIRST,
  THEME_OWN = THEME_FIRST + RAMPART_N_CONTROL_THEMES,
};

enum {
  APPLICABILITY_ALL,
  APPLICABILITY_FIRST,
  APPLICABILITY_TO_REVIEW = APPLICABILITY_FIRST + RAMPART_APPLICABILITY_EXCLUDED + 1,
};

struct _RampartSoaPage
{
  RampartRecordPage     parent_instance;

  /* Template widgets */
  RampartRecordBrowser *browser;
  AdwComboRow          *theme_filter_row;
  AdwComboRow          *applicability_filter_row;
  AdwComboRow          *status_filter_row;
  AdwComboRow          *owner_filter_row;
  AdwComboRow          *attribute_filter_row;
  GtkLabel             *count_label;
  GtkWidget            *clear_filters_button;
  GtkLabel             *progress_label;
  GtkLevelBar          *progress_bar;
  GtkLabel             *undecided_label;
  GtkLabel             *included_label;
  GtkLabel             *excluded_label;
  GtkLabel             *implemented_label;
  GtkLabel             *review_label;
  AdwActionRow         *undecided_row;
  AdwActionRow         *included_row;
  AdwActionRow         *excluded_row;
  AdwActionRow         *implemented_row;
  AdwActionRow         *review_row;
  GtkWidget            *findings_group;
  GtkListBox           *findings_list;
  GtkLabel             *more_findings_label;
  AdwActionRow         *version_row;
  AdwPreferencesPage   *editor_page;
  AdwPreferencesGroup  *control_group;
  AdwEntryRow          *title_row;
  AdwExpanderRow       *attributes_row;
  GtkWidget            *description_group;
  RampartTextArea      *description_area;
  GtkWidget            *review_banner_row;
  AdwComboRow          *applicability_row;
  AdwComboRow          *implementation_row;
  AdwEntryRow          *owner_row;
  GtkListBox           *risks_list;
  GtkListBox           *policies_list;
  GtkSwitch            *legal_switch;
  GtkSwitch            *contractual_switch;
  GtkSwitch            *business_switch;
  GtkSwitch            *good_practice_switch;
  GtkSwitch            *party_switch;
  AdwComboRow          *requirement_row;
  RampartTextArea      *justification_area;
  RampartTextArea      *how_area;
  RampartTextArea      *evidence_area;
  GtkWidget            *delete_group;

  /* Owned */
  GSignalGroup         *workspace_signals;
  GSignalGroup         *entry_signals;
  guint                 refresh_source;
  GtkStringList        *owners;
  /* "kind\ttag" for each attribute the filter offers, after "all" */
  GPtrArray            *attributes;
  /* The requirement ids the requirement row offers, after "none" */
  GArray               *requirement_ids;
  gboolean              syncing_requirement;
  RampartSoaFormat      export_format;
  GtkWidget            *attribute_rows[RAMPART_N_CONTROL_ATTRIBUTES + 1];
};

G_DEFINE_FINAL_TYPE (RampartSoaPage, rampart_soa_page, RAMPART_TYPE_RECORD_PAGE)

static RampartSoaEntry *
get_selected (RampartSoaPage *self)
{
  RampartRecord *record = rampart_record_page_get_selected (RAMPART_RECORD_PAGE (self));

  return record != NULL ? RAMPART_SOA_ENTRY (record) : NULL;
}

static RampartRecordList *
get_entries (RampartSoaPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));

  return workspace != NULL ? rampart_workspace_get_soa_entries (workspace) : NULL;
}

/* The list */

static char *
section_cb (RampartRecord *record,
            gpointer       user_data)
{
  RampartSoaEntry *entry = RAMPART_SOA_ENTRY (record);

  if (rampart_soa_entry_get_own (entry))
    return g_strdup (_("The organisation’s own controls"));

  return g_strdup (rampart_control_theme_get_label (rampart_soa_entry_get_theme (entry)));
}

/* "Tom Hendry · to review", or nothing */
static char *
subtitle_cb (RampartRecord *record,
             gpointer       user_data)
{
  RampartSoaEntry *entry = RAMPART_SOA_ENTRY (record);
  const char *owner = rampart_soa_entry_get_owner (entry);

  if (rampart_soa_entry_get_to_review (entry))
    return *owner != '\0' ? g_strdup_printf (_("%s · to review"), owner) : g_strdup (_("To review"));

  return *owner != '\0' ? g_strdup (owner) : NULL;
}

static gboolean
implementation_sensitive (GBinding     *binding,
                          const GValue *from,
                          GValue       *to,
                          gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_enum (from) == RAMPART_APPLICABILITY_INCLUDED);
  return TRUE;
}

/* The applicability and the implementation, to change without opening the control. */
static GtkWidget *
row_widgets_cb (RampartRecord *record,
                gpointer       user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *applicability = rampart_choice_drop_down_new (G_OBJECT (record), "applicability",
                                                           RAMPART_TYPE_APPLICABILITY);
  GtkWidget *implementation = rampart_choice_drop_down_new (G_OBJECT (record), "implementation",
                                                            RAMPART_TYPE_IMPLEMENTATION);
  g_autofree char *title = rampart_record_dup_title (record);
  g_autofree char *applicability_name = g_strdup_printf (_("Applicability of %s"), title);
  g_autofree char *implementation_name = g_strdup_printf (_("Implementation of %s"), title);

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_add_css_class (applicability, "flat");
  gtk_widget_add_css_class (implementation, "flat");
  gtk_widget_set_tooltip_text (applicability, _("Applicability"));
  gtk_widget_set_tooltip_text (implementation, _("Implementation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (applicability), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  applicability_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (implementation), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  implementation_name, -1);
  g_object_bind_property_full (record, "applicability", implementation, "sensitive", G_BINDING_SYNC_CREATE,
                               implementation_sensitive, NULL, NULL, NULL);
  gtk_box_append (GTK_BOX (box), applicability);
  gtk_box_append (GTK_BOX (box), implementation);

  return box;
}

static GListModel *
check_cb (RampartWorkspace *workspace)
{
  return rampart_check_soa (workspace);
}

static RampartRecord *
new_cb (RampartRecordList *list,
        gpointer           user_data)
{
  return RAMPART_RECORD (rampart_soa_entry_new_own (list));
}

/* Filters */

static gboolean
has_attribute (RampartControl *control,
               const char     *wanted)
{
  g_auto(GStrv) parts = g_strsplit (wanted, "\t", 2);
  int kind = atoi (parts[0]);

  if (control == NULL || parts[1] == NULL || kind < 0 || kind >= RAMPART_N_CONTROL_ATTRIBUTES)
    return FALSE;

  return g_strv_contains (rampart_control_get_attribute (control, kind), parts[1]);
}

static gboolean
filter_cb (RampartRecord *record,
           const char    *query,
           gpointer       user_data)
{
  RampartSoaPage *self = user_data;
  RampartSoaEntry *entry = RAMPART_SOA_ENTRY (record);
  RampartControl *control = rampart_soa_entry_get_control (entry);
  guint theme = adw_combo_row_get_selected (self->theme_filter_row);
  guint applicability = adw_combo_row_get_selected (self->applicability_filter_row);
  guint status = adw_combo_row_get_selected (self->status_filter_row);
  guint owner = adw_combo_row_get_selected (self->owner_filter_row);
  guint attribute = adw_combo_row_get_selected (self->attribute_filter_row);

  if (theme == THEME_OWN && !rampart_soa_entry_get_own (entry))
    return FALSE;
  if (theme >= THEME_FIRST && theme < THEME_OWN &&
      (control == NULL || rampart_control_get_theme (control) != theme - THEME_FIRST))
    return FALSE;

  if (applicability == APPLICABILITY_TO_REVIEW && !rampart_soa_entry_get_to_review (entry))
    return FALSE;
  if (applicability >= APPLICABILITY_FIRST && applicability < APPLICABILITY_TO_REVIEW &&
      rampart_soa_entry_get_applicability (entry) != applicability - APPLICABILITY_FIRST)
    return FALSE;

  if (status > 0 && status != GTK_INVALID_LIST_POSITION &&
      (rampart_soa_entry_get_applicability (entry) != RAMPART_APPLICABILITY_INCLUDED ||
       rampart_soa_entry_get_implementation (entry) != status - 1))
    return FALSE;

  if (owner > 0 && owner != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (rampart_soa_entry_get_owner (entry), gtk_string_list_get_string (self->owners, owner)) != 0)
    return FALSE;

  if (attribute > 0 && attribute <= self->attributes->len &&
      !has_attribute (control, g_ptr_array_index (self->attributes, attribute - 1)))
    return FALSE;

  /* Searching finds a control by its attributes too. */
  return rampart_record_matches (record, query) || (control != NULL && rampart_control_matches (control, query));
}

static gboolean
filters_active (RampartSoaPage *self)
{
  AdwComboRow *rows[] = {
    self->theme_filter_row, self->applicability_filter_row, self->status_filter_row,
    self->owner_filter_row, self->attribute_filter_row,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint selected = adw_combo_row_get_selected (rows[i]);

      if (selected != 0 && selected != GTK_INVALID_LIST_POSITION)
        return TRUE;
    }

  return FALSE;
}

static void
update_count (RampartSoaPage *self)
{
  RampartRecordList *entries = get_entries (self);
  guint total = 0, shown = 0;
  g_autofree char *text = NULL;

  if (entries != NULL)
    {
      total = g_list_model_get_n_items (G_LIST_MODEL (entries));
      for (guint i = 0; i < total; i++)
        {
          g_autoptr(RampartRecord) entry = g_list_model_get_item (G_LIST_MODEL (entries), i);

          if (filter_cb (entry, NULL, self))
            shown++;
        }
    }

  if (filters_active (self))
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u control", "%u of %u controls", total),
                            shown, total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u control", "%u controls", total), total);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_visible (self->clear_filters_button, filters_active (self));
}

static void
filter_changed_cb (RampartSoaPage *self)
{
  rampart_record_browser_refilter (self->browser);
  update_count (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (widget);

  adw_combo_row_set_selected (self->theme_filter_row, 0);
  adw_combo_row_set_selected (self->applicability_filter_row, 0);
  adw_combo_row_set_selected (self->status_filter_row, 0);
  adw_combo_row_set_selected (self->owner_filter_row, 0);
  adw_combo_row_set_selected (self->attribute_filter_row, 0);
}

static void
fill_fixed_filters (RampartSoaPage *self)
{
  g_autoptr(GtkStringList) themes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) applicabilities = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_string_list_append (themes, _("All themes"));
  for (guint i = 0; i < RAMPART_N_CONTROL_THEMES; i++)
    gtk_string_list_append (themes, rampart_control_theme_get_label (i));
  gtk_string_list_append (themes, _("The organisation’s own"));
  adw_combo_row_set_model (self->theme_filter_row, G_LIST_MODEL (themes));

  gtk_string_list_append (applicabilities, _("Any"));
  for (guint i = 0; i <= RAMPART_APPLICABILITY_EXCLUDED; i++)
    gtk_string_list_append (applicabilities, rampart_enum_get_label (RAMPART_TYPE_APPLICABILITY, i));
  gtk_string_list_append (applicabilities, _("Imported, to review"));
  adw_combo_row_set_model (self->applicability_filter_row, G_LIST_MODEL (applicabilities));

  gtk_string_list_append (statuses, _("Any"));
  for (guint i = 0; i < RAMPART_N_IMPLEMENTATIONS; i++)
    gtk_string_list_append (statuses, rampart_enum_get_label (RAMPART_TYPE_IMPLEMENTATION, i));
  adw_combo_row_set_model (self->status_filter_row, G_LIST_MODEL (statuses));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* Owners and attributes follow the workspace; the choice made stays if it still exists. */
static void
fill_filters (RampartSoaPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  g_autoptr(GtkStringList) attribute_labels = gtk_string_list_new (NULL);
  g_autofree char *chosen_owner = NULL;
  guint selected = adw_combo_row_get_selected (self->owner_filter_row);
  guint new_selected = 0;
  GListModel *entries;

  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION && self->owners != NULL)
    chosen_owner = g_strdup (gtk_string_list_get_string (self->owners, selected));

  g_clear_object (&self->owners);
  self->owners = gtk_string_list_new (NULL);
  gtk_string_list_append (self->owners, _("Anyone"));
  if (workspace != NULL)
    {
      entries = G_LIST_MODEL (rampart_workspace_get_soa_entries (workspace));
      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(RampartSoaEntry) entry = g_list_model_get_item (entries, i);
          const char *owner = rampart_soa_entry_get_owner (entry);

          if (*owner != '\0' && g_hash_table_add (seen, (gpointer) owner))
            g_ptr_array_add (owners, (gpointer) owner);
        }
    }
  g_ptr_array_sort (owners, compare_strings);
  for (guint i = 0; i < owners->len; i++)
    {
      gtk_string_list_append (self->owners, g_ptr_array_index (owners, i));
      if (g_strcmp0 (chosen_owner, g_ptr_array_index (owners, i)) == 0)
        new_selected = i + 1;
    }
  g_signal_handlers_block_by_func (self->owner_filter_row, filter_changed_cb, self);
  adw_combo_row_set_model (self->owner_filter_row, G_LIST_MODEL (self->owners));
  adw_combo_row_set_selected (self->owner_filter_row, new_selected);
  g_signal_handlers_unblock_by_func (self->owner_filter_row, filter_changed_cb, self);

  /* Every attribute value of the catalogue, by kind, once */
  if (self->attributes->len == 0 && workspace != NULL)
    {
      GListModel *controls = rampart_workspace_get_controls (workspace);

      for (guint kind = 0; kind < RAMPART_N_CONTROL_ATTRIBUTES; kind++)
        {
          g_autoptr(GPtrArray) tags = g_ptr_array_new ();

          g_hash_table_remove_all (seen);
          for (guint i = 0; i < g_list_model_get_n_items (controls); i++)
            {
              g_autoptr(RampartControl) control = g_list_model_get_item (controls, i);
              const char * const *values = rampart_control_get_attribute (control, kind);

              for (guint j = 0; values[j] != NULL; j++)
                if (g_hash_table_add (seen, (gpointer) values[j]))
                  g_ptr_array_add (tags, (gpointer) values[j]);
            }
          g_ptr_array_sort (tags, compare_strings);
          for (guint i = 0; i < tags->len; i++)
            g_ptr_array_add (self->attributes, g_strdup_printf ("%u\t%s", kind, (char *) g_ptr_array_index (tags, i)));
        }

      gtk_string_list_append (attribute_labels, _("Any"));
      for (guint i = 0; i < self->attributes->len; i++)
        {
          g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (self->attributes, i), "\t", 2);
          g_autofree char *tag = rampart_control_format_tag (parts[1]);
          /* Translators: an ISO/IEC 27002 attribute kind and one of its values, as in "Control type: Preventive" */
          g_autofree char *label = g_strdup_printf (_("%s: %s"),
                                                    rampart_control_attribute_get_label (atoi (parts[0])), tag);

          gtk_string_list_append (attribute_labels, label);
        }
      adw_combo_row_set_model (self->attribute_filter_row, G_LIST_MODEL (attribute_labels));
    }
}

/* Shows only the controls of one kind, from the overview. */
static void
progress_row_activated_cb (RampartSoaPage *self,
                           GtkListBoxRow  *row)
{
  clear_filters_action (GTK_WIDGET (self), NULL, NULL);

  if (row == GTK_LIST_BOX_ROW (self->undecided_row))
    adw_combo_row_set_selected (self->applicability_filter_row, APPLICABILITY_FIRST + RAMPART_APPLICABILITY_UNDECIDED);
  else if (row == GTK_LIST_BOX_ROW (self->included_row))
    adw_combo_row_set_selected (self->applicability_filter_row, APPLICABILITY_FIRST + RAMPART_APPLICABILITY_INCLUDED);
  else if (row == GTK_LIST_BOX_ROW (self->excluded_row))
    adw_combo_row_set_selected (self->applicability_filter_row, APPLICABILITY_FIRST + RAMPART_APPLICABILITY_EXCLUDED);
  else if (row == GTK_LIST_BOX_ROW (self->implemented_row))
    adw_combo_row_set_selected (self->status_filter_row, 1 + RAMPART_IMPLEMENTATION_IMPLEMENTED);
  else if (row == GTK_LIST_BOX_ROW (self->review_row))
    adw_combo_row_set_selected (self->applicability_filter_row, APPLICABILITY_TO_REVIEW);

  /* Narrow, the list is where the filtered controls are. */
  rampart_record_browser_navigate_back (self->browser);
}

/* The overview */

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_text (label, text);
}

static void
refresh_overview (RampartSoaPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *more = NULL;
  RampartSoaProgress counts;
  GtkWidget *child;
  guint n_findings;
  gboolean has_changes = FALSE;

  if (workspace == NULL || rampart_workspace_get_closed (workspace))
    return;

  rampart_soa_count (workspace, &counts);
  progress = g_strdup_printf (_("%u of %u controls decided"), counts.decided, counts.total);
  gtk_label_set_text (self->progress_label, progress);
  gtk_level_bar_set_value (self->progress_bar, counts.total > 0 ? (double) counts.decided / counts.total : 0);
  set_count (self->undecided_label, counts.total - counts.decided);
  set_count (self->included_label, counts.included);
  set_count (self->excluded_label, counts.excluded);
  {
    /* Translators: how many of the applicable controls are implemented, as in "79 of 91" */
    g_autofree char *implemented = g_strdup_printf (_("%u of %u"), counts.implemented, counts.included);

    gtk_label_set_text (self->implemented_label, implemented);
  }
  set_count (self->review_label, counts.to_review);
  gtk_widget_set_visible (GTK_WIDGET (self->undecided_row), counts.decided < counts.total);
  gtk_widget_set_visible (GTK_WIDGET (self->review_row), counts.to_review > 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);
  findings = rampart_check_soa (workspace);
  n_findings = g_list_model_get_n_items (findings);
  for (guint i = 0; i < MIN (n_findings, MAX_FINDINGS); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);

      gtk_list_box_append (self->findings_list, rampart_finding_row_new (finding));
    }
  gtk_widget_set_visible (self->findings_group, n_findings > 0);
  if (n_findings > MAX_FINDINGS)
    more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "And %u more: the controls concerned are marked in the list.",
                                         "And %u more: the controls concerned are marked in the list.",
                                         n_findings - MAX_FINDINGS),
                            n_findings - MAX_FINDINGS);
  gtk_label_set_text (self->more_findings_label, more);
  gtk_widget_set_visible (GTK_WIDGET (self->more_findings_label), more != NULL);

  versions = rampart_workspace_list_soa_versions (workspace, &error);
  if (versions == NULL)
    {
      g_warning ("Could not read the issued versions: %s", error->message);
    }
  else if (versions->len == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->version_row), _("Not issued yet"));
      adw_action_row_set_subtitle (self->version_row,
                                   _("Issue a version once top management approves the statement"));
    }
  else
    {
      RampartSoaVersion *latest = g_ptr_array_index (versions, versions->len - 1);
      g_autoptr(RampartSoaVersion) current = rampart_soa_version_new_current (workspace);
      g_autoptr(GPtrArray) changes = rampart_soa_version_compare (latest, current);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      has_changes = changes->len > 0;

      title = g_strdup_printf (_("Version %u, approved by %s on %s"), rampart_soa_version_get_number (latest),
                               rampart_soa_version_get_approved_by (latest),
                               rampart_soa_version_get_approved_on (latest));
      if (changes->len == 0)
        subtitle = g_strdup (_("No changes since it was issued"));
      else
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%u control changed since: the pack prints a draft until the next version",
                                                 "%u controls changed since: the pack prints a draft until the next version",
                                                 changes->len),
                                    changes->len);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->version_row), title);
      adw_action_row_set_subtitle (self->version_row, subtitle);
    }

  /* A version that says what the last one said would only add noise. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa.issue", versions == NULL || versions->len == 0 || has_changes);

  fill_filters (self);
  update_count (self);
}

static void
finding_activated_cb (RampartSoaPage *self,
                      GtkListBoxRow  *row)
{
  RampartFinding *finding = rampart_finding_row_get_finding (RAMPART_FINDING_ROW (row));
  RampartRecord *record = rampart_finding_get_record (finding);

  if (record != NULL)
    {
      rampart_record_browser_select (self->browser, record);
      rampart_record_browser_show_editor (self->browser);
    }
}

/* The editor */

static void
refresh_risks (RampartSoaPage *self)
{
  RampartSoaEntry *entry = get_selected (self);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GPtrArray) risks = NULL;
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->risks_list))) != NULL)
    gtk_list_box_remove (self->risks_list, row);

  if (entry == NULL || workspace == NULL)
    return;

  risks = rampart_soa_entry_list_risks (entry);
  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);
      g_autofree char *code = rampart_risk_dup_code (risk);
      g_autofree char *title = g_strdup_printf ("%s %s", code, rampart_risk_get_title (risk));

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Risk treatment"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "rampart-record", g_object_ref (risk), g_object_unref);
      gtk_list_box_append (self->risks_list, row);
    }

  if (risks->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No risk is treated with this control"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->risks_list, row);
    }
}

/* The policies that support the control, each leading to it. */
static void
refresh_policies (RampartSoaPage *self)
{
  RampartSoaEntry *entry = get_selected (self);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GPtrArray) found = NULL;
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->policies_list))) != NULL)
    gtk_list_box_remove (self->policies_list, row);

  if (entry == NULL || workspace == NULL)
    return;

  found = rampart_policies_for_control (rampart_workspace_get_policies (workspace),
                                        rampart_soa_entry_get_control_id (entry));
  for (guint i = 0; i < found->len; i++)
    {
      RampartPolicy *policy = g_ptr_array_index (found, i);
      g_autofree char *title = rampart_record_dup_title (RAMPART_RECORD (policy));
      g_autofree char *version = rampart_policy_dup_version_label (policy);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                                   rampart_enum_get_label (RAMPART_TYPE_POLICY_STATUS,
                                                                           rampart_policy_get_status (policy)),
                                                   version);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "rampart-record", g_object_ref (policy), g_object_unref);
      gtk_list_box_append (self->policies_list, row);
    }

  if (found->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No policy supports this control yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->policies_list, row);
    }
}

/* A risk or a policy of the control's, in its own section */
static void
risk_activated_cb (RampartSoaPage *self,
                   GtkListBoxRow  *row)
{
  RampartRecord *record = g_object_get_data (G_OBJECT (row), "rampart-record");
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), RAMPART_TYPE_WINDOW);

  if (record != NULL && window != NULL)
    rampart_window_show_record (RAMPART_WINDOW (window), record);
}

typedef struct
{
  RampartSoaPage  *page;
  RampartSoaEntry *entry;
} PolicyLink;

static void
policy_link_free (gpointer data)
{
  PolicyLink *link = data;

  g_object_unref (link->page);
  g_object_unref (link->entry);
  g_free (link);
}

/* Each policy gains or loses the control, all in one edit. */
static void
policies_chosen_cb (const char * const *keys,
                    gpointer            user_data)
{
  PolicyLink *link = g_object_get_data (user_data, "rampart-policy-link");
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (link->page));
  const char *control_id = rampart_soa_entry_get_control_id (link->entry);
  RampartHistory *history;
  GListModel *model;

  if (workspace == NULL)
    return;

  model = G_LIST_MODEL (rampart_workspace_get_policies (workspace));
  history = rampart_workspace_get_history (workspace);
  rampart_history_begin_group (history, _("change of the policies of a control"));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (model, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, rampart_record_get_id (RAMPART_RECORD (policy)));
      gboolean wanted = g_strv_contains (keys, key);
      g_autoptr(GStrvBuilder) ids = NULL;
      g_auto(GStrv) new_ids = NULL;

      if (wanted == rampart_policy_has_control (policy, control_id))
        continue;

      ids = g_strv_builder_new ();
      for (const char * const *id = rampart_policy_get_control_ids (policy); *id != NULL; id++)
        if (!g_str_equal (*id, control_id))
          g_strv_builder_add (ids, *id);
      if (wanted)
        g_strv_builder_add (ids, control_id);
      new_ids = g_strv_builder_end (ids);
      g_object_set (policy, "control-ids", new_ids, NULL);
    }
  rampart_history_end_group (history);
  refresh_policies (link->page);
}

static void
link_policies_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (widget);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  RampartSoaEntry *entry = get_selected (self);
  g_autoptr(GObject) holder = NULL;
  RampartPickerWindow *picker;
  PolicyLink *link;
  GListModel *model;

  if (workspace == NULL || entry == NULL)
    return;

  /* The picker keeps the page and the control for its answer. */
  holder = g_object_new (G_TYPE_OBJECT, NULL);
  link = g_new0 (PolicyLink, 1);
  link->page = g_object_ref (self);
  link->entry = g_object_ref (entry);
  g_object_set_data_full (holder, "rampart-policy-link", link, policy_link_free);

  picker = rampart_picker_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Policies of the Control"),
                                      policies_chosen_cb, holder);
  model = G_LIST_MODEL (rampart_workspace_get_policies (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (model, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, rampart_record_get_id (RAMPART_RECORD (policy)));
      g_autofree char *title = rampart_record_dup_title (RAMPART_RECORD (policy));

      if (rampart_policy_get_status (policy) == RAMPART_POLICY_RETIRED)
        continue;
      rampart_picker_window_add_item (picker, key, title,
                                      rampart_enum_get_label (RAMPART_TYPE_POLICY_KIND, rampart_policy_get_kind (policy)),
                                      rampart_policy_has_control (policy, rampart_soa_entry_get_control_id (entry)));
    }
  gtk_window_present (GTK_WINDOW (picker));
}

static void
sync_requirement_row (RampartSoaPage *self)
{
  RampartSoaEntry *entry = get_selected (self);
  gint64 id = entry != NULL ? rampart_soa_entry_get_requirement_id (entry) : 0;
  guint position = 0;

  for (guint i = 0; i < self->requirement_ids->len; i++)
    if (g_array_index (self->requirement_ids, gint64, i) == id)
      position = i + 1;

  self->syncing_requirement = TRUE;
  adw_combo_row_set_selected (self->requirement_row, position);
  self->syncing_requirement = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->requirement_row),
                            entry != NULL && rampart_soa_entry_has_reason (entry, RAMPART_SOA_REASON_PARTY));
}

/* Every requirement of every interested party, "Party: requirement" */
static void
fill_requirements (RampartSoaPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *parties;

  g_array_set_size (self->requirement_ids, 0);
  gtk_string_list_append (labels, _("None chosen"));
  if (workspace != NULL)
    {
      parties = G_LIST_MODEL (rampart_workspace_get_interested_parties (workspace));
      for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
        {
          g_autoptr(RampartInterestedParty) party = g_list_model_get_item (parties, i);
          GListModel *requirements = G_LIST_MODEL (rampart_interested_party_get_requirements (party));

          for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
            {
              g_autoptr(RampartRequirement) requirement = g_list_model_get_item (requirements, j);
              g_autofree char *label = g_strdup_printf ("%s: %s", rampart_interested_party_get_name (party),
                                                        rampart_requirement_get_text (requirement));
              gint64 id = rampart_record_get_id (RAMPART_RECORD (requirement));

              gtk_string_list_append (labels, label);
              g_array_append_val (self->requirement_ids, id);
            }
        }
    }

  self->syncing_requirement = TRUE;
  adw_combo_row_set_model (self->requirement_row, G_LIST_MODEL (labels));
  self->syncing_requirement = FALSE;
  sync_requirement_row (self);
}

static void
requirement_selected_cb (RampartSoaPage *self)
{
  RampartSoaEntry *entry = get_selected (self);
  guint position = adw_combo_row_get_selected (self->requirement_row);
  gint64 id = 0;

  if (self->syncing_requirement || entry == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  if (position > 0 && position <= self->requirement_ids->len)
    id = g_array_index (self->requirement_ids, gint64, position - 1);
  if (id != rampart_soa_entry_get_requirement_id (entry))
    g_object_set (entry, "requirement-id", id, NULL);
}

static void
add_attribute_row (RampartSoaPage *self,
                   guint           index,
                   const char     *title,
                   const char     *values)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), values);
  gtk_widget_add_css_class (row, "property");
  adw_expander_row_add_row (self->attributes_row, row);
  self->attribute_rows[index] = row;
}

static void
fill_attributes (RampartSoaPage *self,
                 RampartControl *control)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->attribute_rows); i++)
    if (self->attribute_rows[i] != NULL)
      {
        adw_expander_row_remove (self->attributes_row, self->attribute_rows[i]);
        self->attribute_rows[i] = NULL;
      }

  gtk_widget_set_visible (GTK_WIDGET (self->attributes_row), control != NULL);
  if (control == NULL)
    return;

  for (guint kind = 0; kind < RAMPART_N_CONTROL_ATTRIBUTES; kind++)
    {
      const char * const *values = rampart_control_get_attribute (control, kind);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint j = 0; values[j] != NULL; j++)
        {
          g_autofree char *tag = rampart_control_format_tag (values[j]);

          g_string_append_printf (text, "%s%s", j > 0 ? ", " : "", tag);
        }
      add_attribute_row (self, kind, rampart_control_attribute_get_label (kind), text->str);
    }

  if (rampart_control_get_new_in_2022 (control))
    {
      add_attribute_row (self, RAMPART_N_CONTROL_ATTRIBUTES, _("ISO/IEC 27001:2013"), _("New in 2022"));
    }
  else
    {
      g_autofree char *ids = g_strjoinv (", ", (char **) rampart_control_get_ids_2013 (control));

      add_attribute_row (self, RAMPART_N_CONTROL_ATTRIBUTES, _("ISO/IEC 27001:2013"), ids);
    }
}

static void
update_editor (RampartSoaPage *self)
{
  RampartSoaEntry *entry = get_selected (self);
  gboolean own = entry != NULL && rampart_soa_entry_get_own (entry);
  g_autofree char *title = NULL;

  if (entry == NULL)
    return;

  title = g_strdup_printf ("%s %s", rampart_soa_entry_get_control_id (entry), rampart_soa_entry_get_title (entry));
  adw_preferences_group_set_title (self->control_group, title);
  adw_preferences_group_set_description (self->control_group,
                                         own ? _("A control of the organisation’s own, beside Annex A")
                                             : rampart_control_theme_get_label (rampart_soa_entry_get_theme (entry)));
  gtk_widget_set_visible (GTK_WIDGET (self->title_row), own);
  gtk_widget_set_visible (self->description_group, own);
  gtk_widget_set_visible (self->delete_group, own);
  gtk_widget_set_visible (self->review_banner_row, rampart_soa_entry_get_to_review (entry));
  gtk_widget_set_sensitive (GTK_WIDGET (self->implementation_row),
                            rampart_soa_entry_get_applicability (entry) == RAMPART_APPLICABILITY_INCLUDED);
  sync_requirement_row (self);
}

static void
entry_changed_cb (RampartSoaPage *self)
{
  update_editor (self);
}

static void
rampart_soa_page_selected_changed (RampartRecordPage *page)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (page);
  RampartSoaEntry *entry = get_selected (self);

  g_signal_group_set_target (self->entry_signals, entry);
  fill_attributes (self, entry != NULL ? rampart_soa_entry_get_control (entry) : NULL);
  fill_requirements (self);
  refresh_risks (self);
  refresh_policies (self);
  update_editor (self);
}

static void
mark_reviewed_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RampartSoaEntry *entry = get_selected (RAMPART_SOA_PAGE (widget));

  if (entry != NULL)
    g_object_set (entry, "to-review", FALSE, NULL);
}

static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (widget);
  RampartSoaEntry *entry = get_selected (self);
  g_autofree char *text = NULL;

  if (entry == NULL)
    return;

  text = rampart_soa_entry_propose_justification (entry);
  g_object_set (entry, "justification", text, NULL);
  rampart_text_area_grab_focus_text (self->justification_area);
}

/* Versions */

static void
versions_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (widget);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  GtkWidget *window;

  if (workspace == NULL)
    return;

  window = rampart_soa_versions_window_new (workspace);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (window));
}

typedef struct
{
  RampartSoaPage *page;
  GtkEditable    *approved_by;
  GtkEditable    *approved_on;
  GtkEditable    *summary;
} IssueDialog;

static void
issue_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   IssueDialog      *data)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (data->page));
  g_autoptr(RampartSoaVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWidget *window;

  if (!g_str_equal (response, "issue") || workspace == NULL)
    return;

  version = rampart_workspace_issue_soa_version (workspace, gtk_editable_get_text (data->approved_by),
                                                 gtk_editable_get_text (data->approved_on),
                                                 gtk_editable_get_text (data->summary), &error);
  window = gtk_widget_get_ancestor (GTK_WIDGET (data->page), RAMPART_TYPE_WINDOW);
  if (version == NULL)
    {
      rampart_show_error (GTK_WINDOW (window), _("Could Not Issue the Version"), error->message);
      return;
    }

  refresh_overview (data->page);
  message = g_strdup_printf (_("Version %u issued"), rampart_soa_version_get_number (version));
  rampart_show_toast (GTK_WIDGET (data->page), message);
}

static gboolean
is_date (const char *text)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", text);

  if (strlen (text) != 10)
    return FALSE;
  date = g_date_time_new_from_iso8601 (iso, NULL);
  return date != NULL;
}

static void
issue_fields_changed_cb (AdwMessageDialog *dialog)
{
  IssueDialog *data = g_object_get_data (G_OBJECT (dialog), "rampart-issue");
  gboolean ready = *gtk_editable_get_text (data->approved_by) != '\0' &&
                   is_date (gtk_editable_get_text (data->approved_on));

  adw_message_dialog_set_response_enabled (dialog, "issue", ready);
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (widget);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(RampartSoaVersion) current = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  RampartSoaProgress counts;
  IssueDialog *data;
  GtkWidget *dialog, *list;
  guint number = 1;

  if (workspace == NULL)
    return;

  versions = rampart_workspace_list_soa_versions (workspace, &error);
  if (versions == NULL)
    {
      rampart_show_error (GTK_WINDOW (gtk_widget_get_root (widget)), _("Could Not Issue the Version"), error->message);
      return;
    }

  current = rampart_soa_version_new_current (workspace);
  rampart_soa_count (workspace, &counts);
  if (versions->len > 0)
    {
      RampartSoaVersion *latest = g_ptr_array_index (versions, versions->len - 1);
      g_autoptr(GPtrArray) changes = rampart_soa_version_compare (latest, current);

      number = rampart_soa_version_get_number (latest) + 1;
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u control changed.", "%u controls changed.",
                                              changes->len),
                                 changes->len);
    }
  else
    {
      summary = g_strdup (_("First issue."));
    }

  heading = g_strdup_printf (_("Issue Version %u?"), number);
  if (counts.decided < counts.total)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The statement as it reads now is kept as version %u, for the pack and for later comparison. %u control is still undecided.",
                                         "The statement as it reads now is kept as version %u, for the pack and for later comparison. %u controls are still undecided.",
                                         counts.total - counts.decided),
                            number, counts.total - counts.decided);
  else
    body = g_strdup_printf (_("The statement as it reads now is kept as version %u, for the pack and for later comparison."),
                            number);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "issue", _("_Issue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "issue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "issue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data = g_new0 (IssueDialog, 1);
  data->page = self;
  data->approved_by = rampart_add_entry_row (GTK_LIST_BOX (list), _("Approved By"),
                                     rampart_organisation_get_sponsor (rampart_workspace_get_organisation (workspace)));
  data->approved_on = rampart_add_entry_row (GTK_LIST_BOX (list), _("Approved On (YYYY-MM-DD)"), today);
  data->summary = rampart_add_entry_row (GTK_LIST_BOX (list), _("What Changed"), summary);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  g_object_set_data_full (G_OBJECT (dialog), "rampart-issue", data, g_free);

  g_signal_connect_swapped (data->approved_by, "changed", G_CALLBACK (issue_fields_changed_cb), dialog);
  g_signal_connect_swapped (data->approved_on, "changed", G_CALLBACK (issue_fields_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (issue_response_cb), data);
  issue_fields_changed_cb (ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Exchange */

static void
export_chosen_cb (GListModel *files,
                  gpointer    user_data)
{
  RampartSoaPage *self = user_data;
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GFile) chosen = g_list_model_get_item (files, 0);
  g_autoptr(GFile) file = NULL;
  g_autoptr(RampartSoaVersion) current = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), RAMPART_TYPE_WINDOW);
  RampartSoaFormat format = self->export_format;

  if (workspace == NULL || chosen == NULL)
    return;

  /* A name typed without its extension gets the one of the format chosen. */
  name = g_file_get_basename (chosen);
  if (rampart_soa_format_from_name (name, &format))
    file = g_object_ref (chosen);
  else
    file = rampart_file_with_suffix (chosen, format == RAMPART_SOA_FORMAT_CSV ? ".csv" : ".xlsx");
  g_free (name);
  name = g_file_get_basename (file);

  current = rampart_soa_version_new_current (workspace);
  if (!rampart_soa_export (current, file, format, &error))
    {
      rampart_show_error (GTK_WINDOW (window), _("Could Not Export the Statement"), error->message);
      return;
    }

  message = g_strdup_printf (_("Exported to “%s”"), name);
  rampart_show_toast (GTK_WIDGET (self), message);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (widget);
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  gboolean csv = g_str_equal (g_variant_get_string (parameter, NULL), "csv");
  const char *organisation;
  g_autofree char *name = NULL;

  if (workspace == NULL)
    return;

  self->export_format = csv ? RAMPART_SOA_FORMAT_CSV : RAMPART_SOA_FORMAT_XLSX;
  organisation = rampart_organisation_get_name (rampart_workspace_get_organisation (workspace));
  /* Translators: the suggested file name of an exported Statement of Applicability */
  name = g_strdup_printf (_("%s Statement of Applicability.%s"),
                          *organisation != '\0' ? organisation : _("ISMS"), csv ? "csv" : "xlsx");
  rampart_choose_files (GTK_WINDOW (gtk_widget_get_root (widget)), GTK_FILE_CHOOSER_ACTION_SAVE,
                        _("Export the Statement of Applicability"), _("_Export"), name,
                        csv ? _("CSV files") : _("Excel workbooks"), csv ? "*.csv" : "*.xlsx",
                        export_chosen_cb, G_OBJECT (self));
}

static void
import_chosen_cb (GListModel *files,
                  gpointer    user_data)
{
  RampartSoaPage *self = user_data;
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  g_autoptr(GFile) file = g_list_model_get_item (files, 0);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  RampartSoaImportResult result = { 0 };
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), RAMPART_TYPE_WINDOW);

  if (workspace == NULL || file == NULL)
    return;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL || !rampart_soa_import_2013 (workspace, bytes, &result, &error))
    {
      rampart_show_error (GTK_WINDOW (window), _("Could Not Import the Decisions"), error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u control imported, to review",
                                          "%u controls imported, to review",
                                          result.n_changed),
                             result.n_changed);
  rampart_show_toast (GTK_WIDGET (self), message);

  refresh_overview (self);
  clear_filters_action (GTK_WIDGET (self), NULL, NULL);
  adw_combo_row_set_selected (self->applicability_filter_row, APPLICABILITY_TO_REVIEW);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  rampart_choose_files (GTK_WINDOW (gtk_widget_get_root (widget)), GTK_FILE_CHOOSER_ACTION_OPEN,
                        _("Import Decisions of a 2013 Statement of Applicability"), _("_Import"), NULL,
                        _("CSV files"), "*.csv", import_chosen_cb, G_OBJECT (widget));
}

/* Page */

static gboolean
refresh_cb (gpointer user_data)
{
  RampartSoaPage *self = user_data;

  self->refresh_source = 0;
  refresh_overview (self);
  refresh_risks (self);
  refresh_policies (self);
  return G_SOURCE_REMOVE;
}

/* Typing changes the workspace at every key: refresh once it settles, and only where it shows. */
static void
workspace_changed_cb (RampartSoaPage *self)
{
  if (self->refresh_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_source = g_timeout_add (250, refresh_cb, self);
}

/* Back from another section, where risks and parties may have changed. */
static void
rampart_soa_page_map (GtkWidget *widget)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (widget);

  GTK_WIDGET_CLASS (rampart_soa_page_parent_class)->map (widget);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh_cb (self);
  fill_requirements (self);
}

static void
rampart_soa_page_workspace_changed (RampartPage *page)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (page);

  g_ptr_array_set_size (self->attributes, 0);
  RAMPART_PAGE_CLASS (rampart_soa_page_parent_class)->workspace_changed (page);
  g_signal_group_set_target (self->workspace_signals, rampart_page_get_workspace (page));
  refresh_overview (self);
}

static RampartRecordList *
rampart_soa_page_get_records (RampartRecordPage  *page,
                              RampartWorkspace   *workspace,
                              GListModel        **model)
{
  return rampart_workspace_get_soa_entries (workspace);
}

static void
rampart_soa_page_dispose (GObject *object)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->entry_signals);

  G_OBJECT_CLASS (rampart_soa_page_parent_class)->dispose (object);
}

static void
rampart_soa_page_finalize (GObject *object)
{
  RampartSoaPage *self = RAMPART_SOA_PAGE (object);

  g_clear_object (&self->owners);
  g_ptr_array_unref (self->attributes);
  g_array_unref (self->requirement_ids);

  G_OBJECT_CLASS (rampart_soa_page_parent_class)->finalize (object);
}

static void
rampart_soa_page_class_init (RampartSoaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_soa_page_dispose;
  object_class->finalize = rampart_soa_page_finalize;
  widget_class->map = rampart_soa_page_map;
  RAMPART_PAGE_CLASS (klass)->workspace_changed = rampart_soa_page_workspace_changed;
  RAMPART_RECORD_PAGE_CLASS (klass)->get_records = rampart_soa_page_get_records;
  RAMPART_RECORD_PAGE_CLASS (klass)->selected_changed = rampart_soa_page_selected_changed;

  g_type_ensure (RAMPART_TYPE_TEXT_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-soa-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, browser);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, theme_filter_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, applicability_filter_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, status_filter_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, owner_filter_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, attribute_filter_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, undecided_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, included_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, excluded_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, implemented_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, review_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, undecided_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, included_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, excluded_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, implemented_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, review_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, findings_group);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, more_findings_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, version_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, editor_page);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, control_group);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, attributes_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, description_group);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, description_area);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, review_banner_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, applicability_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, implementation_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, owner_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, risks_list);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, policies_list);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, legal_switch);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, contractual_switch);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, business_switch);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, good_practice_switch);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, party_switch);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, requirement_row);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, justification_area);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, how_area);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, evidence_area);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaPage, delete_group);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, progress_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, risk_activated_cb);

  gtk_widget_class_install_action (widget_class, "soa.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "soa.mark-reviewed", NULL, mark_reviewed_action);
  gtk_widget_class_install_action (widget_class, "soa.propose", NULL, propose_action);
  gtk_widget_class_install_action (widget_class, "soa.versions", NULL, versions_action);
  gtk_widget_class_install_action (widget_class, "soa.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "soa.link-policies", NULL, link_policies_action);
  gtk_widget_class_install_action (widget_class, "soa.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "soa.import", NULL, import_action);
}

static void
rampart_soa_page_init (RampartSoaPage *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  GBindingGroup *bindings;

  self->attributes = g_ptr_array_new_with_free_func (g_free);
  self->requirement_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  rampart_record_page_set_browser (RAMPART_RECORD_PAGE (self), self->browser);
  rampart_record_browser_set_subtitle_func (self->browser, subtitle_cb, NULL);
  rampart_record_browser_set_section_func (self->browser, section_cb, NULL);
  rampart_record_browser_set_row_func (self->browser, row_widgets_cb, NULL);
  rampart_record_browser_set_new_func (self->browser, new_cb, NULL);
  rampart_record_browser_set_check_func (self->browser, check_cb);
  fill_fixed_filters (self);
  rampart_record_browser_set_filter_func (self->browser, filter_cb, self);

  bindings = rampart_record_page_get_bindings (RAMPART_RECORD_PAGE (self));
  g_binding_group_bind (bindings, "title", self->title_row, "text", flags);
  g_binding_group_bind (bindings, "description", self->description_area, "text", flags);
  rampart_bind_choice (bindings, "applicability", self->applicability_row, RAMPART_TYPE_APPLICABILITY);
  rampart_bind_choice (bindings, "implementation", self->implementation_row, RAMPART_TYPE_IMPLEMENTATION);
  g_binding_group_bind (bindings, "owner", self->owner_row, "text", flags);
  g_binding_group_bind (bindings, "legal", self->legal_switch, "active", flags);
  g_binding_group_bind (bindings, "contractual", self->contractual_switch, "active", flags);
  g_binding_group_bind (bindings, "business", self->business_switch, "active", flags);
  g_binding_group_bind (bindings, "good-practice", self->good_practice_switch, "active", flags);
  g_binding_group_bind (bindings, "party", self->party_switch, "active", flags);
  g_binding_group_bind (bindings, "justification", self->justification_area, "text", flags);
  g_binding_group_bind (bindings, "how", self->how_area, "text", flags);
  g_binding_group_bind (bindings, "evidence", self->evidence_area, "text", flags);
  g_signal_connect_swapped (self->requirement_row, "notify::selected", G_CALLBACK (requirement_selected_cb), self);

  self->entry_signals = g_signal_group_new (RAMPART_TYPE_SOA_ENTRY);
  g_signal_group_connect_swapped (self->entry_signals, "notify", G_CALLBACK (entry_changed_cb), self);

  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed", G_CALLBACK (workspace_changed_cb), self);
}
