/* rampart-controls-page.c: the Annex A controls section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-controls-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-control-row.h"
#include "rampart-controls-page.h"

typedef struct
{
  RampartControlsPage *page;
  RampartControlTheme  theme;
  GtkWidget           *group;
  GtkListBox          *list;
  GtkFilter           *filter;
  GtkFilterListModel  *model;
} ThemeGroup;

struct _RampartControlsPage
{
  RampartPage       parent_instance;

  /* Template widgets */
  GtkSearchEntry   *search_entry;
  GtkStack         *results_stack;
  GtkBox           *groups_box;

  /* Owned */
  char             *query;
  ThemeGroup        groups[RAMPART_N_CONTROL_THEMES];
  gboolean          populated;
};

G_DEFINE_FINAL_TYPE (RampartControlsPage, rampart_controls_page, RAMPART_TYPE_PAGE)

static gboolean
filter_control (gpointer item,
                gpointer user_data)
{
  ThemeGroup *group = user_data;

  return rampart_control_get_theme (item) == group->theme &&
         rampart_control_matches (item, group->page->query);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return rampart_control_row_new (item);
}

static void
update_visibility (RampartControlsPage *self)
{
  guint total = 0;

  for (guint i = 0; i < RAMPART_N_CONTROL_THEMES; i++)
    {
      ThemeGroup *group = &self->groups[i];
      guint n = group->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (group->model)) : 0;

      gtk_widget_set_visible (group->group, n > 0);
      total += n;
    }

  gtk_stack_set_visible_child_name (self->results_stack,
                                    total > 0 || !self->populated ? "results" : "empty");
}

/* Rows are made the first time the page is shown, not while a window opens. */
static void
populate (RampartControlsPage *self)
{
  RampartWorkspace *workspace = rampart_page_get_workspace (RAMPART_PAGE (self));
  GListModel *controls;

  if (self->populated || workspace == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  controls = rampart_workspace_get_controls (workspace);
  for (guint i = 0; i < RAMPART_N_CONTROL_THEMES; i++)
    {
      ThemeGroup *group = &self->groups[i];

      group->model = gtk_filter_list_model_new (g_object_ref (controls), g_object_ref (group->filter));
      gtk_list_box_bind_model (group->list, G_LIST_MODEL (group->model), create_row, NULL, NULL);
    }

  self->populated = TRUE;
  update_visibility (self);
}

static void
unpopulate (RampartControlsPage *self)
{
  for (guint i = 0; i < RAMPART_N_CONTROL_THEMES; i++)
    {
      gtk_list_box_bind_model (self->groups[i].list, NULL, NULL, NULL, NULL);
      g_clear_object (&self->groups[i].model);
    }

  self->populated = FALSE;
}

static void
rampart_controls_page_workspace_changed (RampartPage *page)
{
  RampartControlsPage *self = RAMPART_CONTROLS_PAGE (page);

  unpopulate (self);
  populate (self);
  update_visibility (self);
}

static void
search_changed_cb (RampartControlsPage *self,
                   GtkSearchEntry      *entry)
{
  rampart_controls_page_set_query (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
stop_search_cb (RampartControlsPage *self,
                GtkSearchEntry      *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartControlsPage *self = RAMPART_CONTROLS_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
rampart_controls_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rampart_controls_page_parent_class)->map (widget);

  populate (RAMPART_CONTROLS_PAGE (widget));
}

static void
rampart_controls_page_dispose (GObject *object)
{
  RampartControlsPage *self = RAMPART_CONTROLS_PAGE (object);

  unpopulate (self);
  for (guint i = 0; i < RAMPART_N_CONTROL_THEMES; i++)
    g_clear_object (&self->groups[i].filter);

  G_OBJECT_CLASS (rampart_controls_page_parent_class)->dispose (object);
}

static void
rampart_controls_page_finalize (GObject *object)
{
  RampartControlsPage *self = RAMPART_CONTROLS_PAGE (object);

  g_free (self->query);

  G_OBJECT_CLASS (rampart_controls_page_parent_class)->finalize (object);
}

static void
rampart_controls_page_class_init (RampartControlsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartPageClass *page_class = RAMPART_PAGE_CLASS (klass);

  object_class->dispose = rampart_controls_page_dispose;
  object_class->finalize = rampart_controls_page_finalize;
  widget_class->map = rampart_controls_page_map;
  page_class->workspace_changed = rampart_controls_page_workspace_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rampart-controls-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartControlsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RampartControlsPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartControlsPage, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "page.find", NULL, find_action);

  g_type_ensure (RAMPART_TYPE_CONTROL_ROW);
}

static void
rampart_controls_page_init (RampartControlsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* One group per theme, in the order of Annex A; the rows come from the model. */
  for (guint i = 0; i < RAMPART_N_CONTROL_THEMES; i++)
    {
      ThemeGroup *group = &self->groups[i];

      group->page = self;
      group->theme = i;
      group->filter = GTK_FILTER (gtk_custom_filter_new (filter_control, group, NULL));
      group->group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group->group),
                                       rampart_control_theme_get_label (i));
      group->list = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (group->list, GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (group->list), "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (group->list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      rampart_control_theme_get_label (i), -1);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group->group), GTK_WIDGET (group->list));
      gtk_box_append (self->groups_box, group->group);
    }
}

/**
 * rampart_controls_page_set_query:
 * @self: a #RampartControlsPage
 * @query: (nullable): words to look for
 *
 * Shows only the controls that match every word of @query.
 */
void
rampart_controls_page_set_query (RampartControlsPage *self,
                                 const char          *query)
{
  g_return_if_fail (RAMPART_IS_CONTROLS_PAGE (self));

  g_free (self->query);
  self->query = g_strdup (query);

  for (guint i = 0; i < RAMPART_N_CONTROL_THEMES; i++)
    gtk_filter_changed (self->groups[i].filter, GTK_FILTER_CHANGE_DIFFERENT);

  update_visibility (self);
}
