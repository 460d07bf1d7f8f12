/* rampart-risk.c: one risk of the register, from its assessment to its acceptance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-risk"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rampart-db-private.h"
#include "rampart-record-private.h"
#include "rampart-risk-action.h"
#include "rampart-risk-private.h"
#include "rampart-workspace-private.h"

/*
 * A risk (clauses 6.1.2 and 8.2): what could happen to which assets,
 * through which threat and vulnerability, rated before treatment
 * (inherent) and after it (residual) on the scales of the workspace's
 * method; the treatment chosen and why, the controls it relies on, the
 * actions of the treatment plan (its children), and the risk owner's
 * acceptance of what remains.
 *
 * A rating is kept as levels, never as a band: the band follows from the
 * method, so that a change of method shows its effect instead of leaving
 * stale levels behind. The acceptance keeps the residual rating it was
 * given for, so that a later change of that rating makes it stale.
 *
 * Its code, R-001, is its id in the file, which is never given again.
 */

struct _RampartRisk
{
  RampartRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (RampartRisk, rampart_risk, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_THREAT_ID,
  PROP_VULNERABILITY_ID,
  PROP_OWNER,
  PROP_INHERENT_LIKELIHOOD,
  PROP_INHERENT_IMPACT,
  PROP_INHERENT_CONFIDENTIALITY,
  PROP_INHERENT_INTEGRITY,
  PROP_INHERENT_AVAILABILITY,
  PROP_TREATMENT,
  PROP_TREATMENT_RATIONALE,
  PROP_RESIDUAL_LIKELIHOOD,
  PROP_RESIDUAL_IMPACT,
  PROP_RESIDUAL_CONFIDENTIALITY,
  PROP_RESIDUAL_INTEGRITY,
  PROP_RESIDUAL_AVAILABILITY,
  PROP_ACCEPTED_BY,
  PROP_ACCEPTED_ON,
  PROP_ACCEPTANCE_RATIONALE,
  PROP_ACCEPTED_LIKELIHOOD,
  PROP_ACCEPTED_IMPACT,
  PROP_NEXT_REVIEW,
  PROP_STATUS,
  /* Links, kept in tables of their own; last, since they have no column. */
  PROP_ASSET_IDS,
  PROP_CONTROL_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE risk SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_TITLE] = STORE ("title"),
  [PROP_DESCRIPTION] = STORE ("description"),
  [PROP_THREAT_ID] = STORE ("threat_id"),
  [PROP_VULNERABILITY_ID] = STORE ("vulnerability_id"),
  [PROP_OWNER] = STORE ("owner"),
  [PROP_INHERENT_LIKELIHOOD] = STORE ("inherent_likelihood"),
  [PROP_INHERENT_IMPACT] = STORE ("inherent_impact"),
  [PROP_INHERENT_CONFIDENTIALITY] = STORE ("inherent_confidentiality"),
  [PROP_INHERENT_INTEGRITY] = STORE ("inherent_integrity"),
  [PROP_INHERENT_AVAILABILITY] = STORE ("inherent_availability"),
  [PROP_TREATMENT] = STORE ("treatment"),
  [PROP_TREATMENT_RATIONALE] = STORE ("treatment_rationale"),
  [PROP_RESIDUAL_LIKELIHOOD] = STORE ("residual_likelihood"),
  [PROP_RESIDUAL_IMPACT] = STORE ("residual_impact"),
  [PROP_RESIDUAL_CONFIDENTIALITY] = STORE ("residual_confidentiality"),
  [PROP_RESIDUAL_INTEGRITY] = STORE ("residual_integrity"),
  [PROP_RESIDUAL_AVAILABILITY] = STORE ("residual_availability"),
  [PROP_ACCEPTED_BY] = STORE ("accepted_by"),
  [PROP_ACCEPTED_ON] = STORE ("accepted_on"),
  [PROP_ACCEPTANCE_RATIONALE] = STORE ("acceptance_rationale"),
  [PROP_ACCEPTED_LIKELIHOOD] = STORE ("accepted_likelihood"),
  [PROP_ACCEPTED_IMPACT] = STORE ("accepted_impact"),
  [PROP_NEXT_REVIEW] = STORE ("next_review"),
  [PROP_STATUS] = STORE ("status"),
};

