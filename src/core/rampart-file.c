/* rampart-file.c: writing files in one step, never half-written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-file"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <gio/gfiledescriptorbased.h>
#include <glib/gi18n.h>

#include "rampart-file.h"

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
resolve_link (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFile) parent = NULL;
  const char *target;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK ","
                            G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
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

struct _RampartFileWriter
{
  GFile             *target;
  GFile             *temp;
  GFileOutputStream *stream;
  guint32            mode;
  gboolean           keep_mode;
  gboolean           committed;
};

/**
 * rampart_file_writer_new:
 * @file: the file to replace or create
 * @etag: (nullable): the etag of the version that was read, or %NULL to
 *   replace whatever is there
 * @error: return location for a #GError
 *
 * Starts writing new contents for @file into a temporary file beside it.
 * Nothing happens to @file until rampart_file_writer_commit(); freeing the
 * writer without committing removes the temporary file. A new file is
 * readable by its owner only; a replaced one keeps its permissions. If
 * @file no longer has @etag, another program changed it
 * (%G_IO_ERROR_WRONG_ETAG).
 *
 * Returns: (transfer full): a writer, or %NULL with @error set
 */
RampartFileWriter *
rampart_file_writer_new (GFile       *file,
                         const char  *etag,
                         GError     **error)
{
  g_autoptr(RampartFileWriter) self = g_new0 (RampartFileWriter, 1);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists;

  self->target = resolve_link (file);

  info = g_file_query_info (self->target, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_UNIX_MODE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  exists = info != NULL;
  if (!exists && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (exists && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("This is a folder, not a file"));
      return NULL;
    }

  if (exists && etag != NULL && g_strcmp0 (etag, g_file_info_get_etag (info)) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                           _("The file was changed by another program"));
      return NULL;
    }

  self->keep_mode = exists && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE);
  if (self->keep_mode)
    self->mode = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 07777;

  self->stream = create_temp_beside (self->target, &self->temp, !exists, error);
  if (self->stream == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * rampart_file_writer_get_stream:
 * @self: a #RampartFileWriter
 *
 * Returns: (transfer none): where the new contents go
 */
GOutputStream *
rampart_file_writer_get_stream (RampartFileWriter *self)
{
  return G_OUTPUT_STREAM (self->stream);
}

/**
 * rampart_file_writer_commit:
 * @self: a #RampartFileWriter
 * @new_etag: (out) (optional): the etag of the new version
 * @error: return location for a #GError
 *
 * Puts what was written on the disk and renames it over the file, in one
 * step. On failure the file is exactly as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_file_writer_commit (RampartFileWriter  *self,
                            char              **new_etag,
                            GError            **error)
{
  GOutputStream *stream = G_OUTPUT_STREAM (self->stream);

  if (!g_output_stream_flush (stream, NULL, error))
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

  if (!g_output_stream_close (stream, NULL, error))
    return FALSE;

  if ((self->keep_mode &&
       !g_file_set_attribute_uint32 (self->temp, G_FILE_ATTRIBUTE_UNIX_MODE, self->mode,
                                     G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, error)) ||
      !g_file_move (self->temp, self->target,
                    G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    NULL, NULL, NULL, error))
    return FALSE;

  self->committed = TRUE;

  if (new_etag != NULL)
    {
      g_autoptr(GFileInfo) after = g_file_query_info (self->target, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                      G_FILE_QUERY_INFO_NONE, NULL, NULL);

      *new_etag = after != NULL ? g_strdup (g_file_info_get_etag (after)) : NULL;
    }

  return TRUE;
}

void
rampart_file_writer_free (RampartFileWriter *self)
{
  if (self == NULL)
    return;

  if (self->stream != NULL && !self->committed)
    {
      g_output_stream_close (G_OUTPUT_STREAM (self->stream), NULL, NULL);
      g_file_delete (self->temp, NULL, NULL);
    }

  g_clear_object (&self->stream);
  g_clear_object (&self->temp);
  g_clear_object (&self->target);
  g_free (self);
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
 * Replaces @file with @contents in one step; see rampart_file_writer_new().
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
  g_autoptr(RampartFileWriter) writer = rampart_file_writer_new (file, etag, error);
  gsize written = 0;

  return writer != NULL &&
         g_output_stream_write_all (rampart_file_writer_get_stream (writer),
                                    g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                                    &written, NULL, error) &&
         rampart_file_writer_commit (writer, new_etag, error);
}

/**
 * rampart_file_explain_write_error:
 * @error: an error from writing a file
 *
 * Returns: (transfer full): what went wrong, in words a person can act on
 */
char *
rampart_file_explain_write_error (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    return g_strdup (_("Another program changed the file after Rampart read it, so Rampart did "
                       "not overwrite it."));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return g_strdup (_("There is not enough space on the disk."));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    return g_strdup (_("You do not have permission to write in this folder."));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return g_strdup (_("The folder does not exist."));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    return g_strdup (_("This is a folder: give a file name."));

  return g_strdup_printf (_("The file could not be written: %s"), error->message);
}
