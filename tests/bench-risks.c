/* bench-risks.c: one run of the risk register benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-risks generate N FILE.isms   a workspace of N assets and N risks
 *   bench-risks open FILE.isms         the time to open it
 *   bench-risks register FILE.isms     the register on screen: first frame,
 *                                      a search, a filter, a sort, scrolling
 *   bench-risks documents FILE.isms DIR
 *                                      the four risk documents as PDFs
 *
 * Each prints one line of names and values, ending with the process's peak
 * memory. build-aux/bench runs them several times and takes the medians.
 */

#include "config.h"

#include <sys/resource.h>

#include <adwaita.h>

#include "rampart-file.h"
#include "rampart-layout.h"
#include "rampart-pack.h"
#include "rampart-risks-page.h"

static const char *people[] = {
  "Managing Director", "Head of IT", "Finance Manager", "HR Manager", "Office Manager",
  "Head of Sales", "Head of Operations", "Lead Developer", "Data Protection Officer",
  "Customer Support Lead", "Facilities Manager", "Product Owner",
};

static const char *things[] = {
  "customer database", "payroll records", "backup server", "laptop fleet", "email service",
  "source code repository", "office network", "accounting system", "file share", "firewall",
  "contract archive", "web shop", "support tickets", "VPN gateway", "printer", "CRM",
};

static const char *events[] = {
  "lost through ransomware", "disclosed by a phishing attack", "unavailable after a power cut",
  "changed without authorisation", "stolen from a car", "exposed by a misconfiguration",
  "deleted by mistake", "unavailable after a supplier failure", "copied by a leaver",
  "corrupted by a failed update",
};

static const char *
pick (GRand       *rand,
      const char **list,
      guint        n)
{
  return list[g_rand_int_range (rand, 0, (gint32) n)];
}

#define PICK(rand, list) pick (rand, list, G_N_ELEMENTS (list))

static void
print_memory (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  g_print (" maxrss_kb %ld\n", usage.ru_maxrss);
}

static RampartWorkspace *
open_workspace (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RampartWorkspace *workspace = rampart_workspace_open (file, NULL, &error);

  if (workspace == NULL)
    g_error ("%s", error->message);
  return workspace;
}

/* Assets and risks as a busy register would have them: every risk rated,
 * linked to assets and controls, most of them with an action. */
