/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * A profile is one data directory: the encrypted database kringkaart.db and a
 * small, non-sensitive profile.ini (database UUID, key mode). KringProfile
 * turns "open my data" into one call that decides between first run, keyring
 * and passphrase, and reports each failure with its own error code.
 */
typedef enum
{
  KRING_KEY_MODE_KEYRING,
  KRING_KEY_MODE_PASSPHRASE,
} KringKeyMode;

#define KRING_PROFILE_ERROR (kring_profile_error_quark ())

typedef enum
{
  /* No Secret Service: ask the user for a passphrase (or KRINGKAART_PASSPHRASE). */
  KRING_PROFILE_ERROR_NEEDS_PASSPHRASE,
  /* The profile uses the keyring but the keyring holds no key for it. */
  KRING_PROFILE_ERROR_KEY_NOT_FOUND,
  /* The profile uses the keyring, which is not reachable now. */
  KRING_PROFILE_ERROR_KEYRING_UNAVAILABLE,
  KRING_PROFILE_ERROR_FAILED,
} KringProfileError;

GQuark kring_profile_error_quark (void);

#define KRING_TYPE_PROFILE (kring_profile_get_type ())
G_DECLARE_FINAL_TYPE (KringProfile, kring_profile, KRING, PROFILE, GObject)

/* @data_dir NULL: $XDG_DATA_HOME/kringkaart */
KringProfile *kring_profile_new              (const char          *data_dir);
const char   *kring_profile_get_data_dir     (KringProfile        *self);
const char   *kring_profile_get_database_path (KringProfile       *self);
/* The database's UUID from profile.ini (the keyring's name for its key);
 * NULL before the profile exists. */
const char   *kring_profile_get_database_uuid (KringProfile       *self);
/* TRUE when no database exists yet. */
gboolean      kring_profile_is_new           (KringProfile        *self);
KringKeyMode  kring_profile_get_key_mode     (KringProfile        *self);

/*
 * Unlocks the profile and returns an open store.
 * - New profile: creates a random key and stores it in the keyring; if no Secret
 *   Service is reachable and @passphrase is NULL, fails with NEEDS_PASSPHRASE;
 *   with a passphrase, creates a passphrase-mode database.
 * - Existing keyring profile: looks the key up (KEY_NOT_FOUND / KEYRING_UNAVAILABLE).
 * - Existing passphrase profile: needs @passphrase (else NEEDS_PASSPHRASE).
 * Store errors (WRONG_KEY, NOT_KRINGKAART, TOO_NEW, ...) pass through unchanged,
 * and an existing file is never modified when opening fails.
 */
void          kring_profile_unlock_async     (KringProfile        *self,
                                              const char          *passphrase,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
KringStore   *kring_profile_unlock_finish    (KringProfile        *self,
                                              GAsyncResult        *result,
                                              GError             **error);

/*
 * Recovery key (see kring-recovery.h): only keyring profiles have one.
 * _get_recovery_key reads the key back from the keyring and returns it as a
 * recovery key (wipe it with kring_key_wipe_string()).
 */
void          kring_profile_get_recovery_key_async  (KringProfile        *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
char         *kring_profile_get_recovery_key_finish (KringProfile        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
/*
 * Opens an existing keyring profile with its recovery key, when the keyring
 * lost the key: the text is checked first (KRING_RECOVERY_ERROR, nothing is
 * tried), then the database is opened (a wrong key gives
 * KRING_STORE_ERROR_WRONG_KEY and changes nothing), then the key is stored in
 * the keyring again so that the next start opens as usual.
 */
void          kring_profile_recover_async    (KringProfile        *self,
                                              const char          *recovery_key,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
KringStore   *kring_profile_recover_finish   (KringProfile        *self,
                                              GAsyncResult        *result,
                                              GError             **error);

/*
 * Change key (Preferences): encrypts the closed database again under a new
 * key (kring_database_rekey()), safe against interruption at any moment.
 * - Keyring profile: a new random key. It waits in the keyring beside the
 *   old one (kring_keyring_pending_id()) before the file changes, and
 *   replaces the old one after; an unlock in between tries both. The
 *   recovery key changes with it: read the new one with _get_recovery_key.
 * - Passphrase profile: @passphrase is the current passphrase and
 *   @new_passphrase the new one (KRING_BACKUP_ERROR_WEAK_PASSPHRASE when too
 *   short). Interrupted, the data opens with one of the two.
 * On failure the database is unchanged and still opens with its old key.
 */
void          kring_profile_rekey_async      (KringProfile        *self,
                                              const char          *passphrase,
                                              const char          *new_passphrase,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean      kring_profile_rekey_finish     (KringProfile        *self,
                                              GAsyncResult        *result,
                                              GError             **error);

/*
 * A passphrase change that was interrupted (the app or the computer stopped
 * half-way) leaves the data opening with either the old or the new
 * passphrase, and the user cannot know which. The change leaves a note
 * while it runs (KRING_PROFILE_PASSPHRASE_CHANGE, in the data folder,
 * holding nothing secret); this is TRUE while that note is there, so that
 * the unlock page can say to try both. The next successful unlock removes it.
 */
#define KRING_PROFILE_PASSPHRASE_CHANGE "passphrase-change"
gboolean      kring_profile_passphrase_change_interrupted (KringProfile *self);

G_END_DECLS
