/* test-soa-io.c: the Statement of Applicability exported to CSV and Excel, and a 2013 one imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "rampart-file.h"
#include "rampart-soa-io.h"
#include "rampart-test-utils.h"

#define IMPORT_LABEL "import of a 2013 Statement of Applicability"

typedef struct
{
  RampartTestFixture  base;
  RampartWorkspace   *workspace;
  RampartHistory     *history;
  RampartRecordList  *entries;
} Fixture;

static void
open_workspace (Fixture *fixture)
{
  fixture->workspace = rampart_test_open_workspace (fixture->base.file);
  fixture->history = rampart_workspace_get_history (fixture->workspace);
  fixture->entries = rampart_workspace_get_soa_entries (fixture->workspace);
}

static void
close_workspace (Fixture *fixture)
{
  rampart_test_close_workspace (&fixture->workspace);
  fixture->history = NULL;
  fixture->entries = NULL;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  example)
{
  rampart_test_fixture_setup (&fixture->base, example);
  open_workspace (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  unused)
{
  if (fixture->workspace != NULL)
    close_workspace (fixture);
  rampart_test_fixture_teardown (&fixture->base, NULL);
}

static RampartSoaEntry *
entry (Fixture    *fixture,
       const char *control_id)
{
  RampartSoaEntry *found = rampart_soa_find_entry (fixture->entries, control_id);

  g_assert_nonnull (found);
  return found;
}

static guint
count_to_review (Fixture *fixture)
{
  RampartSoaProgress progress;

  rampart_soa_count (fixture->workspace, &progress);
  return progress.to_review;
}

/* Decisions with text that CSV has to quote, so that the tests do not
 * depend on what the example has decided. */
static char *
decide_some (Fixture *fixture)
{
  RampartSoaEntry *own;

  g_object_set (entry (fixture, "5.1"),
                "applicability", RAMPART_APPLICABILITY_INCLUDED,
                "justification", "Policies, approved by the board;\nreviewed \"yearly\"",
                "owner", "Ann Smith",
                "how", "Intranet page",
                "evidence", "Board minutes, 2025",
                NULL);
  g_object_set (entry (fixture, "7.4"),
                "applicability", RAMPART_APPLICABILITY_EXCLUDED,
                "justification", "No premises of our own",
                NULL);
  g_object_set (entry (fixture, "8.13"),
                "applicability", RAMPART_APPLICABILITY_INCLUDED,
                "implementation", RAMPART_IMPLEMENTATION_IMPLEMENTED,
                "good-practice", TRUE,
                NULL);

  own = rampart_soa_add_own_control (fixture->entries);
  g_object_set (own,
                "title", "Call-back, before paying a changed bank account",
                "applicability", RAMPART_APPLICABILITY_INCLUDED,
                NULL);

  return g_strdup (rampart_soa_entry_get_control_id (own));
}

static GStrv
find_row (GPtrArray  *rows,
          const char *control_id)
{
  for (guint i = 1; i < rows->len; i++)
    {
      GStrv cells = g_ptr_array_index (rows, i);

      if (g_str_equal (cells[0], control_id))
        return cells;
    }

  g_assert_not_reached ();
}

/* What each exported row should say, worked out from the line apart from the export. */
static GStrv
expected_cells (Fixture              *fixture,
                const RampartSoaLine *line)
{
  RampartSoaEntry *found = rampart_soa_find_entry (fixture->entries, line->control_id);
  const char *applicable[] = { "Undecided", "Yes", "No" };
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  g_autofree char *reasons = rampart_soa_line_dup_reasons_text (line);
  g_autofree char *risks = g_strjoinv (", ", line->risks);
  g_autofree char *policies = g_strjoinv (", ", line->policies);

  g_strv_builder_add_many (cells, line->control_id, line->title,
                           rampart_control_theme_get_label (rampart_soa_entry_get_theme (found)),
                           applicable[line->applicability], reasons, risks, line->justification,
                           rampart_enum_get_label (RAMPART_TYPE_IMPLEMENTATION, line->implementation),
                           line->owner, line->how, line->evidence, policies, NULL);
  return g_strv_builder_end (cells);
}

