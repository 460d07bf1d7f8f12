/* rampart-record-list.c: the records of one kind, as a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-record-list"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-record-private.h"
#include "rampart-workspace-private.h"

/*
 * The context issues, the interested parties (and each party's
 * requirements), the roles: every list of records in a workspace is one
 * of these, in the order the person put them in. Adding and deleting go
 * through the undo history like any edit; a deleted record stays alive in
 * the history, so that undo brings back the very same object, with its
 * id, its place and its children.
 */

struct _RampartRecordList
{
  GObject           parent_instance;

  /* Borrowed: the workspace owns its lists and detaches them on dispose. */
  RampartWorkspace *workspace;
  /* Borrowed: a parent owns the list of its children. */
  RampartRecord    *parent;
  GType             item_type;
  GPtrArray        *items;
  /* id → record, borrowed; built at the first lookup after a change */
  GHashTable       *by_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RampartRecordList, rampart_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return RAMPART_RECORD_LIST (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return RAMPART_RECORD_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RampartRecordList *self = RAMPART_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
rampart_record_list_dispose (GObject *object)
{
  RampartRecordList *self = RAMPART_RECORD_LIST (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (rampart_record_list_parent_class)->dispose (object);
}

static void
rampart_record_list_class_init (RampartRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rampart_record_list_dispose;
}

static void
rampart_record_list_init (RampartRecordList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

RampartRecordList *
_rampart_record_list_new (RampartWorkspace *workspace,
                          GType             item_type,
                          RampartRecord    *parent)
{
  RampartRecordList *self = g_object_new (RAMPART_TYPE_RECORD_LIST, NULL);

  self->workspace = workspace;
  self->item_type = item_type;
  self->parent = parent;

  return self;
}

static const RampartRecordTable *
get_table (RampartRecordList *self)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->item_type);

  /* Classes of records are never unloaded: the table outlives this reference. */
  return RAMPART_RECORD_CLASS (klass)->table;
}

/* Gives a new record the list of its children, if its kind has any. */
static void
give_children (RampartRecordList *self,
               RampartRecord     *record)
{
  const RampartRecordTable *table = get_table (self);
  g_autoptr(RampartRecordList) children = NULL;

  if (table->child_type == NULL)
    return;

  children = _rampart_record_list_new (self->workspace, table->child_type (), record);
  _rampart_record_set_children (record, children);
}

/* Reads the list's records, and their children, from the file. */
gboolean
_rampart_record_list_load (RampartRecordList  *self,
                           GError            **error)
{
  const RampartRecordTable *table = get_table (self);
  sqlite3 *db = _rampart_workspace_get_db (self->workspace);
  g_autoptr(RampartCachedStatement) stmt = NULL;
  int rc;

  stmt = _rampart_workspace_prepare_cached (self->workspace, table->load_sql, error);
  if (stmt == NULL)
    return FALSE;

  if (self->parent != NULL)
    sqlite3_bind_int64 (stmt, 1, rampart_record_get_id (self->parent));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(RampartRecord) record = g_object_new (self->item_type, NULL);
      RampartRecordList *children;
      g_auto(GValue) key = G_VALUE_INIT;

      _rampart_record_set_place (record, self, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
      _rampart_record_load_row (record, stmt, 2);

      g_value_init (&key, G_TYPE_INT64);
      g_value_set_int64 (&key, rampart_record_get_id (record));
      _rampart_record_attach (record, self->workspace, &key);

      if (table->load_links != NULL && !table->load_links (record, error))
        return FALSE;

      give_children (self, record);
      children = rampart_record_get_children (record);
      if (children != NULL && !_rampart_record_list_load (children, error))
        return FALSE;

      g_ptr_array_add (self->items, g_steal_pointer (&record));
      g_clear_pointer (&self->by_id, g_hash_table_unref);
    }

  if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

/* After the workspace is gone, its records no longer write anywhere. */
void
_rampart_record_list_detach (RampartRecordList *self)
{
  self->workspace = NULL;
  for (guint i = 0; i < self->items->len; i++)
    _rampart_record_detach (g_ptr_array_index (self->items, i));
}

RampartWorkspace *
_rampart_record_list_get_workspace (RampartRecordList *self)
{
  return self->workspace;
}

/* Adding and deleting, undoably */

typedef struct
{
  RampartRecordList *list;
  RampartRecord     *record;
  guint              index;
} Edit;

static Edit *
edit_new (RampartRecordList *list,
          RampartRecord     *record,
          guint              index)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->list = g_object_ref (list);
  edit->record = g_object_ref (record);
  edit->index = index;

  return edit;
}

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_object_unref (edit->list);
  g_object_unref (edit->record);
  g_free (edit);
}

/* Puts @record into the file and the list at @index. */
static gboolean
put (RampartRecordList  *self,
     RampartRecord      *record,
     guint               index,
     GError            **error)
{
  if (!_rampart_record_insert (record, error))
    return FALSE;

  _rampart_record_set_deleted (record, FALSE);
  index = MIN (index, self->items->len);
  g_ptr_array_insert (self->items, (int) index, g_object_ref (record));
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 0, 1);
  _rampart_workspace_mark_changed (self->workspace);

