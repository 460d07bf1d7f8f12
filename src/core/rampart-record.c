/* rampart-record.c: a record of a workspace, whose properties are its fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-record"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-document-control.h"
#include "rampart-enums.h"
#include "rampart-record-private.h"
#include "rampart-search-private.h"
#include "rampart-workspace-private.h"

/*
 * A kind of record declares its fields once, as properties with the SQL
 * that stores each; the values live here. Every edit then goes the same
 * way: to the working copy at once, into the undo history, and on to an
 * autosave, with a notification for whatever shows the field.
 *
 * Records that come in numbers (context issues, roles…) also know their
 * place: the list that holds them, their id and position in the file, and
 * the list of their own children, if their kind has any.
 */

typedef struct
{
  /* Borrowed: the workspace owns its records and detaches them on dispose. */
  RampartWorkspace  *workspace;
  GValue             key;
  GValue            *values;   /* by property id; [0] unused */

  /* Borrowed: the list holds its records. */
  RampartRecordList *list;
  RampartRecordList *children;
  gint64             id;
  gint64             position;
  gboolean           deleted;

  /* What searches look through, folded; NULL until the first search after a change */
  char              *search_text;
} RampartRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RampartRecord, rampart_record, G_TYPE_OBJECT)

static void
rampart_record_dispose (GObject *object)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (RAMPART_RECORD (object));

  g_clear_object (&priv->children);

  G_OBJECT_CLASS (rampart_record_parent_class)->dispose (object);
}

static void
rampart_record_finalize (GObject *object)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (RAMPART_RECORD (object));
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (object);

  for (guint i = 1; priv->values != NULL && i < klass->n_props; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);
  g_free (priv->search_text);
  if (G_IS_VALUE (&priv->key))
    g_value_unset (&priv->key);

  G_OBJECT_CLASS (rampart_record_parent_class)->finalize (object);
}

/* A change to a record changes what searches find in it and in its parents. */
static void
forget_search_text (RampartRecord *self)
{
  for (RampartRecord *record = self; record != NULL; record = rampart_record_get_parent (record))
    {
      RampartRecordPrivate *priv = rampart_record_get_instance_private (record);

      g_clear_pointer (&priv->search_text, g_free);
    }
}

void
_rampart_record_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (RAMPART_RECORD (object));

  g_value_copy (&priv->values[prop_id], value);
}

static GQuark date_field_quark (void);

/* Links to other records are stored by the kind; every other field by its statement. */
static gboolean
store (RampartRecord  *self,
       guint           prop_id,
       const GValue   *value,
       GError        **error)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (self);
  const RampartRecordTable *table = klass->table;

  if (_rampart_record_is_link (klass->pspecs[prop_id]))
    {
      g_return_val_if_fail (table != NULL && table->store_link != NULL, FALSE);
      return table->store_link (self, prop_id, value, error);
    }

  return _rampart_workspace_write_value (priv->workspace, klass->store_sql[prop_id], &priv->key, value, error);
}

void
_rampart_record_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RampartRecord *self = RAMPART_RECORD (object);
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (self);
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  /* A deleted record only waits for an undo; a view that still shows it changes nothing. */
  if (priv->deleted)
    {
      g_debug ("Ignoring a change to %s of a deleted record", pspec->name);
      return;
    }

  if (g_param_values_cmp (pspec, &priv->values[prop_id], value) == 0)
    return;

  if (g_param_spec_get_qdata (pspec, date_field_quark ()) != NULL &&
      !rampart_date_is_valid (g_value_get_string (value)))
    {
      g_warning ("Ignoring %s “%s”: dates are written YYYY-MM-DD", pspec->name, g_value_get_string (value));
      return;
    }

  if (klass->validate != NULL && !klass->validate (self, pspec, value))
    return;

  if (priv->workspace != NULL && !store (self, prop_id, value, &error))
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

  forget_search_text (self);
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

