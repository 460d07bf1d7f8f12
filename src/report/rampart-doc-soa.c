/* rampart-doc-soa.c: the "Statement of Applicability" document (clause 6.1.3 d)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-soa"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"
#include "rampart-soa.h"

/*
 * The document prints one version of the statement. While the decisions
 * still read as the latest issued version does, that version is printed,
 * with its approval; once they differ, they are printed as the draft of
 * the next version, so that a pack never passes unapproved decisions off
 * as approved ones. Both are read into the same shape (RampartSoaVersion),
 * so the rest of the document does not care which it prints.
 */

/* The groups of the statement: the four themes of Annex A, then the organisation's own controls. */
#define GROUP_OWN RAMPART_N_CONTROL_THEMES
#define N_GROUPS  (RAMPART_N_CONTROL_THEMES + 1)

typedef struct
{
  guint total;
  guint included;
  guint excluded;
  guint undecided;
  guint by_implementation[RAMPART_N_IMPLEMENTATIONS];
} Counts;

/* The group of each control, by its id: an issued version keeps ids and titles, not themes. */
static GHashTable *
index_groups (RampartWorkspace *workspace)
{
  GListModel *entries = G_LIST_MODEL (rampart_workspace_get_soa_entries (workspace));
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(RampartSoaEntry) entry = g_list_model_get_item (entries, i);
      guint group = rampart_soa_entry_get_own (entry) ? GROUP_OWN : rampart_soa_entry_get_theme (entry);

      g_hash_table_insert (groups, g_strdup (rampart_soa_entry_get_control_id (entry)), GUINT_TO_POINTER (group));
    }

  return groups;
}

static guint
line_group (GHashTable           *groups,
            const RampartSoaLine *line)
{
  gpointer group;

  if (!g_hash_table_lookup_extended (groups, line->control_id, NULL, &group))
    return GROUP_OWN;

  return GPOINTER_TO_UINT (group);
}

/* The open risks of the register by their codes: closed ones have no section to lead to. */
static GHashTable *
index_open_risks (RampartWorkspace *workspace)
{
  g_autoptr(GPtrArray) risks = rampart_pack_dup_risks (workspace);
  GHashTable *by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);

      if (rampart_risk_get_status (risk) != RAMPART_RISK_STATUS_CLOSED)
        g_hash_table_insert (by_code, rampart_risk_dup_code (risk), g_object_ref (risk));
    }

  return by_code;
}

static void
count_line (Counts               *counts,
            const RampartSoaLine *line)
{
  counts->total++;
  switch (line->applicability)
    {
    case RAMPART_APPLICABILITY_INCLUDED:
      counts->included++;
      if (line->implementation < RAMPART_N_IMPLEMENTATIONS)
        counts->by_implementation[line->implementation]++;
      break;

    case RAMPART_APPLICABILITY_EXCLUDED:
      counts->excluded++;
      break;

    case RAMPART_APPLICABILITY_UNDECIDED:
    default:
      counts->undecided++;
      break;
    }
}

static const char *
group_label (guint group)
{
  return group == GROUP_OWN ? _("The organisation's own controls") : rampart_control_theme_get_label (group);
}

/* Version and approval */

static void
add_issued (RampartDocument   *document,
            RampartSoaVersion *version)
{
  g_autofree char *approval = NULL;
  RampartText *text;

  /* Translators: a version's number, who approved it, and the date */
  approval = g_strdup_printf (_("Version %u, approved by %s on %s."), rampart_soa_version_get_number (version),
                              rampart_pack_or (rampart_soa_version_get_approved_by (version), "—"),
                              rampart_pack_or (rampart_soa_version_get_approved_on (version), "—"));
  text = rampart_text_new_styled (approval, RAMPART_STYLE_BOLD);
  rampart_text_append (text, " ", RAMPART_STYLE_NONE);
  rampart_text_append (text, _("This document prints that version: the decisions recorded since read the same. "
                               "Any change to them makes a draft of the next version, to be approved and issued "
                               "in its turn."), RAMPART_STYLE_NONE);
  rampart_document_add_paragraph (document, text);
}

