/* test-paper.c: paper sizes for documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rampart-paper.h"

static void
test_sizes (void)
{
  double width, height;

  rampart_paper_get_size (RAMPART_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

  rampart_paper_get_size (RAMPART_PAPER_US_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612.0);
  g_assert_cmpfloat (height, ==, 792.0);
}

static void
test_names (void)
{
  g_assert_cmpint (rampart_paper_from_string ("a4"), ==, RAMPART_PAPER_A4);
  g_assert_cmpint (rampart_paper_from_string ("letter"), ==, RAMPART_PAPER_US_LETTER);
  g_assert_cmpint (rampart_paper_from_string ("nonsense"), ==, rampart_paper_get_default ());
  g_assert_cmpint (rampart_paper_from_string (NULL), ==, rampart_paper_get_default ());
  g_assert_cmpstr (rampart_paper_to_string (RAMPART_PAPER_A4), ==, "a4");
  g_assert_cmpstr (rampart_paper_to_string (RAMPART_PAPER_US_LETTER), ==, "letter");
}

static void
test_default_follows_locale (void)
{
  /* Only checkable where the locales are installed. */
  if (setlocale (LC_PAPER, "en_US.UTF-8") != NULL)
    g_assert_cmpint (rampart_paper_get_default (), ==, RAMPART_PAPER_US_LETTER);
  if (setlocale (LC_PAPER, "de_DE.UTF-8") != NULL)
    g_assert_cmpint (rampart_paper_get_default (), ==, RAMPART_PAPER_A4);

  setlocale (LC_PAPER, "C");
  g_assert_cmpint (rampart_paper_get_default (), ==, RAMPART_PAPER_A4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/paper/sizes", test_sizes);
  g_test_add_func ("/report/paper/names", test_names);
  g_test_add_func ("/report/paper/default-follows-locale", test_default_follows_locale);

  return g_test_run ();
}
