/* rampart-schema.c: the workspace schema and its migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-schema"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-catalogue-private.h"
#include "rampart-db-private.h"
#include "rampart-risk-method-private.h"
#include "rampart-schema-private.h"
#include "rampart-workspace.h"

/* Version 3 starts every workspace with the two roles the profile names. */
static gboolean
add_profile_roles (sqlite3  *db,
                   GError  **error)
{
  const struct {
    const char *source;
    const char *name;
    const char *responsibilities;
    const char *authorities;
  } roles[] = {
    {
      "isms-manager",
      N_("ISMS manager"),
      N_("Runs the ISMS day to day and keeps its documents up to date\n"
         "Leads the risk assessment and follows up the risk treatment plan\n"
         "Plans internal audits and prepares the management review\n"
         "Reports on the performance of the ISMS to top management"),
      N_("Decides how the ISMS processes are carried out\n"
         "Asks any member of staff for the information the ISMS needs"),
    },
    {
      "sponsor",
      N_("Top-management sponsor"),
      N_("Is accountable for the ISMS and provides its resources\n"
         "Approves the information security policy and the acceptance of residual risks\n"
         "Chairs the management review"),
      N_("Approves ISMS documents, budgets and risk acceptances\n"
         "Assigns ISMS roles"),
    },
  };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;

      stmt = rampart_db_prepare (db,
                                 "INSERT INTO role (position, source, name, responsibilities, authorities)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)",
                                 error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, i + 1);
      sqlite3_bind_text (stmt, 2, roles[i].source, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, _(roles[i].name), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, _(roles[i].responsibilities), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, _(roles[i].authorities), -1, SQLITE_TRANSIENT);
      if (!rampart_db_step_done (stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Threats or vulnerabilities from a file of the catalogue: category, name, description. */
static gboolean
install_entries (sqlite3     *db,
                 const char  *file,
                 const char  *sql,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = rampart_core_lookup_data (file, error);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  int position = 0;

  if (bytes == NULL)
    return FALSE;

  insert = rampart_db_prepare (db, sql, error);
  if (insert == NULL)
    return FALSE;

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", 3);
      if (g_strv_length (fields) != 3)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s, line %u: three fields expected", file, i + 1);
          return FALSE;
        }

      sqlite3_reset (insert);
      sqlite3_bind_int (insert, 1, ++position);
      sqlite3_bind_text (insert, 2, fields[0], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 3, fields[1], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 4, fields[2], -1, SQLITE_TRANSIENT);
      if (!rampart_db_step_done (insert, error))
        return FALSE;
    }

  return TRUE;
}

/* Version 4 starts every workspace with a risk method and a catalogue of threats and vulnerabilities. */
static gboolean
install_risk_defaults (sqlite3  *db,
                       GError  **error)
{
  g_autoptr(RampartRiskMethod) method = rampart_risk_method_new_default ();

  return _rampart_risk_method_store (db, method, error) &&
         install_entries (db, "threats.tsv",
                          "INSERT INTO threat (position, category, name, description, builtin)"
                          " VALUES (?1, ?2, ?3, ?4, 1)",
                          error) &&
         install_entries (db, "vulnerabilities.tsv",
                          "INSERT INTO vulnerability (position, category, name, description, builtin)"
                          " VALUES (?1, ?2, ?3, ?4, 1)",
                          error);
}

/*
 * Every workspace file ever written is one of these versions. A step is never
 * edited once released: a change to the schema is a new step at the end.
 */
static const RampartMigration migrations[] = {
  {
    1,
    "CREATE TABLE organisation ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  name TEXT NOT NULL DEFAULT '',"
    "  legal_name TEXT NOT NULL DEFAULT '',"
    "  address TEXT NOT NULL DEFAULT '',"
    "  sector TEXT NOT NULL DEFAULT '',"
    "  staff_count INTEGER NOT NULL DEFAULT 0 CHECK (staff_count >= 0),"
    "  isms_manager TEXT NOT NULL DEFAULT '',"
    "  sponsor TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "INSERT INTO organisation (id) VALUES (1);"
    "CREATE TABLE control ("
    "  id TEXT PRIMARY KEY,"
    "  position INTEGER NOT NULL UNIQUE,"
    "  source TEXT NOT NULL,"
    "  theme TEXT NOT NULL,"
    "  title TEXT NOT NULL,"
    "  short_title TEXT NOT NULL,"
    "  new_in_2022 INTEGER NOT NULL DEFAULT 0,"
    "  ids_2013 TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE TABLE control_attribute ("
    "  control_id TEXT NOT NULL REFERENCES control (id) ON DELETE CASCADE,"
    "  kind TEXT NOT NULL,"
    "  value TEXT NOT NULL,"
    "  PRIMARY KEY (control_id, kind, value)"
    ") STRICT;",
    rampart_catalogue_install,
  },
  {
    2,
    /* Document control (7.5): one row for each document that was ever edited. */
    "CREATE TABLE document_control ("
    "  document_id TEXT PRIMARY KEY,"
    "  version TEXT NOT NULL DEFAULT '1.0',"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  approver TEXT NOT NULL DEFAULT '',"
    "  approved_on TEXT NOT NULL DEFAULT '',"
    "  next_review TEXT NOT NULL DEFAULT ''"
    ") STRICT;",
    NULL,
  },
  {
    3,
    /* Context (4.1, 4.2), scope (4.3) and roles (5.3). Choices are stored by their nicks. */
    "CREATE TABLE context_issue ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  kind TEXT NOT NULL DEFAULT 'internal' CHECK (kind IN ('internal', 'external')),"
    "  category TEXT NOT NULL DEFAULT 'organisational' CHECK (category IN"
    "    ('organisational', 'political', 'economic', 'social', 'technological', 'legal',"
    "     'environmental', 'other')),"
    "  description TEXT NOT NULL DEFAULT '',"
    "  effect TEXT NOT NULL DEFAULT '',"
    "  response TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE TABLE interested_party ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL DEFAULT 'customer' CHECK (kind IN"
    "    ('customer', 'employee', 'supplier', 'regulator', 'owner', 'partner', 'insurer',"
    "     'community', 'other')),"
    "  description TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE TABLE party_requirement ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  party_id INTEGER NOT NULL REFERENCES interested_party (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  text TEXT NOT NULL DEFAULT '',"
    "  decision TEXT NOT NULL DEFAULT 'undecided' CHECK (decision IN"
    "    ('undecided', 'addressed', 'not-addressed')),"
    "  basis TEXT NOT NULL DEFAULT 'other' CHECK (basis IN ('legal', 'contractual', 'other')),"
    "  how TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE INDEX party_requirement_by_party ON party_requirement (party_id, position);"
    "CREATE TABLE scope ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  statement TEXT NOT NULL DEFAULT '',"
    "  summary TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "INSERT INTO scope (id) VALUES (1);"
    "CREATE TABLE scope_item ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  kind TEXT NOT NULL DEFAULT 'location' CHECK (kind IN"
    "    ('location', 'unit', 'process', 'system', 'exclusion', 'interface')),"
    "  name TEXT NOT NULL DEFAULT '',"
    "  detail TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE TABLE role ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  source TEXT NOT NULL DEFAULT 'none' CHECK (source IN ('none', 'isms-manager', 'sponsor')),"
    "  name TEXT NOT NULL DEFAULT '',"
    "  holder TEXT NOT NULL DEFAULT '',"
    "  deputy TEXT NOT NULL DEFAULT '',"
    "  responsibilities TEXT NOT NULL DEFAULT '',"
    "  authorities TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE UNIQUE INDEX role_by_source ON role (source) WHERE source <> 'none';",
    add_profile_roles,
  },
  {
    4,
    /*
     * Risk management (6.1.2, 6.1.3, 8.2, 8.3, A 5.9). A risk refers to
     * assets, controls, a threat and a vulnerability without foreign keys:
     * a deleted asset stays in the links of its risks, ignored, so that
     * undoing the deletion brings the links back with it.
     */
    "CREATE TABLE risk_method ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  likelihood_levels INTEGER NOT NULL CHECK (likelihood_levels BETWEEN 3 AND 7),"
    "  impact_levels INTEGER NOT NULL CHECK (impact_levels BETWEEN 3 AND 7),"
    "  mode TEXT NOT NULL CHECK (mode IN ('matrix', 'product')),"
    "  acceptance_band INTEGER NOT NULL CHECK (acceptance_band BETWEEN 0 AND 5),"
    "  cia_impact INTEGER NOT NULL DEFAULT 0 CHECK (cia_impact IN (0, 1))"
    ") STRICT;"
    "CREATE TABLE risk_scale_level ("
    "  scale TEXT NOT NULL CHECK (scale IN ('likelihood', 'impact')),"
    "  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),"
    "  label TEXT NOT NULL,"
    "  description TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (scale, level)"
    ") STRICT;"
    "CREATE TABLE risk_band ("
    "  band INTEGER PRIMARY KEY CHECK (band BETWEEN 0 AND 5),"
    "  name TEXT NOT NULL,"
    "  colour TEXT NOT NULL,"
    "  min_score INTEGER NOT NULL"
    ") STRICT;"
    "CREATE TABLE risk_matrix_cell ("
    "  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 7),"
    "  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 7),"
    "  band INTEGER NOT NULL CHECK (band BETWEEN 0 AND 5),"
    "  PRIMARY KEY (likelihood, impact)"
    ") STRICT;"
    "CREATE TABLE asset ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL DEFAULT 'information' CHECK (kind IN"
    "    ('information', 'software', 'hardware', 'service', 'people', 'site')),"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  location TEXT NOT NULL DEFAULT '',"
    "  classification TEXT NOT NULL DEFAULT 'internal' CHECK (classification IN"
    "    ('public', 'internal', 'confidential', 'restricted')),"
    "  confidentiality TEXT NOT NULL DEFAULT 'unrated' CHECK (confidentiality IN ('unrated', 'low', 'medium', 'high')),"
    "  integrity TEXT NOT NULL DEFAULT 'unrated' CHECK (integrity IN ('unrated', 'low', 'medium', 'high')),"
    "  availability TEXT NOT NULL DEFAULT 'unrated' CHECK (availability IN ('unrated', 'low', 'medium', 'high')),"
    "  description TEXT NOT NULL DEFAULT '',"
    "  in_scope INTEGER NOT NULL DEFAULT 1 CHECK (in_scope IN (0, 1))"
    ") STRICT;"
    "CREATE TABLE threat ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  category TEXT NOT NULL DEFAULT '',"
    "  description TEXT NOT NULL DEFAULT '',"
    "  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))"
    ") STRICT;"
    "CREATE TABLE vulnerability ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  category TEXT NOT NULL DEFAULT '',"
    "  description TEXT NOT NULL DEFAULT '',"
    "  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))"
    ") STRICT;"
    "CREATE TABLE risk ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  title TEXT NOT NULL DEFAULT '',"
    "  description TEXT NOT NULL DEFAULT '',"
    "  threat_id INTEGER,"
    "  vulnerability_id INTEGER,"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  inherent_likelihood INTEGER NOT NULL DEFAULT 0 CHECK (inherent_likelihood BETWEEN 0 AND 7),"
    "  inherent_impact INTEGER NOT NULL DEFAULT 0 CHECK (inherent_impact BETWEEN 0 AND 7),"
    "  inherent_confidentiality INTEGER NOT NULL DEFAULT 0 CHECK (inherent_confidentiality BETWEEN 0 AND 7),"
    "  inherent_integrity INTEGER NOT NULL DEFAULT 0 CHECK (inherent_integrity BETWEEN 0 AND 7),"
    "  inherent_availability INTEGER NOT NULL DEFAULT 0 CHECK (inherent_availability BETWEEN 0 AND 7),"
    "  treatment TEXT NOT NULL DEFAULT 'undecided' CHECK (treatment IN"
    "    ('undecided', 'modify', 'retain', 'avoid', 'share')),"
    "  treatment_rationale TEXT NOT NULL DEFAULT '',"
    "  residual_likelihood INTEGER NOT NULL DEFAULT 0 CHECK (residual_likelihood BETWEEN 0 AND 7),"
    "  residual_impact INTEGER NOT NULL DEFAULT 0 CHECK (residual_impact BETWEEN 0 AND 7),"
    "  residual_confidentiality INTEGER NOT NULL DEFAULT 0 CHECK (residual_confidentiality BETWEEN 0 AND 7),"
    "  residual_integrity INTEGER NOT NULL DEFAULT 0 CHECK (residual_integrity BETWEEN 0 AND 7),"
    "  residual_availability INTEGER NOT NULL DEFAULT 0 CHECK (residual_availability BETWEEN 0 AND 7),"
    "  accepted_by TEXT NOT NULL DEFAULT '',"
    "  accepted_on TEXT NOT NULL DEFAULT '',"
    "  acceptance_rationale TEXT NOT NULL DEFAULT '',"
    "  accepted_likelihood INTEGER NOT NULL DEFAULT 0 CHECK (accepted_likelihood BETWEEN 0 AND 7),"
    "  accepted_impact INTEGER NOT NULL DEFAULT 0 CHECK (accepted_impact BETWEEN 0 AND 7),"
    "  next_review TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'identified' CHECK (status IN"
    "    ('identified', 'assessed', 'treating', 'monitored', 'closed'))"
    ") STRICT;"
    "CREATE TABLE risk_asset ("
    "  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
    "  asset_id INTEGER NOT NULL,"
    "  PRIMARY KEY (risk_id, asset_id)"
    ") STRICT;"
    "CREATE INDEX risk_asset_by_asset ON risk_asset (asset_id);"
    "CREATE TABLE risk_control ("
    "  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
    "  control_id TEXT NOT NULL,"
    "  PRIMARY KEY (risk_id, control_id)"
    ") STRICT;"
    "CREATE INDEX risk_control_by_control ON risk_control (control_id);"
    "CREATE TABLE risk_action ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  what TEXT NOT NULL DEFAULT '',"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  due_on TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done', 'cancelled')),"
    "  control_id TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE INDEX risk_action_by_risk ON risk_action (risk_id, position);",
    install_risk_defaults,
  },
  {
    5,
    /*
     * The Statement of Applicability (6.1.3 d): one entry for each control
     * of Annex A, made here, and one for each control the organisation adds
     * of its own. The reasons a control was included are kept as yes-or-no
     * columns, except the risks that use it, which the risk register already
     * says. An issued version is a copy of every entry as it read then,
     * never changed afterwards.
     */
    "CREATE TABLE soa_entry ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  control_id TEXT NOT NULL UNIQUE,"
    "  own INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)),"
    "  title TEXT NOT NULL DEFAULT '',"
    "  description TEXT NOT NULL DEFAULT '',"
    "  applicability TEXT NOT NULL DEFAULT 'undecided' CHECK (applicability IN"
    "    ('undecided', 'included', 'excluded')),"
    "  legal INTEGER NOT NULL DEFAULT 0 CHECK (legal IN (0, 1)),"
    "  contractual INTEGER NOT NULL DEFAULT 0 CHECK (contractual IN (0, 1)),"
    "  business INTEGER NOT NULL DEFAULT 0 CHECK (business IN (0, 1)),"
    "  good_practice INTEGER NOT NULL DEFAULT 0 CHECK (good_practice IN (0, 1)),"
    "  party INTEGER NOT NULL DEFAULT 0 CHECK (party IN (0, 1)),"
    "  requirement_id INTEGER,"
    "  justification TEXT NOT NULL DEFAULT '',"
    "  implementation TEXT NOT NULL DEFAULT 'not-started' CHECK (implementation IN"
    "    ('not-started', 'planned', 'partial', 'implemented')),"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  how TEXT NOT NULL DEFAULT '',"
    "  evidence TEXT NOT NULL DEFAULT '',"
    "  to_review INTEGER NOT NULL DEFAULT 0 CHECK (to_review IN (0, 1))"
    ") STRICT;"
    "INSERT INTO soa_entry (position, control_id) SELECT position, id FROM control ORDER BY position;"
    "CREATE TABLE soa_version ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  number INTEGER NOT NULL UNIQUE CHECK (number > 0),"
    "  approved_by TEXT NOT NULL DEFAULT '',"
    "  approved_on TEXT NOT NULL DEFAULT '',"
    "  summary TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE TABLE soa_version_entry ("
    "  version_id INTEGER NOT NULL REFERENCES soa_version (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL,"
    "  control_id TEXT NOT NULL,"
    "  title TEXT NOT NULL DEFAULT '',"
    "  applicability TEXT NOT NULL DEFAULT 'undecided',"
    "  reasons TEXT NOT NULL DEFAULT '',"
    "  risks TEXT NOT NULL DEFAULT '',"
    "  justification TEXT NOT NULL DEFAULT '',"
    "  implementation TEXT NOT NULL DEFAULT 'not-started',"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  how TEXT NOT NULL DEFAULT '',"
    "  evidence TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (version_id, control_id)"
    ") STRICT;",
    NULL,
  },
  {
    6,
    /*
     * Policies (5.2, 7.5, Annex A 5.1): the register, the controls each
     * policy supports, and its approved revisions. A revision is a copy of
     * the policy as it was approved and is never updated; a policy that has
     * revisions is retired instead of deleted. An issued version of the
     * Statement of Applicability also records the policies of each control.
     */
    "CREATE TABLE policy ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  identifier TEXT NOT NULL DEFAULT '',"
    "  title TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL DEFAULT 'topic-specific' CHECK (kind IN"
    "    ('policy', 'topic-specific', 'procedure', 'standard')),"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  approver TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in-review', 'approved', 'retired')),"
    "  effective_on TEXT NOT NULL DEFAULT '',"
    "  next_review TEXT NOT NULL DEFAULT '',"
    "  audience TEXT NOT NULL DEFAULT '',"
    "  body TEXT NOT NULL DEFAULT '',"
    "  template TEXT NOT NULL DEFAULT '',"
    "  draft_in_pack INTEGER NOT NULL DEFAULT 0 CHECK (draft_in_pack IN (0, 1))"
    ") STRICT;"
    "CREATE TABLE policy_control ("
    "  policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,"
    "  control_id TEXT NOT NULL,"
    "  PRIMARY KEY (policy_id, control_id)"
    ") STRICT;"
    "CREATE INDEX policy_control_by_control ON policy_control (control_id);"
    "CREATE TABLE policy_revision ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,"
    "  version TEXT NOT NULL,"
    "  approved_by TEXT NOT NULL,"
    "  approved_on TEXT NOT NULL,"
    "  change_summary TEXT NOT NULL DEFAULT '',"
    "  identifier TEXT NOT NULL DEFAULT '',"
    "  title TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL DEFAULT 'topic-specific',"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  audience TEXT NOT NULL DEFAULT '',"
    "  effective_on TEXT NOT NULL DEFAULT '',"
    "  next_review TEXT NOT NULL DEFAULT '',"
    "  body TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE INDEX policy_revision_by_policy ON policy_revision (policy_id, id);"
    "ALTER TABLE soa_version_entry ADD COLUMN policies TEXT NOT NULL DEFAULT '';",
    NULL,
  },
};

int
rampart_schema_get_current_version (void)
{
  return migrations[G_N_ELEMENTS (migrations) - 1].version;
}

static gboolean
set_user_version (sqlite3  *db,
                  int       version,
                  GError  **error)
{
  /* PRAGMA takes no bound parameters; the value is one of our own integers. */
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);

  return rampart_db_exec (db, sql, error);
}

