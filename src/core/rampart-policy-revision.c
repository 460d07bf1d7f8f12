/* rampart-policy-revision.c: a policy as it read when it was approved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-policy-revision"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-placeholders.h"
#include "rampart-policy-private.h"
#include "rampart-workspace-private.h"

/*
 * Approving a policy copies it, text and control data, into a row of its
 * own that no statement of Rampart ever updates: what was approved stays
 * as it was approved, whatever happens to the policy later. The policy as
 * it reads now is read into the same shape, marked as a draft unless it
 * is approved, so that the editor's preview, the history, the printout
 * and the pack show either the same way.
 */

struct _RampartPolicyRevision
{
  GObject            parent_instance;

  GWeakRef           policy;
  gint64             id;       /* its row, 0 for the policy as it reads now */
  gboolean           draft;
  char              *version;
  char              *approved_by;
  char              *approved_on;
  char              *change_summary;
  char              *identifier;
  char              *title;
  RampartPolicyKind  kind;
  char              *owner;
  char              *approver;
  char              *audience;
  char              *effective_on;
  char              *next_review;
  char              *body;
};

G_DEFINE_FINAL_TYPE (RampartPolicyRevision, rampart_policy_revision, G_TYPE_OBJECT)

static void
rampart_policy_revision_finalize (GObject *object)
{
  RampartPolicyRevision *self = RAMPART_POLICY_REVISION (object);

  g_weak_ref_clear (&self->policy);
  g_free (self->version);
  g_free (self->approved_by);
  g_free (self->approved_on);
  g_free (self->change_summary);
  g_free (self->identifier);
  g_free (self->title);
  g_free (self->owner);
  g_free (self->approver);
  g_free (self->audience);
  g_free (self->effective_on);
  g_free (self->next_review);
  g_free (self->body);

  G_OBJECT_CLASS (rampart_policy_revision_parent_class)->finalize (object);
}

static void
rampart_policy_revision_class_init (RampartPolicyRevisionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rampart_policy_revision_finalize;
}

static void
rampart_policy_revision_init (RampartPolicyRevision *self)
{
  g_weak_ref_init (&self->policy, NULL);
}

/* The policy's own fields, as they read now. */
static RampartPolicyRevision *
copy_policy (RampartPolicy *policy)
{
  RampartPolicyRevision *self = g_object_new (RAMPART_TYPE_POLICY_REVISION, NULL);

  g_weak_ref_set (&self->policy, policy);
  self->identifier = g_strdup (rampart_policy_get_identifier (policy));
  self->title = g_strdup (rampart_policy_get_title (policy));
  self->kind = rampart_policy_get_kind (policy);
  self->owner = g_strdup (rampart_policy_get_owner (policy));
  self->approver = g_strdup (rampart_policy_get_approver (policy));
  self->audience = g_strdup (rampart_policy_get_audience (policy));
  self->effective_on = g_strdup (rampart_policy_get_effective_on (policy));
  self->next_review = g_strdup (rampart_policy_get_next_review (policy));
  self->body = g_strdup (rampart_policy_get_body (policy));

  return self;
}

/**
 * rampart_policy_revision_new_current:
 * @policy: a policy
 *
 * Reads the policy as it is now. An approved or retired policy reads as
 * its last revision, with its dates as they are now; any other is a
 * draft of the version it would become.
 *
 * Returns: (transfer full): the policy as it reads now
 */
RampartPolicyRevision *
rampart_policy_revision_new_current (RampartPolicy *policy)
{
  RampartPolicyRevision *self;
  RampartPolicyRevision *last;
  RampartPolicyStatus status;

  g_return_val_if_fail (RAMPART_IS_POLICY (policy), NULL);

  self = copy_policy (policy);
  last = rampart_policy_get_last_revision (policy);
  status = rampart_policy_get_status (policy);

  if (last != NULL && (status == RAMPART_POLICY_APPROVED || status == RAMPART_POLICY_RETIRED))
    {
      self->version = g_strdup (last->version);
      self->approved_by = g_strdup (last->approved_by);
      self->approved_on = g_strdup (last->approved_on);
      self->change_summary = g_strdup (last->change_summary);
    }
  else
    {
      self->draft = TRUE;
      self->version = rampart_policy_dup_version_label (policy);
      self->approved_by = g_strdup ("");
      self->approved_on = g_strdup ("");
      self->change_summary = g_strdup ("");
    }

  return self;
}

