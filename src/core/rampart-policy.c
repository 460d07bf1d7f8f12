/* rampart-policy.c: a policy of the register, with its approval and revisions (5.2, 7.5, A 5.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-policy"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-placeholders.h"
#include "rampart-policy-private.h"
#include "rampart-record-private.h"
#include "rampart-workspace-private.h"

/*
 * A policy, topic-specific policy, procedure or standard, under document
 * control (clause 7.5): it is written as a draft, may go to its approver
 * for review, and is approved, which freezes its text as a numbered
 * revision that nothing changes afterwards. The text in force is always
 * the last revision's: editing an approved policy starts the next draft,
 * and the pack goes on printing the approved text until that draft is
 * approved in turn. A policy that was ever approved is retired, never
 * deleted, so that its history stays.
 */

struct _RampartPolicy
{
  RampartRecord  parent_instance;

  /* Of RampartPolicyRevision, oldest first; NULL until first asked for */
  GPtrArray     *revisions;
};

G_DEFINE_FINAL_TYPE (RampartPolicy, rampart_policy, RAMPART_TYPE_RECORD)

G_DEFINE_QUARK (rampart-policy-error-quark, rampart_policy_error)

enum {
  PROP_0,
  PROP_IDENTIFIER,
  PROP_TITLE,
  PROP_KIND,
  PROP_OWNER,
  PROP_APPROVER,
  PROP_STATUS,
  PROP_EFFECTIVE_ON,
  PROP_NEXT_REVIEW,
  PROP_AUDIENCE,
  PROP_BODY,
  PROP_TEMPLATE,
  PROP_DRAFT_IN_PACK,
  /* Links, kept in a table of their own; last, since they have no column. */
  PROP_CONTROL_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_REVISIONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define STORE(column) "UPDATE policy SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_IDENTIFIER] = STORE ("identifier"),
  [PROP_TITLE] = STORE ("title"),
  [PROP_KIND] = STORE ("kind"),
  [PROP_OWNER] = STORE ("owner"),
  [PROP_APPROVER] = STORE ("approver"),
  [PROP_STATUS] = STORE ("status"),
  [PROP_EFFECTIVE_ON] = STORE ("effective_on"),
  [PROP_NEXT_REVIEW] = STORE ("next_review"),
  [PROP_AUDIENCE] = STORE ("audience"),
  [PROP_BODY] = STORE ("body"),
  [PROP_TEMPLATE] = STORE ("template"),
  [PROP_DRAFT_IN_PACK] = STORE ("draft_in_pack"),
};

#define COLUMNS \
  "identifier, title, kind, owner, approver, status, effective_on, next_review, audience, body, template, draft_in_pack"

static gboolean store_link (RampartRecord  *record,
                            guint           prop_id,
                            const GValue   *value,
                            GError        **error);
static gboolean load_links (RampartRecord  *record,
                            GError        **error);

static const RampartRecordTable table = {
  N_("policy"),
  "SELECT id, position, " COLUMNS " FROM policy ORDER BY position, id",
  "INSERT INTO policy (id, position, " COLUMNS ")"
    " VALUES (?1, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
  "DELETE FROM policy WHERE id = ?1",
  NULL,
  store_link,
  load_links,
};

/* The controls the policy supports: the whole set is written again on each change. */
static gboolean
store_link (RampartRecord  *record,
            guint           prop_id,
            const GValue   *value,
            GError        **error)
{
  g_return_val_if_fail (prop_id == PROP_CONTROL_IDS, FALSE);

  return _rampart_control_links_store (_rampart_record_get_workspace (record),
                                       "DELETE FROM policy_control WHERE policy_id = ?1",
                                       "INSERT OR IGNORE INTO policy_control (policy_id, control_id) VALUES (?1, ?2)",
                                       rampart_record_get_id (record), g_value_get_boxed (value), error);
}

