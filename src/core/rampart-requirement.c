/* rampart-requirement.c: one requirement of an interested party (clause 4.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-requirement"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-record-private.h"
#include "rampart-requirement.h"

/*
 * What an interested party expects in matters of information security, and
 * whether the ISMS takes it on (clause 4.2 c): where the requirement comes
 * from (a law, a contract, or neither) and how it is met, or why it is not.
 */

struct _RampartRequirement
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartRequirement, rampart_requirement, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_DECISION,
  PROP_BASIS,
  PROP_HOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE party_requirement SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_TEXT] = STORE ("text"),
  [PROP_DECISION] = STORE ("decision"),
  [PROP_BASIS] = STORE ("basis"),
  [PROP_HOW] = STORE ("how"),
};

static const RampartRecordTable table = {
  N_("requirement"),
  "SELECT id, position, text, decision, basis, how"
    " FROM party_requirement WHERE party_id = ?1 ORDER BY position, id",
  "INSERT INTO party_requirement (id, position, party_id, text, decision, basis, how)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  "DELETE FROM party_requirement WHERE id = ?1",
  NULL,
};

static void
rampart_requirement_class_init (RampartRequirementClass *klass)
{
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  properties[PROP_TEXT] = _rampart_field_text ("text", _("Requirement"), "");
  properties[PROP_DECISION] = _rampart_field_enum ("decision", _("Addressed by the ISMS"),
                                                   RAMPART_TYPE_DECISION, RAMPART_DECISION_UNDECIDED);
  properties[PROP_BASIS] = _rampart_field_enum ("basis", _("Basis"),
                                                RAMPART_TYPE_REQUIREMENT_BASIS, RAMPART_REQUIREMENT_BASIS_OTHER);
  properties[PROP_HOW] = _rampart_field_text ("how", _("How"), "");

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_requirement_init (RampartRequirement *self)
{
}

const char *
rampart_requirement_get_text (RampartRequirement *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_TEXT);
}

RampartDecision
rampart_requirement_get_decision (RampartRequirement *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_DECISION);
}

RampartRequirementBasis
rampart_requirement_get_basis (RampartRequirement *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_BASIS);
}

const char *
rampart_requirement_get_how (RampartRequirement *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_HOW);
}
