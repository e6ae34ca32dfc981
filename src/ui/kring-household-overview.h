/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-household-context.h"

G_BEGIN_DECLS

/*
 * One tab of KringHouseholdView. Overzicht: members (role, year of birth;
 * add, edit, remove), the regisseur and every involved professional with
 * their role (wie doet wat: team members and sociale kaart contacts), the
 * consent register (add, edit, withdraw; validity shown), open actions and
 * the next evaluation.
 * Setting a context shows it (the view sets a new one after every change);
 * NULL empties the tab (on lock and when the view closes).
 */
#define KRING_TYPE_HOUSEHOLD_OVERVIEW (kring_household_overview_get_type ())
G_DECLARE_FINAL_TYPE (KringHouseholdOverview, kring_household_overview, KRING, HOUSEHOLD_OVERVIEW, AdwBin)

GtkWidget *kring_household_overview_new         (void);
void       kring_household_overview_set_context (KringHouseholdOverview *self,
                                               KringHouseholdContext *context);

G_END_DECLS
