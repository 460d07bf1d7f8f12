/* rampart-record-list.h: the records of one kind, as a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_RECORD_LIST (rampart_record_list_get_type ())

G_DECLARE_FINAL_TYPE (RampartRecordList, rampart_record_list, RAMPART, RECORD_LIST, GObject)

GType          rampart_record_list_get_item_type (RampartRecordList *self);
RampartRecord *rampart_record_list_get_parent    (RampartRecordList *self);
RampartRecord *rampart_record_list_add           (RampartRecordList *self);
RampartRecord *rampart_record_list_append        (RampartRecordList *self,
                                                  RampartRecord     *record);
gboolean       rampart_record_list_remove        (RampartRecordList *self,
                                                  RampartRecord     *record);
gboolean       rampart_record_list_find          (RampartRecordList *self,
                                                  RampartRecord     *record,
                                                  guint             *position);
RampartRecord *rampart_record_list_get_by_id     (RampartRecordList *self,
                                                  gint64             id);

G_END_DECLS
