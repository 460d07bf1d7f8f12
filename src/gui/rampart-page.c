/* rampart-page.c: a section of the workspace window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-page"

#include "config.h"

#include "rampart-page.h"

typedef struct
{
  RampartWorkspace *workspace;
  gboolean          can_navigate_back;
} RampartPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RampartPage, rampart_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_CAN_NAVIGATE_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rampart_page_dispose (GObject *object)
{
  RampartPagePrivate *priv = rampart_page_get_instance_private (RAMPART_PAGE (object));

  g_clear_object (&priv->workspace);

  G_OBJECT_CLASS (rampart_page_parent_class)->dispose (object);
}

static void
rampart_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RampartPage *self = RAMPART_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, rampart_page_get_workspace (self));
      break;

    case PROP_CAN_NAVIGATE_BACK:
      g_value_set_boolean (value, rampart_page_get_can_navigate_back (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RampartPage *self = RAMPART_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      rampart_page_set_workspace (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_page_class_init (RampartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rampart_page_dispose;
  object_class->get_property = rampart_page_get_property;
  object_class->set_property = rampart_page_set_property;

  /**
   * RampartPage:workspace:
   *
   * The workspace the page shows, bound to the window's.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, RAMPART_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * RampartPage:can-navigate-back:
   *
   * Whether the page, narrow, shows its second pane, so that the window's
   * back button goes back within the page rather than to the sections.
   */
  properties[PROP_CAN_NAVIGATE_BACK] =
    g_param_spec_boolean ("can-navigate-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rampart_page_init (RampartPage *self)
{
}

/**
 * rampart_page_get_workspace:
 * @self: a #RampartPage
 *
 * Returns: (transfer none) (nullable): the workspace the page shows
 */
RampartWorkspace *
rampart_page_get_workspace (RampartPage *self)
{
  RampartPagePrivate *priv = rampart_page_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_PAGE (self), NULL);

  return priv->workspace;
}

void
rampart_page_set_workspace (RampartPage      *self,
                            RampartWorkspace *workspace)
{
  RampartPagePrivate *priv = rampart_page_get_instance_private (self);

  g_return_if_fail (RAMPART_IS_PAGE (self));
  g_return_if_fail (workspace == NULL || RAMPART_IS_WORKSPACE (workspace));

  if (!g_set_object (&priv->workspace, workspace))
    return;

  if (RAMPART_PAGE_GET_CLASS (self)->workspace_changed != NULL)
    RAMPART_PAGE_GET_CLASS (self)->workspace_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

gboolean
rampart_page_get_can_navigate_back (RampartPage *self)
{
  RampartPagePrivate *priv = rampart_page_get_instance_private (self);

  g_return_val_if_fail (RAMPART_IS_PAGE (self), FALSE);

  return priv->can_navigate_back;
}

/* For pages with two panes, as they fold and unfold. */
void
rampart_page_set_can_navigate_back (RampartPage *self,
                                    gboolean     can_navigate_back)
{
  RampartPagePrivate *priv = rampart_page_get_instance_private (self);

  g_return_if_fail (RAMPART_IS_PAGE (self));

  can_navigate_back = !!can_navigate_back;
  if (priv->can_navigate_back == can_navigate_back)
    return;

  priv->can_navigate_back = can_navigate_back;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_NAVIGATE_BACK]);
}

/**
 * rampart_page_navigate_back:
 * @self: a #RampartPage
 *
 * Returns: %TRUE if the page went back within itself
 */
gboolean
rampart_page_navigate_back (RampartPage *self)
{
  g_return_val_if_fail (RAMPART_IS_PAGE (self), FALSE);

  return RAMPART_PAGE_GET_CLASS (self)->navigate_back != NULL &&
         RAMPART_PAGE_GET_CLASS (self)->navigate_back (self);
}
