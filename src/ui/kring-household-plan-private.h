/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-household-context.h"

G_BEGIN_DECLS

/*
 * The plan tab's forms (kring-household-plan-forms.c): each opens the shared
 * KringFormDialog for one row of the plan (@record NULL: a new one), saves
 * through the context and lets the view reload. Also the Dutch names of the
 * stored statuses and kinds, shared by the tab and its forms.
 */

void        kring_plan_goal_form       (KringHouseholdContext *context,
                                        KringRecord           *goal);
/* @goal_id: the goal a new action belongs to (NULL: none, or ask). */
void        kring_plan_action_form     (KringHouseholdContext *context,
                                        KringRecord           *action,
                                        const char            *goal_id);
/* @hold: the form records a held evaluation (held on, summary) rather than
 * planning one; @evaluation may then be the planned one being held. */
void        kring_plan_evaluation_form (KringHouseholdContext *context,
                                        KringRecord           *evaluation,
                                        gboolean               hold);
void        kring_plan_deviation_form  (KringHouseholdContext *context,
                                        KringRecord           *deviation);
void        kring_plan_note_form       (KringHouseholdContext *context,
                                        KringRecord           *note);

/* Marks @action done today (or open again), saved at once; @done_func
 * (may be NULL) gets the outcome. */
void        kring_plan_action_set_done (KringHouseholdContext *context,
                                        KringRecord           *action,
                                        gboolean               done,
                                        KringHouseholdDone     done_func,
                                        gpointer               user_data);

/* Person-facing names of stored values ("in_progress" -> "Bezig"). */
const char *kring_plan_goal_status_title   (const char *status);
const char *kring_plan_action_status_title (const char *status);
const char *kring_plan_evaluation_kind_title (const char *kind);

/* Today as "YYYY-MM-DD". */
char       *kring_plan_today           (void);

G_END_DECLS
