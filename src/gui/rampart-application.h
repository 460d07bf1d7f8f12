/* rampart-application.h: the Rampart application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAMPART_TYPE_APPLICATION (rampart_application_get_type ())

G_DECLARE_FINAL_TYPE (RampartApplication, rampart_application, RAMPART, APPLICATION, AdwApplication)

RampartApplication *rampart_application_new           (void);
GSettings          *rampart_application_get_settings  (RampartApplication *self);
GListModel         *rampart_application_get_recent    (RampartApplication *self);
void                rampart_application_add_recent    (RampartApplication *self,
                                                       GFile              *file);
void                rampart_application_remove_recent (RampartApplication *self,
                                                       GFile              *file);
void                rampart_application_open_file     (RampartApplication *self,
                                                       GFile              *file,
                                                       GtkWindow          *parent);

G_END_DECLS