static gboolean
load_links (RampartRecord  *record,
            GError        **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GStrv ids;

  ids = _rampart_control_links_load (_rampart_record_get_workspace (record),
                                     "SELECT control_id FROM policy_control WHERE policy_id = ?1",
                                     rampart_record_get_id (record), error);
  if (ids == NULL)
    return FALSE;

  g_value_init (&value, G_TYPE_STRV);
  g_value_take_boxed (&value, ids);
  _rampart_record_set_loaded (record, PROP_CONTROL_IDS, &value);
  return TRUE;
}

/* What the revision freezes: changing it after approval starts the next draft. */
static gboolean
is_content (guint prop_id)
{
  switch (prop_id)
    {
    case PROP_IDENTIFIER:
    case PROP_TITLE:
    case PROP_KIND:
    case PROP_OWNER:
    case PROP_AUDIENCE:
    case PROP_BODY:
      return TRUE;

    default:
      return FALSE;
    }
}

static void
rampart_policy_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RampartPolicy *self = RAMPART_POLICY (object);
  RampartWorkspace *workspace = _rampart_record_get_workspace (RAMPART_RECORD (self));
  RampartPolicyStatus status = rampart_policy_get_status (self);
  RampartHistory *history;
  g_autofree char *label = NULL;

  if (workspace == NULL || !is_content (prop_id) ||
      (status != RAMPART_POLICY_APPROVED && status != RAMPART_POLICY_RETIRED) ||
      rampart_record_is_deleted (RAMPART_RECORD (self)) ||
      g_param_values_cmp (pspec, rampart_record_get_value (RAMPART_RECORD (self), prop_id), value) == 0)
    {
      _rampart_record_set_property (object, prop_id, value, pspec);
      return;
    }

  history = rampart_workspace_get_history (workspace);
  if (rampart_history_is_applying (history))
    {
      _rampart_record_set_property (object, prop_id, value, pspec);
      return;
    }

  /* The approved text stays in its revision; this edit is the first of the next. */
  /* Translators: what undo would revert, as in "Undo edit of Title" */
  label = g_strdup_printf (_("edit of %s"), g_param_spec_get_nick (pspec));
  rampart_history_begin_group (history, label);
  _rampart_record_set_property (object, prop_id, value, pspec);
  g_object_set (self, "status", RAMPART_POLICY_DRAFT, NULL);
  rampart_history_end_group (history);
}

static char *
rampart_policy_dup_title (RampartRecord *record)
{
  RampartPolicy *self = RAMPART_POLICY (record);
  const char *identifier = rampart_policy_get_identifier (self);
  const char *title = rampart_policy_get_title (self);

  if (*identifier == '\0')
    return g_strdup (title);

  /* Translators: a policy's identifier and title, as in "ISMS-POL-03 Access control policy" */
  return g_strdup_printf (_("%s %s"), identifier, title);
}

/* A policy that was ever approved keeps its history: it is retired instead. */
static gboolean
rampart_policy_can_delete (RampartRecord *record)
{
  return rampart_policy_get_last_revision (RAMPART_POLICY (record)) == NULL;
}

static void
rampart_policy_finalize (GObject *object)
{
  RampartPolicy *self = RAMPART_POLICY (object);

  g_clear_pointer (&self->revisions, g_ptr_array_unref);

  G_OBJECT_CLASS (rampart_policy_parent_class)->finalize (object);
}

