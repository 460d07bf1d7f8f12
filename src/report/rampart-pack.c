/* rampart-pack.c: the ISMS documentation pack, built from a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-pack"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rampart-heat-map.h"
#include "rampart-pack-private.h"
#include "rampart-pack.h"

/* The documents of the pack, in the order an auditor reads them. */
static const RampartDocumentType document_types[] = {
  {
    "ISMS-ORG",
    N_("Organisation profile"),
    N_("Who the organisation is and who leads its ISMS"),
    rampart_doc_organisation_build,
  },
  {
    "ISMS-CTX",
    N_("Context of the organisation"),
    N_("Internal and external issues, and the interested parties with their requirements (clauses 4.1 and 4.2)"),
    rampart_doc_context_build,
  },
  {
    RAMPART_SCOPE_DOCUMENT_ID,
    N_("ISMS scope"),
    N_("What the ISMS covers, what it leaves out and why, and where it meets others (clause 4.3)"),
    rampart_doc_scope_build,
  },
  {
    "ISMS-ROLES",
    N_("Roles and responsibilities"),
    N_("The roles of the ISMS, who holds them, and their responsibilities and authorities (clause 5.3)"),
    rampart_doc_roles_build,
  },
  {
    "ISMS-RAM",
    N_("Risk assessment and treatment methodology"),
    N_("How risks are identified, rated and evaluated, which risks are acceptable, and how they are treated (clauses 6.1.2 and 6.1.3)"),
    rampart_doc_risk_method_build,
  },
  {
    "ISMS-RAR",
    N_("Risk assessment report"),
    N_("The risk register with each risk's rating before and after treatment, and heat maps of both (clause 8.2)"),
    rampart_doc_risk_report_build,
  },
  {
    "ISMS-RTP",
    N_("Risk treatment plan"),
    N_("The controls and actions that treat each risk, and the risk owners' acceptance of residual risks (clauses 6.1.3 and 8.3)"),
    rampart_doc_risk_treatment_build,
  },
  {
    RAMPART_SOA_DOCUMENT_ID,
    N_("Statement of Applicability"),
    N_("Every Annex A control and the organisation's own: whether it applies and why, and how far it is implemented (clause 6.1.3 d)"),
    rampart_doc_soa_build,
  },
  {
    "ISMS-AST",
    N_("Asset inventory"),
    N_("The assets of the ISMS with their owners, classification and the risks that concern them (Annex A 5.9)"),
    rampart_doc_assets_build,
  },
  {
    RAMPART_CONTROLS_DOCUMENT_ID,
    N_("Annex A controls"),
    N_("The 93 controls of ISO/IEC 27001:2022 Annex A with their ISO/IEC 27002 attributes"),
    rampart_doc_controls_build,
  },
};

/**
 * rampart_pack_get_document_types:
 * @n_types: (out): how many there are
 *
 * Returns: (array length=n_types): the documents of the pack, in order
 */
const RampartDocumentType *
rampart_pack_get_document_types (guint *n_types)
{
  *n_types = G_N_ELEMENTS (document_types);
  return document_types;
}

/**
 * rampart_pack_find_document_type:
 * @id: a document identifier
 *
 * Returns: (nullable): the document with that identifier
 */
const RampartDocumentType *
rampart_pack_find_document_type (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (document_types); i++)
    if (g_strcmp0 (document_types[i].id, id) == 0)
      return &document_types[i];

  return NULL;
}

/* A value for a document, or "Not recorded yet" in italics where there is none. */
RampartText *
rampart_pack_value (const char *value)
{
  return value != NULL && *value != '\0'
    ? rampart_text_new_plain (value)
    : rampart_text_new_styled (_("Not recorded yet"), RAMPART_STYLE_ITALIC);
}

void
rampart_pack_add_pair (RampartTable *pairs,
                       const char   *label,
                       const char   *value)
{
  rampart_table_add_row (pairs, (RampartText *[]) { rampart_text_new_plain (label),
                                                    rampart_pack_value (value) });
}

/* What a section says when it has nothing to show, instead of an empty table. */
void
rampart_pack_add_none (RampartDocument *document,
                       const char      *sentence)
{
  rampart_document_add_paragraph (document, rampart_text_new_styled (sentence, RAMPART_STYLE_ITALIC));
}

/* A short paragraph that introduces the table or list after it: never alone at the foot of a page. */
void
rampart_pack_add_lead_in (RampartDocument *document,
                          RampartText     *text)
{
  RampartBlock *paragraph = rampart_block_new_paragraph (text);

  rampart_block_set_keep_with_next (paragraph, TRUE);
  rampart_document_add (document, paragraph);
}