/* The policy as it reads now, approved as @version: not yet in the file. */
RampartPolicyRevision *
_rampart_policy_revision_new_frozen (RampartPolicy *policy,
                                     const char    *version,
                                     const char    *approved_by,
                                     const char    *approved_on,
                                     const char    *change_summary,
                                     const char    *effective_on,
                                     const char    *next_review)
{
  RampartPolicyRevision *self = copy_policy (policy);

  self->version = g_strdup (version);
  self->approved_by = g_strdup (approved_by);
  self->approved_on = g_strdup (approved_on);
  self->change_summary = g_strdup (change_summary);
  g_free (self->approver);
  self->approver = g_strdup (approved_by);
  g_free (self->effective_on);
  self->effective_on = g_strdup (effective_on);
  g_free (self->next_review);
  self->next_review = g_strdup (next_review);

  return self;
}

#define REVISION_COLUMNS \
  "version, approved_by, approved_on, change_summary, identifier, title, kind, owner, audience," \
  " effective_on, next_review, body"

/* Reads the revisions of @policy, the first first. */
GPtrArray *
_rampart_policy_revisions_load (RampartPolicy  *policy,
                                GError        **error)
{
  RampartWorkspace *workspace = _rampart_policy_get_workspace (policy);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RampartCachedStatement) stmt = NULL;
  int rc;

  stmt = _rampart_workspace_prepare_cached (workspace,
                                            "SELECT id, " REVISION_COLUMNS " FROM policy_revision"
                                            " WHERE policy_id = ?1 ORDER BY id",
                                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, rampart_record_get_id (RAMPART_RECORD (policy)));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RampartPolicyRevision *self = g_object_new (RAMPART_TYPE_POLICY_REVISION, NULL);

      g_weak_ref_set (&self->policy, policy);
      self->id = sqlite3_column_int64 (stmt, 0);
      self->version = g_strdup (rampart_db_column_text (stmt, 1));
      self->approved_by = g_strdup (rampart_db_column_text (stmt, 2));
      self->approver = g_strdup (self->approved_by);
      self->approved_on = g_strdup (rampart_db_column_text (stmt, 3));
      self->change_summary = g_strdup (rampart_db_column_text (stmt, 4));
      self->identifier = g_strdup (rampart_db_column_text (stmt, 5));
      self->title = g_strdup (rampart_db_column_text (stmt, 6));
      self->kind = rampart_enum_from_nick (RAMPART_TYPE_POLICY_KIND, rampart_db_column_text (stmt, 7),
                                          RAMPART_POLICY_KIND_TOPIC);
      self->owner = g_strdup (rampart_db_column_text (stmt, 8));
      self->audience = g_strdup (rampart_db_column_text (stmt, 9));
      self->effective_on = g_strdup (rampart_db_column_text (stmt, 10));
      self->next_review = g_strdup (rampart_db_column_text (stmt, 11));
      self->body = g_strdup (rampart_db_column_text (stmt, 12));
      g_ptr_array_add (found, self);
    }
  if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, _rampart_workspace_get_db (workspace), rc);
      return NULL;
    }

  return g_steal_pointer (&found);
}

/* Writes a new revision, or one undo took back, with the row it had. */
gboolean
_rampart_policy_revision_insert (RampartPolicyRevision  *self,
                                 GError                **error)
{
  g_autoptr(RampartPolicy) policy = g_weak_ref_get (&self->policy);
  g_autoptr(RampartCachedStatement) stmt = NULL;
  RampartWorkspace *workspace;

  g_return_val_if_fail (policy != NULL && !self->draft, FALSE);

  workspace = _rampart_policy_get_workspace (policy);
  stmt = _rampart_workspace_prepare_cached (workspace,
                                            "INSERT INTO policy_revision (id, policy_id, " REVISION_COLUMNS ")"
                                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                                            error);
  if (stmt == NULL)
    return FALSE;

  if (self->id > 0)
    sqlite3_bind_int64 (stmt, 1, self->id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, rampart_record_get_id (RAMPART_RECORD (policy)));
  sqlite3_bind_text (stmt, 3, self->version, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, self->approved_by, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, self->approved_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, self->change_summary, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, self->identifier, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, self->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, rampart_enum_get_nick (RAMPART_TYPE_POLICY_KIND, self->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, self->owner, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, self->audience, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, self->effective_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, self->next_review, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 14, self->body, -1, SQLITE_TRANSIENT);
  if (!rampart_db_step_done (stmt, error))
    return FALSE;

  if (self->id == 0)
    self->id = sqlite3_last_insert_rowid (_rampart_workspace_get_db (workspace));
  return TRUE;
}

/* Takes back a revision whose approval is undone. */
gboolean
_rampart_policy_revision_delete (RampartPolicyRevision  *self,
                                 GError                **error)
{
  g_autoptr(RampartPolicy) policy = g_weak_ref_get (&self->policy);
  g_autoptr(RampartCachedStatement) stmt = NULL;

  g_return_val_if_fail (policy != NULL && self->id > 0, FALSE);

  stmt = _rampart_workspace_prepare_cached (_rampart_policy_get_workspace (policy),
                                            "DELETE FROM policy_revision WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, self->id);
  return rampart_db_step_done (stmt, error);
}

/**
 * rampart_policy_revision_is_draft:
 * @self: a #RampartPolicyRevision
 *
 * Returns: %TRUE for a policy's text as it reads now, not approved
 */
gboolean
rampart_policy_revision_is_draft (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), FALSE);

  return self->draft;
}