  return TRUE;
}

/* Takes @record out of the file and the list; it stays alive for undo. */
static gboolean
take (RampartRecordList  *self,
      RampartRecord      *record,
      GError            **error)
{
  const RampartRecordTable *table = get_table (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint index;

  if (!rampart_record_list_find (self, record, &index))
    return TRUE;

  stmt = rampart_db_prepare (_rampart_workspace_get_db (self->workspace), table->delete_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, rampart_record_get_id (record));
  if (!rampart_db_step_done (stmt, error))
    return FALSE;

  _rampart_record_set_deleted (record, TRUE);
  g_ptr_array_remove_index (self->items, index);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);
  _rampart_workspace_mark_changed (self->workspace);

  return TRUE;
}

/* Undo and redo cannot fail on a working copy in memory unless memory runs out. */
static void
put_cb (gpointer data)
{
  Edit *edit = data;
  g_autoptr(GError) error = NULL;

  if (edit->list->workspace != NULL && !put (edit->list, edit->record, edit->index, &error))
    g_warning ("Could not restore a record: %s", error->message);
}

static void
take_cb (gpointer data)
{
  Edit *edit = data;
  g_autoptr(GError) error = NULL;

  if (edit->list->workspace != NULL && !take (edit->list, edit->record, &error))
    g_warning ("Could not delete a record: %s", error->message);
}

/**
 * rampart_record_list_get_item_type:
 * @self: a #RampartRecordList
 *
 * Returns: the kind of record the list holds
 */
GType
rampart_record_list_get_item_type (RampartRecordList *self)
{
  g_return_val_if_fail (RAMPART_IS_RECORD_LIST (self), G_TYPE_INVALID);

  return self->item_type;
}

/**
 * rampart_record_list_get_parent:
 * @self: a #RampartRecordList
 *
 * Returns: (transfer none) (nullable): the record the list's records
 *   belong to, if any
 */
RampartRecord *
rampart_record_list_get_parent (RampartRecordList *self)
{
  g_return_val_if_fail (RAMPART_IS_RECORD_LIST (self), NULL);

  return self->parent;
}

/**
 * rampart_record_list_add:
 * @self: a #RampartRecordList
 *
 * Adds a new record with default values at the end of the list. Undo
 * removes it again.
 *
 * Returns: (transfer none): the new record
 */
RampartRecord *
rampart_record_list_add (RampartRecordList *self)
{
  g_autoptr(RampartRecord) record = NULL;

  g_return_val_if_fail (RAMPART_IS_RECORD_LIST (self), NULL);

  record = g_object_new (self->item_type, NULL);
  return rampart_record_list_append (self, record);
}

/**
 * rampart_record_list_append:
 * @self: a #RampartRecordList
 * @record: a new record of the list's kind, made with g_object_new() and
 *   perhaps some fields set, not yet in any workspace
 *
 * Adds @record at the end of the list, as one edit: undo removes it.
 *
 * Returns: (transfer none): @record
 */
