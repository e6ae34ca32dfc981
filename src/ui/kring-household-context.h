/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"
#include "kring-store-household.h"

G_BEGIN_DECLS

/*
 * What the tabs of one open household share (KringHouseholdView owns it):
 * the store, who the user is (for the audit log), the household's whole plan
 * as kring_store_household_plan_finish() delivers it, and the lists its
 * forms choose from. Every change goes through kring_household_context_save()
 * or _remove(): one transaction with an audit entry, then the view reloads
 * the plan and hands the new context to every tab.
 *
 * Reference counted; the lists are read-only GListModels of KringRecord.
 */
typedef struct _KringHouseholdContext KringHouseholdContext;

struct _KringHouseholdContext
{
  KringStore  *store;
  char        *actor;            /* the user's name, for the audit log */
  char        *current_member_id;/* team_members id of the user ("Ik ben …"), or NULL */
  char        *household_id;
  KringRecord *household;        /* the households row */
  GHashTable  *plan;             /* table name -> GListModel of KringRecord */
  GListModel  *domains;          /* taxonomy_terms of the life-domain taxonomy, in sort_order */
  GListModel  *team_members;     /* of every team, by name */
  /* The sociale kaart, narrow (kring_store_household_choices_async()), by name: */
  GListModel  *contacts;         /* id, name, title, email, organization_id/_name */
  GListModel  *organizations;    /* id, name */
  GListModel  *services;         /* id, name, organization_id/_name */
  GListModel  *neighbourhoods;   /* by name */
  GtkWidget   *view;             /* the KringHouseholdView (not a reference), or NULL */
  GCallback    changed_hook;     /* void (*) (gpointer user_data) */
  gpointer     changed_data;
};

KringHouseholdContext *kring_household_context_ref   (KringHouseholdContext *self);
void                   kring_household_context_unref (KringHouseholdContext *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringHouseholdContext, kring_household_context_unref)

/* Reads everything a household's tabs show: the plan (logging a 'view' by
 * @actor in the audit log) and the lists. @view: see the struct (may be
 * NULL in tests; then save and remove do not reload anything, and toasts
 * go nowhere). */
void                   kring_household_context_load_async  (KringStore          *store,
                                                            const char          *household_id,
                                                            const char          *actor,
                                                            GtkWidget           *view,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
/* Reads the plan again after a change and keeps @previous's lists; finish
 * with kring_household_context_load_finish(). */
void                   kring_household_context_reload_async (KringHouseholdContext *previous,
                                                             GCancellable          *cancellable,
                                                             GAsyncReadyCallback    callback,
                                                             gpointer               user_data);
KringHouseholdContext *kring_household_context_load_finish (GAsyncResult        *result,
                                                            GError             **error);

/* One table of the plan ("goals", "actions" …); never NULL (empty when missing). */
GListModel  *kring_household_context_rows  (KringHouseholdContext *self,
                                            const char            *table);
/* The row with @id in @table of the plan or of the lists above, or NULL. */
KringRecord *kring_household_context_find  (KringHouseholdContext *self,
                                            const char            *table,
                                            const char            *id);
/* A person-facing name for a row of any of those tables: a member's name (or
 * role and year when nameless), a team member's or contact's name with
 * organisation ("Jan de Vries, Humanitas"), a domain's name … "" if unknown. */
char        *kring_household_context_name  (KringHouseholdContext *self,
                                            const char            *table,
                                            const char            *id);
/* The same name for a row already at hand: no lookup, so lists of tens of
 * thousands of contacts are named in one pass. */
char        *kring_household_context_row_name (const char  *table,
                                               KringRecord *row);
/* The life-domain term's name, or "" for NULL/unknown. */
const char  *kring_household_context_domain_name (KringHouseholdContext *self,
                                                  const char            *domain_id);

/* Every possible actor of an action, as ids "kind:id" (kind as in
 * actions.actor_kind) and labels with the kind ("Gezinslid — Sanne",
 * "Sociale kaart — Jan de Vries, Humanitas"), household first. Returned
 * as two NULL-terminated arrays of equal length. */
void         kring_household_context_actors (KringHouseholdContext *self,
                                             GStrv                 *ids,
                                             GStrv                 *labels);

/* Saves @records and deletes @removals (may be NULL) through
 * kring_store_household_save_async(), then reloads the view (and calls the
 * hook set by kring_household_context_set_changed_hook(), for tests). On failure a
 * toast says so in plain Dutch. @done (may be NULL) gets the outcome (NULL
 * error on success) before the reload, e.g. kring_form_dialog_done(). */
typedef void (*KringHouseholdDone) (gpointer      user_data,
                                    const GError *error);
void         kring_household_context_save   (KringHouseholdContext *self,
                                             GPtrArray             *records,
                                             GPtrArray             *removals,
                                             KringHouseholdDone     done,
                                             gpointer               user_data);
/* Deletes one row of the plan (what cascades from it too) through
 * kring_store_household_remove_async(), reloads, and shows a toast
 * "@what verwijderd" with "Ongedaan maken" that restores all of it. */
void         kring_household_context_remove (KringHouseholdContext *self,
                                             KringRecord           *record,
                                             const char            *what);
/* Restores what the last kring_household_context_remove() on this context
 * took (as the toast's "Ongedaan maken" does); FALSE when there is nothing. */
gboolean     kring_household_context_undo   (KringHouseholdContext *self);
/* Called after every successful save or remove (tests wait on it). */
void         kring_household_context_set_changed_hook (KringHouseholdContext *self,
                                                       GCallback              hook,
                                                       gpointer               user_data);
/* A toast on the view. */
void         kring_household_context_toast  (KringHouseholdContext *self,
                                             const char            *title);
/* The window the view is in (parent for dialogs). */
GtkWindow   *kring_household_context_window (KringHouseholdContext *self);

G_END_DECLS
