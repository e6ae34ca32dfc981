/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-store-retention.h"
#include "kring-store-private.h"

/*
 * Which closed households are past their team's retention period, and
 * purging them. A purge removes the household the way deleting it from its
 * page does (kring_store_job_delete_subtree), then also what deleting keeps
 * on purpose: the audit log's link to each removed row and the tombstones
 * naming them, so that nothing says whom the team once helped.
 */

/* Closed households with their closing date: the latest change to
 * 'afgesloten', else the day the row was last changed. Dates are cut to
 * "YYYY-MM-DD" so a timestamp compares as its day. */
#define CLOSED_SQL(filter) \
  "SELECT id, label, closed_on FROM (SELECT h.id, h.label, t.retention_months, " \
  "substr(coalesce((SELECT max(c.changed_on) FROM main.household_status_changes c " \
  "WHERE c.household_id = h.id AND c.status = 'afgesloten'), h.updated_at), 1, 10) AS closed_on " \
  "FROM main.households h JOIN main.teams t ON t.id = h.team_id " \
  "WHERE h.status = 'afgesloten' AND " filter ") " \
  /* retention_months 0 keeps a team's households forever. */ \
  "WHERE retention_months > 0 AND closed_on < date(?2, '-' || retention_months || ' months') " \
  "ORDER BY closed_on, label, id"

#define CANDIDATES_SQL CLOSED_SQL ("h.team_id = ?1")
#define PAST_SQL CLOSED_SQL ("h.id = ?1")

typedef struct
{
  char  *team_id;
  char **ids;
  char  *actor;
} RetentionJob;

static void
retention_job_free (RetentionJob *job)
{
  g_free (job->team_id);
  g_strfreev (job->ids);
  g_free (job->actor);
  g_free (job);
}

/* The rows of @sql for @key (?1) as of today (?2). */
static GListModel *
read_past (KringStoreConn *conn, const char *sql, const char *key, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, sql, error);
  g_autofree char *today = kring_store_today ();

  if (stmt == NULL)
    return NULL;
  kring_sql_bind_text (stmt, 1, key);
  kring_sql_bind_text (stmt, 2, today);
  return kring_sql_read_records (conn->db, stmt, "households", error);
}

static gboolean
candidates_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  RetentionJob *job = data;

  return (*result = read_past (conn, CANDIDATES_SQL, job->team_id, error)) != NULL;
}

void
kring_store_retention_candidates_async (KringStore          *self,
                                        const char          *team_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  RetentionJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (team_id != NULL);

  job = g_new0 (RetentionJob, 1);
  job->team_id = g_strdup (team_id);
  kring_store_push_job (self, kring_store_retention_candidates_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_READ, candidates_job, job,
                        (GDestroyNotify) retention_job_free, g_object_unref);
}

GListModel *
kring_store_retention_candidates_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_retention_candidates_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* --- purging --- */

/* Whether household @id is closed and past its retention period; FALSE
 * with @error unset when it is not. */
static gboolean
check_past (KringStoreConn *conn, const char *id, GError **error)
{
  g_autoptr (GListModel) rows = read_past (conn, PAST_SQL, id, error);

  return rows != NULL && g_list_model_get_n_items (rows) == 1;
}

/* Runs @sql with @id as ?1. */
static gboolean
run_for_id (KringStoreConn *conn, const char *sql, const char *id, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, sql, error);

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, id);
  return kring_sql_run (conn->db, stmt, error);
}

/* Unlinks the audit log from a removed row and drops its tombstones. */
static gboolean
forget_row (KringStoreConn *conn, const char *id, GError **error)
{
  return run_for_id (conn, "UPDATE main.audit_log SET record_id = NULL WHERE record_id = ?1",
                     id, error)
         && run_for_id (conn, "DELETE FROM main.tombstones WHERE record_id = ?1", id, error);
}

/* Removes household @id and every row of it, then forgets them. */
static gboolean
purge_one (KringStoreConn *conn, const char *id, GError **error)
{
  KringStoreQuery query = { .table = (char *) "households", .id = (char *) id };
  g_autoptr (GPtrArray) removed = NULL;

  if (!kring_store_job_delete_subtree (conn, &query, (gpointer *) &removed, error))
    return FALSE;
  if (!forget_row (conn, id, error))
    return FALSE;
  for (guint i = 0; i < removed->len; i++)
    if (!forget_row (conn, kring_record_get_id (removed->pdata[i]), error))
      return FALSE;
  return TRUE;
}

static gboolean
purge_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  RetentionJob *job = data;

  /* Every id is checked before anything goes. A refusal purges nothing:
   * the job ends with nothing written, its result the refused id. */
  for (guint i = 0; job->ids[i] != NULL; i++)
    if (!check_past (conn, job->ids[i], error))
      {
        if (error != NULL && *error != NULL)
          return FALSE;
        *result = g_strdup (job->ids[i]);
        return TRUE;
      }
  for (guint i = 0; job->ids[i] != NULL; i++)
    if (!purge_one (conn, job->ids[i], error))
      return FALSE;
  return kring_store_audit_household (conn, job->actor, "delete", NULL, error);
}

void
kring_store_retention_purge_async (KringStore          *self,
                                   const char * const  *ids,
                                   const char          *actor,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  RetentionJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (ids != NULL);

  job = g_new0 (RetentionJob, 1);
  job->ids = g_strdupv ((char **) ids);
  job->actor = g_strdup (actor);
  kring_store_push_job (self, kring_store_retention_purge_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_WRITE, purge_job, job,
                        (GDestroyNotify) retention_job_free, g_free);
}

gboolean
kring_store_retention_purge_finish (KringStore    *self,
                                    GAsyncResult  *result,
                                    char         **refused_id,
                                    GError       **error)
{
  GError *failure = NULL;
  g_autofree char *refused = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_retention_purge_async, FALSE);
  refused = g_task_propagate_pointer (G_TASK (result), &failure);
  if (failure != NULL)
    {
      g_propagate_error (error, failure);
      return FALSE;
    }
  if (refused == NULL)
    return TRUE;
  g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID,
               _("The household “%s” is not closed or its retention period has not passed yet; "
                 "nothing was purged."), refused);
  if (refused_id != NULL)
    *refused_id = g_steal_pointer (&refused);
  return FALSE;
}
