/* rampart-record-browser.c: a searchable list of records beside an editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-record-browser"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-gui-utils.h"
#include "rampart-record-browser.h"
#include "rampart-record-row.h"

/*
 * Context issues, interested parties, scope entries, roles: each page is a
 * list of records to search, add to and delete from, beside an editor for
 * the selected one. This widget is that pattern, once. A page gives it the
 * list, its editor (bound to the selected record), the words of its empty
 * state and, if it wants them, a line under each title, sections, an
 * overview shown above the records, and the check whose findings mark the
 * rows. Narrow, the list and the editor take turns, as in GNOME Settings.
 */

struct _RampartRecordBrowser
{
  AdwBin                 parent_instance;

  /* Template widgets */
  GtkStack              *main_stack;
  AdwLeaflet            *leaflet;
  GtkSearchEntry        *search_entry;
  GtkButton             *add_button;
  GtkMenuButton         *add_menu_button;
  GtkStack              *list_stack;
  AdwBin                *list_header_bin;
  GtkListBox            *overview_list;
  GtkLabel              *overview_label;
  GtkListBox            *record_list;
  GtkLabel              *hint_label;
  AdwStatusPage         *empty_page;
  GtkButton             *empty_add_button;
  GtkStack              *editor_stack;
  AdwBin                *editor_bin;
  AdwBin                *overview_bin;

  /* Owned */
  RampartWorkspace      *workspace;
  RampartRecordList     *list;
  GtkFilterListModel    *filtered;
  RampartRecord         *selected;
  /* The record last deleted here, selected again if an undo brings it back */
  RampartRecord         *deleted;
  GSignalGroup          *workspace_signals;
  char                  *query;
  guint                  refresh_source;

  RampartRecordTextFunc  subtitle_func;
  gpointer               subtitle_data;
  RampartRecordTextFunc  section_func;
  gpointer               section_data;
  RampartCheckFunc       check_func;
  RampartRecordWidgetFunc row_func;
  gpointer               row_data;
  RampartRecordNewFunc   new_func;
  gpointer               new_data;
  RampartRecordFilterFunc filter_func;
  gpointer               filter_data;
  /* record → GPtrArray of its findings, kept between refreshes */
  GHashTable            *findings;
};

G_DEFINE_FINAL_TYPE (RampartRecordBrowser, rampart_record_browser, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_EDITOR,
  PROP_OVERVIEW,
  PROP_OVERVIEW_TITLE,
  PROP_EMPTY_ICON_NAME,
  PROP_EMPTY_TITLE,
  PROP_EMPTY_DESCRIPTION,
  PROP_ADD_LABEL,
  PROP_ADD_MENU,
  PROP_LIST_HEADER,
  PROP_SELECTED,
  PROP_CAN_NAVIGATE_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
has_overview (RampartRecordBrowser *self)
{
  return adw_bin_get_child (self->overview_bin) != NULL;
}

static guint
n_records (RampartRecordBrowser *self)
{
  /* All the records shown, which may come from more than the one list. */
  return self->filtered != NULL ? g_list_model_get_n_items (gtk_filter_list_model_get_model (self->filtered)) : 0;
}

static RampartRecordRow *
find_row (RampartRecordBrowser *self,
          RampartRecord        *record)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->record_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (RAMPART_IS_RECORD_ROW (child) && rampart_record_row_get_record (RAMPART_RECORD_ROW (child)) == record)
      return RAMPART_RECORD_ROW (child);

  return NULL;
}

static void
update_actions (RampartRecordBrowser *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "browser.add", self->list != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "browser.delete",
                                 self->selected != NULL && rampart_record_can_delete (self->selected));
}

static void
set_selected (RampartRecordBrowser *self,
              RampartRecord        *record)
{
  if (g_set_object (&self->selected, record))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);

  if (record != NULL)
    gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  else if (has_overview (self) && gtk_list_box_get_selected_row (self->overview_list) != NULL)
    gtk_stack_set_visible_child_name (self->editor_stack, "overview");
  else
    gtk_stack_set_visible_child_name (self->editor_stack, "none");

  update_actions (self);
}

