/* rampart-record-page.h: a section that browses and edits one list of records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-page.h"
#include "rampart-record-browser.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_RECORD_PAGE (rampart_record_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (RampartRecordPage, rampart_record_page, RAMPART, RECORD_PAGE, RampartPage)

/**
 * RampartRecordPageClass:
 * @get_records: the list the page shows, and what to show of it (%NULL
 *   for the list itself)
 * @selected_changed: called after another record was selected, or none
 *
 * A page whose content is a #RampartRecordBrowser. The page binds its
 * editor's widgets to the bindings returned by
 * rampart_record_page_get_bindings(), whose source is the selected record.
 */
struct _RampartRecordPageClass
{
  RampartPageClass parent_class;

  RampartRecordList *(*get_records)      (RampartRecordPage  *self,
                                          RampartWorkspace   *workspace,
                                          GListModel        **model);
  void               (*selected_changed) (RampartRecordPage  *self);
};

void                  rampart_record_page_set_browser  (RampartRecordPage    *self,
                                                        RampartRecordBrowser *browser);
RampartRecordBrowser *rampart_record_page_get_browser  (RampartRecordPage    *self);
GBindingGroup        *rampart_record_page_get_bindings (RampartRecordPage    *self);
RampartRecord        *rampart_record_page_get_selected (RampartRecordPage    *self);

G_END_DECLS
