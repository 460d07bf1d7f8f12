/* rampart-preferences-window.h: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAMPART_TYPE_PREFERENCES_WINDOW (rampart_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RampartPreferencesWindow, rampart_preferences_window, RAMPART, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *rampart_preferences_window_new (GtkWindow *parent,
                                           GSettings *settings);

G_END_DECLS
