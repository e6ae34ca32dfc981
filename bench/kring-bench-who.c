/* SPDX-License-Identifier: GPL-3.0-or-later */

#include <stdio.h>

#include "kring-bench-common.h"
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
  int n_services = kring_bench_n_services (argc, argv);
  g_autofree char *path = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GPtrArray) generated = NULL;
  double small[G_N_ELEMENTS (queries)], large[G_N_ELEMENTS (queries)];

  setvbuf (stdout, NULL, _IOLBF, 0);
  store = kring_bench_open_demo_store ("who.db", &path);
  time_queries (store, "Example district", small);
  generated = kring_bench_add_municipality (store, n_services);
  time_queries (store, "Example district plus a synthetic municipality", large);
  g_print ("%d synthetic services, %u rows added\n", n_services, generated->len);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    g_print ("  %-18s larger/example %.1f\n", queries[q], large[q] / MAX (small[q], 0.001));
  kring_bench_remove_store (store, path);
  return 0;
}
