/* rampart-finding.c: something a check found missing or doubtful
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-finding"

#include "config.h"

#include "rampart-finding.h"

/*
 * What a check of the workspace reports, in words for the person: how much
 * it matters, the clause of the standard it is about, and the record to
 * open to put it right, if there is one.
 */

struct _RampartFinding
{
  GObject          parent_instance;

  RampartSeverity  severity;
  char            *clause;
  RampartRecord   *record;
  char            *message;
};

G_DEFINE_FINAL_TYPE (RampartFinding, rampart_finding, G_TYPE_OBJECT)

static void
rampart_finding_dispose (GObject *object)
{
  g_clear_object (&RAMPART_FINDING (object)->record);

  G_OBJECT_CLASS (rampart_finding_parent_class)->dispose (object);
}

static void
rampart_finding_finalize (GObject *object)
{
  RampartFinding *self = RAMPART_FINDING (object);

  g_free (self->clause);
  g_free (self->message);

  G_OBJECT_CLASS (rampart_finding_parent_class)->finalize (object);
}

static void
rampart_finding_class_init (RampartFindingClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rampart_finding_dispose;
  G_OBJECT_CLASS (klass)->finalize = rampart_finding_finalize;
}

static void
rampart_finding_init (RampartFinding *self)
{
}

/**
 * rampart_finding_new:
 * @severity: how much it matters
 * @clause: the clause of ISO/IEC 27001 it is about, as in "4.3"
 * @record: (nullable): the record to open to put it right
 * @message: what is missing or doubtful, for the person
 *
 * Returns: (transfer full): a new finding
 */
RampartFinding *
rampart_finding_new (RampartSeverity  severity,
                     const char      *clause,
                     RampartRecord   *record,
                     const char      *message)
{
  RampartFinding *self;

  g_return_val_if_fail (clause != NULL, NULL);
  g_return_val_if_fail (record == NULL || RAMPART_IS_RECORD (record), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (RAMPART_TYPE_FINDING, NULL);
  self->severity = severity;
  self->clause = g_strdup (clause);
  self->record = record != NULL ? g_object_ref (record) : NULL;
  self->message = g_strdup (message);

  return self;
}

RampartSeverity
rampart_finding_get_severity (RampartFinding *self)
{
  g_return_val_if_fail (RAMPART_IS_FINDING (self), RAMPART_SEVERITY_ADVICE);

  return self->severity;
}

const char *
rampart_finding_get_clause (RampartFinding *self)
{
  g_return_val_if_fail (RAMPART_IS_FINDING (self), NULL);

  return self->clause;
}

/**
 * rampart_finding_get_record:
 * @self: a #RampartFinding
 *
 * Returns: (transfer none) (nullable): the record to open to put the
 *   finding right
 */
RampartRecord *
rampart_finding_get_record (RampartFinding *self)
{
  g_return_val_if_fail (RAMPART_IS_FINDING (self), NULL);

  return self->record;
}

const char *
rampart_finding_get_message (RampartFinding *self)
{
  g_return_val_if_fail (RAMPART_IS_FINDING (self), NULL);

  return self->message;
}
