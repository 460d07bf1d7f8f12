/* rampart-date-row.c: a row for a date, chosen on a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-date-row.h"
#include "rampart-document-control.h"

/*
 * Dates are kept as text in the form YYYY-MM-DD, or empty for none; the
 * row shows them in words and offers a calendar to pick one and a button
 * to clear it.
 */

struct _RampartDateRow
{
  AdwActionRow  parent_instance;

  /* Template widgets */
  GtkWidget    *clear_button;
  GtkWidget    *choose_button;
  GtkPopover   *popover;
  GtkCalendar  *calendar;

  char         *date;
  gboolean      updating;
};

G_DEFINE_FINAL_TYPE (RampartDateRow, rampart_date_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
parse (const char *date)
{
  g_autofree char *iso = NULL;

  if (date == NULL || *date == '\0' || !rampart_date_is_valid (date))
    return NULL;

  iso = g_strconcat (date, "T12:00:00Z", NULL);
  return g_date_time_new_from_iso8601 (iso, NULL);
}

static void
update (RampartDateRow *self)
{
  g_autoptr(GDateTime) date = parse (self->date);
  g_autofree char *text = NULL;

  /* Translators: how a date is shown, see g_date_time_format(); e.g. "23 November 2026" */
  text = date != NULL ? g_date_time_format (date, _("%-d %B %Y")) : g_strdup (_("Not set"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text);
  gtk_widget_set_visible (self->clear_button, date != NULL);
}

static void
popover_show_cb (RampartDateRow *self)
{
  g_autoptr(GDateTime) date = parse (self->date);

  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->updating = FALSE;
}

static void
day_selected_cb (RampartDateRow *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *text = NULL;

  if (self->updating)
    return;

  day = gtk_calendar_get_date (self->calendar);
  text = g_date_time_format (day, "%Y-%m-%d");
  rampart_date_row_set_date (self, text);
  gtk_popover_popdown (self->popover);
}

static void
clear_clicked_cb (RampartDateRow *self)
{
  rampart_date_row_set_date (self, "");
}

static void
rampart_date_row_finalize (GObject *object)
{
  RampartDateRow *self = RAMPART_DATE_ROW (object);

  g_free (self->date);

  G_OBJECT_CLASS (rampart_date_row_parent_class)->finalize (object);
}

static void
rampart_date_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RampartDateRow *self = RAMPART_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_date_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RampartDateRow *self = RAMPART_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      rampart_date_row_set_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rampart_date_row_class_init (RampartDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rampart_date_row_finalize;
  object_class->get_property = rampart_date_row_get_property;
  object_class->set_property = rampart_date_row_set_property;

  /**
   * RampartDateRow:date:
   *
   * The date as YYYY-MM-DD, or an empty string for none.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartDateRow, clear_button);
  gtk_widget_class_bind_template_child (widget_class, RampartDateRow, choose_button);
  gtk_widget_class_bind_template_child (widget_class, RampartDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, RampartDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
}

static void
rampart_date_row_init (RampartDateRow *self)
{
  self->date = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

const char *
rampart_date_row_get_date (RampartDateRow *self)
{
  g_return_val_if_fail (RAMPART_IS_DATE_ROW (self), NULL);

  return self->date;
}

/**
 * rampart_date_row_set_date:
 * @self: a #RampartDateRow
 * @date: (nullable): a date as YYYY-MM-DD, or empty or %NULL for none
 */
void
rampart_date_row_set_date (RampartDateRow *self,
                           const char     *date)
{
  g_return_if_fail (RAMPART_IS_DATE_ROW (self));

  if (date == NULL || !rampart_date_is_valid (date))
    date = "";
  if (g_str_equal (self->date, date))
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