/**
 * rampart_policy_revision_get_policy:
 * @self: a #RampartPolicyRevision
 *
 * Returns: (transfer full) (nullable): the policy, unless it is gone
 */
RampartPolicy *
rampart_policy_revision_get_policy (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return g_weak_ref_get (&self->policy);
}

/**
 * rampart_policy_revision_get_version:
 * @self: a #RampartPolicyRevision
 *
 * Returns: (transfer none): the version, as "1.1", or for a draft as
 *   "1.2 draft"
 */
const char *
rampart_policy_revision_get_version (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->version;
}

/**
 * rampart_policy_revision_get_approved_by:
 * @self: a #RampartPolicyRevision
 *
 * Returns: (transfer none): who approved it; empty for a draft
 */
const char *
rampart_policy_revision_get_approved_by (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->approved_by;
}

/**
 * rampart_policy_revision_get_approved_on:
 * @self: a #RampartPolicyRevision
 *
 * Returns: (transfer none): when, as YYYY-MM-DD; empty for a draft
 */
const char *
rampart_policy_revision_get_approved_on (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->approved_on;
}

const char *
rampart_policy_revision_get_change_summary (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->change_summary;
}

const char *
rampart_policy_revision_get_identifier (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->identifier;
}

const char *
rampart_policy_revision_get_title (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->title;
}

RampartPolicyKind
rampart_policy_revision_get_kind (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), RAMPART_POLICY_KIND_TOPIC);

  return self->kind;
}

const char *
rampart_policy_revision_get_owner (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->owner;
}

/**
 * rampart_policy_revision_get_approver:
 * @self: a #RampartPolicyRevision
 *
 * Returns: (transfer none): who approved it, or for a draft who is to
 */
const char *
rampart_policy_revision_get_approver (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->approver;
}

const char *
rampart_policy_revision_get_audience (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->audience;
}

const char *
rampart_policy_revision_get_effective_on (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->effective_on;
}

const char *
rampart_policy_revision_get_next_review (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->next_review;
}

/**
 * rampart_policy_revision_get_body:
 * @self: a #RampartPolicyRevision
 *
 * Returns: (transfer none): the text in Markdown, with its placeholders
 */
const char *
rampart_policy_revision_get_body (RampartPolicyRevision *self)
{
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return self->body;
}

/**
 * rampart_policy_revision_list_earlier:
 * @self: a #RampartPolicyRevision
 *
 * Returns: (transfer container) (element-type RampartPolicyRevision): the
 *   policy's approved revisions up to this one, the first first: what a
 *   printout of it lists as its history
 */
GPtrArray *
rampart_policy_revision_list_earlier (RampartPolicyRevision *self)
{
  g_autoptr(RampartPolicy) policy = NULL;
  GPtrArray *all;

  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  policy = g_weak_ref_get (&self->policy);
  if (policy == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);

  all = rampart_policy_list_revisions (policy);
  if (self->id > 0)
    for (guint i = 0; i < all->len; i++)
      if (((RampartPolicyRevision *) g_ptr_array_index (all, i))->id == self->id)
        {
          g_ptr_array_set_size (all, i + 1);
          break;
        }

  return all;
}

/* Comparing */

