/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-store-map.h"
#include "kring-store-map-private.h"

/*
 * The ecosystem map's writes: moving a partner to another ring (for the
 * map's drag and drop and its Undo) and saving a version of the map. Each
 * runs as one write job, so it is whole or not at all.
 */

/* --- moving a partner to another ring --- */

typedef struct
{
  char *team;
  char *table;
  char *id;
  int   ring;
} PlaceJob;

static void
place_job_free (PlaceJob *job)
{
  g_free (job->team);
  g_free (job->table);
  g_free (job->id);
  g_free (job);
}

static gboolean
check_place (PlaceJob *job, GError **error)
{
  if (job->ring < -1 || job->ring >= KRING_MAP_N_RINGS)
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID,
                   _("There is no ring %d. The rings are numbered 0 to 3."), job->ring);
      return FALSE;
    }
  if (g_strcmp0 (job->table, "organizations") != 0 && g_strcmp0 (job->table, "services") != 0)
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID,
                   _("Only organisations and services can be placed in a ring, not records "
                     "of “%s”."), job->table);
      return FALSE;
    }
  return TRUE;
}

/* The team's placement of the record: its id and ring, or NULL. */
static gboolean
find_placement (KringStoreConn *conn, const char *team_id, PlaceJob *job, char **placement_id,
                int *ring, GError **error)
{
  const char *sql = g_str_equal (job->table, "services")
                      ? "SELECT id, ring FROM main.ring_placements "
                        "WHERE team_id = ?1 AND service_id = ?2"
                      : "SELECT id, ring FROM main.ring_placements "
                        "WHERE team_id = ?1 AND organization_id = ?2";
  sqlite3_stmt *stmt = kring_conn_statement (conn, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, team_id);
  kring_sql_bind_text (stmt, 2, job->id);
  *ring = -1;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *placement_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *ring = sqlite3_column_int (stmt, 1);
    }
  return kring_store_map_rows_done (conn, stmt, rc, error);
}

static gboolean
delete_placement (KringStoreConn *conn, const char *placement_id, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "DELETE FROM main.ring_placements WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, placement_id);
  return kring_sql_run (conn->db, stmt, error);
}

/* Updates the ring of an existing placement (its hints stay, so moving it
 * back restores its place) or creates one. */
static gboolean
save_placement (KringStoreConn *conn, const char *team_id, const char *placement_id,
                PlaceJob *job, GError **error)
{
  g_autoptr (KringRecord) record = NULL;
  g_autofree char *now = kring_now_iso8601 ();

  if (placement_id != NULL)
    record = kring_record_new_with_id ("ring_placements", placement_id);
  else
    {
      record = kring_record_new ("ring_placements");
      kring_record_set_string (record, "team_id", team_id);
      kring_record_set_string (record, g_str_equal (job->table, "services") ? "service_id"
                                                                             : "organization_id",
                               job->id);
    }
  kring_record_set_int (record, "ring", job->ring);
  return kring_store_save_record (conn, record, now, error);
}

static gboolean
place_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  PlaceJob *job = data;
  KringStoreMapTeam team = { NULL };
  g_autoptr (KringRecord) target = NULL;
  g_autofree char *placement_id = NULL;
  int previous = -1;
  gboolean ok;

  if (!check_place (job, error) || !kring_store_map_team_resolve (conn, job->team, &team, error))
    return FALSE;
  target = kring_conn_fetch (conn, job->table, job->id, error);
  ok = target != NULL && find_placement (conn, team.id, job, &placement_id, &previous, error);
  if (ok && job->ring < 0 && placement_id != NULL)
    ok = delete_placement (conn, placement_id, error);
  else if (ok && job->ring >= 0 && job->ring != previous)
    ok = save_placement (conn, team.id, placement_id, job, error);
  kring_store_map_team_clear (&team);
  if (ok)
    *result = g_memdup2 (&previous, sizeof previous);
  return ok;
}

void
kring_store_map_place_async (KringStore          *self,
                             const char          *team_id,
                             const char          *table,
                             const char          *id,
                             int                  ring,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  PlaceJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (table != NULL);
  g_return_if_fail (id != NULL);

  job = g_new0 (PlaceJob, 1);
  job->team = g_strdup (team_id);
  job->table = g_strdup (table);
  job->id = g_strdup (id);
  job->ring = ring;
  kring_store_push_job (self, kring_store_map_place_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_WRITE, place_job, job, (GDestroyNotify) place_job_free,
                        g_free);
}

gboolean
kring_store_map_place_finish (KringStore    *self,
                              GAsyncResult  *result,
                              int           *previous_ring,
                              GError       **error)
{
  g_autofree int *previous = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_store_map_place_async,
                        FALSE);
  previous = g_task_propagate_pointer (G_TASK (result), error);
  if (previous == NULL)
    return FALSE;
  if (previous_ring != NULL)
    *previous_ring = *previous;
  return TRUE;
}

/* --- saved versions --- */

typedef struct
{
  char *team;
  char *title;
  char *data;
} SnapshotJob;

static void
snapshot_job_free (SnapshotJob *job)
{
  g_free (job->team);
  g_free (job->title);
  g_free (job->data);
  g_free (job);
}

static gboolean
snapshot_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  SnapshotJob *job = data;
  KringStoreMapTeam team = { NULL };
  g_autoptr (KringRecord) record = kring_record_new ("map_snapshots");
  g_autofree char *now = kring_now_iso8601 ();
  gboolean ok;

  if (!kring_store_map_team_resolve (conn, job->team, &team, error))
    return FALSE;
  kring_record_set_string (record, "team_id", team.id);
  kring_record_set_string (record, "kind", "team");
  kring_record_set_string (record, "taken_on", now);
  kring_record_set_string (record, "title", job->title);
  kring_record_set_string (record, "data", job->data);
  ok = kring_store_save_record (conn, record, now, error);
  if (ok)
    *result = g_strdup (kring_record_get_id (record));
  kring_store_map_team_clear (&team);
  return ok;
}

void
kring_store_map_snapshot_async (KringStore          *self,
                                const char          *team_id,
                                const KringMapGraph *graph,
                                const char          *title,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  SnapshotJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (graph != NULL);

  /* Serialised here, so the job owns plain text and the caller may change
   * or free the graph at once. */
  job = g_new0 (SnapshotJob, 1);
  job->team = g_strdup (team_id);
  job->title = g_strdup (title);
  job->data = kring_map_graph_to_json (graph);
  kring_store_push_job (self, kring_store_map_snapshot_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_WRITE, snapshot_job, job,
                        (GDestroyNotify) snapshot_job_free, g_free);
}

char *
kring_store_map_snapshot_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_map_snapshot_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
