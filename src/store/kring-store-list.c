/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-store-private.h"

static char *
list_sql (KringStoreQuery *query)
{
  g_autofree char *table = kring_sql_quote (query->table);
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "SELECT * FROM %s", table);
  if (query->column != NULL)
    {
      g_autofree char *column = kring_sql_quote (query->column);

      g_string_append_printf (sql, " WHERE %s %s", column, query->value ? "= ?" : "IS NULL");
    }
  g_string_append (sql, " ORDER BY ");
  if (query->order_by != NULL)
    {
      g_autofree char *order = kring_sql_quote (query->order_by);

      g_string_append_printf (sql, "%s, ", order);
    }
  g_string_append (sql, "rowid");
  return g_string_free (sql, FALSE);
}

static gboolean
check_query (KringStoreConn *conn, KringStoreQuery *query, GError **error)
{
  if (kring_conn_get_columns (conn, query->table, error) == NULL)
    return FALSE;
  if (query->column != NULL && !kring_conn_check_column (conn, query->table, query->column, error))
    return FALSE;
  return query->order_by == NULL
         || kring_conn_check_column (conn, query->table, query->order_by, error);
}

gboolean
kring_store_job_list (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  KringStoreQuery *query = data;
  g_autofree char *sql = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GListStore) records = NULL;
  int rc;

  if (!check_query (conn, query, error))
    return FALSE;
  sql = list_sql (query);
  if ((stmt = kring_sql_prepare (conn->db, sql, error)) == NULL)
    return FALSE;
  if (query->column != NULL && query->value != NULL)
    kring_sql_bind_text (stmt, 1, query->value);
  records = g_list_store_new (KRING_TYPE_RECORD);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (KringRecord) record = kring_sql_row_to_record (stmt, query->table);

      g_list_store_append (records, record);
    }
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, conn->db, rc);
      return FALSE;
    }
  *result = g_steal_pointer (&records);
  return TRUE;
}

/* @data: a GPtrArray of KringStoreQuery; the worker runs this in one read
 * transaction, like every job. */
gboolean
kring_store_job_list_many (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  GPtrArray *queries = data;
  g_autoptr (GPtrArray) models = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < queries->len; i++)
    {
      gpointer model = NULL;

      if (!kring_store_job_list (conn, g_ptr_array_index (queries, i), &model, error))
        return FALSE;
      g_ptr_array_add (models, model);
    }
  *result = g_steal_pointer (&models);
  return TRUE;
}

static gboolean
count_table (KringStoreConn *conn, const char *table, GHashTable *counts, GError **error)
{
  g_autofree char *quoted = kring_sql_quote (table);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", quoted);
  gint64 count = 0;

  if (!kring_sql_query_int (conn->db, sql, &count, error))
    return FALSE;
  g_hash_table_insert (counts, g_strdup (table), GINT_TO_POINTER ((int) count));
  return TRUE;
}

gboolean
kring_store_job_count (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (conn->db, "SELECT name FROM kring_tables",
                                                     error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!count_table (conn, (const char *) sqlite3_column_text (stmt, 0), counts, error))
      return FALSE;
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, conn->db, rc);
      return FALSE;
    }
  *result = g_steal_pointer (&counts);
  return TRUE;
}

gboolean
kring_store_job_audit (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  KringStoreAudit *audit = data;
  g_autofree char *id = kring_uuid_new ();
  g_autofree char *now = kring_now_iso8601 ();
  g_autoptr (sqlite3_stmt) stmt = NULL;

  stmt = kring_sql_prepare (conn->db,
                            "INSERT INTO audit_log (id, created_at, updated_at, at, actor, action,"
                            " record_table, record_id) VALUES (?1, ?2, ?2, ?2, ?3, ?4, ?5, ?6)",
                            error);
  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, id);
  kring_sql_bind_text (stmt, 2, now);
  kring_sql_bind_text (stmt, 3, audit->actor);
  kring_sql_bind_text (stmt, 4, audit->action);
  kring_sql_bind_text (stmt, 5, audit->table);
  kring_sql_bind_text (stmt, 6, audit->record_id);
  return kring_sql_run (conn->db, stmt, error);
}
