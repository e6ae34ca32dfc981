/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-household-context.h"

G_BEGIN_DECLS

/*
 * One tab of KringHouseholdView. Ecogram: the household's own network drawn
 * by KringMapView (the household at the centre; close network, wider
 * network, professionals), network persons added and edited (tie, support
 * types, direction), saved versions and their comparison.
 * Setting a context shows it (the view sets a new one after every change);
 * NULL empties the tab (on lock and when the view closes).
 */
#define KRING_TYPE_HOUSEHOLD_ECOMAP (kring_household_ecomap_get_type ())
G_DECLARE_FINAL_TYPE (KringHouseholdEcomap, kring_household_ecomap, KRING, HOUSEHOLD_ECOMAP, AdwBin)

GtkWidget *kring_household_ecomap_new         (void);
void       kring_household_ecomap_set_context (KringHouseholdEcomap *self,
                                               KringHouseholdContext *context);

G_END_DECLS
