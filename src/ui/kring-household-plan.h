/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-household-context.h"

G_BEGIN_DECLS

/*
 * One tab of KringHouseholdView. Plan: goals per life domain with their
 * actions (what, who, due date, status), evaluation moments (regular,
 * opschalen, afschalen) with a summary, the log of deviations with their
 * reason, and journal notes; all editable.
 * Setting a context shows it (the view sets a new one after every change);
 * NULL empties the tab (on lock and when the view closes).
 */
#define KRING_TYPE_HOUSEHOLD_PLAN_TAB (kring_household_plan_tab_get_type ())
G_DECLARE_FINAL_TYPE (KringHouseholdPlanTab, kring_household_plan_tab, KRING, HOUSEHOLD_PLAN_TAB, AdwBin)

GtkWidget *kring_household_plan_tab_new         (void);
void       kring_household_plan_tab_set_context (KringHouseholdPlanTab *self,
                                               KringHouseholdContext *context);

G_END_DECLS