static void
assert_rows_match (Fixture           *fixture,
                   RampartSoaVersion *version,
                   GPtrArray         *rows)
{
  const char * const header[] = { "Control", "Title", "Theme", "Applicable", "Reasons", "Linked risks",
                                  "Justification", "Implementation status", "Owner",
                                  "How it is implemented", "Evidence", "Policies", NULL };

  g_assert_cmpuint (rows->len, ==, rampart_soa_version_get_n_lines (version) + 1);
  g_assert_cmpstrv (g_ptr_array_index (rows, 0), header);
  for (guint i = 0; i < rampart_soa_version_get_n_lines (version); i++)
    {
      g_auto(GStrv) expected = expected_cells (fixture, rampart_soa_version_get_line (version, i));

      g_assert_cmpstrv (g_ptr_array_index (rows, i + 1), expected);
    }
}

/* A plain RFC 4180 reader, apart from the import's: every record ends in CRLF. */
static GPtrArray *
read_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *p = text;

  while (*p != '\0')
    {
      g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();

      for (;;)
        {
          g_autoptr(GString) cell = g_string_new (NULL);

          if (*p == '"')
            {
              for (p++; !(p[0] == '"' && p[1] != '"'); p++)
                {
                  g_assert_cmpint (*p, !=, '\0');
                  if (*p == '"')
                    p++;
                  g_string_append_c (cell, *p);
                }
              p++;
            }
          else
            {
              while (*p != ',' && *p != '\r' && *p != '\0')
                {
                  g_assert_cmpint (*p, !=, '"');
                  g_assert_cmpint (*p, !=, '\n');
                  g_string_append_c (cell, *p++);
                }
            }
          g_strv_builder_add (cells, cell->str);

          if (*p != ',')
            break;
          p++;
        }

      g_assert_true (p[0] == '\r' && p[1] == '\n');
      p += 2;
      g_ptr_array_add (rows, g_strv_builder_end (cells));
    }

  return rows;
}

static GPtrArray *
read_csv_file (const char *path)
{
  g_autoptr(GBytes) bytes = rampart_test_read (path);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* UTF-8 with a byte order mark, for Excel. */
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  return read_csv (text + 3);
}

/* Reads a workbook back with tests/check-xlsx.py, which checks its form. */
static GPtrArray *
read_xlsx_file (const char *path,
                guint       min_rows)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-xlsx.py", NULL);
  g_autofree char *rows_text = g_strdup_printf ("%u", min_rows);
  const char *argv[] = { "python3", script, path, rows_text, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("check-xlsx.py: %s", err);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;

      if (*lines[i] == '\0')
        continue;
      cells = g_strsplit (lines[i], "\t", -1);
      for (guint c = 0; cells[c] != NULL; c++)
        {
          char *plain = g_strcompress (cells[c]);

          g_free (cells[c]);
          cells[c] = plain;
        }
      g_ptr_array_add (rows, g_steal_pointer (&cells));
    }

  return rows;
}

static void
export (RampartSoaVersion *version,
        const char        *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RampartSoaFormat format;

  g_assert_true (rampart_soa_format_from_name (path, &format));
  g_assert_true (rampart_soa_export (version, file, format, &error));
  g_assert_no_error (error);
}

static void
test_format_from_name (void)
{
  RampartSoaFormat format = RAMPART_SOA_FORMAT_XLSX;

  g_assert_true (rampart_soa_format_from_name ("SoA.csv", &format));
  g_assert_cmpint (format, ==, RAMPART_SOA_FORMAT_CSV);
  g_assert_true (rampart_soa_format_from_name ("/home/ann/Audit 2026/SoA.XLSX", &format));
  g_assert_cmpint (format, ==, RAMPART_SOA_FORMAT_XLSX);
  g_assert_false (rampart_soa_format_from_name ("SoA.pdf", &format));
  g_assert_false (rampart_soa_format_from_name ("SoA", &format));
  g_assert_false (rampart_soa_format_from_name ("old.csv/SoA", &format));
}

static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, "SoA.csv", NULL);
  g_autoptr(RampartSoaVersion) version = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *own = decide_some (fixture);

  version = rampart_soa_version_new_current (fixture->workspace);
  g_assert_cmpuint (rampart_soa_version_get_n_lines (version), >=, 94);

  export (version, path);
  rows = read_csv_file (path);
  assert_rows_match (fixture, version, rows);

  /* The quoted cells came back whole. */
  g_assert_cmpstr (find_row (rows, "5.1")[6], ==, "Policies, approved by the board;\nreviewed \"yearly\"");
  g_assert_cmpstr (find_row (rows, "5.1")[3], ==, "Yes");
  g_assert_cmpstr (find_row (rows, "7.4")[3], ==, "No");
  g_assert_cmpstr (find_row (rows, own)[1], ==, "Call-back, before paying a changed bank account");
}