static void
update_list_stack (RampartRecordBrowser *self)
{
  guint shown = self->filtered != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;

  /* With nothing to list or edit, the whole page says what belongs there. */
  gtk_stack_set_visible_child_name (self->main_stack,
                                    n_records (self) == 0 && !has_overview (self) ? "empty" : "browser");

  if (shown == 0 && self->query != NULL && *self->query != '\0')
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");

  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), has_overview (self) && n_records (self) == 0);
}

/* Findings and rows */

static void
collect_findings (RampartRecordBrowser *self)
{
  g_autoptr(GListModel) findings = NULL;

  g_hash_table_remove_all (self->findings);
  if (self->check_func == NULL || self->workspace == NULL)
    return;

  findings = self->check_func (self->workspace);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(RampartFinding) finding = g_list_model_get_item (findings, i);
      RampartRecord *record = rampart_finding_get_record (finding);
      GPtrArray *found;

      /* A requirement's finding marks its party in the list. */
      while (record != NULL && rampart_record_get_parent (record) != NULL)
        record = rampart_record_get_parent (record);
      if (record == NULL)
        continue;

      found = g_hash_table_lookup (self->findings, record);
      if (found == NULL)
        {
          found = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->findings, record, found);
        }
      g_ptr_array_add (found, g_object_ref (finding));
    }
}

static void
update_row (RampartRecordBrowser *self,
            RampartRecordRow     *row)
{
  RampartRecord *record = rampart_record_row_get_record (row);
  GPtrArray *found = g_hash_table_lookup (self->findings, record);
  g_autofree char *subtitle = NULL;
  g_autoptr(GString) messages = NULL;
  RampartFinding *worst = NULL;

  if (self->subtitle_func != NULL)
    subtitle = self->subtitle_func (record, self->subtitle_data);

  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      RampartFinding *finding = g_ptr_array_index (found, i);

      /* Advice is for the overview; rows only carry what needs doing. */
      if (rampart_finding_get_severity (finding) == RAMPART_SEVERITY_ADVICE)
        continue;
      if (worst == NULL || rampart_finding_get_severity (finding) > rampart_finding_get_severity (worst))
        worst = finding;
      if (messages == NULL)
        messages = g_string_new (NULL);
      else
        g_string_append_c (messages, '\n');
      g_string_append (messages, rampart_finding_get_message (finding));
    }

  rampart_record_row_update (row, subtitle, worst, messages != NULL ? messages->str : NULL);
}

static gboolean
refresh_cb (gpointer user_data)
{
  RampartRecordBrowser *self = user_data;

  self->refresh_source = 0;
  rampart_record_browser_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
workspace_changed_cb (RampartRecordBrowser *self)
{
  /* Typing changes the workspace at every key: refresh once it settles. */
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (150, refresh_cb, self);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  RampartRecordBrowser *self = user_data;
  GtkWidget *row = rampart_record_row_new (item);

  if (self->row_func != NULL)
    rampart_record_row_add_extra (RAMPART_RECORD_ROW (row), self->row_func (item, self->row_data));
  update_row (self, RAMPART_RECORD_ROW (row));

  return row;
}

static void
header_cb (GtkListBoxRow *row,
           GtkListBoxRow *before,
           gpointer       user_data)
{
  RampartRecordBrowser *self = user_data;
  g_autofree char *section = NULL;
  g_autofree char *previous = NULL;
  GtkWidget *header;

  if (self->section_func == NULL)
    return;

  section = self->section_func (rampart_record_row_get_record (RAMPART_RECORD_ROW (row)), self->section_data);
  if (before != NULL)
    previous = self->section_func (rampart_record_row_get_record (RAMPART_RECORD_ROW (before)), self->section_data);

  if (g_strcmp0 (section, previous) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (section);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (header, "record-section");
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

/* Searching */

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  RampartRecordBrowser *self = user_data;

  if (self->filter_func != NULL)
    return self->filter_func (item, self->query, self->filter_data);

  return rampart_record_matches (item, self->query);
}

/* After the rows were rebuilt, the selected record's row is selected again. */
static void
reselect (RampartRecordBrowser *self)
{
  RampartRecordRow *row;

  if (self->selected == NULL)
    return;

  row = find_row (self, self->selected);
  if (row != NULL)
    gtk_list_box_select_row (self->record_list, GTK_LIST_BOX_ROW (row));
}

static void
search_changed_cb (RampartRecordBrowser *self)
{
  g_free (self->query);
  self->query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (self->filtered != NULL)
    gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered), GTK_FILTER_CHANGE_DIFFERENT);
  reselect (self);
  update_list_stack (self);
}

