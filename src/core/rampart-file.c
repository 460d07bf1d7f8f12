/* rampart-file.c: replacing a file's contents atomically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-file"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <gio/gfiledescriptorbased.h>
#include <glib/gi18n.h>

#include "rampart-file-private.h"

/*
 * g_file_replace_contents() would do, but for one thing: when it cannot
 * create its temporary file (a folder the person may not write to, but a
 * file they may), it quietly rewrites the file in place, and a crash then
 * leaves it half-written. A workspace is only ever replaced whole: the new
 * contents go to a temporary file beside it, reach the disk, and are
 * renamed over the old file in one step, or the save fails and the old
 * file stays as it was.
 */

#define MAX_TEMP_ATTEMPTS 100

/* A symbolic link stays a link: what it points to is replaced. */
static GFile *
resolve_link (GFile   *file,
              GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) parent = NULL;
  const char *target;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK ","
                            G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &local_error);
  if (info == NULL || !g_file_info_get_is_symlink (info))
    return g_object_ref (file);

  target = g_file_info_get_symlink_target (info);
  parent = g_file_get_parent (file);
  if (target == NULL || parent == NULL)
    return g_object_ref (file);

  return g_file_resolve_relative_path (parent, target);
}

static GFileOutputStream *
create_temp_beside (GFile       *file,
                    GFile      **temp_out,
                    gboolean     private_mode,
                    GError     **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *basename = g_file_get_basename (file);

  for (guint i = 0; i < MAX_TEMP_ATTEMPTS; i++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x.tmp", basename, g_random_int ());
      g_autoptr(GFile) temp = g_file_get_child (parent, name);
      g_autoptr(GError) local_error = NULL;
      GFileOutputStream *stream;

      stream = g_file_create (temp, private_mode ? G_FILE_CREATE_PRIVATE : G_FILE_CREATE_NONE,
                              NULL, &local_error);
      if (stream != NULL)
        {
          *temp_out = g_steal_pointer (&temp);
          return stream;
        }

      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not find a free name for a temporary file"));
  return NULL;
}

static gboolean
write_and_sync (GFileOutputStream  *stream,
                GBytes             *contents,
                GError            **error)
{
  gsize written = 0;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream),
                                  g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                                  &written, NULL, error) ||
      !g_output_stream_flush (G_OUTPUT_STREAM (stream), NULL, error))
    return FALSE;

  /* The contents must be on the disk before the rename makes them the file. */
  if (G_IS_FILE_DESCRIPTOR_BASED (stream) &&
      fsync (g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (stream))) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

/**
 * rampart_file_replace:
 * @file: the file to replace or create
 * @contents: its new contents
 * @etag: (nullable): the etag of the version that was read, or %NULL to
 *   replace whatever is there
 * @new_etag: (out) (optional): the etag of the new version
 * @error: return location for a #GError
 *
 * Replaces @file with @contents in one step. A new file is readable by its
 * owner only; a replaced one keeps its permissions. If @file no longer has
 * @etag, another program changed it and it is left alone
 * (%G_IO_ERROR_WRONG_ETAG). On any failure @file is exactly as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_file_replace (GFile       *file,
                      GBytes      *contents,
                      const char  *etag,
                      char       **new_etag,
                      GError     **error)
{
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) temp = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists;

  target = resolve_link (file, error);

  info = g_file_query_info (target, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_UNIX_MODE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  exists = info != NULL;
  if (!exists && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (exists && etag != NULL && g_strcmp0 (etag, g_file_info_get_etag (info)) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                           _("The file was changed by another program"));
      return FALSE;
    }

  stream = create_temp_beside (target, &temp, !exists, error);
  if (stream == NULL)
    return FALSE;

  if ((exists && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE) &&
       !g_file_set_attribute_uint32 (temp, G_FILE_ATTRIBUTE_UNIX_MODE,
                                     g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 07777,
                                     G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, error)) ||
      !write_and_sync (stream, contents, error) ||
      !g_file_move (temp, target,
                    G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    NULL, NULL, NULL, error))
    {
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      g_file_delete (temp, NULL, NULL);
      return FALSE;
    }

  if (new_etag != NULL)
    {
      g_autoptr(GFileInfo) after = g_file_query_info (target, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                      G_FILE_QUERY_INFO_NONE, NULL, NULL);

      *new_etag = after != NULL ? g_strdup (g_file_info_get_etag (after)) : NULL;
    }

  return TRUE;
}
