/* rampart-soa-versions-window.c: the issued versions of the Statement of Applicability, compared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-soa-versions-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-soa-versions-window.h"
#include "rampart-soa.h"

/*
 * The versions, newest first, with the current decisions on top. A
 * version is shown compared with the one before it, control by control, so
 * that an approver sees what they are approving; comparing it with
 * nothing shows it whole, as it was issued.
 */

struct _RampartSoaVersionsWindow
{
  AdwWindow         parent_instance;

  /* Template widgets */
  GtkListBox       *versions_list;
  GtkLabel         *heading_label;
  GtkLabel         *details_label;
  GtkDropDown      *compare_drop_down;
  GtkLabel         *changes_label;
  GtkListBox       *lines_list;

  /* Owned */
  RampartWorkspace *workspace;
  /* The current decisions, then every issued version, newest first */
  GPtrArray        *versions;
  /* The versions the drop-down offers to compare with, after "nothing" */
  GPtrArray        *others;
  gboolean          filling;
};

G_DEFINE_FINAL_TYPE (RampartSoaVersionsWindow, rampart_soa_versions_window, ADW_TYPE_WINDOW)

static char *
describe_version (RampartSoaVersion *version)
{
  if (rampart_soa_version_get_number (version) == 0)
    return g_strdup (_("Current decisions"));

  return g_strdup_printf (_("Version %u"), rampart_soa_version_get_number (version));
}

static RampartSoaVersion *
get_shown (RampartSoaVersionsWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->versions_list);

  if (row == NULL)
    return NULL;

  return g_ptr_array_index (self->versions, gtk_list_box_row_get_index (row));
}

static void
clear_lines (RampartSoaVersionsWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_list))) != NULL)
    gtk_list_box_remove (self->lines_list, child);
}

/* "Undecided → Applicable" */
static GtkWidget *
field_row_new (const char *label,
               const char *before,
               const char *after)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *change = NULL;

  if (*before == '\0')
    change = g_strdup (after);
  else if (*after == '\0')
    /* Translators: a field's earlier text, then that it is now empty */
    change = g_strdup_printf (_("%s → (empty)"), before);
  else
    change = g_strdup_printf ("%s → %s", before, after);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), change);
  gtk_widget_add_css_class (row, "property");

  return row;
}

static void
show_changes (RampartSoaVersionsWindow *self,
              RampartSoaVersion        *before,
              RampartSoaVersion        *after)
{
  g_autoptr(GPtrArray) changes = rampart_soa_version_compare (before, after);
  g_autofree char *before_name = describe_version (before);
  g_autofree char *text = NULL;

  if (changes->len == 0)
    text = g_strdup_printf (_("No control changed since %s."), before_name);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u control changed since %s",
                                         "%u controls changed since %s", changes->len),
                            changes->len, before_name);
  gtk_label_set_text (self->changes_label, text);

  for (guint i = 0; i < changes->len; i++)
    {
      RampartSoaChange *change = g_ptr_array_index (changes, i);
      g_autofree char *title = g_strdup_printf ("%s %s", change->control_id, change->title);
      g_autoptr(GString) fields = g_string_new (NULL);
      GtkWidget *row = adw_expander_row_new ();

      for (guint f = 0; f + 2 < change->fields->len; f += 3)
        {
          g_string_append_printf (fields, "%s%s", f > 0 ? ", " : "", (char *) g_ptr_array_index (change->fields, f));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                    field_row_new (g_ptr_array_index (change->fields, f),
                                                   g_ptr_array_index (change->fields, f + 1),
                                                   g_ptr_array_index (change->fields, f + 2)));
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), fields->str);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), changes->len <= 5);
      gtk_list_box_append (self->lines_list, row);
    }
}

/* The version whole: each control's decision in a line. */
static void
show_whole (RampartSoaVersionsWindow *self,
            RampartSoaVersion        *version)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u control", "%u controls",
                                                        rampart_soa_version_get_n_lines (version)),
                                           rampart_soa_version_get_n_lines (version));

  gtk_label_set_text (self->changes_label, text);
  for (guint i = 0; i < rampart_soa_version_get_n_lines (version); i++)
    {
      const RampartSoaLine *line = rampart_soa_version_get_line (version, i);
      g_autofree char *title = g_strdup_printf ("%s %s", line->control_id, line->title);
      g_autofree char *reasons = rampart_soa_line_dup_reasons_text (line);
      g_autoptr(GString) subtitle = g_string_new (rampart_enum_get_label (RAMPART_TYPE_APPLICABILITY,
                                                                          line->applicability));
      GtkWidget *row = adw_action_row_new ();

      if (line->applicability == RAMPART_APPLICABILITY_INCLUDED)
        g_string_append_printf (subtitle, " · %s",
                                rampart_enum_get_label (RAMPART_TYPE_IMPLEMENTATION, line->implementation));
      if (*line->owner != '\0')
        g_string_append_printf (subtitle, " · %s", line->owner);
      if (line->applicability == RAMPART_APPLICABILITY_EXCLUDED && *line->justification != '\0')
        g_string_append_printf (subtitle, "\n%s", line->justification);
      else if (*reasons != '\0')
        g_string_append_printf (subtitle, "\n%s", reasons);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_list_box_append (self->lines_list, row);
    }
}

