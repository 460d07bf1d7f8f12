/* rampart-soa-io.c: the Statement of Applicability as a spreadsheet, out and in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-soa-io"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "rampart-file.h"
#include "rampart-soa-io.h"

/*
 * Auditors read the Statement of Applicability in a spreadsheet, and an
 * organisation certified against the 2013 edition keeps its decisions in
 * one. The export writes the lines of a version, or of the current
 * decisions, as CSV or as an Excel workbook; like a workspace, the file
 * appears whole or not at all. The import reads a 2013 statement saved as
 * CSV, checks every line before it touches the workspace, and applies the
 * decisions to the 2022 controls that replace the 2013 ones, as one edit,
 * each changed control marked to review.
 */

G_DEFINE_QUARK (rampart-soa-io-error-quark, rampart_soa_io_error)

/* Export */

typedef enum
{
  COLUMN_CONTROL,
  COLUMN_TITLE,
  COLUMN_THEME,
  COLUMN_APPLICABLE,
  COLUMN_REASONS,
  COLUMN_RISKS,
  COLUMN_JUSTIFICATION,
  COLUMN_IMPLEMENTATION,
  COLUMN_OWNER,
  COLUMN_HOW,
  COLUMN_EVIDENCE,
  COLUMN_POLICIES,
  N_COLUMNS
} Column;

static const char * const column_headers[N_COLUMNS] = {
  [COLUMN_CONTROL] = N_("Control"),
  [COLUMN_TITLE] = N_("Title"),
  [COLUMN_THEME] = N_("Theme"),
  [COLUMN_APPLICABLE] = N_("Applicable"),
  [COLUMN_REASONS] = N_("Reasons"),
  [COLUMN_RISKS] = N_("Linked risks"),
  [COLUMN_JUSTIFICATION] = N_("Justification"),
  [COLUMN_IMPLEMENTATION] = N_("Implementation status"),
  [COLUMN_OWNER] = N_("Owner"),
  [COLUMN_HOW] = N_("How it is implemented"),
  [COLUMN_EVIDENCE] = N_("Evidence"),
  [COLUMN_POLICIES] = N_("Policies"),
};

/* Excel's limits: the widest column worth showing, in characters. */
#define MAX_COLUMN_WIDTH 50

/* Annex A numbers its themes 5 to 8; the organisation's own controls count
 * as organisational, as they do in the app. */
static RampartControlTheme
theme_of (const char *control_id)
{
  if (control_id[0] >= '5' && control_id[0] <= '8' && control_id[1] == '.' && g_ascii_isdigit (control_id[2]))
    return RAMPART_CONTROL_THEME_ORGANIZATIONAL + (control_id[0] - '5');

  return RAMPART_CONTROL_THEME_ORGANIZATIONAL;
}

static const char *
applicable_text (RampartApplicability applicability)
{
  switch (applicability)
    {
    case RAMPART_APPLICABILITY_INCLUDED:
      return _("Yes");

    case RAMPART_APPLICABILITY_EXCLUDED:
      return _("No");

    case RAMPART_APPLICABILITY_UNDECIDED:
    default:
      return rampart_enum_get_label (RAMPART_TYPE_APPLICABILITY, RAMPART_APPLICABILITY_UNDECIDED);
    }
}

/* The cells of one line, in the order of column_headers. */
static GStrv
line_cells (const RampartSoaLine *line)
{
  GStrv cells = g_new0 (char *, N_COLUMNS + 1);

  cells[COLUMN_CONTROL] = g_strdup (line->control_id);
  cells[COLUMN_TITLE] = g_strdup (line->title);
  cells[COLUMN_THEME] = g_strdup (rampart_control_theme_get_label (theme_of (line->control_id)));
  cells[COLUMN_APPLICABLE] = g_strdup (applicable_text (line->applicability));
  cells[COLUMN_REASONS] = rampart_soa_line_dup_reasons_text (line);
  cells[COLUMN_RISKS] = g_strjoinv (", ", line->risks);
  cells[COLUMN_JUSTIFICATION] = g_strdup (line->justification);
  cells[COLUMN_IMPLEMENTATION] = g_strdup (rampart_enum_get_label (RAMPART_TYPE_IMPLEMENTATION,
                                                                   line->implementation));
  cells[COLUMN_OWNER] = g_strdup (line->owner);
  cells[COLUMN_HOW] = g_strdup (line->how);
  cells[COLUMN_EVIDENCE] = g_strdup (line->evidence);
  cells[COLUMN_POLICIES] = g_strjoinv (", ", line->policies);

  return cells;
}