static void
test_export_xlsx (Fixture       *fixture,
                  gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, "SoA.xlsx", NULL);
  g_autoptr(RampartSoaVersion) version = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *own = decide_some (fixture);

  version = rampart_soa_version_new_current (fixture->workspace);
  export (version, path);

  rows = read_xlsx_file (path, 94);
  assert_rows_match (fixture, version, rows);
  g_assert_cmpstr (find_row (rows, own)[1], ==, "Call-back, before paying a changed bank account");
}

/* An issued version reads as it was approved, whatever changed since. */
static void
test_export_issued_version (Fixture       *fixture,
                            gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, "SoA version 1.xlsx", NULL);
  g_autoptr(RampartSoaVersion) issued = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *own = decide_some (fixture);

  issued = rampart_workspace_issue_soa_version (fixture->workspace, "Ann Smith", "2026-03-01",
                                                "First issue", &error);
  g_assert_no_error (error);
  g_object_set (entry (fixture, "5.1"), "applicability", RAMPART_APPLICABILITY_EXCLUDED, NULL);

  export (issued, path);
  rows = read_xlsx_file (path, 94);
  assert_rows_match (fixture, issued, rows);
  g_assert_cmpstr (find_row (rows, "5.1")[3], ==, "Yes");
  g_assert_cmpstr (find_row (rows, own)[3], ==, "Yes");
}

