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
void          rampart_doc_controls_build     (RampartWorkspace *workspace,
                                              RampartDocument  *document);

RampartText  *rampart_pack_value             (const char       *value);
void          rampart_pack_add_pair          (RampartTable     *pairs,
                                              const char       *label,
                                              const char       *value);

G_END_DECLS
