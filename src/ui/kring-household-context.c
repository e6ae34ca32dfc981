/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-household-context.h"

/* STUB: being written. */
KringHouseholdContext *kring_household_context_ref (KringHouseholdContext *self) { return g_atomic_rc_box_acquire (self); }
void kring_household_context_unref (KringHouseholdContext *self) { g_atomic_rc_box_release (self); }
void kring_household_context_load_async (KringStore *store, const char *household_id, const char *actor, GtkWidget *view, GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data) {}
KringHouseholdContext *kring_household_context_load_finish (GAsyncResult *result, GError **error) { return NULL; }
GListModel *kring_household_context_rows (KringHouseholdContext *self, const char *table) { return NULL; }
KringRecord *kring_household_context_find (KringHouseholdContext *self, const char *table, const char *id) { return NULL; }
char *kring_household_context_name (KringHouseholdContext *self, const char *table, const char *id) { return g_strdup (""); }
const char *kring_household_context_domain_name (KringHouseholdContext *self, const char *domain_id) { return ""; }
void kring_household_context_actors (KringHouseholdContext *self, GStrv *ids, GStrv *labels) {}
void kring_household_context_save (KringHouseholdContext *self, GPtrArray *records, GPtrArray *removals, KringHouseholdDone done, gpointer user_data) {}
void kring_household_context_remove (KringHouseholdContext *self, KringRecord *record, const char *what) {}
void kring_household_context_set_changed_hook (KringHouseholdContext *self, GCallback hook, gpointer user_data) {}
void kring_household_context_toast (KringHouseholdContext *self, const char *title) {}
GtkWindow *kring_household_context_window (KringHouseholdContext *self) { return NULL; }
