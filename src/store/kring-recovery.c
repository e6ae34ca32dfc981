/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gi18n.h>

#include "kring-recovery.h"

/* Crockford base32: no I, L, O or U, which are easily mistaken. */
static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

#define HASH_LEN 2
#define PAYLOAD_LEN (KRING_KEY_RAW_LEN + HASH_LEN)
#define PAYLOAD_BITS (PAYLOAD_LEN * 8)
#define DATA_CHARS (KRING_RECOVERY_KEY_CHARS - 1)

G_DEFINE_QUARK (kring-recovery-error-quark, kring_recovery_error)

/* Multiplication in GF(32) modulo x^5 + x^2 + 1, a primitive polynomial, so
 * that x (2) has order 31 and neighbouring positions never get equal weights. */
static guint8
gf32_times_x (guint8 value)
{
  value <<= 1;
  if (value & 0x20)
    value ^= 0x25;
  return value;
}

/* Horner's rule over GF(32): the symbols read as a polynomial evaluated at x.
 * A complete key evaluates to zero. */
static guint8
check_value (const guint8 *symbols, guint n)
{
  guint8 value = 0;

  for (guint i = 0; i < n; i++)
    value = gf32_times_x (value) ^ symbols[i];
  return value;
}

static void
key_hash (const guint8 *key, guint8 *hash)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize len = sizeof digest;

  g_checksum_update (checksum, key, KRING_KEY_RAW_LEN);
  g_checksum_get_digest (checksum, digest, &len);
  memcpy (hash, digest, HASH_LEN);
  explicit_bzero (digest, sizeof digest);
}

static guint
payload_bit (const guint8 *payload, guint bit)
{
  if (bit >= PAYLOAD_BITS)
    return 0;
  return (payload[bit / 8] >> (7 - bit % 8)) & 1;
}

static void
payload_to_symbols (const guint8 *payload, guint8 *symbols)
{
  for (guint i = 0; i < DATA_CHARS; i++)
    {
      symbols[i] = 0;
      for (guint b = 0; b < 5; b++)
        symbols[i] = (symbols[i] << 1) | payload_bit (payload, i * 5 + b);
    }
}

/* FALSE when the unused bits at the end are not zero: a typo in the last
 * data character that the other checks would not see. */
static gboolean
symbols_to_payload (const guint8 *symbols, guint8 *payload)
{
  memset (payload, 0, PAYLOAD_LEN);
  for (guint bit = 0; bit < DATA_CHARS * 5; bit++)
    {
      guint value = (symbols[bit / 5] >> (4 - bit % 5)) & 1;

      if (bit >= PAYLOAD_BITS && value != 0)
        return FALSE;
      if (bit < PAYLOAD_BITS)
        payload[bit / 8] |= value << (7 - bit % 8);
    }
  return TRUE;
}

static gboolean
key_to_bytes (const KringKey *key, guint8 *bytes)
{
  char *hex = kring_key_to_hex (key);

  if (hex == NULL)
    return FALSE;
  for (guint i = 0; i < KRING_KEY_RAW_LEN; i++)
    bytes[i] = (g_ascii_xdigit_value (hex[2 * i]) << 4) | g_ascii_xdigit_value (hex[2 * i + 1]);
  kring_key_wipe_string (hex);
  return TRUE;
}

static KringKey *
key_from_bytes (const guint8 *bytes)
{
  char hex[KRING_KEY_RAW_LEN * 2 + 1];
  KringKey *key;

  for (guint i = 0; i < KRING_KEY_RAW_LEN; i++)
    g_snprintf (hex + 2 * i, 3, "%02x", bytes[i]);
  key = kring_key_new_from_hex (hex, NULL);
  explicit_bzero (hex, sizeof hex);
  return key;
}

static char *
format_groups (const guint8 *symbols)
{
  GString *text = g_string_sized_new (KRING_RECOVERY_KEY_CHARS * 2);

  for (guint i = 0; i < KRING_RECOVERY_KEY_CHARS; i++)
    {
      if (i > 0 && i % KRING_RECOVERY_GROUP_SIZE == 0)
        g_string_append_c (text, '-');
      g_string_append_c (text, alphabet[symbols[i]]);
    }
  return g_string_free (text, FALSE);
}