static void
rampart_policy_class_init (RampartPolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  object_class->set_property = rampart_policy_set_property;
  object_class->finalize = rampart_policy_finalize;
  record_class->dup_title = rampart_policy_dup_title;
  record_class->can_delete = rampart_policy_can_delete;

  properties[PROP_IDENTIFIER] = _rampart_field_text ("identifier", _("Identifier"), "");
  properties[PROP_TITLE] = _rampart_field_text ("title", _("Title"), "");
  properties[PROP_KIND] = _rampart_field_enum ("kind", _("Kind"), RAMPART_TYPE_POLICY_KIND, RAMPART_POLICY_KIND_TOPIC);
  properties[PROP_OWNER] = _rampart_field_text ("owner", _("Owner"), "");
  properties[PROP_APPROVER] = _rampart_field_text ("approver", _("Approver"), "");
  properties[PROP_STATUS] = _rampart_field_enum ("status", _("Status"), RAMPART_TYPE_POLICY_STATUS,
                                                 RAMPART_POLICY_DRAFT);
  properties[PROP_EFFECTIVE_ON] = _rampart_field_date ("effective-on", _("Effective date"));
  properties[PROP_NEXT_REVIEW] = _rampart_field_date ("next-review", _("Next review"));
  properties[PROP_AUDIENCE] = _rampart_field_text ("audience", _("Audience"), "");
  properties[PROP_BODY] = _rampart_field_text ("body", _("Text"), "");
  properties[PROP_TEMPLATE] = _rampart_field_text ("template", _("Template"), "");
  properties[PROP_DRAFT_IN_PACK] = _rampart_field_boolean ("draft-in-pack", _("Draft in the pack"), FALSE);
  properties[PROP_CONTROL_IDS] =
    g_param_spec_boxed ("control-ids", _("Controls"), NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_NAME | G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);

  /**
   * RampartPolicy::revisions-changed:
   * @self: the policy
   *
   * Emitted when a revision was added by an approval, or taken back by
   * undoing it.
   */
  signals[SIGNAL_REVISIONS_CHANGED] =
    g_signal_new ("revisions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rampart_policy_init (RampartPolicy *self)
{
}

/* Fields */

const char *
rampart_policy_get_identifier (RampartPolicy *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_IDENTIFIER);
}

const char *
rampart_policy_get_title (RampartPolicy *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_TITLE);
}

RampartPolicyKind
rampart_policy_get_kind (RampartPolicy *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_KIND);
}

const char *
rampart_policy_get_owner (RampartPolicy *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_OWNER);
}

/**
 * rampart_policy_get_approver:
 * @self: a #RampartPolicy
 *
 * Returns: (transfer none): who approves the policy; each revision says
 *   who did
 */
const char *
rampart_policy_get_approver (RampartPolicy *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_APPROVER);
}

RampartPolicyStatus
rampart_policy_get_status (RampartPolicy *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_STATUS);
}

const char *
rampart_policy_get_effective_on (RampartPolicy *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_EFFECTIVE_ON);
}

const char *
rampart_policy_get_next_review (RampartPolicy *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_NEXT_REVIEW);
}

const char *
rampart_policy_get_audience (RampartPolicy *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_AUDIENCE);
}

/**
 * rampart_policy_get_body:
 * @self: a #RampartPolicy
 *
 * Returns: (transfer none): the text as it is being written, in Markdown,
 *   with its placeholders
 */
const char *
rampart_policy_get_body (RampartPolicy *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_BODY);
}

/**
 * rampart_policy_get_template:
 * @self: a #RampartPolicy
 *
 * Returns: (transfer none): the key of the template it started from, or
 *   an empty string
 */
const char *
rampart_policy_get_template (RampartPolicy *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_TEMPLATE);
}

/**
 * rampart_policy_get_draft_in_pack:
 * @self: a #RampartPolicy
 *
 * Returns: whether the pack shows the draft, marked as one, instead of
 *   the approved text or nothing
 */
gboolean
rampart_policy_get_draft_in_pack (RampartPolicy *self)
{
  return rampart_record_get_boolean (RAMPART_RECORD (self), PROP_DRAFT_IN_PACK);
}

/**
 * rampart_policy_get_control_ids:
 * @self: a #RampartPolicy
 *
 * Returns: (transfer none): the ids of the controls the policy supports,
 *   in the order of Annex A
 */
const char * const *
rampart_policy_get_control_ids (RampartPolicy *self)
{
  const char * const *ids = g_value_get_boxed (rampart_record_get_value (RAMPART_RECORD (self), PROP_CONTROL_IDS));
  static const char * const none[] = { NULL };

  return ids != NULL ? ids : none;
}

gboolean
rampart_policy_has_control (RampartPolicy *self,
                            const char    *control_id)
{
  return g_strv_contains (rampart_policy_get_control_ids (self), control_id);
}

RampartWorkspace *
_rampart_policy_get_workspace (RampartPolicy *self)
{
  return _rampart_record_get_workspace (RAMPART_RECORD (self));
}

/* Revisions */