/* RFC 4180: a field with a comma, a quote or a line break is quoted, and
 * its quotes doubled. */
static void
append_csv_field (GString    *csv,
                  const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
append_csv_row (GString            *csv,
                const char * const *cells)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      append_csv_field (csv, cells[i]);
    }
  g_string_append (csv, "\r\n");
}

/*
 * UTF-8 with a byte order mark: without it, Excel reads a CSV file in the
 * legacy code page of the computer and garbles every accent and curly
 * quote; LibreOffice, Python and the import below skip the mark.
 */
static GBytes *
build_csv (RampartSoaVersion *version)
{
  g_autoptr(GString) csv = g_string_new ("\xef\xbb\xbf");
  const char *headers[N_COLUMNS];

  for (guint i = 0; i < N_COLUMNS; i++)
    headers[i] = _(column_headers[i]);
  append_csv_row (csv, headers);

  for (guint i = 0; i < rampart_soa_version_get_n_lines (version); i++)
    {
      g_auto(GStrv) cells = line_cells (rampart_soa_version_get_line (version, i));

      append_csv_row (csv, (const char * const *) cells);
    }

  return g_string_free_to_bytes (g_steal_pointer (&csv));
}

/* The width of a cell's longest line, in characters. */
static guint
text_width (const char *text,
            gboolean   *multiline)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint width = 0;

  *multiline = lines[0] != NULL && lines[1] != NULL;
  for (guint i = 0; lines[i] != NULL; i++)
    width = MAX (width, (guint) g_utf8_strlen (lines[i], -1));

  return width;
}

static const char *
sheet_name (lxw_workbook *workbook)
{
  /* Translators: the name of a spreadsheet tab; at most 31 characters, none of []:*?/\ */
  const char *name = _("Statement of Applicability");

  return workbook_validate_sheet_name (workbook, name) == LXW_NO_ERROR ? name : "SoA";
}

static void
set_properties (lxw_workbook      *workbook,
                RampartSoaVersion *version)
{
  g_autofree char *title = NULL;
  g_autofree char *comments = NULL;
  lxw_doc_properties properties = { 0, };

  if (rampart_soa_version_get_number (version) > 0)
    {
      title = g_strdup_printf (_("Statement of Applicability, version %u"),
                               rampart_soa_version_get_number (version));
      comments = g_strdup_printf (_("Approved by %s on %s. %s"),
                                  rampart_soa_version_get_approved_by (version),
                                  rampart_soa_version_get_approved_on (version),
                                  rampart_soa_version_get_summary (version));
    }
  else
    {
      title = g_strdup (_("Statement of Applicability"));
      comments = g_strdup (_("The current decisions, not issued as a version."));
    }

  properties.title = title;
  properties.comments = comments;
  workbook_set_properties (workbook, &properties);
}

