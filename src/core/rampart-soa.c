/* rampart-soa.c: the Statement of Applicability as a whole: progress, issued versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-soa"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-soa.h"
#include "rampart-workspace-private.h"

/*
 * Issuing a version freezes the Statement of Applicability as it reads:
 * every line is copied, with the reasons, the codes of the risks and the
 * requirement written out, so that a later change of the register, a
 * renamed party or a deleted risk never rewrites what was approved. The
 * current decisions are read into the same shape, so that the app, the
 * pack and the exports compare and print a version and the working state
 * the same way.
 */

struct _RampartSoaVersion
{
  GObject    parent_instance;

  guint      number;
  char      *approved_by;
  char      *approved_on;
  char      *summary;
  GPtrArray *lines;
};

G_DEFINE_FINAL_TYPE (RampartSoaVersion, rampart_soa_version, G_TYPE_OBJECT)

static void
line_free (RampartSoaLine *line)
{
  g_free (line->control_id);
  g_free (line->title);
  g_strfreev (line->reasons);
  g_strfreev (line->risks);
  g_free (line->requirement);
  g_free (line->justification);
  g_free (line->owner);
  g_free (line->how);
  g_free (line->evidence);
  g_strfreev (line->policies);
  g_free (line);
}

static void
rampart_soa_version_finalize (GObject *object)
{
  RampartSoaVersion *self = RAMPART_SOA_VERSION (object);

  g_free (self->approved_by);
  g_free (self->approved_on);
  g_free (self->summary);
  g_ptr_array_unref (self->lines);

  G_OBJECT_CLASS (rampart_soa_version_parent_class)->finalize (object);
}

static void
rampart_soa_version_class_init (RampartSoaVersionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rampart_soa_version_finalize;
}

static void
rampart_soa_version_init (RampartSoaVersion *self)
{
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  self->approved_by = g_strdup ("");
  self->approved_on = g_strdup ("");
  self->summary = g_strdup ("");
}

static char *
describe_requirement (RampartWorkspace *workspace,
                      RampartSoaEntry  *entry)
{
  RampartInterestedParty *party = NULL;
  RampartRequirement *requirement;

  requirement = rampart_workspace_find_requirement (workspace, rampart_soa_entry_get_requirement_id (entry), &party);
  if (requirement == NULL || !rampart_soa_entry_has_reason (entry, RAMPART_SOA_REASON_PARTY))
    return g_strdup ("");

  return g_strdup_printf ("%s: %s", rampart_interested_party_get_name (party),
                          rampart_requirement_get_text (requirement));
}

/* The identifiers of the policies in force or in preparation that support a control. */
static GStrv
list_policies (RampartWorkspace *workspace,
               const char       *control_id)
{
  g_autoptr(GPtrArray) policies = rampart_policies_for_control (rampart_workspace_get_policies (workspace),
                                                                control_id);
  g_autoptr(GStrvBuilder) identifiers = g_strv_builder_new ();

  for (guint i = 0; i < policies->len; i++)
    g_strv_builder_add (identifiers, rampart_policy_get_identifier (g_ptr_array_index (policies, i)));

  return g_strv_builder_end (identifiers);
}

/**
 * rampart_soa_version_new_current:
 * @workspace: a workspace
 *
 * Reads the Statement of Applicability as it is now, not issued: its
 * number is 0.
 *
 * Returns: (transfer full): the current decisions
 */