static char *
rampart_record_real_dup_title (RampartRecord *self)
{
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (self);

  for (guint i = 1; i < klass->n_props; i++)
    if (klass->pspecs[i]->value_type == G_TYPE_STRING)
      {
        g_auto(GValue) value = G_VALUE_INIT;

        g_value_init (&value, G_TYPE_STRING);
        g_object_get_property (G_OBJECT (self), klass->pspecs[i]->name, &value);
        return g_value_dup_string (&value);
      }

  return g_strdup ("");
}

static gboolean
rampart_record_real_can_delete (RampartRecord *self)
{
  return TRUE;
}

static void
rampart_record_class_init (RampartRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rampart_record_constructed;
  object_class->dispose = rampart_record_dispose;
  object_class->finalize = rampart_record_finalize;

  klass->dup_title = rampart_record_real_dup_title;
  klass->can_delete = rampart_record_real_can_delete;
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
 *   stores it, with the value as ?1 and the record's key as ?2; %NULL for
 *   a field that cannot be edited
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

  /* GObject does not inherit these; a kind may set its own, which chain up to ours. */
  if (object_class->get_property == NULL)
    object_class->get_property = _rampart_record_get_property;
  if (object_class->set_property == NULL)
    object_class->set_property = _rampart_record_set_property;

  klass->pspecs = pspecs;
  klass->store_sql = store_sql;
  klass->n_props = n_props;
  g_object_class_install_properties (object_class, n_props, pspecs);
}

/* A text field; its nick names it in undo labels, so it is translated. */
GParamSpec *
_rampart_field_text (const char *name,
                     const char *nick,
                     const char *default_value)
{
  return g_param_spec_string (name, nick, NULL, default_value,
                              G_PARAM_READWRITE | G_PARAM_STATIC_NAME |
                              G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
}

/* A yes-or-no field. */
GParamSpec *
_rampart_field_boolean (const char *name,
                        const char *nick,
                        gboolean    default_value)
{
  return g_param_spec_boolean (name, nick, NULL, default_value,
                               G_PARAM_READWRITE | G_PARAM_STATIC_NAME |
                               G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
}

/* A level of a risk scale, 0 for not rated; the method says how many levels there are. */
GParamSpec *
_rampart_field_level (const char *name,
                      const char *nick)
{
  return g_param_spec_uint (name, nick, NULL, 0, RAMPART_RECORD_MAX_LEVEL, 0,
                            G_PARAM_READWRITE | G_PARAM_STATIC_NAME |
                            G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
}

G_DEFINE_QUARK (rampart-record-date-field, date_field)

/* A date, written YYYY-MM-DD, or empty: any other text is refused with a warning. */
GParamSpec *
_rampart_field_date (const char *name,
                     const char *nick)
{
  GParamSpec *pspec = _rampart_field_text (name, nick, "");

  g_param_spec_set_qdata (pspec, date_field_quark (), GINT_TO_POINTER (TRUE));
  return pspec;
}

/* A choice among the values of one of the enumerations of rampart-enums.h. */
GParamSpec *
_rampart_field_enum (const char *name,
                     const char *nick,
                     GType       enum_type,
                     int         default_value)
{
  return g_param_spec_enum (name, nick, NULL, enum_type, default_value,
                            G_PARAM_READWRITE | G_PARAM_STATIC_NAME |
                            G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
}

/* Makes a kind of record one that lives in lists, kept as @table says. */
void
_rampart_record_class_set_table (RampartRecordClass       *klass,
                                 const RampartRecordTable *table)
{
  klass->table = table;
}

/**
 * rampart_record_class_get_noun:
 * @klass: a kind of record that lives in lists
 *
 * Returns: (transfer none): what one record is, as in "context issue",
 *   translated
 */
const char *
rampart_record_class_get_noun (RampartRecordClass *klass)
{
  const RampartRecordTable *table = klass->table;

  g_return_val_if_fail (table != NULL, NULL);

  return _(table->noun);
}

/**
 * rampart_record_get_id:
 * @self: a #RampartRecord
 *
 * Returns: the record's identifier in its workspace, which never changes
 *   and is never given to another record; 0 for a record that is not in a
 *   list
 */
gint64
rampart_record_get_id (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD (self), 0);

  return priv->id;
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

gboolean
rampart_record_get_boolean (RampartRecord *self,
                            guint          prop_id)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (prop_id > 0 && prop_id < RAMPART_RECORD_GET_CLASS (self)->n_props, FALSE);

  return g_value_get_boolean (&priv->values[prop_id]);
}

gint64
rampart_record_get_int64 (RampartRecord *self,
                          guint          prop_id)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (prop_id > 0 && prop_id < RAMPART_RECORD_GET_CLASS (self)->n_props, 0);

  return g_value_get_int64 (&priv->values[prop_id]);
}

/**
 * rampart_record_get_value:
 * @self: a #RampartRecord
 * @prop_id: a field
 *
 * Returns: (transfer none): the field's value, for fields of other types
 */
const GValue *
rampart_record_get_value (RampartRecord *self,
                          guint          prop_id)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (prop_id > 0 && prop_id < RAMPART_RECORD_GET_CLASS (self)->n_props, NULL);

  return &priv->values[prop_id];
}

int
rampart_record_get_enum (RampartRecord *self,
                         guint          prop_id)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (prop_id > 0 && prop_id < RAMPART_RECORD_GET_CLASS (self)->n_props, 0);

  return g_value_get_enum (&priv->values[prop_id]);
}

