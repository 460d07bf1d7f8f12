/* rampart-example.c: the example workspace that ships with Rampart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-example"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-catalogue-private.h"
#include "rampart-policy-revision.h"
#include "rampart-policy-templates.h"
#include "rampart-soa.h"
#include "rampart-workspace-private.h"

/*
 * The example's content lives in a key file (data/example/example.ini)
 * compiled into Rampart, so that writers can extend it without touching
 * code: each group fills one kind of record through the record's own
 * properties, the same way the app edits them. A group's first word names
 * the kind; the rest only keeps group names unique. Records of lists are
 * added in the file's order; a requirement belongs to the interested
 * party above it, and an action to the risk above it.
 *
 * The Statement of Applicability has a history, so its groups act where
 * they stand: "[control 5.1]" decides that Annex A control, and a later
 * "[control 5.1 for version 2]" changes it again (what follows the id only
 * keeps the group name unique); "[own-control ...]" adds a control of the
 * organisation's own; "[soa-version 2]" issues the statement as the groups
 * above it left it, and must be the version that comes next. Issued
 * versions record the risks of the register as it stood, so risks placed
 * after a version are the ones added to the register since.
 *
 * The example's policies are the starter templates adapted to the
 * organisation, in data/example/policies/: revisions.ini gives each its
 * control data and its history, a list of approvals, each of the Markdown
 * file that held its text then; a policy may end with a draft of its next
 * revision. They are approved through the app's own workflow.
 */

static gboolean
set_from_text (GObject     *record,
               const char  *key,
               const char  *text,
               GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), key);
  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
                   "Example: %s has no property “%s”", G_OBJECT_TYPE_NAME (record), key);
      return FALSE;
    }

  g_value_init (&value, pspec->value_type);
  if (G_VALUE_HOLDS_ENUM (&value))
    {
      GEnumValue *enum_value = g_enum_get_value_by_nick (G_PARAM_SPEC_ENUM (pspec)->enum_class, text);

      if (enum_value == NULL)
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       "Example: “%s” is not a choice of “%s”", text, key);
          return FALSE;
        }
      g_value_set_enum (&value, enum_value->value);
      g_object_set_property (record, key, &value);
      return TRUE;
    }

  switch (pspec->value_type)
    {
    case G_TYPE_STRING:
      g_value_set_string (&value, text);
      break;

    case G_TYPE_UINT:
      g_value_set_uint (&value, (guint) g_ascii_strtoull (text, NULL, 10));
      break;

    case G_TYPE_BOOLEAN:
      g_value_set_boolean (&value, g_str_equal (text, "true"));
      break;

    default:
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   "Example: cannot fill “%s” from text", key);
      return FALSE;
    }

  g_object_set_property (record, key, &value);
  return TRUE;
}

/* The record of @list whose first text field is @name. */
static RampartRecord *
find_named (RampartRecordList  *list,
            const char         *name,
            GError            **error)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RampartRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *title = rampart_record_dup_title (record);

      if (g_str_equal (title, name))
        return record;
    }

  g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
               "Example: nothing is called “%s”", name);
  return NULL;
}

static gboolean
is_control (RampartWorkspace *workspace,
            const char       *id)
{
  GListModel *controls = rampart_workspace_get_controls (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (controls); i++)
    {
      g_autoptr(RampartControl) control = g_list_model_get_item (controls, i);

      if (g_str_equal (rampart_control_get_id (control), id))
        return TRUE;
    }

  return FALSE;
}

/*
 * A risk names its threat, vulnerability and assets, and gives the ids of
 * its controls, as separated by ";": the example reads as its author wrote
 * it, and a name that matches nothing is an error.
 */
static gboolean
set_risk_link (RampartWorkspace  *workspace,
               RampartRisk       *risk,
               const char        *key,
               const char        *text,
               gboolean          *handled,
               GError           **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ";", -1);
  RampartRecord *found;

  *handled = TRUE;

  if (g_str_equal (key, "threat") || g_str_equal (key, "vulnerability"))
    {
      found = find_named (g_str_equal (key, "threat") ? rampart_workspace_get_threats (workspace)
                                                      : rampart_workspace_get_vulnerabilities (workspace),
                          text, error);
      if (found == NULL)
        return FALSE;
      g_object_set (risk, g_str_equal (key, "threat") ? "threat-id" : "vulnerability-id",
                    rampart_record_get_id (found), NULL);
      return TRUE;
    }

  if (g_str_equal (key, "assets"))
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; parts[i] != NULL; i++)
        {
          gint64 id;

          found = find_named (rampart_workspace_get_assets (workspace), g_strstrip (parts[i]), error);
          if (found == NULL)
            return FALSE;
          id = rampart_record_get_id (found);
          g_array_append_val (ids, id);
        }
      rampart_risk_set_asset_ids (risk, (const gint64 *) ids->data, ids->len);
      return TRUE;
    }

  if (g_str_equal (key, "controls"))
    {
      for (guint i = 0; parts[i] != NULL; i++)
        if (!is_control (workspace, g_strstrip (parts[i])))
          {
            g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                         "Example: no control “%s”", parts[i]);
            return FALSE;
          }
      rampart_risk_set_control_ids (risk, (const char * const *) parts);
      return TRUE;
    }

  *handled = FALSE;
  return TRUE;
}

