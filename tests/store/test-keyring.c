/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-keyring-test.h"

/* Runs inside kring-session.sh: a private D-Bus session with a real,
 * unlocked gnome-keyring. */

static void
test_store_lookup (void)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr (KringKey) key = kring_key_new_random (NULL);
  g_autoptr (KringKey) found = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *hex = kring_key_to_hex (key);
  g_autofree char *found_hex = NULL;

  g_assert_true (kring_keyring_test_store (uuid, key, &error));
  g_assert_no_error (error);
  found = kring_keyring_test_lookup (uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  found_hex = kring_key_to_hex (found);
  g_assert_cmpuint (strlen (found_hex), ==, 64);
  g_assert_cmpstr (found_hex, ==, hex);

  g_assert_true (kring_keyring_test_clear (uuid, &error));
  g_assert_no_error (error);
  g_clear_pointer (&found, kring_key_free);
  found = kring_keyring_test_lookup (uuid, &error);
  g_assert_null (found);
  g_assert_error (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_NOT_FOUND);
}

static void
test_lookup_unknown (void)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) found = kring_keyring_test_lookup (uuid, &error);

  g_assert_null (found);
  g_assert_error (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_NOT_FOUND);
}

static void
test_keys_are_per_database (void)
{
  g_autofree char *a = g_uuid_string_random ();
  g_autofree char *b = g_uuid_string_random ();
  g_autoptr (KringKey) key_a = kring_key_new_random (NULL);
  g_autoptr (KringKey) key_b = kring_key_new_random (NULL);
  g_autoptr (KringKey) found = NULL;
  g_autofree char *hex_b = kring_key_to_hex (key_b);
  g_autofree char *found_hex = NULL;

  g_assert_true (kring_keyring_test_store (a, key_a, NULL));
  g_assert_true (kring_keyring_test_store (b, key_b, NULL));
  found = kring_keyring_test_lookup (b, NULL);
  found_hex = kring_key_to_hex (found);
  g_assert_cmpstr (found_hex, ==, hex_b);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/keyring/store-lookup", test_store_lookup);
  g_test_add_func ("/store/keyring/lookup-unknown", test_lookup_unknown);
  g_test_add_func ("/store/keyring/keys-are-per-database", test_keys_are_per_database);
  return g_test_run ();
}
