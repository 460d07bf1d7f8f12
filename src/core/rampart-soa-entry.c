/* rampart-soa-entry.c: one control's line of the Statement of Applicability
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-soa-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-interested-party.h"
#include "rampart-record-private.h"
#include "rampart-requirement.h"
#include "rampart-risk.h"
#include "rampart-soa-entry.h"
#include "rampart-workspace-private.h"

/*
 * Clause 6.1.3 d asks for a statement that names every control needed,
 * says why it is included and whether it is implemented, and justifies
 * each Annex A control left out. Every workspace holds one entry for each
 * of the 93 Annex A controls, made with the file, which can be decided
 * but never deleted; the organisation adds entries for controls of its
 * own, which it names and may delete.
 *
 * The risks whose treatment relies on a control are a reason to include
 * it that nobody types: they come from the risk register each time they
 * are asked for, so the two can never disagree.
 */

struct _RampartSoaEntry
{
  RampartRecord   parent_instance;

  /* The catalogue's control, for Annex A entries; found when attached */
  RampartControl *control;
};

G_DEFINE_FINAL_TYPE (RampartSoaEntry, rampart_soa_entry, RAMPART_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CONTROL_ID,
  PROP_OWN,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_APPLICABILITY,
  PROP_LEGAL,
  PROP_CONTRACTUAL,
  PROP_BUSINESS,
  PROP_GOOD_PRACTICE,
  PROP_PARTY,
  PROP_REQUIREMENT_ID,
  PROP_JUSTIFICATION,
  PROP_IMPLEMENTATION,
  PROP_OWNER,
  PROP_HOW,
  PROP_EVIDENCE,
  PROP_TO_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STORE(column) "UPDATE soa_entry SET " column " = ?1 WHERE id = ?2"

static const char * const store_sql[N_PROPS] = {
  [PROP_TITLE] = STORE ("title"),
  [PROP_DESCRIPTION] = STORE ("description"),
  [PROP_APPLICABILITY] = STORE ("applicability"),
  [PROP_LEGAL] = STORE ("legal"),
  [PROP_CONTRACTUAL] = STORE ("contractual"),
  [PROP_BUSINESS] = STORE ("business"),
  [PROP_GOOD_PRACTICE] = STORE ("good_practice"),
  [PROP_PARTY] = STORE ("party"),
  [PROP_REQUIREMENT_ID] = STORE ("requirement_id"),
  [PROP_JUSTIFICATION] = STORE ("justification"),
  [PROP_IMPLEMENTATION] = STORE ("implementation"),
  [PROP_OWNER] = STORE ("owner"),
  [PROP_HOW] = STORE ("how"),
  [PROP_EVIDENCE] = STORE ("evidence"),
  [PROP_TO_REVIEW] = STORE ("to_review"),
};

#define COLUMNS \
  "control_id, own, title, description, applicability, legal, contractual, business," \
  " good_practice, party, requirement_id, justification, implementation, owner, how," \
  " evidence, to_review"

static const RampartRecordTable table = {
  N_("control"),
  "SELECT id, position, " COLUMNS " FROM soa_entry ORDER BY position, id",
  "INSERT INTO soa_entry (id, position, " COLUMNS ")"
    " VALUES (?1, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
  "DELETE FROM soa_entry WHERE id = ?1",
  NULL,
};

/* The field of each reason the user gives; the risks are not a field. */
static const char * const reason_fields[RAMPART_N_SOA_REASONS] = {
  [RAMPART_SOA_REASON_RISK] = NULL,
  [RAMPART_SOA_REASON_LEGAL] = "legal",
  [RAMPART_SOA_REASON_CONTRACTUAL] = "contractual",
  [RAMPART_SOA_REASON_BUSINESS] = "business",
  [RAMPART_SOA_REASON_GOOD_PRACTICE] = "good-practice",
  [RAMPART_SOA_REASON_PARTY] = "party",
};

static const guint reason_props[RAMPART_N_SOA_REASONS] = {
  [RAMPART_SOA_REASON_RISK] = 0,
  [RAMPART_SOA_REASON_LEGAL] = PROP_LEGAL,
  [RAMPART_SOA_REASON_CONTRACTUAL] = PROP_CONTRACTUAL,
  [RAMPART_SOA_REASON_BUSINESS] = PROP_BUSINESS,
  [RAMPART_SOA_REASON_GOOD_PRACTICE] = PROP_GOOD_PRACTICE,
  [RAMPART_SOA_REASON_PARTY] = PROP_PARTY,
};

/* Stable words for each reason, as exports and issued versions store them. */
static const char * const reason_nicks[RAMPART_N_SOA_REASONS] = {
  "risk", "legal", "contractual", "business", "good-practice", "party",
};

static RampartWorkspace *
get_workspace (RampartSoaEntry *self)
{
  return _rampart_record_get_workspace (RAMPART_RECORD (self));
}

static void
rampart_soa_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RampartSoaEntry *self = RAMPART_SOA_ENTRY (object);

  /* An Annex A control's title is the standard's; searching finds it too. */
  if (prop_id == PROP_TITLE && self->control != NULL)
    g_value_set_string (value, rampart_control_get_title (self->control));
  else
    _rampart_record_get_property (object, prop_id, value, pspec);
}

