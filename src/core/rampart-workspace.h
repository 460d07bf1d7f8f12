/* rampart-workspace.h: one open .isms workspace file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rampart-asset.h"
#include "rampart-context-issue.h"
#include "rampart-control.h"
#include "rampart-document-control.h"
#include "rampart-history.h"
#include "rampart-interested-party.h"
#include "rampart-organisation.h"
#include "rampart-policy.h"
#include "rampart-record-list.h"
#include "rampart-rating-change.h"
#include "rampart-requirement.h"
#include "rampart-risk-action.h"
#include "rampart-risk-method.h"
#include "rampart-risk.h"
#include "rampart-role.h"
#include "rampart-scope-item.h"
#include "rampart-scope.h"
#include "rampart-soa-entry.h"
#include "rampart-threat.h"
#include "rampart-vulnerability.h"

G_BEGIN_DECLS

#define RAMPART_WORKSPACE_ERROR (rampart_workspace_error_quark ())

/**
 * RampartWorkspaceError:
 *
 * Why a workspace could not be opened, created or saved. Each code has its
 * own message, written for the person who picked the file.
 */
typedef enum
{
  RAMPART_WORKSPACE_ERROR_FAILED,
  RAMPART_WORKSPACE_ERROR_NOT_FOUND,
  RAMPART_WORKSPACE_ERROR_IS_DIRECTORY,
  RAMPART_WORKSPACE_ERROR_PERMISSION_DENIED,
  RAMPART_WORKSPACE_ERROR_EMPTY,
  RAMPART_WORKSPACE_ERROR_TEXT_FILE,
  RAMPART_WORKSPACE_ERROR_NOT_RECOGNISED,
  RAMPART_WORKSPACE_ERROR_TRUNCATED,
  RAMPART_WORKSPACE_ERROR_OTHER_DATABASE,
  RAMPART_WORKSPACE_ERROR_NEWER_VERSION,
  RAMPART_WORKSPACE_ERROR_DAMAGED,
  RAMPART_WORKSPACE_ERROR_EXISTS,
  RAMPART_WORKSPACE_ERROR_CHANGED_ON_DISK,
  RAMPART_WORKSPACE_ERROR_NO_SPACE,
  RAMPART_WORKSPACE_ERROR_READ_ONLY,
  RAMPART_WORKSPACE_ERROR_WRITE_FAILED,
} RampartWorkspaceError;

/**
 * RampartRecordCount:
 * @kind: a stable identifier, such as "controls"
 * @label: a translated label for people
 * @count: how many records of that kind the workspace holds
 */
typedef struct
{
  const char *kind;
  const char *label;
  gint64      count;
} RampartRecordCount;

#define RAMPART_TYPE_WORKSPACE (rampart_workspace_get_type ())

G_DECLARE_FINAL_TYPE (RampartWorkspace, rampart_workspace, RAMPART, WORKSPACE, GObject)

GQuark               rampart_workspace_error_quark        (void);

RampartWorkspace    *rampart_workspace_create             (GFile              *file,
                                                           gboolean            replace,
                                                           GError            **error);
RampartWorkspace    *rampart_workspace_create_example     (GFile              *file,
                                                           gboolean            replace,
                                                           GError            **error);
RampartWorkspace    *rampart_workspace_open               (GFile              *file,
                                                           GCancellable       *cancellable,
                                                           GError            **error);

GFile               *rampart_workspace_get_file           (RampartWorkspace   *self);
int                  rampart_workspace_get_schema_version (RampartWorkspace   *self);
gboolean             rampart_workspace_get_has_unsaved_changes
                                                          (RampartWorkspace   *self);
const GError        *rampart_workspace_get_save_error     (RampartWorkspace   *self);
guint                rampart_workspace_get_autosave_delay (RampartWorkspace   *self);
void                 rampart_workspace_set_autosave_delay (RampartWorkspace   *self,
                                                           guint               delay_ms);

gboolean             rampart_workspace_save               (RampartWorkspace   *self,
                                                           GError            **error);
gboolean             rampart_workspace_save_as            (RampartWorkspace   *self,
                                                           GFile              *file,
                                                           GError            **error);
gboolean             rampart_workspace_close              (RampartWorkspace   *self,
                                                           GError            **error);
void                 rampart_workspace_close_discarding   (RampartWorkspace   *self);
gboolean             rampart_workspace_get_closed         (RampartWorkspace   *self);

RampartHistory      *rampart_workspace_get_history        (RampartWorkspace   *self);
RampartOrganisation *rampart_workspace_get_organisation   (RampartWorkspace   *self);
GListModel          *rampart_workspace_get_controls       (RampartWorkspace   *self);
RampartDocumentControl *rampart_workspace_get_document_control
                                                          (RampartWorkspace   *self,
                                                           const char         *document_id);
RampartRecordList   *rampart_workspace_get_context_issues (RampartWorkspace   *self);
RampartRecordList   *rampart_workspace_get_interested_parties
                                                          (RampartWorkspace   *self);
RampartScope        *rampart_workspace_get_scope          (RampartWorkspace   *self);
RampartRecordList   *rampart_workspace_get_scope_items    (RampartWorkspace   *self);
RampartRecordList   *rampart_workspace_get_roles          (RampartWorkspace   *self);
RampartRecordList   *rampart_workspace_get_assets         (RampartWorkspace   *self);
RampartRecordList   *rampart_workspace_get_threats        (RampartWorkspace   *self);
RampartRecordList   *rampart_workspace_get_vulnerabilities
                                                          (RampartWorkspace   *self);
RampartRecordList   *rampart_workspace_get_risks          (RampartWorkspace   *self);
RampartRiskMethod   *rampart_workspace_get_risk_method    (RampartWorkspace   *self);
RampartRecordList   *rampart_workspace_get_soa_entries    (RampartWorkspace   *self);
RampartRecordList   *rampart_workspace_get_policies       (RampartWorkspace   *self);
RampartControl      *rampart_workspace_find_control       (RampartWorkspace   *self,
                                                           const char         *control_id);
RampartRequirement  *rampart_workspace_find_requirement   (RampartWorkspace   *self,
                                                           gint64              requirement_id,
                                                           RampartInterestedParty **party);
GListModel          *rampart_workspace_preview_risk_method
                                                          (RampartWorkspace   *self,
                                                           RampartRiskMethod  *method);
gboolean             rampart_workspace_set_risk_method    (RampartWorkspace   *self,
                                                           RampartRiskMethod  *method,
                                                           GError            **error);
GArray              *rampart_workspace_count_records      (RampartWorkspace   *self,
                                                           GError            **error);

G_END_DECLS