static void
stop_search_cb (RampartRecordBrowser *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Rows go and come as the list is sorted again: the selection stays. */
static void
filtered_items_changed_cb (RampartRecordBrowser *self)
{
  if (self->deleted != NULL && !rampart_record_is_deleted (self->deleted) &&
      find_row (self, self->deleted) != NULL)
    {
      g_autoptr(RampartRecord) restored = g_steal_pointer (&self->deleted);

      rampart_record_browser_select (self, restored);
    }

  reselect (self);
  update_list_stack (self);
}

/* Selection and navigation */


static void
record_row_selected_cb (RampartRecordBrowser *self,
                        GtkListBoxRow        *row)
{
  if (row != NULL)
    {
      gtk_list_box_unselect_all (self->overview_list);
      set_selected (self, rampart_record_row_get_record (RAMPART_RECORD_ROW (row)));
    }
  /* A row also goes while a search rebuilds the list: only a deletion unselects. */
  else if (self->selected != NULL && rampart_record_is_deleted (self->selected))
    {
      if (has_overview (self))
        rampart_record_browser_show_overview (self);
      else
        set_selected (self, NULL);
    }
}

static void
overview_row_selected_cb (RampartRecordBrowser *self,
                          GtkListBoxRow        *row)
{
  if (row == NULL)
    return;

  gtk_list_box_unselect_all (self->record_list);
  set_selected (self, NULL);
}

static void
row_activated_cb (RampartRecordBrowser *self)
{
  rampart_record_browser_show_editor (self);
}

static void
leaflet_changed_cb (RampartRecordBrowser *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_NAVIGATE_BACK]);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RampartRecordBrowser *self = RAMPART_RECORD_BROWSER (widget);

  /* A page with several kinds to add offers them in a menu. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->add_menu_button)))
    gtk_menu_button_popup (self->add_menu_button);
  else
    rampart_record_browser_add (self, NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RampartRecordBrowser *self = RAMPART_RECORD_BROWSER (widget);
  g_autoptr(RampartRecord) record = NULL;
  guint position = 0;

  if (self->selected == NULL || !rampart_record_can_delete (self->selected))
    return;

  record = g_object_ref (self->selected);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)); i++)
    {
      g_autoptr(RampartRecord) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (item == record)
        position = i;
    }

  /* From its own list: a browser may show the records of several. */
  rampart_delete_with_undo (GTK_WIDGET (self), self->workspace, rampart_record_get_list (record), record);
  g_set_object (&self->deleted, record);

  /* The next record takes the deleted one's place, as in a file manager. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
      g_autoptr(RampartRecord) next = g_list_model_get_item (G_LIST_MODEL (self->filtered), MIN (position, n - 1));

      rampart_record_browser_select (self, next);
    }

  if (adw_leaflet_get_folded (self->leaflet))
    rampart_record_browser_navigate_back (self);
}

/* GObject */

static void
rampart_record_browser_dispose (GObject *object)
{
  RampartRecordBrowser *self = RAMPART_RECORD_BROWSER (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->record_list != NULL)
    gtk_list_box_bind_model (self->record_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->filtered);
  g_clear_object (&self->list);
  g_clear_object (&self->selected);
  g_clear_object (&self->deleted);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->findings, g_hash_table_unref);

  G_OBJECT_CLASS (rampart_record_browser_parent_class)->dispose (object);
}

static void
rampart_record_browser_finalize (GObject *object)
{
  g_free (RAMPART_RECORD_BROWSER (object)->query);

  G_OBJECT_CLASS (rampart_record_browser_parent_class)->finalize (object);
}

