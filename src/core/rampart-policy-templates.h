/* rampart-policy-templates.h: the starter set of policies to adapt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rampart-policy.h"

G_BEGIN_DECLS

/**
 * RampartPolicyTemplate:
 * @key: a stable name, such as "backup"
 * @title: the policy's title
 * @kind: what kind of document it is
 * @controls: the ids of the Annex A controls it supports
 * @audience: whom it is for
 * @summary: what it covers, in a sentence
 * @body: its text in Markdown, with placeholders and places to adapt
 *
 * A policy Rampart offers as a starting point.
 */
typedef struct
{
  char              *key;
  char              *title;
  RampartPolicyKind  kind;
  GStrv              controls;
  char              *audience;
  char              *summary;
  char              *body;
} RampartPolicyTemplate;

GPtrArray                   *rampart_policy_templates_get   (void);
const RampartPolicyTemplate *rampart_policy_templates_find  (const char                  *key);
RampartPolicy               *rampart_policy_new_from_template
                                                            (RampartRecordList           *policies,
                                                             const RampartPolicyTemplate *template);
RampartPolicy               *rampart_policy_new_blank       (RampartRecordList           *policies);

G_END_DECLS
