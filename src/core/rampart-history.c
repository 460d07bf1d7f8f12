/* rampart-history.c: undo and redo of edits to a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-history"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-history.h"

/* Edits of one field closer together than this undo as one step, like typing. */
#define MERGE_WINDOW_USEC (2 * G_USEC_PER_SEC)

/* Enough for an afternoon's work without growing without bound. */
#define MAX_ENTRIES 500

typedef struct
{
  /* A property change ... */
  GObject    *object;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
  gint64      time;

  /* ... or any other edit, such as adding or deleting a record ... */
  RampartHistoryFunc  undo;
  RampartHistoryFunc  redo;
  gpointer            data;
  GDestroyNotify      destroy;
  char               *label;
  gconstpointer       tag;

  /* ... or several edits made as one, oldest at the head */
  GQueue             *group;
} Entry;

struct _RampartHistory
{
  GObject  parent_instance;

  GQueue   undo;   /* of Entry, newest at the head */
  GQueue   redo;   /* of Entry, next to redo at the head */
  char    *undo_label;
  char    *redo_label;
  Entry   *group;        /* the group being recorded */
  guint    group_depth;
  guint    applying : 1;
  guint    merge_blocked : 1;
};

G_DEFINE_FINAL_TYPE (RampartHistory, rampart_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->object);
  if (G_IS_VALUE (&entry->old_value))
    g_value_unset (&entry->old_value);
  if (G_IS_VALUE (&entry->new_value))
    g_value_unset (&entry->new_value);
  if (entry->destroy != NULL)
    entry->destroy (entry->data);
  if (entry->group != NULL)
    g_queue_free_full (entry->group, entry_free);
  g_free (entry->label);
  g_free (entry);
}

static char *
entry_label (Entry *entry)
{
  if (entry == NULL)
    return NULL;

  if (entry->label != NULL)
    return g_strdup (entry->label);

  /* Translators: the name of a field, as in "Undo change to Legal name" */
  return g_strdup_printf (_("change to %s"), g_param_spec_get_nick (entry->pspec));
}

