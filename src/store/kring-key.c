/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <glib/gi18n.h>

#include "kring-key.h"
#include "kring-store-error.h"

struct _KringKey
{
  guint8  raw[KRING_KEY_RAW_LEN];
  char   *passphrase; /* NULL for raw keys */
};

G_DEFINE_BOXED_TYPE (KringKey, kring_key, kring_key_copy, kring_key_free)

void
kring_key_wipe_string (char *str)
{
  if (str == NULL)
    return;
  explicit_bzero (str, strlen (str));
  g_free (str);
}

void
kring_key_free (KringKey *self)
{
  if (self == NULL)
    return;
  kring_key_wipe_string (self->passphrase);
  explicit_bzero (self, sizeof *self);
  g_free (self);
}

KringKey *
kring_key_copy (const KringKey *self)
{
  KringKey *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (KringKey, 1);
  memcpy (copy->raw, self->raw, sizeof copy->raw);
  copy->passphrase = g_strdup (self->passphrase);
  return copy;
}

static gboolean
fill_random (guint8 *buffer, gsize length, GError **error)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = getrandom (buffer + done, length - done, 0);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_FAILED,
                       _("Could not create a random key: %s"), g_strerror (saved_errno));
          return FALSE;
        }
      done += (gsize) n;
    }
  return TRUE;
}

KringKey *
kring_key_new_random (GError **error)
{
  g_autoptr (KringKey) self = g_new0 (KringKey, 1);

  if (!fill_random (self->raw, sizeof self->raw, error))
    return NULL;
  return g_steal_pointer (&self);
}

KringKey *
kring_key_new_from_hex (const char *hex, GError **error)
{
  g_autoptr (KringKey) self = NULL;

  g_return_val_if_fail (hex != NULL, NULL);

  if (strlen (hex) != KRING_KEY_RAW_LEN * 2)
    goto invalid;
  self = g_new0 (KringKey, 1);
  for (guint i = 0; i < KRING_KEY_RAW_LEN; i++)
    {
      int high = g_ascii_xdigit_value (hex[2 * i]);
      int low = g_ascii_xdigit_value (hex[2 * i + 1]);

      if (high < 0 || low < 0)
        goto invalid;
      self->raw[i] = (guint8) (high << 4 | low);
    }
  return g_steal_pointer (&self);

invalid:
  g_set_error_literal (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_INVALID,
                       _("The stored database key is not valid."));
  return NULL;
}

KringKey *
kring_key_new_passphrase (const char *passphrase)
{
  KringKey *self;

  g_return_val_if_fail (passphrase != NULL, NULL);

  self = g_new0 (KringKey, 1);
  self->passphrase = g_strdup (passphrase);
  return self;
}

gboolean
kring_key_is_passphrase (const KringKey *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->passphrase != NULL;
}

char *
kring_key_to_hex (const KringKey *self)
{
  static const char digits[] = "0123456789abcdef";
  char *hex;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->passphrase != NULL)
    return NULL;
  hex = g_malloc (KRING_KEY_RAW_LEN * 2 + 1);
  for (guint i = 0; i < KRING_KEY_RAW_LEN; i++)
    {
      hex[2 * i] = digits[self->raw[i] >> 4];
      hex[2 * i + 1] = digits[self->raw[i] & 0xf];
    }
  hex[KRING_KEY_RAW_LEN * 2] = '\0';
  return hex;
}

static char *
raw_key_pragma (const KringKey *self)
{
  static const char prefix[] = "PRAGMA key = \"x'";
  static const char suffix[] = "'\";";
  g_autofree char *hex = kring_key_to_hex (self);
  gsize length = strlen (prefix) + strlen (hex) + strlen (suffix);
  char *sql = g_malloc (length + 1);

  /* Built by hand rather than with g_strdup_printf() so that no intermediate
   * buffer holding the key is left behind unwiped. */
  strcpy (sql, prefix);
  strcat (sql, hex);
  strcat (sql, suffix);
  explicit_bzero (hex, strlen (hex));
  return sql;
}

static char *
passphrase_pragma (const KringKey *self)
{
  static const char prefix[] = "PRAGMA key = '";
  g_autofree char *suffix = g_strdup_printf ("'; PRAGMA kdf_iter = %d;", KRING_KEY_KDF_ITER);
  gsize quotes = 0;
  char *sql, *out;

  for (const char *p = self->passphrase; *p; p++)
    quotes += *p == '\'';
  sql = g_malloc (strlen (prefix) + strlen (self->passphrase) + quotes + strlen (suffix) + 1);
  out = g_stpcpy (sql, prefix);
  for (const char *p = self->passphrase; *p; p++)
    {
      /* SQL string literals escape a quote by doubling it. */
      if (*p == '\'')
        *out++ = '\'';
      *out++ = *p;
    }
  strcpy (out, suffix);
  return sql;
}

char *
kring_key_pragma (const KringKey *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->passphrase != NULL)
    return passphrase_pragma (self);
  return raw_key_pragma (self);
}