static int
run_in_child (void     (*func) (gpointer),
              gpointer   data)
{
  int status = 0;
  pid_t pid;

  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      func (data);
      _exit (0);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

typedef struct
{
  RampartSoaVersion *version;
  const char        *folder;
} ExportAttempt;

static void
export_into_read_only_folder (gpointer data)
{
  ExportAttempt *attempt = data;

  rampart_test_drop_root ();
  for (RampartSoaFormat format = RAMPART_SOA_FORMAT_CSV; format <= RAMPART_SOA_FORMAT_XLSX; format++)
    {
      const char *name = format == RAMPART_SOA_FORMAT_CSV ? "SoA.csv" : "SoA.xlsx";
      g_autofree char *path = g_build_filename (attempt->folder, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *explained = NULL;

      g_assert_false (rampart_soa_export (attempt->version, file, format, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      explained = rampart_file_explain_write_error (error);
      g_assert_nonnull (strstr (explained, "permission"));
    }
}

/* The old export stays as it was, and no temporary file is left behind. */
static void
test_export_read_only_folder (Fixture       *fixture,
                              gconstpointer  unused)
{
  g_autofree char *folder = g_build_filename (fixture->base.dir, "read-only", NULL);
  g_autofree char *old = g_build_filename (folder, "SoA.csv", NULL);
  g_autoptr(RampartSoaVersion) version = rampart_soa_version_new_current (fixture->workspace);
  g_autoptr(GBytes) before = g_bytes_new_static ("an earlier export\r\n", 19);
  ExportAttempt attempt = { version, folder };
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  rampart_test_write (old, g_bytes_get_data (before, NULL), g_bytes_get_size (before));
  g_assert_cmpint (g_chmod (old, 0644), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  g_assert_cmpint (run_in_child (export_into_read_only_folder, &attempt), ==, 0);

  rampart_test_assert_file_is (old, before);
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_cmpstr (name, ==, "SoA.csv");
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 1);
}

/* Exporting onto a folder fails, and leaves nothing beside it. */
static void
test_export_onto_folder (Fixture       *fixture,
                         gconstpointer  unused)
{
  g_autofree char *folder = g_build_filename (fixture->base.dir, "SoA.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autoptr(RampartSoaVersion) version = rampart_soa_version_new_current (fixture->workspace);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_false (rampart_soa_export (version, file, RAMPART_SOA_FORMAT_XLSX, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);

  dir = g_dir_open (fixture->base.dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".tmp"));
}

static gboolean
import (Fixture                *fixture,
        const char             *text,
        gssize                  length,
        RampartSoaImportResult *result,
        GError                **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length >= 0 ? (gsize) length : strlen (text));

  return rampart_soa_import_2013 (fixture->workspace, bytes, result, error);
}

static void
assert_same (RampartSoaVersion *before,
             RampartSoaVersion *after)
{
  g_autoptr(GPtrArray) changes = rampart_soa_version_compare (before, after);

  g_assert_cmpuint (changes->len, ==, 0);
}

/* Comma-separated, with a byte order mark and CRLF, quoted text over two
 * lines, headings, a blank line, ids with titles after them. */
static const char good_2013[] =
  "\xef\xbb\xbf" "Control,Title,Applicable,Justification,Owner\r\n"
  "A.5,Information security policies,,,\r\n"
  "A.5.1,Management direction for information security,,,\r\n"
  "A.5.1.1,Policies for information security,Yes,\"Set by the board, reviewed \"\"yearly\"\"\",Ann\r\n"
  "A.5.1.2,Review of the policies for information security,no,\"Reviewed each year\r\nat the management review\",Ann\r\n"
  "A.6.1.2,Segregation of duties,No,Two people only,\r\n"
  "\r\n"
  "8.1.1 Inventory of assets,,TRUE,Asset register,\r\n"
  "A.8.1.2 Ownership of assets,,1, Asset register ,\r\n"
  "A.11.1.1,Physical security perimeter,Not applicable,Fully remote,\r\n"
  "A.11.1.2,Physical entry controls,excluded,,\r\n";

static void
test_import (Fixture       *fixture,
             gconstpointer  unused)
{
  g_autoptr(RampartSoaVersion) before = rampart_soa_version_new_current (fixture->workspace);
  g_autoptr(RampartSoaVersion) after = NULL;
  g_autoptr(RampartSoaVersion) now = NULL;
  RampartSoaImportResult result;
  g_autoptr(GError) error = NULL;
  const char * const changed[] = { "5.1", "5.3", "5.9", "7.1", "7.2" };

  g_assert_true (import (fixture, good_2013, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_rows, ==, 7);
  g_assert_cmpuint (result.n_controls, ==, 5);
  g_assert_cmpuint (result.n_changed, ==, 5);
  g_assert_cmpuint (result.n_missing_2013, ==, 114 - 7);
  g_assert_cmpuint (result.n_undecided, ==, 93 - 5);

  /* A.5.1.1 and A.5.1.2 become 5.1, which applies because one of them did. */
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "5.1")), ==, RAMPART_APPLICABILITY_INCLUDED);
  g_assert_cmpstr (rampart_soa_entry_get_justification (entry (fixture, "5.1")), ==,
                   "Set by the board, reviewed \"yearly\"\nReviewed each year\nat the management review");
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "5.3")), ==, RAMPART_APPLICABILITY_EXCLUDED);
  g_assert_cmpstr (rampart_soa_entry_get_justification (entry (fixture, "5.3")), ==, "Two people only");
  /* The same justification twice is written once. */
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "5.9")), ==, RAMPART_APPLICABILITY_INCLUDED);
  g_assert_cmpstr (rampart_soa_entry_get_justification (entry (fixture, "5.9")), ==, "Asset register");
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "7.1")), ==, RAMPART_APPLICABILITY_EXCLUDED);
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "7.2")), ==, RAMPART_APPLICABILITY_EXCLUDED);
  g_assert_cmpstr (rampart_soa_entry_get_justification (entry (fixture, "7.2")), ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (changed); i++)
    g_assert_true (rampart_soa_entry_get_to_review (entry (fixture, changed[i])));
  g_assert_cmpuint (count_to_review (fixture), ==, G_N_ELEMENTS (changed));
  g_assert_false (rampart_soa_entry_get_to_review (entry (fixture, "5.2")));
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "5.2")), ==, RAMPART_APPLICABILITY_UNDECIDED);

  /* One undo reverts all of it, one redo brings it back. */
  after = rampart_soa_version_new_current (fixture->workspace);
  g_assert_cmpstr (rampart_history_get_undo_label (fixture->history), ==, IMPORT_LABEL);
  g_assert_true (rampart_history_undo (fixture->history));
  now = rampart_soa_version_new_current (fixture->workspace);
  assert_same (before, now);
  g_assert_cmpuint (count_to_review (fixture), ==, 0);
  g_assert_false (rampart_history_get_can_undo (fixture->history));

  g_assert_true (rampart_history_redo (fixture->history));
  g_clear_object (&now);
  now = rampart_soa_version_new_current (fixture->workspace);
  assert_same (after, now);
  g_assert_cmpuint (count_to_review (fixture), ==, G_N_ELEMENTS (changed));

  /* The same file again changes nothing, and adds no edit to undo. */
  g_assert_true (import (fixture, good_2013, -1, &result, &error));
  g_assert_cmpuint (result.n_controls, ==, 5);
  g_assert_cmpuint (result.n_changed, ==, 0);
  g_assert_true (rampart_history_undo (fixture->history));
  g_assert_false (rampart_history_get_can_undo (fixture->history));
  g_assert_true (rampart_history_redo (fixture->history));

  /* And it was saved. */
  close_workspace (fixture);
  open_workspace (fixture);
  g_clear_object (&now);
  now = rampart_soa_version_new_current (fixture->workspace);
  assert_same (after, now);
  g_assert_true (rampart_soa_entry_get_to_review (entry (fixture, "5.1")));
}