/**
 * rampart_record_dup_title:
 * @self: a #RampartRecord
 *
 * Returns: (transfer full): the record in a few words, possibly empty
 */
char *
rampart_record_dup_title (RampartRecord *self)
{
  g_return_val_if_fail (RAMPART_IS_RECORD (self), NULL);

  return RAMPART_RECORD_GET_CLASS (self)->dup_title (self);
}

/**
 * rampart_record_can_delete:
 * @self: a #RampartRecord
 *
 * Returns: %TRUE if rampart_record_list_remove() may delete the record
 */
gboolean
rampart_record_can_delete (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD (self), FALSE);

  return priv->list != NULL && !priv->deleted && RAMPART_RECORD_GET_CLASS (self)->can_delete (self);
}

/**
 * rampart_record_is_deleted:
 * @self: a #RampartRecord
 *
 * Returns: %TRUE if the record was deleted (and so only an undo can bring
 *   it back); edits to a deleted record are ignored
 */
gboolean
rampart_record_is_deleted (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD (self), FALSE);

  return priv->deleted;
}

/**
 * rampart_record_get_list:
 * @self: a #RampartRecord
 *
 * Returns: (transfer none) (nullable): the list that holds the record, or
 *   %NULL for a record of which a workspace has one, or one not added yet
 */
RampartRecordList *
rampart_record_get_list (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD (self), NULL);

  return priv->list;
}

/**
 * rampart_record_get_parent:
 * @self: a #RampartRecord
 *
 * Returns: (transfer none) (nullable): the record this one belongs to, as
 *   an interested party holds its requirements
 */
RampartRecord *
rampart_record_get_parent (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD (self), NULL);

  return priv->list != NULL ? rampart_record_list_get_parent (priv->list) : NULL;
}

/**
 * rampart_record_get_children:
 * @self: a #RampartRecord
 *
 * Returns: (transfer none) (nullable): the records that belong to this
 *   one, if its kind has any
 */
RampartRecordList *
rampart_record_get_children (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD (self), NULL);

  return priv->children;
}

static void
append_search_text (RampartRecord *self,
                    GString       *text)
{
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (self);
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  for (guint i = 1; i < klass->n_props; i++)
    {
      GParamSpec *pspec = klass->pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (self), pspec->name, &value);

      if (G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) != NULL)
        g_string_append_printf (text, "%s\n", g_value_get_string (&value));
      else if (G_VALUE_HOLDS_ENUM (&value))
        g_string_append_printf (text, "%s\n", rampart_enum_get_label (pspec->value_type, g_value_get_enum (&value)));
    }

  if (priv->children != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (priv->children)); i++)
      {
        g_autoptr(RampartRecord) child = g_list_model_get_item (G_LIST_MODEL (priv->children), i);

        append_search_text (child, text);
      }
}