static gboolean
rampart_soa_entry_validate (RampartRecord *record,
                            GParamSpec    *pspec,
                            const GValue  *value)
{
  RampartSoaEntry *self = RAMPART_SOA_ENTRY (record);

  /* Annex A gives its controls their titles and text. */
  if ((pspec == properties[PROP_TITLE] || pspec == properties[PROP_DESCRIPTION]) &&
      !rampart_soa_entry_get_own (self))
    {
      g_warning ("The title and text of Annex A control %s cannot be changed",
                 rampart_soa_entry_get_control_id (self));
      return FALSE;
    }

  return TRUE;
}

static void
rampart_soa_entry_attached (RampartRecord *record)
{
  RampartSoaEntry *self = RAMPART_SOA_ENTRY (record);

  if (!rampart_soa_entry_get_own (self))
    g_set_object (&self->control, rampart_workspace_find_control (get_workspace (self),
                                                                  rampart_soa_entry_get_control_id (self)));
}

static void
rampart_soa_entry_finalize (GObject *object)
{
  RampartSoaEntry *self = RAMPART_SOA_ENTRY (object);

  g_clear_object (&self->control);

  G_OBJECT_CLASS (rampart_soa_entry_parent_class)->finalize (object);
}

static char *
rampart_soa_entry_dup_title (RampartRecord *record)
{
  RampartSoaEntry *self = RAMPART_SOA_ENTRY (record);

  return g_strdup_printf ("%s %s", rampart_soa_entry_get_control_id (self), rampart_soa_entry_get_title (self));
}

static gboolean
rampart_soa_entry_can_delete (RampartRecord *record)
{
  return rampart_soa_entry_get_own (RAMPART_SOA_ENTRY (record));
}

static void
rampart_soa_entry_class_init (RampartSoaEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RampartRecordClass *record_class = RAMPART_RECORD_CLASS (klass);

  object_class->finalize = rampart_soa_entry_finalize;
  object_class->get_property = rampart_soa_entry_get_property;
  record_class->validate = rampart_soa_entry_validate;
  record_class->attached = rampart_soa_entry_attached;
  record_class->dup_title = rampart_soa_entry_dup_title;
  record_class->can_delete = rampart_soa_entry_can_delete;

  /* Both are set when the entry is made, never edited. */
  properties[PROP_CONTROL_ID] =
    g_param_spec_string ("control-id", _("Control"), NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_NAME | G_PARAM_STATIC_BLURB);
  properties[PROP_OWN] =
    g_param_spec_boolean ("own", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = _rampart_field_text ("title", _("Title"), "");
  properties[PROP_DESCRIPTION] = _rampart_field_text ("description", _("Control"), "");
  properties[PROP_APPLICABILITY] =
    _rampart_field_enum ("applicability", _("Applicability"), RAMPART_TYPE_APPLICABILITY,
                         RAMPART_APPLICABILITY_UNDECIDED);
  properties[PROP_LEGAL] = _rampart_field_boolean ("legal", _("Legal or regulatory requirement"), FALSE);
  properties[PROP_CONTRACTUAL] = _rampart_field_boolean ("contractual", _("Contractual requirement"), FALSE);
  properties[PROP_BUSINESS] = _rampart_field_boolean ("business", _("Business requirement"), FALSE);
  properties[PROP_GOOD_PRACTICE] = _rampart_field_boolean ("good-practice", _("Good practice"), FALSE);
  properties[PROP_PARTY] = _rampart_field_boolean ("party", _("Interested-party requirement"), FALSE);
  properties[PROP_REQUIREMENT_ID] =
    g_param_spec_int64 ("requirement-id", _("Requirement"), NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_NAME | G_PARAM_STATIC_BLURB | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_JUSTIFICATION] = _rampart_field_text ("justification", _("Justification"), "");
  properties[PROP_IMPLEMENTATION] =
    _rampart_field_enum ("implementation", _("Implementation"), RAMPART_TYPE_IMPLEMENTATION,
                         RAMPART_IMPLEMENTATION_NOT_STARTED);
  properties[PROP_OWNER] = _rampart_field_text ("owner", _("Owner"), "");
  properties[PROP_HOW] = _rampart_field_text ("how", _("How it is implemented"), "");
  properties[PROP_EVIDENCE] = _rampart_field_text ("evidence", _("Evidence"), "");
  properties[PROP_TO_REVIEW] = _rampart_field_boolean ("to-review", _("To review"), FALSE);

  rampart_record_class_install (record_class, N_PROPS, properties, store_sql);
  _rampart_record_class_set_table (record_class, &table);
}

static void
rampart_soa_entry_init (RampartSoaEntry *self)
{
}

const char *
rampart_soa_entry_get_control_id (RampartSoaEntry *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_CONTROL_ID);
}