#define COLUMNS \
  "title, description, threat_id, vulnerability_id, owner," \
  " inherent_likelihood, inherent_impact, inherent_confidentiality, inherent_integrity, inherent_availability," \
  " treatment, treatment_rationale," \
  " residual_likelihood, residual_impact, residual_confidentiality, residual_integrity, residual_availability," \
  " accepted_by, accepted_on, acceptance_rationale, accepted_likelihood, accepted_impact, next_review, status"

static gboolean store_link (RampartRecord  *record,
                            guint           prop_id,
                            const GValue   *value,
                            GError        **error);
static gboolean load_links (RampartRecord  *record,
                            GError        **error);

static const RampartRecordTable table = {
  N_("risk"),
  "SELECT id, position, " COLUMNS " FROM risk ORDER BY position, id",
  "INSERT INTO risk (id, position, " COLUMNS ")"
    " VALUES (?1, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,"
    "         ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
  "DELETE FROM risk WHERE id = ?1",
  rampart_risk_action_get_type,
  store_link,
  load_links,
};

/* Linked assets and controls: the whole set is written again on each change. */
static gboolean
store_link (RampartRecord  *record,
            guint           prop_id,
            const GValue   *value,
            GError        **error)
{
  RampartWorkspace *workspace = _rampart_record_get_workspace (record);
  gint64 id = rampart_record_get_id (record);
  g_autoptr(RampartCachedStatement) clear = NULL;
  g_autoptr(RampartCachedStatement) insert = NULL;

  if (prop_id == PROP_ASSET_IDS)
    {
      GVariant *variant = g_value_get_variant (value);
      const gint64 *ids = NULL;
      gsize n = 0;

      clear = _rampart_workspace_prepare_cached (workspace, "DELETE FROM risk_asset WHERE risk_id = ?1", error);
      insert = _rampart_workspace_prepare_cached (workspace, "INSERT INTO risk_asset (risk_id, asset_id) VALUES (?1, ?2)",
                                                  error);
      if (clear == NULL || insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (clear, 1, id);
      if (!rampart_db_step_done (clear, error))
        return FALSE;

      if (variant != NULL)
        ids = g_variant_get_fixed_array (variant, &n, sizeof (gint64));
      for (gsize i = 0; i < n; i++)
        {
          sqlite3_reset (insert);
          sqlite3_bind_int64 (insert, 1, id);
          sqlite3_bind_int64 (insert, 2, ids[i]);
          if (!rampart_db_step_done (insert, error))
            return FALSE;
        }
      return TRUE;
    }

  if (prop_id == PROP_CONTROL_IDS)
    return _rampart_control_links_store (workspace, "DELETE FROM risk_control WHERE risk_id = ?1",
                                         "INSERT INTO risk_control (risk_id, control_id) VALUES (?1, ?2)",
                                         id, g_value_get_boxed (value), error);

  g_return_val_if_reached (FALSE);
}

static int
compare_controls (gconstpointer a,
                  gconstpointer b)
{
  return rampart_compare_control_ids (*(const char **) a, *(const char **) b);
}

static gboolean
load_links (RampartRecord  *record,
            GError        **error)
{
  RampartWorkspace *workspace = _rampart_record_get_workspace (record);
  sqlite3 *db = _rampart_workspace_get_db (workspace);
  g_autoptr(RampartCachedStatement) assets = NULL;
  g_autoptr(GArray) asset_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GValue) value = G_VALUE_INIT;
  GStrv control_ids;
  int rc;

  assets = _rampart_workspace_prepare_cached (workspace, "SELECT asset_id FROM risk_asset WHERE risk_id = ?1 "
                                                        "ORDER BY asset_id", error);
  if (assets == NULL)
    return FALSE;

  sqlite3_bind_int64 (assets, 1, rampart_record_get_id (record));
  while ((rc = sqlite3_step (assets)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (assets, 0);

      g_array_append_val (asset_ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      rampart_db_set_error (error, db, rc);
      return FALSE;
    }

  control_ids = _rampart_control_links_load (workspace, "SELECT control_id FROM risk_control WHERE risk_id = ?1",
                                             rampart_record_get_id (record), error);
  if (control_ids == NULL)
    return FALSE;

  g_value_init (&value, G_TYPE_VARIANT);
  g_value_set_variant (&value, g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, asset_ids->data,
                                                          asset_ids->len, sizeof (gint64)));
  _rampart_record_set_loaded (record, PROP_ASSET_IDS, &value);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_STRV);
  g_value_take_boxed (&value, control_ids);
  _rampart_record_set_loaded (record, PROP_CONTROL_IDS, &value);

  return TRUE;
}