static void
rampart_record_browser_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RampartRecordBrowser *self = RAMPART_RECORD_BROWSER (object);

  switch (prop_id)
    {
    case PROP_EDITOR:
      g_value_set_object (value, adw_bin_get_child (self->editor_bin));
      break;

    case PROP_OVERVIEW:
      g_value_set_object (value, adw_bin_get_child (self->overview_bin));
      break;

    case PROP_OVERVIEW_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->overview_label));
      break;

    case PROP_EMPTY_ICON_NAME:
      g_value_set_string (value, adw_status_page_get_icon_name (self->empty_page));
      break;

    case PROP_EMPTY_TITLE:
      g_value_set_string (value, adw_status_page_get_title (self->empty_page));
      break;

    case PROP_EMPTY_DESCRIPTION:
      g_value_set_string (value, adw_status_page_get_description (self->empty_page));
      break;

    case PROP_ADD_LABEL:
      g_value_set_string (value, gtk_button_get_label (self->empty_add_button));
      break;

    case PROP_ADD_MENU:
      g_value_set_object (value, gtk_menu_button_get_menu_model (self->add_menu_button));
      break;

    case PROP_LIST_HEADER:
      g_value_set_object (value, adw_bin_get_child (self->list_header_bin));
      break;


    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    case PROP_CAN_NAVIGATE_BACK:
      g_value_set_boolean (value, rampart_record_browser_get_can_navigate_back (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_record_browser_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RampartRecordBrowser *self = RAMPART_RECORD_BROWSER (object);

  switch (prop_id)
    {
    case PROP_EDITOR:
      adw_bin_set_child (self->editor_bin, g_value_get_object (value));
      break;

    case PROP_OVERVIEW:
      adw_bin_set_child (self->overview_bin, g_value_get_object (value));
      gtk_widget_set_visible (GTK_WIDGET (self->overview_list), has_overview (self));
      if (has_overview (self))
        rampart_record_browser_show_overview (self);
      update_list_stack (self);
      break;

    case PROP_OVERVIEW_TITLE:
      gtk_label_set_text (self->overview_label, g_value_get_string (value));
      break;

    case PROP_EMPTY_ICON_NAME:
      adw_status_page_set_icon_name (self->empty_page, g_value_get_string (value));
      break;

    case PROP_EMPTY_TITLE:
      adw_status_page_set_title (self->empty_page, g_value_get_string (value));
      break;

    case PROP_EMPTY_DESCRIPTION:
      adw_status_page_set_description (self->empty_page, g_value_get_string (value));
      gtk_label_set_text (self->hint_label, g_value_get_string (value));
      break;

    case PROP_ADD_LABEL:
      {
        /* The label has a mnemonic for the empty state's button; tooltips show none. */
        g_auto(GStrv) parts = g_strsplit (g_value_get_string (value) ?: "", "_", -1);
        g_autofree char *plain = g_strjoinv ("", parts);

        gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), plain);
        gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_menu_button), plain);
        gtk_button_set_label (self->empty_add_button, g_value_get_string (value));
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_menu_button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
      }
      break;

    case PROP_ADD_MENU:
      gtk_menu_button_set_menu_model (self->add_menu_button, g_value_get_object (value));
      gtk_widget_set_visible (GTK_WIDGET (self->add_menu_button), g_value_get_object (value) != NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->add_button), g_value_get_object (value) == NULL);
      break;

    case PROP_LIST_HEADER:
      adw_bin_set_child (self->list_header_bin, g_value_get_object (value));
      gtk_widget_set_visible (GTK_WIDGET (self->list_header_bin), g_value_get_object (value) != NULL);
      break;


    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_record_browser_class_init (RampartRecordBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_record_browser_dispose;
  object_class->finalize = rampart_record_browser_finalize;
  object_class->get_property = rampart_record_browser_get_property;
  object_class->set_property = rampart_record_browser_set_property;

  /**
   * RampartRecordBrowser:editor:
   *
   * The widget that edits the selected record; the page binds it.
   */
  properties[PROP_EDITOR] =
    g_param_spec_object ("editor", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  /**
   * RampartRecordBrowser:overview:
   *
   * A widget shown from a row above the records, such as the scope
   * statement above the scope's entries; %NULL for none.
   */
  properties[PROP_OVERVIEW] =
    g_param_spec_object ("overview", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERVIEW_TITLE] =
    g_param_spec_string ("overview-title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY_ICON_NAME] =
    g_param_spec_string ("empty-icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY_TITLE] =
    g_param_spec_string ("empty-title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  /**
   * RampartRecordBrowser:empty-description:
   *
   * What belongs in the list, with an example, for when it is empty.
   */
  properties[PROP_EMPTY_DESCRIPTION] =
    g_param_spec_string ("empty-description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  /**
   * RampartRecordBrowser:add-menu:
   *
   * Choices of what to add, for a list of several kinds of entries; the
   * page implements their actions with rampart_record_browser_add().
   */
  properties[PROP_ADD_MENU] =
    g_param_spec_object ("add-menu", NULL, NULL, G_TYPE_MENU_MODEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /**
   * RampartRecordBrowser:list-header:
   *
   * A widget shown between the search entry and the list, such as filters.
   */
  properties[PROP_LIST_HEADER] =
    g_param_spec_object ("list-header", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, RAMPART_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_NAVIGATE_BACK] =
    g_param_spec_boolean ("can-navigate-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-record-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, add_button);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, add_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, list_header_bin);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, overview_list);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, overview_label);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, record_list);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, hint_label);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, RampartRecordBrowser, overview_bin);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, overview_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);

  gtk_widget_class_install_action (widget_class, "browser.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "browser.delete", NULL, delete_action);
}

static void
rampart_record_browser_init (RampartRecordBrowser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->findings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "changed",
                                  G_CALLBACK (workspace_changed_cb), self);
  gtk_list_box_set_header_func (self->record_list, header_cb, self, NULL);
  update_actions (self);
}

/* Public API */

/**
 * rampart_record_browser_set_records:
 * @self: a #RampartRecordBrowser
 * @workspace: (nullable): the workspace of the records
 * @list: (nullable): the records, where new ones are added
 * @model: (nullable): what the list shows, such as @list sorted; %NULL
 *   shows @list as it is
 *
 * Shows the records of a workspace, or nothing.
 */
void
rampart_record_browser_set_records (RampartRecordBrowser *self,
                                    RampartWorkspace     *workspace,
                                    RampartRecordList    *list,
                                    GListModel           *model)
{
  GtkCustomFilter *filter;

  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  gtk_list_box_bind_model (self->record_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->filtered);
  g_clear_object (&self->deleted);
  set_selected (self, NULL);

  g_set_object (&self->workspace, workspace);
  g_set_object (&self->list, list);
  g_signal_group_set_target (self->workspace_signals, workspace);
  collect_findings (self);

  if (list != NULL)
    {
      filter = gtk_custom_filter_new (filter_cb, self, NULL);
      self->filtered = gtk_filter_list_model_new (g_object_ref (model != NULL ? model : G_LIST_MODEL (list)),
                                                  GTK_FILTER (filter));
      gtk_list_box_bind_model (self->record_list, G_LIST_MODEL (self->filtered), create_row_cb, self, NULL);
      /* After the list box's own handler, so that the rows exist. */
      g_signal_connect_object (self->filtered, "items-changed",
                               G_CALLBACK (filtered_items_changed_cb), self, G_CONNECT_SWAPPED);
    }

  if (has_overview (self))
    {
      rampart_record_browser_show_overview (self);
    }
  else if (gtk_list_box_get_row_at_index (self->record_list, 0) != NULL)
    {
      /* A page opens on its first record, as a mail client on its first message. */
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->record_list, 0);

      gtk_list_box_select_row (self->record_list, first);
    }
  update_list_stack (self);
  update_actions (self);
}

/**
 * rampart_record_browser_set_subtitle_func:
 * @self: a #RampartRecordBrowser
 * @func: (nullable): gives the line under each record's title
 * @user_data: data for @func
 */
void
rampart_record_browser_set_subtitle_func (RampartRecordBrowser  *self,
                                          RampartRecordTextFunc  func,
                                          gpointer               user_data)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  self->subtitle_func = func;
  self->subtitle_data = user_data;
  rampart_record_browser_refresh (self);
}

/**
 * rampart_record_browser_set_section_func:
 * @self: a #RampartRecordBrowser
 * @func: (nullable): gives the section of each record; a heading starts
 *   each run of records of the same section
 * @user_data: data for @func
 */
void
rampart_record_browser_set_section_func (RampartRecordBrowser  *self,
                                         RampartRecordTextFunc  func,
                                         gpointer               user_data)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  self->section_func = func;
  self->section_data = user_data;
  gtk_list_box_invalidate_headers (self->record_list);
}

/**
 * rampart_record_browser_set_check_func:
 * @self: a #RampartRecordBrowser
 * @func: (nullable): the check whose findings mark the records' rows
 */
void
rampart_record_browser_set_check_func (RampartRecordBrowser *self,
                                       RampartCheckFunc      func)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  self->check_func = func;
  rampart_record_browser_refresh (self);
}

/**
 * rampart_record_browser_set_row_func:
 * @self: a #RampartRecordBrowser
 * @func: (nullable): makes a widget for each row, under its title
 * @user_data: data for @func
 */
void
rampart_record_browser_set_row_func (RampartRecordBrowser    *self,
                                     RampartRecordWidgetFunc  func,
                                     gpointer                 user_data)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  self->row_func = func;
  self->row_data = user_data;
}

/**
 * rampart_record_browser_set_new_func:
 * @self: a #RampartRecordBrowser
 * @func: (nullable): makes the records that Add adds, for a kind whose new
 *   records need more than default values
 * @user_data: data for @func
 */
void
rampart_record_browser_set_new_func (RampartRecordBrowser *self,
                                     RampartRecordNewFunc  func,
                                     gpointer              user_data)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  self->new_func = func;
  self->new_data = user_data;
}

/**
 * rampart_record_browser_set_filter_func:
 * @self: a #RampartRecordBrowser
 * @func: (nullable): decides which records to show, in place of the
 *   search of their fields; call rampart_record_browser_refilter() when
 *   what it decides changes
 * @user_data: data for @func
 */
void
rampart_record_browser_set_filter_func (RampartRecordBrowser    *self,
                                        RampartRecordFilterFunc  func,
                                        gpointer                 user_data)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  self->filter_func = func;
  self->filter_data = user_data;
  rampart_record_browser_refilter (self);
}