/* Writes the workbook to @path; libxlsxwriter keeps its working files in @tmpdir. */
static gboolean
write_workbook (RampartSoaVersion  *version,
                const char         *path,
                const char         *tmpdir,
                GError            **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = (char *) tmpdir };
  guint n_lines = rampart_soa_version_get_n_lines (version);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint widths[N_COLUMNS];
  gboolean wrap[N_COLUMNS];
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *header, *cell[2][2];
  lxw_error status = LXW_NO_ERROR;
  lxw_error closed;

  /* The header needs room for its filter button. */
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      gboolean multiline;

      widths[c] = text_width (_(column_headers[c]), &multiline) + 3;
      wrap[c] = FALSE;
    }
  for (guint i = 0; i < n_lines; i++)
    {
      GStrv cells = line_cells (rampart_soa_version_get_line (version, i));

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          gboolean multiline;

          widths[c] = MAX (widths[c], text_width (cells[c], &multiline));
          wrap[c] = wrap[c] || multiline;
        }
      g_ptr_array_add (rows, cells);
    }

  workbook = workbook_new_opt (path, &options);
  if (workbook == NULL)
    {
      g_set_error_literal (error, RAMPART_SOA_IO_ERROR, RAMPART_SOA_IO_ERROR_FAILED,
                           _("The spreadsheet could not be made: out of memory"));
      return FALSE;
    }
  set_properties (workbook, version);
  sheet = workbook_add_worksheet (workbook, sheet_name (workbook));

  header = workbook_add_format (workbook);
  format_set_bold (header);
  format_set_bg_color (header, 0xD9E1F2);
  format_set_bottom (header, LXW_BORDER_THIN);
  format_set_align (header, LXW_ALIGN_VERTICAL_TOP);

  /* One format for each of excluded or not, wrapped or not; excluded
   * controls read greyed out. */
  for (guint excluded = 0; excluded < 2; excluded++)
    for (guint wrapped = 0; wrapped < 2; wrapped++)
      {
        lxw_format *format = workbook_add_format (workbook);

        format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
        if (wrapped)
          format_set_text_wrap (format);
        if (excluded)
          {
            format_set_bg_color (format, 0xEDEDED);
            format_set_font_color (format, 0x595959);
          }
        cell[excluded][wrapped] = format;
      }

  for (guint c = 0; c < N_COLUMNS && status == LXW_NO_ERROR; c++)
    {
      /* Long text wraps within the widest column worth showing. */
      wrap[c] = wrap[c] || widths[c] + 2 > MAX_COLUMN_WIDTH;
      status = worksheet_set_column (sheet, c, c, MIN (widths[c] + 2, MAX_COLUMN_WIDTH), NULL);
      if (status == LXW_NO_ERROR)
        status = worksheet_write_string (sheet, 0, c, _(column_headers[c]), header);
    }

  for (guint i = 0; i < n_lines && status == LXW_NO_ERROR; i++)
    {
      const RampartSoaLine *line = rampart_soa_version_get_line (version, i);
      GStrv cells = g_ptr_array_index (rows, i);
      gboolean excluded = line->applicability == RAMPART_APPLICABILITY_EXCLUDED;

      for (guint c = 0; c < N_COLUMNS && status == LXW_NO_ERROR; c++)
        status = worksheet_write_string (sheet, i + 1, c, cells[c], cell[excluded][wrap[c]]);
    }

  if (status == LXW_NO_ERROR)
    {
      worksheet_freeze_panes (sheet, 1, 0);
      status = worksheet_autofilter (sheet, 0, 0, n_lines, N_COLUMNS - 1);
    }
  if (status == LXW_NO_ERROR)
    {
      /* On paper: landscape, as wide as one page, the header on every page. */
      worksheet_set_landscape (sheet);
      worksheet_fit_to_pages (sheet, 1, 0);
      status = worksheet_repeat_rows (sheet, 0, 0);
    }

  /* Closing writes the file, and frees the workbook in any case. */
  closed = workbook_close (workbook);
  if (status == LXW_NO_ERROR)
    status = closed;

  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, RAMPART_SOA_IO_ERROR, RAMPART_SOA_IO_ERROR_FAILED,
                   _("The spreadsheet could not be made: %s"), lxw_strerror (status));
      return FALSE;
    }

  return TRUE;
}

static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

/*
 * libxlsxwriter writes only to a file name. It writes into a private
 * folder of its own, and the finished workbook is then put in place like
 * any other file: in a temporary file beside the target, renamed over it.
 */
