/* bench-pack.c: one run of the documentation pack benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-pack example FILE.isms OUT.pdf   the pack of a workspace
 *   bench-pack synthetic SECTIONS OUT.pdf  dense text and long tables
 *
 * Prints one line: pages, milliseconds to lay out and to write, and the
 * process's peak memory. build-aux/bench runs it several times.
 */

#include "config.h"

#include <sys/resource.h>

#include "rampart-file.h"
#include "rampart-layout.h"
#include "rampart-pack.h"

static const char *words[] = {
  "access", "asset", "backup", "control", "data", "encryption", "incident", "information",
  "management", "network", "owner", "policy", "process", "review", "risk", "security",
  "supplier", "system", "the", "and", "of", "to", "is", "are", "with", "for", "each", "every",
};

static char *
sentence (GRand *rand,
          guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

/* About 500 pages for 100 sections: prose, then a table of 60 rows. */
static RampartBook *
synthetic_book (guint sections)
{
  g_autoptr(RampartBook) book = rampart_book_new ("Synthetic document");
  g_autoptr(RampartDocument) document = rampart_document_new ("BENCH-01", "Synthetic document");
  g_autoptr(GRand) rand = g_rand_new_with_seed (27001);

  rampart_book_set_organisation (book, "Benchmark Ltd");
  for (guint s = 0; s < sections; s++)
    {
      g_autofree char *title = g_strdup_printf ("Section %u", s + 1);
      RampartTable *table = rampart_table_new (4, (double[]) { 1, 3, 1.5, 1.5 });

      rampart_document_add_heading (document, 2, title, NULL);
      for (guint p = 0; p < 12; p++)
        {
          g_autofree char *text = sentence (rand, 60 + g_rand_int_range (rand, 0, 60));

          rampart_document_add_plain (document, text);
        }

      rampart_table_set_header (table, (const char *[]) { "Id", "Description", "Owner", "Status", NULL });
      for (guint r = 0; r < 60; r++)
        {
          g_autofree char *id = g_strdup_printf ("R-%03u", r + 1);
          g_autofree char *description = sentence (rand, 8 + g_rand_int_range (rand, 0, 20));

          rampart_table_add_row_plain (table, (const char *[]) { id, description, "IT Operations", "Open" });
        }
      rampart_document_add (document, rampart_block_new_table (table));
    }

  rampart_book_add_document (book, document);
  return g_steal_pointer (&book);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RampartBook) book = NULL;
  g_autoptr(RampartLayout) layout = NULL;
  g_autoptr(RampartWorkspace) workspace = NULL;
  g_autoptr(RampartFileWriter) writer = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 23, 0, 0, 0);
  struct rusage usage;
  gint64 start, laid_out, written;

  if (argc != 4)
    {
      g_printerr ("usage: bench-pack example FILE.isms OUT.pdf | synthetic SECTIONS OUT.pdf\n");
      return 2;
    }

  start = g_get_monotonic_time ();
  if (g_str_equal (argv[1], "example"))
    {
      g_autoptr(GFile) file = g_file_new_for_path (argv[2]);

      workspace = rampart_workspace_open (file, NULL, &error);
      if (workspace != NULL)
        book = rampart_pack_build (workspace, NULL, date, &error);
    }
  else
    {
      book = synthetic_book ((guint) g_ascii_strtoull (argv[2], NULL, 10));
    }
  if (book == NULL)
    g_error ("%s", error->message);

  layout = rampart_layout_new (book, RAMPART_PAPER_A4, NULL, NULL, NULL, &error);
  laid_out = g_get_monotonic_time ();

  output = g_file_new_for_path (argv[3]);
  writer = rampart_file_writer_new (output, NULL, &error);
  if (writer == NULL ||
      !rampart_layout_write_pdf (layout, rampart_file_writer_get_stream (writer), NULL, NULL, NULL, &error) ||
      !rampart_file_writer_commit (writer, NULL, &error))
    g_error ("%s", error->message);
  written = g_get_monotonic_time ();

  getrusage (RUSAGE_SELF, &usage);
  g_print ("pages %u layout_ms %.1f write_ms %.1f total_ms %.1f maxrss_kb %ld\n",
           rampart_layout_get_n_pages (layout),
           (laid_out - start) / 1000.0, (written - laid_out) / 1000.0, (written - start) / 1000.0,
           usage.ru_maxrss);
  return 0;
}
