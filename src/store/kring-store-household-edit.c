/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-store-household.h"

/* STUB: being written. */
void kring_store_household_save_async (KringStore *self, const char *household_id, GPtrArray *records, GPtrArray *removals, const char *actor, GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data) {}
gboolean kring_store_household_save_finish (KringStore *self, GAsyncResult *result, GError **error) { return FALSE; }
void kring_store_household_remove_async (KringStore *self, const char *household_id, const char *table, const char *id, const char *actor, GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data) {}
GPtrArray *kring_store_household_remove_finish (KringStore *self, GAsyncResult *result, GError **error) { return NULL; }
void kring_store_life_domains_async (KringStore *self, GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data) {}
GListModel *kring_store_life_domains_finish (KringStore *self, GAsyncResult *result, GError **error) { return NULL; }