static GPtrArray *
revisions (RampartPolicy *self)
{
  g_autoptr(GError) error = NULL;

  if (self->revisions != NULL)
    return self->revisions;

  /* A policy not in a workspace yet was never approved. */
  if (_rampart_policy_get_workspace (self) == NULL || rampart_record_get_id (RAMPART_RECORD (self)) == 0)
    return NULL;

  self->revisions = _rampart_policy_revisions_load (self, &error);
  if (self->revisions == NULL)
    {
      g_warning ("Could not read the revisions of a policy: %s", error->message);
      self->revisions = g_ptr_array_new_with_free_func (g_object_unref);
    }

  return self->revisions;
}

/**
 * rampart_policy_list_revisions:
 * @self: a #RampartPolicy
 *
 * Returns: (transfer container) (element-type RampartPolicyRevision): the
 *   approved revisions, the first first
 */
GPtrArray *
rampart_policy_list_revisions (RampartPolicy *self)
{
  GPtrArray *all = revisions (self);
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (RAMPART_IS_POLICY (self), copy);

  for (guint i = 0; all != NULL && i < all->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (all, i)));

  return copy;
}

/**
 * rampart_policy_get_last_revision:
 * @self: a #RampartPolicy
 *
 * Returns: (transfer none) (nullable): the last approved revision, which
 *   is in force unless the policy is retired
 */
RampartPolicyRevision *
rampart_policy_get_last_revision (RampartPolicy *self)
{
  GPtrArray *all;

  g_return_val_if_fail (RAMPART_IS_POLICY (self), NULL);

  all = revisions (self);
  return all != NULL && all->len > 0 ? g_ptr_array_index (all, all->len - 1) : NULL;
}

/**
 * rampart_policy_dup_next_version:
 * @self: a #RampartPolicy
 * @major: whether the next approval changes the policy's substance
 *
 * Versions count major and minor changes: the first approval gives 1.0,
 * a later one 1.1, or 2.0 when it is major.
 *
 * Returns: (transfer full): the version the next approval gives
 */
char *
rampart_policy_dup_next_version (RampartPolicy *self,
                                 gboolean       major)
{
  RampartPolicyRevision *last = rampart_policy_get_last_revision (self);
  unsigned int number = 0, minor = 0;

  if (last == NULL)
    return g_strdup ("1.0");

  /* Someone's own numbering, such as "A", starts again from the count of revisions. */
  if (sscanf (rampart_policy_revision_get_version (last), "%u.%u", &number, &minor) < 1)
    {
      number = revisions (self)->len;
      minor = 0;
    }

  return major ? g_strdup_printf ("%u.0", number + 1) : g_strdup_printf ("%u.%u", number, minor + 1);
}

/**
 * rampart_policy_dup_version_label:
 * @self: a #RampartPolicy
 *
 * Returns: (transfer full): the version in force, as "1.1", or for a
 *   draft the version it would become, as "1.2 draft"
 */
char *
rampart_policy_dup_version_label (RampartPolicy *self)
{
  RampartPolicyRevision *last = rampart_policy_get_last_revision (self);
  RampartPolicyStatus status = rampart_policy_get_status (self);
  g_autofree char *next = NULL;

  if (last != NULL && (status == RAMPART_POLICY_APPROVED || status == RAMPART_POLICY_RETIRED))
    return g_strdup (rampart_policy_revision_get_version (last));

  next = rampart_policy_dup_next_version (self, FALSE);
  /* Translators: the version a draft would become when approved, as in "1.2 draft" */
  return g_strdup_printf (_("%s draft"), next);
}

/**
 * rampart_policy_get_review_state:
 * @self: a #RampartPolicy
 * @today: (nullable): the date to compare with, YYYY-MM-DD; %NULL for today
 *
 * A policy is in force from its first approval until it is retired, a new
 * draft or not: its review date then counts.
 *
 * Returns: how close the policy's next review is
 */
