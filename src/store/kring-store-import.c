/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-store-private.h"

/*
 * Bulk jobs for imports: reading many records by id, and writing many
 * records in one transaction that can be cancelled. Both keep their prepared
 * statements for the length of the job, so each record costs one or two
 * steps of an already compiled statement.
 */

/* Progress is reported at most this often, in records. */
#define PROGRESS_STEP 256

typedef struct
{
  GPtrArray              *records;
  GCancellable           *cancellable;
  GMainContext           *context;
  KringStoreProgressFunc  progress;
  gpointer                progress_data;
  GHashTable             *statements;  /* SQL -> sqlite3_stmt */
} ImportJob;

typedef struct
{
  KringStoreProgressFunc progress;
  gpointer               progress_data;
  guint                  done;
  guint                  total;
} ProgressMessage;

static void
statement_free (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static GHashTable *
statement_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
}

static sqlite3_stmt *
cached_statement (sqlite3 *db, GHashTable *cache, char *sql, GError **error)
{
  g_autofree char *owned = sql;
  sqlite3_stmt *stmt = g_hash_table_lookup (cache, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if ((stmt = kring_sql_prepare (db, sql, error)) == NULL)
    return NULL;
  g_hash_table_insert (cache, g_steal_pointer (&owned), stmt);
  return stmt;
}

static void
import_job_free (ImportJob *job)
{
  g_ptr_array_unref (job->records);
  g_clear_object (&job->cancellable);
  g_main_context_unref (job->context);
  g_clear_pointer (&job->statements, g_hash_table_unref);
  g_free (job);
}

static gboolean
deliver_progress (gpointer data)
{
  ProgressMessage *message = data;

  message->progress (message->done, message->total, message->progress_data);
  return G_SOURCE_REMOVE;
}

static void
report_progress (ImportJob *job, guint done)
{
  ProgressMessage *message;

  if (job->progress == NULL)
    return;
  message = g_new0 (ProgressMessage, 1);
  message->progress = job->progress;
  message->progress_data = job->progress_data;
  message->done = done;
  message->total = job->records->len;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress, message, g_free);
}

static gboolean
is_timestamp (const char *column)
{
  return g_str_equal (column, "created_at") || g_str_equal (column, "updated_at");
}

static GPtrArray *
data_columns (KringStoreConn *conn, KringRecord *record, GError **error)
{
  const char *table = kring_record_get_table (record);
  g_autoptr (GPtrArray) all = kring_record_get_columns (record);
  g_autoptr (GPtrArray) columns = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      if (!kring_conn_check_column (conn, table, all->pdata[i], error))
        return NULL;
      if (!is_timestamp (all->pdata[i]))
        g_ptr_array_add (columns, all->pdata[i]);
    }
  return g_steal_pointer (&columns);
}

static char *
update_sql (const char *table, GPtrArray *columns)
{
  g_autofree char *quoted_table = kring_sql_quote (table);
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "UPDATE %s SET ", quoted_table);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *quoted = kring_sql_quote (columns->pdata[i]);

      g_string_append_printf (sql, "%s = ?, ", quoted);
    }
  g_string_append (sql, "\"updated_at\" = ? WHERE \"id\" = ?");
  return g_string_free (sql, FALSE);
}

