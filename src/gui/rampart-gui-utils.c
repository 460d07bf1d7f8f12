/* rampart-gui-utils.c: small helpers shared by the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-application.h"
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

/* Choices */

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_enum (to, (int) position);
  return TRUE;
}

/**
 * rampart_bind_choice:
 * @bindings: the bindings of an editor to its record
 * @property: a field of the record that holds a choice
 * @row: the combo row that shows it
 * @enum_type: the field's enumeration, from rampart-enums.h
 *
 * Offers the choices of @enum_type, in words, in @row, and binds the
 * selected one both ways to @property. The enumeration's values must run
 * from 0 without gaps, as they do in rampart-enums.h.
 */
void
rampart_bind_choice (GBindingGroup *bindings,
                     const char    *property,
                     AdwComboRow   *row,
                     GType          enum_type)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      g_return_if_fail (enum_class->values[i].value == (int) i);
      gtk_string_list_append (labels, rampart_enum_get_label (enum_type, (int) i));
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  g_binding_group_bind_full (bindings, property, row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             enum_to_position, position_to_enum, NULL, NULL);
}

/**
 * rampart_choice_drop_down_new:
 * @record: a record
 * @property: a field of @record that holds a choice
 * @enum_type: the field's enumeration, from rampart-enums.h
 *
 * Makes a drop-down that offers the choices of @enum_type, in words, and
 * shows and edits @property, for editing a record in its list.
 *
 * Returns: (transfer floating): the drop-down
 */
GtkWidget *
rampart_choice_drop_down_new (GObject    *record,
                              const char *property,
                              GType       enum_type)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *drop_down;

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      g_return_val_if_fail (enum_class->values[i].value == (int) i, NULL);
      gtk_string_list_append (labels, rampart_enum_get_label (enum_type, (int) i));
    }

  drop_down = gtk_drop_down_new (G_LIST_MODEL (labels), NULL);
  g_object_bind_property_full (record, property, drop_down, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_position, position_to_enum, NULL, NULL);

  return drop_down;
}

/**
 * rampart_show_toast:
 * @widget: a widget inside a window with an #AdwToastOverlay
 * @message: what to say, as plain text
 *
 * Shows @message briefly at the bottom of the window.
 */
void
rampart_show_toast (GtkWidget  *widget,
                    const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

/* Deleting */

typedef struct
{
  AdwToast         *toast;      /* weak */
  RampartWorkspace *workspace;
  RampartRecord    *record;
  gulong            changed_id;
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_clear_signal_handler (&deletion->changed_id, deletion->workspace);
  g_clear_weak_pointer (&deletion->toast);
  g_object_unref (deletion->workspace);
  g_object_unref (deletion->record);
  g_free (deletion);
}

/* Undo in the toast reverts the deletion, and nothing done since. */
static void
undo_clicked_cb (AdwToast *toast,
                 Deletion *deletion)
{
  RampartHistory *history = rampart_workspace_get_history (deletion->workspace);

  if (rampart_history_is_last (history, deletion->record))
    rampart_history_undo (history);
}

/* Once anything else changed, the toast's Undo would revert that instead. */
static void
workspace_changed_cb (Deletion *deletion)
{
  if (deletion->toast != NULL &&
      !rampart_history_is_last (rampart_workspace_get_history (deletion->workspace), deletion->record))
    adw_toast_dismiss (deletion->toast);
}

/**
 * rampart_delete_with_undo:
 * @widget: the widget the person deleted from, inside a window with an
 *   #AdwToastOverlay
 * @workspace: the workspace of @record
 * @list: the list that holds @record
 * @record: the record to delete
 *
 * Deletes @record at once, without asking, and offers to undo it in a
 * toast, as GNOME applications do for anything that can be undone.
 */
void
rampart_delete_with_undo (GtkWidget         *widget,
                          RampartWorkspace  *workspace,
                          RampartRecordList *list,
                          RampartRecord     *record)
{
  g_autofree char *title = rampart_record_dup_title (record);
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget *overlay;
  Deletion *deletion;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (RAMPART_IS_WORKSPACE (workspace));

  /* Found first: deleting may take @widget out of the window. */
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  g_object_ref (record);
  if (!rampart_record_list_remove (list, record) || overlay == NULL)
    {
      g_object_unref (record);
      return;
    }

  if (*title != '\0')
    /* Translators: a toast after deleting, as in "“Brexit” deleted" */
    message = g_strdup_printf (_("“%s” deleted"), title);
  else
    /* Translators: a toast after deleting a record without a name, as in "Untitled role deleted" */
    message = g_strdup_printf (_("Untitled %s deleted"), rampart_record_class_get_noun (RAMPART_RECORD_GET_CLASS (record)));

  /* Toast titles are markup. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  deletion = g_new0 (Deletion, 1);
  g_set_weak_pointer (&deletion->toast, toast);
  deletion->workspace = g_object_ref (workspace);
  deletion->record = record;
  deletion->changed_id = g_signal_connect_swapped (workspace, "changed",
                                                   G_CALLBACK (workspace_changed_cb), deletion);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), deletion);
  g_object_set_data_full (G_OBJECT (toast), "rampart-deletion", deletion, deletion_free);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * rampart_widget_get_paper:
 * @widget: a widget in a window of the application
 *
 * Returns: the paper documents are laid out on, as the preferences say
 */
RampartPaper
rampart_widget_get_paper (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  g_autofree char *name = NULL;

  if (!RAMPART_IS_APPLICATION (app))
    return rampart_paper_get_default ();

  name = g_settings_get_string (rampart_application_get_settings (RAMPART_APPLICATION (app)), "paper-size");
  return rampart_paper_from_string (name);
}

/**
 * rampart_add_entry_row:
 * @list: a boxed list, as in a dialog
 * @title: the row's title
 * @text: its text to start with
 *
 * Returns: (transfer none): a new entry row at the end of @list
 */
GtkEditable *
rampart_add_entry_row (GtkListBox *list,
                       const char *title,
                       const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (list, row);

  return GTK_EDITABLE (row);
}

/**
 * rampart_show_policy_status:
 * @label: a label
 * @status: a policy's status
 *
 * Shows @status in @label as a small pill, coloured by status; the style
 * classes are the statuses' nicks (see style.css).
 */
void
rampart_show_policy_status (GtkLabel            *label,
                            RampartPolicyStatus  status)
{
  gtk_label_set_text (label, rampart_enum_get_label (RAMPART_TYPE_POLICY_STATUS, status));
  gtk_widget_add_css_class (GTK_WIDGET (label), "policy-status");
  for (int s = 0; s < RAMPART_N_POLICY_STATUSES; s++)
    if (s == (int) status)
      gtk_widget_add_css_class (GTK_WIDGET (label), rampart_enum_get_nick (RAMPART_TYPE_POLICY_STATUS, s));
    else
      gtk_widget_remove_css_class (GTK_WIDGET (label), rampart_enum_get_nick (RAMPART_TYPE_POLICY_STATUS, s));
}
