/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-migrations.h"
#include "kring-store-private.h"

struct _KringStore
{
  GObject           parent_instance;
  char             *path;
  KringStoreWorker *worker;
};

G_DEFINE_FINAL_TYPE (KringStore, kring_store, G_TYPE_OBJECT)

enum { PROP_0, PROP_PATH, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef struct
{
  char     *path;
  KringKey *key;
  gboolean  create;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_free (data->path);
  kring_key_free (data->key);
  g_free (data);
}

int
kring_store_schema_version (void)
{
  guint n_steps = 0;

  kring_migrations_get (&n_steps);
  return (int) n_steps;
}

static void
kring_store_finalize (GObject *object)
{
  KringStore *self = KRING_STORE (object);

  /* The worker closes the connection (checkpoint, close) before it stops. */
  kring_store_worker_stop (self->worker);
  g_free (self->path);
  G_OBJECT_CLASS (kring_store_parent_class)->finalize (object);
}

static void
kring_store_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KringStore *self = KRING_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_store_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KringStore *self = KRING_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_store_class_init (KringStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kring_store_finalize;
  object_class->get_property = kring_store_get_property;
  object_class->set_property = kring_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kring_store_init (KringStore *self)
{
  self->worker = kring_store_worker_new ();
}

KringStore *
kring_store_new (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  return g_object_new (KRING_TYPE_STORE, "path", path, NULL);
}

const char *
kring_store_get_path (KringStore *self)
{
  g_return_val_if_fail (KRING_IS_STORE (self), NULL);
  return self->path;
}

gboolean
kring_store_is_open (KringStore *self)
{
  g_return_val_if_fail (KRING_IS_STORE (self), FALSE);
  return kring_store_worker_is_open (self->worker);
}

static void
push (KringStore          *self,
      gpointer             source_tag,
      GCancellable        *cancellable,
      GAsyncReadyCallback  callback,
      gpointer             user_data,
      KringStoreJobKind    kind,
      KringStoreJobFunc    func,
      gpointer             data,
      GDestroyNotify       data_free,
      GDestroyNotify       result_free)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  kring_store_worker_push (self->worker, task, kind, func, data, data_free, result_free);
}

static gboolean
propagate_boolean (KringStore *self, GAsyncResult *result, gpointer tag, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tag, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static gpointer
propagate_pointer (KringStore *self, GAsyncResult *result, gpointer tag, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tag, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
open_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  OpenData *open = data;

  return kring_conn_open (conn, open->path, open->key, open->create, error);
}

void
kring_store_open_async (KringStore          *self,
                        const KringKey      *key,
                        gboolean             create,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  OpenData *data;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (key != NULL);

  data = g_new0 (OpenData, 1);
  data->path = g_strdup (self->path);
  data->key = kring_key_copy (key);
  data->create = create;
  push (self, kring_store_open_async, cancellable, callback, user_data, KRING_STORE_JOB_PLAIN,
        open_job, data, (GDestroyNotify) open_data_free, NULL);
}

gboolean
kring_store_open_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_boolean (self, result, kring_store_open_async, error);
}

static gboolean
close_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  return kring_conn_close (conn, error);
}

void
kring_store_close_async (KringStore          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));

  push (self, kring_store_close_async, cancellable, callback, user_data, KRING_STORE_JOB_PLAIN,
        close_job, NULL, NULL, NULL);
}

gboolean
kring_store_close_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_boolean (self, result, kring_store_close_async, error);
}

GPtrArray *
kring_store_copy_records (GPtrArray *records)
{
  GPtrArray *copy = g_ptr_array_new_full (records != NULL ? records->len : 0, g_object_unref);

  /* The worker gets its own copies: a KringRecord is not thread-safe and the
   * caller may keep editing its records. */
  for (guint i = 0; records != NULL && i < records->len; i++)
    g_ptr_array_add (copy, kring_record_copy (records->pdata[i]));
  return copy;
}

char *
kring_store_today (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

void
kring_store_save_async (KringStore          *self,
                        GPtrArray           *records,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (records != NULL);

  push (self, kring_store_save_async, cancellable, callback, user_data, KRING_STORE_JOB_WRITE,
        kring_store_job_save, kring_store_copy_records (records), (GDestroyNotify) g_ptr_array_unref, NULL);
}

gboolean
kring_store_save_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_boolean (self, result, kring_store_save_async, error);
}

static KringStoreQuery *
query_new (const char *table, const char *id)
{
  KringStoreQuery *query = g_new0 (KringStoreQuery, 1);

  query->table = g_strdup (table);
  query->id = g_strdup (id);
  return query;
}