/**
 * rampart_pack_add_lines:
 * @document: a document
 * @label: a label in bold above the text, kept on its page
 * @text: (nullable): text with one item on each line
 *
 * Adds multi-line text as people type it in a text area: one paragraph
 * for a single line, a bulleted list for several. Bullets they typed
 * themselves are dropped, since the list draws its own.
 */
void
rampart_pack_add_lines (RampartDocument *document,
                        const char      *label,
                        const char      *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  RampartBlock *list;

  rampart_pack_add_lead_in (document, rampart_text_new_styled (label, RAMPART_STYLE_BOLD));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "* "))
        line = g_strchug (line + 2);
      else if (g_str_has_prefix (line, "•"))
        line = g_strchug (line + strlen ("•"));
      if (*line != '\0')
        g_ptr_array_add (items, line);
    }

  if (items->len <= 1)
    {
      rampart_document_add_paragraph (document,
                                      rampart_pack_value (items->len > 0 ? g_ptr_array_index (items, 0) : NULL));
      return;
    }

  list = rampart_block_new_list (FALSE, 1);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (rampart_block_list_add_item (list),
                     rampart_block_new_paragraph (rampart_text_new_plain (g_ptr_array_index (items, i))));
  rampart_document_add (document, list);
}

/* @value, or @fallback where @value is empty. */
const char *
rampart_pack_or (const char *value,
                 const char *fallback)
{
  return value != NULL && *value != '\0' ? value : fallback;
}

/* The anchor of a record's own section, as in "party-12": records keep their ids. */
char *
rampart_pack_record_anchor (const char *prefix,
                            gpointer    record)
{
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT, prefix, rampart_record_get_id (record));
}

/* Appends @name, linked to the section of @record made with the same @prefix. */
void
rampart_pack_append_record_link (RampartText *text,
                                 const char  *prefix,
                                 gpointer     record,
                                 const char  *name)
{
  g_autofree char *anchor = rampart_pack_record_anchor (prefix, record);
  g_autofree char *link = g_strconcat ("#", anchor, NULL);

  rampart_text_append_link (text, name, RAMPART_STYLE_NONE, link);
}

RampartText *
rampart_pack_record_link (const char *prefix,
                          gpointer    record,
                          const char *name)
{
  RampartText *text = rampart_text_new ();

  rampart_pack_append_record_link (text, prefix, record, name);
  return text;
}

/* The table, or where it has no rows, the sentence that says so. */
void
rampart_pack_add_table (RampartDocument *document,
                        RampartTable    *table,
                        const char      *none)
{
  if (rampart_table_get_n_rows (table) > 0)
    {
      rampart_document_add (document, rampart_block_new_table (table));
      return;
    }

  rampart_table_free (table);
  rampart_pack_add_none (document, none);
}

/* Heat maps */

#define HEAT_MAP_GAP 28.0

typedef struct
{
  RampartHeatMap *maps[2];
} HeatMaps;

static void
heat_maps_free (gpointer data)
{
  HeatMaps *self = data;

  g_clear_object (&self->maps[0]);
  g_clear_object (&self->maps[1]);
  g_free (self);
}

static void
draw_heat_maps (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  user_data)
{
  /* The labels in the pack's font, a little smaller than the tables', in its text colour. */
  static const RampartHeatMapStyle style = { "Carlito", 7.5, 0x22 / 255.0, 0x22 / 255.0, 0x22 / 255.0 };
  HeatMaps *self = user_data;
  guint n = self->maps[1] != NULL ? 2 : 1;
  double map_width = (width - HEAT_MAP_GAP * (n - 1)) / n;

  for (guint i = 0; i < n; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, i * (map_width + HEAT_MAP_GAP), 0);
      rampart_heat_map_draw (self->maps[i], cr, map_width, height, &style);
      cairo_restore (cr);
    }
}

/**
 * rampart_pack_new_heat_maps:
 * @method: the workspace's risk method
 * @risks: (nullable) (element-type RampartRisk): the risks to count, or
 *   %NULL for the matrix of the method alone, each cell named by its level
 * @width: the figure's width, or 0 for the width of the text
 * @height: its height
 * @caption: (transfer full): what the figure shows
 *
 * The figure draws a copy of the method, counted now: laid out later, in
 * another thread perhaps, it does not read the workspace.
 *
 * Returns: (transfer full): a figure with the matrix of the method, or the
 *   risks counted on it before treatment and after, side by side
 */