/* The controls that changed since the latest version, by their ids. */
static char *
changed_ids (GPtrArray *changes)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      RampartSoaChange *change = g_ptr_array_index (changes, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", change->control_id);
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
add_draft (RampartDocument   *document,
           RampartSoaVersion *latest,
           GPtrArray         *changes,
           const char        *today)
{
  guint next = latest != NULL ? rampart_soa_version_get_number (latest) + 1 : 1;
  g_autofree char *heading = NULL;
  g_autofree char *as_on = NULL;
  RampartText *text;

  /* Translators: the number of the version that is not issued yet */
  heading = g_strdup_printf (_("Draft of version %u, not yet issued."), next);
  text = rampart_text_new_styled (heading, RAMPART_STYLE_BOLD);
  /* Translators: the date of the document */
  as_on = g_strdup_printf (_("It shows the decisions as they stand on %s, which nobody has approved yet."), today);
  rampart_text_append (text, " ", RAMPART_STYLE_NONE);
  rampart_text_append (text, as_on, RAMPART_STYLE_NONE);
  rampart_text_append (text, " ", RAMPART_STYLE_NONE);

  if (latest != NULL)
    {
      g_autofree char *ids = changed_ids (changes);
      g_autofree char *in_force = NULL;

      in_force = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               /* Translators: the latest issued version, who approved it, when, then how many controls changed since, and their ids */
                                               "Version %u, approved by %s on %s, remains the version in force; "
                                               "%u control has changed since: %s.",
                                               "Version %u, approved by %s on %s, remains the version in force; "
                                               "%u controls have changed since: %s.",
                                               changes->len),
                                  rampart_soa_version_get_number (latest),
                                  rampart_pack_or (rampart_soa_version_get_approved_by (latest), "—"),
                                  rampart_pack_or (rampart_soa_version_get_approved_on (latest), "—"),
                                  changes->len, ids);
      rampart_text_append (text, in_force, RAMPART_STYLE_NONE);
    }
  else
    {
      rampart_text_append (text, _("No version of the statement has been issued yet."), RAMPART_STYLE_NONE);
    }

  rampart_document_add_note (document, RAMPART_NOTE_WARNING, text);
}

/* Summary */

static RampartText *
number_cell (guint        number,
             RampartStyle style)
{
  g_autofree char *text = g_strdup_printf ("%u", number);

  return rampart_text_new_styled (text, style);
}

static void
add_counts_row (RampartTable *table,
                const char   *label,
                const Counts *counts,
                RampartStyle  style)
{
  rampart_table_add_row (table, (RampartText *[]) {
    rampart_text_new_styled (label, style),
    number_cell (counts->total, style),
    number_cell (counts->included, style),
    number_cell (counts->by_implementation[RAMPART_IMPLEMENTATION_IMPLEMENTED], style),
    number_cell (counts->excluded, style),
    /* A finished statement decides every control: those left stand out. */
    number_cell (counts->undecided, counts->undecided > 0 ? RAMPART_STYLE_BOLD : style),
  });
}

