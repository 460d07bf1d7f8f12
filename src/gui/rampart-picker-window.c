/* rampart-picker-window.c: a dialog to choose several items from a long list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-picker-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-picker-window.h"

/*
 * Linking a risk to its assets or to a few of the 93 controls: a list of
 * check rows with a search, Cancel and Done. Nothing changes until Done,
 * which makes the whole new choice one edit.
 */

struct _RampartPickerWindow
{
  AdwWindow          parent_instance;

  /* Template widgets */
  GtkSearchEntry    *search_entry;
  GtkListBox        *list;

  /* Owned */
  RampartPickedFunc  func;
  GObject           *user_data;
};

G_DEFINE_FINAL_TYPE (RampartPickerWindow, rampart_picker_window, ADW_TYPE_WINDOW)

#define KEY_DATA "rampart-picker-key"
#define TEXT_DATA "rampart-picker-text"
#define CHECK_DATA "rampart-picker-check"

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  RampartPickerWindow *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = g_utf8_casefold (query, -1);

  return *query == '\0' || strstr (g_object_get_data (G_OBJECT (row), TEXT_DATA), folded) != NULL;
}

static void
search_changed_cb (RampartPickerWindow *self)
{
  gtk_list_box_invalidate_filter (self->list);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartPickerWindow *self = RAMPART_PICKER_WINDOW (widget);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), CHECK_DATA);

      if (check != NULL && gtk_check_button_get_active (check))
        g_ptr_array_add (keys, g_object_get_data (G_OBJECT (row), KEY_DATA));
    }
  g_ptr_array_add (keys, NULL);

  self->func ((const char * const *) keys->pdata, self->user_data);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
rampart_picker_window_dispose (GObject *object)
{
  g_clear_object (&RAMPART_PICKER_WINDOW (object)->user_data);

  G_OBJECT_CLASS (rampart_picker_window_parent_class)->dispose (object);
}

static void
rampart_picker_window_class_init (RampartPickerWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_picker_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-picker-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartPickerWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RampartPickerWindow, list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "picker.done", NULL, done_action);
  gtk_widget_class_install_action (widget_class, "picker.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "picker.cancel", NULL);
}

static void
rampart_picker_window_init (RampartPickerWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list, filter_cb, self, NULL);
}

/**
 * rampart_picker_window_new:
 * @parent: the window it belongs to
 * @title: what is chosen, as in "Controls"
 * @func: called with the choice on Done
 * @user_data: an object for @func, kept alive until then
 *
 * Returns: (transfer none): a new picker, to fill and present
 */
RampartPickerWindow *
rampart_picker_window_new (GtkWindow         *parent,
                           const char        *title,
                           RampartPickedFunc  func,
                           GObject           *user_data)
{
  RampartPickerWindow *self = g_object_new (RAMPART_TYPE_PICKER_WINDOW,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            "title", title,
                                            NULL);

  self->func = func;
  self->user_data = g_object_ref (user_data);

  return self;
}

/**
 * rampart_picker_window_add_item:
 * @self: a #RampartPickerWindow
 * @key: what the choice returns for the item
 * @title: its name
 * @subtitle: (nullable): a line about it
 * @chosen: whether it starts chosen
 */
void
rampart_picker_window_add_item (RampartPickerWindow *self,
                                const char          *key,
                                const char          *title,
                                const char          *subtitle,
                                gboolean             chosen)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *text = g_strconcat (title, " ", subtitle != NULL ? subtitle : "", NULL);

  g_return_if_fail (RAMPART_IS_PICKER_WINDOW (self));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), chosen);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  g_object_set_data_full (G_OBJECT (row), KEY_DATA, g_strdup (key), g_free);
  g_object_set_data_full (G_OBJECT (row), TEXT_DATA, g_utf8_casefold (text, -1), g_free);
  g_object_set_data (G_OBJECT (row), CHECK_DATA, check);
  gtk_list_box_append (self->list, row);
}

/**
 * rampart_picker_window_add_controls:
 * @self: a #RampartPickerWindow
 * @workspace: a workspace
 * @chosen: the ids of the controls chosen already
 *
 * Offers every control, keyed by its id: Annex A by theme, then the
 * organisation's own, as the Statement of Applicability lists them.
 */
void
rampart_picker_window_add_controls (RampartPickerWindow *self,
                                    RampartWorkspace    *workspace,
                                    const char * const  *chosen)
{
  GListModel *entries = G_LIST_MODEL (rampart_workspace_get_soa_entries (workspace));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RampartSoaEntry) entry = g_list_model_get_item (entries, i);
      const char *id = rampart_soa_entry_get_control_id (entry);
      g_autofree char *title = g_strdup_printf ("%s %s", id, rampart_soa_entry_get_title (entry));
      const char *section = rampart_soa_entry_get_own (entry)
                            ? _("The organisation’s own controls")
                            : rampart_control_theme_get_label (rampart_soa_entry_get_theme (entry));

      rampart_picker_window_add_item (self, id, title, section, g_strv_contains (chosen, id));
    }
}