static void
compare_changed_cb (RampartSoaVersionsWindow *self)
{
  RampartSoaVersion *shown = get_shown (self);
  guint selected = gtk_drop_down_get_selected (self->compare_drop_down);

  if (self->filling || shown == NULL)
    return;

  clear_lines (self);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->others->len)
    show_whole (self, shown);
  else
    show_changes (self, g_ptr_array_index (self->others, selected - 1), shown);
}

static void
version_selected_cb (RampartSoaVersionsWindow *self,
                     GtkListBoxRow            *row)
{
  RampartSoaVersion *shown = get_shown (self);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *details = NULL;
  guint index;

  if (shown == NULL)
    return;

  index = gtk_list_box_row_get_index (row);
  heading = describe_version (shown);
  if (rampart_soa_version_get_number (shown) == 0)
    details = g_strdup (_("The statement as it reads now, not issued."));
  else if (*rampart_soa_version_get_summary (shown) != '\0')
    details = g_strdup_printf (_("Approved by %s on %s. %s"), rampart_soa_version_get_approved_by (shown),
                               rampart_soa_version_get_approved_on (shown), rampart_soa_version_get_summary (shown));
  else
    details = g_strdup_printf (_("Approved by %s on %s."), rampart_soa_version_get_approved_by (shown),
                               rampart_soa_version_get_approved_on (shown));
  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->details_label, details);

  /* Any older version; the one just before it first. */
  g_ptr_array_set_size (self->others, 0);
  gtk_string_list_append (choices, _("Nothing: show it whole"));
  for (guint i = index + 1; i < self->versions->len; i++)
    {
      RampartSoaVersion *other = g_ptr_array_index (self->versions, i);
      g_autofree char *name = describe_version (other);

      g_ptr_array_add (self->others, other);
      gtk_string_list_append (choices, name);
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->compare_drop_down, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->compare_drop_down, self->others->len > 0 ? 1 : 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->compare_drop_down), self->others->len > 0);
  self->filling = FALSE;
  compare_changed_cb (self);
}

static void
fill (RampartSoaVersionsWindow *self)
{
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (self->versions, rampart_soa_version_new_current (self->workspace));
  issued = rampart_workspace_list_soa_versions (self->workspace, &error);
  if (issued == NULL)
    g_warning ("Could not read the issued versions: %s", error->message);
  for (guint i = issued != NULL ? issued->len : 0; i > 0; i--)
    g_ptr_array_add (self->versions, g_object_ref (g_ptr_array_index (issued, i - 1)));

  for (guint i = 0; i < self->versions->len; i++)
    {
      RampartSoaVersion *version = g_ptr_array_index (self->versions, i);
      g_autofree char *name = describe_version (version);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (name);
      GtkWidget *subtitle;

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_box_append (GTK_BOX (box), title);
      if (rampart_soa_version_get_number (version) == 0)
        subtitle = gtk_label_new (_("Not issued"));
      else
        subtitle = gtk_label_new (rampart_soa_version_get_approved_on (version));
      gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
      gtk_widget_add_css_class (subtitle, "dim-label");
      gtk_widget_add_css_class (subtitle, "caption");
      gtk_box_append (GTK_BOX (box), subtitle);
      gtk_list_box_append (self->versions_list, box);
    }

  /* The latest issued version first, compared with the one before; the current decisions if none was issued. */
  gtk_list_box_select_row (self->versions_list,
                           gtk_list_box_get_row_at_index (self->versions_list, self->versions->len > 1 ? 1 : 0));
}

static void
rampart_soa_versions_window_finalize (GObject *object)
{
  RampartSoaVersionsWindow *self = RAMPART_SOA_VERSIONS_WINDOW (object);

  g_clear_object (&self->workspace);
  g_ptr_array_unref (self->versions);
  g_ptr_array_unref (self->others);

  G_OBJECT_CLASS (rampart_soa_versions_window_parent_class)->finalize (object);
}

static void
rampart_soa_versions_window_class_init (RampartSoaVersionsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rampart_soa_versions_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-soa-versions-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartSoaVersionsWindow, versions_list);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaVersionsWindow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaVersionsWindow, details_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaVersionsWindow, compare_drop_down);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaVersionsWindow, changes_label);
  gtk_widget_class_bind_template_child (widget_class, RampartSoaVersionsWindow, lines_list);
  gtk_widget_class_bind_template_callback (widget_class, version_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, compare_changed_cb);
}

static void
rampart_soa_versions_window_init (RampartSoaVersionsWindow *self)
{
  self->versions = g_ptr_array_new_with_free_func (g_object_unref);
  self->others = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rampart_soa_versions_window_new:
 * @workspace: a workspace
 *
 * Returns: (transfer floating): a window that lists the issued versions
 *   of @workspace's Statement of Applicability and compares them
 */
GtkWidget *
rampart_soa_versions_window_new (RampartWorkspace *workspace)
{
  RampartSoaVersionsWindow *self = g_object_new (RAMPART_TYPE_SOA_VERSIONS_WINDOW, NULL);

  self->workspace = g_object_ref (workspace);
  fill (self);

  return GTK_WIDGET (self);
}