/**
 * rampart_record_matches:
 * @self: a #RampartRecord
 * @query: (nullable): what a person typed into a search field
 *
 * Every word of @query must occur, regardless of case, in one of the
 * record's fields, the words of its choices, or its children's.
 *
 * Returns: %TRUE if the record matches @query
 */
gboolean
rampart_record_matches (RampartRecord *self,
                        const char    *query)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD (self), FALSE);

  if (query == NULL || *query == '\0')
    return TRUE;

  /* Kept between searches: folding every record's text again at each
   * keystroke is what would make a search of thousands slow. */
  if (priv->search_text == NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      append_search_text (self, text);
      priv->search_text = rampart_search_fold (text->str);
    }

  return rampart_search_matches (priv->search_text, query);
}

/* Makes @self the record of @workspace with @key: edits go there from now on. */
void
_rampart_record_attach (RampartRecord    *self,
                        RampartWorkspace *workspace,
                        const GValue     *key)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);
  gboolean first = priv->workspace == NULL;

  priv->workspace = workspace;
  if (G_IS_VALUE (&priv->key))
    g_value_unset (&priv->key);
  g_value_init (&priv->key, G_VALUE_TYPE (key));
  g_value_copy (key, &priv->key);

  if (first && RAMPART_RECORD_GET_CLASS (self)->attached != NULL)
    RAMPART_RECORD_GET_CLASS (self)->attached (self);
}

void
_rampart_record_detach (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  priv->workspace = NULL;
  if (priv->children != NULL)
    _rampart_record_list_detach (priv->children);
}

RampartWorkspace *
_rampart_record_get_workspace (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  return priv->workspace;
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

  /* Links are read by the kind, after the row. */
  if (_rampart_record_is_link (pspec))
    return;

  if (G_VALUE_HOLDS_ENUM (value))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (G_VALUE_TYPE (value));
      GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, rampart_db_column_text (stmt, column));

      /* The file's CHECK constraints only let known nicks in; anything else reads as the default. */
      if (enum_value != NULL)
        g_value_set_enum (value, enum_value->value);
      else
        g_param_value_set_default (pspec, value);
      return;
    }

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

    case G_TYPE_INT64:
      /* A link to no record is NULL in the file, 0 here. */
      g_value_set_int64 (value, sqlite3_column_int64 (stmt, column));
      break;

    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
      break;

    default:
      g_return_if_reached ();
    }
}

/* Whether a field holds links to other records, kept apart from the row. */
gboolean
_rampart_record_is_link (GParamSpec *pspec)
{
  return pspec->value_type == G_TYPE_STRV || pspec->value_type == G_TYPE_VARIANT;
}

/* Sets a field from the file, without recording an edit: for the kind's links. */
void
_rampart_record_set_loaded (RampartRecord *self,
                            guint          prop_id,
                            const GValue  *value)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_value_copy (value, &priv->values[prop_id]);
  forget_search_text (self);
}

/* Sets every field, in property order, from the columns starting at @first_column. */
void
_rampart_record_load_row (RampartRecord *self,
                          sqlite3_stmt  *stmt,
                          int            first_column)
{
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (self);

  for (guint prop = 1; prop < klass->n_props; prop++)
    _rampart_record_load_value (self, prop, stmt, first_column + (int) prop - 1);
}

/*
 * Reads a record of which a workspace has exactly one, such as its
 * organisation profile, kept in a row with id 1: @sql selects its fields
 * in property order.
 */
