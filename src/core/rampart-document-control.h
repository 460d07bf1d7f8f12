/* rampart-document-control.h: the control data of one ISMS document (7.5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_DOCUMENT_CONTROL (rampart_document_control_get_type ())

G_DECLARE_FINAL_TYPE (RampartDocumentControl, rampart_document_control, RAMPART, DOCUMENT_CONTROL, RampartRecord)

const char *rampart_document_control_get_document_id (RampartDocumentControl *self);
const char *rampart_document_control_get_version     (RampartDocumentControl *self);
const char *rampart_document_control_get_owner       (RampartDocumentControl *self);
const char *rampart_document_control_get_approver    (RampartDocumentControl *self);
const char *rampart_document_control_get_approved_on (RampartDocumentControl *self);
const char *rampart_document_control_get_next_review (RampartDocumentControl *self);

gboolean    rampart_date_is_valid                    (const char             *date);
char       *rampart_date_today                       (void);
char       *rampart_date_add_months                  (const char             *date,
                                                      int                     months);

G_END_DECLS
