/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-household-view.h"

/* STUB: being written. */
struct _KringHouseholdView { AdwBin parent_instance; };
G_DEFINE_FINAL_TYPE (KringHouseholdView, kring_household_view, ADW_TYPE_BIN)
static void kring_household_view_class_init (KringHouseholdViewClass *klass) {}
static void kring_household_view_init (KringHouseholdView *self) {}
GtkWidget *kring_household_view_new (void) { return g_object_new (KRING_TYPE_HOUSEHOLD_VIEW, NULL); }
void kring_household_view_open (KringHouseholdView *self, KringStore *store, const char *household_id) {}
void kring_household_view_reload (KringHouseholdView *self) {}
KringHouseholdContext *kring_household_view_get_context (KringHouseholdView *self) { return NULL; }
void kring_household_view_show_tab (KringHouseholdView *self, const char *name) {}
void kring_household_view_toast (KringHouseholdView *self, AdwToast *toast) {}
const char *kring_household_view_actor_name (void) { return "test"; }
char *kring_household_view_current_member (void) { return NULL; }
