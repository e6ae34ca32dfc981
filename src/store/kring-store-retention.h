/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Retention: a closed household is kept for the team's retention period
 * (teams.retention_months, 0 = keep forever) after it was closed, then
 * purged: gone from every table and from the audit log's details. The
 * audit log keeps one entry that a purge happened, not of whom.
 */

/* The "households" rows (id, label, closed_on) of @team_id that are closed
 * and whose closing date (the latest status change to 'afgesloten', else
 * the row's updated_at) lies more than the team's retention period before
 * today; oldest first. */
void        kring_store_retention_candidates_async  (KringStore          *self,
                                                     const char          *team_id,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GListModel *kring_store_retention_candidates_finish (KringStore          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* Purges the households @ids in one transaction, with one "delete" audit
 * entry by @actor on "households" without a record id. Refuses (INVALID,
 * nothing purged) when one of them is unknown, not closed or not yet past
 * its team's retention period; _finish then sets @refused_id (may be NULL)
 * to that household's id. */
void        kring_store_retention_purge_async       (KringStore          *self,
                                                     const char * const  *ids,
                                                     const char          *actor,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean    kring_store_retention_purge_finish      (KringStore          *self,
                                                     GAsyncResult        *result,
                                                     char               **refused_id,
                                                     GError             **error);

G_END_DECLS
