/* rampart-doc-risk-method.c: the "Risk assessment and treatment methodology" document (clauses 6.1.2 and 6.1.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-risk-method"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"

/* The options of clause 6.1.3 a, in the order a risk above the criterion is considered for them. */
static const struct {
  RampartTreatment  treatment;
  const char       *meaning;
} options[] = {
  { RAMPART_TREATMENT_MODIFY,
    N_("Apply controls that make the risk less likely or its impact smaller. The controls are chosen "
       "where they are needed and compared with Annex A, so that no necessary control is missed.") },
  { RAMPART_TREATMENT_AVOID,
    N_("Stop the activity, or give up the asset or the process, that gives rise to the risk.") },
  { RAMPART_TREATMENT_SHARE,
    N_("Pass part of the risk to another party able to carry it, such as an insurer or a supplier "
       "under contract. The organisation stays accountable for the risk.") },
  { RAMPART_TREATMENT_RETAIN,
    N_("Keep the risk as it is, by an informed decision: as a matter of course when it meets the "
       "acceptance criterion, otherwise only with the risk owner's documented acceptance.") },
};

static void
add_scale (RampartDocument   *document,
           RampartRiskMethod *method,
           RampartRiskScale   scale)
{
  RampartTable *table = rampart_table_new (3, (double[]) { 0.45, 1.05, 3.6 });

  rampart_table_set_header (table, (const char *[]) { _("Level"), _("Name"), _("Description"), NULL });

  for (guint level = 1; level <= rampart_risk_method_get_n_levels (method, scale); level++)
    {
      g_autofree char *number = g_strdup_printf ("%u", level);

      rampart_table_add_row (table, (RampartText *[]) {
        rampart_text_new_plain (number),
        rampart_text_new_styled (rampart_risk_method_get_level_label (method, scale, level), RAMPART_STYLE_BOLD),
        rampart_pack_value (rampart_risk_method_get_level_description (method, scale, level)),
      });
    }

  rampart_document_add (document, rampart_block_new_table (table));
}

/* The scores of a band when rating by product: from its lowest up to the next band's lowest. */
static RampartText *
score_range (RampartRiskMethod *method,
             guint              band)
{
  guint n_bands = rampart_risk_method_get_n_bands (method);
  guint top = rampart_risk_method_get_n_levels (method, RAMPART_RISK_SCALE_LIKELIHOOD) *
              rampart_risk_method_get_n_levels (method, RAMPART_RISK_SCALE_IMPACT);
  guint low = band == 0 ? 1 : rampart_risk_method_get_band_min_score (method, band);
  guint high = band + 1 < n_bands ? rampart_risk_method_get_band_min_score (method, band + 1) - 1 : top;
  g_autofree char *range = NULL;

  high = MIN (high, top);
  if (low > high)
    return rampart_text_new_styled (_("No score falls in this band"), RAMPART_STYLE_ITALIC);

  /* Translators: the lowest and highest score of a risk level, as in "5–9" */
  range = low == high ? g_strdup_printf ("%u", low) : g_strdup_printf (_("%u–%u"), low, high);
  return rampart_text_new_plain (range);
}

static void
add_bands (RampartDocument   *document,
           RampartRiskMethod *method)
{
  gboolean product = rampart_risk_method_get_mode (method) == RAMPART_RISK_LEVEL_PRODUCT;
  RampartTable *table = product ? rampart_table_new (3, (double[]) { 1, 0.8, 3.3 })
                                : rampart_table_new (2, (double[]) { 1, 4.1 });

  rampart_table_set_header (table, product ? (const char *[]) { _("Risk level"), _("Score"), _("Evaluation"), NULL }
                                           : (const char *[]) { _("Risk level"), _("Evaluation"), NULL });

  /* The highest level first, as a register is read. */
  for (guint band = rampart_risk_method_get_n_bands (method); band-- > 0;)
    {
      RampartText *name = rampart_text_new_styled (rampart_risk_method_get_band_name (method, band), RAMPART_STYLE_BOLD);
      RampartText *evaluation = rampart_text_new_plain (rampart_risk_method_is_acceptable (method, band)
                                                        ? _("Acceptable: may be retained without treatment")
                                                        : _("Above the acceptance criterion: treated, or retained "
                                                            "only with the risk owner's documented acceptance"));

      if (product)
        rampart_table_add_row (table, (RampartText *[]) { name, score_range (method, band), evaluation });
      else
        rampart_table_add_row (table, (RampartText *[]) { name, evaluation });
    }

  rampart_document_add (document, rampart_block_new_table (table));
}

