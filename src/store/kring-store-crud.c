/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-store-private.h"

void
kring_store_query_free (KringStoreQuery *query)
{
  g_free (query->table);
  g_free (query->id);
  g_free (query->column);
  g_free (query->value);
  g_free (query->order_by);
  g_free (query);
}

void
kring_store_audit_free (KringStoreAudit *audit)
{
  g_free (audit->actor);
  g_free (audit->action);
  g_free (audit->table);
  g_free (audit->record_id);
  g_free (audit);
}

static gboolean
is_timestamp (const char *column)
{
  return g_str_equal (column, "created_at") || g_str_equal (column, "updated_at");
}

/* The record's own columns, validated, without the timestamps the store sets. */
static GPtrArray *
data_columns (KringStoreConn *conn, KringRecord *record, GError **error)
{
  const char *table = kring_record_get_table (record);
  g_autoptr (GPtrArray) all = kring_record_get_columns (record);
  g_autoptr (GPtrArray) columns = g_ptr_array_new ();

  if (kring_conn_get_columns (conn, table, error) == NULL)
    return NULL;
  for (guint i = 0; i < all->len; i++)
    {
      if (!kring_conn_check_column (conn, table, all->pdata[i], error))
        return NULL;
      if (!is_timestamp (all->pdata[i]))
        g_ptr_array_add (columns, all->pdata[i]);
    }
  return g_steal_pointer (&columns);
}

static gboolean
bind_columns (sqlite3_stmt *stmt, KringRecord *record, GPtrArray *columns, GError **error)
{
  for (guint i = 0; i < columns->len; i++)
    if (!kring_sql_bind_value (stmt, (int) i + 1, kring_record_get_value (record, columns->pdata[i]),
                               columns->pdata[i], error))
      return FALSE;
  return TRUE;
}

static char *
update_sql (const char *table, GPtrArray *columns, gboolean stamp)
{
  g_autofree char *quoted_table = kring_sql_quote (table);
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "UPDATE %s SET ", quoted_table);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *quoted = kring_sql_quote (columns->pdata[i]);

      g_string_append_printf (sql, "%s = ?, ", quoted);
    }
  /* "id = id" keeps the statement valid when there is nothing else to set. */
  g_string_append (sql, stamp ? "\"updated_at\" = ? " : "\"id\" = \"id\" ");
  g_string_append (sql, "WHERE \"id\" = ?");
  return g_string_free (sql, FALSE);
}

static gboolean
update_record (KringStoreConn *conn, KringRecord *record, GPtrArray *columns,
               const char *now, gboolean *changed, GError **error)
{
  GHashTable *known = kring_conn_get_columns (conn, kring_record_get_table (record), error);
  gboolean stamp = g_hash_table_contains (known, "updated_at");
  g_autofree char *sql = update_sql (kring_record_get_table (record), columns, stamp);
  sqlite3_stmt *stmt = kring_conn_statement (conn, sql, error);
  int n = (int) columns->len;

  if (stmt == NULL || !bind_columns (stmt, record, columns, error))
    return FALSE;
  if (stamp)
    kring_sql_bind_text (stmt, ++n, now);
  kring_sql_bind_text (stmt, n + 1, kring_record_get_id (record));
  if (!kring_sql_run (conn->db, stmt, error))
    return FALSE;
  *changed = sqlite3_changes (conn->db) > 0;
  return TRUE;
}

