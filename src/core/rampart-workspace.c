/* rampart-workspace.c: one open .isms workspace file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-workspace"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-file.h"
#include "rampart-rating-change.h"
#include "rampart-record-private.h"
#include "rampart-risk-method-private.h"
#include "rampart-risk-private.h"
#include "rampart-schema-private.h"
#include "rampart-workspace-private.h"

/*
 * A workspace is an SQLite database kept in memory while it is open: the
 * file is read once with sqlite3_deserialize(), edits go to memory, and
 * every save writes a complete image with rampart_file_replace(), which
 * replaces the file in one step and refuses to overwrite changes made by
 * another program (the etag). No journal or lock file ever appears next
 * to the user's file, and a crash can lose the last moments of work but
 * never leave the file half-written.
 */

#define DEFAULT_AUTOSAVE_DELAY_MS 1000

/* Far beyond any real workspace; refuses absurd files before reading them. */
#define MAX_FILE_SIZE (G_GINT64_CONSTANT (1) << 30)

#define SQLITE_MAGIC "SQLite format 3"

typedef struct
{
  gatomicrefcount  ref_count;
  GFile           *file;
  GBytes          *bytes;
  char            *etag;
  guint64          serial;

  /* Written by the worker, read after @done, under the workspace's mutex. */
  gboolean         done;
  gboolean         consumed;
  char            *new_etag;
  GError          *error;
} SaveJob;

struct _RampartWorkspace
{
  GObject              parent_instance;

  sqlite3             *db;
  GFile               *file;
  char                *etag;
  int                  schema_version;

  RampartHistory      *history;
  RampartOrganisation *organisation;
  GListStore          *controls;
  GHashTable          *document_controls;  /* document id → RampartDocumentControl */
  RampartRecordList   *context_issues;
  RampartRecordList   *interested_parties;
  RampartScope        *scope;
  RampartRecordList   *scope_items;
  RampartRecordList   *roles;
  RampartRiskMethod   *risk_method;
  RampartRecordList   *assets;
  RampartRecordList   *threats;
  RampartRecordList   *vulnerabilities;
  RampartRecordList   *risks;
  RampartRecordList   *soa_entries;
  RampartRecordList   *policies;
  GHashTable          *controls_by_id;     /* control id → RampartControl */

  guint64              change_serial;
  guint64              saved_serial;
  guint                autosave_delay;
  guint                autosave_source;
  SaveJob             *job;
  GMutex               job_mutex;
  GCond                job_cond;
  GError              *save_error;
  gboolean             closed;

  /* SQL → its prepared statement, for what runs once per record */
  GHashTable          *statements;
};

G_DEFINE_FINAL_TYPE (RampartWorkspace, rampart_workspace, G_TYPE_OBJECT)

G_DEFINE_QUARK (rampart-workspace-error-quark, rampart_workspace_error)

enum {
  PROP_0,
  PROP_FILE,
  PROP_HAS_UNSAVED_CHANGES,
  PROP_SAVE_ERROR,
  PROP_AUTOSAVE_DELAY,
  PROP_RISK_METHOD,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_autosave (RampartWorkspace *self);

/* Save jobs */

static SaveJob *
save_job_ref (SaveJob *job)
{
  g_atomic_ref_count_inc (&job->ref_count);
  return job;
}

static void
save_job_unref (SaveJob *job)
{
  if (!g_atomic_ref_count_dec (&job->ref_count))
    return;

  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->etag);
  g_free (job->new_etag);
  g_clear_error (&job->error);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveJob, save_job_unref)

/* Errors */

static void
set_write_error (GError **error,
                 GError  *io_error)
{
  g_autofree char *explained = rampart_file_explain_write_error (io_error);
  int code = RAMPART_WORKSPACE_ERROR_WRITE_FAILED;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_CHANGED_ON_DISK,
                           _("Another program changed the file after Rampart opened it, "
                             "so Rampart did not overwrite it. Save your work under another name."));
      return;
    }

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    code = RAMPART_WORKSPACE_ERROR_NO_SPACE;
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
           g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    code = RAMPART_WORKSPACE_ERROR_READ_ONLY;

  g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, code, explained);
}

static void
set_read_error (GError **error,
                GError  *io_error)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_NOT_FOUND,
                         _("The file does not exist."));
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_IS_DIRECTORY,
                         _("This is a folder, not a Rampart workspace file."));
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_PERMISSION_DENIED,
                         _("You do not have permission to read this file."));
  else
    g_set_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_FAILED,
                 _("The file could not be read: %s"), io_error->message);
}

/* Reading and checking a file */

static guint32
read_be32 (const guint8 *data)
{
  return ((guint32) data[0] << 24) | ((guint32) data[1] << 16) |
         ((guint32) data[2] << 8) | (guint32) data[3];
}

static gboolean
looks_like_text (const char *data,
                 gsize       length)
{
  gsize checked = MIN (length, 4096);
  const char *end = NULL;

  for (gsize i = 0; i < checked; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        return FALSE;
    }

  /* A sample may end in the middle of a character; that is still text. */
  if (!g_utf8_validate (data, checked, &end))
    return checked == length ? FALSE : (gsize) (end - data) + 4 > checked;

  return TRUE;
}

/*
 * Tells apart, from the bytes alone, the files that are not a workspace
 * this version can open, so that each gets its own message and SQLite
 * never sees them.
 */