static void
add_summary (RampartDocument   *document,
             RampartSoaVersion *version,
             GHashTable        *groups)
{
  Counts by_group[N_GROUPS] = { { 0 } };
  Counts all = { 0 };
  RampartTable *table = rampart_table_new (6, (double[]) { 2.3, 0.8, 0.8, 0.9, 0.8, 0.8 });
  g_autoptr(GString) sentence = g_string_new (NULL);
  g_autoptr(GString) excluded = g_string_new (NULL);

  for (guint i = 0; i < rampart_soa_version_get_n_lines (version); i++)
    {
      const RampartSoaLine *line = rampart_soa_version_get_line (version, i);

      count_line (&by_group[line_group (groups, line)], line);
      count_line (&all, line);
      if (line->applicability == RAMPART_APPLICABILITY_EXCLUDED)
        g_string_append_printf (excluded, "%s%s", excluded->len > 0 ? ", " : "", line->control_id);
    }

  g_string_append_printf (sentence,
                          g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: how many controls, then how many apply, are excluded and are not decided yet */
                                       "The statement covers %u control: %u applicable, %u excluded and %u undecided.",
                                       "The statement covers %u controls: %u applicable, %u excluded and %u undecided.",
                                       all.total),
                          all.total, all.included, all.excluded, all.undecided);
  if (all.included > 0)
    {
      g_string_append_c (sentence, ' ');
      /* Translators: how many applicable controls are implemented, partially implemented, planned and not started */
      g_string_append_printf (sentence, _("Of the applicable controls: %u implemented, %u partially implemented, "
                                          "%u planned, %u not started."),
                              all.by_implementation[RAMPART_IMPLEMENTATION_IMPLEMENTED],
                              all.by_implementation[RAMPART_IMPLEMENTATION_PARTIAL],
                              all.by_implementation[RAMPART_IMPLEMENTATION_PLANNED],
                              all.by_implementation[RAMPART_IMPLEMENTATION_NOT_STARTED]);
    }
  if (excluded->len > 0)
    {
      g_string_append_c (sentence, ' ');
      /* Translators: the ids of the excluded controls, as in "7.5, 8.30" */
      g_string_append_printf (sentence, _("Excluded: %s."), excluded->str);
    }
  rampart_pack_add_lead_in (document, rampart_text_new_plain (sentence->str));

  rampart_table_set_header (table, (const char *[]) {
    _("Controls"), _("Total"), _("Applicable"), _("Implemented"), _("Excluded"), _("Undecided"), NULL });
  for (guint group = 0; group < N_GROUPS; group++)
    if (by_group[group].total > 0)
      add_counts_row (table, group_label (group), &by_group[group], RAMPART_STYLE_NONE);
  add_counts_row (table, _("All controls"), &all, RAMPART_STYLE_BOLD);
  rampart_document_add (document, rampart_block_new_table (table));

  if (all.undecided > 0)
    {
      g_autofree char *undecided = NULL;

      undecided = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u control is not decided yet. A complete statement says of every "
                                                "control whether it applies, and why.",
                                                "%u controls are not decided yet. A complete statement says of every "
                                                "control whether it applies, and why.",
                                                all.undecided),
                                   all.undecided);
      rampart_document_add_note (document, RAMPART_NOTE_WARNING, rampart_text_new_plain (undecided));
    }
}

/* The controls */

static RampartSoaReason
reason_from_nick (const char *nick)
{
  for (guint r = 0; r < RAMPART_N_SOA_REASONS; r++)
    if (g_str_equal (rampart_soa_reason_get_nick (r), nick))
      return r;

  return RAMPART_N_SOA_REASONS;
}

/* The risks by their codes, each leading to its section of the risk assessment report. */
static void
append_risks (RampartText          *text,
              const RampartSoaLine *line,
              GHashTable           *open_risks)
{
  for (guint i = 0; line->risks[i] != NULL; i++)
    {
      RampartRisk *risk = g_hash_table_lookup (open_risks, line->risks[i]);

      if (i > 0)
        rampart_text_append (text, ", ", RAMPART_STYLE_NONE);
      if (risk != NULL)
        rampart_pack_append_record_link (text, "risk", risk, line->risks[i]);
      else
        rampart_text_append (text, line->risks[i], RAMPART_STYLE_NONE);
    }
}

