/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"
#include "kring-household-context.h"

G_BEGIN_DECLS

/*
 * One household, opened from the households page: a header (back, the
 * label, status pill, regisseur and buurt; "Status wijzigen", "Bewerken",
 * "Exporteren…", "Verwijderen") over a view switcher with the tabs
 * Overzicht, Leefgebieden, Plan and Ecogram. Opening reads the plan (which
 * logs a 'view' in the audit log); every change reloads it.
 *
 * Signals: ::closed (the user went back, or the household was deleted),
 * ::changed (a change was saved: the list behind it should refresh).
 */
#define KRING_TYPE_HOUSEHOLD_VIEW (kring_household_view_get_type ())
G_DECLARE_FINAL_TYPE (KringHouseholdView, kring_household_view, KRING, HOUSEHOLD_VIEW, AdwBin)

GtkWidget             *kring_household_view_new      (void);
/* Opens @household_id (NULL: closes and drops everything shown). */
void                   kring_household_view_open     (KringHouseholdView *self,
                                                      KringStore         *store,
                                                      const char         *household_id);
/* Reads the plan again (the context's save and remove call this). */
void                   kring_household_view_reload   (KringHouseholdView *self);
/* The current context, or NULL while loading or closed. */
KringHouseholdContext *kring_household_view_get_context (KringHouseholdView *self);
/* Shows the tab "overview", "domains", "plan" or "ecomap". */
void                   kring_household_view_show_tab (KringHouseholdView *self,
                                                      const char         *name);
void                   kring_household_view_toast    (KringHouseholdView *self,
                                                      AdwToast           *toast);

/* The user's name for the audit log, and the team member the user is
 * ("Ik ben …" in Preferences; NULL when not set). */
const char            *kring_household_view_actor_name (void);
char                  *kring_household_view_current_member (void);
void                   kring_household_view_set_current_member (const char *member_id);

G_END_DECLS