/**
 * rampart_soa_entry_get_own:
 * @self: a #RampartSoaEntry
 *
 * Returns: %TRUE for a control the organisation added, %FALSE for one of
 *   Annex A
 */
gboolean
rampart_soa_entry_get_own (RampartSoaEntry *self)
{
  return rampart_record_get_boolean (RAMPART_RECORD (self), PROP_OWN);
}

/**
 * rampart_soa_entry_get_control:
 * @self: a #RampartSoaEntry
 *
 * Returns: (transfer none) (nullable): the Annex A control, with its
 *   attributes; %NULL for the organisation's own controls
 */
RampartControl *
rampart_soa_entry_get_control (RampartSoaEntry *self)
{
  g_return_val_if_fail (RAMPART_IS_SOA_ENTRY (self), NULL);

  return self->control;
}

const char *
rampart_soa_entry_get_title (RampartSoaEntry *self)
{
  g_return_val_if_fail (RAMPART_IS_SOA_ENTRY (self), NULL);

  if (self->control != NULL)
    return rampart_control_get_title (self->control);

  return rampart_record_get_string (RAMPART_RECORD (self), PROP_TITLE);
}

/**
 * rampart_soa_entry_get_description:
 * @self: a #RampartSoaEntry
 *
 * Returns: (transfer none): what an organisation's own control asks for;
 *   empty for Annex A controls, whose text is the standard's
 */
const char *
rampart_soa_entry_get_description (RampartSoaEntry *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_DESCRIPTION);
}

/**
 * rampart_soa_entry_get_theme:
 * @self: a #RampartSoaEntry
 *
 * Returns: the control's Annex A theme; the organisation's own controls
 *   count as organisational
 */
RampartControlTheme
rampart_soa_entry_get_theme (RampartSoaEntry *self)
{
  g_return_val_if_fail (RAMPART_IS_SOA_ENTRY (self), 0);

  return self->control != NULL ? rampart_control_get_theme (self->control)
                               : RAMPART_CONTROL_THEME_ORGANIZATIONAL;
}

RampartApplicability
rampart_soa_entry_get_applicability (RampartSoaEntry *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_APPLICABILITY);
}

/**
 * rampart_soa_entry_has_reason:
 * @self: a #RampartSoaEntry
 * @reason: a reason to include a control
 *
 * Returns: whether @reason applies; for %RAMPART_SOA_REASON_RISK, whether
 *   a risk of the register relies on the control
 */
gboolean
rampart_soa_entry_has_reason (RampartSoaEntry  *self,
                              RampartSoaReason  reason)
{
  g_return_val_if_fail (RAMPART_IS_SOA_ENTRY (self), FALSE);
  g_return_val_if_fail (reason < RAMPART_N_SOA_REASONS, FALSE);

  if (reason == RAMPART_SOA_REASON_RISK)
    {
      g_autoptr(GPtrArray) risks = rampart_soa_entry_list_risks (self);

      return risks->len > 0;
    }

  return rampart_record_get_boolean (RAMPART_RECORD (self), reason_props[reason]);
}