static GBytes *
build_xlsx (RampartSoaVersion  *version,
            GError            **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  locale_t c_numeric, previous;
  gboolean written;
  gsize length = 0;

  folder = g_dir_make_tmp ("rampart-soa-XXXXXX", error);
  if (folder == NULL)
    return NULL;
  path = g_build_filename (folder, "soa.xlsx", NULL);

  /* Unless built with its own number formatting, libxlsxwriter writes
   * column widths with the locale's decimal separator, which Excel rejects. */
  c_numeric = newlocale (LC_NUMERIC_MASK, "C", duplocale (LC_GLOBAL_LOCALE));
  previous = uselocale (c_numeric);
  written = write_workbook (version, path, folder, error);
  uselocale (previous);
  freelocale (c_numeric);

  written = written && g_file_get_contents (path, &data, &length, error);
  remove_folder (folder);
  if (!written)
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/**
 * rampart_soa_format_from_name:
 * @name: a file name or path, such as "SoA.xlsx"
 * @format: (out): the format its extension names
 *
 * Returns: %TRUE if the extension is .csv or .xlsx, in any case
 */
gboolean
rampart_soa_format_from_name (const char       *name,
                              RampartSoaFormat *format)
{
  const char *dot;

  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  dot = strrchr (name, '.');
  if (dot == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (dot, ".csv") == 0)
    *format = RAMPART_SOA_FORMAT_CSV;
  else if (g_ascii_strcasecmp (dot, ".xlsx") == 0)
    *format = RAMPART_SOA_FORMAT_XLSX;
  else
    return FALSE;

  return TRUE;
}

/**
 * rampart_soa_export:
 * @version: an issued version, or the current decisions (see
 *   rampart_soa_version_new_current())
 * @file: the file to write
 * @format: the format to write it in
 * @error: return location for a #GError
 *
 * Writes the lines of @version, under a header line: control, title,
 * theme, whether it applies, the reasons, the linked risks, the
 * justification, the implementation status, the owner, how it is
 * implemented and the evidence. A workbook has its header frozen and
 * filtered, and its excluded controls greyed out. @file is replaced in one
 * step: on failure it is as it was, and errors of writing it are in the
 * %G_IO_ERROR domain.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_soa_export (RampartSoaVersion  *version,
                    GFile              *file,
                    RampartSoaFormat    format,
                    GError            **error)
{
  g_autoptr(GBytes) contents = NULL;

  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (version), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format == RAMPART_SOA_FORMAT_XLSX)
    contents = build_xlsx (version, error);
  else
    contents = build_csv (version);

  return contents != NULL && rampart_file_replace (file, contents, NULL, NULL, error);
}

/* Import */

/* For a message about a whole line. */
#define NO_COLUMN G_MAXUINT

typedef struct
{
  char  *text;
  guint  line;
} Field;

typedef struct
{
  guint   line;
  GArray *fields;
} Row;

typedef struct
{
  gboolean  applicable;
  char     *justification;
  guint     line;
} Decision;

static void
field_clear (gpointer data)
{
  g_free (((Field *) data)->text);
}

static Row *
row_new (guint line)
{
  Row *row = g_new0 (Row, 1);

  row->line = line;
  row->fields = g_array_new (FALSE, TRUE, sizeof (Field));
  g_array_set_clear_func (row->fields, field_clear);
  return row;
}

static void
row_free (Row *row)
{
  g_array_unref (row->fields);
  g_free (row);
}

static void
decision_free (Decision *decision)
{
  g_free (decision->justification);
  g_free (decision);
}

static const char *
cell_text (Row   *row,
           guint  column)
{
  return column < row->fields->len ? g_array_index (row->fields, Field, column).text : "";
}

/* Where a cell starts; a missing cell is on the row's first line. */
static guint
cell_line (Row   *row,
           guint  column)
{
  return column < row->fields->len ? g_array_index (row->fields, Field, column).line : row->line;
}

static void set_error_at (GError     **error,
                          int          code,
                          GPtrArray   *rows,
                          guint        line,
                          guint        column,
                          const char  *format,
                          ...) G_GNUC_PRINTF (6, 7);

/* Names the line and the column: by its name in the header, or its number. */
static void
set_error_at (GError     **error,
              int          code,
              GPtrArray   *rows,
              guint        line,
              guint        column,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  const char *name = "";
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (column != NO_COLUMN && rows != NULL && rows->len > 0)
    name = cell_text (g_ptr_array_index (rows, 0), column);

  if (column == NO_COLUMN)
    g_set_error (error, RAMPART_SOA_IO_ERROR, code, _("Line %u: %s"), line, message);
  else if (*name != '\0')
    g_set_error (error, RAMPART_SOA_IO_ERROR, code, _("Line %u, column “%s”: %s"), line, name, message);
  else
    g_set_error (error, RAMPART_SOA_IO_ERROR, code, _("Line %u, column %u: %s"), line, column + 1, message);
}

static guint
count_lines (const char *text,
             gsize       length)
{
  guint line = 1;

  for (gsize i = 0; i < length; i++)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == length || text[i + 1] != '\n')))
      line++;

  return line;
}