static char *
rampart_risk_dup_title (RampartRecord *record)
{
  return g_strdup (rampart_risk_get_title (RAMPART_RISK (record)));
}

static void
rampart_risk_constructed (GObject *object)
{
  G_OBJECT_CLASS (rampart_risk_parent_class)->constructed (object);

  /* A new risk links to nothing: an empty set, not a missing one. */
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_VARIANT);
    g_value_set_variant (&value, g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, NULL, 0, sizeof (gint64)));
    _rampart_record_set_loaded (RAMPART_RECORD (object), PROP_ASSET_IDS, &value);
  }
}

static void
rampart_risk_class_init (RampartRiskClass *klass)
{
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  G_OBJECT_CLASS (klass)->constructed = rampart_risk_constructed;
  record_class->dup_title = rampart_risk_dup_title;

  properties[PROP_TITLE] = _rampart_field_text ("title", _("Title"), "");
  properties[PROP_DESCRIPTION] = _rampart_field_text ("description", _("Description"), "");
  properties[PROP_THREAT_ID] =
    g_param_spec_int64 ("threat-id", _("Threat"), NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_NAME | G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VULNERABILITY_ID] =
    g_param_spec_int64 ("vulnerability-id", _("Vulnerability"), NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_NAME | G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OWNER] = _rampart_field_text ("owner", _("Risk owner"), "");
  properties[PROP_INHERENT_LIKELIHOOD] = _rampart_field_level ("inherent-likelihood", _("Inherent likelihood"));
  properties[PROP_INHERENT_IMPACT] = _rampart_field_level ("inherent-impact", _("Inherent impact"));
  properties[PROP_INHERENT_CONFIDENTIALITY] =
    _rampart_field_level ("inherent-confidentiality", _("Inherent impact on confidentiality"));
  properties[PROP_INHERENT_INTEGRITY] = _rampart_field_level ("inherent-integrity", _("Inherent impact on integrity"));
  properties[PROP_INHERENT_AVAILABILITY] =
    _rampart_field_level ("inherent-availability", _("Inherent impact on availability"));
  properties[PROP_TREATMENT] = _rampart_field_enum ("treatment", _("Treatment"),
                                                    RAMPART_TYPE_TREATMENT, RAMPART_TREATMENT_UNDECIDED);
  properties[PROP_TREATMENT_RATIONALE] = _rampart_field_text ("treatment-rationale", _("Rationale"), "");
  properties[PROP_RESIDUAL_LIKELIHOOD] = _rampart_field_level ("residual-likelihood", _("Residual likelihood"));
  properties[PROP_RESIDUAL_IMPACT] = _rampart_field_level ("residual-impact", _("Residual impact"));
  properties[PROP_RESIDUAL_CONFIDENTIALITY] =
    _rampart_field_level ("residual-confidentiality", _("Residual impact on confidentiality"));
  properties[PROP_RESIDUAL_INTEGRITY] = _rampart_field_level ("residual-integrity", _("Residual impact on integrity"));
  properties[PROP_RESIDUAL_AVAILABILITY] =
    _rampart_field_level ("residual-availability", _("Residual impact on availability"));
  properties[PROP_ACCEPTED_BY] = _rampart_field_text ("accepted-by", _("Accepted by"), "");
  properties[PROP_ACCEPTED_ON] = _rampart_field_date ("accepted-on", _("Acceptance date"));
  properties[PROP_ACCEPTANCE_RATIONALE] = _rampart_field_text ("acceptance-rationale", _("Acceptance rationale"), "");
  properties[PROP_ACCEPTED_LIKELIHOOD] = _rampart_field_level ("accepted-likelihood", _("Accepted likelihood"));
  properties[PROP_ACCEPTED_IMPACT] = _rampart_field_level ("accepted-impact", _("Accepted impact"));
  properties[PROP_NEXT_REVIEW] = _rampart_field_date ("next-review", _("Next review"));
  properties[PROP_STATUS] = _rampart_field_enum ("status", _("Status"),
                                                 RAMPART_TYPE_RISK_STATUS, RAMPART_RISK_STATUS_IDENTIFIED);
  properties[PROP_ASSET_IDS] =
    g_param_spec_variant ("asset-ids", _("Assets"), NULL, G_VARIANT_TYPE ("ax"), NULL,
                          G_PARAM_READWRITE | G_PARAM_STATIC_NAME | G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CONTROL_IDS] =
    g_param_spec_boxed ("control-ids", _("Controls"), NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_NAME | G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_risk_init (RampartRisk *self)
{
}

/**
 * rampart_risk_dup_code:
 * @self: a #RampartRisk
 *
 * Returns: (transfer full): the risk's identifier, as in "R-007", which
 *   never changes and is never given to another risk
 */
char *
rampart_risk_dup_code (RampartRisk *self)
{
  g_return_val_if_fail (RAMPART_IS_RISK (self), NULL);

  return g_strdup_printf ("R-%03" G_GINT64_FORMAT, rampart_record_get_id (RAMPART_RECORD (self)));
}

const char *
rampart_risk_get_title (RampartRisk *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_TITLE);
}

const char *
rampart_risk_get_description (RampartRisk *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_DESCRIPTION);
}

