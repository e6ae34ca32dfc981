/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-hsds-import.h"
#include "kring-hsds-model.h"
#include "test-hsds-export-util.h"

/* Export the example district, import the file into an empty database and
 * compare every directory table row by row (created_at/updated_at aside). */

static void
import_file (KringStore *store,
             const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KringHsdsImport) import = kring_hsds_import_new (store, file);
  g_autoptr (GAsyncResult) prepared = NULL;
  g_autoptr (GAsyncResult) committed = NULL;
  g_autoptr (GError) error = NULL;

  kring_hsds_import_prepare_async (import, NULL, kring_test_store_result, &prepared);
  kring_hsds_import_prepare_finish (import, kring_test_await (&prepared), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kring_hsds_import_count (import, KRING_IMPORT_ACTION_CONFLICT), ==, 0);
  kring_hsds_import_commit_async (import, NULL, kring_test_store_result, &committed);
  kring_hsds_import_commit_finish (import, kring_test_await (&committed), &error);
  g_assert_no_error (error);
}

static gboolean
is_bookkeeping (const char *column)
{
  return g_str_equal (column, "created_at") || g_str_equal (column, "updated_at");
}

static void
assert_same_record (KringRecord *mine,
                    KringRecord *theirs)
{
  g_autoptr (GPtrArray) columns = kring_record_get_columns (mine);

  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = columns->pdata[i];
      GVariant *a = kring_record_get_value (mine, column);
      GVariant *b = kring_record_get_value (theirs, column);
      g_autofree char *text_a = NULL;
      g_autofree char *text_b = NULL;

      if (is_bookkeeping (column))
        continue;
      text_a = g_variant_print (a, TRUE);
      text_b = b ? g_variant_print (b, TRUE) : g_strdup ("(absent)");
      if (b == NULL || !g_variant_equal (a, b))
        g_error ("%s %s, column %s: %s before, %s after the round trip",
                 kring_record_get_table (mine), kring_record_get_id (mine), column, text_a,
                 text_b);
    }
}

static GHashTable *
by_id (GListModel *rows)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      KringRecord *row = g_list_model_get_item (rows, i);

      g_hash_table_insert (ids, (gpointer) kring_record_get_id (row), row);
    }
  return ids;
}

/* The team's ring travels as an extra attribute; it is team data, not a
 * directory row of the source. */
static gboolean
is_extra_attribute (KringRecord *row)
{
  return g_strcmp0 (kring_record_get_table (row), "attributes") == 0
         && g_strcmp0 (kring_record_get_string (row, "link_type"),
                       KRING_HSDS_LINK_TYPE_RING) == 0;
}

/* Every row of @table in @mine is in @theirs with the same values; with
 * @both_ways, @theirs has nothing more. */
static guint
compare_table (KringStore *mine,
               KringStore *theirs,
               const char *table,
               gboolean    both_ways)
{
  g_autoptr (GListModel) before = export_test_list (mine, table);
  g_autoptr (GListModel) after = export_test_list (theirs, table);
  g_autoptr (GHashTable) after_ids = by_id (after);
  guint n_extra = 0;

  for (guint i = 0; i < g_list_model_get_n_items (before); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (before, i);
      KringRecord *imported = g_hash_table_lookup (after_ids, kring_record_get_id (row));

      if (imported == NULL)
        g_error ("%s %s is missing after the round trip", table, kring_record_get_id (row));
      assert_same_record (row, imported);
    }
  for (guint i = 0; i < g_list_model_get_n_items (after); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (after, i);

      n_extra += is_extra_attribute (row);
    }
  if (both_ways)
    g_assert_cmpuint (g_list_model_get_n_items (after) - n_extra, ==,
                      g_list_model_get_n_items (before));
  return g_list_model_get_n_items (before);
}

static void
test_round_trip (ExportFixture *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "sociale-kaart.json", NULL);
  g_autoptr (KringStore) empty = export_test_open_store (fixture->dir, "leeg.db");
  g_autoptr (GError) error = NULL;
  guint n_types, n_rows = 0;
  const KringHsdsType *const *types = kring_hsds_model_get_types (&n_types);

  export_test_load_demo (fixture->store);
  error = export_test_hsds (fixture->store, NULL, path, NULL);
  g_assert_no_error (error);
  import_file (empty, path);
  for (guint i = 0; i < n_types; i++)
    {
      const char *table = types[i]->table;

      /* The vocabularies hold terms no record uses; those have no place in
       * an organization_list, so only the imported ones are compared. */
      if (g_str_equal (table, "taxonomies") || g_str_equal (table, "taxonomy_terms"))
        n_rows += compare_table (empty, fixture->store, table, FALSE);
      else
        n_rows += compare_table (fixture->store, empty, table, TRUE);
    }
  g_assert_cmpuint (n_rows, >, 500);
  export_test_close_store (empty);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/io/hsds-export/round-trip", ExportFixture, NULL, export_fixture_set_up,
              test_round_trip, export_fixture_tear_down);
  return g_test_run ();
}
