/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-store-private.h"

/*
 * Deleting a directory record removes and detaches rows through the schema's
 * *_ad triggers and the foreign keys of team and household tables. To offer
 * Undo, the delete job records every row those statements touch, as it was
 * before, through TEMP "snapshot" triggers that exist only for the length of
 * the job's transaction (a rollback takes them away too).
 */

#define SNAP_PREFIX "kring_snap_"

typedef struct
{
  GPtrArray *save;    /* of KringRecord */
  GPtrArray *remove;  /* of KringRecord; only table and id count */
} KringStoreEdit;

static void
edit_free (KringStoreEdit *edit)
{
  g_clear_pointer (&edit->save, g_ptr_array_unref);
  g_clear_pointer (&edit->remove, g_ptr_array_unref);
  g_free (edit);
}

/* The tables whose rows a delete may touch, parents before children: the
 * order of kring_tables is the order in which the schema creates them. */
static GPtrArray *
snapshot_tables (sqlite3 *db, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (
    db, "SELECT name FROM kring_tables WHERE name NOT IN ('tombstones', 'audit_log') "
        "ORDER BY rowid", error);
  g_autoptr (GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, db, rc);
      return NULL;
    }
  return g_steal_pointer (&tables);
}

static char *
snapshot_sql (const char *table, guint order)
{
  g_autofree char *quoted = kring_sql_quote (table);
  g_autofree char *snap_name = g_strconcat (SNAP_PREFIX, table, NULL);
  g_autofree char *snap = kring_sql_quote (snap_name);
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "CREATE TEMP TABLE %s AS SELECT * FROM main.%s WHERE 0;\n",
                          snap, quoted);
  for (guint i = 0; i < 2; i++)
    {
      const char *event = i == 0 ? "DELETE" : "UPDATE";

      /* Only the first state of a row counts: a later update inside the
       * same cascade must not overwrite what it was before the delete. */
      g_string_append_printf (
        sql,
        "CREATE TEMP TRIGGER \"" SNAP_PREFIX "%s_%s\" BEFORE %s ON main.%s "
        "WHEN NOT EXISTS (SELECT 1 FROM %s WHERE id = OLD.id) BEGIN\n"
        "INSERT INTO " SNAP_PREFIX "log (table_order, record_table, record_id) "
        "VALUES (%u, '%s', OLD.id);\n"
        "INSERT INTO %s SELECT * FROM main.%s WHERE id = OLD.id;\n"
        "END;\n",
        event, table, event, quoted, snap, order, table, snap, quoted);
    }
  return g_string_free (sql, FALSE);
}

static char *
drop_sql (const char *table)
{
  g_autofree char *snap_name = g_strconcat (SNAP_PREFIX, table, NULL);
  g_autofree char *snap = kring_sql_quote (snap_name);

  return g_strdup_printf ("DROP TRIGGER temp.\"" SNAP_PREFIX "DELETE_%s\";\n"
                          "DROP TRIGGER temp.\"" SNAP_PREFIX "UPDATE_%s\";\n"
                          "DROP TABLE temp.%s;\n", table, table, snap);
}

