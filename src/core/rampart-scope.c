/* rampart-scope.c: the scope statement of the ISMS (clause 4.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-scope"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-record-private.h"
#include "rampart-scope-item.h"
#include "rampart-scope.h"
#include "rampart-workspace-private.h"

/*
 * A workspace has one scope: the statement an auditor reads first, and a
 * short summary, for the cover of the scope document, that Rampart can
 * write from the scope's entries and the person can then edit. The
 * entries themselves are RampartScopeItem records.
 */

struct _RampartScope
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartScope, rampart_scope, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STATEMENT,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const store_sql[N_PROPS] = {
  [PROP_STATEMENT] = "UPDATE scope SET statement = ?1 WHERE id = ?2",
  [PROP_SUMMARY] = "UPDATE scope SET summary = ?1 WHERE id = ?2",
};

static void
rampart_scope_class_init (RampartScopeClass *klass)
{
  properties[PROP_STATEMENT] = _rampart_field_text ("statement", _("Scope statement"), "");
  properties[PROP_SUMMARY] = _rampart_field_text ("summary", _("Summary"), "");

  rampart_record_class_install (RAMPART_RECORD_CLASS (klass), N_PROPS, properties, store_sql);
}

static void
rampart_scope_init (RampartScope *self)
{
}

RampartScope *
_rampart_scope_load (RampartWorkspace  *workspace,
                     GError           **error)
{
  return RAMPART_SCOPE (_rampart_record_load_singleton (RAMPART_TYPE_SCOPE, workspace,
                                                        "SELECT statement, summary FROM scope WHERE id = 1",
                                                        error));
}

const char *
rampart_scope_get_statement (RampartScope *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_STATEMENT);
}

const char *
rampart_scope_get_summary (RampartScope *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_SUMMARY);
}

/* "A", "A and B", "A, B and C" */
static void
append_series (GString   *text,
               GPtrArray *names)
{
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0 && i == names->len - 1)
        /* Translators: between the last two items of a series, as in "A, B and C" */
        g_string_append (text, _(" and "));
      else if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }
}

static GPtrArray *
names_of_kind (GListModel           *items,
               RampartScopeItemKind  kind)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RampartScopeItem) item = g_list_model_get_item (items, i);
      const char *name = rampart_scope_item_get_name (item);

      if (rampart_scope_item_get_kind (item) != kind || *name == '\0')
        continue;

      if (kind == RAMPART_SCOPE_ITEM_EXCLUSION && *rampart_scope_item_get_detail (item) != '\0')
        /* Translators: an exclusion and its justification */
        g_ptr_array_add (names, g_strdup_printf (_("%s (%s)"), name, rampart_scope_item_get_detail (item)));
      else
        g_ptr_array_add (names, g_strdup (name));
    }

  return names;
}

/**
 * rampart_scope_build_summary:
 * @organisation: the organisation profile
 * @items: (element-type RampartScopeItem): the scope's entries
 *
 * Writes a summary of the scope, a few sentences long, from its entries:
 * a starting point that the person edits.
 *
 * Returns: (transfer full): the summary, empty when there are no entries
 */
char *
rampart_scope_build_summary (RampartOrganisation *organisation,
                             GListModel          *items)
{
  /* One sentence for each kind, in the order a reader expects. */
  static const struct {
    RampartScopeItemKind kind;
    const char          *sentence;
  } sentences[] = {
    /* Translators: %s is a series of processes and services */
    { RAMPART_SCOPE_ITEM_PROCESS, N_("It covers %s.") },
    /* Translators: %s is a series of organisational units */
    { RAMPART_SCOPE_ITEM_UNIT, N_("It includes %s.") },
    /* Translators: %s is a series of locations */
    { RAMPART_SCOPE_ITEM_LOCATION, N_("It applies at %s.") },
    /* Translators: %s is a series of information systems */
    { RAMPART_SCOPE_ITEM_SYSTEM, N_("The information systems in scope are %s.") },
    /* Translators: %s is a series of exclusions, each with its reason */
    { RAMPART_SCOPE_ITEM_EXCLUSION, N_("Excluded from the scope: %s.") },
    /* Translators: %s is a series of other organisations and services */
    { RAMPART_SCOPE_ITEM_INTERFACE, N_("The ISMS depends on, and meets at its boundary, %s.") },
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *opening = NULL;
  const char *name;

  g_return_val_if_fail (RAMPART_IS_ORGANISATION (organisation), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    {
      g_autoptr(GPtrArray) names = names_of_kind (items, sentences[i].kind);
      g_autoptr(GString) series = g_string_new (NULL);
      g_autofree char *sentence = NULL;

      if (names->len == 0)
        continue;

      append_series (series, names);
      /* The format is one of ours, with one %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      sentence = g_strdup_printf (_(sentences[i].sentence), series->str);
#pragma GCC diagnostic pop
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, sentence);
    }

  if (text->len == 0)
    return g_strdup ("");

  name = rampart_organisation_get_name (organisation);
  if (*name == '\0')
    name = _("the organisation");
  /* Translators: %s is the organisation's name; the rest of the summary follows */
  opening = g_strdup_printf (_("This is the scope of the information security management system (ISMS) of %s."), name);
  g_string_prepend (text, " ");
  g_string_prepend (text, opening);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