/* The reasons to include the control, then the requirement behind it and the justification, a paragraph each. */
static RampartText *
reasons_cell (const RampartSoaLine *line,
              GHashTable           *open_risks)
{
  RampartText *text = rampart_text_new ();
  gboolean any = FALSE;

  for (guint i = 0; line->reasons[i] != NULL; i++)
    {
      RampartSoaReason reason = reason_from_nick (line->reasons[i]);

      if (reason == RAMPART_N_SOA_REASONS)
        continue;

      if (any)
        rampart_text_append (text, "; ", RAMPART_STYLE_NONE);
      rampart_text_append (text, rampart_soa_reason_get_label (reason), RAMPART_STYLE_NONE);
      if (reason == RAMPART_SOA_REASON_RISK && line->risks[0] != NULL)
        {
          rampart_text_append (text, " (", RAMPART_STYLE_NONE);
          append_risks (text, line, open_risks);
          rampart_text_append (text, ")", RAMPART_STYLE_NONE);
        }
      any = TRUE;
    }

  if (any && line->requirement[0] != '\0')
    {
      rampart_text_append (text, "\n", RAMPART_STYLE_NONE);
      rampart_text_append (text, line->requirement, RAMPART_STYLE_ITALIC);
    }

  if (line->applicability == RAMPART_APPLICABILITY_EXCLUDED)
    {
      /* An exclusion and its justification are what an auditor looks for first. */
      if (!rampart_text_is_empty (text))
        rampart_text_append (text, "\n", RAMPART_STYLE_NONE);
      rampart_text_append (text, _("Justification for exclusion:"), RAMPART_STYLE_BOLD | RAMPART_STYLE_ITALIC);
      rampart_text_append (text, " ", RAMPART_STYLE_NONE);
      if (line->justification[0] != '\0')
        rampart_text_append (text, line->justification, RAMPART_STYLE_NONE);
      else
        rampart_text_append (text, _("Not recorded yet"), RAMPART_STYLE_BOLD);
    }
  else if (line->justification[0] != '\0')
    {
      if (!rampart_text_is_empty (text))
        rampart_text_append (text, "\n", RAMPART_STYLE_NONE);
      /* Translators: a label before why a control is included */
      rampart_text_append (text, _("Justification:"), RAMPART_STYLE_ITALIC);
      rampart_text_append (text, " ", RAMPART_STYLE_NONE);
      rampart_text_append (text, line->justification, RAMPART_STYLE_NONE);
    }

  if (rampart_text_is_empty (text))
    rampart_text_append (text, _("No reason recorded yet"), RAMPART_STYLE_ITALIC);

  return text;
}

static RampartText *
applicability_cell (const RampartSoaLine *line)
{
  const char *label = rampart_enum_get_label (RAMPART_TYPE_APPLICABILITY, line->applicability);

  switch (line->applicability)
    {
    case RAMPART_APPLICABILITY_INCLUDED:
      return rampart_text_new_plain (label);

    case RAMPART_APPLICABILITY_EXCLUDED:
      return rampart_text_new_styled (label, RAMPART_STYLE_BOLD);

    case RAMPART_APPLICABILITY_UNDECIDED:
    default:
      return rampart_text_new_styled (label, RAMPART_STYLE_ITALIC);
    }
}

static void
append_labelled (RampartText *text,
                 const char  *label,
                 const char  *value)
{
  if (value[0] == '\0')
    return;

  if (!rampart_text_is_empty (text))
    rampart_text_append (text, "\n", RAMPART_STYLE_NONE);
  rampart_text_append (text, label, RAMPART_STYLE_ITALIC);
  rampart_text_append (text, " ", RAMPART_STYLE_NONE);
  rampart_text_append (text, value, RAMPART_STYLE_NONE);
}