static int
generate (guint       n,
          const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RampartWorkspace) workspace = rampart_workspace_create (file, TRUE, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (27001);
  RampartRecordList *assets, *risks;
  GListModel *controls;
  guint n_controls, n_threats, n_vulnerabilities;
  g_autoptr(GArray) asset_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 start = g_get_monotonic_time ();

  if (workspace == NULL)
    g_error ("%s", error->message);

  assets = rampart_workspace_get_assets (workspace);
  risks = rampart_workspace_get_risks (workspace);
  controls = rampart_workspace_get_controls (workspace);
  n_controls = g_list_model_get_n_items (controls);
  n_threats = g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_threats (workspace)));
  n_vulnerabilities = g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_vulnerabilities (workspace)));

  for (guint i = 0; i < n; i++)
    {
      RampartRecord *asset = rampart_record_list_add (assets);
      g_autofree char *name = g_strdup_printf ("%s %u", PICK (rand, things), i + 1);
      gint64 id = rampart_record_get_id (asset);

      g_object_set (asset,
                    "name", name,
                    "kind", g_rand_int_range (rand, 0, 6),
                    "owner", PICK (rand, people),
                    "location", g_rand_boolean (rand) ? "Head office" : "Cloud",
                    "confidentiality", g_rand_int_range (rand, 0, 3),
                    "integrity", g_rand_int_range (rand, 0, 3),
                    "availability", g_rand_int_range (rand, 0, 3),
                    "description", "Generated for the benchmark.",
                    NULL);
      g_array_append_val (asset_ids, id);
    }

  for (guint i = 0; i < n; i++)
    {
      RampartRecord *risk = rampart_record_list_add (risks);
      g_autofree char *title = g_strdup_printf ("The %s %s", PICK (rand, things), PICK (rand, events));
      g_autofree char *review = g_strdup_printf ("2027-%02d-%02d", g_rand_int_range (rand, 1, 13),
                                                 g_rand_int_range (rand, 1, 29));
      gint64 linked[3];
      guint n_linked = (guint) g_rand_int_range (rand, 1, 4);
      const char *control_ids[4] = { NULL };
      guint treatment = (guint) g_rand_int_range (rand, 0, 4);

      for (guint j = 0; j < n_linked; j++)
        linked[j] = g_array_index (asset_ids, gint64, g_rand_int_range (rand, 0, (gint32) asset_ids->len));
      for (guint j = 0; j < 3; j++)
        {
          g_autoptr(RampartControl) control = g_list_model_get_item (controls,
                                                                     g_rand_int_range (rand, 0, (gint32) n_controls));

          control_ids[j] = rampart_control_get_id (control);
        }

      g_object_set (risk,
                    "title", title,
                    "description", "The register of a large organisation, generated for the benchmark.",
                    "owner", PICK (rand, people),
                    "threat-id", (gint64) g_rand_int_range (rand, 1, (gint32) n_threats + 1),
                    "vulnerability-id", (gint64) g_rand_int_range (rand, 1, (gint32) n_vulnerabilities + 1),
                    "inherent-likelihood", (guint) g_rand_int_range (rand, 1, 6),
                    "inherent-impact", (guint) g_rand_int_range (rand, 1, 6),
                    "treatment", treatment,
                    "treatment-rationale", "Chosen at random.",
                    "residual-likelihood", (guint) g_rand_int_range (rand, 1, 4),
                    "residual-impact", (guint) g_rand_int_range (rand, 1, 4),
                    "next-review", review,
                    "status", g_rand_int_range (rand, 0, 4),
                    NULL);
      rampart_risk_set_asset_ids (RAMPART_RISK (risk), linked, n_linked);
      rampart_risk_set_control_ids (RAMPART_RISK (risk), control_ids);

      if (g_rand_int_range (rand, 0, 4) > 0)
        {
          RampartRecord *action = rampart_record_list_add (rampart_risk_get_actions (RAMPART_RISK (risk)));
          g_autofree char *due = g_strdup_printf ("2027-%02d-15", g_rand_int_range (rand, 1, 13));

          g_object_set (action,
                        "what", "Put the chosen controls in place",
                        "owner", PICK (rand, people),
                        "due-on", due,
                        "control-id", control_ids[0],
                        NULL);
        }
    }

  rampart_history_clear (rampart_workspace_get_history (workspace));
  if (!rampart_workspace_save (workspace, &error))
    g_error ("%s", error->message);
  rampart_workspace_close_discarding (workspace);

  g_print ("generated_ms %.1f", (g_get_monotonic_time () - start) / 1000.0);
  print_memory ();
  return 0;
}

static int
open_only (const char *path)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(RampartWorkspace) workspace = open_workspace (path);
  gint64 opened = g_get_monotonic_time ();

  g_print ("assets %u risks %u open_ms %.1f",
           g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_assets (workspace))),
           g_list_model_get_n_items (G_LIST_MODEL (rampart_workspace_get_risks (workspace))),
           (opened - start) / 1000.0);
  print_memory ();
  rampart_workspace_close_discarding (workspace);
  return 0;
}

/* The register: each step is timed from the change to the frame that shows it. */

static gint64 painted;

static void
after_paint_cb (GdkFrameClock *clock)
{
  painted = g_get_monotonic_time ();
}