gint64
rampart_risk_get_threat_id (RampartRisk *self)
{
  return rampart_record_get_int64 (RAMPART_RECORD (self), PROP_THREAT_ID);
}

gint64
rampart_risk_get_vulnerability_id (RampartRisk *self)
{
  return rampart_record_get_int64 (RAMPART_RECORD (self), PROP_VULNERABILITY_ID);
}

const char *
rampart_risk_get_owner (RampartRisk *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_OWNER);
}

RampartTreatment
rampart_risk_get_treatment (RampartRisk *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_TREATMENT);
}

const char *
rampart_risk_get_treatment_rationale (RampartRisk *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_TREATMENT_RATIONALE);
}

const char *
rampart_risk_get_accepted_by (RampartRisk *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_ACCEPTED_BY);
}

const char *
rampart_risk_get_accepted_on (RampartRisk *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_ACCEPTED_ON);
}

const char *
rampart_risk_get_acceptance_rationale (RampartRisk *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_ACCEPTANCE_RATIONALE);
}

const char *
rampart_risk_get_next_review (RampartRisk *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_NEXT_REVIEW);
}

RampartRiskStatus
rampart_risk_get_status (RampartRisk *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_STATUS);
}

/**
 * rampart_risk_get_likelihood:
 * @self: a #RampartRisk
 * @stage: inherent or residual
 *
 * Returns: the likelihood's level, or 0 when not rated
 */
guint
rampart_risk_get_likelihood (RampartRisk      *self,
                             RampartRiskStage  stage)
{
  g_return_val_if_fail (RAMPART_IS_RISK (self), 0);

  return rampart_record_get_uint (RAMPART_RECORD (self),
                                  stage == RAMPART_RISK_INHERENT ? PROP_INHERENT_LIKELIHOOD : PROP_RESIDUAL_LIKELIHOOD);
}

