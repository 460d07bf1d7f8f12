/* rampart-control.c: one control of the Annex A catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-control"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "rampart-control.h"
#include "rampart-db-private.h"
#include "rampart-risk.h"
#include "rampart-search-private.h"
#include "rampart-workspace-private.h"

struct _RampartControl
{
  GObject              parent_instance;

  char                *id;
  char                *title;
  RampartControlTheme  theme;
  gboolean             new_in_2022;
  GStrv                ids_2013;
  GStrv                attributes[RAMPART_N_CONTROL_ATTRIBUTES];
  /* Lower-cased id, title and attributes, for search. */
  char                *search_text;
};

G_DEFINE_FINAL_TYPE (RampartControl, rampart_control, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_THEME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The names the catalogue and the file use, in enum order. */
static const char * const theme_names[] = {
  "Organizational", "People", "Physical", "Technological",
};
static const char * const attribute_kinds[] = {
  "control-type", "security-property", "cybersecurity-concept",
  "operational-capability", "security-domain",
};

G_STATIC_ASSERT (G_N_ELEMENTS (theme_names) == RAMPART_N_CONTROL_THEMES);
G_STATIC_ASSERT (G_N_ELEMENTS (attribute_kinds) == RAMPART_N_CONTROL_ATTRIBUTES);

static void
rampart_control_finalize (GObject *object)
{
  RampartControl *self = RAMPART_CONTROL (object);

  g_free (self->id);
  g_free (self->title);
  g_strfreev (self->ids_2013);
  for (guint i = 0; i < RAMPART_N_CONTROL_ATTRIBUTES; i++)
    g_strfreev (self->attributes[i]);
  g_free (self->search_text);

  G_OBJECT_CLASS (rampart_control_parent_class)->finalize (object);
}

static void
rampart_control_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RampartControl *self = RAMPART_CONTROL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_THEME:
      g_value_set_int (value, self->theme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_control_class_init (RampartControlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rampart_control_finalize;
  object_class->get_property = rampart_control_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEME] =
    g_param_spec_int ("theme", NULL, NULL,
                      0, RAMPART_N_CONTROL_THEMES - 1, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rampart_control_init (RampartControl *self)
{
}

static GStrv
split_list (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit (text, ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

static int
find_name (const char * const *names,
           guint               n_names,
           const char         *name)
{
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (names[i], name))
      return (int) i;

  return -1;
}

static void
build_search_text (RampartControl *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%s %s %s", self->id, self->title,
                          rampart_control_theme_get_label (self->theme));
  for (guint i = 0; i < RAMPART_N_CONTROL_ATTRIBUTES; i++)
    for (guint j = 0; self->attributes[i][j] != NULL; j++)
      {
        g_autofree char *tag = rampart_control_format_tag (self->attributes[i][j]);

        g_string_append_printf (text, " %s", tag);
      }

  self->search_text = rampart_search_fold (text->str);
}

GListStore *
_rampart_control_load_all (sqlite3  *db,
                           GError  **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RAMPART_TYPE_CONTROL);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(sqlite3_stmt) controls = NULL;
  g_autoptr(sqlite3_stmt) attributes = NULL;
  int rc;

  controls = rampart_db_prepare (db,
                                 "SELECT id, title, theme, new_in_2022, ids_2013"
                                 " FROM control ORDER BY position",
                                 error);
  attributes = rampart_db_prepare (db,
                                   "SELECT control_id, kind, value FROM control_attribute"
                                   " ORDER BY control_id, kind, rowid",
                                   error);
  if (controls == NULL || attributes == NULL)
    return NULL;

  while ((rc = sqlite3_step (controls)) == SQLITE_ROW)
    {
      g_autoptr(RampartControl) control = g_object_new (RAMPART_TYPE_CONTROL, NULL);
      int theme = find_name (theme_names, G_N_ELEMENTS (theme_names),
                             rampart_db_column_text (controls, 2));

      control->id = g_strdup (rampart_db_column_text (controls, 0));
      control->title = g_strdup (rampart_db_column_text (controls, 1));
      control->theme = theme >= 0 ? (RampartControlTheme) theme
                                  : RAMPART_CONTROL_THEME_ORGANIZATIONAL;
      control->new_in_2022 = sqlite3_column_int (controls, 3) != 0;
      control->ids_2013 = split_list (rampart_db_column_text (controls, 4));
      g_list_store_append (store, control);
      g_hash_table_insert (by_id, control->id, control);
    }
  if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, db, rc);
      return NULL;
    }

  while ((rc = sqlite3_step (attributes)) == SQLITE_ROW)
    {
      const char *control_id = rampart_db_column_text (attributes, 0);
      int kind = find_name (attribute_kinds, G_N_ELEMENTS (attribute_kinds),
                            rampart_db_column_text (attributes, 1));
      char *key;
      GPtrArray *list;

      if (kind < 0 || !g_hash_table_contains (by_id, control_id))
        continue;

      key = g_strdup_printf ("%s/%d", control_id, kind);
      list = g_hash_table_lookup (lists, key);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (lists, key, list);
        }
      else
        {
          g_free (key);
        }
      g_ptr_array_add (list, g_strdup (rampart_db_column_text (attributes, 2)));
    }
  if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, db, rc);
      return NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(RampartControl) control = g_list_model_get_item (G_LIST_MODEL (store), i);

      for (guint kind = 0; kind < RAMPART_N_CONTROL_ATTRIBUTES; kind++)
        {
          g_autofree char *key = g_strdup_printf ("%s/%u", control->id, kind);
          GPtrArray *list = g_hash_table_lookup (lists, key);
          GStrvBuilder *builder = g_strv_builder_new ();

          for (guint j = 0; list != NULL && j < list->len; j++)
            g_strv_builder_add (builder, g_ptr_array_index (list, j));
          control->attributes[kind] = g_strv_builder_end (builder);
          g_strv_builder_unref (builder);
        }
      build_search_text (control);
    }

  return g_steal_pointer (&store);
}

