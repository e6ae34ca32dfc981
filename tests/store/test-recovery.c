/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-keyring-test.h"
#include "kring-recovery.h"
#include "kring-store-error.h"

/* The recovery key without its dashes. */
static char *
strip_dashes (const char *text)
{
  GString *stripped = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != '-')
      g_string_append_c (stripped, *p);
  return g_string_free (stripped, FALSE);
}

static void
assert_same_key (const KringKey *a, const KringKey *b)
{
  g_autofree char *hex_a = kring_key_to_hex (a);
  g_autofree char *hex_b = kring_key_to_hex (b);

  g_assert_cmpstr (hex_a, ==, hex_b);
}

static void
test_round_trip (void)
{
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KringKey) key = kring_key_new_random (&error);
      g_autofree char *text = NULL;
      g_autofree char *stripped = NULL;
      g_autoptr (KringKey) back = NULL;
      g_auto (GStrv) groups = NULL;

      g_assert_no_error (error);
      text = kring_recovery_encode (key);
      groups = g_strsplit (text, "-", -1);
      g_assert_cmpuint (g_strv_length (groups), ==,
                        KRING_RECOVERY_KEY_CHARS / KRING_RECOVERY_GROUP_SIZE);
      for (guint g = 0; groups[g] != NULL; g++)
        g_assert_cmpuint (strlen (groups[g]), ==, KRING_RECOVERY_GROUP_SIZE);
      stripped = strip_dashes (text);
      /* Crockford: none of the letters people misread. */
      g_assert_null (strpbrk (stripped, "ILOU"));
      back = kring_recovery_decode (text, &error);
      g_assert_no_error (error);
      assert_same_key (key, back);
    }
}

static void
test_passphrase_has_none (void)
{
  g_autoptr (KringKey) key = kring_key_new_passphrase ("een lange wachtzin");

  g_assert_null (kring_recovery_encode (key));
}

static void
assert_checksum_error (const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = kring_recovery_decode (text, &error);

  if (key != NULL)
    g_error ("“%s” was accepted", text);
  g_assert_error (error, KRING_RECOVERY_ERROR, KRING_RECOVERY_ERROR_CHECKSUM);
}

/* Every single wrong character and every swap of two neighbours, of several
 * keys, is caught by the checksum. */
static void
test_typos_detected (void)
{
  const char *alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /* Enough keys that a check relying on the 16 hash bits alone would let
   * some typo through (~350 000 tries): the check character must do it. */
  for (guint round = 0; round < 200; round++)
    {
      g_autoptr (KringKey) key = kring_key_new_random (NULL);
      g_autofree char *text = kring_recovery_encode (key);
      g_autofree char *stripped = strip_dashes (text);
      guint n = strlen (stripped);

      g_assert_cmpuint (n, ==, KRING_RECOVERY_KEY_CHARS);
      for (guint i = 0; i < n; i++)
        for (const char *c = alphabet; *c != '\0'; c++)
          {
            g_autofree char *typo = g_strdup (stripped);

            if (*c == stripped[i])
              continue;
            typo[i] = *c;
            assert_checksum_error (typo);
          }
      for (guint i = 0; i + 1 < n; i++)
        {
          g_autofree char *swapped = g_strdup (stripped);

          if (swapped[i] == swapped[i + 1])
            continue;
          swapped[i] = stripped[i + 1];
          swapped[i + 1] = stripped[i];
          assert_checksum_error (swapped);
        }
    }
}

/* Lower case, O for 0, I and L for 1, spaces and no dashes: read as meant. */
static void
test_lenient_reading (void)
{
  g_autoptr (KringKey) key = kring_key_new_random (NULL);
  g_autofree char *text = kring_recovery_encode (key);
  g_autofree char *lenient = g_ascii_strdown (text, -1);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) back = NULL;
  gboolean saw_one = FALSE;

  for (char *p = lenient; *p != '\0'; p++)
    {
      if (*p == '-')
        *p = ' ';
      else if (*p == '0')
        *p = 'O';
      else if (*p == '1')
        {
          *p = saw_one ? 'i' : 'L';
          saw_one = !saw_one;
        }
    }
  back = kring_recovery_decode (lenient, &error);
  g_assert_no_error (error);
  assert_same_key (key, back);
}