static void
update_state (RampartHistory *self,
              gboolean        could_undo,
              gboolean        could_redo)
{
  g_free (self->undo_label);
  g_free (self->redo_label);
  self->undo_label = entry_label (g_queue_peek_head (&self->undo));
  self->redo_label = entry_label (g_queue_peek_head (&self->redo));

  if (could_undo != rampart_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != rampart_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

static void
clear_queue (GQueue *queue)
{
  Entry *entry;

  while ((entry = g_queue_pop_head (queue)) != NULL)
    entry_free (entry);
}

static void
rampart_history_finalize (GObject *object)
{
  RampartHistory *self = RAMPART_HISTORY (object);

  clear_queue (&self->undo);
  clear_queue (&self->redo);
  g_free (self->undo_label);
  g_free (self->redo_label);

  G_OBJECT_CLASS (rampart_history_parent_class)->finalize (object);
}

static void
rampart_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RampartHistory *self = RAMPART_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, rampart_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, rampart_history_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_history_class_init (RampartHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rampart_history_finalize;
  object_class->get_property = rampart_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rampart_history_init (RampartHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

RampartHistory *
rampart_history_new (void)
{
  return g_object_new (RAMPART_TYPE_HISTORY, NULL);
}

gboolean
rampart_history_get_can_undo (RampartHistory *self)
{
  g_return_val_if_fail (RAMPART_IS_HISTORY (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

gboolean
rampart_history_get_can_redo (RampartHistory *self)
{
  g_return_val_if_fail (RAMPART_IS_HISTORY (self), FALSE);

  return !g_queue_is_empty (&self->redo);
}

/**
 * rampart_history_get_undo_label:
 * @self: a #RampartHistory
 *
 * Returns: (nullable): what undo would revert, e.g. "change to Legal name"
 */
const char *
rampart_history_get_undo_label (RampartHistory *self)
{
  g_return_val_if_fail (RAMPART_IS_HISTORY (self), NULL);

  return self->undo_label;
}

const char *
rampart_history_get_redo_label (RampartHistory *self)
{
  g_return_val_if_fail (RAMPART_IS_HISTORY (self), NULL);

  return self->redo_label;
}

/**
 * rampart_history_is_applying:
 * @self: a #RampartHistory
 *
 * Returns: %TRUE while an undo or redo sets values, so that the record
 *   being changed does not push the change back onto the history
 */
gboolean
rampart_history_is_applying (RampartHistory *self)
{
  g_return_val_if_fail (RAMPART_IS_HISTORY (self), FALSE);

  return self->applying;
}

static void
apply_entry (Entry    *entry,
             gboolean  undo)
{
  if (entry->group != NULL)
    {
      /* Undone newest first, redone oldest first. */
      for (GList *l = undo ? entry->group->tail : entry->group->head; l != NULL; l = undo ? l->prev : l->next)
        apply_entry (l->data, undo);
    }
  else if (entry->undo != NULL)
    {
      (undo ? entry->undo : entry->redo) (entry->data);
    }
  else
    {
      g_object_set_property (entry->object, entry->pspec->name, undo ? &entry->old_value : &entry->new_value);
    }
}

static void
apply (RampartHistory *self,
       Entry          *entry,
       gboolean        undo)
{
  self->applying = TRUE;
  apply_entry (entry, undo);
  self->applying = FALSE;
  self->merge_blocked = TRUE;
}

/**
 * rampart_history_undo:
 * @self: a #RampartHistory
 *
 * Reverts the most recent edit.
 *
 * Returns: %TRUE if there was an edit to revert
 */
gboolean
rampart_history_undo (RampartHistory *self)
{
  gboolean could_redo;
  Entry *entry;

  g_return_val_if_fail (RAMPART_IS_HISTORY (self), FALSE);

  entry = g_queue_pop_head (&self->undo);
  if (entry == NULL)
    return FALSE;

  could_redo = rampart_history_get_can_redo (self);
  apply (self, entry, TRUE);
  g_queue_push_head (&self->redo, entry);
  update_state (self, TRUE, could_redo);

  return TRUE;
}

/**
 * rampart_history_redo:
 * @self: a #RampartHistory
 *
 * Applies again the edit that the last undo reverted.
 *
 * Returns: %TRUE if there was an edit to apply
 */
gboolean
rampart_history_redo (RampartHistory *self)
{
  gboolean could_undo;
  Entry *entry;

  g_return_val_if_fail (RAMPART_IS_HISTORY (self), FALSE);

  entry = g_queue_pop_head (&self->redo);
  if (entry == NULL)
    return FALSE;

  could_undo = rampart_history_get_can_undo (self);
  apply (self, entry, FALSE);
  g_queue_push_head (&self->undo, entry);
  update_state (self, could_undo, TRUE);

  return TRUE;
}

void
rampart_history_clear (RampartHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (RAMPART_IS_HISTORY (self));

  could_undo = rampart_history_get_can_undo (self);
  could_redo = rampart_history_get_can_redo (self);
  clear_queue (&self->undo);
  clear_queue (&self->redo);
  update_state (self, could_undo, could_redo);
}

/**
 * rampart_history_break_merge:
 * @self: a #RampartHistory
 *
 * Makes the next change a step of its own even when it edits the same
 * field as the last one, for example after the field lost focus.
 */
void
rampart_history_break_merge (RampartHistory *self)
{
  g_return_if_fail (RAMPART_IS_HISTORY (self));

  self->merge_blocked = TRUE;
}

static void
push (RampartHistory *self,
      Entry          *entry,
      gboolean        could_undo,
      gboolean        could_redo)
{
  /* Inside a group, the edit waits for the group to end. */
  if (self->group != NULL)
    {
      g_queue_push_tail (self->group->group, entry);
      return;
    }

  g_queue_push_head (&self->undo, entry);
  self->merge_blocked = FALSE;

  while (g_queue_get_length (&self->undo) > MAX_ENTRIES)
    entry_free (g_queue_pop_tail (&self->undo));

  update_state (self, could_undo, could_redo);
}

/**
 * rampart_history_push_property_change:
 * @self: a #RampartHistory
 * @object: the record that changed
 * @pspec: the property that changed
 * @old_value: its value before
 * @new_value: its value after
 *
 * Records an edit so that it can be undone. Successive edits of the same
 * property within a short time form one step, so that undo reverts a
 * burst of typing rather than one character. Ignored while an undo or
 * redo is being applied.
 */
void
rampart_history_push_property_change (RampartHistory *self,
                                      GObject        *object,
                                      GParamSpec     *pspec,
                                      const GValue   *old_value,
                                      const GValue   *new_value)
{
  gboolean could_undo, could_redo;
  gint64 now = g_get_monotonic_time ();
  Entry *top;
  Entry *entry;

  g_return_if_fail (RAMPART_IS_HISTORY (self));
  g_return_if_fail (G_IS_OBJECT (object));

  if (self->applying)
    return;

  could_undo = rampart_history_get_can_undo (self);
  could_redo = rampart_history_get_can_redo (self);
  clear_queue (&self->redo);

  top = g_queue_peek_head (&self->undo);
  if (self->group == NULL && top != NULL && !self->merge_blocked && top->undo == NULL && top->group == NULL &&
      top->object == object && top->pspec == pspec &&
      now - top->time < MERGE_WINDOW_USEC)
    {
      g_value_copy (new_value, &top->new_value);
      top->time = now;
      update_state (self, could_undo, could_redo);
      return;
    }

  entry = g_new0 (Entry, 1);
  entry->object = g_object_ref (object);
  entry->pspec = pspec;
  entry->time = now;
  g_value_init (&entry->old_value, G_VALUE_TYPE (old_value));
  g_value_init (&entry->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (old_value, &entry->old_value);
  g_value_copy (new_value, &entry->new_value);
  push (self, entry, could_undo, could_redo);
}

/**
 * rampart_history_push:
 * @self: a #RampartHistory
 * @label: what the edit did, for "Undo …", as in "deletion of “Flood”"
 * @undo: reverts the edit
 * @redo: applies it again
 * @data: data for @undo and @redo
 * @destroy: (nullable): frees @data with the entry
 * @tag: (nullable): identifies the edit, for rampart_history_is_last()
 *
 * Records an edit that is not a change of one property, such as adding or
 * deleting a record. Ignored (and @data freed) while an undo or redo is
 * being applied.
 */
void
rampart_history_push (RampartHistory     *self,
                      const char         *label,
                      RampartHistoryFunc  undo,
                      RampartHistoryFunc  redo,
                      gpointer            data,
                      GDestroyNotify      destroy,
                      gconstpointer       tag)
{
  gboolean could_undo, could_redo;
  Entry *entry;

  g_return_if_fail (RAMPART_IS_HISTORY (self));

  if (self->applying)
    {
      if (destroy != NULL)
        destroy (data);
      return;
    }

  could_undo = rampart_history_get_can_undo (self);
  could_redo = rampart_history_get_can_redo (self);
  clear_queue (&self->redo);

  entry = g_new0 (Entry, 1);
  entry->label = g_strdup (label);
  entry->undo = undo;
  entry->redo = redo;
  entry->data = data;
  entry->destroy = destroy;
  entry->tag = tag;
  push (self, entry, could_undo, could_redo);
}

/**
 * rampart_history_is_last:
 * @self: a #RampartHistory
 * @tag: a tag given to rampart_history_push()
 *
 * Returns: %TRUE if undo would revert the edit tagged @tag
 */
gboolean
rampart_history_is_last (RampartHistory *self,
                         gconstpointer   tag)
{
  Entry *top;

  g_return_val_if_fail (RAMPART_IS_HISTORY (self), FALSE);

  top = g_queue_peek_head (&self->undo);
  return top != NULL && tag != NULL && top->tag == tag;
}

/**
 * rampart_history_begin_group:
 * @self: a #RampartHistory
 * @label: what the edits do together, for "Undo …"
 *
 * Makes the edits until the matching rampart_history_end_group() one step
 * of undo, such as a change of the risk method and the ratings it moves.
 * Groups may nest; the outermost one counts.
 */
void
rampart_history_begin_group (RampartHistory *self,
                             const char     *label)
{
  g_return_if_fail (RAMPART_IS_HISTORY (self));

  if (self->applying)
    return;

  if (self->group_depth++ > 0)
    return;

  self->group = g_new0 (Entry, 1);
  self->group->label = g_strdup (label);
  self->group->group = g_queue_new ();
}

void
rampart_history_end_group (RampartHistory *self)
{
  gboolean could_undo, could_redo;
  Entry *group;

  g_return_if_fail (RAMPART_IS_HISTORY (self));

  if (self->applying)
    return;

  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (g_queue_is_empty (group->group))
    {
      entry_free (group);
      return;
    }

  could_undo = rampart_history_get_can_undo (self);
  could_redo = rampart_history_get_can_redo (self);
  clear_queue (&self->redo);
  push (self, group, could_undo, could_redo);
}