/* A spreadsheet saved as CSV is UTF-8 text; anything else is refused before
 * it is read. */
static gboolean
check_text (const char  *text,
            gsize        length,
            GError     **error)
{
  const char *end = NULL;
  gboolean blank = TRUE;

  if (length >= 4 && memcmp (text, "PK\x03\x04", 4) == 0)
    {
      set_error_at (error, RAMPART_SOA_IO_ERROR_NOT_TEXT, NULL, 1, NO_COLUMN,
                    _("this is a spreadsheet workbook, not a CSV file; save it from the spreadsheet "
                      "program as “CSV UTF-8”"));
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      guchar c = text[i];

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        {
          set_error_at (error, RAMPART_SOA_IO_ERROR_NOT_TEXT, NULL, count_lines (text, i), NO_COLUMN,
                        _("the file holds binary data, not text; save the statement from the "
                          "spreadsheet program as “CSV UTF-8”"));
          return FALSE;
        }
      if (!g_ascii_isspace (c))
        blank = FALSE;
    }

  if (!g_utf8_validate_len (text, length, &end))
    {
      set_error_at (error, RAMPART_SOA_IO_ERROR_NOT_TEXT, NULL, count_lines (text, end - text), NO_COLUMN,
                    _("the file is not UTF-8 text; save it from the spreadsheet program as “CSV UTF-8”"));
      return FALSE;
    }

  if (blank)
    {
      set_error_at (error, RAMPART_SOA_IO_ERROR_EMPTY, NULL, 1, NO_COLUMN, _("the file is empty"));
      return FALSE;
    }

  return TRUE;
}

/* Spreadsheets in many languages separate fields with semicolons; the
 * header line tells which separator a file uses. */
static char
detect_delimiter (const char *text)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\r' || *p == '\n')
        break;
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
      else if (*p == '\t')
        tabs++;
    }

  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

/* Without the spaces around it, including the no-break spaces of spreadsheets. */
static char *
strip_text (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *previous = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (previous)))
        break;
      end = previous;
    }

  return g_strndup (start, end - start);
}

/*
 * RFC 4180, read leniently where no meaning is lost: CRLF, LF or CR line
 * ends, a quote inside an unquoted field taken as it is, spaces after a
 * closing quote. Each field remembers the line it starts on.
 */
static gboolean
read_rows (const char  *text,
           char         delimiter,
           GPtrArray   *rows,
           GError     **error)
{
  const char *p = text;
  guint line = 1;

  while (*p != '\0')
    {
      Row *row = row_new (line);

      g_ptr_array_add (rows, row);
      for (;;)
        {
          g_autoptr(GString) value = g_string_new (NULL);
          Field field = { NULL, line };

          if (*p == '"')
            {
              p++;
              for (;;)
                {
                  if (*p == '\0')
                    {
                      set_error_at (error, RAMPART_SOA_IO_ERROR_BAD_QUOTES, rows, field.line, row->fields->len,
                                    _("the quoted text is not closed"));
                      return FALSE;
                    }
                  if (p[0] == '"' && p[1] == '"')
                    {
                      g_string_append_c (value, '"');
                      p += 2;
                    }
                  else if (*p == '"')
                    {
                      p++;
                      break;
                    }
                  else if (*p == '\r' || *p == '\n')
                    {
                      p += p[0] == '\r' && p[1] == '\n' ? 2 : 1;
                      g_string_append_c (value, '\n');
                      line++;
                    }
                  else
                    {
                      g_string_append_c (value, *p++);
                    }
                }

              while (*p == ' ' && delimiter != ' ')
                p++;
              if (*p != delimiter && *p != '\r' && *p != '\n' && *p != '\0')
                {
                  set_error_at (error, RAMPART_SOA_IO_ERROR_BAD_QUOTES, rows, line, row->fields->len,
                                _("text follows the closing quote; a quote inside quoted text is "
                                  "written twice"));
                  return FALSE;
                }
            }
          else
            {
              while (*p != '\0' && *p != delimiter && *p != '\r' && *p != '\n')
                g_string_append_c (value, *p++);
            }

          field.text = strip_text (value->str);
          g_array_append_val (row->fields, field);

          if (*p != delimiter)
            break;
          p++;
        }

      /* The row ends at a line break or at the end of the text. */
      if (p[0] == '\r' && p[1] == '\n')
        p += 2;
      else if (*p != '\0')
        p++;
      line++;
    }

  return TRUE;
}

