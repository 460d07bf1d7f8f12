/* rampart-workspace-private.h: what records need from their workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rampart-db-private.h"

#include "rampart-control.h"
#include "rampart-document-control.h"
#include "rampart-organisation.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

sqlite3             *_rampart_workspace_get_db          (RampartWorkspace  *self);
sqlite3_stmt        *_rampart_workspace_prepare_cached  (RampartWorkspace  *self,
                                                         const char        *sql,
                                                         GError           **error);
gboolean             _rampart_workspace_write_value     (RampartWorkspace  *self,
                                                         const char        *sql,
                                                         const GValue      *key,
                                                         const GValue      *value,
                                                         GError           **error);
void                 _rampart_workspace_record_change   (RampartWorkspace  *self,
                                                         GObject           *record,
                                                         GParamSpec        *pspec,
                                                         const GValue      *old_value,
                                                         const GValue      *new_value);
void                 _rampart_workspace_mark_changed    (RampartWorkspace  *self);
gint64               _rampart_workspace_next_own_control
                                                        (RampartWorkspace  *self,
                                                         GError           **error);

RampartOrganisation *_rampart_organisation_load         (RampartWorkspace  *workspace,
                                                         GError           **error);
RampartDocumentControl *_rampart_document_control_load (RampartWorkspace *workspace,
                                                       const char       *document_id,
                                                       GError          **error);
RampartScope        *_rampart_scope_load                (RampartWorkspace  *workspace,
                                                         GError           **error);
gboolean             _rampart_control_links_store       (RampartWorkspace   *workspace,
                                                         const char         *clear_sql,
                                                         const char         *insert_sql,
                                                         gint64              owner_id,
                                                         const char * const *ids,
                                                         GError            **error);
GStrv                _rampart_control_links_load        (RampartWorkspace   *workspace,
                                                         const char         *select_sql,
                                                         gint64              owner_id,
                                                         GError            **error);
GListStore          *_rampart_control_load_all          (sqlite3           *db,
                                                         GError           **error);
gboolean             _rampart_example_fill              (RampartWorkspace  *workspace,
                                                         GError           **error);

G_END_DECLS
