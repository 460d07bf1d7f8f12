/* rampart-welcome-page.h: what a window shows before a workspace is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAMPART_TYPE_WELCOME_PAGE (rampart_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartWelcomePage, rampart_welcome_page, RAMPART, WELCOME_PAGE, AdwBin)

void rampart_welcome_page_set_recent (RampartWelcomePage *self,
                                      GListModel         *recent);

G_END_DECLS
