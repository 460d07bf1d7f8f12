/* rampart-example.c: the example workspace that ships with Rampart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-example"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-catalogue-private.h"
#include "rampart-workspace-private.h"

/*
 * The example's content lives in a key file (data/example/example.ini)
 * compiled into Rampart, so that writers can extend it without touching
 * code: each group fills one kind of record through the record's own
 * properties, the same way the app edits them.
 */

static gboolean
set_from_text (GObject     *record,
               const char  *key,
               const char  *text,
               GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), key);
  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
                   "Example: %s has no property “%s”", G_OBJECT_TYPE_NAME (record), key);
      return FALSE;
    }

  g_value_init (&value, pspec->value_type);
  switch (pspec->value_type)
    {
    case G_TYPE_STRING:
      g_value_set_string (&value, text);
      break;

    case G_TYPE_UINT:
      g_value_set_uint (&value, (guint) g_ascii_strtoull (text, NULL, 10));
      break;

    default:
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   "Example: cannot fill “%s” from text", key);
      return FALSE;
    }

  g_object_set_property (record, key, &value);
  return TRUE;
}

static gboolean
fill_record (GKeyFile    *keyfile,
             const char  *group,
             GObject     *record,
             GError     **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (keyfile, group, NULL, error);

  if (keys == NULL)
    return FALSE;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *text = g_key_file_get_string (keyfile, group, keys[i], error);

      if (text == NULL || !set_from_text (record, keys[i], text, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_rampart_example_fill (RampartWorkspace  *workspace,
                       GError           **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;

  bytes = rampart_core_lookup_data ("example.ini", error);
  if (bytes == NULL ||
      !g_key_file_load_from_bytes (keyfile, bytes, G_KEY_FILE_NONE, error))
    return FALSE;

  return fill_record (keyfile, "organisation",
                      G_OBJECT (rampart_workspace_get_organisation (workspace)), error);
}
