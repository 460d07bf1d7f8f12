/* rampart-pack.h: the ISMS documentation pack, built from a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-book.h"
#include "rampart-policy-revision.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

/* The identifier under which the pack's own version is kept. */
#define RAMPART_PACK_ID "ISMS-PACK"
/* The Statement of Applicability, whose version comes from its issued versions */
#define RAMPART_SOA_DOCUMENT_ID "ISMS-SOA"
/* The scope, after which the information security policy comes */
#define RAMPART_SCOPE_DOCUMENT_ID "ISMS-SCOPE"
/* The catalogue of Annex A, before which the other policies come */
#define RAMPART_CONTROLS_DOCUMENT_ID "ISMS-CTL"

/**
 * RampartDocumentType:
 * @id: the document's identifier, such as "ISMS-ORG"
 * @title: its title, untranslated
 * @description: what it holds, untranslated, for the app
 * @build: adds the document's content from the workspace, as it stands on
 *   the date of issue
 *
 * One kind of document in the pack. Each part of the ISMS adds its
 * documents to the list in rampart-pack.c.
 */
typedef struct
{
  const char *id;
  const char *title;
  const char *description;
  void      (*build) (RampartWorkspace *workspace,
                      RampartDocument  *document,
                      GDateTime        *date);
} RampartDocumentType;

/**
 * RampartPackDocument:
 * @id: the document's identifier, such as "ISMS-SOA" or a policy's
 * @title: its title, translated
 * @description: what it holds, translated
 * @type: (nullable): the kind of document, for those Rampart writes
 * @policy: (nullable): the policy, for a policy of the register
 * @revision: (nullable): what the pack shows of the policy
 *
 * One document of a workspace's pack.
 */
typedef struct
{
  char                      *id;
  char                      *title;
  char                      *description;
  const RampartDocumentType *type;
  RampartPolicy             *policy;
  RampartPolicyRevision     *revision;
} RampartPackDocument;

const RampartDocumentType *rampart_pack_get_document_types  (guint            *n_types);
GPtrArray                 *rampart_pack_list_documents      (RampartWorkspace *workspace);
const RampartDocumentType *rampart_pack_find_document_type  (const char       *id);
RampartDocument           *rampart_pack_build_document      (RampartWorkspace *workspace,
                                                             const RampartDocumentType *type,
                                                             GDateTime        *date);
RampartBook               *rampart_pack_build               (RampartWorkspace *workspace,
                                                             const char       *document_id,
                                                             GDateTime        *date,
                                                             GError          **error);
RampartBook               *rampart_pack_new_book            (RampartWorkspace *workspace,
                                                             const char       *title,
                                                             GDateTime        *date);
RampartDocument           *rampart_pack_build_policy_document
                                                            (RampartWorkspace *workspace,
                                                             RampartPolicyRevision *revision,
                                                             gboolean          acknowledgement);
RampartBook               *rampart_pack_build_policy        (RampartWorkspace *workspace,
                                                             RampartPolicyRevision *revision,
                                                             GDateTime        *date,
                                                             gboolean          acknowledgement);

G_END_DECLS
