/* rampart-policy-templates.c: the starter set of policies to adapt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-policy-templates"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-catalogue-private.h"
#include "rampart-policy-templates.h"
#include "rampart-record-private.h"
#include "rampart-workspace.h"

/*
 * The templates are written for Rampart, in plain English, for an
 * organisation of a few dozen people: data/policies/templates.ini says
 * what each is, and its text is a Markdown file beside it, both compiled
 * into Rampart. Each is a starting point: where organisations differ, the
 * text says {{adapt: …}}, and the policy cannot be approved until someone
 * has written their own facts there.
 */

static void
template_free (gpointer data)
{
  RampartPolicyTemplate *template = data;

  g_free (template->key);
  g_free (template->title);
  g_strfreev (template->controls);
  g_free (template->audience);
  g_free (template->summary);
  g_free (template->body);
  g_free (template);
}

static GPtrArray *
load (GError **error)
{
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func (template_free);
  g_autoptr(GBytes) index = rampart_core_lookup_data ("policies/templates.ini", error);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_auto(GStrv) groups = NULL;

  if (index == NULL ||
      !g_key_file_load_from_bytes (keys, index, G_KEY_FILE_NONE, error))
    return NULL;

  groups = g_key_file_get_groups (keys, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *file = g_strdup_printf ("policies/%s.md", groups[i]);
      g_autoptr(GBytes) body = rampart_core_lookup_data (file, error);
      RampartPolicyTemplate *template;
      g_autofree char *kind = NULL;

      if (body == NULL)
        return NULL;

      template = g_new0 (RampartPolicyTemplate, 1);
      g_ptr_array_add (templates, template);
      template->key = g_strdup (groups[i]);
      template->title = g_key_file_get_string (keys, groups[i], "title", error);
      if (template->title == NULL)
        return NULL;
      kind = g_key_file_get_string (keys, groups[i], "kind", NULL);
      template->kind = rampart_enum_from_nick (RAMPART_TYPE_POLICY_KIND, kind, RAMPART_POLICY_KIND_TOPIC);
      template->controls = g_key_file_get_string_list (keys, groups[i], "controls", NULL, NULL);
      if (template->controls == NULL)
        template->controls = g_new0 (char *, 1);
      template->audience = g_key_file_get_string (keys, groups[i], "audience", NULL);
      template->summary = g_key_file_get_string (keys, groups[i], "summary", NULL);
      template->body = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
      if (template->audience == NULL)
        template->audience = g_strdup ("");
      if (template->summary == NULL)
        template->summary = g_strdup ("");
    }

  return g_steal_pointer (&templates);
}

/**
 * rampart_policy_templates_get:
 *
 * Returns: (transfer none) (element-type RampartPolicyTemplate): the
 *   templates, the information security policy first
 */
GPtrArray *
rampart_policy_templates_get (void)
{
  static GPtrArray *templates;

  if (g_once_init_enter (&templates))
    {
      g_autoptr(GError) error = NULL;
      GPtrArray *loaded = load (&error);

      /* They are compiled in: only a broken build misses them. */
      if (loaded == NULL)
        {
          g_critical ("Could not read the policy templates: %s", error->message);
          loaded = g_ptr_array_new_with_free_func (template_free);
        }
      g_once_init_leave (&templates, loaded);
    }

  return templates;
}

/**
 * rampart_policy_templates_find:
 * @key: a template's key
 *
 * Returns: (nullable): the template
 */
const RampartPolicyTemplate *
rampart_policy_templates_find (const char *key)
{
  GPtrArray *templates = rampart_policy_templates_get ();

  for (guint i = 0; key != NULL && i < templates->len; i++)
    {
      RampartPolicyTemplate *template = g_ptr_array_index (templates, i);

      if (g_str_equal (template->key, key))
        return template;
    }

  return NULL;
}

/**
 * rampart_policy_new_blank:
 * @policies: the workspace's policies
 *
 * Returns: (transfer full): a draft with the next identifier, owned by the
 *   ISMS manager and approved by the top-management sponsor, not yet
 *   added to @policies
 */
RampartPolicy *
rampart_policy_new_blank (RampartRecordList *policies)
{
  RampartWorkspace *workspace = _rampart_record_list_get_workspace (policies);
  RampartOrganisation *organisation = workspace != NULL ? rampart_workspace_get_organisation (workspace) : NULL;
  g_autofree char *identifier = rampart_policies_next_identifier (policies);

  return g_object_new (RAMPART_TYPE_POLICY,
                       "identifier", identifier,
                       "owner", organisation != NULL ? rampart_organisation_get_isms_manager (organisation) : "",
                       "approver", organisation != NULL ? rampart_organisation_get_sponsor (organisation) : "",
                       NULL);
}

/**
 * rampart_policy_new_from_template:
 * @policies: the workspace's policies
 * @template: a template
 *
 * Returns: (transfer full): a draft with the template's text, title,
 *   kind, audience and controls, not yet added to @policies
 */
RampartPolicy *
rampart_policy_new_from_template (RampartRecordList           *policies,
                                  const RampartPolicyTemplate *template)
{
  RampartPolicy *policy = rampart_policy_new_blank (policies);

  g_object_set (policy,
                "title", template->title,
                "kind", template->kind,
                "audience", template->audience,
                "body", template->body,
                "template", template->key,
                "control-ids", template->controls,
                NULL);

  return policy;
}
