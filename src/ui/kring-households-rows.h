/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-record.h"

G_BEGIN_DECLS

/*
 * The rows of the households page: a household of kring_store_households_async
 * (label, buurt, status pill, regisseur, next evaluation, overdue actions) and
 * a task of kring_store_tasks_async (what, household, due date, overdue), plus
 * the Dutch long dates and status names they show.
 */

/* The person-facing name of a stored status ("uitvoering" -> "Uitvoering"). */
const char *kring_households_status_title (const char  *status);
/* "15 januari 2027" for an ISO 8601 date; NULL if @iso is unusable. */
char       *kring_households_format_day   (const char  *iso);
/* Whether @iso is a date before today. */
gboolean    kring_households_is_past      (const char  *iso);
/* Fills @menu with every status but @current, each activating @action
 * ("households.set-status") with the status name as its target. */
void        kring_households_fill_status_menu (GMenu      *menu,
                                               const char *current,
                                               const char *action);
/* Makes @label a status pill for @status (text and colour). */
void        kring_households_set_status_pill (GtkLabel *label,
                                              const char *status);

GtkWidget  *kring_households_row_new      (void);
void        kring_households_row_set      (GtkWidget   *row,
                                           KringRecord *household);
GtkWidget  *kring_households_task_row_new (void);
void        kring_households_task_row_set (GtkWidget   *row,
                                           KringRecord *task);

G_END_DECLS
