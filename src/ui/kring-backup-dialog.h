/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Making and restoring an encrypted backup. Backup: a passphrase twice, then
 * a file (GtkFileChooserNative), progress, and "done" with a message for a
 * toast. Restore: a file and its passphrase, a check of the backup, then a
 * confirmation of what it holds; "restore" hands the replacing itself to the
 * window, which must close its store first.
 */
#define KRING_TYPE_BACKUP_DIALOG (kring_backup_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KringBackupDialog, kring_backup_dialog, KRING, BACKUP_DIALOG, AdwWindow)

KringBackupDialog *kring_backup_dialog_new_backup  (GtkWindow  *parent,
                                                    KringStore *store);
/* @ask_profile_passphrase: the data on this computer is under a passphrase
 * (no keyring) that the restored copy must be encrypted with. */
KringBackupDialog *kring_backup_dialog_new_restore (GtkWindow  *parent,
                                                    gboolean    ask_profile_passphrase);
/* What happens once a file is chosen (tests call it: a native chooser
 * cannot be driven): backup writes it, restore checks it. */
void               kring_backup_dialog_use_file    (KringBackupDialog *self,
                                                    GFile             *file);
/* A plain Dutch sentence for an error of kring-backup.h. */
char              *kring_backup_describe_error     (const GError      *error);

G_END_DECLS
