/* rampart-record.h: a record of a workspace, whose properties are its fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAMPART_TYPE_RECORD (rampart_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (RampartRecord, rampart_record, RAMPART, RECORD, GObject)

typedef struct _RampartRecordList RampartRecordList;

/**
 * RampartRecordClass:
 * @validate: refuses a value a field cannot hold, with a warning; %NULL
 *   accepts any value of the field's type
 * @dup_title: the record in a few words, for lists and messages; by
 *   default its first text field
 * @can_delete: whether the record may be deleted; by default it may
 * @attached: called once the record belongs to a workspace
 *
 * A kind of record. Its fields are GObject properties, installed with
 * rampart_record_class_install(): setting one writes it to the workspace,
 * records it for undo and schedules an autosave.
 */
struct _RampartRecordClass
{
  GObjectClass parent_class;

  gboolean (*validate)   (RampartRecord *self,
                          GParamSpec    *pspec,
                          const GValue  *value);
  char    *(*dup_title)  (RampartRecord *self);
  gboolean (*can_delete) (RampartRecord *self);
  void     (*attached)   (RampartRecord *self);

  /*< private >*/
  GParamSpec        **pspecs;
  const char * const *store_sql;
  guint               n_props;
  gconstpointer       table;
};

void               rampart_record_class_install (RampartRecordClass *klass,
                                                 guint               n_props,
                                                 GParamSpec        **pspecs,
                                                 const char * const *store_sql);
const char        *rampart_record_class_get_noun
                                                (RampartRecordClass *klass);

gint64             rampart_record_get_id        (RampartRecord      *self);
const char        *rampart_record_get_string    (RampartRecord      *self,
                                                 guint               prop_id);
guint              rampart_record_get_uint      (RampartRecord      *self,
                                                 guint               prop_id);
int                rampart_record_get_enum      (RampartRecord      *self,
                                                 guint               prop_id);
gboolean           rampart_record_get_boolean   (RampartRecord      *self,
                                                 guint               prop_id);
gint64             rampart_record_get_int64     (RampartRecord      *self,
                                                 guint               prop_id);
const GValue      *rampart_record_get_value     (RampartRecord      *self,
                                                 guint               prop_id);
char              *rampart_record_dup_title     (RampartRecord      *self);
gboolean           rampart_record_can_delete    (RampartRecord      *self);
gboolean           rampart_record_is_deleted    (RampartRecord      *self);
RampartRecord     *rampart_record_get_parent    (RampartRecord      *self);
RampartRecordList *rampart_record_get_list      (RampartRecord      *self);
RampartRecordList *rampart_record_get_children  (RampartRecord      *self);
gboolean           rampart_record_matches       (RampartRecord      *self,
                                                 const char         *query);

G_END_DECLS
