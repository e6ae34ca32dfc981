/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-key.h"
#include "kring-store-error.h"

static void
test_random_hex_round_trip (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) a = kring_key_new_random (&error);
  g_autoptr (KringKey) b = kring_key_new_random (NULL);
  g_autoptr (KringKey) parsed = NULL;
  g_autofree char *hex_a = kring_key_to_hex (a);
  g_autofree char *hex_b = kring_key_to_hex (b);
  g_autofree char *hex_parsed = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (hex_a), ==, KRING_KEY_RAW_LEN * 2);
  g_assert_cmpstr (hex_a, !=, hex_b);
  parsed = kring_key_new_from_hex (hex_a, &error);
  g_assert_no_error (error);
  hex_parsed = kring_key_to_hex (parsed);
  g_assert_cmpstr (hex_parsed, ==, hex_a);
  g_assert_false (kring_key_is_passphrase (parsed));
}

static void
test_invalid_hex (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *bad = g_strnfill (KRING_KEY_RAW_LEN * 2, 'g');

  g_assert_null (kring_key_new_from_hex ("abcd", &error));
  g_assert_error (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (kring_key_new_from_hex (bad, &error));
  g_assert_error (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_INVALID);
}

static void
test_pragmas (void)
{
  g_autoptr (KringKey) raw = kring_key_new_random (NULL);
  g_autoptr (KringKey) passphrase = kring_key_new_passphrase ("it's secret");
  g_autoptr (KringKey) copy = kring_key_copy (passphrase);
  g_autofree char *hex = kring_key_to_hex (raw);
  g_autofree char *expected = g_strdup_printf ("PRAGMA key = \"x'%s'\";", hex);
  g_autofree char *expected_passphrase =
    g_strdup_printf ("PRAGMA key = 'it''s secret'; PRAGMA kdf_iter = %d;", KRING_KEY_KDF_ITER);
  char *pragma = kring_key_pragma (raw);

  g_assert_cmpstr (pragma, ==, expected);
  kring_key_wipe_string (pragma);
  g_assert_null (kring_key_to_hex (passphrase));
  g_assert_true (kring_key_is_passphrase (copy));
  pragma = kring_key_pragma (copy);
  g_assert_cmpstr (pragma, ==, expected_passphrase);
  kring_key_wipe_string (pragma);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/key/random-hex-round-trip", test_random_hex_round_trip);
  g_test_add_func ("/store/key/invalid-hex", test_invalid_hex);
  g_test_add_func ("/store/key/pragmas", test_pragmas);
  return g_test_run ();
}
