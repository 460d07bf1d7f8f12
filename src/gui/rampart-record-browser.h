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
 * RampartRecordWidgetFunc:
 * @record: a record of the browser's list
 * @user_data: the data given with the function
 *
 * Returns: (transfer floating): a widget shown in @record's row, under its
 *   title
 */
typedef GtkWidget *(*RampartRecordWidgetFunc) (RampartRecord *record,
                                               gpointer       user_data);

/**
 * RampartRecordNewFunc:
 * @list: the list a record is about to be added to
 * @user_data: the data given with the function
 *
 * Returns: (transfer full): a new record of @list's kind, not yet added
 */
typedef RampartRecord *(*RampartRecordNewFunc) (RampartRecordList *list,
                                                gpointer           user_data);

/**
 * RampartRecordFilterFunc:
 * @record: a record of the browser's list
 * @query: (nullable): what was typed into the search entry
 * @user_data: the data given with the function
 *
 * Returns: whether to show @record
 */
typedef gboolean (*RampartRecordFilterFunc) (RampartRecord *record,
                                             const char    *query,
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
void           rampart_record_browser_set_row_func      (RampartRecordBrowser  *self,
                                                         RampartRecordWidgetFunc func,
                                                         gpointer               user_data);
void           rampart_record_browser_set_new_func      (RampartRecordBrowser  *self,
                                                         RampartRecordNewFunc   func,
                                                         gpointer               user_data);
void           rampart_record_browser_set_filter_func   (RampartRecordBrowser  *self,
                                                         RampartRecordFilterFunc func,
                                                         gpointer               user_data);
void           rampart_record_browser_refilter          (RampartRecordBrowser  *self);
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
