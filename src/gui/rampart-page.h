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
 * @navigate_back: goes back within the page, when it is narrow and shows
 *   the second of its panes; returns %FALSE if there is nowhere to go
 *
 * Every section of the window is a page that shows one workspace.
 */
struct _RampartPageClass
{
  AdwBinClass parent_class;

  void     (*workspace_changed) (RampartPage *self);
  gboolean (*navigate_back)     (RampartPage *self);
};

RampartWorkspace *rampart_page_get_workspace         (RampartPage      *self);
void              rampart_page_set_workspace         (RampartPage      *self,
                                                      RampartWorkspace *workspace);
gboolean          rampart_page_get_can_navigate_back (RampartPage      *self);
void              rampart_page_set_can_navigate_back (RampartPage      *self,
                                                      gboolean          can_navigate_back);
gboolean          rampart_page_navigate_back         (RampartPage      *self);

G_END_DECLS
