/* rampart-record-browser.h: a searchable list of records beside an editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-checks.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

/**
 * RampartRecordTextFunc:
 * @record: a record of the browser's list
 * @user_data: the data given with the function
 *
 * Returns: (transfer full) (nullable): a text about @record, such as the
 *   line under its title or the name of its section
 */
typedef char *(*RampartRecordTextFunc) (RampartRecord *record,
                                        gpointer       user_data);

/**
 * RampartCheckFunc:
 * @workspace: a workspace
 *
 * Returns: (transfer full): a list of #RampartFinding
 */
typedef GListModel *(*RampartCheckFunc) (RampartWorkspace *workspace);

#define RAMPART_TYPE_RECORD_BROWSER (rampart_record_browser_get_type ())

G_DECLARE_FINAL_TYPE (RampartRecordBrowser, rampart_record_browser, RAMPART, RECORD_BROWSER, AdwBin)

void           rampart_record_browser_set_records       (RampartRecordBrowser  *self,
                                                         RampartWorkspace      *workspace,
                                                         RampartRecordList     *list,
                                                         GListModel            *model);
void           rampart_record_browser_set_subtitle_func (RampartRecordBrowser  *self,
                                                         RampartRecordTextFunc  func,
                                                         gpointer               user_data);
void           rampart_record_browser_set_section_func  (RampartRecordBrowser  *self,
                                                         RampartRecordTextFunc  func,
                                                         gpointer               user_data);
void           rampart_record_browser_set_check_func    (RampartRecordBrowser  *self,
                                                         RampartCheckFunc       func);
RampartRecord *rampart_record_browser_get_selected      (RampartRecordBrowser  *self);
void           rampart_record_browser_select            (RampartRecordBrowser  *self,
                                                         RampartRecord         *record);
void           rampart_record_browser_show_overview     (RampartRecordBrowser  *self);
RampartRecord *rampart_record_browser_add               (RampartRecordBrowser  *self,
                                                         RampartRecord         *record);
RampartRecord *rampart_record_browser_add_to            (RampartRecordBrowser  *self,
                                                         RampartRecordList     *list,
                                                         RampartRecord         *record);
void           rampart_record_browser_show_editor       (RampartRecordBrowser  *self);
void           rampart_record_browser_focus_search      (RampartRecordBrowser  *self);
gboolean       rampart_record_browser_get_can_navigate_back
                                                        (RampartRecordBrowser  *self);
gboolean       rampart_record_browser_navigate_back     (RampartRecordBrowser  *self);
void           rampart_record_browser_refresh           (RampartRecordBrowser  *self);

G_END_DECLS
