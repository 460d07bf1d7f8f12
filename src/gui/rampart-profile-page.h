/* rampart-profile-page.h: the organisation profile section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_PROFILE_PAGE (rampart_profile_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartProfilePage, rampart_profile_page, RAMPART, PROFILE_PAGE, RampartPage)

G_END_DECLS
