/* rampart-document-control-window.h: edits a document's control data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rampart-workspace.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_DOCUMENT_CONTROL_WINDOW (rampart_document_control_window_get_type ())

G_DECLARE_FINAL_TYPE (RampartDocumentControlWindow, rampart_document_control_window,
                      RAMPART, DOCUMENT_CONTROL_WINDOW, AdwWindow)

GtkWidget *rampart_document_control_window_new (GtkWindow        *parent,
                                                RampartWorkspace *workspace,
                                                const char       *document_id,
                                                const char       *title);

G_END_DECLS