static gboolean
check_header (const guint8  *data,
              gsize          length,
              GError       **error)
{
  guint32 page_size, page_count, version;

  if (length == 0)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_EMPTY,
                           _("The file is empty (0 bytes). It may be an unfinished copy or download; "
                             "open a backup copy instead."));
      return FALSE;
    }

  if (length < sizeof SQLITE_MAGIC ||
      memcmp (data, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0)
    {
      if (memcmp (data, SQLITE_MAGIC, MIN (length, sizeof SQLITE_MAGIC)) == 0)
        g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_TRUNCATED,
                             _("The file is incomplete: it ends after a few bytes, as if a copy or "
                               "download was cut short. Open a backup copy instead."));
      else if (looks_like_text ((const char *) data, length))
        g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_TEXT_FILE,
                             _("This is a text file, not a Rampart workspace."));
      else
        g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_NOT_RECOGNISED,
                             _("The contents of this file are not recognised: it is not a "
                               "Rampart workspace."));
      return FALSE;
    }

  if (length < 100)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_TRUNCATED,
                           _("The file is incomplete: it ends inside its header, as if a copy or "
                             "download was cut short. Open a backup copy instead."));
      return FALSE;
    }

  if (read_be32 (data + 68) != RAMPART_APPLICATION_ID)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_OTHER_DATABASE,
                           _("This is a database made by another program, not a Rampart workspace."));
      return FALSE;
    }

  page_size = ((guint32) data[16] << 8) | data[17];
  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512 || (page_size & (page_size - 1)) != 0)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_DAMAGED,
                           _("The workspace is damaged: its header is invalid. "
                             "Open a backup copy instead."));
      return FALSE;
    }

  /* The page count in the header is valid when the two counters agree. */
  page_count = read_be32 (data + 28);
  if (read_be32 (data + 24) != read_be32 (data + 92))
    page_count = 0;

  if (length % page_size != 0 || (guint64) page_count * page_size > length)
    {
      guint64 expected = MAX ((guint64) page_count * page_size,
                              (guint64) (length / page_size + 1) * page_size);
      g_autofree char *have = g_format_size (length);
      g_autofree char *want = g_format_size (expected);

      /* Translators: both are sizes such as "57.4 kB" */
      g_set_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_TRUNCATED,
                   _("The file is incomplete: it holds %s of %s, as if a copy or download "
                     "was cut short. Open a backup copy instead."),
                   have, want);
      return FALSE;
    }

  version = read_be32 (data + 60);
  if (version > (guint32) rampart_schema_get_current_version ())
    {
      g_set_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_NEWER_VERSION,
                   _("This workspace was made by a newer version of Rampart (schema %u); this "
                     "version reads up to schema %d. Update Rampart to open it."),
                   version, rampart_schema_get_current_version ());
      return FALSE;
    }

  if (version == 0)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_DAMAGED,
                           _("The workspace is damaged: it was never completely created. "
                             "Open a backup copy instead."));
      return FALSE;
    }

  return TRUE;
}

static sqlite3 *
open_memory_database (GError **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      rampart_db_set_error (error, db, rc);
      sqlite3_close (db);
      return NULL;
    }

  /* Files come from anywhere: let nothing in them run or corrupt on purpose. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);

  return db;
}

static gboolean
check_integrity (sqlite3  *db,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 unexpected = 0;
  const char *result;
  int rc;

  stmt = rampart_db_prepare (db, "PRAGMA quick_check(1)", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      rampart_db_set_error (error, db, rc);
      return FALSE;
    }

  result = rampart_db_column_text (stmt, 0);
  if (!g_str_equal (result, "ok"))
    {
      g_autofree char *detail = NULL;

      /* The first finding may be a heading such as "*** in database main ***". */
      if (g_str_has_prefix (result, "***") && strchr (result, '\n') != NULL)
        result = strchr (result, '\n') + 1;
      detail = g_strndup (result, strcspn (result, "\n"));

      g_set_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_DAMAGED,
                   _("The workspace is damaged: its integrity check failed (%s). "
                     "Open a backup copy instead."),
                   detail);
      return FALSE;
    }

  /* Rampart creates no triggers or views: a file that has them was altered. */
  if (!rampart_db_query_int (db,
                             "SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')",
                             &unexpected, error))
    return FALSE;

  if (unexpected > 0)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_DAMAGED,
                           _("The workspace contains database code that Rampart never writes, so "
                             "it was altered by another program. Open a backup copy instead."));
      return FALSE;
    }

  return TRUE;
}

