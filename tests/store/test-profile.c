/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-keyring-test.h"
#include "kring-store-test.h"

/* Runs inside kring-session.sh with a real gnome-keyring. */

static void
save_team (KringStore *store, const char *name, char **id)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *team = kring_record_new ("teams");
  g_autoptr (GError) error = NULL;

  kring_record_set_string (team, "name", name);
  g_ptr_array_add (records, team);
  g_assert_true (kring_store_test_save (store, records, &error));
  g_assert_no_error (error);
  *id = g_strdup (kring_record_get_id (team));
}

static void
test_first_run_and_reopen (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *data_dir = g_build_filename (dir, "profile", NULL);
  g_autoptr (KringProfile) first = kring_profile_new (data_dir);
  g_autoptr (KringProfile) second = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (KringKey) key = NULL;
  g_autoptr (KringRecord) team = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *team_id = NULL;

  g_assert_true (kring_profile_is_new (first));
  store = kring_profile_test_unlock (first, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kring_store_is_open (store));
  g_assert_false (kring_profile_is_new (first));
  g_assert_cmpint (kring_profile_get_key_mode (first), ==, KRING_KEY_MODE_KEYRING);
  g_assert_true (g_file_test (kring_profile_get_database_path (first), G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (data_dir, G_FILE_TEST_IS_DIR));

  uuid = kring_profile_test_uuid (data_dir);
  g_assert_true (g_uuid_string_is_valid (uuid));
  key = kring_keyring_test_lookup (uuid, &error);
  g_assert_no_error (error);
  save_team (store, "Wijkteam Noord", &team_id);
  kring_test_store_close (store);
  g_clear_object (&store);

  second = kring_profile_new (data_dir);
  g_assert_false (kring_profile_is_new (second));
  store = kring_profile_test_unlock (second, NULL, &error);
  g_assert_no_error (error);
  team = kring_store_test_get (store, "teams", team_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kring_record_get_string (team, "name"), ==, "Wijkteam Noord");
  kring_test_store_close (store);
}

static void
test_key_not_found (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autoptr (KringProfile) first = kring_profile_new (dir);
  g_autoptr (KringProfile) second = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  store = kring_profile_test_unlock (first, NULL, &error);
  g_assert_no_error (error);
  kring_test_store_close (store);
  g_clear_object (&store);
  uuid = kring_profile_test_uuid (dir);
  g_assert_true (kring_keyring_test_clear (uuid, &error));
  before = kring_test_file_checksum (kring_profile_get_database_path (first));

  second = kring_profile_new (dir);
  store = kring_profile_test_unlock (second, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_KEY_NOT_FOUND);
  after = kring_test_file_checksum (kring_profile_get_database_path (second));
  g_assert_cmpstr (before, ==, after);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/profile/first-run-and-reopen", test_first_run_and_reopen);
  g_test_add_func ("/store/profile/key-not-found", test_key_not_found);
  return g_test_run ();
}
