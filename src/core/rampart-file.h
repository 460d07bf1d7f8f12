/* rampart-file.h: writing files in one step, never half-written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _RampartFileWriter RampartFileWriter;

RampartFileWriter *rampart_file_writer_new        (GFile              *file,
                                                   const char         *etag,
                                                   GError            **error);
GOutputStream     *rampart_file_writer_get_stream (RampartFileWriter  *self);
gboolean           rampart_file_writer_commit     (RampartFileWriter  *self,
                                                   char              **new_etag,
                                                   GError            **error);
void               rampart_file_writer_free       (RampartFileWriter  *self);

gboolean           rampart_file_replace           (GFile              *file,
                                                   GBytes             *contents,
                                                   const char         *etag,
                                                   char              **new_etag,
                                                   GError            **error);

char              *rampart_file_explain_write_error (const GError     *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RampartFileWriter, rampart_file_writer_free)

G_END_DECLS
