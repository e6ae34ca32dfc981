/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <glib/gstdio.h>

#include "kring-bench-common.h"
#include "kring-key.h"
#include "kring-store-team.h"

/*
 * "Wie doet wat?" searches as you type: every keystroke is one
 * kring_store_who_does_what_async() over the team members, organisations
 * and services. Times a few queries (one letter, a word, two words, a word
 * nothing has) on the example district alone and with a synthetic
 * municipality (20,000 services by default) added, and prints the median,
 * the p95 and the ratio between the two.
 */

#define RUNS 15

static const char *const queries[] = { "s", "schulden", "jeugd opvoeding", "xylofoon" };

static guint
search (KringStore *store, const char *query)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringWhoResult) found = NULL;

  kring_store_who_does_what_async (store, query, NULL, NULL, NULL, kring_bench_store_result,
                                   &result);
  found = kring_store_who_does_what_finish (store, kring_bench_wait (&result), &error);
  if (found == NULL)
    g_error ("Cannot search “%s”: %s", query, error->message);
  return g_list_model_get_n_items (found->members)
         + g_list_model_get_n_items (found->organizations)
         + g_list_model_get_n_items (found->services);
}

/* The median of RUNS searches for each query, into @medians. */
static void
time_queries (KringStore *store, const char *label, double *medians)
{
  g_print ("%s\n", label);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      guint hits = 0;

      for (guint i = 0; i < RUNS; i++)
        {
          double start = kring_bench_now ();
          double ms;

          hits = search (store, queries[q]);
          ms = kring_bench_now () - start;
          g_array_append_val (times, ms);
        }
      medians[q] = kring_bench_percentile (times, 0.5);
      g_print ("  %-18s %6u hits   median %8.2f ms   p95 %8.2f ms\n", queries[q], hits,
               medians[q], kring_bench_percentile (times, 0.95));
    }
}

int
main (int argc, char *argv[])
{
  int n_services = argc > 1 ? atoi (argv[1]) : 20000;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = kring_key_new_random (&error);
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GPtrArray) generated = NULL;
  double small[G_N_ELEMENTS (queries)], large[G_N_ELEMENTS (queries)];

  setvbuf (stdout, NULL, _IOLBF, 0);
  if (key == NULL || dir == NULL || n_services <= 0)
    g_error ("Cannot start: %s", error != NULL ? error->message : "bad number of services");
  path = g_build_filename (dir, "who.db", NULL);
  store = kring_bench_open_store (path, key);
  kring_bench_load_demo (store);
  time_queries (store, "Example district", small);
  generated = kring_bench_generate (store, MAX (1, n_services * 2 / 5), n_services, 20240601);
  kring_bench_save (store, generated);
  time_queries (store, "Example district plus a synthetic municipality", large);
  g_print ("%d synthetic services, %u rows added\n", n_services, generated->len);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    g_print ("  %-18s larger/example %.1f\n", queries[q], large[q] / MAX (small[q], 0.001));
  kring_bench_close_store (store);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
