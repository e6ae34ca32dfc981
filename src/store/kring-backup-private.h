/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-backup.h"
#include "kring-store-private.h"

G_BEGIN_DECLS

/* Shared by kring-backup.c and kring-backup-restore.c. */

/* A new, empty file beside @target (hidden, unique); NULL and @error if the
 * folder cannot be written. */
char     *kring_backup_temp_beside  (const char      *target,
                                     GError         **error);
/* Removes @path and the journal files SQLite may have left beside it. */
void      kring_backup_remove       (const char      *path);
/* Attaches @path as schema @name of @db, encrypted under @key. */
gboolean  kring_backup_attach       (sqlite3         *db,
                                     const char      *path,
                                     const char      *name,
                                     const KringKey  *key,
                                     GError         **error);
/* Exports every table of main into @name and copies its version and id. */
gboolean  kring_backup_export       (sqlite3         *db,
                                     const char      *name,
                                     GError         **error);
/* Opens @path read-only on a connection of its own and checks that it
 * decrypts under @key, is whole and is a Kringkaart database we can read. */
gboolean  kring_backup_check_file   (const char      *path,
                                     const KringKey  *key,
                                     KringBackupInfo *info,
                                     GError         **error);

G_END_DECLS
