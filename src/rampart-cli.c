/* rampart-cli.c: headless commands (new, info)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "rampart-cli.h"
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
