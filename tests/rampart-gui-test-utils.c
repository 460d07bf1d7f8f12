/* rampart-gui-test-utils.c: helpers shared by the tests of windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rampart-gui-test-utils.h"

/* GTK for tests, without animations: screenshots show where a transition ends, not its middle. */
void
rampart_test_gui_init (int    *argc,
                       char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

void
rampart_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
settled_cb (gpointer data)
{
  gboolean *settled = data;

  *settled = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits for what pages do shortly after a change: refreshing rows, counts and findings. */
void
rampart_test_settle (void)
{
  gboolean settled = FALSE;

  g_timeout_add (300, settled_cb, &settled);
  while (!settled)
    g_main_context_iteration (NULL, TRUE);
  rampart_test_iterate ();
}

/* Shows @window at @width × @height and waits for it to be drawn. */
void
rampart_test_show (GtkWidget *window,
                   int        width,
                   int        height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  rampart_test_iterate ();
}

/* How many widgets of @type under @root a person can see (not counting their insides). */
guint
rampart_test_count_visible (GtkWidget *root,
                            GType      type)
{
  guint count = 0;

  if (!gtk_widget_get_visible (root))
    return 0;
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_child_visible (root))
    return 1;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += rampart_test_count_visible (child, type);

  return count;
}

/* The first widget of @type under @root named @name (by id or widget name), or any. */
GtkWidget *
rampart_test_find_widget (GtkWidget  *root,
                          GType       type,
                          const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0 ||
       g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), name) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rampart_test_find_widget (child, type, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The widget of @type under @root whose title (a row's) or label (a button's) is @title. */
GtkWidget *
rampart_test_find_titled (GtkWidget  *root,
                          GType       type,
                          const char *title)
{
  const char *text = NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      if (ADW_IS_PREFERENCES_ROW (root))
        text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root));
      else if (GTK_IS_BUTTON (root))
        text = gtk_button_get_label (GTK_BUTTON (root));

      if (g_strcmp0 (text, title) == 0)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rampart_test_find_titled (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The newest open window of @type, such as a dialog a page just opened, or NULL. */
GtkWidget *
rampart_test_find_window (GType type)
{
  GListModel *windows = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (windows, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        found = window;
    }

  return found;
}

/* With RAMPART_TEST_SCREENSHOTS set to a folder, saves @window there as @name. */
void
rampart_test_screenshot (GtkWidget  *window,
                         const char *name)
{
  const char *dir = g_getenv ("RAMPART_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL)
    return;

  /* Widgets shown since the last frame are allocated by the next one. */
  for (guint i = 0; i < 3; i++)
    {
      gtk_test_widget_wait_for_draw (window);
      rampart_test_iterate ();
    }
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* What a person operates; containers such as lists are named by their rows. */
static gboolean
is_control (GtkWidget *widget)
{
  switch (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
has_text_content (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;

  /* A menu button's popover is not what names the button. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child) && has_text_content (child))
      return TRUE;

  return FALSE;
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (accessible);

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  /* Buttons and links are named by the text they show. */
  return (role == GTK_ACCESSIBLE_ROLE_BUTTON || role == GTK_ACCESSIBLE_ROLE_LINK ||
          role == GTK_ACCESSIBLE_ROLE_MENU_ITEM || role == GTK_ACCESSIBLE_ROLE_CHECKBOX) &&
         has_text_content (widget);
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *unnamed)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (is_control (widget) && !has_accessible_name (widget))
    g_string_append_printf (unnamed, "%s%s (%s)", unnamed->len > 0 ? ", " : "",
                            G_OBJECT_TYPE_NAME (widget),
                            gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)) ?: "-");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

/* Every control a person can reach on @window has a name for screen readers. */
void
rampart_test_assert_controls_named (GtkWidget  *window,
                                    const char *where)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);

  collect_unnamed (window, unnamed);
  if (unnamed->len > 0)
    g_error ("Controls without an accessible name on %s: %s", where, unnamed->str);
}

/* Activates the row of section @name in @window's sidebar, as a person does. */
void
rampart_test_activate_section (GtkWidget  *window,
                               const char *name)
{
  GtkWidget *list = rampart_test_find_widget (window, GTK_TYPE_LIST_BOX, "section_list");
  GtkWidget *row;

  g_assert_nonnull (list);
  row = rampart_test_find_widget (list, GTK_TYPE_LIST_BOX_ROW, name);
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  rampart_test_iterate ();
}