RampartSoaVersion *
rampart_soa_version_new_current (RampartWorkspace *workspace)
{
  RampartSoaVersion *self = g_object_new (RAMPART_TYPE_SOA_VERSION, NULL);
  GListModel *entries = G_LIST_MODEL (rampart_workspace_get_soa_entries (workspace));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RampartSoaEntry) entry = g_list_model_get_item (entries, i);
      g_autoptr(GPtrArray) risks = rampart_soa_entry_list_risks (entry);
      g_autoptr(GStrvBuilder) reasons = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
      RampartSoaLine *line = g_new0 (RampartSoaLine, 1);

      for (guint r = 0; r < RAMPART_N_SOA_REASONS; r++)
        if (r == RAMPART_SOA_REASON_RISK ? risks->len > 0 : rampart_soa_entry_has_reason (entry, r))
          g_strv_builder_add (reasons, rampart_soa_reason_get_nick (r));
      for (guint r = 0; r < risks->len; r++)
        {
          g_autofree char *code = rampart_risk_dup_code (g_ptr_array_index (risks, r));

          g_strv_builder_add (codes, code);
        }

      line->control_id = g_strdup (rampart_soa_entry_get_control_id (entry));
      line->title = g_strdup (rampart_soa_entry_get_title (entry));
      line->applicability = rampart_soa_entry_get_applicability (entry);
      line->reasons = g_strv_builder_end (reasons);
      line->risks = g_strv_builder_end (codes);
      line->requirement = describe_requirement (workspace, entry);
      line->justification = g_strdup (rampart_soa_entry_get_justification (entry));
      line->implementation = rampart_soa_entry_get_implementation (entry);
      line->owner = g_strdup (rampart_soa_entry_get_owner (entry));
      line->how = g_strdup (rampart_soa_entry_get_how (entry));
      line->evidence = g_strdup (rampart_soa_entry_get_evidence (entry));
      line->policies = list_policies (workspace, line->control_id);
      g_ptr_array_add (self->lines, line);
    }

  return self;
}

/**
 * rampart_soa_version_get_number:
 * @self: a #RampartSoaVersion
 *
 * Returns: the version's number, counted from 1; 0 for the current
 *   decisions, not issued
 */
guint
rampart_soa_version_get_number (RampartSoaVersion *self)
{
  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (self), 0);

  return self->number;
}

const char *
rampart_soa_version_get_approved_by (RampartSoaVersion *self)
{
  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (self), NULL);

  return self->approved_by;
}

/**
 * rampart_soa_version_get_approved_on:
 * @self: a #RampartSoaVersion
 *
 * Returns: (transfer none): the date of approval, as YYYY-MM-DD
 */
const char *
rampart_soa_version_get_approved_on (RampartSoaVersion *self)
{
  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (self), NULL);

  return self->approved_on;
}

/**
 * rampart_soa_version_get_summary:
 * @self: a #RampartSoaVersion
 *
 * Returns: (transfer none): what the version changed, in the approver's words
 */
const char *
rampart_soa_version_get_summary (RampartSoaVersion *self)
{
  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (self), NULL);

  return self->summary;
}

guint
rampart_soa_version_get_n_lines (RampartSoaVersion *self)
{
  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (self), 0);

  return self->lines->len;
}

const RampartSoaLine *
rampart_soa_version_get_line (RampartSoaVersion *self,
                              guint              index)
{
  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (self), NULL);
  g_return_val_if_fail (index < self->lines->len, NULL);

  return g_ptr_array_index (self->lines, index);
}

const RampartSoaLine *
rampart_soa_version_find_line (RampartSoaVersion *self,
                               const char        *control_id)
{
  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (self), NULL);

  for (guint i = 0; i < self->lines->len; i++)
    {
      RampartSoaLine *line = g_ptr_array_index (self->lines, i);

      if (g_str_equal (line->control_id, control_id))
        return line;
    }

  return NULL;
}

static RampartSoaReason
reason_from_nick (const char *nick)
{
  for (guint r = 0; r < RAMPART_N_SOA_REASONS; r++)
    if (g_str_equal (rampart_soa_reason_get_nick (r), nick))
      return r;

  return RAMPART_N_SOA_REASONS;
}

/**
 * rampart_soa_line_dup_reasons_text:
 * @line: a line of a version
 *
 * Returns: (transfer full): the reasons in words, separated by
 *   semicolons; the risks by their codes, the requirement by its party
 */
