/* rampart-catalogue.c: the Annex A catalogue that every workspace holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-catalogue"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "rampart-catalogue-private.h"
#include "rampart-core-resources.h"
#include "rampart-db-private.h"
#include "rampart-workspace.h"

enum {
  COL_ID,
  COL_TITLE,
  COL_THEME,
  COL_CONTROL_TYPE,
  COL_SECURITY_PROPERTIES,
  COL_CYBERSECURITY_CONCEPTS,
  COL_OPERATIONAL_CAPABILITIES,
  COL_SECURITY_DOMAINS,
  COL_NEW_IN_2022,
  COL_SHORT_TITLE,
  COL_IDS_2013,
  N_COLUMNS
};

/* Which catalogue column holds which kind of ISO/IEC 27002 attribute. */
static const struct {
  int         column;
  const char *kind;
} attribute_columns[] = {
  { COL_CONTROL_TYPE, "control-type" },
  { COL_SECURITY_PROPERTIES, "security-property" },
  { COL_CYBERSECURITY_CONCEPTS, "cybersecurity-concept" },
  { COL_OPERATIONAL_CAPABILITIES, "operational-capability" },
  { COL_SECURITY_DOMAINS, "security-domain" },
};

/* Data that ships inside the program, such as the catalogue and the example. */
GBytes *
rampart_core_lookup_data (const char  *name,
                          GError     **error)
{
  g_autofree char *path = g_build_path ("/", RESOURCE_BASE, "core", name, NULL);

  return g_resource_lookup_data (rampart_core_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static gboolean
insert_attributes (sqlite3_stmt  *stmt,
                   const char    *control_id,
                   const char    *kind,
                   const char    *values,
                   GError       **error)
{
  g_auto(GStrv) parts = g_strsplit (values, ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, control_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, parts[i], -1, SQLITE_TRANSIENT);
      if (!rampart_db_step_done (stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * rampart_catalogue_install:
 * @db: a database being migrated
 * @error: return location for a #GError
 *
 * Fills the control tables with the 93 Annex A controls of ISO/IEC
 * 27001:2022 and their ISO/IEC 27002 attributes, from the catalogue
 * compiled into Rampart.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_catalogue_install (sqlite3  *db,
                           GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(sqlite3_stmt) control = NULL;
  g_autoptr(sqlite3_stmt) attribute = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  gboolean seen_header = FALSE;
  int position = 0;

  bytes = rampart_core_lookup_data ("annex-a-2022.tsv", error);
  if (bytes == NULL)
    return FALSE;

  control = rampart_db_prepare (db,
                                "INSERT INTO control (id, position, source, theme, title,"
                                "                     short_title, new_in_2022, ids_2013)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                error);
  attribute = rampart_db_prepare (db,
                                  "INSERT INTO control_attribute (control_id, kind, value)"
                                  " VALUES (?1, ?2, ?3)",
                                  error);
  if (control == NULL || attribute == NULL)
    return FALSE;

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      if (!seen_header)
        {
          seen_header = TRUE;
          continue;
        }

      cells = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (cells) != N_COLUMNS)
        {
          /* The catalogue is our own data: a broken one is a packaging bug. */
          g_set_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_FAILED,
                       "Annex A catalogue line %u has %u cells instead of %d",
                       i + 1, g_strv_length (cells), N_COLUMNS);
          return FALSE;
        }

      sqlite3_reset (control);
      sqlite3_bind_text (control, 1, cells[COL_ID], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (control, 2, ++position);
      sqlite3_bind_text (control, 3, RAMPART_CATALOGUE_SOURCE_ANNEX_A, -1, SQLITE_STATIC);
      sqlite3_bind_text (control, 4, cells[COL_THEME], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (control, 5, cells[COL_TITLE], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (control, 6, cells[COL_SHORT_TITLE], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (control, 7, g_str_equal (cells[COL_NEW_IN_2022], "true"));
      sqlite3_bind_text (control, 8, cells[COL_IDS_2013], -1, SQLITE_TRANSIENT);
      if (!rampart_db_step_done (control, error))
        return FALSE;

      for (guint a = 0; a < G_N_ELEMENTS (attribute_columns); a++)
        if (!insert_attributes (attribute, cells[COL_ID], attribute_columns[a].kind,
                                cells[attribute_columns[a].column], error))
          return FALSE;
    }

  return TRUE;
}
