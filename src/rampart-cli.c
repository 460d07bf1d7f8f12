/* rampart-cli.c: headless commands (new, info, export, export-soa)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rampart-cli.h"
#include "rampart-file.h"
#include "rampart-layout.h"
#include "rampart-pack.h"
#include "rampart-soa-io.h"
#include "rampart-workspace.h"

/*
 * These commands use the core layer only, so they run without a display:
 * in CI, in scripts, and on a server. Each ends with status 0 on success,
 * 1 with a one-line message on stderr when a file or argument is bad, and
 * 2 when the command line itself is malformed.
 */

typedef int (*CommandFunc) (int argc, char **argv);

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s",
           _("Usage:\n"
             "  rampart [FILE.isms…]               Open workspaces in the app\n"
             "  rampart new [--example] FILE.isms  Create a workspace\n"
             "  rampart info FILE.isms             Describe a workspace\n"
             "  rampart export FILE.isms --output PACK.pdf [--document ID]\n"
             "                 [--paper a4|letter] [--date YYYY-MM-DD] [--acknowledgement]\n"
             "                                     Write the documentation pack, or one document;\n"
             "                                     a policy with a sheet for staff to sign\n"
             "  rampart export-soa FILE.isms --output SOA.xlsx|SOA.csv\n"
             "                                     Write the Statement of Applicability as it is now\n"
             "  rampart --version                  Print the version\n"));
}

static int
usage_error (const char *message)
{
  g_printerr ("rampart: %s\n", message);
  g_printerr ("%s\n", _("Try “rampart --help”."));
  return RAMPART_EXIT_USAGE;
}

static int
file_error (const char   *path,
            const GError *error)
{
  g_printerr ("rampart: %s: %s\n", path, error->message);
  return RAMPART_EXIT_ERROR;
}

static int
command_new (int    argc,
             char **argv)
{
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean example = FALSE;
  const char *path = NULL;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--example"))
        example = TRUE;
      else if (g_str_has_prefix (argv[i], "-") && !g_str_equal (argv[i], "-"))
        {
          g_autofree char *message = g_strdup_printf (_("new: unknown option “%s”"), argv[i]);
          return usage_error (message);
        }
      else if (path == NULL)
        path = argv[i];
      else
        return usage_error (_("new: give exactly one file name"));
    }

  if (path == NULL)
    return usage_error (_("new: missing file name, as in “rampart new Company.isms”"));

  file = g_file_new_for_commandline_arg (path);
  if (example)
    workspace = rampart_workspace_create_example (file, FALSE, &error);
  else
    workspace = rampart_workspace_create (file, FALSE, &error);

  if (workspace == NULL)
    return file_error (path, error);

  return RAMPART_EXIT_OK;
}

static int
command_info (int    argc,
              char **argv)
{
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) counts = NULL;
  RampartOrganisation *organisation;
  const char *path = NULL;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "-") && !g_str_equal (argv[i], "-"))
        {
          g_autofree char *message = g_strdup_printf (_("info: unknown option “%s”"), argv[i]);
          return usage_error (message);
        }
      else if (path == NULL)
        path = argv[i];
      else
        return usage_error (_("info: give exactly one file name"));
    }

  if (path == NULL)
    return usage_error (_("info: missing file name, as in “rampart info Company.isms”"));

  /* Opening never writes: a file that needs migrating stays as it is. */
  file = g_file_new_for_commandline_arg (path);
  workspace = rampart_workspace_open (file, NULL, &error);
  if (workspace == NULL)
    return file_error (path, error);

  counts = rampart_workspace_count_records (workspace, &error);
  if (counts == NULL)
    return file_error (path, error);

  organisation = rampart_workspace_get_organisation (workspace);
  g_print (_("File: %s\n"), g_file_peek_path (file));
  g_print (_("Organisation: %s\n"),
           *rampart_organisation_get_name (organisation) != '\0'
             ? rampart_organisation_get_name (organisation) : _("(not named yet)"));
  g_print (_("Schema version: %d\n"), rampart_workspace_get_schema_version (workspace));
  g_print ("%s\n", _("Records:"));
  for (guint i = 0; i < counts->len; i++)
    {
      RampartRecordCount *count = &g_array_index (counts, RampartRecordCount, i);

      g_print ("  %s: %" G_GINT64_FORMAT "\n", count->label, count->count);
    }

  return RAMPART_EXIT_OK;
}

