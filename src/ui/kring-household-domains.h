/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-household-context.h"

G_BEGIN_DECLS

/*
 * One tab of KringHouseholdView. Leefgebieden: the domain chart (over time,
 * or the profile at two dates), per domain the latest score with krachten en
 * zorgen, and "Nieuwe meting" (a dated assessment: a 1–5 score, krachten and
 * zorgen per domain).
 * Setting a context shows it (the view sets a new one after every change);
 * NULL empties the tab (on lock and when the view closes).
 */
#define KRING_TYPE_HOUSEHOLD_DOMAINS (kring_household_domains_get_type ())
G_DECLARE_FINAL_TYPE (KringHouseholdDomains, kring_household_domains, KRING, HOUSEHOLD_DOMAINS, AdwBin)

GtkWidget *kring_household_domains_new         (void);
void       kring_household_domains_set_context (KringHouseholdDomains *self,
                                               KringHouseholdContext *context);

G_END_DECLS