static gboolean
has_name (const char *header,
          const char *name)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);
  g_autofree char *english = g_utf8_casefold (name, -1);
  g_autofree char *translated = g_utf8_casefold (_(name), -1);

  return g_str_equal (folded, english) || g_str_equal (folded, translated);
}

/* Finds the columns by their names in the header, in any order and case. */
static gboolean
find_columns (GPtrArray  *rows,
              guint      *control,
              guint      *applicable,
              guint      *justification,
              GError    **error)
{
  static const char * const names[] = { N_("Control"), N_("Applicable"), N_("Justification") };
  Row *header = g_ptr_array_index (rows, 0);
  guint *columns[] = { control, applicable, justification };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      *columns[n] = NO_COLUMN;
      for (guint c = 0; c < header->fields->len; c++)
        {
          if (!has_name (cell_text (header, c), names[n]))
            continue;
          if (*columns[n] != NO_COLUMN)
            {
              set_error_at (error, RAMPART_SOA_IO_ERROR_MISSING_COLUMN, rows, cell_line (header, c), c,
                            _("a second column of this name; only one may be named so"));
              return FALSE;
            }
          *columns[n] = c;
        }
    }

  for (guint n = 0; n < 2; n++)
    if (*columns[n] == NO_COLUMN)
      {
        set_error_at (error, RAMPART_SOA_IO_ERROR_MISSING_COLUMN, NULL, header->line, NO_COLUMN,
                      _("no column is named “%s”; the first line must name the columns “%s” and “%s”"),
                      _(names[n]), _(names[0]), _(names[1]));
        return FALSE;
      }

  return TRUE;
}

typedef enum
{
  ID_NONE,
  ID_HEADING,
  ID_CONTROL,
} IdKind;

/*
 * Reads "A.9.2.1", "9.2.1" or "A.9.2.1 User registration" as the control
 * A.9.2.1; "A.9" and "A.9.2 User access management" are headings of the
 * 2013 Annex A.
 */
static IdKind
parse_id_2013 (const char  *text,
               char       **id)
{
  const char *p = text;
  guint64 numbers[3];
  guint n = 0;

  if (*p == 'A' || *p == 'a')
    {
      p++;
      if (*p == '.' || *p == ' ')
        p++;
    }

  while (n < G_N_ELEMENTS (numbers) && g_ascii_isdigit (*p))
    {
      char *end = NULL;

      numbers[n++] = g_ascii_strtoull (p, &end, 10);
      p = end;
      if (numbers[n - 1] > 99)
        return ID_NONE;
      if (*p != '.' || !g_ascii_isdigit (p[1]))
        break;
      p++;
    }
  if (n == 0 || (*p == '.' && g_ascii_isdigit (p[1])))
    return ID_NONE;

  /* A title may follow, after a space or a mark such as ":" or "–". */
  if (*p == '.')
    p++;
  if (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && !g_unichar_ispunct (c))
        return ID_NONE;
    }

  if (n == 3)
    *id = g_strdup_printf ("A.%u.%u.%u", (guint) numbers[0], (guint) numbers[1], (guint) numbers[2]);
  else if (n == 2)
    *id = g_strdup_printf ("A.%u.%u", (guint) numbers[0], (guint) numbers[1]);
  else
    *id = g_strdup_printf ("A.%u", (guint) numbers[0]);

  return n == 3 ? ID_CONTROL : ID_HEADING;
}