static void
add_levels (RampartDocument   *document,
            RampartRiskMethod *method)
{
  /* Kept with the matrix it introduces. */
  if (rampart_risk_method_get_mode (method) == RAMPART_RISK_LEVEL_PRODUCT)
    rampart_pack_add_lead_in (document, rampart_text_new_plain (
      _("The level of a risk follows from its score: the number of its likelihood level multiplied by "
        "the number of its impact level, each counted from 1 for the lowest. The score falls in one of "
        "the ranges below, which gives the risk level. The matrix shows the level of each combination.")));
  else
    rampart_pack_add_lead_in (document, rampart_text_new_plain (
      _("The level of a risk is read from the matrix below: its likelihood gives the row, its impact "
        "the column, and the cell where they meet the risk level.")));

  rampart_document_add (document,
                        rampart_pack_new_heat_maps (method, NULL, 330, 235,
                                                    rampart_text_new_plain (_("The risk level of each combination "
                                                                              "of likelihood and impact"))));

  rampart_pack_add_lead_in (document, rampart_text_new_plain (
    _("The risk levels, from the highest, and what each means for the treatment of a risk:")));
  add_bands (document, method);
}

static void
add_acceptance (RampartDocument   *document,
                RampartRiskMethod *method)
{
  const char *criterion = rampart_risk_method_get_band_name (method, rampart_risk_method_get_acceptance_band (method));
  g_autofree char *sentence = NULL;

  /* Translators: the acceptance criterion; %s is a risk level, as in "Low" */
  sentence = g_strdup_printf (_("Risks rated %s or lower may be retained without treatment; higher risks are "
                                "treated (modify, avoid, share) or, exceptionally, retained with the documented "
                                "acceptance of the risk owner."), criterion);
  rampart_document_add_note (document, RAMPART_NOTE_INFO, rampart_text_new_plain (sentence));
  rampart_document_add_plain (document,
    _("Each risk is evaluated by comparing its level with this criterion, before treatment to decide "
      "whether it needs treatment, and after treatment to decide whether what remains is acceptable. "
      "Where a residual risk stays above the criterion, its owner accepts it by name and date, with "
      "the reason; the acceptance no longer holds once the risk is rated differently. The risk "
      "treatment plan records every such acceptance (clause 6.1.3 f)."));
}

static void
add_options (RampartDocument *document)
{
  RampartTable *table = rampart_table_new (2, (double[]) { 0.8, 4.3 });

  rampart_table_set_header (table, (const char *[]) { _("Option"), _("What it means"), NULL });
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    rampart_table_add_row (table, (RampartText *[]) {
      rampart_text_new_styled (rampart_enum_get_label (RAMPART_TYPE_TREATMENT, options[i].treatment),
                               RAMPART_STYLE_BOLD),
      rampart_text_new_plain (_(options[i].meaning)),
    });

  rampart_document_add (document, rampart_block_new_table (table));
}

/* When the register says the next reviews are due. */
static void
add_review_dates (RampartDocument  *document,
                  RampartWorkspace *workspace)
{
  g_autoptr(GPtrArray) risks = rampart_pack_dup_risks (workspace);
  RampartRisk *first = NULL;
  guint open = 0, planned = 0;
  g_autofree char *code = NULL;
  g_autofree char *sentence = NULL;

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);
      const char *review = rampart_risk_get_next_review (risk);

      if (rampart_risk_get_status (risk) == RAMPART_RISK_STATUS_CLOSED)
        continue;

      open++;
      if (*review == '\0')
        continue;

      planned++;
      if (first == NULL || g_strcmp0 (review, rampart_risk_get_next_review (first)) < 0)
        first = risk;
    }

  if (open == 0)
    {
      rampart_pack_add_none (document, _("No risks are recorded yet, so no reviews are planned."));
      return;
    }

  if (first == NULL)
    {
      rampart_pack_add_none (document, _("No next review date is recorded yet for any risk."));
      return;
    }

  code = rampart_risk_dup_code (first);
  if (planned == open)
    /* Translators: the earliest next review date of the register, and its risk's code */
    sentence = g_strdup_printf (_("Every open risk has a next review date; the earliest is %s (%s)."),
                                rampart_risk_get_next_review (first), code);
  else
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: open risks with a review date, of how many, then the earliest date and its risk */
                                             "%u of the %u open risks has a next review date; the earliest is %s (%s).",
                                             "%u of the %u open risks have a next review date; the earliest is %s (%s).",
                                             planned),
                                planned, open, rampart_risk_get_next_review (first), code);
  rampart_document_add_plain (document, sentence);
}

