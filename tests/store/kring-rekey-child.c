/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The victim of test-rekey's interruption test: gives the keyring profile in
 * DIR a new key again and again until it is killed, printing (unbuffered)
 * "rekeyed N" after change N has finished.
 *
 *   kring-rekey-child DIR
 */
#include <stdio.h>

#include "kring-keyring-test.h"

int
main (int argc, char *argv[])
{
  g_autoptr (KringProfile) profile = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: kring-rekey-child DIR\n");
      return 2;
    }
  setvbuf (stdout, NULL, _IONBF, 0);
  profile = kring_profile_new (argv[1]);
  for (guint i = 1;; i++)
    {
      g_autoptr (GAsyncResult) result = NULL;
      g_autoptr (GError) error = NULL;

      kring_profile_rekey_async (profile, NULL, NULL, NULL, kring_test_store_result, &result);
      if (!kring_profile_rekey_finish (profile, kring_test_await_borrowed (&result), &error))
        g_error ("rekey %u: %s", i, error->message);
      printf ("rekeyed %u\n", i);
    }
  return 0;
}
