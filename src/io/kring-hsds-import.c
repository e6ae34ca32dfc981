/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-demo.h"
#include "kring-hsds-import-private.h"

/*
 * The import runs in steps, each off the main thread: reading and checking
 * the source (a GTask thread), reading what the store holds of it (store
 * jobs), planning (a GTask thread); the commit is one store write job.
 * Progress: reading 0 … 0.7, the store 0.7 … 0.85, planning up to 1; the
 * commit goes from 0 to 1 again by records written.
 */

#define READ_SHARE 0.7
#define STORE_SHARE 0.85

struct _KringHsdsImport
{
  GObject          parent_instance;
  KringStore      *store;
  GFile           *file;
  KringHsdsParsed *parsed;
  GListStore      *items;
  GPtrArray       *stored;  /* parallel to parsed->records, while preparing */
  double           progress;
};

G_DEFINE_FINAL_TYPE (KringHsdsImport, kring_hsds_import, G_TYPE_OBJECT)

enum { PROP_0, PROP_PROGRESS, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef struct
{
  KringHsdsImport *self;
  double           progress;
} ProgressUpdate;

static void
set_progress (KringHsdsImport *self, double progress)
{
  progress = CLAMP (progress, 0.0, 1.0);
  if (G_APPROX_VALUE (self->progress, progress, 1e-9))
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static void
progress_update_free (ProgressUpdate *update)
{
  g_object_unref (update->self);
  g_free (update);
}

static gboolean
apply_progress (gpointer data)
{
  ProgressUpdate *update = data;

  set_progress (update->self, update->progress);
  return G_SOURCE_REMOVE;
}

/* Called on the reading thread; the property changes on the main context. */
static void
tick (double fraction, gpointer data)
{
  GTask *task = data;
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->self = g_object_ref (g_task_get_source_object (task));
  update->progress = fraction * READ_SHARE;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, apply_progress,
                              update, (GDestroyNotify) progress_update_free);
}

static void
kring_hsds_import_dispose (GObject *object)
{
  KringHsdsImport *self = KRING_HSDS_IMPORT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->items);
  g_clear_pointer (&self->stored, g_ptr_array_unref);
  G_OBJECT_CLASS (kring_hsds_import_parent_class)->dispose (object);
}

static void
kring_hsds_import_finalize (GObject *object)
{
  KringHsdsImport *self = KRING_HSDS_IMPORT (object);

  g_clear_pointer (&self->parsed, kring_hsds_parsed_free);
  G_OBJECT_CLASS (kring_hsds_import_parent_class)->finalize (object);
}