RampartBlock *
rampart_pack_new_heat_maps (RampartRiskMethod *method,
                            GListModel        *risks,
                            double             width,
                            double             height,
                            RampartText       *caption)
{
  g_autoptr(RampartRiskMethod) copy = rampart_risk_method_copy (method);
  HeatMaps *maps = g_new0 (HeatMaps, 1);

  if (risks == NULL)
    {
      maps->maps[0] = rampart_heat_map_new (copy, NULL);
      rampart_heat_map_set_show_bands (maps->maps[0], TRUE);
    }
  else
    {
      maps->maps[0] = rampart_heat_map_new (copy, _("Before treatment (inherent risk)"));
      maps->maps[1] = rampart_heat_map_new (copy, _("After treatment (residual risk)"));
      rampart_heat_map_count (maps->maps[0], risks, RAMPART_RISK_INHERENT);
      rampart_heat_map_count (maps->maps[1], risks, RAMPART_RISK_RESIDUAL);
    }

  return rampart_block_new_figure (width, height, draw_heat_maps, maps, heat_maps_free, caption);
}

/* Risks */

static int
compare_records (gconstpointer a,
                 gconstpointer b)
{
  gint64 x = rampart_record_get_id (*(RampartRecord **) a);
  gint64 y = rampart_record_get_id (*(RampartRecord **) b);

  return x < y ? -1 : x > y;
}

/**
 * rampart_pack_dup_risks:
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type RampartRisk): the risks of the
 *   register in the order of their codes, closed ones too
 */
GPtrArray *
rampart_pack_dup_risks (RampartWorkspace *workspace)
{
  GListModel *risks = G_LIST_MODEL (rampart_workspace_get_risks (workspace));
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (risks, i));
  g_ptr_array_sort (sorted, compare_records);

  return sorted;
}

/* "R-001 Ransomware encrypts production", the heading of a risk's section. */
char *
rampart_pack_risk_heading (RampartRisk *risk)
{
  g_autofree char *code = rampart_risk_dup_code (risk);

  /* Translators: a risk's code and title, as in "R-001 Ransomware encrypts production" */
  return g_strdup_printf (_("%s %s"), code, rampart_pack_or (rampart_risk_get_title (risk), _("Untitled risk")));
}

/* The risk's code, leading to its section in the risk assessment report. */
RampartText *
rampart_pack_risk_link (RampartRisk *risk)
{
  g_autofree char *code = rampart_risk_dup_code (risk);

  return rampart_pack_record_link ("risk", risk, code);
}

/* A band's name, or "Not rated yet" in italics. */
RampartText *
rampart_pack_band (RampartRiskMethod *method,
                   guint              band)
{
  if (band == RAMPART_RISK_UNRATED)
    return rampart_text_new_styled (_("Not rated yet"), RAMPART_STYLE_ITALIC);

  return rampart_text_new_plain (rampart_risk_method_get_band_name (method, band));
}

/* Rated, and as it stands above the acceptance criterion: it needs treatment or its owner's acceptance. */
gboolean
rampart_pack_risk_above_criterion (RampartRiskMethod *method,
                                   RampartRisk       *risk)
{
  guint band = rampart_risk_get_current_band (risk, method);

  return band != RAMPART_RISK_UNRATED && !rampart_risk_method_is_acceptable (method, band);
}

/* A rating in words, as in "Likely × Major → High", its band in bold. */
RampartText *
rampart_pack_rating (RampartRiskMethod *method,
                     RampartRisk       *risk,
                     RampartRiskStage   stage)
{
  guint likelihood = rampart_risk_get_likelihood (risk, stage);
  guint impact = rampart_risk_get_impact (risk, method, stage);
  guint band = rampart_risk_method_rate (method, likelihood, impact);
  g_autofree char *levels = NULL;
  RampartText *text;

  if (band == RAMPART_RISK_UNRATED)
    return rampart_pack_band (method, band);

  /* Translators: a likelihood and an impact, then the risk level they give, as in "Likely × Major → High" */
  levels = g_strdup_printf (_("%s × %s → "),
                            rampart_risk_method_get_level_label (method, RAMPART_RISK_SCALE_LIKELIHOOD, likelihood),
                            rampart_risk_method_get_level_label (method, RAMPART_RISK_SCALE_IMPACT, impact));
  text = rampart_text_new_plain (levels);
  rampart_text_append (text, rampart_risk_method_get_band_name (method, band), RAMPART_STYLE_BOLD);
  return text;
}