char *
rampart_soa_line_dup_reasons_text (const RampartSoaLine *line)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; line->reasons[i] != NULL; i++)
    {
      RampartSoaReason reason = reason_from_nick (line->reasons[i]);

      if (reason == RAMPART_N_SOA_REASONS)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      if (reason == RAMPART_SOA_REASON_RISK && line->risks[0] != NULL)
        {
          g_autofree char *codes = g_strjoinv (", ", line->risks);

          /* Translators: a reason to include a control, followed by risk codes */
          g_string_append_printf (text, _("Risk treatment (%s)"), codes);
        }
      else if (reason == RAMPART_SOA_REASON_PARTY && line->requirement[0] != '\0')
        {
          g_autofree char *party = g_strdup (line->requirement);
          char *colon = strstr (party, ": ");

          if (colon != NULL)
            *colon = '\0';
          /* Translators: a reason to include a control, followed by the party's name */
          g_string_append_printf (text, _("Interested-party requirement (%s)"), party);
        }
      else
        {
          g_string_append (text, rampart_soa_reason_get_label (reason));
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Comparing */

void
rampart_soa_change_free (RampartSoaChange *change)
{
  g_free (change->control_id);
  g_free (change->title);
  g_ptr_array_unref (change->fields);
  g_free (change);
}

static void
add_field (GPtrArray  *fields,
           const char *label,
           const char *before,
           const char *after)
{
  if (g_strcmp0 (before, after) == 0)
    return;

  g_ptr_array_add (fields, g_strdup (label));
  g_ptr_array_add (fields, g_strdup (before != NULL ? before : ""));
  g_ptr_array_add (fields, g_strdup (after != NULL ? after : ""));
}

static void
compare_lines (GPtrArray            *fields,
               const RampartSoaLine *before,
               const RampartSoaLine *after)
{
  g_autofree char *reasons_before = rampart_soa_line_dup_reasons_text (before);
  g_autofree char *reasons_after = rampart_soa_line_dup_reasons_text (after);

  add_field (fields, _("Title"), before->title, after->title);
  add_field (fields, _("Applicability"),
             rampart_enum_get_label (RAMPART_TYPE_APPLICABILITY, before->applicability),
             rampart_enum_get_label (RAMPART_TYPE_APPLICABILITY, after->applicability));
  add_field (fields, _("Reasons"), reasons_before, reasons_after);
  add_field (fields, _("Requirement"), before->requirement, after->requirement);
  add_field (fields, _("Justification"), before->justification, after->justification);
  add_field (fields, _("Implementation"),
             rampart_enum_get_label (RAMPART_TYPE_IMPLEMENTATION, before->implementation),
             rampart_enum_get_label (RAMPART_TYPE_IMPLEMENTATION, after->implementation));
  add_field (fields, _("Owner"), before->owner, after->owner);
  add_field (fields, _("How it is implemented"), before->how, after->how);
  add_field (fields, _("Evidence"), before->evidence, after->evidence);
  {
    g_autofree char *policies_before = g_strjoinv (", ", before->policies);
    g_autofree char *policies_after = g_strjoinv (", ", after->policies);

    add_field (fields, _("Policies"), policies_before, policies_after);
  }
}

static RampartSoaChange *
change_new (const RampartSoaLine *line)
{
  RampartSoaChange *change = g_new0 (RampartSoaChange, 1);

  change->control_id = g_strdup (line->control_id);
  change->title = g_strdup (line->title);
  change->fields = g_ptr_array_new_with_free_func (g_free);

  return change;
}

/**
 * rampart_soa_version_compare:
 * @before: an earlier version
 * @after: a later version, or the current decisions
 *
 * Returns: (transfer container) (element-type RampartSoaChange): the
 *   controls that changed, added or removed, in the later version's order
 *   and then the removed ones; empty if the two say the same
 */
GPtrArray *
rampart_soa_version_compare (RampartSoaVersion *before,
                             RampartSoaVersion *after)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_soa_change_free);

  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (before), changes);
  g_return_val_if_fail (RAMPART_IS_SOA_VERSION (after), changes);

  for (guint i = 0; i < after->lines->len; i++)
    {
      const RampartSoaLine *line = g_ptr_array_index (after->lines, i);
      const RampartSoaLine *old = rampart_soa_version_find_line (before, line->control_id);
      RampartSoaChange *change = change_new (line);

      if (old == NULL)
        add_field (change->fields, _("Control"), "", _("Added"));
      else
        compare_lines (change->fields, old, line);

      if (change->fields->len > 0)
        g_ptr_array_add (changes, change);
      else
        rampart_soa_change_free (change);
    }

  for (guint i = 0; i < before->lines->len; i++)
    {
      const RampartSoaLine *line = g_ptr_array_index (before->lines, i);

      if (rampart_soa_version_find_line (after, line->control_id) == NULL)
        {
          RampartSoaChange *change = change_new (line);

          add_field (change->fields, _("Control"), _("Present"), "");
          g_ptr_array_add (changes, change);
        }
    }

  return changes;
}