gboolean
rampart_soa_entry_has_any_reason (RampartSoaEntry *self)
{
  for (guint i = 0; i < RAMPART_N_SOA_REASONS; i++)
    if (rampart_soa_entry_has_reason (self, i))
      return TRUE;

  return FALSE;
}

/**
 * rampart_soa_entry_get_requirement_id:
 * @self: a #RampartSoaEntry
 *
 * Returns: the id of the interested party's requirement (clause 4.2) that
 *   calls for the control, or 0
 */
gint64
rampart_soa_entry_get_requirement_id (RampartSoaEntry *self)
{
  return rampart_record_get_int64 (RAMPART_RECORD (self), PROP_REQUIREMENT_ID);
}

const char *
rampart_soa_entry_get_justification (RampartSoaEntry *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_JUSTIFICATION);
}

RampartImplementation
rampart_soa_entry_get_implementation (RampartSoaEntry *self)
{
  return rampart_record_get_enum (RAMPART_RECORD (self), PROP_IMPLEMENTATION);
}

const char *
rampart_soa_entry_get_owner (RampartSoaEntry *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_OWNER);
}

const char *
rampart_soa_entry_get_how (RampartSoaEntry *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_HOW);
}

const char *
rampart_soa_entry_get_evidence (RampartSoaEntry *self)
{
  return rampart_record_get_string (RAMPART_RECORD (self), PROP_EVIDENCE);
}

/**
 * rampart_soa_entry_get_to_review:
 * @self: a #RampartSoaEntry
 *
 * Returns: whether the decision was imported and nobody has looked at it
 *   since
 */
gboolean
rampart_soa_entry_get_to_review (RampartSoaEntry *self)
{
  return rampart_record_get_boolean (RAMPART_RECORD (self), PROP_TO_REVIEW);
}

/**
 * rampart_soa_entry_list_risks:
 * @self: a #RampartSoaEntry
 *
 * Returns: (transfer container) (element-type RampartRisk): the risks of
 *   the register whose treatment relies on the control, in register order
 */
GPtrArray *
rampart_soa_entry_list_risks (RampartSoaEntry *self)
{
  RampartWorkspace *workspace = get_workspace (self);
  GPtrArray *risks = g_ptr_array_new_with_free_func (g_object_unref);
  const char *control_id = rampart_soa_entry_get_control_id (self);
  GListModel *list;

  if (workspace == NULL || rampart_workspace_get_closed (workspace))
    return risks;

  list = G_LIST_MODEL (rampart_workspace_get_risks (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RampartRisk) risk = g_list_model_get_item (list, i);

      if (rampart_risk_has_control (risk, control_id))
        g_ptr_array_add (risks, g_steal_pointer (&risk));
    }

  return risks;
}

static RampartRequirement *
find_requirement (RampartSoaEntry       *self,
                  RampartInterestedParty **party)
{
  RampartWorkspace *workspace = get_workspace (self);
  gint64 id = rampart_soa_entry_get_requirement_id (self);

  if (workspace == NULL || id == 0)
    return NULL;

  return rampart_workspace_find_requirement (workspace, id, party);
}

/**
 * rampart_soa_entry_dup_reasons_text:
 * @self: a #RampartSoaEntry
 *
 * Returns: (transfer full): the reasons to include the control, in words,
 *   separated by semicolons, the risks by their codes; empty if none
 */
char *
rampart_soa_entry_dup_reasons_text (RampartSoaEntry *self)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_autoptr(GPtrArray) risks = rampart_soa_entry_list_risks (self);
  g_auto(GStrv) strv = NULL;

  if (risks->len > 0)
    {
      g_autoptr(GString) codes = g_string_new (NULL);
      g_autofree char *reason = NULL;

      for (guint i = 0; i < risks->len; i++)
        {
          g_autofree char *code = rampart_risk_dup_code (g_ptr_array_index (risks, i));

          g_string_append_printf (codes, "%s%s", i > 0 ? ", " : "", code);
        }
      /* Translators: a reason to include a control, followed by risk codes */
      reason = g_strdup_printf (_("Risk treatment (%s)"), codes->str);
      g_strv_builder_add (parts, reason);
    }

  for (guint i = RAMPART_SOA_REASON_LEGAL; i < RAMPART_N_SOA_REASONS; i++)
    if (rampart_soa_entry_has_reason (self, i))
      g_strv_builder_add (parts, rampart_soa_reason_get_label (i));

  strv = g_strv_builder_end (parts);
  return g_strjoinv ("; ", strv);
}

