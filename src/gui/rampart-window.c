/* rampart-window.c: a window showing one workspace, or the welcome screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-assets-page.h"
#include "rampart-catalogue-page.h"
#include "rampart-context-page.h"
#include "rampart-documents-page.h"
#include "rampart-gui-utils.h"
#include "rampart-parties-page.h"
#include "rampart-policies-page.h"
#include "rampart-profile-page.h"
#include "rampart-risks-page.h"
#include "rampart-roles-page.h"
#include "rampart-scope-page.h"
#include "rampart-soa-page.h"
#include "rampart-welcome-page.h"
#include "rampart-window.h"

struct _RampartWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  RampartWelcomePage   *welcome_page;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  GtkListBox           *section_list;
  AdwWindowTitle       *content_title;
  GtkButton            *back_button;
  GtkRevealer          *save_error_revealer;
  GtkLabel             *save_error_label;
  GtkStack             *section_stack;

  /* Owned */
  RampartWorkspace     *workspace;
  GSignalGroup         *workspace_signals;
  GSignalGroup         *history_signals;
  GSignalGroup         *page_signals;
};

G_DEFINE_FINAL_TYPE (RampartWindow, rampart_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GSettings *
settings (RampartWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return RAMPART_IS_APPLICATION (app)
    ? rampart_application_get_settings (RAMPART_APPLICATION (app)) : NULL;
}

static void
update_title (RampartWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  GFile *file;

  if (self->workspace == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Rampart"));
      return;
    }

  file = rampart_workspace_get_file (self->workspace);
  name = g_file_get_basename (file);
  folder = rampart_format_folder (file);

  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_window_title_set_title (self->sidebar_title, name);
  adw_window_title_set_subtitle (self->sidebar_title, folder);
}

static void
update_save_error (RampartWindow *self)
{
  const GError *error = NULL;
  g_autofree char *text = NULL;

  if (self->workspace != NULL)
    error = rampart_workspace_get_save_error (self->workspace);

  if (error != NULL)
    {
      /* Translators: %s says why saving failed */
      text = g_strdup_printf (_("%s Your changes are kept while this window is open."),
                              error->message);
      gtk_label_set_text (self->save_error_label, text);
    }

  gtk_revealer_set_reveal_child (self->save_error_revealer, error != NULL);
}

static void
update_history_actions (RampartWindow *self)
{
  RampartHistory *history = self->workspace != NULL
    ? rampart_workspace_get_history (self->workspace) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 history != NULL && rampart_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 history != NULL && rampart_history_get_can_redo (history));
}

/*
 * The sections of records get their page the first time they are shown,
 * so that a window opens as fast as its first section allows.
 */
static const struct {
  const char *name;
  GType     (*type) (void);
} later_sections[] = {
  { "context", rampart_context_page_get_type },
  { "parties", rampart_parties_page_get_type },
  { "scope", rampart_scope_page_get_type },
  { "controls", rampart_soa_page_get_type },
  { "roles", rampart_roles_page_get_type },
  { "assets", rampart_assets_page_get_type },
  { "catalogue", rampart_catalogue_page_get_type },
  { "risks", rampart_risks_page_get_type },
  { "policies", rampart_policies_page_get_type },
};

static GtkWidget *
get_page (RampartWindow *self,
          GtkWidget     *child)
{
  const char *name;

  if (child == NULL || RAMPART_IS_PAGE (child))
    return child;

  if (adw_bin_get_child (ADW_BIN (child)) == NULL)
    {
      name = gtk_stack_page_get_name (gtk_stack_get_page (self->section_stack, child));
      for (guint i = 0; i < G_N_ELEMENTS (later_sections); i++)
        if (g_str_equal (later_sections[i].name, name))
          {
            GtkWidget *page = g_object_new (later_sections[i].type (), NULL);
            g_autofree char *id = g_strconcat (name, "_page", NULL);

            gtk_widget_set_name (page, id);
            g_object_bind_property (self, "workspace", page, "workspace", G_BINDING_SYNC_CREATE);
            adw_bin_set_child (ADW_BIN (child), page);
          }
    }

  return adw_bin_get_child (ADW_BIN (child));
}

/* The page of the section shown, made now if need be. */
static GtkWidget *
visible_page (RampartWindow *self)
{
  return get_page (self, gtk_stack_get_visible_child (self->section_stack));
}

/* Back goes to the sections, or from a page's editor to its list. */
static void
update_back_button (RampartWindow *self)
{
  GtkWidget *page = visible_page (self);

  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          adw_leaflet_get_folded (self->leaflet) ||
                          (RAMPART_IS_PAGE (page) && rampart_page_get_can_navigate_back (RAMPART_PAGE (page))));
}

