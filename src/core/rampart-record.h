/* rampart-record.h: a record of a workspace, whose properties are its fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAMPART_TYPE_RECORD (rampart_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (RampartRecord, rampart_record, RAMPART, RECORD, GObject)

/**
 * RampartRecordClass:
 * @validate: refuses a value a field cannot hold, with a warning; %NULL
 *   accepts any value of the field's type
 *
 * A kind of record. Its fields are GObject properties, installed with
 * rampart_record_class_install(): setting one writes it to the workspace,
 * records it for undo and schedules an autosave.
 */
struct _RampartRecordClass
{
  GObjectClass parent_class;

  gboolean (*validate) (RampartRecord *self,
                        GParamSpec    *pspec,
                        const GValue  *value);

  /*< private >*/
  GParamSpec        **pspecs;
  const char * const *store_sql;
  guint               n_props;
};

void        rampart_record_class_install (RampartRecordClass *klass,
                                          guint               n_props,
                                          GParamSpec        **pspecs,
                                          const char * const *store_sql);

const char *rampart_record_get_string    (RampartRecord      *self,
                                          guint               prop_id);
guint       rampart_record_get_uint      (RampartRecord      *self,
                                          guint               prop_id);

G_END_DECLS