/**
 * rampart_risk_get_impact:
 * @self: a #RampartRisk
 * @method: the workspace's method
 * @stage: inherent or residual
 *
 * Returns: the impact's level: with the method's separate impacts, the
 *   highest of confidentiality, integrity and availability; 0 when not rated
 */
guint
rampart_risk_get_impact (RampartRisk       *self,
                         RampartRiskMethod *method,
                         RampartRiskStage   stage)
{
  RampartRecord *record = RAMPART_RECORD (self);
  gboolean inherent = stage == RAMPART_RISK_INHERENT;

  g_return_val_if_fail (RAMPART_IS_RISK (self), 0);
  g_return_val_if_fail (RAMPART_IS_RISK_METHOD (method), 0);

  if (!rampart_risk_method_get_cia_impact (method))
    return rampart_record_get_uint (record, inherent ? PROP_INHERENT_IMPACT : PROP_RESIDUAL_IMPACT);

  return MAX (rampart_record_get_uint (record, inherent ? PROP_INHERENT_CONFIDENTIALITY : PROP_RESIDUAL_CONFIDENTIALITY),
              MAX (rampart_record_get_uint (record, inherent ? PROP_INHERENT_INTEGRITY : PROP_RESIDUAL_INTEGRITY),
                   rampart_record_get_uint (record, inherent ? PROP_INHERENT_AVAILABILITY : PROP_RESIDUAL_AVAILABILITY)));
}

/**
 * rampart_risk_get_band:
 * @self: a #RampartRisk
 * @method: the workspace's method
 * @stage: inherent or residual
 *
 * Returns: the band of the rating, or %RAMPART_RISK_UNRATED
 */
guint
rampart_risk_get_band (RampartRisk       *self,
                       RampartRiskMethod *method,
                       RampartRiskStage   stage)
{
  return rampart_risk_method_rate (method, rampart_risk_get_likelihood (self, stage),
                                   rampart_risk_get_impact (self, method, stage));
}

/**
 * rampart_risk_get_current_band:
 * @self: a #RampartRisk
 * @method: the workspace's method
 *
 * Returns: the band of the risk as it stands: residual once rated,
 *   inherent before, or %RAMPART_RISK_UNRATED
 */
guint
rampart_risk_get_current_band (RampartRisk       *self,
                               RampartRiskMethod *method)
{
  guint residual = rampart_risk_get_band (self, method, RAMPART_RISK_RESIDUAL);

  return residual != RAMPART_RISK_UNRATED ? residual : rampart_risk_get_band (self, method, RAMPART_RISK_INHERENT);
}

/**
 * rampart_risk_get_accepted:
 * @self: a #RampartRisk
 *
 * Returns: %TRUE if the risk owner accepted the risk as it stands
 */
gboolean
rampart_risk_get_accepted (RampartRisk *self)
{
  g_return_val_if_fail (RAMPART_IS_RISK (self), FALSE);

  return *rampart_risk_get_accepted_by (self) != '\0';
}

/**
 * rampart_risk_get_acceptance_stale:
 * @self: a #RampartRisk
 * @method: the workspace's method
 *
 * Returns: %TRUE if the risk was accepted for another residual rating than
 *   the one it has now
 */
gboolean
rampart_risk_get_acceptance_stale (RampartRisk       *self,
                                   RampartRiskMethod *method)
{
  RampartRecord *record = RAMPART_RECORD (self);

  g_return_val_if_fail (RAMPART_IS_RISK (self), FALSE);

  return rampart_risk_get_accepted (self) &&
         (rampart_record_get_uint (record, PROP_ACCEPTED_LIKELIHOOD) != rampart_risk_get_likelihood (self, RAMPART_RISK_RESIDUAL) ||
          rampart_record_get_uint (record, PROP_ACCEPTED_IMPACT) != rampart_risk_get_impact (self, method, RAMPART_RISK_RESIDUAL));
}