/**
 * rampart_record_browser_refilter:
 * @self: a #RampartRecordBrowser
 *
 * Shows again the records that the page's own filter lets through, after
 * that filter changed.
 */
void
rampart_record_browser_refilter (RampartRecordBrowser *self)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  search_changed_cb (self);
}

/**
 * rampart_record_browser_get_selected:
 * @self: a #RampartRecordBrowser
 *
 * Returns: (transfer none) (nullable): the record being edited
 */
RampartRecord *
rampart_record_browser_get_selected (RampartRecordBrowser *self)
{
  g_return_val_if_fail (RAMPART_IS_RECORD_BROWSER (self), NULL);

  return self->selected;
}

/**
 * rampart_record_browser_select:
 * @self: a #RampartRecordBrowser
 * @record: one of its records
 *
 * Selects @record and shows its editor.
 */
void
rampart_record_browser_select (RampartRecordBrowser *self,
                               RampartRecord        *record)
{
  RampartRecordRow *row;

  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));
  g_return_if_fail (RAMPART_IS_RECORD (record));

  row = find_row (self, record);
  if (row == NULL)
    {
      /* Hidden by a search: show everything again. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      search_changed_cb (self);
      row = find_row (self, record);
    }

  if (row != NULL)
    {
      gtk_list_box_select_row (self->record_list, GTK_LIST_BOX_ROW (row));
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  set_selected (self, record);
}

/**
 * rampart_record_browser_show_overview:
 * @self: a #RampartRecordBrowser with an overview
 *
 * Selects the overview and shows it.
 */
void
rampart_record_browser_show_overview (RampartRecordBrowser *self)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  gtk_list_box_select_row (self->overview_list, gtk_list_box_get_row_at_index (self->overview_list, 0));
  set_selected (self, NULL);
}