/**
 * rampart_soa_count:
 * @workspace: a workspace
 * @progress: (out): where to count
 *
 * Counts the decisions of the Statement of Applicability.
 */
void
rampart_soa_count (RampartWorkspace   *workspace,
                   RampartSoaProgress *progress)
{
  GListModel *entries = G_LIST_MODEL (rampart_workspace_get_soa_entries (workspace));

  memset (progress, 0, sizeof *progress);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RampartSoaEntry) entry = g_list_model_get_item (entries, i);

      progress->total++;
      switch (rampart_soa_entry_get_applicability (entry))
        {
        case RAMPART_APPLICABILITY_INCLUDED:
          progress->decided++;
          progress->included++;
          if (rampart_soa_entry_get_implementation (entry) == RAMPART_IMPLEMENTATION_IMPLEMENTED)
            progress->implemented++;
          break;

        case RAMPART_APPLICABILITY_EXCLUDED:
          progress->decided++;
          progress->excluded++;
          break;

        case RAMPART_APPLICABILITY_UNDECIDED:
        default:
          break;
        }
      if (rampart_soa_entry_get_to_review (entry))
        progress->to_review++;
    }
}

/* Issued versions in the file */

static GStrv
split (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (text, ";", -1);
}

/**
 * rampart_workspace_list_soa_versions:
 * @workspace: a workspace
 * @error: return location for an error
 *
 * Returns: (transfer container) (element-type RampartSoaVersion): every
 *   issued version, the first first
 */
GPtrArray *
rampart_workspace_list_soa_versions (RampartWorkspace  *workspace,
                                     GError           **error)
{
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(RampartCachedStatement) heads = NULL;
  g_autoptr(RampartCachedStatement) lines = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3 *db = _rampart_workspace_get_db (workspace);
  int rc;

  heads = _rampart_workspace_prepare_cached (workspace,
                                             "SELECT id, number, approved_by, approved_on, summary"
                                             " FROM soa_version ORDER BY number",
                                             error);
  if (heads == NULL)
    return NULL;
  while ((rc = sqlite3_step (heads)) == SQLITE_ROW)
    {
      RampartSoaVersion *version = g_object_new (RAMPART_TYPE_SOA_VERSION, NULL);

      version->number = (guint) CLAMP (sqlite3_column_int64 (heads, 1), 1, G_MAXUINT);
      g_free (version->approved_by);
      g_free (version->approved_on);
      g_free (version->summary);
      version->approved_by = g_strdup (rampart_db_column_text (heads, 2));
      version->approved_on = g_strdup (rampart_db_column_text (heads, 3));
      version->summary = g_strdup (rampart_db_column_text (heads, 4));
      g_ptr_array_add (versions, version);
      g_array_append_val (ids, *(gint64[]) { sqlite3_column_int64 (heads, 0) });
    }
  if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, db, rc);
      return NULL;
    }
  for (guint i = 0; i < versions->len; i++)
    g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), g_ptr_array_index (versions, i));

  lines = _rampart_workspace_prepare_cached (workspace,
                                             "SELECT version_id, control_id, title, applicability, reasons, risks,"
                                             " justification, implementation, owner, how, evidence, policies"
                                             " FROM soa_version_entry ORDER BY version_id, position",
                                             error);
  if (lines == NULL)
    return NULL;
  while ((rc = sqlite3_step (lines)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (lines, 0);
      RampartSoaVersion *version = g_hash_table_lookup (by_id, &id);
      RampartSoaLine *line;
      g_auto(GStrv) reasons = NULL;

      if (version == NULL)
        continue;

      line = g_new0 (RampartSoaLine, 1);
      line->control_id = g_strdup (rampart_db_column_text (lines, 1));
      line->title = g_strdup (rampart_db_column_text (lines, 2));
      line->applicability = rampart_enum_from_nick (RAMPART_TYPE_APPLICABILITY, rampart_db_column_text (lines, 3),
                                                    RAMPART_APPLICABILITY_UNDECIDED);
      /* The requirement is kept after the reasons' nicks, behind a tab. */
      reasons = g_strsplit (rampart_db_column_text (lines, 4), "\t", 2);
      line->reasons = split (reasons[0]);
      line->requirement = g_strdup (reasons[0] != NULL && reasons[1] != NULL ? reasons[1] : "");
      line->risks = split (rampart_db_column_text (lines, 5));
      line->justification = g_strdup (rampart_db_column_text (lines, 6));
      line->implementation = rampart_enum_from_nick (RAMPART_TYPE_IMPLEMENTATION, rampart_db_column_text (lines, 7),
                                                     RAMPART_IMPLEMENTATION_NOT_STARTED);
      line->owner = g_strdup (rampart_db_column_text (lines, 8));
      line->how = g_strdup (rampart_db_column_text (lines, 9));
      line->evidence = g_strdup (rampart_db_column_text (lines, 10));
      line->policies = split (rampart_db_column_text (lines, 11));
      g_ptr_array_add (version->lines, line);
    }
  if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, db, rc);
      return NULL;
    }

  return g_steal_pointer (&versions);
}

