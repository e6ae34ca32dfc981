/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-store-private.h"
#include "kring-store-directory-private.h"

/*
 * Bulk jobs for imports: reading many records by id, and writing many
 * records in one transaction that can be cancelled. Both use the
 * connection's prepared statements (the same save as every other write), so
 * each record costs one or two steps of an already compiled statement.
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
} ImportJob;

typedef struct
{
  KringStoreProgressFunc progress;
  gpointer               progress_data;
  guint                  done;
  guint                  total;
} ProgressMessage;

static void
import_job_free (ImportJob *job)
{
  g_ptr_array_unref (job->records);
  g_clear_object (&job->cancellable);
  g_main_context_unref (job->context);
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
write_record (KringStoreConn *conn, ImportJob *job, KringRecord *record, const char *now,
              GError **error)
{
  GHashTable *known = kring_conn_get_columns (conn, kring_record_get_table (record), error);

  if (known == NULL)
    return FALSE;
  if (!g_hash_table_contains (known, "created_at") || !g_hash_table_contains (known, "updated_at"))
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID,
                   _("The table “%s” cannot take imported records."),
                   kring_record_get_table (record));
      return FALSE;
    }
  return kring_store_save_record (conn, record, now, error);
}

static gboolean
import_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  ImportJob *job = data;
  g_autofree char *now = kring_now_iso8601 ();
  guint n = job->records->len;

  for (guint i = 0; i < n; i++)
    {
      /* Cancelling rolls the whole transaction back: nothing is written. */
      if (g_cancellable_set_error_if_cancelled (job->cancellable, error)
          || !write_record (conn, job, job->records->pdata[i], now, error))
        return FALSE;
      if ((i + 1) % PROGRESS_STEP == 0 || i + 1 == n)
        report_progress (job, i + 1);
    }
  /* The import, not the first search after it, brings the full-text index
   * up to date and merges it. */
  return !g_cancellable_set_error_if_cancelled (job->cancellable, error)
         && kring_store_fts_sync (conn, error);
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
fetch_one (KringStoreConn *conn, KringRecord *key, gboolean *ok, GError **error)
{
  const char *table = kring_record_get_table (key);
  g_autofree char *quoted = kring_sql_quote (table);
  g_autofree char *sql = NULL;
  g_autoptr (KringRecord) record = NULL;
  sqlite3_stmt *stmt;
  int rc;

  *ok = FALSE;
  if (kring_conn_get_columns (conn, table, error) == NULL)
    return NULL;
  sql = g_strdup_printf ("SELECT * FROM %s WHERE \"id\" = ?", quoted);
  if ((stmt = kring_conn_statement (conn, sql, error)) == NULL)
    return NULL;
  kring_sql_bind_text (stmt, 1, kring_record_get_id (key));
  rc = sqlite3_step (stmt);
  *ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
  if (rc == SQLITE_ROW)
    record = kring_sql_row_to_record (stmt, table);
  else if (!*ok)
    kring_sql_set_error (error, conn->db, rc);
  /* A cached statement left mid-result would keep its read open. */
  sqlite3_reset (stmt);
  return g_steal_pointer (&record);
}

static gboolean
get_many_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  GPtrArray *keys = data;
  g_autoptr (GPtrArray) records = g_ptr_array_new_full (keys->len, unref_nullable);

  for (guint i = 0; i < keys->len; i++)
    {
      gboolean ok;
      KringRecord *record = fetch_one (conn, keys->pdata[i], &ok, error);

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
