/* rampart-welcome-page.c: what a window shows before a workspace is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-application.h"
#include "rampart-gui-utils.h"
#include "rampart-welcome-page.h"

struct _RampartWelcomePage
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwStatusPage  *status_page;
  GtkWidget      *recent_group;
  GtkListBox     *recent_list;

  /* Owned */
  GListModel     *recent;
};

G_DEFINE_FINAL_TYPE (RampartWelcomePage, rampart_welcome_page, ADW_TYPE_BIN)

enum {
  SIGNAL_OPEN_RECENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
remove_clicked_cb (GtkButton *button,
                   GFile     *file)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  if (RAMPART_IS_APPLICATION (app))
    rampart_application_remove_recent (RAMPART_APPLICATION (app), file);
}

/* Rows are built per item of a model, so they are made here rather than in a template. */
static GtkWidget *
create_recent_row (gpointer item,
                   gpointer user_data)
{
  GFile *file = item;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder = rampart_format_folder (file);
  g_autofree char *remove_label = g_strdup_printf (_("Remove “%s” from the list"), name);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "file", g_object_ref (file), g_object_unref);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove From List"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (remove_clicked_cb),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
update_recent_visibility (RampartWelcomePage *self)
{
  gtk_widget_set_visible (self->recent_group,
                          self->recent != NULL && g_list_model_get_n_items (self->recent) > 0);
}

static void
recent_row_activated_cb (RampartWelcomePage *self,
                         GtkListBoxRow      *row)
{
  GFile *file = g_object_get_data (G_OBJECT (row), "file");

  if (file != NULL)
    g_signal_emit (self, signals[SIGNAL_OPEN_RECENT], 0, file);
}

/* The icon is drawn from SVG, which is slow: only when the page is seen. */
static void
rampart_welcome_page_map (GtkWidget *widget)
{
  RampartWelcomePage *self = RAMPART_WELCOME_PAGE (widget);

  if (adw_status_page_get_icon_name (self->status_page) == NULL)
    adw_status_page_set_icon_name (self->status_page, APP_ID);

  GTK_WIDGET_CLASS (rampart_welcome_page_parent_class)->map (widget);
}

static void
rampart_welcome_page_dispose (GObject *object)
{
  RampartWelcomePage *self = RAMPART_WELCOME_PAGE (object);

  if (self->recent != NULL)
    g_signal_handlers_disconnect_by_data (self->recent, self);
  g_clear_object (&self->recent);

  G_OBJECT_CLASS (rampart_welcome_page_parent_class)->dispose (object);
}

static void
rampart_welcome_page_class_init (RampartWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rampart_welcome_page_dispose;
  widget_class->map = rampart_welcome_page_map;

  /**
   * RampartWelcomePage::open-recent:
   * @file: the workspace to open
   *
   * Emitted when the person picks a recent workspace.
   */
  signals[SIGNAL_OPEN_RECENT] =
    g_signal_new ("open-recent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rampart-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, RampartWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, RampartWelcomePage, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);
}

static void
rampart_welcome_page_init (RampartWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_recent_visibility (self);
}

/**
 * rampart_welcome_page_set_recent:
 * @self: a #RampartWelcomePage
 * @recent: a list of #GFile, newest first
 *
 * Lists @recent, kept current as it changes.
 */
void
rampart_welcome_page_set_recent (RampartWelcomePage *self,
                                 GListModel         *recent)
{
  g_return_if_fail (RAMPART_IS_WELCOME_PAGE (self));

  if (self->recent != NULL)
    g_signal_handlers_disconnect_by_data (self->recent, self);
  g_set_object (&self->recent, recent);

  gtk_list_box_bind_model (self->recent_list, recent, create_recent_row, NULL, NULL);
  if (recent != NULL)
    g_signal_connect_swapped (recent, "items-changed", G_CALLBACK (update_recent_visibility), self);
  update_recent_visibility (self);
}
