/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-keyring-test.h"

/* Runs inside kring-session.sh with --no-keyring (a bus without a Secret
 * Service) and with --no-dbus (no session bus at all). */

static void
test_unavailable (void)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr (KringKey) key = kring_key_new_random (NULL);
  g_autoptr (KringKey) found = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_false (kring_keyring_test_store (uuid, key, &error));
  g_assert_error (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_UNAVAILABLE);
  g_clear_error (&error);
  found = kring_keyring_test_lookup (uuid, &error);
  g_assert_null (found);
  g_assert_error (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_UNAVAILABLE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/keyring/unavailable", test_unavailable);
  return g_test_run ();
}