/* Takes the value of an option such as "--output FILE" or "--output=FILE". */
static gboolean
option_value (int          argc,
              char       **argv,
              int         *i,
              const char  *name,
              const char **value)
{
  gsize length = strlen (name);

  if (g_str_equal (argv[*i], name))
    {
      if (*i + 1 >= argc)
        return FALSE;
      *value = argv[++*i];
      return TRUE;
    }

  if (g_str_has_prefix (argv[*i], name) && argv[*i][length] == '=')
    {
      *value = argv[*i] + length + 1;
      return TRUE;
    }

  return FALSE;
}

static GDateTime *
parse_date (const char *text)
{
  g_autofree char *iso = g_strconcat (text, "T00:00:00Z", NULL);

  return g_date_time_new_from_iso8601 (iso, NULL);
}

static int
command_export (int    argc,
                char **argv)
{
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(RampartLayout) layout = NULL;
  g_autoptr(RampartFileWriter) writer = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) output = NULL;
  const char *path = NULL;
  const char *output_path = NULL;
  const char *document = NULL;
  const char *paper = NULL;
  const char *date_text = NULL;
  gboolean acknowledgement = FALSE;
  RampartPolicy *policy = NULL;

  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--acknowledgement"))
        {
          acknowledgement = TRUE;
          continue;
        }
      if (option_value (argc, argv, &i, "--output", &output_path) ||
          option_value (argc, argv, &i, "--document", &document) ||
          option_value (argc, argv, &i, "--paper", &paper) ||
          option_value (argc, argv, &i, "--date", &date_text))
        continue;

      if (g_str_has_prefix (argv[i], "-") && !g_str_equal (argv[i], "-"))
        {
          g_autofree char *message = g_strdup_printf (_("export: unknown option or missing value “%s”"),
                                                      argv[i]);
          return usage_error (message);
        }
      else if (path == NULL)
        path = argv[i];
      else
        return usage_error (_("export: give exactly one workspace"));
    }

  if (path == NULL || output_path == NULL)
    return usage_error (_("export: give a workspace and an output file, as in "
                          "“rampart export Company.isms --output pack.pdf”"));

  if (paper != NULL && !g_str_equal (paper, "a4") && !g_str_equal (paper, "letter"))
    return usage_error (_("export: the paper is “a4” or “letter”"));

  if (date_text != NULL)
    {
      date = parse_date (date_text);
      if (date == NULL)
        return usage_error (_("export: write the date as YYYY-MM-DD"));
    }
  else
    {
      date = g_date_time_new_now_local ();
    }

  file = g_file_new_for_commandline_arg (path);
  workspace = rampart_workspace_open (file, NULL, &error);
  if (workspace == NULL)
    return file_error (path, error);

  /* A policy prints as the pack shows it, or as it is being written if the pack has none of it. */
  if (document != NULL)
    policy = rampart_policies_find (rampart_workspace_get_policies (workspace), document);
  if (policy != NULL)
    {
      g_autoptr(RampartPolicyRevision) shown = rampart_policy_get_pack_revision (policy);

      if (shown == NULL)
        shown = rampart_policy_revision_new_current (policy);
      book = rampart_pack_build_policy (workspace, shown, date, acknowledgement);
    }
  else if (acknowledgement)
    {
      return usage_error (_("export: --acknowledgement is for a policy, named with --document"));
    }
  else
    {
      book = rampart_pack_build (workspace, document, date, &error);
    }
  if (book == NULL)
    {
      g_printerr ("rampart: %s\n", error->message);
      return RAMPART_EXIT_ERROR;
    }

  layout = rampart_layout_new (book, paper != NULL ? rampart_paper_from_string (paper)
                                                   : rampart_paper_get_default (),
                               NULL, NULL, NULL, &error);

  /* The PDF goes to a temporary file beside the output, renamed over it when complete. */
  output = g_file_new_for_commandline_arg (output_path);
  writer = rampart_file_writer_new (output, NULL, &error);
  if (writer == NULL ||
      !rampart_layout_write_pdf (layout, rampart_file_writer_get_stream (writer), NULL, NULL, NULL, &error) ||
      !rampart_file_writer_commit (writer, NULL, &error))
    {
      g_autofree char *explained = rampart_file_explain_write_error (error);

      g_printerr ("rampart: %s: %s\n", output_path, explained);
      return RAMPART_EXIT_ERROR;
    }

  return RAMPART_EXIT_OK;
}

