/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "kring-key.h"

G_BEGIN_DECLS

/*
 * The recovery key: the raw database key written so that a person can copy it
 * onto paper and type it back. 32 key bytes and 2 bytes of SHA-256 over them
 * are written in Crockford base32 (55 characters), followed by one check
 * character, in 14 groups of 4 separated by dashes. The check character is a
 * weighted sum over GF(32), which catches every single wrong character and
 * every swap of two neighbouring characters for certain; the SHA-256 bytes
 * catch nearly all larger mistakes. Both are checked before any attempt to
 * open the database.
 *
 * Reading accepts lower case, O for 0, I and L for 1, and ignores spaces and
 * dashes. Only raw (keyring) keys have a recovery key.
 */

#define KRING_RECOVERY_ERROR (kring_recovery_error_quark ())

typedef enum
{
  /* Too few or too many characters (after removing spaces and dashes). */
  KRING_RECOVERY_ERROR_LENGTH,
  /* A character that cannot occur in a recovery key (the message names it). */
  KRING_RECOVERY_ERROR_INVALID_CHARACTER,
  /* Well-formed, but the checksum does not match: a typo. */
  KRING_RECOVERY_ERROR_CHECKSUM,
} KringRecoveryError;

/* Characters without dashes and spaces. */
#define KRING_RECOVERY_KEY_CHARS 56
#define KRING_RECOVERY_GROUP_SIZE 4

GQuark    kring_recovery_error_quark (void);
/* The recovery key of @key (a raw key), grouped with dashes; NULL for a
 * passphrase key. Wipe with kring_key_wipe_string(). */
char     *kring_recovery_encode      (const KringKey *key);
KringKey *kring_recovery_decode      (const char     *text,
                                      GError        **error);

G_END_DECLS