/* The controls a risk's treatment relies on, one a line with its title. */
RampartText *
rampart_pack_risk_controls (RampartWorkspace *workspace,
                            RampartRisk      *risk)
{
  const char * const *ids = rampart_risk_get_control_ids (risk);
  GListModel *controls = rampart_workspace_get_controls (workspace);
  RampartText *text;

  if (ids[0] == NULL)
    return rampart_text_new_styled (_("None recorded yet"), RAMPART_STYLE_ITALIC);

  text = rampart_text_new ();
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *title = NULL;

      for (guint j = 0; title == NULL && j < g_list_model_get_n_items (controls); j++)
        {
          g_autoptr(RampartControl) control = g_list_model_get_item (controls, j);

          if (g_str_equal (rampart_control_get_id (control), ids[i]))
            title = rampart_control_get_title (control);
        }

      if (i > 0)
        rampart_text_append (text, "\n", RAMPART_STYLE_NONE);
      rampart_text_append (text, ids[i], RAMPART_STYLE_BOLD);
      if (title != NULL)
        {
          rampart_text_append (text, " ", RAMPART_STYLE_NONE);
          rampart_text_append (text, title, RAMPART_STYLE_NONE);
        }
    }

  return text;
}

/**
 * rampart_pack_build_document:
 * @workspace: a workspace
 * @type: which document
 * @date: the date of issue
 *
 * Builds one document with its control data. Until someone names them, its
 * owner is the ISMS manager and its approver the top-management sponsor.
 *
 * Returns: (transfer full): the document
 */
RampartDocument *
rampart_pack_build_document (RampartWorkspace          *workspace,
                             const RampartDocumentType *type,
                             GDateTime                 *date)
{
  RampartOrganisation *organisation = rampart_workspace_get_organisation (workspace);
  RampartDocumentControl *control = rampart_workspace_get_document_control (workspace, type->id);
  RampartDocument *document = rampart_document_new (type->id, _(type->title));

  rampart_document_set_version (document, rampart_document_control_get_version (control));
  rampart_document_set_owner (document, rampart_pack_or (rampart_document_control_get_owner (control),
                                                    rampart_organisation_get_isms_manager (organisation)));
  rampart_document_set_approver (document, rampart_pack_or (rampart_document_control_get_approver (control),
                                                       rampart_organisation_get_sponsor (organisation)));
  rampart_document_set_approved_on (document, rampart_document_control_get_approved_on (control));
  rampart_document_set_next_review (document, rampart_document_control_get_next_review (control));
  type->build (workspace, document, date);

  return document;
}

static void
pack_document_free (gpointer data)
{
  RampartPackDocument *document = data;

  g_free (document->id);
  g_free (document->title);
  g_free (document->description);
  g_clear_object (&document->policy);
  g_clear_object (&document->revision);
  g_free (document);
}

static void
add_type (GPtrArray                 *documents,
          const RampartDocumentType *type)
{
  RampartPackDocument *document = g_new0 (RampartPackDocument, 1);

  document->id = g_strdup (type->id);
  document->title = g_strdup (_(type->title));
  document->description = g_strdup (_(type->description));
  document->type = type;
  g_ptr_array_add (documents, document);
}

/* The policies the pack shows, of the information security policy's kind or the others, by identifier. */
static void
add_policies (GPtrArray        *documents,
              RampartWorkspace *workspace,
              gboolean          main_policy)
{
  GListModel *policies = G_LIST_MODEL (rampart_workspace_get_policies (workspace));
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(RampartPolicy) policy = g_list_model_get_item (policies, i);

      if ((rampart_policy_get_kind (policy) == RAMPART_POLICY_KIND_POLICY) == main_policy)
        g_ptr_array_add (sorted, g_steal_pointer (&policy));
    }
  g_ptr_array_sort (sorted, rampart_policies_compare_identifiers);

  for (guint i = 0; i < sorted->len; i++)
    {
      RampartPolicy *policy = g_ptr_array_index (sorted, i);
      RampartPolicyRevision *shown = rampart_policy_get_pack_revision (policy);
      RampartPackDocument *document;

      if (shown == NULL)
        continue;

      document = g_new0 (RampartPackDocument, 1);
      document->id = g_strdup (rampart_pack_or (rampart_policy_revision_get_identifier (shown),
                                                _("Unidentified policy")));
      document->title = g_strdup (rampart_pack_or (rampart_policy_revision_get_title (shown), _("Untitled policy")));
      document->description = g_strdup (rampart_enum_get_label (RAMPART_TYPE_POLICY_KIND,
                                                                rampart_policy_revision_get_kind (shown)));
      document->policy = g_object_ref (policy);
      document->revision = shown;
      g_ptr_array_add (documents, document);
    }
}

/**
 * rampart_pack_list_documents:
 * @workspace: a workspace
 *
 * The documents Rampart writes, and the workspace's policies in force or
 * whose drafts someone asked for: the information security policy after
 * the scope (clause 5.2 follows 4.3), the topic-specific policies,
 * procedures and standards after the documents of the risks and controls.
 *
 * Returns: (transfer full) (element-type RampartPackDocument): the
 *   documents of the pack, in order
 */
