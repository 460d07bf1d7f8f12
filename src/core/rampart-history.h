/* rampart-history.h: undo and redo of edits to a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * RampartHistoryFunc:
 * @data: the data given with the edit
 *
 * Reverts or applies again an edit recorded with rampart_history_push().
 */
typedef void (*RampartHistoryFunc) (gpointer data);

#define RAMPART_TYPE_HISTORY (rampart_history_get_type ())

G_DECLARE_FINAL_TYPE (RampartHistory, rampart_history, RAMPART, HISTORY, GObject)

RampartHistory *rampart_history_new                  (void);

gboolean        rampart_history_get_can_undo         (RampartHistory *self);
gboolean        rampart_history_get_can_redo         (RampartHistory *self);
const char     *rampart_history_get_undo_label       (RampartHistory *self);
const char     *rampart_history_get_redo_label       (RampartHistory *self);
gboolean        rampart_history_undo                 (RampartHistory *self);
gboolean        rampart_history_redo                 (RampartHistory *self);
void            rampart_history_clear                (RampartHistory *self);
gboolean        rampart_history_is_applying          (RampartHistory *self);

void            rampart_history_push_property_change (RampartHistory *self,
                                                      GObject        *object,
                                                      GParamSpec     *pspec,
                                                      const GValue   *old_value,
                                                      const GValue   *new_value);
void            rampart_history_break_merge          (RampartHistory *self);
void            rampart_history_push                 (RampartHistory     *self,
                                                      const char         *label,
                                                      RampartHistoryFunc  undo,
                                                      RampartHistoryFunc  redo,
                                                      gpointer            data,
                                                      GDestroyNotify      destroy,
                                                      gconstpointer       tag);
gboolean        rampart_history_is_last              (RampartHistory     *self,
                                                      gconstpointer       tag);
void            rampart_history_begin_group          (RampartHistory     *self,
                                                      const char         *label);
void            rampart_history_end_group            (RampartHistory     *self);

G_END_DECLS