static sqlite3 *
deserialize (GBytes  *contents,
             GError **error)
{
  sqlite3 *db;
  guint8 *image;
  gsize length = g_bytes_get_size (contents);
  int rc;

  db = open_memory_database (error);
  if (db == NULL)
    return NULL;

  image = sqlite3_malloc64 (length);
  if (image == NULL)
    {
      rampart_db_set_error (error, db, SQLITE_NOMEM);
      sqlite3_close (db);
      return NULL;
    }
  memcpy (image, g_bytes_get_data (contents, NULL), length);

  /* Rampart never writes WAL files; read a WAL-mode header as a plain one. */
  image[18] = image[19] = 1;

  rc = sqlite3_deserialize (db, "main", image, length, length,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  if (rc != SQLITE_OK)
    {
      rampart_db_set_error (error, db, rc);
      sqlite3_close (db);
      return NULL;
    }

  if (!check_integrity (db, error) ||
      !rampart_db_exec (db, "PRAGMA foreign_keys = ON", error))
    {
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

/* Life cycle */

static void
clear_list (RampartRecordList **list)
{
  if (*list != NULL)
    _rampart_record_list_detach (*list);
  g_clear_object (list);
}

static void
rampart_workspace_dispose (GObject *object)
{
  RampartWorkspace *self = RAMPART_WORKSPACE (object);

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->job != NULL)
    {
      g_mutex_lock (&self->job_mutex);
      while (!self->job->done)
        g_cond_wait (&self->job_cond, &self->job_mutex);
      self->job->consumed = TRUE;
      g_mutex_unlock (&self->job_mutex);
      g_clear_pointer (&self->job, save_job_unref);
    }

  if (self->history != NULL)
    rampart_history_clear (self->history);
  if (self->organisation != NULL)
    _rampart_record_detach (RAMPART_RECORD (self->organisation));
  g_clear_object (&self->organisation);
  if (self->document_controls != NULL)
    {
      GHashTableIter iter;
      gpointer record;

      g_hash_table_iter_init (&iter, self->document_controls);
      while (g_hash_table_iter_next (&iter, NULL, &record))
        _rampart_record_detach (record);
      g_clear_pointer (&self->document_controls, g_hash_table_unref);
    }
  g_clear_pointer (&self->controls_by_id, g_hash_table_unref);
  g_clear_object (&self->controls);

  if (self->scope != NULL)
    _rampart_record_detach (RAMPART_RECORD (self->scope));
  g_clear_object (&self->scope);
  clear_list (&self->context_issues);
  clear_list (&self->interested_parties);
  clear_list (&self->scope_items);
  clear_list (&self->roles);
  clear_list (&self->assets);
  clear_list (&self->soa_entries);
  clear_list (&self->policies);
  clear_list (&self->threats);
  clear_list (&self->vulnerabilities);
  clear_list (&self->risks);
  g_clear_object (&self->risk_method);

  G_OBJECT_CLASS (rampart_workspace_parent_class)->dispose (object);
}

static void
rampart_workspace_finalize (GObject *object)
{
  RampartWorkspace *self = RAMPART_WORKSPACE (object);

  g_clear_object (&self->history);
  g_clear_object (&self->file);
  g_free (self->etag);
  g_clear_error (&self->save_error);
  /* Statements first: a database with statements left open stays open. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_mutex_clear (&self->job_mutex);
  g_cond_clear (&self->job_cond);

  G_OBJECT_CLASS (rampart_workspace_parent_class)->finalize (object);
}

static void
rampart_workspace_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RampartWorkspace *self = RAMPART_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_HAS_UNSAVED_CHANGES:
      g_value_set_boolean (value, rampart_workspace_get_has_unsaved_changes (self));
      break;

    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;

    case PROP_AUTOSAVE_DELAY:
      g_value_set_uint (value, self->autosave_delay);
      break;

    case PROP_RISK_METHOD:
      g_value_set_object (value, self->risk_method);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_workspace_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RampartWorkspace *self = RAMPART_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_AUTOSAVE_DELAY:
      rampart_workspace_set_autosave_delay (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_workspace_class_init (RampartWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rampart_workspace_dispose;
  object_class->finalize = rampart_workspace_finalize;
  object_class->get_property = rampart_workspace_get_property;
  object_class->set_property = rampart_workspace_set_property;

  /**
   * RampartWorkspace:file:
   *
   * The file the workspace is saved to; it changes on "save as".
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * RampartWorkspace:has-unsaved-changes:
   *
   * Whether the working copy holds edits that are not in the file yet.
   */
  properties[PROP_HAS_UNSAVED_CHANGES] =
    g_param_spec_boolean ("has-unsaved-changes", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * RampartWorkspace:save-error:
   *
   * Why the last save failed, or %NULL once a save succeeds. Edits stay in
   * memory until they are saved, here or under another name.
   */
  properties[PROP_SAVE_ERROR] =
    g_param_spec_boxed ("save-error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * RampartWorkspace:autosave-delay:
   *
   * Milliseconds between an edit and the save that follows it; 0 turns
   * autosave off.
   */
  properties[PROP_AUTOSAVE_DELAY] =
    g_param_spec_uint ("autosave-delay", NULL, NULL,
                       0, 60 * 1000, DEFAULT_AUTOSAVE_DELAY_MS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * RampartWorkspace:risk-method:
   *
   * How the workspace rates risks; a new object each time it changes.
   */
  properties[PROP_RISK_METHOD] =
    g_param_spec_object ("risk-method", NULL, NULL, RAMPART_TYPE_RISK_METHOD,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RampartWorkspace::changed:
   *
   * Emitted after every edit of the working copy.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rampart_workspace_init (RampartWorkspace *self)
{
  self->autosave_delay = DEFAULT_AUTOSAVE_DELAY_MS;
  self->history = rampart_history_new ();
  self->document_controls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_mutex_init (&self->job_mutex);
  g_cond_init (&self->job_cond);
}

/* Loads the records every open workspace keeps in memory. */
static gboolean
load_records (RampartWorkspace  *self,
              GError           **error)
{
  gint64 version = 0;

  if (!rampart_db_query_int (self->db, "PRAGMA user_version", &version, error))
    return FALSE;
  self->schema_version = (int) version;

  self->organisation = _rampart_organisation_load (self, error);
  if (self->organisation == NULL)
    return FALSE;

  self->controls = _rampart_control_load_all (self->db, error);
  if (self->controls == NULL)
    return FALSE;
  self->controls_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->controls)); i++)
    {
      RampartControl *control = g_list_model_get_item (G_LIST_MODEL (self->controls), i);

      g_hash_table_insert (self->controls_by_id, (gpointer) rampart_control_get_id (control), control);
      g_object_unref (control);
    }

  self->scope = _rampart_scope_load (self, error);
  if (self->scope == NULL)
    return FALSE;

  self->context_issues = _rampart_record_list_new (self, RAMPART_TYPE_CONTEXT_ISSUE, NULL);
  self->interested_parties = _rampart_record_list_new (self, RAMPART_TYPE_INTERESTED_PARTY, NULL);
  self->scope_items = _rampart_record_list_new (self, RAMPART_TYPE_SCOPE_ITEM, NULL);
  self->roles = _rampart_record_list_new (self, RAMPART_TYPE_ROLE, NULL);

  self->risk_method = _rampart_risk_method_load (self->db, error);
  if (self->risk_method == NULL)
    return FALSE;

  self->assets = _rampart_record_list_new (self, RAMPART_TYPE_ASSET, NULL);
  self->threats = _rampart_record_list_new (self, RAMPART_TYPE_THREAT, NULL);
  self->vulnerabilities = _rampart_record_list_new (self, RAMPART_TYPE_VULNERABILITY, NULL);
  self->risks = _rampart_record_list_new (self, RAMPART_TYPE_RISK, NULL);
  self->soa_entries = _rampart_record_list_new (self, RAMPART_TYPE_SOA_ENTRY, NULL);
  self->policies = _rampart_record_list_new (self, RAMPART_TYPE_POLICY, NULL);

  return _rampart_record_list_load (self->context_issues, error) &&
         _rampart_record_list_load (self->interested_parties, error) &&
         _rampart_record_list_load (self->scope_items, error) &&
         _rampart_record_list_load (self->roles, error) &&
         _rampart_record_list_load (self->assets, error) &&
         _rampart_record_list_load (self->threats, error) &&
         _rampart_record_list_load (self->vulnerabilities, error) &&
         _rampart_record_list_load (self->risks, error) &&
         _rampart_record_list_load (self->soa_entries, error) &&
         _rampart_record_list_load (self->policies, error);
}

/* Saving */

static GBytes *
serialize (RampartWorkspace  *self,
           GError           **error)
{
  sqlite3_int64 size = 0;
  unsigned char *data;

  data = sqlite3_serialize (self->db, "main", &size, 0);
  if (data == NULL)
    {
      rampart_db_set_error (error, self->db, SQLITE_NOMEM);
      return NULL;
    }

  return g_bytes_new_with_free_func (data, (gsize) size, sqlite3_free, data);
}

static gboolean
write_file (GFile         *file,
            GBytes        *bytes,
            const char    *etag,
            char         **new_etag,
            GError       **error)
{
  g_autoptr(GError) io_error = NULL;

  if (!rampart_file_replace (file, bytes, etag, new_etag, &io_error))
    {
      set_write_error (error, io_error);
      return FALSE;
    }

  return TRUE;
}

static void
set_save_error (RampartWorkspace *self,
                const GError     *error)
{
  if (self->save_error == NULL && error == NULL)
    return;

  g_clear_error (&self->save_error);
  if (error != NULL)
    {
      self->save_error = g_error_copy (error);
      g_message ("Could not save %s: %s", g_file_peek_path (self->file), error->message);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static void
saved (RampartWorkspace *self,
       guint64           serial,
       char             *new_etag)
{
  gboolean was_dirty = rampart_workspace_get_has_unsaved_changes (self);

  g_free (self->etag);
  self->etag = new_etag;
  self->saved_serial = serial;
  set_save_error (self, NULL);

  if (was_dirty != rampart_workspace_get_has_unsaved_changes (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_UNSAVED_CHANGES]);
}

static void
finish_job (RampartWorkspace *self,
            SaveJob          *job)
{
  gboolean succeeded = job->error == NULL;

  job->consumed = TRUE;
  self->job = NULL;

  if (succeeded)
    saved (self, job->serial, g_steal_pointer (&job->new_etag));
  else
    set_save_error (self, job->error);

  save_job_unref (job);

  /* Edits made while the job ran are saved by the next one. */
  if (succeeded && rampart_workspace_get_has_unsaved_changes (self))
    schedule_autosave (self);
}

/* Waits for the autosave in flight, if any, and takes its result. */
static void
wait_for_job (RampartWorkspace *self)
{
  SaveJob *job = self->job;

  if (job == NULL)
    return;

  g_mutex_lock (&self->job_mutex);
  while (!job->done)
    g_cond_wait (&self->job_cond, &self->job_mutex);
  g_mutex_unlock (&self->job_mutex);

  save_job_ref (job);
  finish_job (self, job);
  save_job_unref (job);
}

static void
save_job_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  RampartWorkspace *self = source_object;
  SaveJob *job = task_data;
  g_autoptr(GError) error = NULL;
  char *new_etag = NULL;

  write_file (job->file, job->bytes, job->etag, &new_etag, &error);

  g_mutex_lock (&self->job_mutex);
  job->new_etag = new_etag;
  job->error = g_steal_pointer (&error);
  job->done = TRUE;
  g_cond_broadcast (&self->job_cond);
  g_mutex_unlock (&self->job_mutex);

  g_task_return_boolean (task, TRUE);
}

static void
save_job_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  RampartWorkspace *self = RAMPART_WORKSPACE (object);
  SaveJob *job = g_task_get_task_data (G_TASK (result));

  /* A synchronous save may already have waited for this job and taken its result. */
  if (!job->consumed)
    finish_job (self, job);
}

static gboolean
autosave_cb (gpointer user_data)
{
  RampartWorkspace *self = user_data;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;
  SaveJob *job;

  self->autosave_source = 0;

  if (self->closed || self->job != NULL || !rampart_workspace_get_has_unsaved_changes (self))
    return G_SOURCE_REMOVE;

  bytes = serialize (self, &error);
  if (bytes == NULL)
    {
      set_save_error (self, error);
      return G_SOURCE_REMOVE;
    }

  job = g_new0 (SaveJob, 1);
  g_atomic_ref_count_init (&job->ref_count);
  job->file = g_object_ref (self->file);
  job->bytes = bytes;
  job->etag = g_strdup (self->etag);
  job->serial = self->change_serial;
  self->job = job;

  /* The workspace keeps one reference, the task the other. */
  task = g_task_new (self, NULL, save_job_done_cb, NULL);
  g_task_set_source_tag (task, autosave_cb);
  g_task_set_task_data (task, save_job_ref (job), (GDestroyNotify) save_job_unref);
  g_task_run_in_thread (task, save_job_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (RampartWorkspace *self)
{
  if (self->closed || self->autosave_delay == 0 ||
      self->autosave_source != 0 || self->job != NULL)
    return;

  /* Not restarted by later edits, so that steady typing still gets saved. */
  self->autosave_source = g_timeout_add (self->autosave_delay, autosave_cb, self);
}

/* Record support */

sqlite3 *
_rampart_workspace_get_db (RampartWorkspace *self)
{
  return self->db;
}

/*
 * Runs one of a record's own statements, with @value bound to ?1 and the
 * record's key to ?2.
 */
gboolean
_rampart_workspace_write_value (RampartWorkspace  *self,
                                const char        *sql,
                                const GValue      *key,
                                const GValue      *value,
                                GError           **error)
{
  g_autoptr(RampartCachedStatement) stmt = NULL;

  if (self->closed)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_FAILED,
                           "The workspace is closed");
      return FALSE;
    }

  stmt = _rampart_workspace_prepare_cached (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  rampart_db_bind_value (stmt, 1, value);
  rampart_db_bind_value (stmt, 2, key);

  return rampart_db_step_done (stmt, error);
}

/*
 * The statement for @sql, prepared the first time and kept until the
 * workspace goes: loading a register of thousands of records would
 * otherwise spend most of its time parsing the same SQL. Borrow it as a
 * RampartCachedStatement, which resets it when done.
 */
sqlite3_stmt *
_rampart_workspace_prepare_cached (RampartWorkspace  *self,
                                   const char        *sql,
                                   GError           **error)
{
  sqlite3_stmt *stmt;

  if (self->statements == NULL)
    self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sqlite3_finalize);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt == NULL)
    {
      stmt = rampart_db_prepare (self->db, sql, error);
      if (stmt == NULL)
        return NULL;
      g_hash_table_insert (self->statements, g_strdup (sql), stmt);
    }

  /* One borrower at a time: a statement still stepping cannot start over. */
  if (sqlite3_stmt_busy (stmt))
    {
      g_set_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_FAILED,
                   "A statement was borrowed twice: %s", sql);
      g_return_val_if_reached (NULL);
    }

  return stmt;
}

/* Every edit of a field ends here: undo history, then as any change. */
void
_rampart_workspace_record_change (RampartWorkspace *self,
                                  GObject          *record,
                                  GParamSpec       *pspec,
                                  const GValue     *old_value,
                                  const GValue     *new_value)
{
  rampart_history_push_property_change (self->history, record, pspec, old_value, new_value);
  _rampart_workspace_mark_changed (self);
}

/* Every change of the working copy ends here: unsaved state, signal, autosave. */
void
_rampart_workspace_mark_changed (RampartWorkspace *self)
{
  gboolean was_dirty = rampart_workspace_get_has_unsaved_changes (self);

  self->change_serial++;
  if (!was_dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_UNSAVED_CHANGES]);

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  schedule_autosave (self);
}

/* Public API */

static RampartWorkspace *
new_in_memory (GFile    *file,
               gboolean  example,
               GError  **error)
{
  g_autoptr(RampartWorkspace) self = g_object_new (RAMPART_TYPE_WORKSPACE, NULL);

  self->file = g_object_ref (file);
  self->db = open_memory_database (error);
  if (self->db == NULL)
    return NULL;

  if (!rampart_db_exec (self->db, "PRAGMA foreign_keys = ON", error) ||
      !rampart_schema_upgrade (self->db, error) ||
      !load_records (self, error))
    return NULL;

  if (example && !_rampart_example_fill (self, error))
    return NULL;

  /* Filling in the example is not something to undo. */
  rampart_history_clear (self->history);

  return g_steal_pointer (&self);
}

static RampartWorkspace *
create (GFile    *file,
        gboolean  replace,
        gboolean  example,
        GError  **error)
{
  g_autoptr(RampartWorkspace) self = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) io_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  char *etag = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, &io_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_IS_DIRECTORY,
                           _("This is a folder: choose a file name for the new workspace."));
      return NULL;
    }
  if (info != NULL && !replace)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_EXISTS,
                           _("A file with this name already exists; Rampart did not overwrite it."));
      return NULL;
    }

  self = new_in_memory (file, example, error);
  if (self == NULL)
    return NULL;

  bytes = serialize (self, error);
  if (bytes == NULL || !write_file (file, bytes, NULL, &etag, error))
    return NULL;

  saved (self, self->change_serial, etag);

  return g_steal_pointer (&self);
}

