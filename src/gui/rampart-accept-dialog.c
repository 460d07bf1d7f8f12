/* rampart-accept-dialog.c: the risk owner accepts the residual risk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-accept-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-accept-dialog.h"
#include "rampart-date-row.h"

/*
 * Clause 6.1.3 f asks for the risk owners' acceptance of the residual
 * risks. The dialog says what is being accepted, the rating it stands at
 * against the acceptance criterion, and records who accepts it, when and
 * why, as one edit.
 */

struct _RampartAcceptDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  AdwEntryRow      *by_row;
  RampartDateRow   *date_row;
  AdwEntryRow      *rationale_row;

  /* Owned */
  RampartWorkspace *workspace;
  RampartRisk      *risk;
};

G_DEFINE_FINAL_TYPE (RampartAcceptDialog, rampart_accept_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
rampart_accept_dialog_response (AdwMessageDialog *dialog,
                                const char       *response)
{
  RampartAcceptDialog *self = RAMPART_ACCEPT_DIALOG (dialog);

  if (g_str_equal (response, "accept"))
    rampart_risk_accept (self->risk, rampart_workspace_get_risk_method (self->workspace),
                         gtk_editable_get_text (GTK_EDITABLE (self->by_row)),
                         rampart_date_row_get_date (self->date_row),
                         gtk_editable_get_text (GTK_EDITABLE (self->rationale_row)));

  /* libadwaita 1.2 has no default handler to chain up to; later ones may. */
  if (ADW_MESSAGE_DIALOG_CLASS (rampart_accept_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (rampart_accept_dialog_parent_class)->response (dialog, response);
}

static void
update_accept (RampartAcceptDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "accept",
                                           *gtk_editable_get_text (GTK_EDITABLE (self->by_row)) != '\0' &&
                                           *rampart_date_row_get_date (self->date_row) != '\0');
}

static void
rampart_accept_dialog_dispose (GObject *object)
{
  RampartAcceptDialog *self = RAMPART_ACCEPT_DIALOG (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->risk);

  G_OBJECT_CLASS (rampart_accept_dialog_parent_class)->dispose (object);
}

static void
rampart_accept_dialog_class_init (RampartAcceptDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rampart_accept_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = rampart_accept_dialog_response;

  g_type_ensure (RAMPART_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rampart-accept-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RampartAcceptDialog, by_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAcceptDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, RampartAcceptDialog, rationale_row);
  gtk_widget_class_bind_template_callback (widget_class, update_accept);
}

static void
rampart_accept_dialog_init (RampartAcceptDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rampart_accept_dialog_new:
 * @parent: the window it belongs to
 * @workspace: the workspace of @risk
 * @risk: the risk to accept
 *
 * Returns: (transfer none): a new dialog, to present
 */
GtkWidget *
rampart_accept_dialog_new (GtkWindow        *parent,
                           RampartWorkspace *workspace,
                           RampartRisk      *risk)
{
  RampartRiskMethod *method = rampart_workspace_get_risk_method (workspace);
  RampartAcceptDialog *self = g_object_new (RAMPART_TYPE_ACCEPT_DIALOG, "transient-for", parent, NULL);
  guint band = rampart_risk_get_current_band (risk, method);
  guint acceptable = rampart_risk_method_get_acceptance_band (method);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *code = rampart_risk_dup_code (risk);
  g_autofree char *body = NULL;

  self->workspace = g_object_ref (workspace);
  self->risk = g_object_ref (risk);

  if (band == RAMPART_RISK_UNRATED)
    /* Translators: a risk's code and title */
    body = g_strdup_printf (_("%s, “%s”, is not rated yet. Its owner accepts it as it is."),
                            code, rampart_risk_get_title (risk));
  else if (band > acceptable)
    /* Translators: a risk's code and title, its level, and the highest level acceptable without treatment */
    body = g_strdup_printf (_("%s, “%s”, stands at %s after treatment, above the acceptance criterion (%s). "
                              "Its owner accepts the residual risk as it is."),
                            code, rampart_risk_get_title (risk), rampart_risk_method_get_band_name (method, band),
                            rampart_risk_method_get_band_name (method, acceptable));
  else
    body = g_strdup_printf (_("%s, “%s”, stands at %s after treatment. Its owner accepts the residual risk as it is."),
                            code, rampart_risk_get_title (risk), rampart_risk_method_get_band_name (method, band));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  gtk_editable_set_text (GTK_EDITABLE (self->by_row), rampart_risk_get_owner (risk));
  rampart_date_row_set_date (self->date_row, today);
  update_accept (self);

  return GTK_WIDGET (self);
}
