/* rampart-context-page.c: the internal and external issues (clause 4.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-context-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-context-page.h"
#include "rampart-gui-utils.h"
#include "rampart-text-area.h"

struct _RampartContextPage
{
  RampartRecordPage     parent_instance;

  /* Template widgets */
  RampartRecordBrowser *browser;
  AdwEntryRow          *description_row;
  AdwComboRow          *kind_row;
  AdwComboRow          *category_row;
  RampartTextArea      *effect_area;
  RampartTextArea      *response_area;
};

G_DEFINE_FINAL_TYPE (RampartContextPage, rampart_context_page, RAMPART_TYPE_RECORD_PAGE)

/* "External · Legal and regulatory" */
static char *
subtitle_cb (RampartRecord *record,
             gpointer       user_data)
{
  RampartContextIssue *issue = RAMPART_CONTEXT_ISSUE (record);

  return g_strdup_printf ("%s · %s",
                          rampart_enum_get_label (RAMPART_TYPE_ISSUE_KIND, rampart_context_issue_get_kind (issue)),
                          rampart_enum_get_label (RAMPART_TYPE_ISSUE_CATEGORY,
                                                  rampart_context_issue_get_category (issue)));
}

static RampartRecordList *
rampart_context_page_get_records (RampartRecordPage  *page,
                                  RampartWorkspace   *workspace,
                                  GListModel        **model)
{
  return rampart_workspace_get_context_issues (workspace);
}

static void
rampart_context_page_class_init (RampartContextPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  RAMPART_RECORD_PAGE_CLASS (klass)->get_records = rampart_context_page_get_records;

  g_type_ensure (RAMPART_TYPE_TEXT_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-context-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartContextPage, browser);
  gtk_widget_class_bind_template_child (widget_class, RampartContextPage, description_row);
  gtk_widget_class_bind_template_child (widget_class, RampartContextPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RampartContextPage, category_row);
  gtk_widget_class_bind_template_child (widget_class, RampartContextPage, effect_area);
  gtk_widget_class_bind_template_child (widget_class, RampartContextPage, response_area);
}

static void
rampart_context_page_init (RampartContextPage *self)
{
  static const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  GBindingGroup *bindings;

  gtk_widget_init_template (GTK_WIDGET (self));
  rampart_record_page_set_browser (RAMPART_RECORD_PAGE (self), self->browser);
  rampart_record_browser_set_subtitle_func (self->browser, subtitle_cb, NULL);
  rampart_record_browser_set_check_func (self->browser, rampart_check_context_issues);

  bindings = rampart_record_page_get_bindings (RAMPART_RECORD_PAGE (self));
  g_binding_group_bind (bindings, "description", self->description_row, "text", flags);
  rampart_bind_choice (bindings, "kind", self->kind_row, RAMPART_TYPE_ISSUE_KIND);
  rampart_bind_choice (bindings, "category", self->category_row, RAMPART_TYPE_ISSUE_CATEGORY);
  g_binding_group_bind (bindings, "effect", self->effect_area, "text", flags);
  g_binding_group_bind (bindings, "response", self->response_area, "text", flags);
}