/* The policies that support the control, each leading to its document, if the pack has it. */
static void
append_policies (RampartText          *text,
                 const RampartSoaLine *line)
{
  if (line->policies == NULL || line->policies[0] == NULL)
    return;

  if (!rampart_text_is_empty (text))
    rampart_text_append (text, "\n", RAMPART_STYLE_NONE);
  /* Translators: a label before the identifiers of the policies that support a control */
  rampart_text_append (text, _("Policies:"), RAMPART_STYLE_ITALIC);
  for (guint i = 0; line->policies[i] != NULL; i++)
    {
      g_autofree char *link = g_strdup_printf ("#doc-%s", line->policies[i]);

      rampart_text_append (text, i > 0 ? ", " : " ", RAMPART_STYLE_NONE);
      rampart_text_append_link (text, line->policies[i], RAMPART_STYLE_NONE, link);
    }
}

/* The status of an applicable control, then who owns it, how it is done and where the evidence is, and its policies. */
static RampartText *
implementation_cell (const RampartSoaLine *line)
{
  RampartText *text = rampart_text_new ();

  if (line->applicability == RAMPART_APPLICABILITY_INCLUDED)
    rampart_text_append (text, rampart_enum_get_label (RAMPART_TYPE_IMPLEMENTATION, line->implementation),
                         line->implementation == RAMPART_IMPLEMENTATION_IMPLEMENTED ? RAMPART_STYLE_NONE
                                                                                    : RAMPART_STYLE_BOLD);
  else if (line->applicability == RAMPART_APPLICABILITY_EXCLUDED)
    rampart_text_append (text, _("Not applicable"), RAMPART_STYLE_ITALIC);

  /* Translators: a label before the name of a control's owner */
  append_labelled (text, _("Owner:"), line->owner);
  /* Translators: a label before how a control is implemented */
  append_labelled (text, _("How:"), line->how);
  /* Translators: a label before where the evidence of a control is */
  append_labelled (text, _("Evidence:"), line->evidence);
  append_policies (text, line);

  if (rampart_text_is_empty (text))
    rampart_text_append (text, "–", RAMPART_STYLE_NONE);

  return text;
}

static RampartText *
control_cell (const RampartSoaLine *line)
{
  RampartText *text = rampart_text_new_styled (line->control_id, RAMPART_STYLE_BOLD);

  rampart_text_append (text, " ", RAMPART_STYLE_NONE);
  rampart_text_append (text, rampart_pack_or (line->title, _("Untitled control")), RAMPART_STYLE_BOLD);
  return text;
}

static void
add_group (RampartDocument   *document,
           RampartSoaVersion *version,
           GHashTable        *groups,
           GHashTable        *open_risks,
           guint              group)
{
  RampartTable *table = rampart_table_new (4, (double[]) { 1.4, 0.8, 2.2, 2.4 });
  g_autofree char *heading = NULL;
  g_autofree char *anchor = NULL;

  rampart_table_set_header (table, (const char *[]) {
    _("Control"), _("Applicable"), _("Reasons and justification"), _("Implementation"), NULL });

  for (guint i = 0; i < rampart_soa_version_get_n_lines (version); i++)
    {
      const RampartSoaLine *line = rampart_soa_version_get_line (version, i);

      if (line_group (groups, line) != group)
        continue;

      rampart_table_add_row (table, (RampartText *[]) {
        control_cell (line),
        applicability_cell (line),
        reasons_cell (line, open_risks),
        implementation_cell (line),
      });
    }

  if (rampart_table_get_n_rows (table) == 0)
    {
      rampart_table_free (table);
      return;
    }

  /* Translators: a theme of Annex A and how many controls it has, as in "People controls (8)" */
  heading = g_strdup_printf (_("%s (%u)"), group_label (group), rampart_table_get_n_rows (table));
  anchor = group == GROUP_OWN ? g_strdup ("soa-own") : g_strdup_printf ("soa-theme-%u", group + 5);
  rampart_document_add_heading (document, 2, heading, anchor);
  rampart_document_add (document, rampart_block_new_table (table));
}

/* Revision history */

