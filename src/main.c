/* main.c: starts Rampart, or runs one of its headless commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "rampart-application.h"
#include "rampart-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RampartApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Headless commands need no display, so they never touch GTK. */
  if (rampart_cli_handles (argc, argv))
    return rampart_cli_run (argc, argv);

  app = rampart_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
