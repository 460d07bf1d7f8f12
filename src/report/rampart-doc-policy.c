/* rampart-doc-policy.c: a policy as a controlled document, in the pack or printed alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-policy"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"
#include "rampart-pack.h"
#include "rampart-policy-revision.h"

/*
 * A policy prints as any document of the pack does, opening with its
 * document control: identifier, version, owner, approval and review, then
 * its kind, status, effective date and audience, and the revisions that
 * led to it. Its text is the Markdown its author wrote, placeholders
 * filled in. A draft says so on every page. Printed for staff, it may end
 * with a sheet on which each person signs to say they have read it.
 */

/* Lines on the acknowledgement sheet: a page's worth */
#define ACKNOWLEDGEMENT_LINES 20
#define ACKNOWLEDGEMENT_LINE_HEIGHT 27.0

static const char *
status_text (RampartPolicyRevision *revision)
{
  g_autoptr(RampartPolicy) policy = rampart_policy_revision_get_policy (revision);
  RampartPolicyStatus status = policy != NULL ? rampart_policy_get_status (policy) : RAMPART_POLICY_APPROVED;

  if (rampart_policy_revision_is_draft (revision))
    return rampart_enum_get_label (RAMPART_TYPE_POLICY_STATUS, status);

  /* An earlier revision is no longer the one in force. */
  if (policy != NULL)
    {
      RampartPolicyRevision *last = rampart_policy_get_last_revision (policy);

      if (last != NULL && g_strcmp0 (rampart_policy_revision_get_version (last),
                                     rampart_policy_revision_get_version (revision)) != 0)
        return _("Superseded");
      if (status == RAMPART_POLICY_RETIRED)
        return rampart_enum_get_label (RAMPART_TYPE_POLICY_STATUS, status);
    }

  return rampart_enum_get_label (RAMPART_TYPE_POLICY_STATUS, RAMPART_POLICY_APPROVED);
}

static char *
controls_text (RampartPolicyRevision *revision)
{
  g_autoptr(RampartPolicy) policy = rampart_policy_revision_get_policy (revision);

  if (policy == NULL)
    return g_strdup ("");

  return g_strjoinv (", ", (char **) rampart_policy_get_control_ids (policy));
}

static void
add_acknowledgement (RampartDocument       *document,
                     RampartPolicyRevision *revision)
{
  RampartTable *table = rampart_table_new (4, (double[]) { 2.2, 1.8, 2.0, 1.1 });
  g_autofree char *statement = NULL;

  rampart_document_add (document, rampart_block_new_page_break ());
  rampart_document_add_heading (document, 2, _("Acknowledgement"), NULL);
  /* Translators: the statement staff sign: the policy's identifier, title and version, then its owner */
  statement = g_strdup_printf (_("By signing below, I confirm that I have read %s %s, version %s, that I "
                                 "understand it and that I will follow it. Questions about it go to its "
                                 "owner, %s."),
                               rampart_policy_revision_get_identifier (revision),
                               rampart_pack_or (rampart_policy_revision_get_title (revision), _("Untitled policy")),
                               rampart_policy_revision_get_version (revision),
                               rampart_pack_or (rampart_policy_revision_get_owner (revision), _("its owner")));
  rampart_pack_add_lead_in (document, rampart_text_new_plain (statement));

  rampart_table_set_header (table, (const char *[]) { _("Name"), _("Role or team"), _("Signature"), _("Date"),
                                                      NULL });
  rampart_table_set_min_row_height (table, ACKNOWLEDGEMENT_LINE_HEIGHT);
  for (guint i = 0; i < ACKNOWLEDGEMENT_LINES; i++)
    rampart_table_add_row (table, (RampartText *[]) { NULL, NULL, NULL, NULL });
  rampart_document_add (document, rampart_block_new_table (table));
}

/**
 * rampart_pack_build_policy_document:
 * @workspace: the workspace of the policy
 * @revision: a revision of a policy, or the policy as it reads now
 * @acknowledgement: whether to end with a sheet for staff to sign
 *
 * Returns: (transfer full): the policy as a document, its identifier the
 *   policy's
 */
RampartDocument *
rampart_pack_build_policy_document (RampartWorkspace      *workspace,
                                    RampartPolicyRevision *revision,
                                    gboolean               acknowledgement)
{
  const char *identifier = rampart_policy_revision_get_identifier (revision);
  const char *title = rampart_policy_revision_get_title (revision);
  RampartDocument *document = rampart_document_new (rampart_pack_or (identifier, _("Unidentified policy")),
                                                    rampart_pack_or (title, _("Untitled policy")));
  g_autoptr(GPtrArray) revisions = rampart_policy_revision_list_earlier (revision);
  g_autoptr(GError) error = NULL;
  g_autofree char *controls = controls_text (revision);
  g_autofree char *body = NULL;
  g_autofree char *stripped = NULL;
  gboolean draft = rampart_policy_revision_is_draft (revision);

  rampart_document_set_version (document, rampart_policy_revision_get_version (revision));
  rampart_document_set_owner (document, rampart_policy_revision_get_owner (revision));
  rampart_document_set_approver (document, rampart_policy_revision_get_approver (revision));
  rampart_document_set_approved_on (document, draft ? _("Not approved yet")
                                                    : rampart_policy_revision_get_approved_on (revision));
  rampart_document_set_next_review (document, rampart_policy_revision_get_next_review (revision));
  rampart_document_set_draft (document, draft);

  rampart_document_add_detail (document, _("Kind"),
                               rampart_enum_get_label (RAMPART_TYPE_POLICY_KIND,
                                                       rampart_policy_revision_get_kind (revision)));
  rampart_document_add_detail (document, _("Status"), status_text (revision));
  rampart_document_add_detail (document, _("Effective"), rampart_policy_revision_get_effective_on (revision));
  rampart_document_add_detail (document, _("Annex A"), controls);
  rampart_document_add_detail (document, _("Applies to"), rampart_policy_revision_get_audience (revision));

  for (guint i = 0; i < revisions->len; i++)
    {
      RampartPolicyRevision *earlier = g_ptr_array_index (revisions, i);

      rampart_document_add_revision (document,
                                     rampart_policy_revision_get_version (earlier),
                                     rampart_policy_revision_get_approved_on (earlier),
                                     rampart_policy_revision_get_approved_by (earlier),
                                     rampart_policy_revision_get_change_summary (earlier));
    }

  body = rampart_policy_revision_fill (revision, workspace, TRUE);
  stripped = g_strstrip (g_strdup (body));
  if (*stripped == '\0')
    rampart_pack_add_none (document, _("The policy has no text yet."));
  else if (!rampart_document_add_markdown (document, body, &error))
    rampart_document_add_plain (document, body);

  if (acknowledgement)
    add_acknowledgement (document, revision);

  return document;
}

/**
 * rampart_pack_build_policy:
 * @workspace: the workspace of the policy
 * @revision: a revision of a policy, or the policy as it reads now
 * @date: the date of printing
 * @acknowledgement: whether to end with a sheet for staff to sign
 *
 * Returns: (transfer full): a book of the policy alone, to print or
 *   export
 */
RampartBook *
rampart_pack_build_policy (RampartWorkspace      *workspace,
                           RampartPolicyRevision *revision,
                           GDateTime             *date,
                           gboolean               acknowledgement)
{
  g_autoptr(RampartDocument) document = rampart_pack_build_policy_document (workspace, revision, acknowledgement);
  RampartBook *book = rampart_pack_new_book (workspace, rampart_document_get_title (document), date);

  rampart_book_add_document (book, document);
  return book;
}