/**
 * rampart_risk_accept:
 * @self: a #RampartRisk
 * @method: the workspace's method
 * @accepted_by: the risk owner who accepts it
 * @accepted_on: the date, YYYY-MM-DD
 * @rationale: why the residual risk is acceptable
 *
 * Records the risk owner's acceptance of the residual risk as it is rated
 * now (clause 6.1.3 f), as one edit.
 */
void
rampart_risk_accept (RampartRisk       *self,
                     RampartRiskMethod *method,
                     const char        *accepted_by,
                     const char        *accepted_on,
                     const char        *rationale)
{
  RampartWorkspace *workspace;

  g_return_if_fail (RAMPART_IS_RISK (self));
  g_return_if_fail (rampart_date_is_valid (accepted_on));

  workspace = _rampart_record_get_workspace (RAMPART_RECORD (self));
  if (workspace != NULL)
    rampart_history_begin_group (rampart_workspace_get_history (workspace), _("acceptance of the risk"));

  g_object_set (self,
                "accepted-by", accepted_by,
                "accepted-on", accepted_on,
                "acceptance-rationale", rationale,
                "accepted-likelihood", rampart_risk_get_likelihood (self, RAMPART_RISK_RESIDUAL),
                "accepted-impact", rampart_risk_get_impact (self, method, RAMPART_RISK_RESIDUAL),
                NULL);

  if (workspace != NULL)
    rampart_history_end_group (rampart_workspace_get_history (workspace));
}

/**
 * rampart_risk_withdraw_acceptance:
 * @self: a #RampartRisk
 *
 * Removes the risk owner's acceptance, as one edit.
 */
void
rampart_risk_withdraw_acceptance (RampartRisk *self)
{
  RampartWorkspace *workspace;

  g_return_if_fail (RAMPART_IS_RISK (self));

  workspace = _rampart_record_get_workspace (RAMPART_RECORD (self));
  if (workspace != NULL)
    rampart_history_begin_group (rampart_workspace_get_history (workspace), _("withdrawal of the acceptance"));

  g_object_set (self,
                "accepted-by", "",
                "accepted-on", "",
                "acceptance-rationale", "",
                "accepted-likelihood", 0,
                "accepted-impact", 0,
                NULL);

  if (workspace != NULL)
    rampart_history_end_group (rampart_workspace_get_history (workspace));
}

/**
 * rampart_risk_get_asset_ids:
 * @self: a #RampartRisk
 * @n_ids: (out): how many
 *
 * Returns: (array length=n_ids) (transfer none): the ids of the linked
 *   assets, in increasing order; an id may be of a deleted asset
 */
const gint64 *
rampart_risk_get_asset_ids (RampartRisk *self,
                            gsize       *n_ids)
{
  GVariant *variant;

  g_return_val_if_fail (RAMPART_IS_RISK (self), NULL);

  variant = g_value_get_variant (rampart_record_get_value (RAMPART_RECORD (self), PROP_ASSET_IDS));
  *n_ids = 0;
  if (variant == NULL)
    return NULL;

  return g_variant_get_fixed_array (variant, n_ids, sizeof (gint64));
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/**
 * rampart_risk_set_asset_ids:
 * @self: a #RampartRisk
 * @ids: (array length=n_ids): the assets the risk concerns
 * @n_ids: how many
 *
 * Links the risk to these assets, in place of those before, as one edit.
 */
void
rampart_risk_set_asset_ids (RampartRisk  *self,
                            const gint64 *ids,
                            gsize         n_ids)
{
  g_autofree gint64 *sorted = g_memdup2 (ids, n_ids * sizeof (gint64));
  gsize n = 0;

  g_return_if_fail (RAMPART_IS_RISK (self));

  /* One order, no repeats: the same set is the same value. */
  if (sorted != NULL)
    qsort (sorted, n_ids, sizeof (gint64), compare_int64);
  for (gsize i = 0; i < n_ids; i++)
    if (n == 0 || sorted[n - 1] != sorted[i])
      sorted[n++] = sorted[i];

  g_object_set (self, "asset-ids",
                g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, sorted, n, sizeof (gint64)), NULL);
}