/* Semicolons and LF, columns in another order and case, no justification
 * column: the controls keep the justification they have. */
static void
test_import_semicolons (Fixture       *fixture,
                        gconstpointer  unused)
{
  static const char text[] =
    "APPLICABLE;Notes;control\n"
    "y;first;A.5.1.1\n"
    "n;\"a; b\";\"A.5.1.2\"\n"
    "included;;9.2.1\n"
    "true;;A.18.2.3 Technical compliance review\n";
  RampartSoaImportResult result;
  g_autoptr(GError) error = NULL;

  g_object_set (entry (fixture, "5.1"), "justification", "Our own words", NULL);

  g_assert_true (import (fixture, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_rows, ==, 4);
  /* A.18.2.3 went into two controls of 2022. */
  g_assert_cmpuint (result.n_controls, ==, 4);

  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "5.1")), ==, RAMPART_APPLICABILITY_INCLUDED);
  g_assert_cmpstr (rampart_soa_entry_get_justification (entry (fixture, "5.1")), ==, "Our own words");
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "5.16")), ==, RAMPART_APPLICABILITY_INCLUDED);
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "5.36")), ==, RAMPART_APPLICABILITY_INCLUDED);
  g_assert_cmpint (rampart_soa_entry_get_applicability (entry (fixture, "8.8")), ==, RAMPART_APPLICABILITY_INCLUDED);
  g_assert_true (rampart_soa_entry_get_to_review (entry (fixture, "8.8")));
}

typedef struct
{
  const char        *name;
  const char        *text;
  gssize             length;
  RampartSoaIoError  code;
  const char        *message;
} BadFile;

static const BadFile bad_files[] = {
  { "empty", "", 0, RAMPART_SOA_IO_ERROR_EMPTY, "Line 1: " },
  { "only spaces", "\xef\xbb\xbf \r\n\r\n", -1, RAMPART_SOA_IO_ERROR_EMPTY, "Line 1: " },
  { "only a header", "Control,Applicable\r\n\r\n", -1, RAMPART_SOA_IO_ERROR_EMPTY, "Line " },
  { "not UTF-8", "Control,Applicable,Justification\nA.5.1.1,yes,ok\nA.5.1.2,yes,caf\xe9\n", -1,
    RAMPART_SOA_IO_ERROR_NOT_TEXT, "Line 3: " },
  { "binary", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, RAMPART_SOA_IO_ERROR_NOT_TEXT, "Line 2: " },
  { "a workbook", "PK\x03\x04\x14\0\0\0\x08\0", 10, RAMPART_SOA_IO_ERROR_NOT_TEXT, "Line 1: " },
  { "quote not closed", "Control,Applicable,Justification\nA.5.1.1,yes,ok\nA.5.1.2,no,\"never closed\nA.6.1.2,no,\n", -1,
    RAMPART_SOA_IO_ERROR_BAD_QUOTES, "Line 3, column “Justification”: " },
  { "text after a quote", "Control,Applicable\n\"A.5.1.1\"x,yes\n", -1,
    RAMPART_SOA_IO_ERROR_BAD_QUOTES, "Line 2, column “Control”: " },
  { "no Applicable column", "Control,Justification\nA.5.1.1,ok\n", -1,
    RAMPART_SOA_IO_ERROR_MISSING_COLUMN, "Line 1: no column is named “Applicable”" },
  { "no Control column", "Id;Applicable\nA.5.1.1;yes\n", -1,
    RAMPART_SOA_IO_ERROR_MISSING_COLUMN, "Line 1: no column is named “Control”" },
  { "Control twice", "Control,Applicable,control\nA.5.1.1,yes,A.5.1.2\n", -1,
    RAMPART_SOA_IO_ERROR_MISSING_COLUMN, "Line 1, column “control”: " },
  { "maybe", "Control,Applicable\nA.5.1.1,yes\nA.5.1.2,maybe\n", -1,
    RAMPART_SOA_IO_ERROR_BAD_APPLICABILITY, "Line 3, column “Applicable”: “maybe” is not yes or no" },
  { "no answer", "Control,Applicable\nA.5.1.1,\n", -1,
    RAMPART_SOA_IO_ERROR_BAD_APPLICABILITY, "Line 2, column “Applicable”: " },
  { "not a 2013 control", "Control,Applicable\nA.5.1.1,yes\nA.19.1.1,yes\n", -1,
    RAMPART_SOA_IO_ERROR_UNKNOWN_CONTROL, "Line 3, column “Control”: “A.19.1.1” is not a control" },
  { "a 2022 control", "Control,Applicable\n5.1,yes\n", -1,
    RAMPART_SOA_IO_ERROR_UNKNOWN_CONTROL, "Line 2, column “Control”: “5.1”" },
  { "a heading with an answer", "Control,Applicable\nA.5.1,yes\n", -1,
    RAMPART_SOA_IO_ERROR_UNKNOWN_CONTROL, "Line 2, column “Control”: " },
  { "no control", "Control,Applicable\n,yes\n", -1,
    RAMPART_SOA_IO_ERROR_UNKNOWN_CONTROL, "Line 2, column “Control”: " },
  { "a control twice", "Control,Applicable\nA.5.1.1,yes\nA.5.1.1,no\n", -1,
    RAMPART_SOA_IO_ERROR_DUPLICATE_CONTROL, "Line 3, column “Control”: A.5.1.1 is already on line 2" },
  { "error after good lines",
    "Control,Applicable,Justification\n"
    "A.5.1.1,yes,a\nA.5.1.2,yes,b\nA.6.1.1,yes,c\nA.6.1.2,no,d\nA.6.1.3,yes,e\nA.6.1.4,yes,f\n"
    "A.6.1.5,yes,g\nA.6.2.1,yes,h\nA.6.2.2,no,i\nA.7.1.1,yes,j\nA.7.1.2,yes,\"k,\nover two lines\"\n"
    "A.7.2.1,maybe,l\n", -1,
    RAMPART_SOA_IO_ERROR_BAD_APPLICABILITY, "Line 14, column “Applicable”: “maybe” is not yes or no" },
};

