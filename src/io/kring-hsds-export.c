/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kring-demo.h"
#include "kring-hsds-export.h"
#include "kring-hsds-export-tree.h"
#include "kring-io-write.h"

/* Team data the export reads besides the HSDS tables: the rings. */
static const char * const team_tables[] = { "ring_placements", "teams" };

typedef struct
{
  GFile       *file;
  char       **organization_ids;
  GPtrArray   *names;   /* table names, in the order of the fetch */
  GHashTable  *tables;  /* table -> GListModel of KringRecord */
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->file);
  g_strfreev (data->organization_ids);
  g_clear_pointer (&data->names, g_ptr_array_unref);
  g_clear_pointer (&data->tables, g_hash_table_unref);
  g_free (data);
}

static GBytes *
build_document (ExportData *data)
{
  g_autoptr (KringHsdsTree) tree = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *text;

  tree = kring_hsds_tree_new (data->tables, (const char * const *) data->organization_ids);
  root = kring_hsds_tree_to_json (tree);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

/* Runs on a GTask worker thread: the records came from the store's worker and
 * are now used by this thread alone. */
static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr (GBytes) bytes = NULL;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  bytes = build_document (data);
  if (kring_io_write_atomic (data->file, bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
fetch_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ExportData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) models = kring_store_list_many_finish (KRING_STORE (source), result, &error);

  if (models == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  data->tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = 0; i < models->len; i++)
    g_hash_table_insert (data->tables, data->names->pdata[i], g_object_ref (models->pdata[i]));
  g_task_run_in_thread (task, export_thread);
}

static GPtrArray *
table_names (void)
{
  guint n_types;
  const KringHsdsType *const *types = kring_hsds_model_get_types (&n_types);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < n_types; i++)
    g_ptr_array_add (names, (gpointer) types[i]->table);
  for (guint i = 0; i < G_N_ELEMENTS (team_tables); i++)
    g_ptr_array_add (names, (gpointer) team_tables[i]);
  return names;
}

void
kring_hsds_export_async (KringStore          *store,
                         const char * const  *organization_ids,
                         GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autofree KringStoreListQuery *queries = NULL;
  ExportData *data;

  g_return_if_fail (KRING_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_hsds_export_async);
  data = g_new0 (ExportData, 1);
  data->file = g_object_ref (file);
  data->organization_ids = g_strdupv ((char **) organization_ids);
  data->names = table_names ();
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  queries = g_new0 (KringStoreListQuery, data->names->len);
  for (guint i = 0; i < data->names->len; i++)
    queries[i].table = data->names->pdata[i];
  /* One read transaction: the export is one consistent snapshot. */
  kring_store_list_many_async (store, queries, data->names->len, cancellable, fetch_done,
                               g_steal_pointer (&task));
}

gboolean
kring_hsds_export_finish (KringStore    *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (KRING_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_hsds_export_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