static void
update_section_title (RampartWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->section_stack);
  GtkStackPage *page = gtk_stack_get_page (self->section_stack, child);

  adw_window_title_set_title (self->content_title, gtk_stack_page_get_title (page));
  g_signal_group_set_target (self->page_signals, visible_page (self));
  update_back_button (self);
}

static void
set_workspace (RampartWindow    *self,
               RampartWorkspace *workspace)
{
  if (!g_set_object (&self->workspace, workspace))
    return;

  g_signal_group_set_target (self->workspace_signals, workspace);
  g_signal_group_set_target (self->history_signals,
                             workspace != NULL ? rampart_workspace_get_history (workspace) : NULL);

  gtk_stack_set_visible_child_name (self->main_stack, workspace != NULL ? "workspace" : "welcome");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", workspace != NULL);

  update_title (self);
  update_save_error (self);
  update_history_actions (self);

  if (workspace != NULL)
    rampart_window_show_section (self, "profile");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/* Callbacks */

static void
section_activated_cb (RampartWindow *self,
                      GtkListBoxRow *row)
{
  rampart_window_show_section (self, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
welcome_open_recent_cb (RampartWindow *self,
                        GFile         *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  rampart_application_open_file (RAMPART_APPLICATION (app), file, GTK_WINDOW (self));
}

static void
save_as (RampartWindow *self,
         GListModel    *files,
         gboolean       close_after)
{
  g_autoptr(GFile) chosen = g_list_model_get_item (files, 0);
  g_autoptr(GFile) file = rampart_file_with_suffix (chosen, ".isms");
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL)
    return;

  if (rampart_workspace_save_as (self->workspace, file, &error))
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Saved as “%s”"), name);

      if (RAMPART_IS_APPLICATION (app))
        rampart_application_add_recent (RAMPART_APPLICATION (app), file);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));

      if (close_after)
        gtk_window_close (GTK_WINDOW (self));
    }
  else
    {
      rampart_show_error (GTK_WINDOW (self), _("Could Not Save"), error->message);
    }
}

static void
save_as_chosen_cb (GListModel *files,
                   gpointer    user_data)
{
  save_as (RAMPART_WINDOW (user_data), files, FALSE);
}

static void
save_as_and_close_chosen_cb (GListModel *files,
                             gpointer    user_data)
{
  save_as (RAMPART_WINDOW (user_data), files, TRUE);
}

static void
choose_save_as (RampartWindow          *self,
                RampartFilesChosenFunc  then)
{
  g_autofree char *name = NULL;

  if (self->workspace == NULL)
    return;

  name = g_file_get_basename (rampart_workspace_get_file (self->workspace));
  rampart_choose_files (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                        _("Save Workspace As"), _("_Save"), name,
                        _("Rampart workspaces"), "*.isms",
                        then, G_OBJECT (self));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  choose_save_as (RAMPART_WINDOW (widget), save_as_chosen_cb);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartWindow *self = RAMPART_WINDOW (widget);

  if (self->workspace != NULL)
    rampart_history_undo (rampart_workspace_get_history (self->workspace));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartWindow *self = RAMPART_WINDOW (widget);

  if (self->workspace != NULL)
    rampart_history_redo (rampart_workspace_get_history (self->workspace));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/*
 * Searching, printing and exporting belong to the section shown: a page
 * that can do them offers "page.find", "page.print" or "page.export".
 */
static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartWindow *self = RAMPART_WINDOW (widget);
  GtkWidget *page = visible_page (self);
  g_autofree char *name = g_strconcat ("page.", strchr (action_name, '.') + 1, NULL);

  if (self->workspace != NULL)
    gtk_widget_activate_action (page, name, NULL);
}

static void
show_sections_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RampartWindow *self = RAMPART_WINDOW (widget);
  GtkWidget *page = visible_page (self);

  if (RAMPART_IS_PAGE (page) && rampart_page_navigate_back (RAMPART_PAGE (page)))
    return;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Closing */

static void
destroy_window_cb (gpointer data)
{
  gtk_window_destroy (data);
  g_object_unref (data);
}

static void
close_dialog_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          RampartWindow    *self)
{
  if (g_str_equal (response, "discard"))
    {
      rampart_workspace_close_discarding (self->workspace);
      /* The dialog still needs its parent while it finishes responding. */
      g_idle_add_once (destroy_window_cb, g_object_ref (self));
    }
  else if (g_str_equal (response, "save-as"))
    {
      choose_save_as (self, save_as_and_close_chosen_cb);
    }
}

