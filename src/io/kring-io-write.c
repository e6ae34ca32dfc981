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