/* The requirement of an interested party whose text is @text, or starts with it. */
static RampartRequirement *
find_requirement (RampartWorkspace  *workspace,
                  const char        *text,
                  GError           **error)
{
  GListModel *parties = G_LIST_MODEL (rampart_workspace_get_interested_parties (workspace));
  RampartRequirement *found = NULL;
  guint n_found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(RampartInterestedParty) party = g_list_model_get_item (parties, i);
      GListModel *requirements = G_LIST_MODEL (rampart_interested_party_get_requirements (party));

      for (guint j = 0; j < g_list_model_get_n_items (requirements); j++)
        {
          g_autoptr(RampartRequirement) requirement = g_list_model_get_item (requirements, j);
          const char *candidate = rampart_requirement_get_text (requirement);

          if (g_str_equal (candidate, text))
            return requirement;
          if (g_str_has_prefix (candidate, text))
            {
              found = requirement;
              n_found++;
            }
        }
    }

  if (n_found == 1)
    return found;

  g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
               n_found == 0 ? "Example: no requirement reads “%s”"
                            : "Example: more than one requirement starts with “%s”",
               text);
  return NULL;
}

/*
 * A control names the interested party's requirement behind it by its
 * text, or the start of it. The link is shown only with the "party"
 * reason, so naming a requirement ticks that reason too.
 */
static gboolean
set_soa_link (RampartWorkspace  *workspace,
              RampartSoaEntry   *entry,
              const char        *key,
              const char        *text,
              gboolean          *handled,
              GError           **error)
{
  RampartRequirement *requirement;

  *handled = g_str_equal (key, "requirement");
  if (!*handled)
    return TRUE;

  requirement = find_requirement (workspace, text, error);
  if (requirement == NULL)
    return FALSE;
  g_object_set (entry,
                "requirement-id", rampart_record_get_id (RAMPART_RECORD (requirement)),
                "party", TRUE,
                NULL);
  return TRUE;
}

static gboolean
fill_record (GKeyFile          *keyfile,
             const char        *group,
             RampartWorkspace  *workspace,
             GObject           *record,
             GError           **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (keyfile, group, NULL, error);

  if (keys == NULL)
    return FALSE;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *text = g_key_file_get_string (keyfile, group, keys[i], error);
      gboolean handled = FALSE;

      if (text == NULL)
        return FALSE;
      if (RAMPART_IS_RISK (record) &&
          !set_risk_link (workspace, RAMPART_RISK (record), keys[i], text, &handled, error))
        return FALSE;
      if (RAMPART_IS_SOA_ENTRY (record) &&
          !set_soa_link (workspace, RAMPART_SOA_ENTRY (record), keys[i], text, &handled, error))
        return FALSE;
      if (!handled && !set_from_text (record, keys[i], text, error))
        return FALSE;
    }

  /* An accepted risk is accepted as it is rated. */
  if (RAMPART_IS_RISK (record) && rampart_risk_get_accepted (RAMPART_RISK (record)))
    {
      RampartRisk *risk = RAMPART_RISK (record);

      rampart_risk_accept (risk, rampart_workspace_get_risk_method (workspace),
                           rampart_risk_get_accepted_by (risk), rampart_risk_get_accepted_on (risk),
                           rampart_risk_get_acceptance_rationale (risk));
    }

  return TRUE;
}

static RampartRecord *
find_role (RampartWorkspace  *workspace,
           RampartRoleSource  source)
{
  GListModel *roles = G_LIST_MODEL (rampart_workspace_get_roles (workspace));

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(RampartRole) role = g_list_model_get_item (roles, i);

      if (rampart_role_get_source (role) == source)
        return RAMPART_RECORD (role);
    }

  return NULL;
}