/* Each bad file is refused with the line and column to mend, and changes nothing. */
static void
test_import_bad_files (Fixture       *fixture,
                       gconstpointer  unused)
{
  g_autoptr(RampartSoaVersion) before = NULL;

  g_object_set (entry (fixture, "5.1"), "justification", "Our own words", NULL);
  rampart_history_clear (fixture->history);
  before = rampart_soa_version_new_current (fixture->workspace);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const BadFile *bad = &bad_files[i];
      g_autoptr(RampartSoaVersion) after = NULL;
      g_autoptr(GError) error = NULL;
      RampartSoaImportResult result = { 0, };

      g_test_message ("%s", bad->name);
      g_assert_false (import (fixture, bad->text, bad->length, &result, &error));
      g_assert_error (error, RAMPART_SOA_IO_ERROR, (int) bad->code);
      g_test_message ("%s: %s", bad->name, error->message);
      g_assert_true (g_str_has_prefix (error->message, bad->message));

      after = rampart_soa_version_new_current (fixture->workspace);
      assert_same (before, after);
      g_assert_cmpuint (count_to_review (fixture), ==, 0);
      g_assert_false (rampart_history_get_can_undo (fixture->history));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (FALSE), fixture_setup, func, fixture_teardown)
#define ADD_EXAMPLE(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (TRUE), fixture_setup, func, fixture_teardown)
  g_test_add_func ("/core/soa-io/format-from-name", test_format_from_name);
  ADD_EXAMPLE ("/core/soa-io/export-csv-reads-back", test_export_csv);
  ADD_EXAMPLE ("/core/soa-io/export-xlsx-reads-back", test_export_xlsx);
  ADD_EXAMPLE ("/core/soa-io/export-issued-version", test_export_issued_version);
  ADD ("/core/soa-io/export-read-only-folder-leaves-nothing", test_export_read_only_folder);
  ADD ("/core/soa-io/export-onto-folder", test_export_onto_folder);
  ADD ("/core/soa-io/import-2013-one-undo", test_import);
  ADD ("/core/soa-io/import-2013-semicolons-keep-justification", test_import_semicolons);
  ADD ("/core/soa-io/import-2013-bad-files-change-nothing", test_import_bad_files);
#undef ADD
#undef ADD_EXAMPLE

  return g_test_run ();
}
