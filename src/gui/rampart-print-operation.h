/* rampart-print-operation.h: prints a laid-out book
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rampart-layout.h"

G_BEGIN_DECLS

#define RAMPART_TYPE_PRINT_OPERATION (rampart_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (RampartPrintOperation, rampart_print_operation, RAMPART, PRINT_OPERATION,
                      GtkPrintOperation)

RampartPrintOperation *rampart_print_operation_new (RampartLayout *layout);

G_END_DECLS