static gboolean
parse_applicable (const char *text,
                  gboolean   *applicable)
{
  static const char * const yes[] = { "yes", "y", "true", "1", "included", "applicable", N_("Yes") };
  static const char * const no[] = { "no", "n", "false", "0", "excluded", "not applicable", N_("No") };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      g_autofree char *word = g_utf8_casefold (_(yes[i]), -1);

      if (g_str_equal (folded, yes[i]) || g_str_equal (folded, word))
        {
          *applicable = TRUE;
          return TRUE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    {
      g_autofree char *word = g_utf8_casefold (_(no[i]), -1);

      if (g_str_equal (folded, no[i]) || g_str_equal (folded, word))
        {
          *applicable = FALSE;
          return TRUE;
        }
    }

  return FALSE;
}

/* The controls of 2013 that the 2022 catalogue replaces, and their headings. */
static void
collect_ids_2013 (RampartWorkspace *workspace,
                  GHashTable       *controls,
                  GHashTable       *headings)
{
  GListModel *catalogue = rampart_workspace_get_controls (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(RampartControl) control = g_list_model_get_item (catalogue, i);
      const char * const *ids = rampart_control_get_ids_2013 (control);

      for (guint j = 0; ids[j] != NULL; j++)
        {
          const char *section = strchr (ids[j] + 2, '.');
          const char *objective = strrchr (ids[j], '.');

          g_hash_table_add (controls, g_strdup (ids[j]));
          if (section != NULL && objective > section)
            {
              g_hash_table_add (headings, g_strndup (ids[j], section - ids[j]));
              g_hash_table_add (headings, g_strndup (ids[j], objective - ids[j]));
            }
        }
    }
}

/* Checks every line and reads its decision, keyed by the 2013 id. */
static gboolean
read_decisions (RampartWorkspace        *workspace,
                GPtrArray               *rows,
                GHashTable              *decisions,
                RampartSoaImportResult  *result,
                GError                 **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint control, applicable, justification;

  if (!find_columns (rows, &control, &applicable, &justification, error))
    return FALSE;

  collect_ids_2013 (workspace, known, headings);

  for (guint r = 1; r < rows->len; r++)
    {
      Row *row = g_ptr_array_index (rows, r);
      const char *control_text = cell_text (row, control);
      const char *answer = cell_text (row, applicable);
      g_autofree char *id = NULL;
      Decision *decision;
      Decision *earlier;
      IdKind kind;
      gboolean yes;

      /* Blank lines, and notes beside the table, name no control and give no answer. */
      if (*control_text == '\0' && *answer == '\0')
        continue;

      if (*control_text == '\0')
        {
          set_error_at (error, RAMPART_SOA_IO_ERROR_UNKNOWN_CONTROL, rows, cell_line (row, control), control,
                        _("no control is named; write a control of the 2013 Annex A, such as A.9.2.1"));
          return FALSE;
        }

      kind = parse_id_2013 (control_text, &id);
      if (kind == ID_HEADING && *answer == '\0' && g_hash_table_contains (headings, id))
        continue;
      if (kind != ID_CONTROL || !g_hash_table_contains (known, id))
        {
          set_error_at (error, RAMPART_SOA_IO_ERROR_UNKNOWN_CONTROL, rows, cell_line (row, control), control,
                        _("“%s” is not a control of ISO/IEC 27001:2013 Annex A, such as A.9.2.1"),
                        control_text);
          return FALSE;
        }

      if (*answer == '\0')
        {
          set_error_at (error, RAMPART_SOA_IO_ERROR_BAD_APPLICABILITY, rows, cell_line (row, applicable),
                        applicable, _("no answer; write yes or no"));
          return FALSE;
        }
      if (!parse_applicable (answer, &yes))
        {
          set_error_at (error, RAMPART_SOA_IO_ERROR_BAD_APPLICABILITY, rows, cell_line (row, applicable),
                        applicable, _("“%s” is not yes or no"), answer);
          return FALSE;
        }

      earlier = g_hash_table_lookup (decisions, id);
      if (earlier != NULL)
        {
          set_error_at (error, RAMPART_SOA_IO_ERROR_DUPLICATE_CONTROL, rows, cell_line (row, control), control,
                        _("%s is already on line %u"), id, earlier->line);
          return FALSE;
        }

      decision = g_new0 (Decision, 1);
      decision->applicable = yes;
      decision->justification = g_strdup (justification != NO_COLUMN ? cell_text (row, justification) : "");
      decision->line = cell_line (row, control);
      g_hash_table_insert (decisions, g_steal_pointer (&id), decision);
      result->n_rows++;
    }

  if (result->n_rows == 0)
    {
      Row *last = g_ptr_array_index (rows, rows->len - 1);

      set_error_at (error, RAMPART_SOA_IO_ERROR_EMPTY, NULL, last->line, NO_COLUMN,
                    _("the file names no control below its header line"));
      return FALSE;
    }

  result->n_missing_2013 = g_hash_table_size (known) - g_hash_table_size (decisions);
  return TRUE;
}

static gboolean
contains_text (GPtrArray  *texts,
               const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return TRUE;

  return FALSE;
}

/* A 2022 control applies if any of the 2013 controls it replaces did. */
static void
apply_decisions (RampartWorkspace       *workspace,
                 GHashTable             *decisions,
                 RampartSoaImportResult *result)
{
  GListModel *catalogue = rampart_workspace_get_controls (workspace);
  RampartRecordList *entries = rampart_workspace_get_soa_entries (workspace);
  RampartHistory *history = rampart_workspace_get_history (workspace);

  rampart_history_begin_group (history, _("import of a 2013 Statement of Applicability"));

  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(RampartControl) control = g_list_model_get_item (catalogue, i);
      const char * const *ids = rampart_control_get_ids_2013 (control);
      g_autoptr(GPtrArray) justifications = g_ptr_array_new ();
      g_autofree char *justification = NULL;
      RampartApplicability applicability = RAMPART_APPLICABILITY_EXCLUDED;
      RampartSoaEntry *entry;
      gboolean decided = FALSE;
      gboolean changed = FALSE;

      for (guint j = 0; ids[j] != NULL; j++)
        {
          Decision *decision = g_hash_table_lookup (decisions, ids[j]);

          if (decision == NULL)
            continue;
          decided = TRUE;
          if (decision->applicable)
            applicability = RAMPART_APPLICABILITY_INCLUDED;
          if (*decision->justification != '\0' && !contains_text (justifications, decision->justification))
            g_ptr_array_add (justifications, decision->justification);
        }

      entry = decided ? rampart_soa_find_entry (entries, rampart_control_get_id (control)) : NULL;
      if (entry == NULL)
        {
          result->n_undecided++;
          continue;
        }
      result->n_controls++;

      if (rampart_soa_entry_get_applicability (entry) != applicability)
        {
          g_object_set (entry, "applicability", applicability, NULL);
          changed = TRUE;
        }

      /* A control the file gives no justification keeps the one it has. */
      g_ptr_array_add (justifications, NULL);
      justification = g_strjoinv ("\n", (char **) justifications->pdata);
      if (*justification != '\0' && !g_str_equal (justification, rampart_soa_entry_get_justification (entry)))
        {
          g_object_set (entry, "justification", justification, NULL);
          changed = TRUE;
        }

      if (changed)
        {
          g_object_set (entry, "to-review", TRUE, NULL);
          result->n_changed++;
        }
    }

  rampart_history_end_group (history);
}

