/* rampart-preferences-window.c: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-paper.h"
#include "rampart-preferences-window.h"

struct _RampartPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *paper_row;
  GtkStringList        *paper_sizes;
};

G_DEFINE_FINAL_TYPE (RampartPreferencesWindow, rampart_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The choices of the paper row, in order, as the settings store them. */
static const char * const paper_values[] = { "", "a4", "letter" };

static gboolean
paper_to_row (GValue   *value,
              GVariant *variant,
              gpointer  user_data)
{
  const char *name = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paper_values); i++)
    if (g_str_equal (name, paper_values[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
row_to_paper (const GValue       *value,
              const GVariantType *type,
              gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  return g_variant_new_string (paper_values[MIN (selected, G_N_ELEMENTS (paper_values) - 1)]);
}

static void
rampart_preferences_window_class_init (RampartPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rampart-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, RampartPreferencesWindow, paper_sizes);
}

static void
rampart_preferences_window_init (RampartPreferencesWindow *self)
{
  g_autofree char *automatic = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: the paper size chosen from the language and country, as in "Automatic (A4)" */
  automatic = g_strdup_printf (_("Automatic (%s)"),
                               rampart_paper_get_default () == RAMPART_PAPER_US_LETTER ? _("US Letter") : _("A4"));
  gtk_string_list_append (self->paper_sizes, automatic);
  gtk_string_list_append (self->paper_sizes, _("A4"));
  gtk_string_list_append (self->paper_sizes, _("US Letter"));
}

/**
 * rampart_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: the application's settings
 *
 * Returns: (transfer floating): the preferences window
 */
GtkWidget *
rampart_preferences_window_new (GtkWindow *parent,
                                GSettings *settings)
{
  RampartPreferencesWindow *self = g_object_new (RAMPART_TYPE_PREFERENCES_WINDOW,
                                                 "transient-for", parent, NULL);

  g_settings_bind_with_mapping (settings, "paper-size", self->paper_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, paper_to_row, row_to_paper, NULL, NULL);
  return GTK_WIDGET (self);
}