static void
test_bad_input (void)
{
  g_autoptr (KringKey) key = kring_key_new_random (NULL);
  g_autofree char *text = kring_recovery_encode (key);
  g_autofree char *with_u = g_strdup (text);
  g_autoptr (GError) error = NULL;
  KringKey *none;

  none = kring_recovery_decode (text + 5, &error);
  g_assert_null (none);
  g_assert_error (error, KRING_RECOVERY_ERROR, KRING_RECOVERY_ERROR_LENGTH);
  g_clear_error (&error);

  with_u[7] = 'U';
  none = kring_recovery_decode (with_u, &error);
  g_assert_null (none);
  g_assert_error (error, KRING_RECOVERY_ERROR, KRING_RECOVERY_ERROR_INVALID_CHARACTER);
  g_assert_nonnull (strstr (error->message, "“U”"));
  g_clear_error (&error);

  none = kring_recovery_decode ("", &error);
  g_assert_null (none);
  g_assert_error (error, KRING_RECOVERY_ERROR, KRING_RECOVERY_ERROR_LENGTH);
}

static char *
get_recovery_key (KringProfile *profile)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  char *text;

  kring_profile_get_recovery_key_async (profile, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  text = kring_profile_get_recovery_key_finish (profile, result, &error);
  g_assert_no_error (error);
  return text;
}

static KringStore *
recover (KringProfile *profile, const char *text, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_profile_recover_async (profile, text, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_profile_recover_finish (profile, result, error);
}

static guint
count_organizations (KringStore *store)
{
  g_autoptr (GListModel) rows = kring_test_list (store, "organizations", NULL, NULL, NULL);

  return g_list_model_get_n_items (rows);
}

/* Opening fails as KEY_NOT_FOUND and leaves the file as it was. */
static void
assert_key_not_found (const char *dir, const char *checksum)
{
  g_autoptr (KringProfile) profile = kring_profile_new (dir);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringStore) store = kring_profile_test_unlock (profile, NULL, &error);
  g_autofree char *now = kring_test_file_checksum (kring_profile_get_database_path (profile));

  g_assert_null (store);
  g_assert_error (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_KEY_NOT_FOUND);
  g_assert_cmpstr (now, ==, checksum);
}

static void
test_profile_recovery (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autoptr (KringProfile) profile = NULL;
  g_autoptr (KringStore) store = kring_test_profile_open (dir, TRUE);
  g_autoptr (KringKey) other = kring_key_new_random (NULL);
  g_autofree char *other_text = kring_recovery_encode (other);
  g_autofree char *text = NULL;
  g_autofree char *uuid = kring_profile_test_uuid (dir);
  g_autofree char *before = NULL;
  g_autofree char *typo = NULL;
  g_autoptr (GError) error = NULL;
  guint organizations = count_organizations (store);

  g_assert_cmpuint (organizations, >, 0);
  kring_test_store_close (store);
  g_clear_object (&store);

  profile = kring_profile_new (dir);
  text = get_recovery_key (profile);
  g_assert_true (kring_keyring_test_clear (uuid, &error));
  g_assert_no_error (error);
  before = kring_test_file_checksum (kring_profile_get_database_path (profile));
  assert_key_not_found (dir, before);

  /* A typo is caught before anything is opened. */
  typo = g_strdup (text);
  typo[0] = typo[0] == 'A' ? 'B' : 'A';
  g_assert_null (recover (profile, typo, &error));
  g_assert_error (error, KRING_RECOVERY_ERROR, KRING_RECOVERY_ERROR_CHECKSUM);
  g_clear_error (&error);

  /* A well-formed key of other data opens nothing and changes nothing. */
  g_assert_null (recover (profile, other_text, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  assert_key_not_found (dir, before);

  store = recover (profile, text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_organizations (store), ==, organizations);
  kring_test_store_close (store);
  g_clear_object (&store);

  /* The keyring holds the key again: the next start opens as usual. */
  g_clear_object (&profile);
  profile = kring_profile_new (dir);
  store = kring_profile_test_unlock (profile, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_organizations (store), ==, organizations);
  kring_test_store_close (store);
}

/* A passphrase profile has no recovery key: the passphrase is its own. */
static void
test_passphrase_profile_has_none (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autoptr (KringProfile) profile = kring_profile_new (dir);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringStore) store = kring_profile_test_unlock (profile, "een lange wachtzin",
                                                            &error);
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  kring_test_store_close (store);
  kring_profile_get_recovery_key_async (profile, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  text = kring_profile_get_recovery_key_finish (profile, result, &error);
  g_assert_null (text);
  g_assert_error (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_FAILED);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/recovery/round-trip", test_round_trip);
  g_test_add_func ("/store/recovery/passphrase-has-none", test_passphrase_has_none);
  g_test_add_func ("/store/recovery/typos-detected", test_typos_detected);
  g_test_add_func ("/store/recovery/lenient-reading", test_lenient_reading);
  g_test_add_func ("/store/recovery/bad-input", test_bad_input);
  g_test_add_func ("/store/recovery/profile", test_profile_recovery);
  g_test_add_func ("/store/recovery/passphrase-profile-has-none",
                   test_passphrase_profile_has_none);
  return g_test_run ();
}