const char *
rampart_control_get_id (RampartControl *self)
{
  g_return_val_if_fail (RAMPART_IS_CONTROL (self), NULL);

  return self->id;
}

const char *
rampart_control_get_title (RampartControl *self)
{
  g_return_val_if_fail (RAMPART_IS_CONTROL (self), NULL);

  return self->title;
}

RampartControlTheme
rampart_control_get_theme (RampartControl *self)
{
  g_return_val_if_fail (RAMPART_IS_CONTROL (self), 0);

  return self->theme;
}

gboolean
rampart_control_get_new_in_2022 (RampartControl *self)
{
  g_return_val_if_fail (RAMPART_IS_CONTROL (self), FALSE);

  return self->new_in_2022;
}

/**
 * rampart_control_get_ids_2013:
 * @self: a #RampartControl
 *
 * Returns: (transfer none): the ISO/IEC 27001:2013 Annex A controls this one
 *   replaces, such as "A.5.1.1"; empty for controls new in 2022
 */
const char * const *
rampart_control_get_ids_2013 (RampartControl *self)
{
  g_return_val_if_fail (RAMPART_IS_CONTROL (self), NULL);

  return (const char * const *) self->ids_2013;
}

/**
 * rampart_control_get_attribute:
 * @self: a #RampartControl
 * @attribute: which ISO/IEC 27002 attribute
 *
 * Returns: (transfer none): the attribute's values as tags, such as
 *   "Governance_and_Ecosystem"; see rampart_control_format_tag()
 */
const char * const *
rampart_control_get_attribute (RampartControl          *self,
                               RampartControlAttribute  attribute)
{
  g_return_val_if_fail (RAMPART_IS_CONTROL (self), NULL);
  g_return_val_if_fail (attribute < RAMPART_N_CONTROL_ATTRIBUTES, NULL);

  return (const char * const *) self->attributes[attribute];
}

/**
 * rampart_control_matches:
 * @self: a #RampartControl
 * @query: (nullable): what a person typed into a search field
 *
 * Every word of @query must occur, regardless of case, in the control's
 * id, title, theme or attributes.
 *
 * Returns: %TRUE if the control matches @query
 */
