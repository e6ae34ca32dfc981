/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-keyring-test.h"

gboolean
kring_keyring_test_store (const char *uuid, const KringKey *key, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_keyring_store_async (uuid, key, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_keyring_store_finish (result, error);
}

KringKey *
kring_keyring_test_lookup (const char *uuid, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_keyring_lookup_async (uuid, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_keyring_lookup_finish (result, error);
}

gboolean
kring_keyring_test_clear (const char *uuid, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_keyring_clear_async (uuid, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_keyring_clear_finish (result, error);
}

KringStore *
kring_profile_test_unlock (KringProfile *profile, const char *passphrase, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_profile_unlock_async (profile, passphrase, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_profile_unlock_finish (profile, result, error);
}

char *
kring_profile_test_uuid (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "profile.ini", NULL);
  g_autoptr (GKeyFile) ini = g_key_file_new ();

  if (!g_key_file_load_from_file (ini, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_key_file_get_string (ini, "Profile", "database", NULL);
}