static char *
insert_sql (const char *table, GPtrArray *columns, GHashTable *known)
{
  g_autofree char *quoted_table = kring_sql_quote (table);
  GString *sql = g_string_new (NULL);
  guint n = columns->len + 1;

  g_string_append_printf (sql, "INSERT INTO %s (\"id\"", quoted_table);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *quoted = kring_sql_quote (columns->pdata[i]);

      g_string_append_printf (sql, ", %s", quoted);
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *stamp = i == 0 ? "created_at" : "updated_at";

      if (g_hash_table_contains (known, stamp))
        {
          g_string_append_printf (sql, ", \"%s\"", stamp);
          n++;
        }
    }
  g_string_append (sql, ") VALUES (?");
  for (guint i = 1; i < n; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

static gboolean
insert_record (KringStoreConn *conn, KringRecord *record, GPtrArray *columns,
               const char *now, GError **error)
{
  GHashTable *known = kring_conn_get_columns (conn, kring_record_get_table (record), error);
  g_autofree char *sql = insert_sql (kring_record_get_table (record), columns, known);
  sqlite3_stmt *stmt = kring_conn_statement (conn, sql, error);
  const char *created = kring_record_get_string (record, "created_at");
  int n = (int) columns->len + 1;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, kring_record_get_id (record));
  for (guint i = 0; i < columns->len; i++)
    if (!kring_sql_bind_value (stmt, (int) i + 2, kring_record_get_value (record, columns->pdata[i]),
                               columns->pdata[i], error))
      return FALSE;
  /* A record merged from elsewhere keeps the moment it was first created. */
  if (g_hash_table_contains (known, "created_at"))
    kring_sql_bind_text (stmt, ++n, created != NULL ? created : now);
  if (g_hash_table_contains (known, "updated_at"))
    kring_sql_bind_text (stmt, ++n, now);
  return kring_sql_run (conn->db, stmt, error);
}

gboolean
kring_store_save_record (KringStoreConn *conn, KringRecord *record, const char *now,
                         GError **error)
{
  g_autoptr (GPtrArray) columns = data_columns (conn, record, error);
  gboolean changed = FALSE;

  if (columns == NULL)
    return FALSE;
  /* Update first and insert only when no row matched: INSERT OR REPLACE
   * would delete the old row and, with it, every child row that cascades. */
  if (!update_record (conn, record, columns, now, &changed, error))
    return FALSE;
  return changed || insert_record (conn, record, columns, now, error);
}

gboolean
kring_store_job_save (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  GPtrArray *records = data;
  g_autofree char *now = kring_now_iso8601 ();

  for (guint i = 0; i < records->len; i++)
    if (!kring_store_save_record (conn, records->pdata[i], now, error))
      return FALSE;
  return TRUE;
}

static void
set_not_found (GError **error, const char *table, const char *id)
{
  g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND,
               _("There is no record “%s” in “%s”; it may have been deleted."), id, table);
}

static gboolean
delete_row (KringStoreConn *conn, const char *table, const char *id, GError **error)
{
  g_autofree char *quoted = kring_sql_quote (table);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE \"id\" = ?", quoted);
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (conn->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, id);
  if (!kring_sql_run (conn->db, stmt, error))
    return FALSE;
  if (sqlite3_changes (conn->db) == 0)
    {
      set_not_found (error, table, id);
      return FALSE;
    }
  return TRUE;
}

gboolean
kring_store_job_delete (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  KringStoreQuery *query = data;

  /* Tombstones for shared rows come from the TEMP triggers, so rows that
   * cascade away with this one get theirs too. */
  return kring_conn_get_columns (conn, query->table, error) != NULL
         && delete_row (conn, query->table, query->id, error);
}

KringRecord *
kring_conn_fetch (KringStoreConn *conn, const char *table, const char *id, GError **error)
{
  g_autofree char *quoted = NULL;
  g_autofree char *sql = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  int rc;

  if (kring_conn_get_columns (conn, table, error) == NULL)
    return NULL;
  quoted = kring_sql_quote (table);
  sql = g_strdup_printf ("SELECT * FROM %s WHERE \"id\" = ?", quoted);
  if ((stmt = kring_sql_prepare (conn->db, sql, error)) == NULL)
    return NULL;
  kring_sql_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return kring_sql_row_to_record (stmt, table);
  if (rc == SQLITE_DONE)
    set_not_found (error, table, id);
  else
    kring_sql_set_error (error, conn->db, rc);
  return NULL;
}

gboolean
kring_store_job_get (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  KringStoreQuery *query = data;

  *result = kring_conn_fetch (conn, query->table, query->id, error);
  return *result != NULL;
}
