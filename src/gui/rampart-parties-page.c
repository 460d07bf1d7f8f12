/* rampart-parties-page.c: the interested parties and their requirements (clause 4.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-parties-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-gui-utils.h"
#include "rampart-parties-page.h"
#include "rampart-requirement-row.h"
#include "rampart-text-area.h"

struct _RampartPartiesPage
{
  RampartRecordPage     parent_instance;

  /* Template widgets */
  RampartRecordBrowser *browser;
  AdwEntryRow          *name_row;
  AdwComboRow          *kind_row;
  RampartTextArea      *description_area;
  GtkListBox           *requirements_list;
  GtkLabel             *no_requirements_label;

  /* Owned */
  GSignalGroup         *requirements_signals;
};

G_DEFINE_FINAL_TYPE (RampartPartiesPage, rampart_parties_page, RAMPART_TYPE_RECORD_PAGE)

static RampartRecordList *
get_requirements (RampartPartiesPage *self)
{
  RampartRecord *party = rampart_record_page_get_selected (RAMPART_RECORD_PAGE (self));

  return party != NULL ? rampart_interested_party_get_requirements (RAMPART_INTERESTED_PARTY (party)) : NULL;
}

/* "Regulator or authority · 2 of 3 requirements addressed" */
static char *
subtitle_cb (RampartRecord *record,
             gpointer       user_data)
{
  RampartInterestedParty *party = RAMPART_INTERESTED_PARTY (record);
  GListModel *requirements = G_LIST_MODEL (rampart_interested_party_get_requirements (party));
  const char *kind = rampart_enum_get_label (RAMPART_TYPE_PARTY_KIND, rampart_interested_party_get_kind (party));
  guint n = g_list_model_get_n_items (requirements);
  guint addressed = 0;

  if (n == 0)
    /* Translators: the kind of an interested party, then that it has no requirements */
    return g_strdup_printf (_("%s · no requirements"), kind);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RampartRequirement) requirement = g_list_model_get_item (requirements, i);

      if (rampart_requirement_get_decision (requirement) == RAMPART_DECISION_ADDRESSED)
        addressed++;
    }

  /* Translators: the kind of an interested party, then how many of its requirements the ISMS addresses */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u of %u requirement addressed",
                                       "%s · %u of %u requirements addressed", n),
                          kind, addressed, n);
}

static GtkWidget *
create_requirement_row_cb (gpointer item,
                           gpointer user_data)
{
  return rampart_requirement_row_new (item);
}

static void
requirements_changed_cb (RampartPartiesPage *self)
{
  RampartRecordList *requirements = get_requirements (self);

  gtk_widget_set_visible (GTK_WIDGET (self->no_requirements_label),
                          requirements != NULL && g_list_model_get_n_items (G_LIST_MODEL (requirements)) == 0);
}

static void
rampart_parties_page_selected_changed (RampartRecordPage *page)
{
  RampartPartiesPage *self = RAMPART_PARTIES_PAGE (page);
  RampartRecordList *requirements = get_requirements (self);

  gtk_list_box_bind_model (self->requirements_list, G_LIST_MODEL (requirements),
                           create_requirement_row_cb, NULL, NULL);
  g_signal_group_set_target (self->requirements_signals, requirements);
  requirements_changed_cb (self);
}

static void
add_requirement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RampartPartiesPage *self = RAMPART_PARTIES_PAGE (widget);
  RampartRecordList *requirements = get_requirements (self);
  RampartRecord *requirement;
  guint position;

  if (requirements == NULL)
    return;

  requirement = rampart_record_list_add (requirements);
  if (requirement != NULL && rampart_record_list_find (requirements, requirement, &position))
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->requirements_list, (int) position);

      if (RAMPART_IS_REQUIREMENT_ROW (row))
        rampart_requirement_row_start_editing (RAMPART_REQUIREMENT_ROW (row));
    }
}

static RampartRecordList *
rampart_parties_page_get_records (RampartRecordPage  *page,
                                  RampartWorkspace   *workspace,
                                  GListModel        **model)
{
  return rampart_workspace_get_interested_parties (workspace);
}

static void
rampart_parties_page_dispose (GObject *object)
{
  RampartPartiesPage *self = RAMPART_PARTIES_PAGE (object);

  if (self->requirements_list != NULL)
    gtk_list_box_bind_model (self->requirements_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->requirements_signals);

  G_OBJECT_CLASS (rampart_parties_page_parent_class)->dispose (object);
}

static void
rampart_parties_page_class_init (RampartPartiesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartRecordPageClass *record_page_class = RAMPART_RECORD_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_parties_page_dispose;
  record_page_class->get_records = rampart_parties_page_get_records;
  record_page_class->selected_changed = rampart_parties_page_selected_changed;

  g_type_ensure (RAMPART_TYPE_TEXT_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-parties-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartPartiesPage, browser);
  gtk_widget_class_bind_template_child (widget_class, RampartPartiesPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPartiesPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPartiesPage, description_area);
  gtk_widget_class_bind_template_child (widget_class, RampartPartiesPage, requirements_list);
  gtk_widget_class_bind_template_child (widget_class, RampartPartiesPage, no_requirements_label);

  gtk_widget_class_install_action (widget_class, "page.add-requirement", NULL, add_requirement_action);
}

static void
rampart_parties_page_init (RampartPartiesPage *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  GBindingGroup *bindings;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->requirements_signals = g_signal_group_new (RAMPART_TYPE_RECORD_LIST);
  g_signal_group_connect_swapped (self->requirements_signals, "items-changed",
                                  G_CALLBACK (requirements_changed_cb), self);

  rampart_record_page_set_browser (RAMPART_RECORD_PAGE (self), self->browser);
  rampart_record_browser_set_subtitle_func (self->browser, subtitle_cb, NULL);
  rampart_record_browser_set_check_func (self->browser, rampart_check_interested_parties);

  bindings = rampart_record_page_get_bindings (RAMPART_RECORD_PAGE (self));
  g_binding_group_bind (bindings, "name", self->name_row, "text", flags);
  rampart_bind_choice (bindings, "kind", self->kind_row, RAMPART_TYPE_PARTY_KIND);
  g_binding_group_bind (bindings, "description", self->description_area, "text", flags);
}
