/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-test-util.h"
#include "test-hsds-import-util.h"

void
import_fixture_set_up (ImportFixture *fixture, gconstpointer data)
{
  fixture->dir = kring_test_mkdtemp ();
  fixture->store = kring_test_store_create (fixture->dir, NULL);
}

void
import_fixture_tear_down (ImportFixture *fixture, gconstpointer data)
{
  kring_test_store_close (fixture->store);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, g_free);
}

char *
hsds_example_path (const char *name)
{
  const char *dir = g_getenv ("KRING_HSDS_DIR");

  g_assert_nonnull (dir);
  return g_build_filename (dir, "examples", name, NULL);
}

KringHsdsImport *
import_prepare (KringStore *store, const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KringHsdsImport) import = kring_hsds_import_new (store, file);
  g_autoptr (GAsyncResult) result = NULL;

  kring_hsds_import_prepare_async (import, NULL, kring_test_store_result, &result);
  if (!kring_hsds_import_prepare_finish (import, kring_test_await_borrowed (&result), error))
    return NULL;
  return g_steal_pointer (&import);
}

gboolean
import_commit (KringHsdsImport *import, GCancellable *cancellable, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kring_hsds_import_commit_async (import, cancellable, kring_test_store_result, &result);
  return kring_hsds_import_commit_finish (import, kring_test_await_borrowed (&result), error);
}

KringHsdsImport *
import_run (KringStore *store, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringHsdsImport) import = import_prepare (store, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  import_commit (import, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (kring_hsds_import_get_progress (import), ==, 1.0);
  return g_steal_pointer (&import);
}

KringRecord *
store_get (KringStore *store, const char *table, const char *id)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringRecord *record;

  kring_store_get_async (store, table, id, NULL, kring_test_store_result, &result);
  record = kring_store_get_finish (store, kring_test_await_borrowed (&result), &error);
  if (record == NULL)
    g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND);
  return record;
}

void
store_save (KringStore *store, KringRecord *record)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = g_ptr_array_new ();

  g_ptr_array_add (records, record);
  kring_store_save_async (store, records, NULL, kring_test_store_result, &result);
  kring_store_save_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
}

static void
hash_rows (KringStore *store, const char *table, GChecksum *checksum, guint *n_rows)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) rows = NULL;

  kring_store_list_async (store, table, NULL, NULL, "id", NULL, kring_test_store_result, &result);
  rows = kring_store_list_finish (store, kring_test_await_borrowed (&result), &error);
  if (rows == NULL)
    return;  /* not an entity table (no id): nothing an import writes */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (rows, i);
      g_autoptr (GPtrArray) columns = kring_record_get_columns (record);

      g_checksum_update (checksum, (const guchar *) kring_record_get_id (record), -1);
      for (guint c = 0; c < columns->len; c++)
        {
          g_autofree char *text = g_variant_print (kring_record_get_value (record, columns->pdata[c]),
                                                   FALSE);

          g_checksum_update (checksum, (const guchar *) columns->pdata[c], -1);
          g_checksum_update (checksum, (const guchar *) text, -1);
        }
      (*n_rows)++;
    }
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

char *
store_fingerprint (KringStore *store, guint *n_rows)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) counts = NULL;
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr (GPtrArray) tables = NULL;
  g_autoptr (GList) keys = NULL;

  kring_store_count_async (store, NULL, kring_test_store_result, &result);
  counts = kring_store_count_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  tables = g_ptr_array_new ();
  for (GList *l = keys = g_hash_table_get_keys (counts); l != NULL; l = l->next)
    g_ptr_array_add (tables, l->data);
  g_ptr_array_sort (tables, compare_strings);
  *n_rows = 0;
  for (guint i = 0; i < tables->len; i++)
    {
      g_checksum_update (checksum, (const guchar *) tables->pdata[i], -1);
      hash_rows (store, tables->pdata[i], checksum, n_rows);
    }
  return g_strdup (g_checksum_get_string (checksum));
}
