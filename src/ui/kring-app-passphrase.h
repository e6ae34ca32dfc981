/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The optional app passphrase: asked before the keyring's key is read, so
 * that an unlocked desktop session alone does not open the case files.
 * Only a verifier is kept, in app-passphrase.ini in the data folder:
 * a random salt and PBKDF2-HMAC-SHA256 of the passphrase (100 000 rounds).
 * The passphrase itself is never written anywhere.
 */

#define KRING_APP_PASSPHRASE_FILE "app-passphrase.ini"

gboolean kring_app_passphrase_is_set (const char  *data_dir);
/* Sets (or, with @passphrase NULL, removes) the passphrase of @data_dir. */
gboolean kring_app_passphrase_set    (const char  *data_dir,
                                      const char  *passphrase,
                                      GError     **error);
/* Whether @passphrase is the one set; FALSE when none is set. */
gboolean kring_app_passphrase_check  (const char  *data_dir,
                                      const char  *passphrase);

G_END_DECLS