void
rampart_policy_change_free (RampartPolicyChange *change)
{
  g_free (change->label);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
add_change (GPtrArray  *changes,
            const char *label,
            const char *before,
            const char *after)
{
  RampartPolicyChange *change;

  if (g_strcmp0 (before, after) == 0)
    return;

  change = g_new0 (RampartPolicyChange, 1);
  change->label = g_strdup (label);
  change->before = g_strdup (before != NULL ? before : "");
  change->after = g_strdup (after != NULL ? after : "");
  g_ptr_array_add (changes, change);
}

/**
 * rampart_policy_revision_compare:
 * @before: an earlier revision
 * @after: a later revision, or the policy as it reads now
 *
 * Compares what a revision says of the policy besides its text, which
 * rampart_text_diff() compares.
 *
 * Returns: (transfer full) (element-type RampartPolicyChange): the fields
 *   that differ, empty if none does
 */
GPtrArray *
rampart_policy_revision_compare (RampartPolicyRevision *before,
                                 RampartPolicyRevision *after)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) rampart_policy_change_free);

  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (before), changes);
  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (after), changes);

  add_change (changes, _("Identifier"), before->identifier, after->identifier);
  add_change (changes, _("Title"), before->title, after->title);
  add_change (changes, _("Kind"), rampart_enum_get_label (RAMPART_TYPE_POLICY_KIND, before->kind),
              rampart_enum_get_label (RAMPART_TYPE_POLICY_KIND, after->kind));
  add_change (changes, _("Owner"), before->owner, after->owner);
  add_change (changes, _("Audience"), before->audience, after->audience);
  add_change (changes, _("Effective date"), before->effective_on, after->effective_on);
  add_change (changes, _("Next review"), before->next_review, after->next_review);

  return changes;
}

typedef struct
{
  RampartPolicyRevision *revision;
  RampartOrganisation   *organisation;
} Fill;

static char *
lookup_cb (const char *name,
           gpointer    user_data)
{
  Fill *fill = user_data;
  RampartPolicyRevision *self = fill->revision;
  RampartOrganisation *organisation = fill->organisation;

  if (g_str_equal (name, "organisation.name"))
    return g_strdup (rampart_organisation_get_name (organisation));
  if (g_str_equal (name, "organisation.legal_name"))
    return g_strdup (rampart_organisation_get_legal_name (organisation));
  if (g_str_equal (name, "organisation.address"))
    return g_strdup (rampart_organisation_get_address (organisation));
  if (g_str_equal (name, "organisation.sector"))
    return g_strdup (rampart_organisation_get_sector (organisation));
  if (g_str_equal (name, "isms_manager"))
    return g_strdup (rampart_organisation_get_isms_manager (organisation));
  if (g_str_equal (name, "sponsor"))
    return g_strdup (rampart_organisation_get_sponsor (organisation));
  if (g_str_equal (name, "policy.id"))
    return g_strdup (self->identifier);
  if (g_str_equal (name, "policy.title"))
    return g_strdup (self->title);
  if (g_str_equal (name, "policy.version"))
    return g_strdup (self->version);
  if (g_str_equal (name, "policy.owner"))
    return g_strdup (self->owner);
  if (g_str_equal (name, "policy.approver"))
    return g_strdup (self->approver);
  if (g_str_equal (name, "policy.audience"))
    return g_strdup (self->audience);
  if (g_str_equal (name, "policy.effective_date"))
    return g_strdup (self->effective_on);
  if (g_str_equal (name, "policy.next_review"))
    return g_strdup (self->next_review);

  return NULL;
}

/**
 * rampart_policy_revision_fill:
 * @self: a #RampartPolicyRevision
 * @workspace: the workspace whose organisation the text names
 * @markdown: whether to escape the values and mark what is not filled in,
 *   as for the document engine (see rampart_placeholders_expand())
 *
 * Fills in the text's placeholders: the policy's from this revision, the
 * organisation's as they are now.
 *
 * Returns: (transfer full): the text, filled in
 */
char *
rampart_policy_revision_fill (RampartPolicyRevision *self,
                              RampartWorkspace      *workspace,
                              gboolean               markdown)
{
  Fill fill = { self, rampart_workspace_get_organisation (workspace) };

  g_return_val_if_fail (RAMPART_IS_POLICY_REVISION (self), NULL);

  return rampart_placeholders_expand (self->body, lookup_cb, &fill, markdown);
}
