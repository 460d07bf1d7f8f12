/* rampart-soa-io.h: the Statement of Applicability as a spreadsheet, out and in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rampart-soa.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_SOA_IO_ERROR (rampart_soa_io_error_quark ())

/**
 * RampartSoaIoError:
 * @RAMPART_SOA_IO_ERROR_FAILED: the spreadsheet could not be made
 * @RAMPART_SOA_IO_ERROR_EMPTY: the file holds no controls
 * @RAMPART_SOA_IO_ERROR_NOT_TEXT: the file is not UTF-8 text, or is binary
 * @RAMPART_SOA_IO_ERROR_BAD_QUOTES: a quoted field is not closed, or text
 *   follows its closing quote
 * @RAMPART_SOA_IO_ERROR_MISSING_COLUMN: a required column is not named in
 *   the first line, or a column is named twice
 * @RAMPART_SOA_IO_ERROR_UNKNOWN_CONTROL: a line names no control, or one
 *   that is not of Annex A of ISO/IEC 27001:2013
 * @RAMPART_SOA_IO_ERROR_DUPLICATE_CONTROL: two lines name the same control
 * @RAMPART_SOA_IO_ERROR_BAD_APPLICABILITY: the answer to "Applicable" is not
 *   a yes or a no
 *
 * Why an export or an import failed. The messages of an import name the
 * line and the column, for the person who has to mend the file. Errors in
 * writing the file itself are in the %G_IO_ERROR domain (see
 * rampart_file_explain_write_error()).
 */
typedef enum
{
  RAMPART_SOA_IO_ERROR_FAILED,
  RAMPART_SOA_IO_ERROR_EMPTY,
  RAMPART_SOA_IO_ERROR_NOT_TEXT,
  RAMPART_SOA_IO_ERROR_BAD_QUOTES,
  RAMPART_SOA_IO_ERROR_MISSING_COLUMN,
  RAMPART_SOA_IO_ERROR_UNKNOWN_CONTROL,
  RAMPART_SOA_IO_ERROR_DUPLICATE_CONTROL,
  RAMPART_SOA_IO_ERROR_BAD_APPLICABILITY,
} RampartSoaIoError;

/**
 * RampartSoaFormat:
 * @RAMPART_SOA_FORMAT_CSV: comma-separated values (RFC 4180), UTF-8
 * @RAMPART_SOA_FORMAT_XLSX: an Excel workbook
 *
 * The file formats the Statement of Applicability is exported to.
 */
typedef enum
{
  RAMPART_SOA_FORMAT_CSV,
  RAMPART_SOA_FORMAT_XLSX,
} RampartSoaFormat;

/**
 * RampartSoaImportResult:
 * @n_rows: the lines of the file that name a control
 * @n_controls: the 2022 controls the file decides
 * @n_changed: of those, the ones whose decision or justification changed,
 *   now marked to review
 * @n_missing_2013: the 2013 controls the file does not mention
 * @n_undecided: the Annex A 2022 controls the file says nothing about,
 *   among them those new in 2022
 *
 * What an import of a 2013 Statement of Applicability did.
 */
typedef struct
{
  guint n_rows;
  guint n_controls;
  guint n_changed;
  guint n_missing_2013;
  guint n_undecided;
} RampartSoaImportResult;

GQuark   rampart_soa_io_error_quark   (void);

gboolean rampart_soa_format_from_name (const char             *name,
                                       RampartSoaFormat       *format);
gboolean rampart_soa_export           (RampartSoaVersion      *version,
                                       GFile                  *file,
                                       RampartSoaFormat        format,
                                       GError                **error);
gboolean rampart_soa_import_2013      (RampartWorkspace       *workspace,
                                       GBytes                 *csv,
                                       RampartSoaImportResult *result,
                                       GError                **error);

G_END_DECLS