GPtrArray *
rampart_pack_list_documents (RampartWorkspace *workspace)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (pack_document_free);

  for (guint i = 0; i < G_N_ELEMENTS (document_types); i++)
    {
      if (g_str_equal (document_types[i].id, RAMPART_CONTROLS_DOCUMENT_ID))
        add_policies (documents, workspace, FALSE);
      add_type (documents, &document_types[i]);
      if (g_str_equal (document_types[i].id, RAMPART_SCOPE_DOCUMENT_ID))
        add_policies (documents, workspace, TRUE);
    }

  return documents;
}

static RampartDocument *
build_entry (RampartWorkspace    *workspace,
             RampartPackDocument *entry,
             GDateTime           *date)
{
  if (entry->type != NULL)
    return rampart_pack_build_document (workspace, entry->type, date);

  return rampart_pack_build_policy_document (workspace, entry->revision, FALSE);
}

/**
 * rampart_pack_new_book:
 * @workspace: a workspace
 * @title: the book's title
 * @date: the date of issue
 *
 * Returns: (transfer full): an empty book with the organisation's name,
 *   the pack's version, its classification and who prepared it
 */
RampartBook *
rampart_pack_new_book (RampartWorkspace *workspace,
                       const char       *title,
                       GDateTime        *date)
{
  RampartOrganisation *organisation = rampart_workspace_get_organisation (workspace);
  const char *name = rampart_pack_or (rampart_organisation_get_name (organisation),
                                      rampart_organisation_get_legal_name (organisation));
  RampartBook *book = rampart_book_new (title);
  g_autofree char *keywords = NULL;

  rampart_book_set_organisation (book, rampart_pack_or (name, _("Unnamed organisation")));
  rampart_book_set_subject (book, _("Information security management system documentation "
                                    "(ISO/IEC 27001:2022)"));
  keywords = g_strdup_printf ("ISO/IEC 27001, ISMS, %s, %s", _("information security"),
                              rampart_pack_or (name, ""));
  rampart_book_set_keywords (book, keywords);
  rampart_book_set_date (book, date);
  rampart_book_set_classification (book, _("Internal"));
  rampart_book_set_prepared_by (book, rampart_organisation_get_isms_manager (organisation));
  rampart_book_set_version (book, rampart_document_control_get_version (
    rampart_workspace_get_document_control (workspace, RAMPART_PACK_ID)));

  return book;
}

/**
 * rampart_pack_build:
 * @workspace: a workspace
 * @document_id: (nullable): one document's identifier, or %NULL for the
 *   whole pack
 * @date: the date of issue
 * @error: return location for a #GError
 *
 * Builds the documentation pack (cover, document control, contents and
 * every document), or one document on its own. Reads the workspace, so it
 * runs where the workspace lives; laying the book out may then run in
 * another thread.
 *
 * Returns: (transfer full): the book, or %NULL for an unknown document
 */
RampartBook *
rampart_pack_build (RampartWorkspace  *workspace,
                    const char        *document_id,
                    GDateTime         *date,
                    GError           **error)
{
  g_autoptr(GPtrArray) documents = rampart_pack_list_documents (workspace);
  RampartPackDocument *only = NULL;
  g_autoptr(RampartBook) book = NULL;

  if (document_id != NULL)
    {
      for (guint i = 0; only == NULL && i < documents->len; i++)
        if (g_str_equal (((RampartPackDocument *) g_ptr_array_index (documents, i))->id, document_id))
          only = g_ptr_array_index (documents, i);

      if (only == NULL)
        {
          g_autoptr(GString) ids = g_string_new (NULL);

          for (guint i = 0; i < documents->len; i++)
            g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                                    ((RampartPackDocument *) g_ptr_array_index (documents, i))->id);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("There is no document “%s”; the documents are %s."), document_id, ids->str);
          return NULL;
        }
    }

  book = rampart_pack_new_book (workspace, only != NULL ? only->title : _("ISMS documentation"), date);

  if (only != NULL)
    {
      g_autoptr(RampartDocument) document = build_entry (workspace, only, date);

      rampart_book_add_document (book, document);
      return g_steal_pointer (&book);
    }

  rampart_book_set_front_matter (book, TRUE);
  for (guint i = 0; i < documents->len; i++)
    {
      g_autoptr(RampartDocument) document = build_entry (workspace, g_ptr_array_index (documents, i), date);

      rampart_book_add_document (book, document);
    }

  return g_steal_pointer (&book);
}