/**
 * rampart_soa_import_2013:
 * @workspace: a workspace
 * @csv: the contents of a Statement of Applicability against the 2013
 *   edition, saved as CSV
 * @result: (out) (optional): what the import did
 * @error: return location for a #GError
 *
 * Reads the columns "Control" (an Annex A control of 2013, such as
 * A.9.2.1), "Applicable" (yes or no) and, if there is one,
 * "Justification", found by their names in the first line, and decides
 * the 2022 controls that replace them: a control applies if any of the
 * 2013 controls it replaces did, and takes their justifications. Every
 * control whose decision or justification changes is marked to review.
 * The whole file is checked first: on error, which names the line and the
 * column, the workspace is unchanged. The import is one edit, which one
 * undo reverts.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_soa_import_2013 (RampartWorkspace        *workspace,
                         GBytes                  *csv,
                         RampartSoaImportResult  *result,
                         GError                 **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GHashTable) decisions = NULL;
  RampartSoaImportResult counts = { 0, };
  g_autofree char *text = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (!rampart_workspace_get_closed (workspace), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (csv, &length);
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!check_text (data, length, error))
    return FALSE;

  /* Checked to hold no NUL, so the copy is the whole text. */
  text = g_strndup (data, length);
  if (!read_rows (text, detect_delimiter (text), rows, error))
    return FALSE;

  decisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) decision_free);
  if (!read_decisions (workspace, rows, decisions, &counts, error))
    return FALSE;

  apply_decisions (workspace, decisions, &counts);

  if (result != NULL)
    *result = counts;
  return TRUE;
}
