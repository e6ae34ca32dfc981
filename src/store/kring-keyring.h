/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-key.h"

G_BEGIN_DECLS

/* Secret Service storage of database keys, schema nl.kringkaart.Kringkaart.DatabaseKey,
 * attribute "database" = the database's UUID. Errors are in KRING_KEYRING_ERROR. */

void       kring_keyring_store_async   (const char          *database_uuid,
                                        const KringKey      *key,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean   kring_keyring_store_finish  (GAsyncResult        *result,
                                        GError             **error);
void       kring_keyring_lookup_async  (const char          *database_uuid,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
KringKey  *kring_keyring_lookup_finish (GAsyncResult        *result,
                                        GError             **error);
void       kring_keyring_clear_async   (const char          *database_uuid,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean   kring_keyring_clear_finish  (GAsyncResult        *result,
                                        GError             **error);

/* While the database is encrypted again under a new key (kring-profile-rekey.c),
 * the new key waits in the keyring under this id beside the current one, so
 * that whichever key the file holds when that is interrupted is in the
 * keyring. Pass it where the functions above take a database UUID. */
char      *kring_keyring_pending_id    (const char          *database_uuid);

G_END_DECLS
