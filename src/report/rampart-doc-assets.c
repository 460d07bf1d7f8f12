/* rampart-doc-assets.c: the "Asset inventory" document (Annex A 5.9)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rampart-doc-assets"

#include "config.h"

#include <glib/gi18n.h>

#include "rampart-pack-private.h"

/* The groups of the inventory, in the order of the kinds. */
static const struct {
  RampartAssetKind  kind;
  const char       *heading;
  const char       *anchor;
} groups[] = {
  { RAMPART_ASSET_INFORMATION, N_("Information"), "assets-information" },
  { RAMPART_ASSET_SOFTWARE, N_("Software"), "assets-software" },
  { RAMPART_ASSET_HARDWARE, N_("Hardware"), "assets-hardware" },
  { RAMPART_ASSET_SERVICE, N_("Services"), "assets-services" },
  { RAMPART_ASSET_PEOPLE, N_("People"), "assets-people" },
  { RAMPART_ASSET_SITE, N_("Sites"), "assets-sites" },
};

static const char *
value_letter (RampartAssetValue value)
{
  switch (value)
    {
    case RAMPART_ASSET_VALUE_HIGH:
      /* Translators: the first letter of "High", as the value of an asset's confidentiality, integrity or availability */
      return C_("asset value", "H");
    case RAMPART_ASSET_VALUE_MEDIUM:
      /* Translators: the first letter of "Medium" */
      return C_("asset value", "M");
    case RAMPART_ASSET_VALUE_LOW:
      /* Translators: the first letter of "Low" */
      return C_("asset value", "L");
    case RAMPART_ASSET_VALUE_UNRATED:
    default:
      return "–";
    }
}

static RampartText *
cia_cell (RampartAsset *asset)
{
  g_autofree char *letters = g_strdup_printf ("%s %s %s",
                                              value_letter (rampart_asset_get_confidentiality (asset)),
                                              value_letter (rampart_asset_get_integrity (asset)),
                                              value_letter (rampart_asset_get_availability (asset)));

  return rampart_text_new_plain (letters);
}

/* Open risk lists by asset id: one pass over the register, however many assets. */
static GHashTable *
index_risks_by_asset (GPtrArray *risks)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);
      gsize n_ids;
      const gint64 *ids = rampart_risk_get_asset_ids (risk, &n_ids);

      if (rampart_risk_get_status (risk) == RAMPART_RISK_STATUS_CLOSED)
        continue;

      for (gsize j = 0; j < n_ids; j++)
        {
          GPtrArray *of_asset = g_hash_table_lookup (index, &ids[j]);

          if (of_asset == NULL)
            {
              of_asset = g_ptr_array_new ();
              g_hash_table_insert (index, g_memdup2 (&ids[j], sizeof (gint64)), of_asset);
            }
          g_ptr_array_add (of_asset, risk);
        }
    }

  return index;
}

/* The open risks that concern the asset, each code leading to the risk in the risk assessment report. */
static RampartText *
risks_cell (RampartAsset *asset,
            GHashTable   *risks_by_asset)
{
  RampartText *text = rampart_text_new ();
  gint64 id = rampart_record_get_id (RAMPART_RECORD (asset));
  GPtrArray *risks = g_hash_table_lookup (risks_by_asset, &id);

  for (guint i = 0; risks != NULL && i < risks->len; i++)
    {
      RampartRisk *risk = g_ptr_array_index (risks, i);
      g_autofree char *code = rampart_risk_dup_code (risk);

      if (!rampart_text_is_empty (text))
        rampart_text_append (text, ", ", RAMPART_STYLE_NONE);
      rampart_pack_append_record_link (text, "risk", risk, code);
    }

  if (rampart_text_is_empty (text))
    rampart_text_append (text, _("None"), RAMPART_STYLE_ITALIC);
  return text;
}

