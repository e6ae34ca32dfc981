/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/random.h>

#include "kring-app-passphrase.h"

#define GROUP "verifier"
#define ROUNDS 100000
#define SALT_LENGTH 16
#define HASH_LENGTH 32

static char *
file_path (const char *data_dir)
{
  return g_build_filename (data_dir, KRING_APP_PASSPHRASE_FILE, NULL);
}

static void
hmac (const char *key, const guint8 *data, gsize length, guint8 out[HASH_LENGTH])
{
  g_autoptr (GHmac) mac = g_hmac_new (G_CHECKSUM_SHA256, (const guchar *) key, strlen (key));
  gsize size = HASH_LENGTH;

  g_hmac_update (mac, data, length);
  g_hmac_get_digest (mac, out, &size);
}

/* PBKDF2-HMAC-SHA256 (RFC 8018) for one block, which is all 32 bytes need;
 * GLib has no PBKDF2 of its own. */
static char *
derive (const char *passphrase, const guint8 *salt, gsize salt_length, guint rounds)
{
  guint8 block[SALT_LENGTH + 4] = { 0 };
  guint8 u[HASH_LENGTH], t[HASH_LENGTH];

  g_assert (salt_length == SALT_LENGTH);
  memcpy (block, salt, salt_length);
  block[salt_length + 3] = 1;
  hmac (passphrase, block, sizeof block, u);
  memcpy (t, u, sizeof t);
  for (guint i = 1; i < rounds; i++)
    {
      hmac (passphrase, u, sizeof u, u);
      for (guint j = 0; j < HASH_LENGTH; j++)
        t[j] ^= u[j];
    }
  return g_base64_encode (t, sizeof t);
}

gboolean
kring_app_passphrase_is_set (const char *data_dir)
{
  g_autofree char *path = file_path (data_dir);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static gboolean
remove_file (const char *path, GError **error)
{
  int saved_errno;

  if (g_remove (path) == 0 || errno == ENOENT)
    return TRUE;
  saved_errno = errno;
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not remove the app passphrase: %s"), g_strerror (saved_errno));
  return FALSE;
}

gboolean
kring_app_passphrase_set (const char *data_dir, const char *passphrase, GError **error)
{
  g_autofree char *path = file_path (data_dir);
  g_autoptr (GKeyFile) file = g_key_file_new ();
  guint8 salt[SALT_LENGTH];
  g_autofree char *salt_text = NULL;
  g_autofree char *hash = NULL;

  g_return_val_if_fail (data_dir != NULL, FALSE);
  if (passphrase == NULL)
    return remove_file (path, error);
  if (getrandom (salt, sizeof salt, 0) != sizeof salt)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not create a random salt: %s"), g_strerror (errno));
      return FALSE;
    }
  salt_text = g_base64_encode (salt, sizeof salt);
  hash = derive (passphrase, salt, sizeof salt, ROUNDS);
  g_key_file_set_string (file, GROUP, "kdf", "pbkdf2-sha256");
  g_key_file_set_string (file, GROUP, "salt", salt_text);
  g_key_file_set_uint64 (file, GROUP, "rounds", ROUNDS);
  g_key_file_set_string (file, GROUP, "hash", hash);
  return g_key_file_save_to_file (file, path, error);
}

/* Compares in constant time, so that timing tells nothing of the hash
 * (the length of a hash is no secret). */
static gboolean
same (const char *a, const char *b)
{
  gsize length = strlen (a);
  guint8 diff = 0;

  if (length != strlen (b))
    return FALSE;
  for (gsize i = 0; i < length; i++)
    diff |= (guint8) (a[i] ^ b[i]);
  return diff == 0;
}

gboolean
kring_app_passphrase_check (const char *data_dir, const char *passphrase)
{
  g_autofree char *path = file_path (data_dir);
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *salt_text = NULL;
  g_autofree char *stored = NULL;
  g_autofree guint8 *salt = NULL;
  g_autofree char *hash = NULL;
  gsize salt_length = 0;
  guint64 rounds;

  if (passphrase == NULL || !g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return FALSE;
  salt_text = g_key_file_get_string (file, GROUP, "salt", NULL);
  stored = g_key_file_get_string (file, GROUP, "hash", NULL);
  rounds = g_key_file_get_uint64 (file, GROUP, "rounds", NULL);
  if (salt_text == NULL || stored == NULL || rounds == 0 || rounds > 10000000)
    return FALSE;
  salt = g_base64_decode (salt_text, &salt_length);
  if (salt_length != SALT_LENGTH)
    return FALSE;
  hash = derive (passphrase, salt, salt_length, (guint) rounds);
  return same (hash, stored);
}
