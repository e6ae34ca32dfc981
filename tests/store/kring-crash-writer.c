/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The victim of test-crash: opens an existing store the way the app does and
 * saves transactions in a loop until it is killed. Each transaction writes
 * two glossary terms (so a half-applied transaction would show as one term
 * without its partner) with a definition of varying length, so that some
 * transactions touch overflow pages too.
 *
 *   kring-crash-writer PATH HEX-KEY RUN
 *
 * Prints, unbuffered, "start" before it opens the store, "open" once the store is open, "begin N" before
 * transaction N is handed to the store and "committed N" only after its
 * save finished successfully.
 */
#include <stdio.h>
#include <stdlib.h>

#include "kring-test-util.h"

static GPtrArray *
make_transaction (guint64 run, guint i)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  /* 40 … 2500 bytes: from part of a page to a few overflow pages (1 KiB pages). */
  gsize length = 40 + (i * 7919) % 2460;
  g_autofree char *definition = g_strnfill (length, 'a' + i % 26);

  for (const char *part = "ab"; *part != '\0'; part++)
    {
      g_autofree char *id = g_strdup_printf ("crash-%" G_GUINT64_FORMAT "-%u-%c", run, i, *part);
      g_autofree char *term = g_strdup_printf ("Term %" G_GUINT64_FORMAT " %u %c", run, i, *part);

      kring_test_record_add (records, "glossary_terms", id, "term", term,
                             "definition", definition, NULL);
    }
  return records;
}

static void
open_store (KringStore *store, const char *hex)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = kring_key_new_from_hex (hex, &error);
  g_autoptr (GAsyncResult) result = NULL;

  if (key == NULL)
    g_error ("key: %s", error->message);
  kring_store_open_async (store, key, FALSE, NULL, kring_test_store_result, &result);
  if (!kring_store_open_finish (store, kring_test_await_borrowed (&result), &error))
    g_error ("open: %s", error->message);
}

int
main (int argc, char *argv[])
{
  g_autoptr (KringStore) store = NULL;
  guint64 run;

  if (argc != 4)
    {
      fprintf (stderr, "usage: %s PATH HEX-KEY RUN\n", argv[0]);
      return 2;
    }
  setvbuf (stdout, NULL, _IONBF, 0);
  run = g_ascii_strtoull (argv[3], NULL, 10);
  printf ("start\n");
  store = kring_store_new (argv[1]);
  open_store (store, argv[2]);
  printf ("open\n");
  for (guint i = 0;; i++)
    {
      g_autoptr (GPtrArray) records = make_transaction (run, i);
      g_autoptr (GAsyncResult) result = NULL;
      g_autoptr (GError) error = NULL;

      printf ("begin %u\n", i);
      kring_store_save_async (store, records, NULL, kring_test_store_result, &result);
      if (!kring_store_save_finish (store, kring_test_await_borrowed (&result), &error))
        g_error ("save %u: %s", i, error->message);
      printf ("committed %u\n", i);
    }
}