/* The record a group of the key file fills, added to its list if need be. */
static RampartRecord *
record_for_group (RampartWorkspace  *workspace,
                  const char        *group,
                  RampartRecord    **party,
                  RampartRecord    **risk,
                  GError           **error)
{
  g_auto(GStrv) words = g_strsplit (group, " ", 2);
  const char *kind = words[0];

  if (g_str_equal (kind, "organisation"))
    return RAMPART_RECORD (rampart_workspace_get_organisation (workspace));
  if (g_str_equal (kind, "scope"))
    return RAMPART_RECORD (rampart_workspace_get_scope (workspace));
  if (g_str_equal (kind, "context-issue"))
    return rampart_record_list_add (rampart_workspace_get_context_issues (workspace));
  if (g_str_equal (kind, "scope-item"))
    return rampart_record_list_add (rampart_workspace_get_scope_items (workspace));
  if (g_str_equal (kind, "interested-party"))
    return *party = rampart_record_list_add (rampart_workspace_get_interested_parties (workspace));
  if (g_str_equal (kind, "requirement") && *party != NULL)
    return rampart_record_list_add (rampart_interested_party_get_requirements (RAMPART_INTERESTED_PARTY (*party)));
  if (g_str_equal (group, "role isms-manager"))
    return find_role (workspace, RAMPART_ROLE_SOURCE_ISMS_MANAGER);
  if (g_str_equal (group, "role sponsor"))
    return find_role (workspace, RAMPART_ROLE_SOURCE_SPONSOR);
  if (g_str_equal (kind, "role"))
    return rampart_record_list_add (rampart_workspace_get_roles (workspace));
  if (g_str_equal (kind, "asset"))
    return rampart_record_list_add (rampart_workspace_get_assets (workspace));
  if (g_str_equal (kind, "threat"))
    return rampart_record_list_add (rampart_workspace_get_threats (workspace));
  if (g_str_equal (kind, "vulnerability"))
    return rampart_record_list_add (rampart_workspace_get_vulnerabilities (workspace));
  if (g_str_equal (kind, "risk"))
    return *risk = rampart_record_list_add (rampart_workspace_get_risks (workspace));
  if (g_str_equal (kind, "action") && *risk != NULL)
    return rampart_record_list_add (rampart_risk_get_actions (RAMPART_RISK (*risk)));
  if (g_str_equal (kind, "control") && words[1] != NULL)
    {
      g_auto(GStrv) rest = g_strsplit (words[1], " ", 2);
      RampartSoaEntry *entry = rampart_soa_find_entry (rampart_workspace_get_soa_entries (workspace), rest[0]);

      if (entry != NULL)
        return RAMPART_RECORD (entry);
    }
  if (g_str_equal (kind, "own-control"))
    {
      RampartSoaEntry *entry = rampart_soa_add_own_control (rampart_workspace_get_soa_entries (workspace));

      if (entry != NULL)
        return RAMPART_RECORD (entry);
    }

  g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
               "Example: no record for group “%s”", group);
  return NULL;
}

/* Issues the next version of the Statement of Applicability, as the groups above left it. */
static gboolean
issue_soa_version (GKeyFile          *keyfile,
                   const char        *group,
                   RampartWorkspace  *workspace,
                   GError           **error)
{
  static const char * const fields[] = { "approved-by", "approved-on", "summary", NULL };
  g_auto(GStrv) keys = g_key_file_get_keys (keyfile, group, NULL, error);
  g_autofree char *approved_by = NULL;
  g_autofree char *approved_on = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(RampartSoaVersion) version = NULL;
  guint64 number = 0;

  if (keys == NULL)
    return FALSE;
  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_strv_contains (fields, keys[i]))
      {
        g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
                     "Example: a version has no field “%s”", keys[i]);
        return FALSE;
      }

  approved_by = g_key_file_get_string (keyfile, group, "approved-by", error);
  if (approved_by == NULL)
    return FALSE;
  approved_on = g_key_file_get_string (keyfile, group, "approved-on", error);
  if (approved_on == NULL)
    return FALSE;
  summary = g_key_file_get_string (keyfile, group, "summary", error);
  if (summary == NULL)
    return FALSE;
  if (!rampart_date_is_valid (approved_on))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   "Example: “%s” is not a date", approved_on);
      return FALSE;
    }

  version = rampart_workspace_issue_soa_version (workspace, approved_by, approved_on, summary, error);
  if (version == NULL)
    return FALSE;

  /* The group names the version, so that the file reads as its history. */
  if (!g_ascii_string_to_unsigned (group + strlen ("soa-version "), 10, 1, G_MAXUINT, &number, NULL) ||
      number != rampart_soa_version_get_number (version))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   "Example: group “%s” issues version %u", group, rampart_soa_version_get_number (version));
      return FALSE;
    }

  return TRUE;
}