RampartReviewState
rampart_policy_get_review_state (RampartPolicy *self,
                                 const char    *today)
{
  const char *next_review = rampart_policy_get_next_review (self);
  g_autofree char *now = today != NULL ? g_strdup (today) : rampart_date_today ();
  g_autofree char *soon = NULL;

  g_return_val_if_fail (RAMPART_IS_POLICY (self), RAMPART_REVIEW_NONE);

  if (rampart_policy_get_status (self) == RAMPART_POLICY_RETIRED ||
      rampart_policy_get_last_revision (self) == NULL || *next_review == '\0')
    return RAMPART_REVIEW_NONE;

  if (strcmp (next_review, now) < 0)
    return RAMPART_REVIEW_OVERDUE;

  {
    GDate date;
    int year, month, day;
    char text[16];

    if (sscanf (now, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
        !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
      return RAMPART_REVIEW_SCHEDULED;
    g_date_clear (&date, 1);
    g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
    g_date_add_days (&date, RAMPART_POLICY_REVIEW_DUE_DAYS);
    g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                g_date_get_day (&date));
    soon = g_strdup (text);
  }

  return strcmp (next_review, soon) <= 0 ? RAMPART_REVIEW_DUE : RAMPART_REVIEW_SCHEDULED;
}

/**
 * rampart_policy_get_pack_revision:
 * @self: a #RampartPolicy
 *
 * The documentation pack shows the text in force: the last approved
 * revision, even while the next is drafted; or the draft, marked as one,
 * when someone asked for it; and nothing of a retired policy.
 *
 * Returns: (transfer full) (nullable): what the pack shows of the policy
 */
RampartPolicyRevision *
rampart_policy_get_pack_revision (RampartPolicy *self)
{
  RampartPolicyStatus status = rampart_policy_get_status (self);
  RampartPolicyRevision *last = rampart_policy_get_last_revision (self);

  g_return_val_if_fail (RAMPART_IS_POLICY (self), NULL);

  switch (status)
    {
    case RAMPART_POLICY_RETIRED:
      return NULL;

    case RAMPART_POLICY_APPROVED:
      /* Its dates may have moved since, never its text. */
      return rampart_policy_revision_new_current (self);

    case RAMPART_POLICY_DRAFT:
    case RAMPART_POLICY_IN_REVIEW:
    default:
      if (rampart_policy_get_draft_in_pack (self))
        return rampart_policy_revision_new_current (self);
      return last != NULL ? g_object_ref (last) : NULL;
    }
}

/* Workflow */

static gboolean
require_status (RampartPolicy        *self,
                RampartPolicyStatus   first,
                RampartPolicyStatus   second,
                GError              **error)
{
  RampartPolicyStatus status = rampart_policy_get_status (self);

  if (status == first || status == second)
    return TRUE;

  g_set_error (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_STATUS,
               _("The policy is %s: it cannot do that now."),
               rampart_enum_get_label (RAMPART_TYPE_POLICY_STATUS, status));
  return FALSE;
}

/**
 * rampart_policy_submit:
 * @self: a draft #RampartPolicy
 * @error: return location for an error
 *
 * Sends a draft to its approver for review.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_policy_submit (RampartPolicy  *self,
                       GError        **error)
{
  g_return_val_if_fail (RAMPART_IS_POLICY (self), FALSE);

  if (!require_status (self, RAMPART_POLICY_DRAFT, RAMPART_POLICY_DRAFT, error))
    return FALSE;

  g_object_set (self, "status", RAMPART_POLICY_IN_REVIEW, NULL);
  return TRUE;
}

/**
 * rampart_policy_return_to_draft:
 * @self: a #RampartPolicy in review
 * @error: return location for an error
 *
 * Takes a policy back from review, to change it further.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_policy_return_to_draft (RampartPolicy  *self,
                                GError        **error)
{
  g_return_val_if_fail (RAMPART_IS_POLICY (self), FALSE);

  if (!require_status (self, RAMPART_POLICY_IN_REVIEW, RAMPART_POLICY_IN_REVIEW, error))
    return FALSE;

  g_object_set (self, "status", RAMPART_POLICY_DRAFT, NULL);
  return TRUE;
}

/**
 * rampart_policy_start_revision:
 * @self: an approved #RampartPolicy
 * @error: return location for an error
 *
 * Starts the next draft of an approved policy without changing its text
 * yet, as for a review: the approved text stays in force meanwhile.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_policy_start_revision (RampartPolicy  *self,
                               GError        **error)
{
  g_return_val_if_fail (RAMPART_IS_POLICY (self), FALSE);

  if (!require_status (self, RAMPART_POLICY_APPROVED, RAMPART_POLICY_APPROVED, error))
    return FALSE;

  g_object_set (self, "status", RAMPART_POLICY_DRAFT, NULL);
  return TRUE;
}

/**
 * rampart_policy_check_ready:
 * @self: a #RampartPolicy
 * @error: return location for an error
 *
 * A policy can be approved once it has an identifier, a title and a text,
 * and its text has no place left to adapt and no placeholder Rampart does
 * not know.
 *
 * Returns: %TRUE if its text can be approved, or %FALSE with @error
 *   saying what is missing
 */
gboolean
rampart_policy_check_ready (RampartPolicy  *self,
                            GError        **error)
{
  const char *body = rampart_policy_get_body (self);
  guint to_adapt;
  g_auto(GStrv) unknown = NULL;

  g_return_val_if_fail (RAMPART_IS_POLICY (self), FALSE);

  if (*rampart_policy_get_identifier (self) == '\0' || *rampart_policy_get_title (self) == '\0')
    {
      g_set_error_literal (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_INCOMPLETE,
                           _("The policy needs an identifier and a title."));
      return FALSE;
    }

  {
    g_autofree char *stripped = g_strstrip (g_strdup (body));

    if (*stripped == '\0')
      {
        g_set_error_literal (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_INCOMPLETE,
                             _("The policy has no text yet."));
        return FALSE;
      }
  }

  to_adapt = rampart_placeholders_count (body, RAMPART_PLACEHOLDER_ADAPT);
  if (to_adapt > 0)
    {
      g_set_error (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_TO_ADAPT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The text still has %u place to adapt to the organisation.",
                                "The text still has %u places to adapt to the organisation.", to_adapt),
                   to_adapt);
      return FALSE;
    }

  unknown = rampart_placeholders_dup_names (body, RAMPART_PLACEHOLDER_UNKNOWN);
  if (unknown[0] != NULL)
    {
      g_autofree char *names = g_strjoinv ("}}, {{", unknown);

      g_set_error (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_UNKNOWN_PLACEHOLDER,
                   _("Rampart does not know the placeholder {{%s}}."), names);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  RampartPolicy         *policy;
  RampartPolicyRevision *revision;
} RevisionEdit;

static void
revision_edit_free (gpointer data)
{
  RevisionEdit *edit = data;

  g_object_unref (edit->policy);
  g_object_unref (edit->revision);
  g_free (edit);
}

static void
take_revision_cb (gpointer data)
{
  RevisionEdit *edit = data;
  g_autoptr(GError) error = NULL;

  if (!_rampart_policy_revision_delete (edit->revision, &error))
    {
      g_critical ("Could not take back a revision: %s", error->message);
      return;
    }

  if (edit->policy->revisions != NULL)
    g_ptr_array_remove (edit->policy->revisions, edit->revision);
  _rampart_workspace_mark_changed (_rampart_policy_get_workspace (edit->policy));
  g_signal_emit (edit->policy, signals[SIGNAL_REVISIONS_CHANGED], 0);
}

/* The revision is in the file: the policy lists it from now on. */
static void
add_revision (RevisionEdit *edit)
{
  revisions (edit->policy);
  if (edit->policy->revisions != NULL && !g_ptr_array_find (edit->policy->revisions, edit->revision, NULL))
    g_ptr_array_add (edit->policy->revisions, g_object_ref (edit->revision));
  _rampart_workspace_mark_changed (_rampart_policy_get_workspace (edit->policy));
  g_signal_emit (edit->policy, signals[SIGNAL_REVISIONS_CHANGED], 0);
}

static void
put_revision_cb (gpointer data)
{
  RevisionEdit *edit = data;
  g_autoptr(GError) error = NULL;

  if (!_rampart_policy_revision_insert (edit->revision, &error))
    {
      g_critical ("Could not approve a revision again: %s", error->message);
      return;
    }
  add_revision (edit);
}

/**
 * rampart_policy_approve:
 * @self: a #RampartPolicy, draft or in review
 * @approved_by: who approves it
 * @approved_on: when, as YYYY-MM-DD
 * @change_summary: what this revision changes, in a sentence
 * @major: whether the change is major: 2.0 after 1.3, instead of 1.4
 * @next_review: (nullable): when to review it, as YYYY-MM-DD; %NULL or
 *   empty for a year after approval
 * @error: return location for an error
 *
 * Approves the policy's text as its next revision, which nothing changes
 * afterwards; the policy then takes effect on the day of approval, or on
 * a later effective date already set. One edit that undo takes back whole.
 *
 * Returns: (transfer none): the new revision, or %NULL with @error set
 */
RampartPolicyRevision *
rampart_policy_approve (RampartPolicy  *self,
                        const char     *approved_by,
                        const char     *approved_on,
                        const char     *change_summary,
                        gboolean        major,
                        const char     *next_review,
                        GError        **error)
{
  RampartWorkspace *workspace;
  RampartHistory *history;
  g_autoptr(RampartPolicyRevision) revision = NULL;
  g_autofree char *version = NULL;
  g_autofree char *review = NULL;
  g_autofree char *effective = NULL;
  g_autofree char *label = NULL;
  g_autofree char *by = NULL;
  RevisionEdit *edit;

  g_return_val_if_fail (RAMPART_IS_POLICY (self), NULL);

  workspace = _rampart_policy_get_workspace (self);
  g_return_val_if_fail (workspace != NULL, NULL);

  if (!require_status (self, RAMPART_POLICY_DRAFT, RAMPART_POLICY_IN_REVIEW, error) ||
      !rampart_policy_check_ready (self, error))
    return NULL;

  by = g_strstrip (g_strdup (approved_by != NULL ? approved_by : ""));
  if (*by == '\0')
    {
      g_set_error_literal (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_APPROVAL,
                           _("Name the person who approves the policy."));
      return NULL;
    }
  if (approved_on == NULL || *approved_on == '\0' || !rampart_date_is_valid (approved_on) ||
      !rampart_date_is_valid (next_review))
    {
      g_set_error_literal (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_APPROVAL,
                           _("Dates are written YYYY-MM-DD, such as 2026-03-31."));
      return NULL;
    }
  review = next_review != NULL && *next_review != '\0'
           ? g_strdup (next_review)
           : rampart_date_add_months (approved_on, RAMPART_POLICY_REVIEW_MONTHS);
  if (strcmp (review, approved_on) <= 0)
    {
      g_set_error_literal (error, RAMPART_POLICY_ERROR, RAMPART_POLICY_ERROR_APPROVAL,
                           _("The next review must come after the approval."));
      return NULL;
    }

  effective = strcmp (rampart_policy_get_effective_on (self), approved_on) < 0
              ? g_strdup (approved_on) : g_strdup (rampart_policy_get_effective_on (self));
  version = rampart_policy_dup_next_version (self, major);
  revision = _rampart_policy_revision_new_frozen (self, version, by, approved_on,
                                                  change_summary != NULL ? change_summary : "",
                                                  effective, review);
  if (!_rampart_policy_revision_insert (revision, error))
    return NULL;

  history = rampart_workspace_get_history (workspace);
  /* Translators: what undo would revert, as in "Undo approval of version 1.1" */
  label = g_strdup_printf (_("approval of version %s"), version);
  rampart_history_begin_group (history, label);

  g_object_set (self, "effective-on", effective, "next-review", review, NULL);
  if (*rampart_policy_get_approver (self) == '\0')
    g_object_set (self, "approver", by, NULL);

  edit = g_new0 (RevisionEdit, 1);
  edit->policy = g_object_ref (self);
  edit->revision = g_object_ref (revision);
  add_revision (edit);
  rampart_history_push (history, label, take_revision_cb, put_revision_cb, edit, revision_edit_free, NULL);

  g_object_set (self, "status", RAMPART_POLICY_APPROVED, NULL);
  rampart_history_end_group (history);

  return revision;
}

/**
 * rampart_policy_retire:
 * @self: an approved #RampartPolicy
 * @error: return location for an error
 *
 * Withdraws the policy: it is no longer in force and leaves the pack, its
 * revisions stay.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_policy_retire (RampartPolicy  *self,
                       GError        **error)
{
  g_return_val_if_fail (RAMPART_IS_POLICY (self), FALSE);

  if (!require_status (self, RAMPART_POLICY_APPROVED, RAMPART_POLICY_APPROVED, error))
    return FALSE;

  g_object_set (self, "status", RAMPART_POLICY_RETIRED, NULL);
  return TRUE;
}

/**
 * rampart_policy_reinstate:
 * @self: a retired #RampartPolicy
 * @error: return location for an error
 *
 * Puts a retired policy's last revision back in force.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_policy_reinstate (RampartPolicy  *self,
                          GError        **error)
{
  g_return_val_if_fail (RAMPART_IS_POLICY (self), FALSE);

  if (!require_status (self, RAMPART_POLICY_RETIRED, RAMPART_POLICY_RETIRED, error))
    return FALSE;

  g_object_set (self, "status", RAMPART_POLICY_APPROVED, NULL);
  return TRUE;
}

/* The register */

#define IDENTIFIER_PREFIX "ISMS-POL-"

/**
 * rampart_policies_next_identifier:
 * @policies: the workspace's policies
 *
 * Returns: (transfer full): an identifier no policy has, numbered after
 *   the highest, as "ISMS-POL-15"
 */
char *
rampart_policies_next_identifier (RampartRecordList *policies)
{
  GListModel *model = G_LIST_MODEL (policies);
  guint64 highest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (model, i);
      const char *identifier = rampart_policy_get_identifier (policy);
      const char *number = identifier + strlen (identifier);

      while (number > identifier && g_ascii_isdigit (number[-1]))
        number--;
      if (*number != '\0')
        highest = MAX (highest, g_ascii_strtoull (number, NULL, 10));
    }

  return g_strdup_printf (IDENTIFIER_PREFIX "%02" G_GUINT64_FORMAT, highest + 1);
}