char *
kring_recovery_encode (const KringKey *key)
{
  guint8 payload[PAYLOAD_LEN];
  guint8 symbols[KRING_RECOVERY_KEY_CHARS];
  char *text;

  g_return_val_if_fail (key != NULL, NULL);

  if (!key_to_bytes (key, payload))
    return NULL;
  key_hash (payload, payload + KRING_KEY_RAW_LEN);
  payload_to_symbols (payload, symbols);
  symbols[DATA_CHARS] = gf32_times_x (check_value (symbols, DATA_CHARS));
  text = format_groups (symbols);
  explicit_bzero (payload, sizeof payload);
  explicit_bzero (symbols, sizeof symbols);
  return text;
}

/* The value of one typed character, or -1; what people confuse is read as
 * what they meant. */
static int
symbol_value (gunichar c)
{
  const char *found;

  c = g_unichar_toupper (c);
  if (c == 'O')
    c = '0';
  else if (c == 'I' || c == 'L')
    c = '1';
  if (c == 0 || c > 127 || (found = strchr (alphabet, (char) c)) == NULL)
    return -1;
  return (int) (found - alphabet);
}

static gboolean
is_separator (gunichar c)
{
  /* Dashes as typed or as a word processor turns them (‐ ‑ ‒ – —). */
  return c == '-' || (c >= 0x2010 && c <= 0x2014) || g_unichar_isspace (c);
}

/* Reads @text into @symbols; returns how many characters it holds. */
static gboolean
read_symbols (const char *text, guint8 *symbols, guint *n, GError **error)
{
  *n = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int value;

      if (is_separator (c))
        continue;
      if ((value = symbol_value (c)) < 0)
        {
          char shown[8] = { 0 };

          g_unichar_to_utf8 (c, shown);
          g_set_error (error, KRING_RECOVERY_ERROR, KRING_RECOVERY_ERROR_INVALID_CHARACTER,
                       _("“%s” does not occur in a recovery key."), shown);
          return FALSE;
        }
      if (*n < KRING_RECOVERY_KEY_CHARS)
        symbols[*n] = value;
      (*n)++;
    }
  return TRUE;
}

static gboolean
payload_is_sound (const guint8 *symbols, guint8 *payload)
{
  guint8 hash[HASH_LEN];
  gboolean sound;

  if (check_value (symbols, KRING_RECOVERY_KEY_CHARS) != 0
      || !symbols_to_payload (symbols, payload))
    return FALSE;
  key_hash (payload, hash);
  sound = memcmp (hash, payload + KRING_KEY_RAW_LEN, HASH_LEN) == 0;
  explicit_bzero (hash, sizeof hash);
  return sound;
}

KringKey *
kring_recovery_decode (const char *text, GError **error)
{
  guint8 symbols[KRING_RECOVERY_KEY_CHARS];
  guint8 payload[PAYLOAD_LEN];
  KringKey *key = NULL;
  guint n;

  g_return_val_if_fail (text != NULL, NULL);

  if (!read_symbols (text, symbols, &n, error))
    {
      explicit_bzero (symbols, sizeof symbols);
      return NULL;
    }
  if (n != KRING_RECOVERY_KEY_CHARS)
    g_set_error (error, KRING_RECOVERY_ERROR, KRING_RECOVERY_ERROR_LENGTH,
                 _("A recovery key has %u characters, but this one has %u."),
                 KRING_RECOVERY_KEY_CHARS, n);
  else if (!payload_is_sound (symbols, payload))
    g_set_error_literal (error, KRING_RECOVERY_ERROR, KRING_RECOVERY_ERROR_CHECKSUM,
                         _("This recovery key is not right: check the characters."));
  else
    key = key_from_bytes (payload);
  explicit_bzero (symbols, sizeof symbols);
  explicit_bzero (payload, sizeof payload);
  return key;
}