gboolean
rampart_risk_has_asset (RampartRisk *self,
                        gint64       asset_id)
{
  gsize n;
  const gint64 *ids = rampart_risk_get_asset_ids (self, &n);

  for (gsize i = 0; i < n; i++)
    if (ids[i] == asset_id)
      return TRUE;

  return FALSE;
}

/**
 * rampart_risk_get_control_ids:
 * @self: a #RampartRisk
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   controls the treatment relies on, in the catalogue's order
 */
const char * const *
rampart_risk_get_control_ids (RampartRisk *self)
{
  static const char * const none[] = { NULL };
  const char * const *ids;

  g_return_val_if_fail (RAMPART_IS_RISK (self), NULL);

  ids = g_value_get_boxed (rampart_record_get_value (RAMPART_RECORD (self), PROP_CONTROL_IDS));
  return ids != NULL ? ids : none;
}

/**
 * rampart_risk_set_control_ids:
 * @self: a #RampartRisk
 * @ids: (array zero-terminated=1): control ids, such as "8.13"
 *
 * Links the risk to these controls, in place of those before, as one edit.
 */
void
rampart_risk_set_control_ids (RampartRisk        *self,
                              const char * const *ids)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  g_return_if_fail (RAMPART_IS_RISK (self));

  /* One order, no repeats: the same set is the same value. */
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_ptr_array_add (sorted, (gpointer) ids[i]);
  g_ptr_array_sort (sorted, compare_controls);
  for (guint i = 1; i < sorted->len; )
    if (g_str_equal (g_ptr_array_index (sorted, i - 1), g_ptr_array_index (sorted, i)))
      g_ptr_array_remove_index (sorted, i);
    else
      i++;
  g_ptr_array_add (sorted, NULL);

  g_object_set (self, "control-ids", sorted->pdata, NULL);
}

gboolean
rampart_risk_has_control (RampartRisk *self,
                          const char  *control_id)
{
  return g_strv_contains (rampart_risk_get_control_ids (self), control_id);
}

/**
 * rampart_risk_get_actions:
 * @self: a #RampartRisk
 *
 * Returns: (transfer none): the actions of the treatment plan for the risk,
 *   a list of #RampartRiskAction
 */
RampartRecordList *
rampart_risk_get_actions (RampartRisk *self)
{
  g_return_val_if_fail (RAMPART_IS_RISK (self), NULL);

  return rampart_record_get_children (RAMPART_RECORD (self));
}

/**
 * rampart_compare_control_ids:
 * @a: a control id, such as "5.9"
 * @b: another, such as "5.10"
 *
 * Compares control ids number by number, so that 5.9 comes before 5.10.
 *
 * Returns: less than, equal to or greater than 0, as strcmp()
 */
int
rampart_compare_control_ids (const char *a,
                             const char *b)
{
  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          char *end_a, *end_b;
          guint64 x = g_ascii_strtoull (a, &end_a, 10);
          guint64 y = g_ascii_strtoull (b, &end_b, 10);

          if (x != y)
            return x < y ? -1 : 1;
          a = end_a;
          b = end_b;
        }
      else
        {
          if (*a != *b)
            return (guchar) *a - (guchar) *b;
          a++;
          b++;
        }
    }

  return (guchar) *a - (guchar) *b;
}

/* Changes of method */