RampartRecord *
rampart_record_list_append (RampartRecordList *self,
                            RampartRecord     *record)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gint64 position = 1;

  g_return_val_if_fail (RAMPART_IS_RECORD_LIST (self), NULL);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (record, self->item_type), NULL);
  g_return_val_if_fail (rampart_record_get_id (record) == 0 && rampart_record_get_parent (record) == NULL, NULL);
  g_return_val_if_fail (self->workspace != NULL, NULL);
  g_return_val_if_fail (self->parent == NULL || !rampart_record_is_deleted (self->parent), NULL);

  if (self->items->len > 0)
    position = _rampart_record_get_position (g_ptr_array_index (self->items, self->items->len - 1)) + 1;

  _rampart_record_set_place (record, self, 0, position);
  give_children (self, record);

  if (!put (self, record, self->items->len, &error))
    {
      g_critical ("Could not add a record: %s", error->message);
      _rampart_record_set_place (record, NULL, 0, 0);
      return NULL;
    }

  /* Translators: what undo would revert, as in "Undo new context issue" */
  label = g_strdup_printf (_("new %s"), rampart_record_class_get_noun (RAMPART_RECORD_GET_CLASS (record)));
  rampart_history_push (rampart_workspace_get_history (self->workspace), label, take_cb, put_cb,
                        edit_new (self, record, self->items->len - 1), edit_free, NULL);

  return record;
}

/**
 * rampart_record_list_remove:
 * @self: a #RampartRecordList
 * @record: one of its records
 *
 * Deletes @record, and everything that belongs to it. Undo brings it
 * back where it was; rampart_history_is_last() with @record as the tag
 * tells whether undo would still do that.
 *
 * Returns: %TRUE if the record was deleted, %FALSE if it may not be
 *   (see rampart_record_can_delete())
 */
gboolean
rampart_record_list_remove (RampartRecordList *self,
                            RampartRecord     *record)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  guint index;

  g_return_val_if_fail (RAMPART_IS_RECORD_LIST (self), FALSE);
  g_return_val_if_fail (RAMPART_IS_RECORD (record), FALSE);
  g_return_val_if_fail (self->workspace != NULL, FALSE);

  if (!rampart_record_list_find (self, record, &index) || !rampart_record_can_delete (record))
    return FALSE;

  title = rampart_record_dup_title (record);
  g_object_ref (record);
  if (!take (self, record, &error))
    {
      g_critical ("Could not delete a record: %s", error->message);
      g_object_unref (record);
      return FALSE;
    }

  if (*title != '\0')
    /* Translators: what undo would revert, as in "Undo deletion of “Brexit”" */
    label = g_strdup_printf (_("deletion of “%s”"), title);
  else
    /* Translators: what undo would revert, as in "Undo deletion of an untitled role" */
    label = g_strdup_printf (_("deletion of an untitled %s"), rampart_record_class_get_noun (RAMPART_RECORD_GET_CLASS (record)));

  rampart_history_push (rampart_workspace_get_history (self->workspace), label, put_cb, take_cb,
                        edit_new (self, record, index), edit_free, record);
  g_object_unref (record);

  return TRUE;
}

/**
 * rampart_record_list_find:
 * @self: a #RampartRecordList
 * @record: a record
 * @position: (out) (optional): where it is in the list
 *
 * Returns: %TRUE if @record is in the list
 */
gboolean
rampart_record_list_find (RampartRecordList *self,
                          RampartRecord     *record,
                          guint             *position)
{
  g_return_val_if_fail (RAMPART_IS_RECORD_LIST (self), FALSE);

  return g_ptr_array_find (self->items, record, position);
}

/**
 * rampart_record_list_get_by_id:
 * @self: a #RampartRecordList
 * @id: a record's id, as links to it hold
 *
 * Finds a record by its id, at the same cost however long the list: what
 * follows the links of thousands of records needs that.
 *
 * Returns: (transfer none) (nullable): the record of the list with @id
 */
RampartRecord *
rampart_record_list_get_by_id (RampartRecordList *self,
                               gint64             id)
{
  g_return_val_if_fail (RAMPART_IS_RECORD_LIST (self), NULL);

  if (id <= 0)
    return NULL;

  if (self->by_id == NULL)
    {
      self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < self->items->len; i++)
        {
          RampartRecord *record = g_ptr_array_index (self->items, i);
          /* The key lives in the record, as long as the record is in the list. */
          g_hash_table_insert (self->by_id, (gpointer) _rampart_record_peek_id (record), record);
        }
    }

  return g_hash_table_lookup (self->by_id, &id);
}
