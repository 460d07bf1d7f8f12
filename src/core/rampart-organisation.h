/* rampart-organisation.h: the organisation profile of a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-record.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_ORGANISATION (rampart_organisation_get_type ())

G_DECLARE_FINAL_TYPE (RampartOrganisation, rampart_organisation, RAMPART, ORGANISATION, RampartRecord)

const char *rampart_organisation_get_name         (RampartOrganisation *self);
const char *rampart_organisation_get_legal_name   (RampartOrganisation *self);
const char *rampart_organisation_get_address      (RampartOrganisation *self);
const char *rampart_organisation_get_sector       (RampartOrganisation *self);
guint       rampart_organisation_get_staff_count  (RampartOrganisation *self);
const char *rampart_organisation_get_isms_manager (RampartOrganisation *self);
const char *rampart_organisation_get_sponsor      (RampartOrganisation *self);

G_END_DECLS
