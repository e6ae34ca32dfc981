/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-keyring-test.h"
#include "kring-store-test.h"

/* Runs inside kring-session.sh with --no-keyring or --no-dbus: there is no
 * Secret Service, so a profile needs a passphrase. */

#define PASSPHRASE "lange zin met 'quotes' en spaties"

static void
test_passphrase_mode (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autoptr (KringProfile) first = kring_profile_new (dir);
  g_autoptr (KringProfile) second = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *ini = g_build_filename (dir, "profile.ini", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  store = kring_profile_test_unlock (first, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_NEEDS_PASSPHRASE);
  g_clear_error (&error);
  g_assert_true (kring_profile_is_new (first));
  g_assert_false (g_file_test (ini, G_FILE_TEST_EXISTS));

  store = kring_profile_test_unlock (first, PASSPHRASE, &error);
  g_assert_no_error (error);
  g_assert_true (kring_store_is_open (store));
  g_assert_cmpint (kring_profile_get_key_mode (first), ==, KRING_KEY_MODE_PASSPHRASE);
  kring_test_store_close (store);
  g_clear_object (&store);

  second = kring_profile_new (dir);
  g_assert_cmpint (kring_profile_get_key_mode (second), ==, KRING_KEY_MODE_PASSPHRASE);
  store = kring_profile_test_unlock (second, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_NEEDS_PASSPHRASE);
  g_clear_error (&error);

  before = kring_test_file_checksum (kring_profile_get_database_path (second));
  store = kring_profile_test_unlock (second, "wrong passphrase", &error);
  g_assert_null (store);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  after = kring_test_file_checksum (kring_profile_get_database_path (second));
  g_assert_cmpstr (before, ==, after);

  store = kring_profile_test_unlock (second, PASSPHRASE, &error);
  g_assert_no_error (error);
  g_assert_true (kring_store_is_open (store));
  kring_test_store_close (store);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/profile/passphrase-mode", test_passphrase_mode);
  return g_test_run ();
}
