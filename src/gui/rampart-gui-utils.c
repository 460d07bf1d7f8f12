/* rampart-gui-utils.c: small helpers shared by the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rampart-gui-utils.h"

/**
 * rampart_format_folder:
 * @file: a file
 *
 * The folder holding @file as people read it, with the home folder as "~".
 *
 * Returns: (transfer full): the folder's name for display
 */
char *
rampart_format_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("");
  const char *home = g_get_home_dir ();
  gsize home_len = strlen (home);

  if (g_str_has_prefix (name, home) && (name[home_len] == '/' || name[home_len] == '\0'))
    return g_strconcat ("~", name + home_len, NULL);

  return g_steal_pointer (&name);
}

/**
 * rampart_show_error:
 * @parent: (nullable): the window the error concerns
 * @heading: what failed, as a title
 * @message: why, and what the person can do
 *
 * Tells the person that something they asked for failed.
 */
void
rampart_show_error (GtkWindow  *parent,
                    const char *heading,
                    const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * rampart_file_with_suffix:
 * @file: a file a person named
 * @suffix: the suffix its kind of file has, such as ".isms"
 *
 * Returns: (transfer full): @file, with @suffix added if the name lacks it
 */
GFile *
rampart_file_with_suffix (GFile      *file,
                          const char *suffix)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  if (g_str_has_suffix (basename, suffix))
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  name = g_strconcat (basename, suffix, NULL);
  return g_file_get_child (parent, name);
}

typedef struct
{
  RampartFilesChosenFunc  func;
  GObject                *user_data;
} Chooser;

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     Chooser         *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      chooser->func (files, chooser->user_data);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (chooser->user_data);
  g_free (chooser);
}

/**
 * rampart_choose_files:
 * @parent: (nullable): the window the chooser belongs to
 * @action: open or save
 * @title: the chooser's title
 * @accept_label: the label of its accept button, with a mnemonic
 * @current_name: (nullable): a name to suggest when saving
 * @filter_name: the name of the kind of files offered, such as "Rampart workspaces"
 * @pattern: a pattern that matches them, such as "*.isms"
 * @func: what to do with the chosen files
 * @user_data: an object that @func receives; kept alive until then
 *
 * Shows a modal native file chooser, through the portal inside Flatpak.
 * Choosers that open offer all files too, and several may be chosen.
 */
void
rampart_choose_files (GtkWindow              *parent,
                      GtkFileChooserAction    action,
                      const char             *title,
                      const char             *accept_label,
                      const char             *current_name,
                      const char             *filter_name,
                      const char             *pattern,
                      RampartFilesChosenFunc  func,
                      GObject                *user_data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;
  Chooser *chooser;

  native = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
    }
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);

  if (current_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), current_name);

  chooser = g_new0 (Chooser, 1);
  chooser->func = func;
  chooser->user_data = g_object_ref (user_data);
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