/**
 * rampart_workspace_create:
 * @file: where to create the workspace
 * @replace: whether an existing file may be replaced
 * @error: return location for a #GError
 *
 * Creates a workspace holding the Annex A catalogue and an empty
 * organisation profile, and writes it to @file, readable by its owner only.
 *
 * Returns: (transfer full): the open workspace, or %NULL with @error set
 */
RampartWorkspace *
rampart_workspace_create (GFile     *file,
                          gboolean   replace,
                          GError   **error)
{
  return create (file, replace, FALSE, error);
}

/**
 * rampart_workspace_create_example:
 * @file: where to create the workspace
 * @replace: whether an existing file may be replaced
 * @error: return location for a #GError
 *
 * Like rampart_workspace_create(), filled with the example organisation
 * that ships with Rampart.
 *
 * Returns: (transfer full): the open workspace, or %NULL with @error set
 */
RampartWorkspace *
rampart_workspace_create_example (GFile     *file,
                                  gboolean   replace,
                                  GError   **error)
{
  return create (file, replace, TRUE, error);
}

/**
 * rampart_workspace_open:
 * @file: a workspace file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file into a working copy, after checking that it is a complete,
 * undamaged workspace of a schema this version knows, and brings older
 * schemas up to date in memory. The file itself is not touched: a file
 * that cannot be opened stays exactly as it was.
 *
 * Returns: (transfer full): the open workspace, or %NULL with @error set
 */