/**
 * rampart_record_browser_add:
 * @self: a #RampartRecordBrowser
 * @record: (nullable) (transfer full): a new record to add, with some
 *   fields set; %NULL adds one with default values
 *
 * Adds a record at the end of the browser's list, selects it and shows its
 * editor. Undo removes it again.
 *
 * Returns: (transfer none) (nullable): the new record
 */
RampartRecord *
rampart_record_browser_add (RampartRecordBrowser *self,
                            RampartRecord        *new_record)
{
  g_return_val_if_fail (RAMPART_IS_RECORD_BROWSER (self), NULL);

  return rampart_record_browser_add_to (self, self->list, new_record);
}

/**
 * rampart_record_browser_add_to:
 * @self: a #RampartRecordBrowser
 * @list: (nullable): the list to add to, one of those the browser shows
 * @record: (nullable) (transfer full): a new record of @list's kind, or
 *   %NULL for one with default values
 *
 * Like rampart_record_browser_add(), for a browser that shows the records
 * of several lists.
 *
 * Returns: (transfer none) (nullable): the new record
 */
RampartRecord *
rampart_record_browser_add_to (RampartRecordBrowser *self,
                               RampartRecordList    *list,
                               RampartRecord        *new_record)
{
  g_autoptr(RampartRecord) owned = new_record;
  RampartRecord *record;

  g_return_val_if_fail (RAMPART_IS_RECORD_BROWSER (self), NULL);

  if (list == NULL)
    return NULL;

  /* A new record has empty fields: it must not vanish behind a search. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);

  if (owned == NULL && self->new_func != NULL)
    owned = self->new_func (list, self->new_data);
  if (owned == NULL)
    owned = g_object_new (rampart_record_list_get_item_type (list), NULL);
  record = rampart_record_list_append (list, owned);
  if (record == NULL)
    return NULL;

  rampart_record_browser_select (self, record);
  rampart_record_browser_show_editor (self);
  /* The editor then wants the keyboard for the new record's first field. */
  gtk_widget_child_focus (adw_bin_get_child (self->editor_bin), GTK_DIR_TAB_FORWARD);

  return record;
}

