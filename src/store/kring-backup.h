/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Encrypted backups: a backup is a separate SQLCipher file under a passphrase
 * the user chooses (SQLCipher KDF mode, KRING_KEY_KDF_ITER iterations), made
 * with sqlcipher_export(). Restoring verifies the backup fully before it
 * replaces anything and keeps the previous database until the restored one
 * has been verified under the profile's own key.
 */

/* Passphrases shorter than this (in characters) are refused. */
#define KRING_BACKUP_MIN_PASSPHRASE 8
/* What the previous database is renamed to while a restore replaces it. */
#define KRING_BACKUP_BEFORE_RESTORE_SUFFIX ".before-restore"

#define KRING_BACKUP_ERROR (kring_backup_error_quark ())

typedef enum
{
  KRING_BACKUP_ERROR_WEAK_PASSPHRASE, /* empty or shorter than KRING_BACKUP_MIN_PASSPHRASE */
  KRING_BACKUP_ERROR_DAMAGED,         /* decrypts, but fails the integrity check */
} KringBackupError;

GQuark kring_backup_error_quark (void);

/* What a backup holds, for the confirmation before a restore. */
typedef struct
{
  gint64     organizations;
  gint64     households;
  int        schema_version;
  GDateTime *modified;       /* when the file was written; may be NULL */
} KringBackupInfo;

void     kring_backup_info_clear        (KringBackupInfo *info);

/* FALSE with WEAK_PASSPHRASE when @passphrase is empty or too short. */
gboolean kring_backup_check_passphrase  (const char      *passphrase,
                                         GError         **error);

/* Writes a backup of the open store to @file (replacing it) on the store's
 * worker: first to a temporary file beside it, verified, then renamed. */
void     kring_store_backup_async       (KringStore          *self,
                                         GFile               *file,
                                         const char          *passphrase,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean kring_store_backup_finish      (KringStore          *self,
                                         GAsyncResult        *result,
                                         GError             **error);

/* Opens the backup on its own connection, read-only: WRONG_KEY, DAMAGED,
 * NOT_KRINGKAART or TOO_NEW, or TRUE and @info (may be NULL) filled in. */
gboolean kring_backup_verify            (GFile           *file,
                                         const char      *passphrase,
                                         KringBackupInfo *info,
                                         GError         **error);
/* kring_backup_verify() in a thread; the result is a KringBackupInfo. */
void     kring_backup_verify_async      (GFile               *file,
                                         const char          *passphrase,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
KringBackupInfo *kring_backup_verify_finish (GAsyncResult    *result,
                                             GError         **error);

/* Replaces the (closed) database at @db_path with the backup's data,
 * encrypted under @key. Nothing is touched unless the backup verifies and
 * its copy under @key verifies too; the old database is kept as
 * @db_path + KRING_BACKUP_BEFORE_RESTORE_SUFFIX until
 * kring_backup_restore_done() (call it once the restored one opened). */
gboolean kring_backup_restore           (const char      *db_path,
                                         GFile           *file,
                                         const char      *passphrase,
                                         const KringKey  *key,
                                         GError         **error);
void     kring_backup_restore_async     (const char          *db_path,
                                         GFile               *file,
                                         const char          *passphrase,
                                         const KringKey      *key,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean kring_backup_restore_finish    (GAsyncResult        *result,
                                         GError             **error);
/* The restored database opened: removes the copy of the previous one. */
void     kring_backup_restore_done      (const char      *db_path);
/* The restored database did not open: puts the previous one back. */
gboolean kring_backup_restore_undo      (const char      *db_path,
                                         GError         **error);

/* Encrypts the (closed) database at @db_path again under @new_key: a copy
 * under the new key is written beside it, verified, and put in its place in
 * one rename, so an interruption at any moment leaves the whole database
 * under one of the two keys. On failure nothing is changed. */
gboolean kring_database_rekey           (const char      *db_path,
                                         const KringKey  *old_key,
                                         const KringKey  *new_key,
                                         GError         **error);

/* Removes the copies (kring_backup_temp_beside()) that a backup, restore
 * or key change left beside @target when it was interrupted. Call it only
 * while nothing is writing one. */
void     kring_backup_remove_leftovers  (const char      *target);

/* Syncs the folder holding @path, so that a file just created or renamed
 * there survives a power cut (best effort: a folder that cannot be opened
 * is left as it is). */
void     kring_backup_sync_folder_of    (const char      *path);

/* The key of the profile in @data_dir, for kring_backup_restore(): from the
 * keyring, or made from @passphrase for a passphrase profile. */
void      kring_backup_profile_key_async  (const char          *data_dir,
                                           const char          *passphrase,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
KringKey *kring_backup_profile_key_finish (GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