/* The assets of one kind, or those out of scope with their kind under their names. */
static void
add_assets (RampartDocument  *document,
            GListModel       *assets,
            GHashTable       *risks_by_asset,
            gboolean          in_scope,
            RampartAssetKind  kind)
{
  RampartTable *table = rampart_table_new (6, (double[]) { 1.3, 1.25, 1.35, 0.9, 0.6, 1.25 });

  rampart_table_set_header (table, (const char *[]) {
    _("Asset"), _("Owner"), _("Location"), _("Classification"), _("C I A"), _("Risks"), NULL });

  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(RampartAsset) asset = g_list_model_get_item (assets, i);
      RampartText *name;

      if (rampart_asset_get_in_scope (asset) != in_scope || (in_scope && rampart_asset_get_kind (asset) != kind))
        continue;

      name = rampart_text_new_styled (rampart_pack_or (rampart_asset_get_name (asset), _("Unnamed asset")),
                                      RAMPART_STYLE_BOLD);
      if (!in_scope)
        {
          rampart_text_append (name, "\n", RAMPART_STYLE_NONE);
          rampart_text_append (name, rampart_enum_get_label (RAMPART_TYPE_ASSET_KIND, rampart_asset_get_kind (asset)),
                               RAMPART_STYLE_ITALIC);
        }

      rampart_table_add_row (table, (RampartText *[]) {
        name,
        rampart_pack_value (rampart_asset_get_owner (asset)),
        rampart_pack_value (rampart_asset_get_location (asset)),
        rampart_text_new_plain (rampart_enum_get_label (RAMPART_TYPE_CLASSIFICATION,
                                                        rampart_asset_get_classification (asset))),
        cia_cell (asset),
        risks_cell (asset, risks_by_asset),
      });
    }

  rampart_pack_add_table (document, table, _("No assets are recorded outside the scope."));
}

static gboolean
has_assets (GListModel       *assets,
            gboolean          in_scope,
            RampartAssetKind  kind,
            gboolean          any_kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(RampartAsset) asset = g_list_model_get_item (assets, i);

      if (rampart_asset_get_in_scope (asset) == in_scope && (any_kind || rampart_asset_get_kind (asset) == kind))
        return TRUE;
    }

  return FALSE;
}

static void
add_ownership (RampartDocument *document,
               GListModel      *assets)
{
  guint unowned = 0;

  rampart_document_add_plain (document,
    _("Every asset has an owner: the person accountable for it throughout its life, who makes sure that "
      "it is in this inventory, classified and protected as its classification requires, that access "
      "to it is controlled, and that its risks are assessed. Owners keep their entries up to date when "
      "an asset changes, and review them at least once a year."));

  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(RampartAsset) asset = g_list_model_get_item (assets, i);

      if (*rampart_asset_get_owner (asset) == '\0')
        unowned++;
    }

  if (unowned > 0)
    {
      g_autofree char *sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u asset has no owner yet: every asset needs one.",
                                                                "%u assets have no owner yet: every asset needs one.",
                                                                unowned),
                                                   unowned);

      rampart_document_add_note (document, RAMPART_NOTE_WARNING, rampart_text_new_plain (sentence));
    }
}

void
rampart_doc_assets_build (RampartWorkspace *workspace,
                          RampartDocument  *document,
                          GDateTime        *date)
{
  GListModel *assets = G_LIST_MODEL (rampart_workspace_get_assets (workspace));
  g_autoptr(GPtrArray) risks = rampart_pack_dup_risks (workspace);
  g_autoptr(GHashTable) risks_by_asset = index_risks_by_asset (risks);

  rampart_document_add_plain (document,
    _("This inventory lists the information and the other assets associated with information and "
      "information processing in the scope of the ISMS (Annex A 5.9): for each, its owner, where it "
      "is, how it is classified (Annex A 5.12), how much its confidentiality, integrity and "
      "availability matter, and the risks that concern it."));
  add_ownership (document, assets);

  rampart_document_add_heading (document, 2, _("Assets in scope"), "assets-in-scope");
  if (!has_assets (assets, TRUE, 0, TRUE))
    {
      rampart_pack_add_none (document, _("No assets in the scope are recorded yet."));
    }
  else
    {
      rampart_document_add_plain (document,
        _("The assets are grouped by type. The column C I A gives how much the confidentiality, integrity "
          "and availability of an asset matter: H high, M medium, L low, – not rated yet. The column Risks "
          "lists the open risks that concern the asset, each leading to its assessment in the risk "
          "assessment report."));

      for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
        {
          if (!has_assets (assets, TRUE, groups[i].kind, FALSE))
            continue;

          rampart_document_add_heading (document, 3, _(groups[i].heading), groups[i].anchor);
          add_assets (document, assets, risks_by_asset, TRUE, groups[i].kind);
        }
    }

  rampart_document_add_heading (document, 2, _("Assets outside the scope"), "assets-out-of-scope");
  rampart_pack_add_lead_in (document, rampart_text_new_plain (
    _("Assets the organisation holds that are outside the scope of the ISMS, listed apart so that the "
      "boundary is clear; the ISMS scope gives the reasons for each exclusion.")));
  add_assets (document, assets, risks_by_asset, FALSE, 0);
}
