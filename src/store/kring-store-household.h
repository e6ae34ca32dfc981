/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"
#include "kring-map-graph.h"

G_BEGIN_DECLS

/*
 * One household and its plan in the store (DOMAIN.md §3: één huishouden,
 * één plan, één regisseur): the list of households, the whole plan of one,
 * the status flow, the task list, the household's ecomap, and the audit
 * trail of every view and change. All on the store's worker thread.
 */

/* aanmelding → vraagverheldering → plan → uitvoering → evaluatie → afgesloten */
typedef enum
{
  KRING_HOUSEHOLD_AANMELDING,
  KRING_HOUSEHOLD_VRAAGVERHELDERING,
  KRING_HOUSEHOLD_PLAN,
  KRING_HOUSEHOLD_UITVOERING,
  KRING_HOUSEHOLD_EVALUATIE,
  KRING_HOUSEHOLD_AFGESLOTEN,
  KRING_HOUSEHOLD_N_STATUSES,
} KringHouseholdStatus;

/* The stored name ("aanmelding" …) of a status, and back (-1: unknown). */
const char *kring_household_status_name  (KringHouseholdStatus status);
int         kring_household_status_parse (const char          *name);

typedef struct
{
  char     *team_id;         /* NULL: every team */
  char     *regisseur_id;    /* team_members id ("mijn huishoudens"), or NULL */
  char     *neighbourhood_id;
  char     *domain_term_id;  /* households with a goal in this life domain */
  int       status;          /* KringHouseholdStatus, or -1 for any */
  gboolean  open_only;       /* leave out afgesloten */
  char     *text;            /* in label, notes or members' names (case and accents aside) */
} KringHouseholdFilter;

KringHouseholdFilter *kring_household_filter_new  (void);
void                  kring_household_filter_free (KringHouseholdFilter *filter);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringHouseholdFilter, kring_household_filter_free)

/* KringRecord rows of table "households" with their own columns plus
 * neighbourhood_name, regisseur_name, open_actions, overdue_actions (due
 * before today and not done or cancelled) and next_evaluation_on (the
 * earliest planned evaluation not held, else the household's own column);
 * ordered by label. */
void        kring_store_households_async  (KringStore                 *self,
                                           const KringHouseholdFilter *filter,
                                           GCancellable               *cancellable,
                                           GAsyncReadyCallback         callback,
                                           gpointer                    user_data);
GListModel *kring_store_households_finish (KringStore                 *self,
                                           GAsyncResult               *result,
                                           GError                    **error);

/* Everything of one household: table name -> GListModel of KringRecord for
 * "households" (one row), "household_status_changes" (oldest first),
 * "household_members", "network_persons", "household_professionals",
 * "consents", "assessments" (oldest first), "assessment_scores" (of those
 * assessments, with the extra column domain_name), "goals", "actions"
 * (with the extra column actor_label: the name of the actor whatever its
 * kind), "evaluations", "deviations", "journal_notes" (newest first) and
 * "map_snapshots" (kind household). Writes an audit entry 'view' for the
 * household by @actor in the same transaction; @actor NULL writes none (a
 * re-read after a change that was itself logged). */
void        kring_store_household_plan_async  (KringStore          *self,
                                               const char          *household_id,
                                               const char          *actor,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
GHashTable *kring_store_household_plan_finish (KringStore          *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* Moves a household to @status on @changed_on (YYYY-MM-DD; NULL: today):
 * updates households.status (and closed_on for afgesloten, opened_on when
 * unset), adds a household_status_changes row with @note, and an audit
 * entry 'update' by @actor, in one transaction. Any status may follow any
 * other (a case can go back to vraagverheldering); the same status again
 * is an error (G_IO_ERROR_INVALID_ARGUMENT) and writes nothing. */
void        kring_store_household_set_status_async  (KringStore          *self,
                                                     const char          *household_id,
                                                     KringHouseholdStatus status,
                                                     const char          *changed_on,
                                                     const char          *note,
                                                     const char          *actor,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean    kring_store_household_set_status_finish (KringStore          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* "Mijn taken": the open actions (status open or in_progress) of every
 * household where @team_member_id is regisseur or the action's actor (a
 * team_member actor), overdue first, then by due date (none last). Rows of
 * table "actions" with the extra columns household_label, actor_label and
 * overdue (0/1). */
void        kring_store_tasks_async  (KringStore          *self,
                                      const char          *team_member_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
GListModel *kring_store_tasks_finish (KringStore          *self,
                                      GAsyncResult        *result,
                                      GError             **error);

/* The household's ecomap as a graph (kring-map-graph.h): the household's
 * label at the centre, ring 0 close network, ring 1 wider network, ring 2
 * professionals (network persons of that ring and household_professionals),
 * ring 3 organisations (involved as an organisation only, no person named),
 * with quality.tie from network_persons.tie; sectors: family and friends,
 * neighbourhood, school and work, care and welfare (by relation/kind). */
void           kring_store_household_ecomap_async  (KringStore          *self,
                                                    const char          *household_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
KringMapGraph *kring_store_household_ecomap_finish (KringStore          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Saves @records and deletes @removals (KringRecord; only table and id
 * count; may be NULL) of household @household_id in one transaction, with
 * one audit entry by @actor for the household: 'create' when @records holds
 * the households row @household_id and it was not stored before, else
 * 'update'. Each record must be the households row or a row of a household
 * table that belongs to @household_id (assessment_scores through their
 * assessment); anything else fails with G_IO_ERROR_INVALID_ARGUMENT and
 * writes nothing. A new household gets its first status step. */
void        kring_store_household_save_async    (KringStore          *self,
                                                 const char          *household_id,
                                                 GPtrArray           *records,
                                                 GPtrArray           *removals,
                                                 const char          *actor,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean    kring_store_household_save_finish   (KringStore          *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* Deletes one row (@table, @id) of household @household_id and all that
 * cascades from it, with an audit entry by @actor: 'delete' when @table is
 * "households" (the whole household, with every row of every household
 * table and its map versions), else 'update'. Returns the rows as they were
 * (KringRecord, parents first) for Undo: give them to
 * kring_store_household_save_async() to restore all of it. */
void        kring_store_household_remove_async  (KringStore          *self,
                                                 const char          *household_id,
                                                 const char          *table,
                                                 const char          *id,
                                                 const char          *actor,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
GPtrArray  *kring_store_household_remove_finish (KringStore          *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* What the household's forms choose from in the sociale kaart, narrow so a
 * large one reads fast: a GPtrArray of three GListModels of KringRecord,
 * by name — "organizations" (id, name), "services" (id, name,
 * organization_id, organization_name) and "contacts" (id, name, title,
 * email, organization_id, organization_name). */
void        kring_store_household_choices_async  (KringStore          *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
GPtrArray  *kring_store_household_choices_finish (KringStore          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* The life domains (taxonomy_terms of the taxonomy of kind life_domain) in
 * their configured order (sort_order, then name). */
void        kring_store_life_domains_async      (KringStore          *self,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
GListModel *kring_store_life_domains_finish     (KringStore          *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

G_END_DECLS
