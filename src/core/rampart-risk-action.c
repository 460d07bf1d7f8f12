/* rampart-risk-action.c: an action of the risk treatment plan (clauses 6.1.3 e and 8.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-risk-action"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-record-private.h"
#include "rampart-risk-action.h"

/*
 * The risk treatment plan is the list of what will be done about each
 * risk: an action, its owner, its due date, where it stands, and the
 * control it puts in place, if any. Actions belong to their risk.
 */

struct _RampartRiskAction
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartRiskAction, rampart_risk_action, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_WHAT,
  PROP_OWNER,
  PROP_DUE_ON,
  PROP_STATUS,
  PROP_CONTROL_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE risk_action SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_WHAT] = STORE ("what"),
  [PROP_OWNER] = STORE ("owner"),
  [PROP_DUE_ON] = STORE ("due_on"),
  [PROP_STATUS] = STORE ("status"),
  [PROP_CONTROL_ID] = STORE ("control_id"),
};

static const RampartRecordTable table = {
  N_("action"),
  "SELECT id, position, what, owner, due_on, status, control_id"
    " FROM risk_action WHERE risk_id = ?1 ORDER BY position, id",
  "INSERT INTO risk_action (id, position, risk_id, what, owner, due_on, status, control_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  "DELETE FROM risk_action WHERE id = ?1",
  NULL,
};

static void
rampart_risk_action_class_init (RampartRiskActionClass *klass)
{
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  properties[PROP_WHAT] = _rampart_field_text ("what", _("Action"), "");
  properties[PROP_OWNER] = _rampart_field_text ("owner", _("Owner"), "");
  properties[PROP_DUE_ON] = _rampart_field_date ("due-on", _("Due date"));
  properties[PROP_STATUS] = _rampart_field_enum ("status", _("Status"),
                                                 RAMPART_TYPE_ACTION_STATUS, RAMPART_ACTION_PLANNED);
  properties[PROP_CONTROL_ID] = _rampart_field_text ("control-id", _("Control"), "");

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_risk_action_init (RampartRiskAction *self)
{
}

const char *
rampart_risk_action_get_what (RampartRiskAction *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_WHAT);
}

const char *
rampart_risk_action_get_owner (RampartRiskAction *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_OWNER);
}

const char *
rampart_risk_action_get_due_on (RampartRiskAction *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_DUE_ON);
}

RampartActionStatus
rampart_risk_action_get_status (RampartRiskAction *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_STATUS);
}

const char *
rampart_risk_action_get_control_id (RampartRiskAction *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_CONTROL_ID);
}

/**
 * rampart_risk_action_is_overdue:
 * @self: a #RampartRiskAction
 * @today: the date to judge by, as YYYY-MM-DD
 *
 * Returns: whether @self was due before @today and is neither done nor cancelled
 */
gboolean
rampart_risk_action_is_overdue (RampartRiskAction *self,
                                const char        *today)
{
  RampartActionStatus status;
  const char *due;

  g_return_val_if_fail (RAMPART_IS_RISK_ACTION (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  status = rampart_risk_action_get_status (self);
  due = rampart_risk_action_get_due_on (self);

  return *due != '\0' && strcmp (due, today) < 0 &&
         status != RAMPART_ACTION_DONE && status != RAMPART_ACTION_CANCELLED;
}
