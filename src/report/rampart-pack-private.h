/* rampart-pack-private.h: the documents of the pack, and what they share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-document.h"
#include "rampart-workspace.h"

G_BEGIN_DECLS

void          rampart_doc_organisation_build   (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);
void          rampart_doc_context_build        (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);
void          rampart_doc_scope_build          (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);
void          rampart_doc_roles_build          (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);
void          rampart_doc_risk_method_build    (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);
void          rampart_doc_risk_report_build    (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);
void          rampart_doc_risk_treatment_build (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);
void          rampart_doc_soa_build            (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);
void          rampart_doc_assets_build         (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);
void          rampart_doc_controls_build       (RampartWorkspace  *workspace,
                                                RampartDocument   *document,
                                                GDateTime         *date);

const char   *rampart_pack_or                  (const char        *value,
                                                const char        *fallback);
char         *rampart_pack_record_anchor       (const char        *prefix,
                                                gpointer           record);
void          rampart_pack_append_record_link  (RampartText       *text,
                                                const char        *prefix,
                                                gpointer           record,
                                                const char        *name);
RampartText  *rampart_pack_record_link         (const char        *prefix,
                                                gpointer           record,
                                                const char        *name);
RampartText  *rampart_pack_value               (const char        *value);
void          rampart_pack_add_pair            (RampartTable      *pairs,
                                                const char        *label,
                                                const char        *value);
void          rampart_pack_add_none            (RampartDocument   *document,
                                                const char        *sentence);
void          rampart_pack_add_table           (RampartDocument   *document,
                                                RampartTable      *table,
                                                const char        *none);
void          rampart_pack_add_lead_in         (RampartDocument   *document,
                                                RampartText       *text);
void          rampart_pack_add_lines           (RampartDocument   *document,
                                                const char        *label,
                                                const char        *text);
RampartBlock *rampart_pack_new_heat_maps       (RampartRiskMethod *method,
                                                GListModel        *risks,
                                                double             width,
                                                double             height,
                                                RampartText       *caption);

/* Risks, as the risk documents and the asset inventory show them */
GPtrArray    *rampart_pack_dup_risks           (RampartWorkspace  *workspace);
char         *rampart_pack_risk_heading        (RampartRisk       *risk);
RampartText  *rampart_pack_risk_link           (RampartRisk       *risk);
RampartText  *rampart_pack_band                (RampartRiskMethod *method,
                                                guint              band);
gboolean      rampart_pack_risk_above_criterion
                                               (RampartRiskMethod *method,
                                                RampartRisk       *risk);
RampartText  *rampart_pack_rating              (RampartRiskMethod *method,
                                                RampartRisk       *risk,
                                                RampartRiskStage   stage);
RampartText  *rampart_pack_risk_controls       (RampartWorkspace  *workspace,
                                                RampartRisk       *risk);

G_END_DECLS