static int
command_export_soa (int    argc,
                    char **argv)
{
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(RampartSoaVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) output = NULL;
  RampartSoaFormat format;
  const char *path = NULL;
  const char *output_path = NULL;

  for (int i = 2; i < argc; i++)
    {
      if (option_value (argc, argv, &i, "--output", &output_path))
        continue;

      if (g_str_has_prefix (argv[i], "-") && !g_str_equal (argv[i], "-"))
        {
          g_autofree char *message = g_strdup_printf (_("export-soa: unknown option or missing value “%s”"),
                                                      argv[i]);
          return usage_error (message);
        }
      else if (path == NULL)
        path = argv[i];
      else
        return usage_error (_("export-soa: give exactly one workspace"));
    }

  if (path == NULL || output_path == NULL)
    return usage_error (_("export-soa: give a workspace and an output file, as in "
                          "“rampart export-soa Company.isms --output SoA.xlsx”"));

  if (!rampart_soa_format_from_name (output_path, &format))
    return usage_error (_("export-soa: the output file ends in .xlsx or .csv"));

  file = g_file_new_for_commandline_arg (path);
  workspace = rampart_workspace_open (file, NULL, &error);
  if (workspace == NULL)
    return file_error (path, error);

  version = rampart_soa_version_new_current (workspace);
  output = g_file_new_for_commandline_arg (output_path);
  if (!rampart_soa_export (version, output, format, &error))
    {
      g_autofree char *explained = error->domain == G_IO_ERROR ? rampart_file_explain_write_error (error)
                                                               : g_strdup (error->message);

      g_printerr ("rampart: %s: %s\n", output_path, explained);
      return RAMPART_EXIT_ERROR;
    }

  return RAMPART_EXIT_OK;
}

static int
command_version (int    argc,
                 char **argv)
{
  if (argc > 2)
    return usage_error (_("--version takes no arguments"));

  g_print ("rampart %s\n", PACKAGE_VERSION);
  return RAMPART_EXIT_OK;
}

static int
command_help (int    argc,
              char **argv)
{
  print_usage (stdout);
  return RAMPART_EXIT_OK;
}

static const struct {
  const char  *name;
  CommandFunc  func;
} commands[] = {
  { "new", command_new },
  { "info", command_info },
  { "export", command_export },
  { "export-soa", command_export_soa },
  { "--version", command_version },
  { "--help", command_help },
  { "-h", command_help },
  { "help", command_help },
};

/**
 * rampart_cli_handles:
 * @argc: the argument count of main()
 * @argv: the arguments of main()
 *
 * Returns: %TRUE if the command line names a headless command; anything
 *   else, such as file names, is for the app
 */
gboolean
rampart_cli_handles (int    argc,
                     char **argv)
{
  if (argc < 2)
    return FALSE;

  /* The app itself takes no options, so every option is a command's. */
  if (argv[1][0] == '-' && argv[1][1] != '\0')
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return TRUE;

  return FALSE;
}

int
rampart_cli_run (int    argc,
                 char **argv)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].func (argc, argv);

  {
    g_autofree char *message = g_strdup_printf (_("unknown option “%s”"), argv[1]);
    return usage_error (message);
  }
}
