/* rampart-window.h: a window showing one workspace, or the welcome screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-application.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_WINDOW (rampart_window_get_type ())

G_DECLARE_FINAL_TYPE (RampartWindow, rampart_window, RAMPART, WINDOW, AdwApplicationWindow)

RampartWindow    *rampart_window_new            (RampartApplication  *application);
RampartWorkspace *rampart_window_get_workspace  (RampartWindow       *self);
gboolean          rampart_window_open_file      (RampartWindow       *self,
                                                 GFile               *file,
                                                 GError             **error);
gboolean          rampart_window_create_file    (RampartWindow       *self,
                                                 GFile               *file,
                                                 gboolean             replace,
                                                 gboolean             example,
                                                 GError             **error);
const char       *rampart_window_get_section    (RampartWindow       *self);
void              rampart_window_show_section   (RampartWindow       *self,
                                                 const char          *name);
void              rampart_window_show_record    (RampartWindow       *self,
                                                 RampartRecord       *record);

G_END_DECLS
