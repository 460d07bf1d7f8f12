/* rampart-page.h: a section of the workspace window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_PAGE (rampart_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (RampartPage, rampart_page, RAMPART, PAGE, AdwBin)

/**
 * RampartPageClass:
 * @workspace_changed: called after #RampartPage:workspace changed; the
 *   workspace may be %NULL
 *
 * Every section of the window is a page that shows one workspace.
 */
struct _RampartPageClass
{
  AdwBinClass parent_class;

  void (*workspace_changed) (RampartPage *self);
};

RampartWorkspace *rampart_page_get_workspace (RampartPage      *self);
void              rampart_page_set_workspace (RampartPage      *self,
                                              RampartWorkspace *workspace);

G_END_DECLS