typedef struct
{
  RampartWorkspace  *workspace;
  RampartSoaVersion *version;
} IssueEdit;

static void
issue_edit_free (gpointer data)
{
  IssueEdit *edit = data;

  g_object_unref (edit->version);
  g_free (edit);
}

/* Writes @version into the file, inside a savepoint: all of it or nothing. */
static gboolean
put_version (RampartWorkspace   *workspace,
             RampartSoaVersion  *version,
             GError            **error)
{
  sqlite3 *db = _rampart_workspace_get_db (workspace);
  g_autoptr(RampartCachedStatement) head = NULL;
  g_autoptr(RampartCachedStatement) line_stmt = NULL;
  gint64 id;

  if (!rampart_db_exec (db, "SAVEPOINT issue_soa", error))
    return FALSE;

  head = _rampart_workspace_prepare_cached (workspace,
                                            "INSERT INTO soa_version (number, approved_by, approved_on, summary)"
                                            " VALUES (?1, ?2, ?3, ?4)",
                                            error);
  line_stmt = _rampart_workspace_prepare_cached (workspace,
                                                 "INSERT INTO soa_version_entry (version_id, position, control_id,"
                                                 " title, applicability, reasons, risks, justification, implementation,"
                                                 " owner, how, evidence, policies)"
                                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                                                 error);
  if (head == NULL || line_stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (head, 1, version->number);
  sqlite3_bind_text (head, 2, version->approved_by, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (head, 3, version->approved_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (head, 4, version->summary, -1, SQLITE_TRANSIENT);
  if (!rampart_db_step_done (head, error))
    goto fail;
  id = sqlite3_last_insert_rowid (db);

  for (guint i = 0; i < version->lines->len; i++)
    {
      RampartSoaLine *line = g_ptr_array_index (version->lines, i);
      g_autofree char *reasons = g_strjoinv (";", line->reasons);
      g_autofree char *risks = g_strjoinv (";", line->risks);
      g_autofree char *policies = g_strjoinv (";", line->policies);
      g_autofree char *reasons_column = NULL;

      reasons_column = line->requirement[0] != '\0' ? g_strdup_printf ("%s\t%s", reasons, line->requirement)
                                                    : g_strdup (reasons);
      sqlite3_reset (line_stmt);
      sqlite3_bind_int64 (line_stmt, 1, id);
      sqlite3_bind_int64 (line_stmt, 2, i);
      sqlite3_bind_text (line_stmt, 3, line->control_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (line_stmt, 4, line->title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (line_stmt, 5, rampart_enum_get_nick (RAMPART_TYPE_APPLICABILITY, line->applicability), -1, SQLITE_STATIC);
      sqlite3_bind_text (line_stmt, 6, reasons_column, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (line_stmt, 7, risks, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (line_stmt, 8, line->justification, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (line_stmt, 9, rampart_enum_get_nick (RAMPART_TYPE_IMPLEMENTATION, line->implementation), -1, SQLITE_STATIC);
      sqlite3_bind_text (line_stmt, 10, line->owner, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (line_stmt, 11, line->how, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (line_stmt, 12, line->evidence, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (line_stmt, 13, policies, -1, SQLITE_TRANSIENT);
      if (!rampart_db_step_done (line_stmt, error))
        goto fail;
    }

  if (!rampart_db_exec (db, "RELEASE issue_soa", error))
    goto fail;
  _rampart_workspace_mark_changed (workspace);
  return TRUE;

fail:
  rampart_db_exec (db, "ROLLBACK TO issue_soa; RELEASE issue_soa", NULL);
  return FALSE;
}

static void
take_version_cb (gpointer data)
{
  IssueEdit *edit = data;
  g_autoptr(RampartCachedStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = _rampart_workspace_prepare_cached (edit->workspace, "DELETE FROM soa_version WHERE number = ?1", &error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, edit->version->number);
      if (rampart_db_step_done (stmt, &error))
        {
          _rampart_workspace_mark_changed (edit->workspace);
          return;
        }
    }
  g_critical ("Could not withdraw version %u: %s", edit->version->number, error->message);
}

static void
put_version_cb (gpointer data)
{
  IssueEdit *edit = data;
  g_autoptr(GError) error = NULL;

  if (!put_version (edit->workspace, edit->version, &error))
    g_critical ("Could not issue version %u again: %s", edit->version->number, error->message);
}

/**
 * rampart_workspace_issue_soa_version:
 * @workspace: a workspace
 * @approved_by: who approved it
 * @approved_on: when, as YYYY-MM-DD
 * @summary: what changed, in a sentence or two
 * @error: return location for an error
 *
 * Freezes the current Statement of Applicability as the next numbered
 * version, as one edit that undo withdraws.
 *
 * Returns: (transfer full): the new version, or %NULL with @error set
 */
RampartSoaVersion *
rampart_workspace_issue_soa_version (RampartWorkspace  *workspace,
                                     const char        *approved_by,
                                     const char        *approved_on,
                                     const char        *summary,
                                     GError           **error)
{
  g_autoptr(RampartSoaVersion) version = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *label = NULL;
  IssueEdit *edit;

  g_return_val_if_fail (RAMPART_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (approved_by != NULL && approved_on != NULL && summary != NULL, NULL);

  versions = rampart_workspace_list_soa_versions (workspace, error);
  if (versions == NULL)
    return NULL;

  version = rampart_soa_version_new_current (workspace);
  version->number = versions->len > 0
                    ? rampart_soa_version_get_number (g_ptr_array_index (versions, versions->len - 1)) + 1
                    : 1;
  g_free (version->approved_by);
  g_free (version->approved_on);
  g_free (version->summary);
  version->approved_by = g_strdup (approved_by);
  version->approved_on = g_strdup (approved_on);
  version->summary = g_strdup (summary);

  if (!put_version (workspace, version, error))
    return NULL;

  edit = g_new0 (IssueEdit, 1);
  edit->workspace = workspace;
  edit->version = g_object_ref (version);
  /* Translators: what undo would revert, as in "Undo issue of version 3" */
  label = g_strdup_printf (_("issue of version %u"), version->number);
  rampart_history_push (rampart_workspace_get_history (workspace), label,
                        take_version_cb, put_version_cb, edit, issue_edit_free, NULL);

  return g_steal_pointer (&version);
}