static void
add_history (RampartDocument *document,
             GPtrArray       *versions)
{
  RampartTable *table = rampart_table_new (4, (double[]) { 0.7, 0.9, 1.6, 3.4 });

  rampart_document_add_heading (document, 2, _("Revision history"), "soa-history");
  rampart_table_set_header (table, (const char *[]) { _("Version"), _("Date"), _("Approved by"), _("Summary"), NULL });

  for (guint i = 0; i < versions->len; i++)
    {
      RampartSoaVersion *version = g_ptr_array_index (versions, i);
      g_autofree char *number = g_strdup_printf ("%u", rampart_soa_version_get_number (version));

      rampart_table_add_row (table, (RampartText *[]) {
        rampart_text_new_plain (number),
        rampart_pack_value (rampart_soa_version_get_approved_on (version)),
        rampart_pack_value (rampart_soa_version_get_approved_by (version)),
        rampart_text_new_plain (rampart_pack_or (rampart_soa_version_get_summary (version), "–")),
      });
    }

  rampart_pack_add_table (document, table, _("Not issued yet: no version of the statement has been approved."));
}

void
rampart_doc_soa_build (RampartWorkspace *workspace,
                       RampartDocument  *document,
                       GDateTime        *date)
{
  g_autoptr(GHashTable) groups = index_groups (workspace);
  g_autoptr(GHashTable) open_risks = index_open_risks (workspace);
  g_autoptr(RampartSoaVersion) current = rampart_soa_version_new_current (workspace);
  g_autofree char *today = g_date_time_format (date, "%Y-%m-%d");
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  RampartSoaVersion *latest = NULL;
  RampartSoaVersion *printed = current;

  rampart_document_add_plain (document,
    _("This statement lists every control of ISO/IEC 27001:2022 Annex A, and the controls the organisation "
      "has added of its own, with whether each applies, why it is included or why it is excluded, and "
      "whether it is implemented (clause 6.1.3 d). It is the outcome of the risk treatment process: a control "
      "that the treatment of a risk relies on names that risk, and the risk's code leads to its assessment in "
      "the risk assessment report."));

  versions = rampart_workspace_list_soa_versions (workspace, &error);
  if (versions == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: the reason why the versions could not be read */
      message = g_strdup_printf (_("The issued versions of the statement could not be read: %s"), error->message);
      rampart_document_add_note (document, RAMPART_NOTE_WARNING, rampart_text_new_plain (message));
      versions = g_ptr_array_new_with_free_func (g_object_unref);
    }

  if (versions->len > 0)
    {
      latest = g_ptr_array_index (versions, versions->len - 1);
      changes = rampart_soa_version_compare (latest, current);
      if (changes->len == 0)
        printed = latest;
    }

  /* The document's control data follow the version it prints: an issued
   * version carries its own approval, a draft has none yet. */
  rampart_document_add_heading (document, 2, _("Version and approval"), "soa-version");
  if (printed != current)
    {
      g_autofree char *number = g_strdup_printf ("%u", rampart_soa_version_get_number (printed));

      rampart_document_set_version (document, number);
      if (*rampart_soa_version_get_approved_by (printed) != '\0')
        rampart_document_set_approver (document, rampart_soa_version_get_approved_by (printed));
      rampart_document_set_approved_on (document, rampart_soa_version_get_approved_on (printed));
      add_issued (document, printed);
    }
  else
    {
      g_autofree char *number = NULL;

      /* Translators: the number of a version of the statement that is not issued yet */
      number = g_strdup_printf (_("%u draft"), latest != NULL ? rampart_soa_version_get_number (latest) + 1 : 1);
      rampart_document_set_version (document, number);
      rampart_document_set_approved_on (document, "");
      add_draft (document, latest, changes, today);
    }

  rampart_document_add_heading (document, 2, _("Summary"), "soa-summary");
  add_summary (document, printed, groups);

  for (guint group = 0; group < N_GROUPS; group++)
    add_group (document, printed, groups, open_risks, group);

  add_history (document, versions);
}
