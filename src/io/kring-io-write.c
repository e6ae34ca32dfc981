/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kring-demo.h"
#include "kring-io-write.h"

/* Exports may hold names and phone numbers of people: only the user reads them
 * until they decide to share the file. */
#define EXPORT_FILE_MODE 0600

static void
set_write_error (GError    **error,
                 GFile      *file,
                 const char *reason)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_FAILED,
               _("Could not write “%s”: %s"), name, reason);
}

gboolean
kring_io_write_atomic (GFile         *file,
                       GBytes        *bytes,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *path = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  path = g_file_get_path (file);
  /* CONSISTENT: a temporary file beside the target, fsync, then rename, so
   * readers see the old file or the new one, never half of one. */
  if (path != NULL)
    {
      if (!g_file_set_contents_full (path, data, (gssize) size, G_FILE_SET_CONTENTS_CONSISTENT,
                                     EXPORT_FILE_MODE, &local_error))
        {
          set_write_error (error, file, local_error->message);
          return FALSE;
        }
      return TRUE;
    }
  if (!g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL,
                                cancellable, &local_error))
    {
      set_write_error (error, file, local_error->message);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (kring_io_write_atomic (data->file, data->bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
kring_io_write_async (gpointer             source_object,
                      gpointer             source_tag,
                      GFile               *file,
                      GBytes              *bytes,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr (GTask) task = g_task_new (source_object, cancellable, callback, user_data);
  WriteData *data = g_new0 (WriteData, 1);

  data->file = g_object_ref (file);
  data->bytes = g_bytes_ref (bytes);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

typedef struct
{
  GPtrArray *models;   /* GListModel or NULL, one per query */
  guint      pending;
  GError    *error;    /* the first failure */
} FetchData;

/* A failed query leaves its slot NULL. */
static void
unref_model (gpointer model)
{
  if (model != NULL)
    g_object_unref (model);
}

static void
fetch_data_free (FetchData *data)
{
  g_ptr_array_unref (data->models);
  g_clear_error (&data->error);
  g_free (data);
}

typedef struct
{
  GTask *task;
  guint  index;
} FetchPart;

static void
fetch_finish (GTask *task)
{
  FetchData *data = g_task_get_task_data (task);

  if (data->error != NULL)
    g_task_return_error (task, g_steal_pointer (&data->error));
  else
    g_task_return_pointer (task, g_ptr_array_ref (data->models),
                           (GDestroyNotify) g_ptr_array_unref);
}

static void
fetch_part_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  FetchPart *part = user_data;
  g_autoptr (GTask) task = part->task;
  FetchData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  GListModel *model = kring_store_list_finish (KRING_STORE (source), result, &error);

  if (model != NULL)
    g_ptr_array_index (data->models, part->index) = model;
  else if (data->error == NULL)
    data->error = g_steal_pointer (&error);
  g_free (part);
  if (--data->pending == 0)
    fetch_finish (task);
}

void
kring_io_fetch_async (KringStore            *store,
                      const KringFetchQuery *queries,
                      guint                  n_queries,
                      GCancellable          *cancellable,
                      GAsyncReadyCallback    callback,
                      gpointer               user_data)
{
  g_autoptr (GTask) task = NULL;
  FetchData *data;

  g_return_if_fail (KRING_IS_STORE (store));
  g_return_if_fail (queries != NULL || n_queries == 0);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_io_fetch_async);
  data = g_new0 (FetchData, 1);
  data->models = g_ptr_array_new_full (n_queries, unref_model);
  g_ptr_array_set_size (data->models, n_queries);
  data->pending = n_queries;
  g_task_set_task_data (task, data, (GDestroyNotify) fetch_data_free);
  if (n_queries == 0)
    {
      fetch_finish (task);
      return;
    }
  for (guint i = 0; i < n_queries; i++)
    {
      FetchPart *part = g_new0 (FetchPart, 1);

      part->task = g_object_ref (task);
      part->index = i;
      kring_store_list_async (store, queries[i].table, queries[i].column, queries[i].value, NULL,
                              cancellable, fetch_part_done, part);
    }
}

GPtrArray *
kring_io_fetch_finish (KringStore    *store,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_io_fetch_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
