/* rampart-application.c: the Rampart application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-application.h"
#include "rampart-gui-utils.h"
#include "rampart-preferences-window.h"
#include "rampart-window.h"
#include "rampart-workspace.h"

#define MAX_RECENT 10

struct _RampartApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  /* Recent workspaces as GFiles, newest first, mirrored in GSettings. */
  GListStore     *recent;
};

G_DEFINE_FINAL_TYPE (RampartApplication, rampart_application, ADW_TYPE_APPLICATION)

/* Windows */

static RampartWindow *
find_window_for_file (RampartApplication *self,
                      GFile              *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      RampartWorkspace *workspace;

      if (!RAMPART_IS_WINDOW (l->data))
        continue;

      workspace = rampart_window_get_workspace (l->data);
      if (workspace != NULL && g_file_equal (rampart_workspace_get_file (workspace), file))
        return l->data;
    }

  return NULL;
}

/* A window still on its welcome screen is reused rather than left behind. */
static RampartWindow *
window_for_new_workspace (RampartApplication *self,
                          GtkWindow          *parent)
{
  if (RAMPART_IS_WINDOW (parent) && rampart_window_get_workspace (RAMPART_WINDOW (parent)) == NULL)
    return RAMPART_WINDOW (parent);

  return rampart_window_new (self);
}

typedef enum
{
  LOAD_OPEN,
  LOAD_CREATE,
  LOAD_CREATE_REPLACING,
  LOAD_CREATE_EXAMPLE,
} LoadKind;

/*
 * Shows @file in a window: the welcome window @parent, or a new one. When
 * it fails, the error is explained over @parent, or over a new welcome
 * window when there is no other window to explain it in.
 */
static void
load_in_window (RampartApplication *self,
                GFile              *file,
                GtkWindow          *parent,
                LoadKind            kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  RampartWindow *window = window_for_new_workspace (self, parent);
  gboolean loaded;

  if (kind == LOAD_OPEN)
    loaded = rampart_window_open_file (window, file, &error);
  else
    loaded = rampart_window_create_file (window, file,
                                         kind == LOAD_CREATE_REPLACING,
                                         kind == LOAD_CREATE_EXAMPLE,
                                         &error);

  if (loaded)
    {
      rampart_application_add_recent (self, file);
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  /* A recent workspace that was moved or deleted leaves the list. */
  if (g_error_matches (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_NOT_FOUND))
    rampart_application_remove_recent (self, file);

  if (kind == LOAD_OPEN)
    /* Translators: %s is a file name */
    heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  else
    /* Translators: %s is a file name */
    heading = g_strdup_printf (_("Could Not Create “%s”"), name);

  if (parent != NULL && window != RAMPART_WINDOW (parent))
    gtk_window_destroy (GTK_WINDOW (window));
  else
    parent = GTK_WINDOW (window);

  gtk_window_present (parent);
  rampart_show_error (parent, heading, error->message);
}

/**
 * rampart_application_open_file:
 * @self: a #RampartApplication
 * @file: a workspace file
 * @parent: (nullable): the window the request came from
 *
 * Shows @file in its own window: the one already showing it, the welcome
 * window @parent, or a new one. A file that cannot be opened gets a
 * dialog explaining why.
 */
void
rampart_application_open_file (RampartApplication *self,
                               GFile              *file,
                               GtkWindow          *parent)
{
  RampartWindow *window;

  g_return_if_fail (RAMPART_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  window = find_window_for_file (self, file);
  if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
  else
    load_in_window (self, file, parent, LOAD_OPEN);
}

/* Recent workspaces */

static void
store_recent (RampartApplication *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uris = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->recent));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (G_LIST_MODEL (self->recent), i);
      g_autofree char *uri = g_file_get_uri (file);

      g_strv_builder_add (builder, uri);
    }

  uris = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-workspaces", (const char * const *) uris);
}

static void
load_recent (RampartApplication *self)
{
  g_auto(GStrv) uris = g_settings_get_strv (self->settings, "recent-workspaces");

  for (guint i = 0; uris[i] != NULL && i < MAX_RECENT; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);

      g_list_store_append (self->recent, file);
    }
}

static gboolean
find_recent (RampartApplication *self,
             GFile              *file,
             guint              *position)
{
  return g_list_store_find_with_equal_func (self->recent, file,
                                            (GEqualFunc) g_file_equal, position);
}

/**
 * rampart_application_get_recent:
 * @self: a #RampartApplication
 *
 * Returns: (transfer none): the recently opened workspaces, a list of
 *   #GFile, newest first
 */
GListModel *
rampart_application_get_recent (RampartApplication *self)
{
  g_return_val_if_fail (RAMPART_IS_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->recent);
}

void
rampart_application_add_recent (RampartApplication *self,
                                GFile              *file)
{
  guint position;

  g_return_if_fail (RAMPART_IS_APPLICATION (self));

  if (find_recent (self, file, &position))
    {
      if (position == 0)
        return;
      g_list_store_remove (self->recent, position);
    }

  g_list_store_insert (self->recent, 0, file);
  while (g_list_model_get_n_items (G_LIST_MODEL (self->recent)) > MAX_RECENT)
    g_list_store_remove (self->recent, MAX_RECENT);

  store_recent (self);
}