static double
until_painted (GtkWidget *window,
               gint64     since)
{
  painted = 0;
  gtk_widget_queue_draw (window);
  while (painted == 0)
    g_main_context_iteration (NULL, TRUE);
  return (painted - since) / 1000.0;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static int
show_register (const char *path)
{
  g_autoptr(RampartWorkspace) workspace = NULL;
  GtkWidget *window, *page;
  GtkColumnView *view;
  GtkAdjustment *adjustment;
  g_autoptr(GtkColumnViewColumn) inherent = NULL;
  gint64 start;
  double open_ms, first_ms, search_ms, next_search_ms, narrow_ms, clear_ms, sort_ms, scroll_ms = 0;
  guint shown, next_shown, narrow_shown;
  const guint steps = 40;

  adw_init ();
  start = g_get_monotonic_time ();
  workspace = open_workspace (path);
  open_ms = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  window = adw_window_new ();
  page = g_object_new (RAMPART_TYPE_RISKS_PAGE, NULL);
  rampart_page_set_workspace (RAMPART_PAGE (page), workspace);
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_realized (window))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), NULL);
  first_ms = until_painted (window, start);

  /* A search through every field of every risk and its actions: the first
   * one gathers each risk's text, the next ones reuse it. */
  start = g_get_monotonic_time ();
  rampart_risks_page_set_query (RAMPART_RISKS_PAGE (page), "ransomware");
  search_ms = until_painted (window, start);
  shown = rampart_risks_page_get_n_shown (RAMPART_RISKS_PAGE (page));

  start = g_get_monotonic_time ();
  rampart_risks_page_set_query (RAMPART_RISKS_PAGE (page), "laptop");
  next_search_ms = until_painted (window, start);
  next_shown = rampart_risks_page_get_n_shown (RAMPART_RISKS_PAGE (page));

  /* Typing on narrows what was found. */
  start = g_get_monotonic_time ();
  rampart_risks_page_set_query (RAMPART_RISKS_PAGE (page), "laptop stolen");
  narrow_ms = until_painted (window, start);
  narrow_shown = rampart_risks_page_get_n_shown (RAMPART_RISKS_PAGE (page));

  start = g_get_monotonic_time ();
  rampart_risks_page_set_query (RAMPART_RISKS_PAGE (page), "");
  clear_ms = until_painted (window, start);

  /* Highest inherent level first. */
  view = GTK_COLUMN_VIEW (find_widget (page, GTK_TYPE_COLUMN_VIEW));
  inherent = g_list_model_get_item (gtk_column_view_get_columns (view), 3);
  start = g_get_monotonic_time ();
  gtk_column_view_sort_by_column (view, inherent, GTK_SORT_DESCENDING);
  sort_ms = until_painted (window, start);

  /* A page down at a time, through the first part of the register. */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  for (guint i = 0; i < steps; i++)
    {
      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                            gtk_adjustment_get_page_size (adjustment));
      scroll_ms += until_painted (window, start);
    }

  g_print ("open_ms %.1f first_frame_ms %.1f search_ms %.1f search_shown %u next_search_ms %.1f next_shown %u "
           "narrow_ms %.1f narrow_shown %u clear_ms %.1f sort_ms %.1f scroll_frame_ms %.2f",
           open_ms, first_ms, search_ms, shown, next_search_ms, next_shown, narrow_ms, narrow_shown,
           clear_ms, sort_ms, scroll_ms / steps);
  print_memory ();

  gtk_window_destroy (GTK_WINDOW (window));
  rampart_workspace_close_discarding (workspace);
  return 0;
}

static int
documents (const char *path,
           const char *folder)
{
  static const char *ids[] = { "ISMS-RAM", "ISMS-RAR", "ISMS-RTP", "ISMS-AST" };
  g_autoptr(RampartWorkspace) workspace = open_workspace (path);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 23, 0, 0, 0);
  gint64 start = g_get_monotonic_time ();
  guint pages = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *name = g_strconcat (ids[i], ".pdf", NULL);
      g_autofree char *output_path = g_build_filename (folder, name, NULL);
      g_autoptr(GFile) output = g_file_new_for_path (output_path);
      g_autoptr(GError) error = NULL;
      g_autoptr(RampartBook) book = rampart_pack_build (workspace, ids[i], date, &error);
      g_autoptr(RampartLayout) layout = NULL;
      g_autoptr(RampartFileWriter) writer = NULL;

      if (book != NULL)
        layout = rampart_layout_new (book, RAMPART_PAPER_A4, NULL, NULL, NULL, &error);
      if (layout != NULL)
        writer = rampart_file_writer_new (output, NULL, &error);
      if (writer == NULL ||
          !rampart_layout_write_pdf (layout, rampart_file_writer_get_stream (writer), NULL, NULL, NULL, &error) ||
          !rampart_file_writer_commit (writer, NULL, &error))
        g_error ("%s: %s", ids[i], error->message);

      pages += rampart_layout_get_n_pages (layout);
    }

  g_print ("pages %u documents_ms %.1f", pages, (g_get_monotonic_time () - start) / 1000.0);
  print_memory ();
  rampart_workspace_close_discarding (workspace);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "generate"))
    return generate ((guint) g_ascii_strtoull (argv[2], NULL, 10), argv[3]);
  if (argc == 3 && g_str_equal (argv[1], "open"))
    return open_only (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "register"))
    return show_register (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "documents"))
    return documents (argv[2], argv[3]);

  g_printerr ("usage: bench-risks generate N FILE.isms | open FILE.isms | register FILE.isms | "
              "documents FILE.isms FOLDER\n");
  return 2;
}