RampartWorkspace *
rampart_workspace_open (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(RampartWorkspace) self = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) io_error = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autofree char *data = NULL;
  g_autofree char *etag = NULL;
  gsize length = 0;
  int version_on_disk;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &io_error);
  if (info == NULL)
    {
      set_read_error (error, io_error);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_IS_DIRECTORY,
                           _("This is a folder, not a Rampart workspace file."));
      return NULL;
    }

  if (g_file_info_get_size (info) > MAX_FILE_SIZE)
    {
      g_set_error_literal (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_NOT_RECOGNISED,
                           _("This file is far too large to be a Rampart workspace."));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &data, &length, &etag, &io_error))
    {
      set_read_error (error, io_error);
      return NULL;
    }

  if (!check_header ((const guint8 *) data, length, error))
    return NULL;

  contents = g_bytes_new_take (g_steal_pointer (&data), length);

  self = g_object_new (RAMPART_TYPE_WORKSPACE, NULL);
  self->file = g_object_ref (file);
  self->etag = g_steal_pointer (&etag);
  self->db = deserialize (contents, error);
  if (self->db == NULL)
    return NULL;

  version_on_disk = (int) read_be32 ((const guint8 *) g_bytes_get_data (contents, NULL) + 60);

  if (!rampart_schema_upgrade (self->db, error) || !load_records (self, error))
    return NULL;

  /* A migrated working copy differs from the file until it is saved. */
  if (version_on_disk != self->schema_version)
    {
      g_debug ("Migrated %s from schema %d to %d", g_file_peek_path (file),
               version_on_disk, self->schema_version);
      self->change_serial++;
    }

  return g_steal_pointer (&self);
}