static void
append_sentence (GString    *text,
                 const char *sentence)
{
  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
}

/**
 * rampart_soa_entry_propose_justification:
 * @self: a #RampartSoaEntry
 *
 * Writes a justification from what the workspace links to the control:
 * the risks treated with it, the requirements behind it. For an excluded
 * control, it says that nothing calls for it, or warns that something
 * does. The user is meant to edit it.
 *
 * Returns: (transfer full): the proposed wording
 */
char *
rampart_soa_entry_propose_justification (RampartSoaEntry *self)
{
  g_autoptr(GPtrArray) risks = rampart_soa_entry_list_risks (self);
  g_autoptr(GString) text = g_string_new (NULL);
  RampartInterestedParty *party = NULL;
  RampartRequirement *requirement = find_requirement (self, &party);
  g_autoptr(GString) risk_list = g_string_new (NULL);

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);
      g_autofree char *code = rampart_risk_dup_code (risk);

      if (i > 0)
        g_string_append (risk_list, i + 1 < risks->len ? ", " : _(" and "));
      g_string_append_printf (risk_list, "%s (%s)", code, rampart_risk_get_title (risk));
    }

  if (rampart_soa_entry_get_applicability (self) == RAMPART_APPLICABILITY_EXCLUDED)
    {
      if (risks->len > 0)
        {
          g_autofree char *sentence = g_strdup_printf (_("Note: the treatment of %s relies on this control, "
                                                         "so it cannot be excluded as things stand."),
                                                       risk_list->str);
          append_sentence (text, sentence);
          return g_string_free (g_steal_pointer (&text), FALSE);
        }

      append_sentence (text, _("Not applicable: no risk identified in the risk assessment is treated with this control,"));
      if (rampart_soa_entry_has_any_reason (self))
        append_sentence (text, _("although a requirement is recorded for it; say why it does not apply."));
      else
        append_sentence (text, _("and no legal, regulatory, contractual or interested-party requirement calls for it."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (risks->len > 0)
    {
      g_autofree char *sentence = NULL;

      if (risks->len == 1)
        sentence = g_strdup_printf (_("Included to treat risk %s."), risk_list->str);
      else
        sentence = g_strdup_printf (_("Included to treat risks %s."), risk_list->str);
      append_sentence (text, sentence);
    }
  if (rampart_soa_entry_has_reason (self, RAMPART_SOA_REASON_LEGAL))
    append_sentence (text, _("Required by law or regulation."));
  if (rampart_soa_entry_has_reason (self, RAMPART_SOA_REASON_CONTRACTUAL))
    append_sentence (text, _("Required by contract."));
  if (rampart_soa_entry_has_reason (self, RAMPART_SOA_REASON_PARTY))
    {
      g_autofree char *sentence = NULL;

      if (requirement != NULL && party != NULL)
        sentence = g_strdup_printf (_("Required by %s: %s"),
                                    rampart_interested_party_get_name (party),
                                    rampart_requirement_get_text (requirement));
      else
        sentence = g_strdup (_("Required by an interested party."));
      append_sentence (text, sentence);
      if (!g_str_has_suffix (text->str, "."))
        g_string_append_c (text, '.');
    }
  if (rampart_soa_entry_has_reason (self, RAMPART_SOA_REASON_BUSINESS))
    append_sentence (text, _("Needed by the business."));
  if (rampart_soa_entry_has_reason (self, RAMPART_SOA_REASON_GOOD_PRACTICE))
    append_sentence (text, _("Adopted as good practice."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
rampart_soa_reason_get_label (RampartSoaReason reason)
{
  switch (reason)
    {
    case RAMPART_SOA_REASON_RISK:          return _("Risk treatment");
    case RAMPART_SOA_REASON_LEGAL:         return _("Legal or regulatory requirement");
    case RAMPART_SOA_REASON_CONTRACTUAL:   return _("Contractual requirement");
    case RAMPART_SOA_REASON_BUSINESS:      return _("Business requirement");
    case RAMPART_SOA_REASON_GOOD_PRACTICE: return _("Good practice");
    case RAMPART_SOA_REASON_PARTY:         return _("Interested-party requirement");
    case RAMPART_N_SOA_REASONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rampart_soa_reason_get_field:
 * @reason: a reason to include a control
 *
 * Returns: (nullable): the name of the entry's field that holds @reason;
 *   %NULL for %RAMPART_SOA_REASON_RISK, which the risk register gives
 */
const char *
rampart_soa_reason_get_field (RampartSoaReason reason)
{
  g_return_val_if_fail (reason < RAMPART_N_SOA_REASONS, NULL);

  return reason_fields[reason];
}

/**
 * rampart_soa_reason_get_nick:
 * @reason: a reason to include a control
 *
 * Returns: a stable word for @reason, such as "good-practice", the same in
 *   every language
 */
const char *
rampart_soa_reason_get_nick (RampartSoaReason reason)
{
  g_return_val_if_fail (reason < RAMPART_N_SOA_REASONS, NULL);

  return reason_nicks[reason];
}

/**
 * rampart_soa_entry_new_own:
 * @entries: the workspace's Statement of Applicability
 *
 * Makes a control of the organisation's own, to be added to @entries with
 * rampart_record_list_append(). Its id, such as "ORG-3", is never one that
 * a risk, an issued version or another control used before.
 *
 * Returns: (transfer full) (nullable): the new entry, not yet in the list
 */
RampartSoaEntry *
rampart_soa_entry_new_own (RampartRecordList *entries)
{
  g_autoptr(RampartSoaEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GValue) id = G_VALUE_INIT;
  g_auto(GValue) own = G_VALUE_INIT;
  RampartWorkspace *workspace;
  gint64 number;

  g_return_val_if_fail (RAMPART_IS_RECORD_LIST (entries), NULL);
  g_return_val_if_fail (rampart_record_list_get_item_type (entries) == RAMPART_TYPE_SOA_ENTRY, NULL);

  workspace = _rampart_record_list_get_workspace (entries);
  number = _rampart_workspace_next_own_control (workspace, &error);
  if (number == 0)
    {
      g_critical ("Could not number a new control: %s", error->message);
      return NULL;
    }

  entry = g_object_new (RAMPART_TYPE_SOA_ENTRY, NULL);
  g_value_init (&id, G_TYPE_STRING);
  g_value_take_string (&id, g_strdup_printf ("ORG-%" G_GINT64_FORMAT, number));
  _rampart_record_set_loaded (RAMPART_RECORD (entry), PROP_CONTROL_ID, &id);
  g_value_init (&own, G_TYPE_BOOLEAN);
  g_value_set_boolean (&own, TRUE);
  _rampart_record_set_loaded (RAMPART_RECORD (entry), PROP_OWN, &own);

  return g_steal_pointer (&entry);
}

/**
 * rampart_soa_add_own_control:
 * @entries: the workspace's Statement of Applicability
 *
 * Adds a control of the organisation's own at the end, as one edit (see
 * rampart_soa_entry_new_own()).
 *
 * Returns: (transfer none) (nullable): the new entry
 */
RampartSoaEntry *
rampart_soa_add_own_control (RampartRecordList *entries)
{
  g_autoptr(RampartSoaEntry) entry = rampart_soa_entry_new_own (entries);

  if (entry == NULL)
    return NULL;

  return RAMPART_SOA_ENTRY (rampart_record_list_append (entries, RAMPART_RECORD (entry)));
}

/**
 * rampart_soa_find_entry:
 * @entries: the workspace's Statement of Applicability
 * @control_id: a control's id, such as "8.13" or "ORG-1"
 *
 * Returns: (transfer none) (nullable): the control's entry
 */
RampartSoaEntry *
rampart_soa_find_entry (RampartRecordList *entries,
                        const char        *control_id)
{
  GListModel *model = G_LIST_MODEL (entries);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RampartSoaEntry) entry = g_list_model_get_item (model, i);

      if (g_strcmp0 (rampart_soa_entry_get_control_id (entry), control_id) == 0)
        return entry;
    }

  return NULL;
}
