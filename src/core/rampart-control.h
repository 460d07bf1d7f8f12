/* rampart-control.h: one control of the Annex A catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * RampartControlTheme:
 *
 * The four themes of ISO/IEC 27001:2022 Annex A.
 */
typedef enum
{
  RAMPART_CONTROL_THEME_ORGANIZATIONAL,
  RAMPART_CONTROL_THEME_PEOPLE,
  RAMPART_CONTROL_THEME_PHYSICAL,
  RAMPART_CONTROL_THEME_TECHNOLOGICAL,
  RAMPART_N_CONTROL_THEMES
} RampartControlTheme;

/**
 * RampartControlAttribute:
 *
 * The attribute kinds that ISO/IEC 27002:2022 gives each control.
 */
typedef enum
{
  RAMPART_CONTROL_ATTRIBUTE_CONTROL_TYPE,
  RAMPART_CONTROL_ATTRIBUTE_SECURITY_PROPERTY,
  RAMPART_CONTROL_ATTRIBUTE_CYBERSECURITY_CONCEPT,
  RAMPART_CONTROL_ATTRIBUTE_OPERATIONAL_CAPABILITY,
  RAMPART_CONTROL_ATTRIBUTE_SECURITY_DOMAIN,
  RAMPART_N_CONTROL_ATTRIBUTES
} RampartControlAttribute;

#define RAMPART_TYPE_CONTROL (rampart_control_get_type ())

G_DECLARE_FINAL_TYPE (RampartControl, rampart_control, RAMPART, CONTROL, GObject)

const char          *rampart_control_get_id             (RampartControl          *self);
const char          *rampart_control_get_title          (RampartControl          *self);
RampartControlTheme  rampart_control_get_theme          (RampartControl          *self);
gboolean             rampart_control_get_new_in_2022    (RampartControl          *self);
const char * const  *rampart_control_get_ids_2013       (RampartControl          *self);
const char * const  *rampart_control_get_attribute      (RampartControl          *self,
                                                         RampartControlAttribute  attribute);
gboolean             rampart_control_matches            (RampartControl          *self,
                                                         const char              *query);

const char          *rampart_control_theme_get_label    (RampartControlTheme      theme);
const char          *rampart_control_attribute_get_label
                                                        (RampartControlAttribute  attribute);
char                *rampart_control_format_tag         (const char              *tag);

G_END_DECLS