void
rampart_doc_risk_method_build (RampartWorkspace *workspace,
                               RampartDocument  *document,
                               GDateTime        *date)
{
  RampartRiskMethod *method = rampart_workspace_get_risk_method (workspace);

  rampart_document_add_plain (document,
    _("This document sets out how the organisation assesses information security risks (clause 6.1.2) "
      "and how it treats them (clause 6.1.3). It defines the risk criteria: the scales on which the "
      "likelihood and the impact of a risk are rated, how the two give a risk level, and which levels "
      "are acceptable. Applied the same way each time, the method gives consistent, valid and "
      "comparable results."));

  rampart_document_add_heading (document, 2, _("Identifying risks"), "ram-identification");
  rampart_document_add_plain (document,
    _("Risks are identified from the assets in the scope of the ISMS: information, and the software, "
      "hardware, services, people and sites that hold or process it, each recorded in the asset "
      "inventory with its owner. For each asset, the ISMS manager and the asset owners consider the "
      "threats that could harm the confidentiality, integrity or availability of information, and the "
      "vulnerabilities those threats could exploit, drawing on a catalogue of common threats and "
      "vulnerabilities, on past incidents and on the context of the organisation."));
  rampart_document_add_plain (document,
    _("Each risk goes into the risk register with a description, the assets it concerns, its threat "
      "and vulnerability, and a risk owner: the person with the accountability and the authority to "
      "manage it."));

  rampart_document_add_heading (document, 2, _("Analysing risks"), "ram-analysis");
  rampart_document_add_plain (document,
    _("Each risk is rated twice: before treatment (inherent risk), and after the treatment chosen for "
      "it (residual risk). Each rating gives the likelihood that the risk happens and the impact it "
      "has when it does, on the scales below."));
  rampart_document_add_heading (document, 3, _("Likelihood"), "ram-likelihood");
  add_scale (document, method, RAMPART_RISK_SCALE_LIKELIHOOD);
  rampart_document_add_heading (document, 3, _("Impact"), "ram-impact");
  if (rampart_risk_method_get_cia_impact (method))
    rampart_pack_add_lead_in (document, rampart_text_new_plain (
      _("Impact is rated on this scale for confidentiality, integrity and availability apart; the "
        "highest of the three is the impact of the risk.")));
  add_scale (document, method, RAMPART_RISK_SCALE_IMPACT);

  rampart_document_add_heading (document, 2, _("Risk levels"), "ram-levels");
  add_levels (document, method);

  rampart_document_add_heading (document, 2, _("Evaluating risks"), "ram-acceptance");
  add_acceptance (document, method);

  rampart_document_add_heading (document, 2, _("Treating risks"), "ram-treatment");
  rampart_pack_add_lead_in (document, rampart_text_new_plain (
    _("For each risk the risk owner chooses one of these options:")));
  add_options (document);
  rampart_document_add_plain (document,
    _("The controls that a treatment relies on are recorded with the risk, and the actions that put "
      "them in place go into the risk treatment plan with an owner and a due date. The controls "
      "chosen for all risks feed the Statement of Applicability. Once treated, the risk is rated "
      "again and its residual level evaluated against the acceptance criterion."));

  rampart_document_add_heading (document, 2, _("Reassessment"), "ram-review");
  rampart_document_add_plain (document,
    _("Risks are assessed again at planned intervals, at least once a year, and whenever a significant "
      "change is proposed or happens to the organisation, its systems, the threats it faces or its "
      "context, or after a serious incident (clause 8.2). Each risk has its own next review date, kept "
      "in the risk register and shown in the risk assessment report. The results of every assessment "
      "are kept as documented information."));
  add_review_dates (document, workspace);
}