/**
 * rampart_policies_compare_identifiers:
 * @a: a pointer to a #RampartPolicy, as in a #GPtrArray
 * @b: another
 *
 * Orders policies by their identifiers, as they are filed.
 *
 * Returns: less than, equal to or greater than 0
 */
int
rampart_policies_compare_identifiers (gconstpointer a,
                                      gconstpointer b)
{
  RampartPolicy *x = *(RampartPolicy **) a;
  RampartPolicy *y = *(RampartPolicy **) b;

  return g_utf8_collate (rampart_policy_get_identifier (x), rampart_policy_get_identifier (y));
}

/**
 * rampart_policies_for_control:
 * @policies: the workspace's policies
 * @control_id: a control's id
 *
 * Returns: (transfer container) (element-type RampartPolicy): the policies
 *   not retired that support the control, by identifier
 */
GPtrArray *
rampart_policies_for_control (RampartRecordList *policies,
                              const char        *control_id)
{
  GListModel *model = G_LIST_MODEL (policies);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (model, i);

      if (rampart_policy_get_status (policy) != RAMPART_POLICY_RETIRED &&
          rampart_policy_has_control (policy, control_id))
        g_ptr_array_add (found, g_steal_pointer (&policy));
    }
  g_ptr_array_sort (found, rampart_policies_compare_identifiers);

  return found;
}

/**
 * rampart_policies_find:
 * @policies: the workspace's policies
 * @identifier: an identifier, such as "ISMS-POL-03"
 *
 * Returns: (transfer none) (nullable): the first policy with that identifier
 */
RampartPolicy *
rampart_policies_find (RampartRecordList *policies,
                       const char        *identifier)
{
  GListModel *model = G_LIST_MODEL (policies);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (model, i);

      if (g_strcmp0 (rampart_policy_get_identifier (policy), identifier) == 0)
        return policy;
    }

  return NULL;
}
