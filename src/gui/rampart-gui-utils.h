/* rampart-gui-utils.h: small helpers shared by the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-paper.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

/**
 * RampartFilesChosenFunc:
 * @files: the chosen files, a list of #GFile
 * @user_data: the object given to rampart_choose_files()
 *
 * Called when the person accepts a file chooser.
 */
typedef void (*RampartFilesChosenFunc) (GListModel *files,
                                        gpointer    user_data);

char  *rampart_format_folder      (GFile                  *file);
void   rampart_show_error         (GtkWindow              *parent,
                                   const char             *heading,
                                   const char             *message);
GFile *rampart_file_with_suffix   (GFile                  *file,
                                   const char             *suffix);
void   rampart_choose_files       (GtkWindow              *parent,
                                   GtkFileChooserAction    action,
                                   const char             *title,
                                   const char             *accept_label,
                                   const char             *current_name,
                                   const char             *filter_name,
                                   const char             *pattern,
                                   RampartFilesChosenFunc  func,
                                   GObject                *user_data);

void   rampart_bind_choice        (GBindingGroup          *bindings,
                                   const char             *property,
                                   AdwComboRow            *row,
                                   GType                   enum_type);
GtkWidget *rampart_choice_drop_down_new
                                  (GObject                *record,
                                   const char             *property,
                                   GType                   enum_type);
RampartPaper rampart_widget_get_paper (GtkWidget           *widget);
GtkEditable *rampart_add_entry_row    (GtkListBox          *list,
                                       const char          *title,
                                       const char          *text);
void   rampart_show_policy_status (GtkLabel           *label,
                                   RampartPolicyStatus status);
void   rampart_show_toast         (GtkWidget              *widget,
                                   const char             *message);
void   rampart_delete_with_undo   (GtkWidget              *widget,
                                   RampartWorkspace       *workspace,
                                   RampartRecordList      *list,
                                   RampartRecord          *record);

G_END_DECLS
