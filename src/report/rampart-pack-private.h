/* rampart-pack-private.h: the documents of the pack, and what they share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-document.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

void          rampart_doc_organisation_build (RampartWorkspace *workspace,
                                              RampartDocument  *document);
void          rampart_doc_context_build      (RampartWorkspace *workspace,
                                              RampartDocument  *document);
void          rampart_doc_scope_build        (RampartWorkspace *workspace,
                                              RampartDocument  *document);
void          rampart_doc_roles_build        (RampartWorkspace *workspace,
                                              RampartDocument  *document);
void          rampart_doc_controls_build     (RampartWorkspace *workspace,
                                              RampartDocument  *document);

const char   *rampart_pack_or                (const char       *value,
                                              const char       *fallback);
char         *rampart_pack_record_anchor     (const char       *prefix,
                                              gpointer          record);
RampartText  *rampart_pack_record_link       (const char       *prefix,
                                              gpointer          record,
                                              const char       *name);
RampartText  *rampart_pack_value             (const char       *value);
void          rampart_pack_add_pair          (RampartTable     *pairs,
                                              const char       *label,
                                              const char       *value);
void          rampart_pack_add_none          (RampartDocument  *document,
                                              const char       *sentence);
void          rampart_pack_add_lead_in       (RampartDocument  *document,
                                              RampartText      *text);
void          rampart_pack_add_lines         (RampartDocument  *document,
                                              const char       *label,
                                              const char       *text);

G_END_DECLS