/**
 * rampart_workspace_get_file:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the file the workspace saves to
 */
GFile *
rampart_workspace_get_file (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->file;
}

int
rampart_workspace_get_schema_version (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), 0);

  return self->schema_version;
}

gboolean
rampart_workspace_get_has_unsaved_changes (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), FALSE);

  return self->change_serial != self->saved_serial;
}

/**
 * rampart_workspace_get_save_error:
 * @self: a #RampartWorkspace
 *
 * Returns: (nullable) (transfer none): why the last save failed, if it did
 */
const GError *
rampart_workspace_get_save_error (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->save_error;
}

guint
rampart_workspace_get_autosave_delay (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), 0);

  return self->autosave_delay;
}

void
rampart_workspace_set_autosave_delay (RampartWorkspace *self,
                                      guint             delay_ms)
{
  g_return_if_fail (RAMPART_IS_WORKSPACE (self));

  if (self->autosave_delay == delay_ms)
    return;

  self->autosave_delay = delay_ms;
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (rampart_workspace_get_has_unsaved_changes (self))
    schedule_autosave (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_DELAY]);
}

/**
 * rampart_workspace_save:
 * @self: a #RampartWorkspace
 * @error: return location for a #GError
 *
 * Writes the working copy to its file now, if it has unsaved changes. On
 * failure the edits stay in memory, #RampartWorkspace:save-error tells why,
 * and rampart_workspace_save_as() can put them elsewhere.
 *
 * Returns: %TRUE if the file holds every edit
 */
gboolean
rampart_workspace_save (RampartWorkspace  *self,
                        GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  char *etag = NULL;
  guint64 serial;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (!self->closed, FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  wait_for_job (self);

  if (!rampart_workspace_get_has_unsaved_changes (self))
    return TRUE;

  serial = self->change_serial;
  bytes = serialize (self, &local_error);
  if (bytes == NULL || !write_file (self->file, bytes, self->etag, &etag, &local_error))
    {
      set_save_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  saved (self, serial, etag);
  return TRUE;
}

/**
 * rampart_workspace_save_as:
 * @self: a #RampartWorkspace
 * @file: the new file
 * @error: return location for a #GError
 *
 * Writes the working copy to @file, replacing whatever is there, and makes
 * @file the workspace's file from now on.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_workspace_save_as (RampartWorkspace  *self,
                           GFile             *file,
                           GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  char *etag = NULL;
  guint64 serial;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (!self->closed, FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  wait_for_job (self);

  serial = self->change_serial;
  bytes = serialize (self, &local_error);
  if (bytes == NULL || !write_file (file, bytes, NULL, &etag, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!g_file_equal (file, self->file))
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }

  saved (self, serial, etag);
  return TRUE;
}

/**
 * rampart_workspace_close:
 * @self: a #RampartWorkspace
 * @error: return location for a #GError
 *
 * Saves any unsaved edits and stops autosaving. If the save fails, the
 * workspace stays open with its edits, so that they can be saved under
 * another name; call rampart_workspace_close() again afterwards.
 *
 * Returns: %TRUE if the workspace is closed with every edit in its file
 */
gboolean
rampart_workspace_close (RampartWorkspace  *self,
                         GError           **error)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), FALSE);

  if (self->closed)
    return TRUE;

  if (!rampart_workspace_save (self, error))
    return FALSE;

  self->closed = TRUE;
  return TRUE;
}

/**
 * rampart_workspace_close_discarding:
 * @self: a #RampartWorkspace
 *
 * Closes the workspace without saving, after the person chose to discard
 * edits that could not be saved.
 */
void
rampart_workspace_close_discarding (RampartWorkspace *self)
{
  g_return_if_fail (RAMPART_IS_WORKSPACE (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  wait_for_job (self);
  self->closed = TRUE;
}

gboolean
rampart_workspace_get_closed (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), TRUE);

  return self->closed;
}

/**
 * rampart_workspace_get_history:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the undo history of the workspace's edits
 */
RampartHistory *
rampart_workspace_get_history (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->history;
}

/**
 * rampart_workspace_get_organisation:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the organisation profile; setting its
 *   properties edits the workspace
 */
RampartOrganisation *
rampart_workspace_get_organisation (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->organisation;
}

/**
 * rampart_workspace_get_controls:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the controls, a list of #RampartControl in
 *   catalogue order
 */
GListModel *
rampart_workspace_get_controls (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->controls);
}

/**
 * rampart_workspace_get_document_control:
 * @self: a #RampartWorkspace
 * @document_id: a document's identifier, such as "ISMS-ORG"
 *
 * Returns: (transfer none): the document's control data (version, owner,
 *   approver, dates); setting its properties edits the workspace
 */
RampartDocumentControl *
rampart_workspace_get_document_control (RampartWorkspace *self,
                                        const char       *document_id)
{
  RampartDocumentControl *record;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (document_id != NULL, NULL);

  record = g_hash_table_lookup (self->document_controls, document_id);
  if (record != NULL)
    return record;

  record = _rampart_document_control_load (self, document_id, &error);
  if (record == NULL)
    {
      /* The file was checked when it opened: this is a programming error. */
      g_critical ("Could not read the control data of %s: %s", document_id, error->message);
      return NULL;
    }

  g_hash_table_insert (self->document_controls, g_strdup (document_id), record);
  return record;
}

/**
 * rampart_workspace_get_context_issues:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the internal and external issues (clause 4.1),
 *   a list of #RampartContextIssue
 */
RampartRecordList *
rampart_workspace_get_context_issues (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->context_issues;
}

/**
 * rampart_workspace_get_interested_parties:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the interested parties (clause 4.2), a list of
 *   #RampartInterestedParty, each with its requirements
 */
RampartRecordList *
rampart_workspace_get_interested_parties (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->interested_parties;
}

/**
 * rampart_workspace_get_scope:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the scope statement and summary (clause 4.3)
 */
RampartScope *
rampart_workspace_get_scope (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->scope;
}