static void
kring_hsds_import_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KringHsdsImport *self = KRING_HSDS_IMPORT (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_hsds_import_class_init (KringHsdsImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kring_hsds_import_dispose;
  object_class->finalize = kring_hsds_import_finalize;
  object_class->get_property = kring_hsds_import_get_property;

  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kring_hsds_import_init (KringHsdsImport *self)
{
  self->items = g_list_store_new (KRING_TYPE_IMPORT_ITEM);
}

KringHsdsImport *
kring_hsds_import_new (KringStore *store, GFile *file)
{
  KringHsdsImport *self;

  g_return_val_if_fail (KRING_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (KRING_TYPE_HSDS_IMPORT, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  return self;
}

double
kring_hsds_import_get_progress (KringHsdsImport *self)
{
  g_return_val_if_fail (KRING_IS_HSDS_IMPORT (self), 0.0);
  return self->progress;
}

GListModel *
kring_hsds_import_get_items (KringHsdsImport *self)
{
  g_return_val_if_fail (KRING_IS_HSDS_IMPORT (self), NULL);
  return G_LIST_MODEL (self->items);
}

guint
kring_hsds_import_count (KringHsdsImport *self, KringImportAction action)
{
  guint n = 0;

  g_return_val_if_fail (KRING_IS_HSDS_IMPORT (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr (KringImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      n += kring_import_item_get_action (item) == action;
    }
  return n;
}

/* --- prepare --- */

static gboolean
is_tabular_source (GFile *file, GCancellable *cancellable)
{
  g_autofree char *name = g_file_get_basename (file);

  return g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable)
           == G_FILE_TYPE_DIRECTORY
         || g_str_has_suffix (name, ".csv") || g_str_equal (name, "datapackage.json");
}

static void
read_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  GFile *file = data;
  GError *error = NULL;
  KringHsdsParsed *parsed;

  if (is_tabular_source (file, cancellable))
    parsed = kring_hsds_csv_parse (file, cancellable, tick, task, &error);
  else
    parsed = kring_hsds_json_parse (file, cancellable, tick, task, &error);
  if (parsed == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, parsed, (GDestroyNotify) kring_hsds_parsed_free);
}

static void
plan_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  KringHsdsImport *self = source;
  GListModel *states = data;

  g_task_return_pointer (task, kring_hsds_plan (self->parsed, self->stored, states),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
planned (GObject *object, GAsyncResult *result, gpointer data)
{
  KringHsdsImport *self = KRING_HSDS_IMPORT (object);
  g_autoptr (GTask) task = data;
  GError *error = NULL;
  g_autoptr (GPtrArray) items = g_task_propagate_pointer (G_TASK (result), &error);

  g_clear_pointer (&self->stored, g_ptr_array_unref);
  if (items == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  set_progress (self, 1.0);
  g_task_return_boolean (task, TRUE);
}

static void
states_read (GObject *object, GAsyncResult *result, gpointer data)
{
  g_autoptr (GTask) task = data;
  KringHsdsImport *self = g_task_get_source_object (task);
  GError *error = NULL;
  g_autoptr (GListModel) states = kring_store_list_finish (KRING_STORE (object), result, &error);
  g_autoptr (GTask) plan = NULL;

  if (states == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  set_progress (self, STORE_SHARE);
  plan = g_task_new (self, g_task_get_cancellable (task), planned, g_object_ref (task));
  g_task_set_task_data (plan, g_steal_pointer (&states), g_object_unref);
  g_task_run_in_thread (plan, plan_thread);
}

static void
stored_read (GObject *object, GAsyncResult *result, gpointer data)
{
  g_autoptr (GTask) task = data;
  KringHsdsImport *self = g_task_get_source_object (task);
  GError *error = NULL;
  GPtrArray *stored = kring_store_get_many_finish (KRING_STORE (object), result, &error);
  GCancellable *cancellable;

  if (stored == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  self->stored = stored;
  cancellable = g_task_get_cancellable (task);
  kring_store_list_async (self->store, "import_state", NULL, NULL, NULL, cancellable, states_read,
                          g_steal_pointer (&task));
}

static void
source_read (GObject *object, GAsyncResult *result, gpointer data)
{
  KringHsdsImport *self = KRING_HSDS_IMPORT (object);
  g_autoptr (GTask) task = data;
  GError *error = NULL;
  KringHsdsParsed *parsed = g_task_propagate_pointer (G_TASK (result), &error);
  GCancellable *cancellable;

  if (parsed == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_clear_pointer (&self->parsed, kring_hsds_parsed_free);
  self->parsed = parsed;
  set_progress (self, READ_SHARE);
  cancellable = g_task_get_cancellable (task);
  kring_store_get_many_async (self->store, parsed->records, cancellable, stored_read,
                              g_steal_pointer (&task));
}

void
kring_hsds_import_prepare_async (KringHsdsImport     *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GTask) read = NULL;

  g_return_if_fail (KRING_IS_HSDS_IMPORT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_hsds_import_prepare_async);
  g_list_store_remove_all (self->items);
  set_progress (self, 0.0);
  read = g_task_new (self, cancellable, source_read, g_steal_pointer (&task));
  g_task_set_task_data (read, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (read, read_thread);
}

gboolean
kring_hsds_import_prepare_finish (KringHsdsImport *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_hsds_import_prepare_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- commit --- */

static void
commit_progress (guint done, guint total, gpointer data)
{
  set_progress (KRING_HSDS_IMPORT (data), total == 0 ? 1.0 : (double) done / total);
}

static void
committed (GObject *object, GAsyncResult *result, gpointer data)
{
  g_autoptr (GTask) task = data;
  GError *error = NULL;

  if (!kring_store_import_finish (KRING_STORE (object), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  set_progress (g_task_get_source_object (task), 1.0);
  g_task_return_boolean (task, TRUE);
}

void
kring_hsds_import_commit_async (KringHsdsImport     *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GPtrArray) records = NULL;

  g_return_if_fail (KRING_IS_HSDS_IMPORT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_hsds_import_commit_async);
  /* Once the store has written, the import happened, cancelled or not. */
  g_task_set_check_cancellable (task, FALSE);
  if (self->parsed == NULL)
    {
      g_task_return_new_error (task, KRING_IO_ERROR, KRING_IO_ERROR_FAILED,
                               _("There is nothing to import yet."));
      return;
    }
  set_progress (self, 0.0);
  records = kring_hsds_plan_records (self->parsed, G_LIST_MODEL (self->items));
  /* The task holds the records until the store is done with them. */
  g_task_set_task_data (task, g_ptr_array_ref (records), (GDestroyNotify) g_ptr_array_unref);
  kring_store_import_async (self->store, records, cancellable, commit_progress, self, committed,
                            g_steal_pointer (&task));
}

gboolean
kring_hsds_import_commit_finish (KringHsdsImport *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_hsds_import_commit_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