static char *
insert_sql (const char *table, GPtrArray *columns)
{
  g_autofree char *quoted_table = kring_sql_quote (table);
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s (\"id\", \"created_at\", \"updated_at\"",
                          quoted_table);
  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *quoted = kring_sql_quote (columns->pdata[i]);

      g_string_append_printf (sql, ", %s", quoted);
    }
  g_string_append (sql, ") VALUES (?, ?, ?");
  for (guint i = 0; i < columns->len; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

static gboolean
bind_columns (sqlite3_stmt *stmt, int first, KringRecord *record, GPtrArray *columns,
              GError **error)
{
  for (guint i = 0; i < columns->len; i++)
    if (!kring_sql_bind_value (stmt, first + (int) i, kring_record_get_value (record, columns->pdata[i]),
                               columns->pdata[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
update_row (KringStoreConn *conn, ImportJob *job, KringRecord *record, GPtrArray *columns,
            const char *now, gboolean *changed, GError **error)
{
  sqlite3_stmt *stmt = cached_statement (conn->db, job->statements,
                                         update_sql (kring_record_get_table (record), columns),
                                         error);
  int n = (int) columns->len;

  if (stmt == NULL || !bind_columns (stmt, 1, record, columns, error))
    return FALSE;
  kring_sql_bind_text (stmt, n + 1, now);
  kring_sql_bind_text (stmt, n + 2, kring_record_get_id (record));
  if (!kring_sql_run (conn->db, stmt, error))
    return FALSE;
  *changed = sqlite3_changes (conn->db) > 0;
  return TRUE;
}

static gboolean
insert_row (KringStoreConn *conn, ImportJob *job, KringRecord *record, GPtrArray *columns,
            const char *now, GError **error)
{
  sqlite3_stmt *stmt = cached_statement (conn->db, job->statements,
                                         insert_sql (kring_record_get_table (record), columns),
                                         error);
  const char *created = kring_record_get_string (record, "created_at");

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, kring_record_get_id (record));
  kring_sql_bind_text (stmt, 2, created != NULL ? created : now);
  kring_sql_bind_text (stmt, 3, now);
  return bind_columns (stmt, 4, record, columns, error) && kring_sql_run (conn->db, stmt, error);
}

static gboolean
write_record (KringStoreConn *conn, ImportJob *job, KringRecord *record, const char *now,
              GError **error)
{
  GHashTable *known = kring_conn_get_columns (conn, kring_record_get_table (record), error);
  g_autoptr (GPtrArray) columns = NULL;
  gboolean changed = FALSE;

  if (known == NULL || (columns = data_columns (conn, record, error)) == NULL)
    return FALSE;
  if (!g_hash_table_contains (known, "created_at") || !g_hash_table_contains (known, "updated_at"))
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID,
                   _("The table “%s” cannot take imported records."),
                   kring_record_get_table (record));
      return FALSE;
    }
  /* Update first: INSERT OR REPLACE would delete the old row and with it
   * every child row that cascades from it. */
  if (!update_row (conn, job, record, columns, now, &changed, error))
    return FALSE;
  return changed || insert_row (conn, job, record, columns, now, error);
}

static gboolean
import_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  ImportJob *job = data;
  g_autofree char *now = kring_now_iso8601 ();
  guint n = job->records->len;

  job->statements = statement_cache_new ();
  for (guint i = 0; i < n; i++)
    {
      /* Cancelling rolls the whole transaction back: nothing is written. */
      if (g_cancellable_set_error_if_cancelled (job->cancellable, error)
          || !write_record (conn, job, job->records->pdata[i], now, error))
        return FALSE;
      if ((i + 1) % PROGRESS_STEP == 0 || i + 1 == n)
        report_progress (job, i + 1);
    }
  g_clear_pointer (&job->statements, g_hash_table_unref);
  return !g_cancellable_set_error_if_cancelled (job->cancellable, error);
}

void
kring_store_import_async (KringStore             *self,
                          GPtrArray              *records,
                          GCancellable           *cancellable,
                          KringStoreProgressFunc  progress,
                          gpointer                progress_data,
                          GAsyncReadyCallback     callback,
                          gpointer                user_data)
{
  ImportJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (records != NULL);

  job = g_new0 (ImportJob, 1);
  job->records = g_ptr_array_ref (records);
  job->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;
  kring_store_push_job (self, kring_store_import_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_WRITE, import_job, job, (GDestroyNotify) import_job_free,
                        NULL);
}

gboolean
kring_store_import_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_store_import_async,
                        FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static KringRecord *
fetch_one (KringStoreConn *conn, GHashTable *cache, KringRecord *key, gboolean *ok,
           GError **error)
{
  const char *table = kring_record_get_table (key);
  g_autofree char *quoted = kring_sql_quote (table);
  sqlite3_stmt *stmt;
  int rc;

  *ok = FALSE;
  if (kring_conn_get_columns (conn, table, error) == NULL)
    return NULL;
  stmt = cached_statement (conn->db, cache,
                           g_strdup_printf ("SELECT * FROM %s WHERE \"id\" = ?", quoted), error);
  if (stmt == NULL)
    return NULL;
  kring_sql_bind_text (stmt, 1, kring_record_get_id (key));
  rc = sqlite3_step (stmt);
  *ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
  if (rc == SQLITE_ROW)
    return kring_sql_row_to_record (stmt, table);
  if (!*ok)
    kring_sql_set_error (error, conn->db, rc);
  return NULL;
}

static gboolean
get_many_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  GPtrArray *keys = data;
  g_autoptr (GHashTable) cache = statement_cache_new ();
  g_autoptr (GPtrArray) records = g_ptr_array_new_full (keys->len, unref_nullable);

  for (guint i = 0; i < keys->len; i++)
    {
      gboolean ok;
      KringRecord *record = fetch_one (conn, cache, keys->pdata[i], &ok, error);

      if (!ok)
        return FALSE;
      g_ptr_array_add (records, record);
    }
  *result = g_steal_pointer (&records);
  return TRUE;
}

static GPtrArray *
copy_keys (GPtrArray *keys)
{
  GPtrArray *copy = g_ptr_array_new_full (keys->len, g_object_unref);

  for (guint i = 0; i < keys->len; i++)
    g_ptr_array_add (copy, kring_record_new_with_id (kring_record_get_table (keys->pdata[i]),
                                                     kring_record_get_id (keys->pdata[i])));
  return copy;
}

void
kring_store_get_many_async (KringStore          *self,
                            GPtrArray           *keys,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (keys != NULL);

  kring_store_push_job (self, kring_store_get_many_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_READ, get_many_job, copy_keys (keys),
                        (GDestroyNotify) g_ptr_array_unref, (GDestroyNotify) g_ptr_array_unref);
}

GPtrArray *
kring_store_get_many_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_store_get_many_async,
                        NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