static gboolean
run_steps (sqlite3                *db,
           const RampartMigration *steps,
           guint                   n_steps,
           gint64                  from_version,
           GError                **error)
{
  gint64 violations = 0;

  for (guint i = 0; i < n_steps; i++)
    {
      const RampartMigration *step = &steps[i];

      if (step->version <= from_version)
        continue;

      g_debug ("Migrating workspace to schema %d", step->version);

      if (step->sql != NULL && !rampart_db_exec (db, step->sql, error))
        return FALSE;
      if (step->apply != NULL && !step->apply (db, error))
        return FALSE;
      if (!set_user_version (db, step->version, error))
        return FALSE;
    }

  if (!rampart_db_query_int (db,
                             "SELECT count(*) FROM pragma_foreign_key_check",
                             &violations, error))
    return FALSE;

  if (violations > 0)
    {
      g_set_error (error, RAMPART_WORKSPACE_ERROR, RAMPART_WORKSPACE_ERROR_DAMAGED,
                   _("The workspace has %d broken links between records."),
                   (int) MIN (violations, G_MAXINT));
      return FALSE;
    }

  return TRUE;
}

/**
 * rampart_schema_migrate:
 * @db: an open database
 * @steps: (array length=n_steps): migration steps, ordered by version
 * @n_steps: number of steps
 * @error: return location for a #GError
 *
 * Brings @db from its `user_version` to the last step's version in a single
 * transaction, oldest step first. On failure nothing of the migration
 * remains: the database is exactly as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
rampart_schema_migrate (sqlite3                *db,
                        const RampartMigration *steps,
                        guint                   n_steps,
                        GError                **error)
{
  g_autofree char *set_id = NULL;
  gint64 version = 0;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (n_steps > 0, FALSE);

  for (guint i = 1; i < n_steps; i++)
    g_return_val_if_fail (steps[i - 1].version < steps[i].version, FALSE);

  if (!rampart_db_query_int (db, "PRAGMA user_version", &version, error))
    return FALSE;

  if (version >= steps[n_steps - 1].version)
    return TRUE;

  if (!rampart_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  set_id = g_strdup_printf ("PRAGMA application_id = %d", RAMPART_APPLICATION_ID);

  if (!run_steps (db, steps, n_steps, version, error) ||
      !rampart_db_exec (db, set_id, error) ||
      !rampart_db_exec (db, "COMMIT", error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

/* Brings @db to the schema of this version of Rampart. */
gboolean
rampart_schema_upgrade (sqlite3  *db,
                        GError  **error)
{
  return rampart_schema_migrate (db, migrations, G_N_ELEMENTS (migrations), error);
}