static void
ask_before_losing_edits (RampartWindow *self,
                         const GError  *error)
{
  g_autofree char *name = g_file_get_basename (rampart_workspace_get_file (self->workspace));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("Rampart could not save your latest changes to “%s”. %s\n\n"
                            "Save them under another name, or they are lost when the window closes."),
                          name, error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes Elsewhere?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard Changes"),
                                    "save-as", _("_Save As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
store_window_state (RampartWindow *self)
{
  GSettings *s = settings (self);
  int width, height;

  if (s == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (s, "window-size", "(ii)", width, height);
  g_settings_set_boolean (s, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
rampart_window_close_request (GtkWindow *window)
{
  RampartWindow *self = RAMPART_WINDOW (window);
  g_autoptr(GError) error = NULL;

  store_window_state (self);

  if (self->workspace != NULL && !rampart_workspace_close (self->workspace, &error))
    {
      ask_before_losing_edits (self, error);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (rampart_window_parent_class)->close_request (window);
}

/* GObject */

static void
rampart_window_dispose (GObject *object)
{
  RampartWindow *self = RAMPART_WINDOW (object);

  /* Normally closed in close-request; a window destroyed otherwise still saves. */
  if (self->workspace != NULL && !rampart_workspace_get_closed (self->workspace))
    {
      g_autoptr(GError) error = NULL;

      if (!rampart_workspace_close (self->workspace, &error))
        g_warning ("Closing a window lost unsaved edits: %s", error->message);
    }

  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->page_signals);

  G_OBJECT_CLASS (rampart_window_parent_class)->dispose (object);
}

static void
rampart_window_finalize (GObject *object)
{
  RampartWindow *self = RAMPART_WINDOW (object);

  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (rampart_window_parent_class)->finalize (object);
}

static void
rampart_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RampartWindow *self = RAMPART_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_window_class_init (RampartWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rampart_window_dispose;
  object_class->finalize = rampart_window_finalize;
  object_class->get_property = rampart_window_get_property;

  window_class->close_request = rampart_window_close_request;

  /**
   * RampartWindow:workspace:
   *
   * The workspace the window shows, or %NULL on the welcome screen.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, RAMPART_TYPE_WORKSPACE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAMPART_TYPE_DOCUMENTS_PAGE);
  g_type_ensure (RAMPART_TYPE_PROFILE_PAGE);
  g_type_ensure (RAMPART_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, section_list);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, save_error_revealer);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RampartWindow, section_stack);
  gtk_widget_class_bind_template_callback (widget_class, section_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, welcome_open_recent_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_back_button);

  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.add", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "win.show-sections", NULL, show_sections_action);
}

static void
rampart_window_init (RampartWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (g_str_equal (PROFILE, "development"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->workspace_signals = g_signal_group_new (RAMPART_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::file",
                                  G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->workspace_signals, "notify::save-error",
                                  G_CALLBACK (update_save_error), self);

  self->history_signals = g_signal_group_new (RAMPART_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-undo",
                                  G_CALLBACK (update_history_actions), self);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-redo",
                                  G_CALLBACK (update_history_actions), self);

  self->page_signals = g_signal_group_new (RAMPART_TYPE_PAGE);
  g_signal_group_connect_swapped (self->page_signals, "notify::can-navigate-back",
                                  G_CALLBACK (update_back_button), self);

  g_signal_connect_swapped (self->section_stack, "notify::visible-child",
                            G_CALLBACK (update_section_title), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", FALSE);
  update_history_actions (self);
}

/* Public API */

RampartWindow *
rampart_window_new (RampartApplication *application)
{
  RampartWindow *self;
  GSettings *s;
  int width = 0, height = 0;

  self = g_object_new (RAMPART_TYPE_WINDOW, "application", application, NULL);
  rampart_welcome_page_set_recent (self->welcome_page, rampart_application_get_recent (application));

  s = rampart_application_get_settings (application);
  g_settings_get (s, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (s, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  return self;
}

/**
 * rampart_window_get_workspace:
 * @self: a #RampartWindow
 *
 * Returns: (transfer none) (nullable): the workspace shown in the window
 */
RampartWorkspace *
rampart_window_get_workspace (RampartWindow *self)
{
  g_return_val_if_fail (RAMPART_IS_WINDOW (self), NULL);

  return self->workspace;
}

/**
 * rampart_window_open_file:
 * @self: a #RampartWindow on its welcome screen
 * @file: a workspace file
 * @error: return location for a #GError
 *
 * Opens @file and shows it in the window.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_window_open_file (RampartWindow  *self,
                          GFile          *file,
                          GError        **error)
{
  g_autoptr(RampartWorkspace) workspace = NULL;

  g_return_val_if_fail (RAMPART_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->workspace == NULL, FALSE);

  workspace = rampart_workspace_open (file, NULL, error);
  if (workspace == NULL)
    return FALSE;

  set_workspace (self, workspace);
  return TRUE;
}

/**
 * rampart_window_create_file:
 * @self: a #RampartWindow on its welcome screen
 * @file: where to create the workspace
 * @replace: whether an existing file may be replaced
 * @example: whether to fill the workspace with the example organisation
 * @error: return location for a #GError
 *
 * Creates a workspace at @file and shows it in the window.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_window_create_file (RampartWindow  *self,
                            GFile          *file,
                            gboolean        replace,
                            gboolean        example,
                            GError        **error)
{
  g_autoptr(RampartWorkspace) workspace = NULL;

  g_return_val_if_fail (RAMPART_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->workspace == NULL, FALSE);

  if (example)
    workspace = rampart_workspace_create_example (file, replace, error);
  else
    workspace = rampart_workspace_create (file, replace, error);

  if (workspace == NULL)
    return FALSE;

  set_workspace (self, workspace);
  return TRUE;
}

/**
 * rampart_window_get_section:
 * @self: a #RampartWindow
 *
 * Returns: the name of the section shown, such as "profile"
 */
const char *
rampart_window_get_section (RampartWindow *self)
{
  g_return_val_if_fail (RAMPART_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->section_stack);
}

/**
 * rampart_window_show_section:
 * @self: a #RampartWindow
 * @name: a section, such as "profile" or "controls"
 *
 * Shows the section and selects it in the sidebar.
 */
void
rampart_window_show_section (RampartWindow *self,
                             const char    *name)
{
  g_return_if_fail (RAMPART_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->section_stack, name);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->section_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_str_equal (gtk_widget_get_name (row), name))
      gtk_list_box_select_row (self->section_list, GTK_LIST_BOX_ROW (row));

  update_section_title (self);
}

/**
 * rampart_window_show_record:
 * @self: a #RampartWindow
 * @record: a record of the window's workspace
 *
 * Shows the section that holds @record, with @record selected; a
 * requirement shows its interested party.
 */
void
rampart_window_show_record (RampartWindow *self,
                            RampartRecord *record)
{
  static const struct {
    GType     (*type) (void);
    const char *section;
  } sections[] = {
    { rampart_context_issue_get_type, "context" },
    { rampart_interested_party_get_type, "parties" },
    { rampart_scope_item_get_type, "scope" },
    { rampart_role_get_type, "roles" },
    { rampart_asset_get_type, "assets" },
    { rampart_threat_get_type, "catalogue" },
    { rampart_vulnerability_get_type, "catalogue" },
    { rampart_soa_entry_get_type, "controls" },
  };
  RampartRecordBrowser *browser;
  GtkWidget *page;

  g_return_if_fail (RAMPART_IS_WINDOW (self));
  g_return_if_fail (RAMPART_IS_RECORD (record));

  while (rampart_record_get_parent (record) != NULL)
    record = rampart_record_get_parent (record);

  /* Narrow, the section replaces the sidebar. */
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (record, sections[i].type ()))
      {
        rampart_window_show_section (self, sections[i].section);
        page = visible_page (self);
        browser = rampart_record_page_get_browser (RAMPART_RECORD_PAGE (page));
        rampart_record_browser_select (browser, record);
        rampart_record_browser_show_editor (browser);
        return;
      }

  if (RAMPART_IS_POLICY (record))
    {
      rampart_window_show_section (self, "policies");
      rampart_policies_page_show_policy (RAMPART_POLICIES_PAGE (visible_page (self)), RAMPART_POLICY (record));
      update_back_button (self);
      return;
    }

  if (RAMPART_IS_RISK (record))
    {
      rampart_window_show_section (self, "risks");
      rampart_risks_page_select (RAMPART_RISKS_PAGE (visible_page (self)), RAMPART_RISK (record));
      return;
    }

  /* The scope itself has its statement in the scope's overview. */
  if (RAMPART_IS_SCOPE (record))
    {
      rampart_window_show_section (self, "scope");
      page = visible_page (self);
      rampart_record_browser_show_overview (rampart_record_page_get_browser (RAMPART_RECORD_PAGE (page)));
    }
}