/**
 * rampart_record_browser_show_editor:
 * @self: a #RampartRecordBrowser
 *
 * When the browser is narrow, shows the editor in place of the list.
 */
void
rampart_record_browser_show_editor (RampartRecordBrowser *self)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->editor_stack));
}

void
rampart_record_browser_focus_search (RampartRecordBrowser *self)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  rampart_record_browser_navigate_back (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * rampart_record_browser_get_can_navigate_back:
 * @self: a #RampartRecordBrowser
 *
 * Returns: %TRUE when the browser is narrow and shows the editor, so that
 *   going back shows the list
 */
gboolean
rampart_record_browser_get_can_navigate_back (RampartRecordBrowser *self)
{
  g_return_val_if_fail (RAMPART_IS_RECORD_BROWSER (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet) &&
         adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->editor_stack);
}

/**
 * rampart_record_browser_navigate_back:
 * @self: a #RampartRecordBrowser
 *
 * Returns: %TRUE if it went back from the editor to the list
 */
gboolean
rampart_record_browser_navigate_back (RampartRecordBrowser *self)
{
  g_return_val_if_fail (RAMPART_IS_RECORD_BROWSER (self), FALSE);

  if (!rampart_record_browser_get_can_navigate_back (self))
    return FALSE;

  return adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/**
 * rampart_record_browser_refresh:
 * @self: a #RampartRecordBrowser
 *
 * Shows every row, its section and its findings as the workspace is now.
 * The browser does this by itself shortly after every change.
 */
void
rampart_record_browser_refresh (RampartRecordBrowser *self)
{
  g_return_if_fail (RAMPART_IS_RECORD_BROWSER (self));

  collect_findings (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->record_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (RAMPART_IS_RECORD_ROW (child))
      update_row (self, RAMPART_RECORD_ROW (child));

  gtk_list_box_invalidate_headers (self->record_list);
  update_list_stack (self);
  update_actions (self);
}
