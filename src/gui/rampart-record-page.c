/* rampart-record-page.c: a section that browses and edits one list of records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-record-page"

#include "config.h"

#include "rampart-record-page.h"

/*
 * What every page of records does the same way: it gives its browser the
 * workspace's list, binds the editor to the selected record, searches on
 * Ctrl+F, adds on Ctrl+Shift+N, and lets the window's back button return
 * from the editor to the list when the page is narrow.
 */

typedef struct
{
  /* Borrowed: a child of the page's template. */
  RampartRecordBrowser *browser;
  GBindingGroup        *bindings;
} RampartRecordPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RampartRecordPage, rampart_record_page, RAMPART_TYPE_PAGE)

static void
selected_cb (RampartRecordPage *self)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (self);

  g_binding_group_set_source (priv->bindings, rampart_record_browser_get_selected (priv->browser));

  if (RAMPART_RECORD_PAGE_GET_CLASS (self)->selected_changed != NULL)
    RAMPART_RECORD_PAGE_GET_CLASS (self)->selected_changed (self);
}

static void
can_navigate_back_cb (RampartRecordPage *self)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (self);

  rampart_page_set_can_navigate_back (RAMPART_PAGE (self),
                                      rampart_record_browser_get_can_navigate_back (priv->browser));
}

static void
rampart_record_page_workspace_changed (RampartPage *page)
{
  RampartRecordPage *self = RAMPART_RECORD_PAGE (page);
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (self);
  RampartWorkspace *workspace = rampart_page_get_workspace (page);
  RampartRecordList *list = NULL;
  GListModel *model = NULL;

  if (workspace != NULL)
    list = RAMPART_RECORD_PAGE_GET_CLASS (self)->get_records (self, workspace, &model);

  rampart_record_browser_set_records (priv->browser, workspace, list, model);
}

static gboolean
rampart_record_page_navigate_back (RampartPage *page)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (RAMPART_RECORD_PAGE (page));

  return rampart_record_browser_navigate_back (priv->browser);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (RAMPART_RECORD_PAGE (widget));

  rampart_record_browser_focus_search (priv->browser);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (RAMPART_RECORD_PAGE (widget));

  gtk_widget_activate_action (GTK_WIDGET (priv->browser), "browser.add", NULL);
}

static void
rampart_record_page_dispose (GObject *object)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (RAMPART_RECORD_PAGE (object));

  if (priv->bindings != NULL)
    g_binding_group_set_source (priv->bindings, NULL);
  g_clear_object (&priv->bindings);

  G_OBJECT_CLASS (rampart_record_page_parent_class)->dispose (object);
}

static void
rampart_record_page_class_init (RampartRecordPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RampartPageClass *page_class = RAMPART_PAGE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_record_page_dispose;
  page_class->workspace_changed = rampart_record_page_workspace_changed;
  page_class->navigate_back = rampart_record_page_navigate_back;

  gtk_widget_class_install_action (widget_class, "page.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "page.add", NULL, add_action);

  g_type_ensure (RAMPART_TYPE_RECORD_BROWSER);
}

static void
rampart_record_page_init (RampartRecordPage *self)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (self);

  priv->bindings = g_binding_group_new ();
}

/**
 * rampart_record_page_set_browser:
 * @self: a #RampartRecordPage, in its init after its template
 * @browser: the browser of its template
 */
void
rampart_record_page_set_browser (RampartRecordPage    *self,
                                 RampartRecordBrowser *browser)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (self);

  g_return_if_fail (RAMPART_IS_RECORD_PAGE (self));
  g_return_if_fail (priv->browser == NULL);

  priv->browser = browser;
  g_signal_connect_object (browser, "notify::selected", G_CALLBACK (selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (browser, "notify::can-navigate-back", G_CALLBACK (can_navigate_back_cb),
                           self, G_CONNECT_SWAPPED);
}

RampartRecordBrowser *
rampart_record_page_get_browser (RampartRecordPage *self)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD_PAGE (self), NULL);

  return priv->browser;
}

/**
 * rampart_record_page_get_bindings:
 * @self: a #RampartRecordPage
 *
 * Returns: (transfer none): the bindings of the editor's widgets, whose
 *   source is the selected record
 */
GBindingGroup *
rampart_record_page_get_bindings (RampartRecordPage *self)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD_PAGE (self), NULL);

  return priv->bindings;
}

/**
 * rampart_record_page_get_selected:
 * @self: a #RampartRecordPage
 *
 * Returns: (transfer none) (nullable): the record being edited
 */
RampartRecord *
rampart_record_page_get_selected (RampartRecordPage *self)
{
  RampartRecordPagePrivate *priv = rampart_record_page_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_RECORD_PAGE (self), NULL);

  return rampart_record_browser_get_selected (priv->browser);
}