void
rampart_application_remove_recent (RampartApplication *self,
                                   GFile              *file)
{
  guint position;

  g_return_if_fail (RAMPART_IS_APPLICATION (self));

  if (find_recent (self, file, &position))
    {
      g_list_store_remove (self->recent, position);
      store_recent (self);
    }
}

/* Actions */

static GtkWindow *
active_window (RampartApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void
open_chosen_cb (GListModel *files,
                gpointer    user_data)
{
  RampartApplication *self = user_data;
  GtkWindow *parent = active_window (self);

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      rampart_application_open_file (self, file, parent);
    }
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RampartApplication *self = user_data;

  rampart_choose_files (active_window (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                        _("Open Workspace"), _("_Open"), NULL,
                        _("Rampart workspaces"), "*.isms",
                        open_chosen_cb, G_OBJECT (self));
}

static void
new_chosen_cb (GListModel *files,
               gpointer    user_data)
{
  RampartApplication *self = user_data;
  g_autoptr(GFile) chosen = g_list_model_get_item (files, 0);
  g_autoptr(GFile) file = rampart_file_with_suffix (chosen, ".isms");

  /* The chooser asked before replacing the name the person typed, not another. */
  load_in_window (self, file, active_window (self),
                  g_file_equal (file, chosen) ? LOAD_CREATE_REPLACING : LOAD_CREATE);
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  RampartApplication *self = user_data;

  rampart_choose_files (active_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                        _("New Workspace"), _("_Create"),
                        /* Translators: the suggested file name of a new workspace; keep .isms */
                        _("Organisation.isms"),
                        _("Rampart workspaces"), "*.isms",
                        new_chosen_cb, G_OBJECT (self));
}

static void
open_example_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  RampartApplication *self = user_data;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rampart", NULL);
  /* Translators: file name of the example workspace; keep .isms */
  g_autofree char *path = g_build_filename (dir, _("Example - Kestrel Data.isms"), NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *parent = active_window (self);

  /* The example is the person's own copy, to explore and change. */
  if (g_file_query_exists (file, NULL))
    {
      rampart_application_open_file (self, file, parent);
      return;
    }

  g_mkdir_with_parents (dir, 0700);
  load_in_window (self, file, parent, LOAD_CREATE_EXAMPLE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RampartApplication *self = user_data;
  const char *developers[] = { _("The Rampart developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", active_window (self),
                        "application-name", _("Rampart"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Rampart developers"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("Run an ISO/IEC 27001 information security management "
                                      "system from one file, and hand the auditor a clean "
                                      "documentation pack."),
                        "website", "https://github.com/rampart-isms/rampart",
                        "issue-url", "https://github.com/rampart-isms/rampart/issues",
                        "copyright", _("© 2026 The Rampart developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RampartApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Each window saves on close and stays open if its save fails. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RampartApplication *self = user_data;
  GtkWidget *window = rampart_preferences_window_new (active_window (self), self->settings);

  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "new", new_action },
  { "open", open_action },
  { "open-example", open_example_action },
  { "about", about_action },
  { "quit", quit_action },
};

/* Benchmarks */

static void
first_frame_cb (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, app);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (app);
}

static void
bench_window_mapped_cb (GtkWidget      *window,
                        GApplication   *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_cb), app);
}

static void
bench_window_added_cb (GtkApplication *app,
                       GtkWindow      *window)
{
  g_signal_connect (window, "map", G_CALLBACK (bench_window_mapped_cb), app);
}

/* GApplication */

static void
rampart_application_activate (GApplication *app)
{
  RampartApplication *self = RAMPART_APPLICATION (app);
  GtkWindow *window = active_window (self);

  if (window == NULL)
    window = GTK_WINDOW (rampart_window_new (self));

  gtk_window_present (window);
}

static void
rampart_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  RampartApplication *self = RAMPART_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    rampart_application_open_file (self, files[i], active_window (self));
}

static void
rampart_application_startup (GApplication *app)
{
  RampartApplication *self = RAMPART_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.add", { "<Control><Shift>n", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
  };

  G_APPLICATION_CLASS (rampart_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  load_recent (self);

  /*
   * For build-aux/bench: report when the first window has drawn its first
   * frame (on the monotonic clock, in microseconds), then quit.
   */
  if (g_getenv ("RAMPART_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (self, "window-added", G_CALLBACK (bench_window_added_cb), NULL);
}

static void
rampart_application_dispose (GObject *object)
{
  RampartApplication *self = RAMPART_APPLICATION (object);

  g_clear_object (&self->recent);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rampart_application_parent_class)->dispose (object);
}

static void
rampart_application_class_init (RampartApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rampart_application_dispose;

  app_class->activate = rampart_application_activate;
  app_class->open = rampart_application_open;
  app_class->startup = rampart_application_startup;
}

static void
rampart_application_init (RampartApplication *self)
{
  self->settings = g_settings_new ("io.github.rampart_isms.Rampart");
  self->recent = g_list_store_new (G_TYPE_FILE);
}

RampartApplication *
rampart_application_new (void)
{
  return g_object_new (RAMPART_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

GSettings *
rampart_application_get_settings (RampartApplication *self)
{
  g_return_val_if_fail (RAMPART_IS_APPLICATION (self), NULL);

  return self->settings;
}
