/* rampart-interested-party.h: an interested party and its requirements (clause 4.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-enums.h"
#include "rampart-record-list.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_INTERESTED_PARTY (rampart_interested_party_get_type ())

G_DECLARE_FINAL_TYPE (RampartInterestedParty, rampart_interested_party, RAMPART, INTERESTED_PARTY, RampartRecord)

const char        *rampart_interested_party_get_name         (RampartInterestedParty *self);
RampartPartyKind   rampart_interested_party_get_kind         (RampartInterestedParty *self);
const char        *rampart_interested_party_get_description  (RampartInterestedParty *self);
RampartRecordList *rampart_interested_party_get_requirements (RampartInterestedParty *self);

G_END_DECLS