RampartRecord *
_rampart_record_load_singleton (GType              type,
                                RampartWorkspace  *workspace,
                                const char        *sql,
                                GError           **error)
{
  g_autoptr(RampartRecord) self = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_auto(GValue) key = G_VALUE_INIT;
  sqlite3 *db = _rampart_workspace_get_db (workspace);
  int rc;

  stmt = rampart_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      /* A workspace always has these rows: without one, it is damaged. */
      rampart_db_set_error (error, db, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc);
      return NULL;
    }

  self = g_object_new (type, NULL);
  _rampart_record_load_row (self, stmt, 0);

  g_value_init (&key, G_TYPE_INT64);
  g_value_set_int64 (&key, 1);
  _rampart_record_attach (self, workspace, &key);

  return g_steal_pointer (&self);
}

void
_rampart_record_set_place (RampartRecord     *self,
                           RampartRecordList *list,
                           gint64             id,
                           gint64             position)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  priv->list = list;
  priv->id = id;
  priv->position = position;
}

/* Where the record keeps its id: a key that lasts as long as the record. */
const gint64 *
_rampart_record_peek_id (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  return &priv->id;
}

gint64
_rampart_record_get_position (RampartRecord *self)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  return priv->position;
}

/* Marks a record, and everything that belongs to it, deleted or back. */
void
_rampart_record_set_deleted (RampartRecord *self,
                             gboolean       deleted)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  priv->deleted = deleted;

  if (priv->children != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (priv->children)); i++)
      {
        g_autoptr(RampartRecord) child = g_list_model_get_item (G_LIST_MODEL (priv->children), i);

        _rampart_record_set_deleted (child, deleted);
      }
}

void
_rampart_record_set_children (RampartRecord     *self,
                              RampartRecordList *children)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);

  g_set_object (&priv->children, children);
  g_signal_connect_object (children, "items-changed", G_CALLBACK (forget_search_text), self, G_CONNECT_SWAPPED);
}

/*
 * Writes a record of a list, and everything that belongs to it, to the
 * file: a new one (id 0) gets its id here; a deleted one comes back with
 * the id and position it had.
 */
gboolean
_rampart_record_insert (RampartRecord  *self,
                        GError        **error)
{
  RampartRecordPrivate *priv = rampart_record_get_instance_private (self);
  RampartRecordClass *klass = RAMPART_RECORD_GET_CLASS (self);
  const RampartRecordTable *table = klass->table;
  RampartRecord *parent = rampart_record_get_parent (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_auto(GValue) key = G_VALUE_INIT;
  RampartWorkspace *workspace;
  sqlite3 *db;

  g_return_val_if_fail (table != NULL && priv->list != NULL, FALSE);

  workspace = _rampart_record_list_get_workspace (priv->list);
  g_return_val_if_fail (workspace != NULL, FALSE);

  db = _rampart_workspace_get_db (workspace);
  stmt = rampart_db_prepare (db, table->insert_sql, error);
  if (stmt == NULL)
    return FALSE;

  if (priv->id > 0)
    sqlite3_bind_int64 (stmt, 1, priv->id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, priv->position);
  if (parent != NULL)
    sqlite3_bind_int64 (stmt, 3, rampart_record_get_id (parent));
  for (guint prop = 1; prop < klass->n_props; prop++)
    if (!_rampart_record_is_link (klass->pspecs[prop]))
      rampart_db_bind_value (stmt, 3 + (int) prop, &priv->values[prop]);

  if (!rampart_db_step_done (stmt, error))
    return FALSE;

  if (priv->id == 0)
    priv->id = sqlite3_last_insert_rowid (db);

  g_value_init (&key, G_TYPE_INT64);
  g_value_set_int64 (&key, priv->id);
  _rampart_record_attach (self, workspace, &key);

  for (guint prop = 1; prop < klass->n_props; prop++)
    if (_rampart_record_is_link (klass->pspecs[prop]) &&
        !table->store_link (self, prop, &priv->values[prop], error))
      return FALSE;

  if (priv->children != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (priv->children)); i++)
      {
        g_autoptr(RampartRecord) child = g_list_model_get_item (G_LIST_MODEL (priv->children), i);

        if (!_rampart_record_insert (child, error))
          return FALSE;
      }

  return TRUE;
}
