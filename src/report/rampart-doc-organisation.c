/* rampart-doc-organisation.c: the "Organisation profile" document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-organisation"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"

void
rampart_doc_organisation_build (RampartWorkspace *workspace,
                                RampartDocument  *document,
                                GDateTime        *date)
{
  RampartOrganisation *organisation = rampart_workspace_get_organisation (workspace);
  RampartTable *identity = rampart_table_new (2, (double[]) { 1, 2.8 });
  RampartTable *leadership = rampart_table_new (2, (double[]) { 1, 2.8 });
  g_autofree char *staff = NULL;

  if (rampart_organisation_get_staff_count (organisation) > 0)
    staff = g_strdup_printf ("%u", rampart_organisation_get_staff_count (organisation));

  rampart_document_add_plain (document,
    _("This document identifies the organisation whose information security management system "
      "(ISMS) the documentation pack describes, and the people who lead it."));

  rampart_document_add_heading (document, 2, _("Organisation"), "organisation");
  rampart_pack_add_pair (identity, _("Name"), rampart_organisation_get_name (organisation));
  rampart_pack_add_pair (identity, _("Legal name"), rampart_organisation_get_legal_name (organisation));
  rampart_pack_add_pair (identity, _("Sector"), rampart_organisation_get_sector (organisation));
  rampart_pack_add_pair (identity, _("Number of staff"), staff);
  rampart_pack_add_pair (identity, _("Address"), rampart_organisation_get_address (organisation));
  rampart_document_add (document, rampart_block_new_key_values (identity));

  rampart_document_add_heading (document, 2, _("Leadership"), "leadership");
  rampart_document_add_plain (document,
    _("Top management is accountable for the ISMS and sponsors it (clause 5.1); the ISMS manager "
      "runs it day to day and reports on its performance to top management (clause 5.3)."));
  rampart_pack_add_pair (leadership, _("ISMS manager"), rampart_organisation_get_isms_manager (organisation));
  rampart_pack_add_pair (leadership, _("Top-management sponsor"), rampart_organisation_get_sponsor (organisation));
  rampart_document_add (document, rampart_block_new_key_values (leadership));
}