static const struct {
  guint            prop_id;
  RampartRiskScale scale;
} level_fields[RAMPART_RISK_N_LEVELS] = {
  { PROP_INHERENT_LIKELIHOOD, RAMPART_RISK_SCALE_LIKELIHOOD },
  { PROP_INHERENT_IMPACT, RAMPART_RISK_SCALE_IMPACT },
  { PROP_INHERENT_CONFIDENTIALITY, RAMPART_RISK_SCALE_IMPACT },
  { PROP_INHERENT_INTEGRITY, RAMPART_RISK_SCALE_IMPACT },
  { PROP_INHERENT_AVAILABILITY, RAMPART_RISK_SCALE_IMPACT },
  { PROP_RESIDUAL_LIKELIHOOD, RAMPART_RISK_SCALE_LIKELIHOOD },
  { PROP_RESIDUAL_IMPACT, RAMPART_RISK_SCALE_IMPACT },
  { PROP_RESIDUAL_CONFIDENTIALITY, RAMPART_RISK_SCALE_IMPACT },
  { PROP_RESIDUAL_INTEGRITY, RAMPART_RISK_SCALE_IMPACT },
  { PROP_RESIDUAL_AVAILABILITY, RAMPART_RISK_SCALE_IMPACT },
  { PROP_ACCEPTED_LIKELIHOOD, RAMPART_RISK_SCALE_LIKELIHOOD },
  { PROP_ACCEPTED_IMPACT, RAMPART_RISK_SCALE_IMPACT },
};

/* Where each stage's levels start in the array: likelihood, impact, C, I, A. */
#define STAGE_START(stage) ((stage) == RAMPART_RISK_INHERENT ? 0 : 5)

void
_rampart_risk_get_levels (RampartRisk *self,
                          guint        levels[RAMPART_RISK_N_LEVELS])
{
  for (guint i = 0; i < RAMPART_RISK_N_LEVELS; i++)
    levels[i] = rampart_record_get_uint (RAMPART_RECORD (self), level_fields[i].prop_id);
}

/*
 * The levels of @self placed on the scales of @to: each level keeps its
 * place between the lowest and the highest. Impact rated on C, I and A
 * apart starts from the single impact, and the single impact from the
 * highest of the three, so that switching either way moves no rating.
 */
void
_rampart_risk_remap_levels (RampartRisk       *self,
                            RampartRiskMethod *from,
                            RampartRiskMethod *to,
                            guint              levels[RAMPART_RISK_N_LEVELS])
{
  _rampart_risk_get_levels (self, levels);
  for (guint i = 0; i < RAMPART_RISK_N_LEVELS; i++)
    levels[i] = rampart_risk_method_map_level (from, to, level_fields[i].scale, levels[i]);

  for (RampartRiskStage stage = RAMPART_RISK_INHERENT; stage <= RAMPART_RISK_RESIDUAL; stage++)
    {
      guint *l = &levels[STAGE_START (stage)];
      guint highest = MAX (l[2], MAX (l[3], l[4]));

      if (!rampart_risk_method_get_cia_impact (from) && rampart_risk_method_get_cia_impact (to) &&
          highest == 0 && l[1] > 0)
        l[2] = l[3] = l[4] = l[1];
      else if (rampart_risk_method_get_cia_impact (from) && !rampart_risk_method_get_cia_impact (to) &&
               l[1] == 0 && highest > 0)
        l[1] = highest;
    }
}

/* Sets the levels that differ, each an edit of the history's current group. */
void
_rampart_risk_set_levels (RampartRisk *self,
                          const guint  levels[RAMPART_RISK_N_LEVELS])
{
  for (guint i = 0; i < RAMPART_RISK_N_LEVELS; i++)
    if (rampart_record_get_uint (RAMPART_RECORD (self), level_fields[i].prop_id) != levels[i])
      g_object_set (self, properties[level_fields[i].prop_id]->name, levels[i], NULL);
}

/* The band of one stage of a set of levels, as rampart_risk_get_band() would give. */
guint
_rampart_risk_rate_levels (RampartRiskMethod *method,
                           const guint        levels[RAMPART_RISK_N_LEVELS],
                           RampartRiskStage   stage)
{
  const guint *l = &levels[STAGE_START (stage)];
  guint impact = rampart_risk_method_get_cia_impact (method) ? MAX (l[2], MAX (l[3], l[4])) : l[1];

  return rampart_risk_method_rate (method, l[0], impact);
}
