/* rampart-risks-page.h: the risk register, its heat maps and the editor of one risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-page.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_RISKS_PAGE (rampart_risks_page_get_type ())

G_DECLARE_FINAL_TYPE (RampartRisksPage, rampart_risks_page, RAMPART, RISKS_PAGE, RampartPage)

void         rampart_risks_page_select        (RampartRisksPage *self,
                                               RampartRisk      *risk);
RampartRisk *rampart_risks_page_get_selected  (RampartRisksPage *self);
guint        rampart_risks_page_get_n_shown   (RampartRisksPage *self);
void         rampart_risks_page_set_query     (RampartRisksPage *self,
                                               const char       *query);

G_END_DECLS
