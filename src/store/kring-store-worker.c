/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-store-private.h"

struct _KringStoreWorker
{
  GAsyncQueue *queue;   /* of KringStoreJob */
  GThread     *thread;
  gint         open;    /* atomic: whether the connection is open */
};

typedef struct
{
  GTask             *task;  /* NULL asks the thread to stop */
  KringStoreJobKind  kind;
  KringStoreJobFunc  func;
  gpointer           data;
  GDestroyNotify     data_free;
  GDestroyNotify     result_free;
} KringStoreJob;

static void
job_free (KringStoreJob *job)
{
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  g_clear_object (&job->task);
  g_free (job);
}

static void
worker_clear (gpointer data)
{
  KringStoreWorker *worker = data;

  g_async_queue_unref (worker->queue);
}

static gboolean
run_in_transaction (KringStoreConn *conn, KringStoreJob *job, gpointer *result, GError **error)
{
  const char *begin = job->kind == KRING_STORE_JOB_WRITE ? "BEGIN IMMEDIATE" : "BEGIN";

  gboolean ok;

  if (!kring_sql_exec (conn->db, begin, error))
    return FALSE;
  ok = job->func (conn, job->data, result, error);
  kring_conn_reset_statements (conn);
  if (ok && kring_sql_exec (conn->db, "COMMIT", error))
    return TRUE;
  sqlite3_exec (conn->db, "ROLLBACK", NULL, NULL, NULL);
  if (*result != NULL)
    g_clear_pointer (result, job->result_free);
  return FALSE;
}

static gboolean
run_job (KringStoreConn *conn, KringStoreJob *job, gpointer *result, GError **error)
{
  if (job->kind == KRING_STORE_JOB_PLAIN)
    return job->func (conn, job->data, result, error);
  if (conn->db == NULL)
    {
      g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_CLOSED,
                           _("The data is locked. Unlock it first."));
      return FALSE;
    }
  return run_in_transaction (conn, job, result, error);
}

static void
complete_job (KringStoreWorker *worker, KringStoreConn *conn, KringStoreJob *job)
{
  g_autoptr (GError) error = NULL;
  gpointer result = NULL;
  gboolean ok;

  if (job->kind == KRING_STORE_JOB_READ && g_task_return_error_if_cancelled (job->task))
    return;
  ok = run_job (conn, job, &result, &error);
  g_atomic_int_set (&worker->open, conn->db != NULL);
  /* Free the job's data (it may hold a key) before anyone sees the result. */
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  if (!ok)
    g_task_return_error (job->task, g_steal_pointer (&error));
  else if (job->result_free != NULL)
    g_task_return_pointer (job->task, result, job->result_free);
  else
    g_task_return_boolean (job->task, TRUE);
}

static gpointer
worker_main (gpointer data)
{
  KringStoreWorker *worker = data;
  KringStoreConn conn = { 0 };

  for (;;)
    {
      KringStoreJob *job = g_async_queue_pop (worker->queue);
      gboolean stop = job->task == NULL;

      if (!stop)
        complete_job (worker, &conn, job);
      job_free (job);
      if (stop)
        break;
    }
  kring_conn_close (&conn, NULL);
  g_atomic_rc_box_release_full (worker, worker_clear);
  return NULL;
}

KringStoreWorker *
kring_store_worker_new (void)
{
  KringStoreWorker *worker = g_atomic_rc_box_new0 (KringStoreWorker);

  worker->queue = g_async_queue_new ();
  worker->thread = g_thread_new ("kring-store", worker_main, g_atomic_rc_box_acquire (worker));
  return worker;
}

void
kring_store_worker_stop (KringStoreWorker *worker)
{
  GThread *thread = worker->thread;

  g_async_queue_push (worker->queue, g_new0 (KringStoreJob, 1));
  /* The last reference to the store can be dropped on the worker itself, when
   * it finishes a job; it cannot wait for itself, so it just lets go. */
  if (thread == g_thread_self ())
    g_thread_unref (thread);
  else
    g_thread_join (thread);
  g_atomic_rc_box_release_full (worker, worker_clear);
}

gboolean
kring_store_worker_is_open (KringStoreWorker *worker)
{
  return g_atomic_int_get (&worker->open);
}

void
kring_store_worker_push (KringStoreWorker  *worker,
                         GTask             *task,
                         KringStoreJobKind  kind,
                         KringStoreJobFunc  func,
                         gpointer           data,
                         GDestroyNotify     data_free,
                         GDestroyNotify     result_free)
{
  KringStoreJob *job = g_new0 (KringStoreJob, 1);

  /* Writes are never dropped, so their result must not turn into
   * "cancelled" either: the caller learns what really happened. */
  if (kind != KRING_STORE_JOB_READ)
    g_task_set_check_cancellable (task, FALSE);
  job->task = task;
  job->kind = kind;
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;
  g_async_queue_push (worker->queue, job);
}