/**
 * rampart_workspace_get_scope_items:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): what the scope includes, excludes and meets at
 *   its boundary, a list of #RampartScopeItem
 */
RampartRecordList *
rampart_workspace_get_scope_items (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->scope_items;
}

/**
 * rampart_workspace_get_roles:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the roles of the ISMS (clause 5.3), a list of
 *   #RampartRole, starting with the ISMS manager and the sponsor
 */
RampartRecordList *
rampart_workspace_get_roles (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->roles;
}

/**
 * rampart_workspace_get_assets:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the asset inventory (Annex A 5.9), a list of
 *   #RampartAsset
 */
RampartRecordList *
rampart_workspace_get_assets (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->assets;
}

/**
 * rampart_workspace_get_threats:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the catalogue of threats, a list of
 *   #RampartThreat
 */
RampartRecordList *
rampart_workspace_get_threats (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->threats;
}

/**
 * rampart_workspace_get_vulnerabilities:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the catalogue of vulnerabilities, a list of
 *   #RampartVulnerability
 */
RampartRecordList *
rampart_workspace_get_vulnerabilities (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->vulnerabilities;
}

/**
 * rampart_workspace_get_risks:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the risk register, a list of #RampartRisk, each
 *   with the actions of its treatment
 */
RampartRecordList *
rampart_workspace_get_risks (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->risks;
}

/**
 * rampart_workspace_get_soa_entries:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the Statement of Applicability, a list of
 *   #RampartSoaEntry: the Annex A controls in their order, then the
 *   organisation's own
 */
RampartRecordList *
rampart_workspace_get_soa_entries (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->soa_entries;
}

/**
 * rampart_workspace_get_policies:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): the policy register, a list of #RampartPolicy
 */
RampartRecordList *
rampart_workspace_get_policies (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->policies;
}

/**
 * rampart_workspace_find_control:
 * @self: a #RampartWorkspace
 * @control_id: an Annex A control's id, such as "8.13"
 *
 * Returns: (transfer none) (nullable): the control of the catalogue
 */
RampartControl *
rampart_workspace_find_control (RampartWorkspace *self,
                                const char       *control_id)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  if (self->controls_by_id == NULL || control_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->controls_by_id, control_id);
}

/**
 * rampart_workspace_find_requirement:
 * @self: a #RampartWorkspace
 * @requirement_id: a requirement's id
 * @party: (out) (optional) (transfer none): the interested party it belongs to
 *
 * Returns: (transfer none) (nullable): the requirement, if it was not deleted
 */
RampartRequirement *
rampart_workspace_find_requirement (RampartWorkspace        *self,
                                    gint64                   requirement_id,
                                    RampartInterestedParty **party)
{
  GListModel *parties;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  if (party != NULL)
    *party = NULL;
  if (self->interested_parties == NULL || requirement_id == 0)
    return NULL;

  parties = G_LIST_MODEL (self->interested_parties);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(RampartRecord) candidate = g_list_model_get_item (parties, i);
      RampartRecord *found = rampart_record_list_get_by_id (rampart_record_get_children (candidate),
                                                            requirement_id);

      if (found != NULL)
        {
          if (party != NULL)
            *party = RAMPART_INTERESTED_PARTY (candidate);
          return RAMPART_REQUIREMENT (found);
        }
    }

  return NULL;
}

/*
 * The number of the next control of the organisation's own, as in ORG-4:
 * one more than any used by a control, a risk or an issued version, so
 * that a link made to a deleted control never points to a new one.
 */
gint64
_rampart_workspace_next_own_control (RampartWorkspace  *self,
                                     GError           **error)
{
  g_autoptr(RampartCachedStatement) stmt = NULL;
  gint64 highest = 0;
  int rc;

  stmt = _rampart_workspace_prepare_cached (self,
                                            "SELECT control_id FROM soa_entry WHERE own = 1"
                                            " UNION SELECT control_id FROM risk_control"
                                            " UNION SELECT control_id FROM risk_action"
                                            " UNION SELECT control_id FROM soa_version_entry",
                                            error);
  if (stmt == NULL)
    return 0;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = rampart_db_column_text (stmt, 0);

      if (g_str_has_prefix (id, "ORG-") && g_ascii_isdigit (id[4]))
        highest = MAX (highest, (gint64) g_ascii_strtoll (id + 4, NULL, 10));
    }
  if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, self->db, rc);
      return 0;
    }

  return highest + 1;
}

/**
 * rampart_workspace_get_risk_method:
 * @self: a #RampartWorkspace
 *
 * Returns: (transfer none): how the workspace rates risks; replaced as a
 *   whole (see #RampartWorkspace:risk-method), never changed in place
 */
RampartRiskMethod *
rampart_workspace_get_risk_method (RampartWorkspace *self)
{
  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  return self->risk_method;
}

/**
 * rampart_workspace_preview_risk_method:
 * @self: a #RampartWorkspace
 * @method: a method that would replace the workspace's
 *
 * Tells what rampart_workspace_set_risk_method() would do to the risks
 * already rated, without doing it.
 *
 * Returns: (transfer full): a list of #RampartRatingChange, one for each
 *   rating whose band or levels would change
 */
GListModel *
rampart_workspace_preview_risk_method (RampartWorkspace  *self,
                                       RampartRiskMethod *method)
{
  GListStore *changes = g_list_store_new (RAMPART_TYPE_RATING_CHANGE);
  GListModel *risks;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (method), NULL);

  risks = G_LIST_MODEL (self->risks);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(RampartRisk) risk = g_list_model_get_item (risks, i);
      guint before[RAMPART_RISK_N_LEVELS], after[RAMPART_RISK_N_LEVELS];

      _rampart_risk_get_levels (risk, before);
      _rampart_risk_remap_levels (risk, self->risk_method, method, after);

      for (RampartRiskStage stage = RAMPART_RISK_INHERENT; stage <= RAMPART_RISK_RESIDUAL; stage++)
        {
          guint old_band = _rampart_risk_rate_levels (self->risk_method, before, stage);
          guint new_band = _rampart_risk_rate_levels (method, after, stage);
          guint first = stage == RAMPART_RISK_INHERENT ? 0 : 5;
          gboolean rescaled = memcmp (&before[first], &after[first], 5 * sizeof (guint)) != 0;

          if (old_band != new_band || rescaled)
            {
              g_autoptr(RampartRatingChange) change = rampart_rating_change_new (risk, stage, old_band,
                                                                                  new_band, rescaled);

              g_list_store_append (changes, change);
            }
        }
    }

  return G_LIST_MODEL (changes);
}

