/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>

#include "kring-bench-common.h"
#include "kring-household-context.h"
#include "kring-store-household.h"

/*
 * Opening one household next to a large sociale kaart: the example district
 * plus a synthetic municipality (20,000 services by default). Opening reads
 * the plan and every list its forms choose from; a change re-reads only the
 * plan; the action form names every possible actor. Prints the median and
 * p95 of each, and the ratio of a re-read to a first open.
 */

#define HOUSEHOLD_ID "2f3bcb08-42dd-5e77-b294-95dd5a2bbd48" /* Huishouden Jansen */
#define RUNS 15

static KringHouseholdContext *
open_household (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringHouseholdContext *context;

  kring_household_context_load_async (store, HOUSEHOLD_ID, "bench", NULL, NULL,
                                      kring_bench_store_result, &result);
  context = kring_household_context_load_finish (kring_bench_wait (&result), &error);
  if (context == NULL)
    g_error ("Cannot open the household: %s", error->message);
  return context;
}

static KringHouseholdContext *
reread (KringHouseholdContext *previous)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringHouseholdContext *context;

  kring_household_context_reload_async (previous, NULL, kring_bench_store_result, &result);
  context = kring_household_context_load_finish (kring_bench_wait (&result), &error);
  if (context == NULL)
    g_error ("Cannot read the household again: %s", error->message);
  return context;
}

static void
print_times (const char *what, GArray *times)
{
  g_print ("%-40s median %8.2f ms   p95 %8.2f ms\n", what, kring_bench_percentile (times, 0.5),
           kring_bench_percentile (times, 0.95));
}

static double
time_open (KringStore *store, GArray *times)
{
  for (guint i = 0; i < RUNS; i++)
    {
      double start = kring_bench_now ();
      g_autoptr (KringHouseholdContext) context = open_household (store);
      double ms = kring_bench_now () - start;

      g_array_append_val (times, ms);
    }
  print_times ("Open a household (plan + lists)", times);
  return kring_bench_percentile (times, 0.5);
}

static double
time_reread (KringHouseholdContext *first, GArray *times)
{
  for (guint i = 0; i < RUNS; i++)
    {
      double start = kring_bench_now ();
      g_autoptr (KringHouseholdContext) context = reread (first);
      double ms = kring_bench_now () - start;

      g_array_append_val (times, ms);
    }
  print_times ("Read it again after a change (plan)", times);
  return kring_bench_percentile (times, 0.5);
}

/* The sociale kaart as the forms need it (narrow) against whole rows. */
static void
time_lists (KringStore *store)
{
  const char *tables[] = { "organizations", "services", "contacts" };
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lists = NULL;
  double start = kring_bench_now (), narrow, whole;

  kring_store_household_choices_async (store, NULL, kring_bench_store_result, &result);
  lists = kring_store_household_choices_finish (store, kring_bench_wait (&result), &error);
  narrow = kring_bench_now () - start;
  if (lists == NULL)
    g_error ("Cannot read the choices: %s", error->message);
  start = kring_bench_now ();
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    g_object_unref (kring_bench_list (store, tables[t]));
  whole = kring_bench_now () - start;
  g_print ("%-40s        %8.2f ms\n", "  of which the sociale kaart, narrow", narrow);
  g_print ("%-40s        %8.2f ms  (narrow/whole %.2f)\n", "  the same as whole rows", whole,
           narrow / whole);
}

static void
time_actors (KringHouseholdContext *context, GArray *times)
{
  guint n = 0;

  for (guint i = 0; i < RUNS; i++)
    {
      g_auto (GStrv) ids = NULL;
      g_auto (GStrv) labels = NULL;
      double start = kring_bench_now ();
      double ms;

      kring_household_context_actors (context, &ids, &labels);
      ms = kring_bench_now () - start;
      n = g_strv_length (ids);
      g_array_append_val (times, ms);
    }
  g_print ("Actors an action can be given to: %u\n", n);
  print_times ("Name them for the action form", times);
}

int
main (int argc, char *argv[])
{
  int n_services = kring_bench_n_services (argc, argv);
  g_autofree char *path = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GPtrArray) generated = NULL;
  g_autoptr (KringHouseholdContext) first = NULL;
  g_autoptr (GArray) open_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) reread_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) actor_times = g_array_new (FALSE, FALSE, sizeof (double));
  double open_ms, reread_ms;

  setvbuf (stdout, NULL, _IOLBF, 0);
  store = kring_bench_open_demo_store ("household.db", &path);
  generated = kring_bench_add_municipality (store, n_services);
  g_print ("Example district plus %d synthetic services, %u rows\n", n_services, generated->len);
  open_ms = time_open (store, open_times);
  time_lists (store);
  first = open_household (store);
  reread_ms = time_reread (first, reread_times);
  time_actors (first, actor_times);
  g_print ("Re-read against a first open: %.3f\n", reread_ms / open_ms);
  kring_bench_remove_store (store, path);
  return 0;
}