void
kring_store_delete_async (KringStore          *self,
                          const char          *table,
                          const char          *id,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (table != NULL && id != NULL);

  push (self, kring_store_delete_async, cancellable, callback, user_data, KRING_STORE_JOB_WRITE,
        kring_store_job_delete, query_new (table, id), (GDestroyNotify) kring_store_query_free,
        NULL);
}

gboolean
kring_store_delete_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_boolean (self, result, kring_store_delete_async, error);
}

void
kring_store_get_async (KringStore          *self,
                       const char          *table,
                       const char          *id,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (table != NULL && id != NULL);

  push (self, kring_store_get_async, cancellable, callback, user_data, KRING_STORE_JOB_READ,
        kring_store_job_get, query_new (table, id), (GDestroyNotify) kring_store_query_free,
        g_object_unref);
}

KringRecord *
kring_store_get_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_get_async, error);
}

void
kring_store_list_async (KringStore          *self,
                        const char          *table,
                        const char          *column,
                        const char          *value,
                        const char          *order_by,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  KringStoreQuery *query;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (table != NULL);

  query = query_new (table, NULL);
  query->column = g_strdup (column);
  query->value = g_strdup (value);
  query->order_by = g_strdup (order_by);
  push (self, kring_store_list_async, cancellable, callback, user_data, KRING_STORE_JOB_READ,
        kring_store_job_list, query, (GDestroyNotify) kring_store_query_free, g_object_unref);
}

GListModel *
kring_store_list_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_list_async, error);
}

void
kring_store_list_many_async (KringStore                *self,
                             const KringStoreListQuery *queries,
                             guint                      n_queries,
                             GCancellable              *cancellable,
                             GAsyncReadyCallback        callback,
                             gpointer                   user_data)
{
  GPtrArray *copies;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (queries != NULL || n_queries == 0);

  copies = g_ptr_array_new_with_free_func ((GDestroyNotify) kring_store_query_free);
  for (guint i = 0; i < n_queries; i++)
    {
      KringStoreQuery *query = query_new (queries[i].table, NULL);

      query->column = g_strdup (queries[i].column);
      query->value = g_strdup (queries[i].value);
      query->order_by = g_strdup (queries[i].order_by);
      g_ptr_array_add (copies, query);
    }
  push (self, kring_store_list_many_async, cancellable, callback, user_data,
        KRING_STORE_JOB_READ, kring_store_job_list_many, copies,
        (GDestroyNotify) g_ptr_array_unref, (GDestroyNotify) g_ptr_array_unref);
}

GPtrArray *
kring_store_list_many_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_list_many_async, error);
}

void
kring_store_count_async (KringStore          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));

  push (self, kring_store_count_async, cancellable, callback, user_data, KRING_STORE_JOB_READ,
        kring_store_job_count, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
}

GHashTable *
kring_store_count_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_count_async, error);
}

void
kring_store_search_async (KringStore          *self,
                          const char          *text,
                          guint                limit,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  KringStoreSearch *search;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (text != NULL);

  search = g_new0 (KringStoreSearch, 1);
  search->text = g_strdup (text);
  search->limit = limit;
  push (self, kring_store_search_async, cancellable, callback, user_data, KRING_STORE_JOB_READ,
        kring_store_job_search, search, (GDestroyNotify) kring_store_search_free, g_object_unref);
}

GListModel *
kring_store_search_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_search_async, error);
}

void
kring_store_audit_async (KringStore          *self,
                         const char          *actor,
                         const char          *action,
                         const char          *table,
                         const char          *record_id,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  KringStoreAudit *audit;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (action != NULL && table != NULL);

  audit = g_new0 (KringStoreAudit, 1);
  audit->actor = g_strdup (actor);
  audit->action = g_strdup (action);
  audit->table = g_strdup (table);
  audit->record_id = g_strdup (record_id);
  push (self, kring_store_audit_async, cancellable, callback, user_data, KRING_STORE_JOB_WRITE,
        kring_store_job_audit, audit, (GDestroyNotify) kring_store_audit_free, NULL);
}

gboolean
kring_store_audit_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_boolean (self, result, kring_store_audit_async, error);
}

/* Jobs defined in the store's other source files are queued through here. */
void
kring_store_push_job (KringStore          *self,
                      gpointer             source_tag,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data,
                      KringStoreJobKind    kind,
                      KringStoreJobFunc    func,
                      gpointer             data,
                      GDestroyNotify       data_free,
                      GDestroyNotify       result_free)
{
  g_return_if_fail (KRING_IS_STORE (self));
  push (self, source_tag, cancellable, callback, user_data, kind, func, data, data_free,
        result_free);
}
