/* rampart-requirement.h: one requirement of an interested party (clause 4.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_REQUIREMENT (  rampart_requirement_get_type     ())

G_DECLARE_FINAL_TYPE (RampartRequirement, rampart_requirement, RAMPART, REQUIREMENT, RampartRecord)

const char              *rampart_requirement_get_text     (RampartRequirement *self);
RampartDecision          rampart_requirement_get_decision (RampartRequirement *self);
RampartRequirementBasis  rampart_requirement_get_basis    (RampartRequirement *self);
const char              *rampart_requirement_get_how      (RampartRequirement *self);

G_END_DECLS
