/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * KringKey holds the secret that opens the database: either 32 random bytes
 * (raw SQLCipher key, kept in the Secret Service) or a passphrase (SQLCipher
 * KDF mode, used when no Secret Service is available). Memory is wiped with
 * explicit_bzero() when the key is freed.
 */
typedef struct _KringKey KringKey;

#define KRING_TYPE_KEY (kring_key_get_type ())
#define KRING_KEY_RAW_LEN 32
/* PBKDF2 iterations for passphrase mode (SQLCipher 3 default is 64000). */
#define KRING_KEY_KDF_ITER 256000

GType       kring_key_get_type        (void) G_GNUC_CONST;
KringKey   *kring_key_new_random      (GError     **error);
KringKey   *kring_key_new_from_hex    (const char  *hex,
                                       GError     **error);
KringKey   *kring_key_new_passphrase  (const char  *passphrase);
KringKey   *kring_key_copy            (const KringKey *self);
void        kring_key_free            (KringKey   *self);
gboolean    kring_key_is_passphrase   (const KringKey *self);
/* Hex of the raw key (64 chars); NULL for passphrase keys. Wipe with kring_key_wipe_string(). */
char       *kring_key_to_hex          (const KringKey *self);
/* The PRAGMA key statement for this key, ready to execute. Wipe after use. */
char       *kring_key_pragma          (const KringKey *self);
void        kring_key_wipe_string     (char       *str);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringKey, kring_key_free)

G_END_DECLS