static gboolean
snapshot_install (sqlite3 *db, GPtrArray *tables, GError **error)
{
  if (!kring_sql_exec (db, "CREATE TEMP TABLE " SNAP_PREFIX "log (seq INTEGER PRIMARY KEY, "
                           "table_order INTEGER NOT NULL, record_table TEXT NOT NULL, "
                           "record_id TEXT NOT NULL)", error))
    return FALSE;
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = snapshot_sql (tables->pdata[i], i);

      if (!kring_sql_exec (db, sql, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
snapshot_remove (sqlite3 *db, GPtrArray *tables, GError **error)
{
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = drop_sql (tables->pdata[i]);

      if (!kring_sql_exec (db, sql, error))
        return FALSE;
    }
  return kring_sql_exec (db, "DROP TABLE temp." SNAP_PREFIX "log", error);
}

static KringRecord *
snapshot_fetch (sqlite3 *db, const char *table, const char *id, GError **error)
{
  g_autofree char *snap_name = g_strconcat (SNAP_PREFIX, table, NULL);
  g_autofree char *snap = kring_sql_quote (snap_name);
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM temp.%s WHERE id = ?", snap);
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  kring_sql_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return kring_sql_row_to_record (stmt, table);
  kring_sql_set_error (error, db, rc == SQLITE_DONE ? SQLITE_INTERNAL : rc);
  return NULL;
}

/* Whether two states of a row hold the same data; updated_at does not count,
 * so a row that a trigger merely touched is left alone by Undo. */
static gboolean
same_data (KringRecord *a, KringRecord *b)
{
  g_autoptr (GPtrArray) columns = kring_record_get_columns (a);

  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = columns->pdata[i];
      GVariant *value_b = kring_record_get_value (b, column);

      if (g_str_equal (column, "updated_at"))
        continue;
      if (value_b == NULL || !g_variant_equal (kring_record_get_value (a, column), value_b))
        return FALSE;
    }
  return TRUE;
}

static gboolean
collect_row (KringStoreConn *conn, const char *table, const char *id, GPtrArray *records,
             GError **error)
{
  g_autoptr (KringRecord) before = snapshot_fetch (conn->db, table, id, error);
  g_autoptr (KringRecord) now = NULL;
  g_autoptr (GError) local_error = NULL;

  if (before == NULL)
    return FALSE;
  now = kring_conn_fetch (conn, table, id, &local_error);
  if (now == NULL && !g_error_matches (local_error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (now == NULL || !same_data (before, now))
    g_ptr_array_add (records, g_steal_pointer (&before));
  return TRUE;
}

static GPtrArray *
snapshot_collect (KringStoreConn *conn, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (
    conn->db, "SELECT record_table, record_id FROM temp." SNAP_PREFIX "log "
              "ORDER BY table_order, seq", error);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!collect_row (conn, (const char *) sqlite3_column_text (stmt, 0),
                      (const char *) sqlite3_column_text (stmt, 1), records, error))
      return NULL;
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, conn->db, rc);
      return NULL;
    }
  return g_steal_pointer (&records);
}

static gboolean
delete_by_id (KringStoreConn *conn, const char *table, const char *id, gboolean must_exist,
              GError **error)
{
  g_autofree char *quoted = kring_sql_quote (table);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM main.%s WHERE \"id\" = ?", quoted);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (kring_conn_get_columns (conn, table, error) == NULL)
    return FALSE;
  if ((stmt = kring_sql_prepare (conn->db, sql, error)) == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, id);
  if (!kring_sql_run (conn->db, stmt, error))
    return FALSE;
  if (must_exist && sqlite3_changes (conn->db) == 0)
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND,
                   _("There is no record “%s” in “%s”; it may have been deleted."), id, table);
      return FALSE;
    }
  return TRUE;
}

gboolean
kring_store_job_delete_subtree (KringStoreConn *conn, gpointer data, gpointer *result,
                                GError **error)
{
  KringStoreQuery *query = data;
  g_autoptr (GPtrArray) tables = snapshot_tables (conn->db, error);
  GPtrArray *records;

  if (tables == NULL || !snapshot_install (conn->db, tables, error))
    return FALSE;
  if (!delete_by_id (conn, query->table, query->id, TRUE, error))
    return FALSE;
  records = snapshot_collect (conn, error);
  if (records == NULL)
    return FALSE;
  *result = records;
  return snapshot_remove (conn->db, tables, error);
}

void
kring_store_delete_subtree_async (KringStore          *self,
                                  const char          *table,
                                  const char          *id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  KringStoreQuery *query;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (table != NULL && id != NULL);

  query = g_new0 (KringStoreQuery, 1);
  query->table = g_strdup (table);
  query->id = g_strdup (id);
  kring_store_push_job (self, kring_store_delete_subtree_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_WRITE, kring_store_job_delete_subtree, query,
                        (GDestroyNotify) kring_store_query_free,
                        (GDestroyNotify) g_ptr_array_unref);
}

GPtrArray *
kring_store_delete_subtree_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_delete_subtree_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
job_save_and_delete (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  KringStoreEdit *edit = data;

  if (!kring_store_job_save (conn, edit->save, result, error))
    return FALSE;
  for (guint i = 0; i < edit->remove->len; i++)
    {
      KringRecord *record = edit->remove->pdata[i];

      if (!delete_by_id (conn, kring_record_get_table (record), kring_record_get_id (record),
                         FALSE, error))
        return FALSE;
    }
  return TRUE;
}

void
kring_store_save_and_delete_async (KringStore          *self,
                                   GPtrArray           *records,
                                   GPtrArray           *removals,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  KringStoreEdit *edit;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (records != NULL);

  edit = g_new0 (KringStoreEdit, 1);
  edit->save = kring_store_copy_records (records);
  edit->remove = kring_store_copy_records (removals);
  kring_store_push_job (self, kring_store_save_and_delete_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_WRITE, job_save_and_delete, edit,
                        (GDestroyNotify) edit_free, NULL);
}

gboolean
kring_store_save_and_delete_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_save_and_delete_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