static char *
example_text (const char  *file,
              GError     **error)
{
  g_autofree char *name = g_build_filename ("example", "policies", file, NULL);
  g_autoptr(GBytes) bytes = rampart_core_lookup_data (name, error);

  if (bytes == NULL)
    return NULL;

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* "1.1|2026-10-12|Daniel Okafor, Managing Director|What changed|access-control.md" */
static gboolean
approve_example (RampartPolicy  *policy,
                 const char     *revision,
                 const char     *next_review,
                 GError        **error)
{
  g_auto(GStrv) fields = g_strsplit (revision, "|", -1);
  g_autofree char *minor = NULL;
  g_autofree char *major = NULL;
  g_autofree char *body = NULL;

  if (g_strv_length (fields) != 5)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   "Example: a revision is version|date|approver|summary|file, not “%s”", revision);
      return FALSE;
    }

  body = example_text (fields[4], error);
  if (body == NULL)
    return FALSE;
  g_object_set (policy, "body", body, NULL);
  /* A review that changes no word is approved as a revision all the same. */
  if (rampart_policy_get_status (policy) == RAMPART_POLICY_APPROVED && !rampart_policy_start_revision (policy, error))
    return FALSE;

  minor = rampart_policy_dup_next_version (policy, FALSE);
  major = rampart_policy_dup_next_version (policy, TRUE);
  if (!g_str_equal (fields[0], minor) && !g_str_equal (fields[0], major))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   "Example: %s cannot follow as version %s", rampart_policy_get_identifier (policy), fields[0]);
      return FALSE;
    }

  return rampart_policy_approve (policy, fields[2], fields[1], fields[3], g_str_equal (fields[0], major),
                                 next_review, error) != NULL;
}

static gboolean
fill_policies (RampartWorkspace  *workspace,
               GError           **error)
{
  RampartRecordList *policies = rampart_workspace_get_policies (workspace);
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) groups = NULL;

  bytes = rampart_core_lookup_data ("example/policies/revisions.ini", error);
  if (bytes == NULL || !g_key_file_load_from_bytes (keyfile, bytes, G_KEY_FILE_NONE, error))
    return FALSE;

  groups = g_key_file_get_groups (keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      const RampartPolicyTemplate *template = rampart_policy_templates_find (groups[i]);
      g_autoptr(RampartPolicy) draft = NULL;
      g_auto(GStrv) revisions = NULL;
      g_autofree char *next_review = NULL;
      g_autofree char *draft_file = NULL;
      RampartPolicy *policy;

      if (template == NULL)
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
                       "Example: there is no policy template “%s”", groups[i]);
          return FALSE;
        }

      draft = rampart_policy_new_from_template (policies, template);
      policy = RAMPART_POLICY (rampart_record_list_append (policies, RAMPART_RECORD (draft)));
      for (const char * const *key = (const char *[]) { "identifier", "owner", "approver", "audience", NULL };
           *key != NULL; key++)
        {
          g_autofree char *value = g_key_file_get_string (keyfile, groups[i], *key, NULL);

          if (value != NULL)
            g_object_set (policy, *key, value, NULL);
        }

      next_review = g_key_file_get_string (keyfile, groups[i], "next-review", error);
      revisions = g_key_file_get_string_list (keyfile, groups[i], "revisions", NULL, error);
      if (next_review == NULL || revisions == NULL)
        return FALSE;

      for (guint r = 0; revisions[r] != NULL; r++)
        {
          gboolean last = revisions[r + 1] == NULL;

          /* An effective date after approval is set before it. */
          if (last)
            {
              g_autofree char *effective = g_key_file_get_string (keyfile, groups[i], "effective", NULL);

              if (effective != NULL)
                g_object_set (policy, "effective-on", effective, NULL);
            }
          if (!approve_example (policy, revisions[r], last ? next_review : NULL, error))
            return FALSE;
        }

      /* The next revision, being written */
      draft_file = g_key_file_get_string (keyfile, groups[i], "draft", NULL);
      if (draft_file != NULL)
        {
          g_autofree char *body = example_text (draft_file, error);
          g_autofree char *status = g_key_file_get_string (keyfile, groups[i], "draft-status", NULL);

          if (body == NULL)
            return FALSE;
          g_object_set (policy, "body", body, NULL);
          if (g_strcmp0 (status, "in-review") == 0 && !rampart_policy_submit (policy, error))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
_rampart_example_fill (RampartWorkspace  *workspace,
                       GError           **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) groups = NULL;
  RampartRecord *party = NULL;
  RampartRecord *risk = NULL;

  /* First, so that the issued versions of the SoA name the policies of each control. */
  if (!fill_policies (workspace, error))
    return FALSE;

  bytes = rampart_core_lookup_data ("example.ini", error);
  if (bytes == NULL ||
      !g_key_file_load_from_bytes (keyfile, bytes, G_KEY_FILE_NONE, error))
    return FALSE;

  groups = g_key_file_get_groups (keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      RampartRecord *record;

      if (g_str_has_prefix (groups[i], "soa-version "))
        {
          if (!issue_soa_version (keyfile, groups[i], workspace, error))
            return FALSE;
          continue;
        }

      record = record_for_group (workspace, groups[i], &party, &risk, error);
      if (record == NULL || !fill_record (keyfile, groups[i], workspace, G_OBJECT (record), error))
        return FALSE;
    }

  return TRUE;
}
