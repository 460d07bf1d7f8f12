/* rampart-date-row.h: a row for a date, chosen on a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAMPART_TYPE_DATE_ROW (rampart_date_row_get_type ())

G_DECLARE_FINAL_TYPE (RampartDateRow, rampart_date_row, RAMPART, DATE_ROW, AdwActionRow)

const char *rampart_date_row_get_date (RampartDateRow *self);
void        rampart_date_row_set_date (RampartDateRow *self,
                                       const char     *date);

G_END_DECLS
