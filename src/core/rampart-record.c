/* rampart-record.c: a record of a workspace, whose properties are its fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-record"

#include "config.h"

#include "rampart-db-private.h"
#include "rampart-record-private.h"
#include "rampart-workspace-private.h"

/*
 * A kind of record declares its fields once, as properties with the SQL
 * that stores each; the values live here. Every edit then goes the same
 * way: to the working copy at once, into the undo history, and on to an
 * autosave, with a notification for whatever shows the field.
 */

typedef struct
{
  /* Borrowed: the workspace owns its records and detaches them on dispose. */
  RampartWorkspace *workspace;
  GValue            key;
  GValue           *values;   /* by property id; [0] unused */
} RampartRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RampartRecord, rampart_record, G_TYPE_OBJECT)

static void
rampart_record_finalize (GObject *object)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (RAMPART_RECORD (object));
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (object);

  for (guint i = 1; priv->values != NULL && i < klass->n_props; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);
  if (G_IS_VALUE (&priv->key))
    g_value_unset (&priv->key);

  G_OBJECT_CLASS (rampart_record_parent_class)->finalize (object);
}

static void
rampart_record_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (RAMPART_RECORD (object));

  g_value_copy (&priv->values[prop_id], value);
}

static void
rampart_record_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RampartRecord *self = RAMPART_RECORD (object);
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (self);
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  if (g_param_values_cmp (pspec, &priv->values[prop_id], value) == 0)
    return;

  if (klass->validate != NULL && !klass->validate (self, pspec, value))
    return;

  if (priv->workspace != NULL &&
      !_rampart_workspace_write_value (priv->workspace, klass->store_sql[prop_id], &priv->key, value, &error))
    {
      g_warning ("Could not store %s: %s", pspec->name, error->message);
      return;
    }

  g_value_init (&old_value, pspec->value_type);
  g_value_copy (&priv->values[prop_id], &old_value);
  g_value_copy (value, &priv->values[prop_id]);
  /* Text is never NULL: an empty field is an empty string. */
  if (G_VALUE_HOLDS_STRING (&priv->values[prop_id]) && g_value_get_string (&priv->values[prop_id]) == NULL)
    g_value_set_static_string (&priv->values[prop_id], "");

  if (priv->workspace != NULL)
    _rampart_workspace_record_change (priv->workspace, object, pspec, &old_value, &priv->values[prop_id]);

  g_object_notify_by_pspec (object, pspec);
}

/* Not in init: while a parent type's init runs, the instance has the parent's class. */
static void
rampart_record_constructed (GObject *object)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (RAMPART_RECORD (object));
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (object);

  G_OBJECT_CLASS (rampart_record_parent_class)->constructed (object);

  priv->values = g_new0 (GValue, MAX (klass->n_props, 1));
  for (guint i = 1; i < klass->n_props; i++)
    {
      g_value_init (&priv->values[i], klass->pspecs[i]->value_type);
      g_param_value_set_default (klass->pspecs[i], &priv->values[i]);
    }
}

static void
rampart_record_class_init (RampartRecordClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = rampart_record_constructed;
  G_OBJECT_CLASS (klass)->finalize = rampart_record_finalize;
}

static void
rampart_record_init (RampartRecord *self)
{
}

/**
 * rampart_record_class_install:
 * @klass: a kind of record, in its class_init
 * @n_props: the number of properties, counting the unused 0
 * @pspecs: (array length=n_props): the fields, from index 1
 * @store_sql: (array length=n_props): for each field, the statement that
 *   stores it, with the value as ?1 and the record's key as ?2
 *
 * Installs the fields of a kind of record. Both arrays must live as long
 * as the class.
 */
void
rampart_record_class_install (RampartRecordClass *klass,
                              guint               n_props,
                              GParamSpec        **pspecs,
                              const char * const *store_sql)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rampart_record_get_property;
  object_class->set_property = rampart_record_set_property;

  klass->pspecs = pspecs;
  klass->store_sql = store_sql;
  klass->n_props = n_props;
  g_object_class_install_properties (object_class, n_props, pspecs);
}

/**
 * rampart_record_get_string:
 * @self: a #RampartRecord
 * @prop_id: a text field
 *
 * Returns: (transfer none): the field's text, never %NULL
 */
const char *
rampart_record_get_string (RampartRecord *self,
                           guint          prop_id)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (prop_id > 0 && prop_id < RAMPART_RECORD_GET_CLASS (self)->n_props, NULL);

  return g_value_get_string (&priv->values[prop_id]) ?: "";
}

guint
rampart_record_get_uint (RampartRecord *self,
                         guint          prop_id)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (prop_id > 0 && prop_id < RAMPART_RECORD_GET_CLASS (self)->n_props, 0);

  return g_value_get_uint (&priv->values[prop_id]);
}

/* Makes @self the record of @workspace with @key: edits go there from now on. */
void
_rampart_record_attach (RampartRecord    *self,
                        RampartWorkspace *workspace,
                        const GValue     *key)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  priv->workspace = workspace;
  if (G_IS_VALUE (&priv->key))
    g_value_unset (&priv->key);
  g_value_init (&priv->key, G_VALUE_TYPE (key));
  g_value_copy (key, &priv->key);
}

void
_rampart_record_detach (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  priv->workspace = NULL;
}

/* Sets a field from a column of a row read from the file, without recording an edit. */
void
_rampart_record_load_value (RampartRecord *self,
                            guint          prop_id,
                            sqlite3_stmt  *stmt,
                            int            column)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);
  GParamSpec *pspec = RAMPART_RECORD_GET_CLASS (self)->pspecs[prop_id];
  GValue *value = &priv->values[prop_id];

  switch (G_VALUE_TYPE (value))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, rampart_db_column_text (stmt, column));
      break;

    case G_TYPE_UINT:
      g_value_set_uint (value, (guint) CLAMP (sqlite3_column_int64 (stmt, column),
                                              G_PARAM_SPEC_UINT (pspec)->minimum,
                                              G_PARAM_SPEC_UINT (pspec)->maximum));
      break;

    case G_TYPE_INT:
      g_value_set_int (value, (int) CLAMP (sqlite3_column_int64 (stmt, column),
                                           G_PARAM_SPEC_INT (pspec)->minimum,
                                           G_PARAM_SPEC_INT (pspec)->maximum));
      break;

    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
      break;

    default:
      g_return_if_reached ();
    }
}
