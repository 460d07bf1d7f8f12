/* rampart-record-private.h: what the workspace does with records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rampart-record-list.h"
#include "rampart-record.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

/* More than any risk scale has (see rampart-risk-method.h) */
#define RAMPART_RECORD_MAX_LEVEL 7

/*
 * RampartRecordTable:
 * @noun: what one record is, untranslated (N_()), as in "context issue"
 * @load_sql: reads every record of a list: `id, position`, then every
 *   field in property order; with ?1 the parent's id for child records
 * @insert_sql: writes one record: ?1 its id (NULL for a new one), ?2 its
 *   position, ?3 its parent's id, then every field from ?4 in property order
 * @delete_sql: deletes one record, ?1 its id; the file's foreign keys
 *   delete its children with it
 * @child_type: (nullable): the kind of record that belongs to each of
 *   these, as requirements belong to an interested party
 * @store_link: (nullable): stores a field that links the record to others
 *   (a list of ids, a #GStrv or a #GVariant, kept in a table of its own)
 * @load_links: (nullable): reads those fields after the record's row
 *
 * How a kind of record that lives in lists is kept in the file.
 */
typedef struct
{
  const char *noun;
  const char *load_sql;
  const char *insert_sql;
  const char *delete_sql;
  GType     (*child_type) (void);
  gboolean  (*store_link) (RampartRecord  *self,
                           guint           prop_id,
                           const GValue   *value,
                           GError        **error);
  gboolean  (*load_links) (RampartRecord  *self,
                           GError        **error);
} RampartRecordTable;

GParamSpec        *_rampart_field_text             (const char               *name,
                                                    const char               *nick,
                                                    const char               *default_value);
GParamSpec        *_rampart_field_boolean          (const char               *name,
                                                    const char               *nick,
                                                    gboolean                  default_value);
GParamSpec        *_rampart_field_level            (const char               *name,
                                                    const char               *nick);
GParamSpec        *_rampart_field_date             (const char               *name,
                                                    const char               *nick);
GParamSpec        *_rampart_field_enum             (const char               *name,
                                                    const char               *nick,
                                                    GType                     enum_type,
                                                    int                       default_value);
void               _rampart_record_get_property    (GObject                  *object,
                                                    guint                     prop_id,
                                                    GValue                   *value,
                                                    GParamSpec               *pspec);
void               _rampart_record_set_property    (GObject                  *object,
                                                    guint                     prop_id,
                                                    const GValue             *value,
                                                    GParamSpec               *pspec);
void               _rampart_record_class_set_table (RampartRecordClass       *klass,
                                                    const RampartRecordTable *table);

void               _rampart_record_attach          (RampartRecord            *self,
                                                    RampartWorkspace         *workspace,
                                                    const GValue             *key);
void               _rampart_record_detach          (RampartRecord            *self);
RampartWorkspace  *_rampart_record_get_workspace   (RampartRecord            *self);
void               _rampart_record_load_value      (RampartRecord            *self,
                                                    guint                     prop_id,
                                                    sqlite3_stmt             *stmt,
                                                    int                       column);
void               _rampart_record_set_loaded      (RampartRecord            *self,
                                                    guint                     prop_id,
                                                    const GValue             *value);
gboolean           _rampart_record_is_link         (GParamSpec               *pspec);
void               _rampart_record_load_row        (RampartRecord            *self,
                                                    sqlite3_stmt             *stmt,
                                                    int                       first_column);
RampartRecord     *_rampart_record_load_singleton  (GType                     type,
                                                    RampartWorkspace         *workspace,
                                                    const char               *sql,
                                                    GError                  **error);

/* For lists */
void               _rampart_record_set_place       (RampartRecord            *self,
                                                    RampartRecordList        *list,
                                                    gint64                    id,
                                                    gint64                    position);
gint64             _rampart_record_get_position    (RampartRecord            *self);
const gint64      *_rampart_record_peek_id         (RampartRecord            *self);
void               _rampart_record_set_deleted     (RampartRecord            *self,
                                                    gboolean                  deleted);
void               _rampart_record_set_children    (RampartRecord            *self,
                                                    RampartRecordList        *children);
gboolean           _rampart_record_insert          (RampartRecord            *self,
                                                    GError                  **error);

RampartRecordList *_rampart_record_list_new        (RampartWorkspace         *workspace,
                                                    GType                     item_type,
                                                    RampartRecord            *parent);
gboolean           _rampart_record_list_load       (RampartRecordList        *self,
                                                    GError                  **error);
void               _rampart_record_list_detach     (RampartRecordList        *self);
RampartWorkspace  *_rampart_record_list_get_workspace
                                                   (RampartRecordList        *self);

G_END_DECLS