gboolean
rampart_control_matches (RampartControl *self,
                         const char     *query)
{
  g_return_val_if_fail (RAMPART_IS_CONTROL (self), FALSE);

  return rampart_search_matches (self->search_text, query);
}

const char *
rampart_control_theme_get_label (RampartControlTheme theme)
{
  switch (theme)
    {
    case RAMPART_CONTROL_THEME_ORGANIZATIONAL: return _("Organisational controls");
    case RAMPART_CONTROL_THEME_PEOPLE:         return _("People controls");
    case RAMPART_CONTROL_THEME_PHYSICAL:       return _("Physical controls");
    case RAMPART_CONTROL_THEME_TECHNOLOGICAL:  return _("Technological controls");
    case RAMPART_N_CONTROL_THEMES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
rampart_control_attribute_get_label (RampartControlAttribute attribute)
{
  switch (attribute)
    {
    case RAMPART_CONTROL_ATTRIBUTE_CONTROL_TYPE:           return _("Control type");
    case RAMPART_CONTROL_ATTRIBUTE_SECURITY_PROPERTY:      return _("Security properties");
    case RAMPART_CONTROL_ATTRIBUTE_CYBERSECURITY_CONCEPT:  return _("Cybersecurity concepts");
    case RAMPART_CONTROL_ATTRIBUTE_OPERATIONAL_CAPABILITY: return _("Operational capabilities");
    case RAMPART_CONTROL_ATTRIBUTE_SECURITY_DOMAIN:        return _("Security domains");
    case RAMPART_N_CONTROL_ATTRIBUTES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rampart_control_format_tag:
 * @tag: an ISO/IEC 27002 attribute value, such as "Governance_and_Ecosystem"
 *
 * Returns: (transfer full): the value as words, such as "Governance and Ecosystem"
 */
char *
rampart_control_format_tag (const char *tag)
{
  char *text = g_strdup (tag);

  g_strdelimit (text, "_", ' ');
  return text;
}

/* Links to controls, kept by their ids in a table of their own */

/*
 * Writes the whole set of control ids a record links to: @clear_sql
 * deletes the record's links, ?1 its id; @insert_sql adds one, ?1 the
 * record's id and ?2 a control's.
 */
gboolean
_rampart_control_links_store (RampartWorkspace    *workspace,
                              const char          *clear_sql,
                              const char          *insert_sql,
                              gint64               owner_id,
                              const char * const  *ids,
                              GError             **error)
{
  g_autoptr(RampartCachedStatement) clear = NULL;
  g_autoptr(RampartCachedStatement) insert = NULL;

  clear = _rampart_workspace_prepare_cached (workspace, clear_sql, error);
  insert = _rampart_workspace_prepare_cached (workspace, insert_sql, error);
  if (clear == NULL || insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (clear, 1, owner_id);
  if (!rampart_db_step_done (clear, error))
    return FALSE;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, owner_id);
      sqlite3_bind_text (insert, 2, ids[i], -1, SQLITE_TRANSIENT);
      if (!rampart_db_step_done (insert, error))
        return FALSE;
    }

  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return rampart_compare_control_ids (*(const char **) a, *(const char **) b);
}

/*
 * Reads the control ids a record links to, in the order of Annex A:
 * @select_sql selects them, ?1 the record's id.
 */
GStrv
_rampart_control_links_load (RampartWorkspace  *workspace,
                             const char        *select_sql,
                             gint64             owner_id,
                             GError           **error)
{
  g_autoptr(RampartCachedStatement) select = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  int rc;

  select = _rampart_workspace_prepare_cached (workspace, select_sql, error);
  if (select == NULL)
    return NULL;

  sqlite3_bind_int64 (select, 1, owner_id);
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup (rampart_db_column_text (select, 0)));
  if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, _rampart_workspace_get_db (workspace), rc);
      return NULL;
    }
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);

  return (GStrv) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}