typedef struct
{
  RampartWorkspace  *workspace;
  RampartRiskMethod *method;
} MethodEdit;

static void
method_edit_free (gpointer data)
{
  MethodEdit *edit = data;

  g_object_unref (edit->method);
  g_free (edit);
}

/* Puts @method in the file and in place of the workspace's. */
static gboolean
replace_method (RampartWorkspace   *self,
                RampartRiskMethod  *method,
                GError            **error)
{
  if (!_rampart_risk_method_store (self->db, method, error))
    return FALSE;

  g_set_object (&self->risk_method, method);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK_METHOD]);
  _rampart_workspace_mark_changed (self);

  return TRUE;
}

/* Undo and redo swap the method in the workspace with the one kept here. */
static void
swap_method_cb (gpointer data)
{
  MethodEdit *edit = data;
  g_autoptr(RampartRiskMethod) other = g_object_ref (edit->workspace->risk_method);
  g_autoptr(GError) error = NULL;

  if (edit->workspace->closed || !replace_method (edit->workspace, edit->method, &error))
    {
      if (error != NULL)
        g_warning ("Could not restore the risk method: %s", error->message);
      return;
    }

  g_set_object (&edit->method, other);
}

/**
 * rampart_workspace_set_risk_method:
 * @self: a #RampartWorkspace
 * @method: the new method, which the workspace keeps as it is
 * @error: return location for a #GError
 *
 * Replaces the workspace's risk method, and places the levels of every
 * risk on the new scales as rampart_workspace_preview_risk_method() showed,
 * as one edit.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_workspace_set_risk_method (RampartWorkspace   *self,
                                   RampartRiskMethod  *method,
                                   GError            **error)
{
  g_autoptr(RampartRiskMethod) old = NULL;
  GListModel *risks;
  MethodEdit *edit;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (method), FALSE);

  if (rampart_risk_method_equal (method, self->risk_method))
    return TRUE;

  old = g_object_ref (self->risk_method);
  if (!replace_method (self, method, error))
    return FALSE;

  rampart_history_begin_group (self->history, _("change to the risk method"));

  edit = g_new0 (MethodEdit, 1);
  edit->workspace = self;
  edit->method = g_object_ref (old);
  rampart_history_push (self->history, _("change to the risk method"), swap_method_cb, swap_method_cb,
                        edit, method_edit_free, NULL);

  risks = G_LIST_MODEL (self->risks);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(RampartRisk) risk = g_list_model_get_item (risks, i);
      guint levels[RAMPART_RISK_N_LEVELS];

      _rampart_risk_remap_levels (risk, old, method, levels);
      _rampart_risk_set_levels (risk, levels);
    }

  rampart_history_end_group (self->history);

  return TRUE;
}

/**
 * rampart_workspace_count_records:
 * @self: a #RampartWorkspace
 * @error: return location for a #GError
 *
 * Counts the records of each kind, for `rampart info` and the like.
 *
 * Returns: (transfer full) (element-type RampartRecordCount): the counts
 */
GArray *
rampart_workspace_count_records (RampartWorkspace  *self,
                                 GError           **error)
{
  static const struct {
    const char *kind;
    const char *label;
    const char *sql;
  } kinds[] = {
    { "organisation", N_("Organisation profile"), "SELECT count(*) FROM organisation" },
    { "controls", N_("Annex A controls"),
      "SELECT count(*) FROM control WHERE source = 'annex-a-2022'" },
    { "document-controls", N_("Documents with control data"),
      "SELECT count(*) FROM document_control" },
    { "context-issues", N_("Context issues"), "SELECT count(*) FROM context_issue" },
    { "interested-parties", N_("Interested parties"), "SELECT count(*) FROM interested_party" },
    { "requirements", N_("Requirements of interested parties"), "SELECT count(*) FROM party_requirement" },
    { "scope-items", N_("Scope entries"), "SELECT count(*) FROM scope_item" },
    { "roles", N_("Roles"), "SELECT count(*) FROM role" },
    { "assets", N_("Assets"), "SELECT count(*) FROM asset" },
    { "threats", N_("Threats"), "SELECT count(*) FROM threat" },
    { "vulnerabilities", N_("Vulnerabilities"), "SELECT count(*) FROM vulnerability" },
    { "risks", N_("Risks"), "SELECT count(*) FROM risk" },
    { "risk-actions", N_("Actions of the risk treatment plan"), "SELECT count(*) FROM risk_action" },
    { "soa-decided", N_("Controls decided in the Statement of Applicability"),
      "SELECT count(*) FROM soa_entry WHERE applicability <> 'undecided'" },
    { "own-controls", N_("Controls of the organisation's own"), "SELECT count(*) FROM soa_entry WHERE own = 1" },
    { "soa-versions", N_("Issued versions of the Statement of Applicability"), "SELECT count(*) FROM soa_version" },
    { "policies", N_("Policies"), "SELECT count(*) FROM policy" },
    { "approved-policies", N_("Policies in force"),
      "SELECT count(*) FROM policy WHERE status <> 'retired' AND EXISTS"
      " (SELECT 1 FROM policy_revision WHERE policy_id = policy.id)" },
    { "policy-revisions", N_("Approved revisions of policies"), "SELECT count(*) FROM policy_revision" },
  };
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (RampartRecordCount));

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      RampartRecordCount count = { kinds[i].kind, _(kinds[i].label), 0 };

      if (!rampart_db_query_int (self->db, kinds[i].sql, &count.count, error))
        return NULL;
      g_array_append_val (counts, count);
    }

  return g_steal_pointer (&counts);
}
