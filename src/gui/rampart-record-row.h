/* rampart-record-row.h: one record in the list of a record browser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_RECORD_ROW (rampart_record_row_get_type ())

G_DECLARE_FINAL_TYPE (RampartRecordRow, rampart_record_row, RAMPART, RECORD_ROW, GtkListBoxRow)

GtkWidget     *rampart_record_row_new        (RampartRecord    *record);
RampartRecord *rampart_record_row_get_record (RampartRecordRow *self);
void           rampart_record_row_update     (RampartRecordRow *self,
                                              const char       *subtitle,
                                              RampartFinding   *worst,
                                              const char       *findings);
void           rampart_record_row_add_extra  (RampartRecordRow *self,
                                              GtkWidget        *widget);

G_END_DECLS
