/* rampart-gui-test-utils.h: helpers shared by the tests of windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       rampart_test_gui_init                (int         *argc,
                                                 char      ***argv);
void       rampart_test_iterate                 (void);
void       rampart_test_settle                  (void);
void       rampart_test_show                    (GtkWidget  *window,
                                                 int         width,
                                                 int         height);
guint      rampart_test_count_visible           (GtkWidget  *root,
                                                 GType       type);
GtkWidget *rampart_test_find_widget             (GtkWidget  *root,
                                                 GType       type,
                                                 const char *name);
GtkWidget *rampart_test_find_titled             (GtkWidget  *root,
                                                 GType       type,
                                                 const char *title);
GtkWidget *rampart_test_find_window             (GType       type);
void       rampart_test_activate_section       (GtkWidget  *window,
                                                 const char *name);
void       rampart_test_screenshot              (GtkWidget  *window,
                                                 const char *name);
void       rampart_test_assert_controls_named   (GtkWidget  *window,
                                                 const char *where);

G_END_DECLS
