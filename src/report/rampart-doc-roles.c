/* rampart-doc-roles.c: the "Roles and responsibilities" document (clause 5.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-roles"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"

static const char *
role_name (RampartRole *role)
{
  return rampart_pack_or (rampart_role_get_name (role), _("Unnamed role"));
}

static void
add_overview (RampartDocument *document,
              GListModel      *roles)
{
  RampartTable *table = rampart_table_new (3, (double[]) { 1.2, 1.4, 1.4 });

  rampart_table_set_header (table, (const char *[]) { _("Role"), _("Holder"), _("Deputy"), NULL });

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(RampartRole) role = g_list_model_get_item (roles, i);
      RampartText *name = rampart_pack_record_link ("role", role, role_name (role));

      rampart_table_add_row (table, (RampartText *[]) {
        name,
        rampart_pack_value (rampart_role_get_holder (role)),
        rampart_pack_value (rampart_role_get_deputy (role)),
      });
    }

  rampart_document_add (document, rampart_block_new_table (table));
}

static void
add_role (RampartDocument *document,
          RampartRole     *role)
{
  RampartTable *people = rampart_table_new (4, (double[]) { 0.55, 1.5, 0.55, 1.5 });
  g_autofree char *anchor = rampart_pack_record_anchor ("role", role);

  rampart_document_add_heading (document, 3, role_name (role), anchor);
  rampart_table_add_row (people, (RampartText *[]) {
    rampart_text_new_plain (_("Holder")), rampart_pack_value (rampart_role_get_holder (role)),
    rampart_text_new_plain (_("Deputy")), rampart_pack_value (rampart_role_get_deputy (role)),
  });
  rampart_document_add (document, rampart_block_new_key_values (people));

  rampart_pack_add_lines (document, _("Responsibilities"), rampart_role_get_responsibilities (role));
  rampart_pack_add_lines (document, _("Authorities"), rampart_role_get_authorities (role));
}

void
rampart_doc_roles_build (RampartWorkspace *workspace,
                         RampartDocument  *document,
                         GDateTime        *date)
{
  GListModel *roles = G_LIST_MODEL (rampart_workspace_get_roles (workspace));

  rampart_document_add_plain (document,
    _("Top management assigns the responsibilities and authorities for the roles that matter to "
      "information security, and makes them known in the organisation (clause 5.3). This document "
      "names each role, the person who holds it and their deputy, what the role is responsible "
      "for, and what it is authorised to decide."));

  rampart_document_add_heading (document, 2, _("Overview"), "roles-overview");
  if (g_list_model_get_n_items (roles) == 0)
    {
      rampart_pack_add_none (document, _("No roles are recorded yet."));
      return;
    }
  add_overview (document, roles);

  rampart_document_add_heading (document, 2, _("Responsibilities and authorities"), "roles-details");
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(RampartRole) role = g_list_model_get_item (roles, i);

      add_role (document, role);
    }
}
