/* rampart-gui-utils.c: small helpers shared by the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rampart-gui-utils.h"

/**
 * rampart_format_folder:
 * @file: a file
 *
 * The folder holding @file as people read it, with the home folder as "~".
 *
 * Returns: (transfer full): the folder's name for display
 */
char *
rampart_format_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("");
  const char *home = g_get_home_dir ();
  gsize home_len = strlen (home);

  if (g_str_has_prefix (name, home) && (name[home_len] == '/' || name[home_len] == '\0'))
    return g_strconcat ("~", name + home_len, NULL);

  return g_steal_pointer (&name);
}
