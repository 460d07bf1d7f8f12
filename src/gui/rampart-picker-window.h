/* rampart-picker-window.h: a dialog to choose several items from a long list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

/**
 * RampartPickedFunc:
 * @keys: (array zero-terminated=1): the keys of the chosen items
 * @user_data: the object given to rampart_picker_window_new()
 *
 * Called when the person confirms the choice.
 */
typedef void (*RampartPickedFunc) (const char * const *keys,
                                   gpointer            user_data);

#define RAMPART_TYPE_PICKER_WINDOW (rampart_picker_window_get_type ())

G_DECLARE_FINAL_TYPE (RampartPickerWindow, rampart_picker_window, RAMPART, PICKER_WINDOW, AdwWindow)

RampartPickerWindow *rampart_picker_window_new      (GtkWindow           *parent,
                                                     const char          *title,
                                                     RampartPickedFunc    func,
                                                     GObject             *user_data);
void                 rampart_picker_window_add_item (RampartPickerWindow *self,
                                                     const char          *key,
                                                     const char          *title,
                                                     const char          *subtitle,
                                                     gboolean             chosen);
void                 rampart_picker_window_add_controls
                                                    (RampartPickerWindow *self,
                                                     RampartWorkspace    *workspace,
                                                     const char * const  *chosen);

G_END_DECLS
