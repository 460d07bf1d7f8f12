/* rampart-threat.h: a threat of the catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_THREAT (rampart_threat_get_type ())

G_DECLARE_FINAL_TYPE (RampartThreat, rampart_threat, RAMPART, THREAT, RampartRecord)

const char *rampart_threat_get_name        (RampartThreat *self);
const char *rampart_threat_get_category    (RampartThreat *self);
const char *rampart_threat_get_description (RampartThreat *self);
gboolean    rampart_threat_get_builtin     (RampartThreat *self);

G_END_DECLS
