/* rampart-test-utils.h: helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

/* A folder of its own with one workspace file in it, for g_test_add(). */
typedef struct
{
  char  *dir;
  char  *path;
  GFile *file;
} RampartTestFixture;

void      rampart_test_fixture_setup    (RampartTestFixture *fixture,
                                         gconstpointer       example);
void      rampart_test_fixture_teardown (RampartTestFixture *fixture,
                                         gconstpointer       unused);

RampartWorkspace *rampart_test_open_workspace  (GFile             *file);
void              rampart_test_close_workspace (RampartWorkspace **workspace);

char     *rampart_test_make_dir       (void);
void      rampart_test_remove_tree    (const char *path);
GBytes   *rampart_test_read           (const char *path);
void      rampart_test_write          (const char *path,
                                       const void *data,
                                       gsize       length);
void      rampart_test_assert_file_is (const char *path,
                                       GBytes     *expected);
char     *rampart_test_new_workspace  (const char *dir,
                                       const char *name,
                                       gboolean    example);
gboolean  rampart_test_is_root        (void);
void      rampart_test_drop_root      (void);
void      rampart_test_give_to_nobody (const char *path);
gboolean  rampart_test_wait_for       (gboolean  (*condition) (gpointer),
                                       gpointer    data);

G_END_DECLS
