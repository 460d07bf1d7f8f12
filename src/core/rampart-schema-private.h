/* rampart-schema-private.h: the workspace schema and its migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "RMPT": marks an SQLite file as a Rampart workspace (PRAGMA application_id). */
#define RAMPART_APPLICATION_ID 0x524d5054

typedef struct
{
  /* The schema version this step produces. Steps are ordered by it. */
  int         version;
  /* A static script of DDL and data fixes. */
  const char *sql;
  /* Optional work that needs code, run after the script in the same transaction. */
  gboolean  (*apply) (sqlite3  *db,
                      GError  **error);
} RampartMigration;

int      rampart_schema_get_current_version (void);
gboolean rampart_schema_migrate             (sqlite3                *db,
                                             const RampartMigration *steps,
                                             guint                   n_steps,
                                             GError                **error);
gboolean rampart_schema_upgrade             (sqlite3                *db,
                                             GError                **error);

G_END_DECLS
