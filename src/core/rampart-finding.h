/* rampart-finding.h: something a check found missing or doubtful
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_FINDING (rampart_finding_get_type ())

G_DECLARE_FINAL_TYPE (RampartFinding, rampart_finding, RAMPART, FINDING, GObject)

RampartFinding  *rampart_finding_new          (RampartSeverity  severity,
                                               const char      *clause,
                                               RampartRecord   *record,
                                               const char      *message);
RampartSeverity  rampart_finding_get_severity (RampartFinding  *self);
const char      *rampart_finding_get_clause   (RampartFinding  *self);
RampartRecord   *rampart_finding_get_record   (RampartFinding  *self);
const char      *rampart_finding_get_message  (RampartFinding  *self);

G_END_DECLS
