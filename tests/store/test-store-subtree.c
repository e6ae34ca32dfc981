/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-demo.h"
#include "kring-store-test.h"

/*
 * Deleting an organisation of the example district with everything that
 * belongs to it, and restoring all of it from what the delete returned.
 */

/* "Welzijn Marendal": services, locations, contacts, phones, ring placements. */
#define ORG_ID "0a5cf330-1af6-5eff-9509-f8a763ffd8eb"

/* Every entity table except the bookkeeping ones (tombstones, audit_log). */
static const char *const tables[] = {
  "organizations", "programs", "organization_identifiers", "services", "locations",
  "addresses", "accessibilities", "service_at_locations", "contacts", "phones", "schedules",
  "service_areas", "languages", "cost_options", "required_documents", "fundings", "taxonomies",
  "taxonomy_terms", "attributes", "metadata", "meta_table_descriptions", "neighbourhoods",
  "neighbourhood_figures", "glossary_terms", "teams", "team_members", "ring_placements",
  "relationships", "map_snapshots", "households", "household_status_changes",
  "household_members", "network_persons", "household_professionals", "consents",
  "assessments", "assessment_scores", "goals", "actions", "evaluations", "deviations",
  "journal_notes",
};

typedef KringTestStoreFixture Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_set_up (f, NULL);
  kring_test_load_demo (f->store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_tear_down (f);
}

/* table -> (id -> KringRecord) of the whole database. */
static GHashTable *
snapshot (KringStore *store)
{
  GHashTable *all = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) g_hash_table_unref);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr (GListModel) rows = kring_store_test_list (store, tables[i], NULL, NULL);
      GHashTable *by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

      for (guint j = 0; j < g_list_model_get_n_items (rows); j++)
        {
          KringRecord *record = g_list_model_get_item (rows, j);

          g_hash_table_insert (by_id, (gpointer) kring_record_get_id (record), record);
        }
      g_hash_table_insert (all, (gpointer) tables[i], by_id);
    }
  return all;
}

static void
assert_same_row (KringRecord *a, KringRecord *b)
{
  g_autoptr (GPtrArray) columns_a = kring_record_get_columns (a);
  g_autoptr (GPtrArray) columns_b = kring_record_get_columns (b);

  g_assert_cmpuint (columns_a->len, ==, columns_b->len);
  for (guint i = 0; i < columns_a->len; i++)
    {
      const char *column = columns_a->pdata[i];
      g_autofree char *va = NULL;
      g_autofree char *vb = NULL;

      if (g_str_equal (column, "updated_at"))
        continue;
      va = g_variant_print (kring_record_get_value (a, column), FALSE);
      vb = g_variant_print (kring_record_get_value (b, column), FALSE);
      if (g_strcmp0 (va, vb) != 0)
        g_error ("%s %s.%s: %s became %s", kring_record_get_table (a), kring_record_get_id (a),
                 column, va, vb);
    }
}

static void
assert_same_database (GHashTable *before, GHashTable *after)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      GHashTable *rows_before = g_hash_table_lookup (before, tables[i]);
      GHashTable *rows_after = g_hash_table_lookup (after, tables[i]);
      GHashTableIter iter;
      gpointer id, record;

      g_assert_cmpuint (g_hash_table_size (rows_before), ==, g_hash_table_size (rows_after));
      g_hash_table_iter_init (&iter, rows_before);
      while (g_hash_table_iter_next (&iter, &id, &record))
        {
          KringRecord *restored = g_hash_table_lookup (rows_after, id);

          if (restored == NULL)
            g_error ("%s %s was not restored", tables[i], (const char *) id);
          assert_same_row (record, restored);
        }
    }
}

static GPtrArray *
delete_subtree (Fixture *f, const char *table, const char *id, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_delete_subtree_async (f->store, table, id, NULL, kring_test_store_result,
                                    &pending);
  result = kring_test_await (&pending);
  return kring_store_delete_subtree_finish (f->store, result, error);
}

static guint
count (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_store_test_list (f->store, table, column, value);

  return g_list_model_get_n_items (rows);
}

static gboolean
has_tombstone (Fixture *f, const char *id)
{
  return count (f, "tombstones", "record_id", id) == 1;
}

/* The ids of @table rows whose @column is the organisation. */
static GPtrArray *
children_of (GHashTable *all, const char *table, const char *column)
{
  GPtrArray *ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer id, record;

  g_hash_table_iter_init (&iter, g_hash_table_lookup (all, table));
  while (g_hash_table_iter_next (&iter, &id, &record))
    if (g_strcmp0 (kring_record_get_string (record, column), ORG_ID) == 0)
      g_ptr_array_add (ids, id);
  return ids;
}

static void
assert_children_gone (Fixture *f, GHashTable *before, const char *table)
{
  g_autoptr (GPtrArray) ids = children_of (before, table, "organization_id");

  g_assert_cmpuint (ids->len, >, 0);
  g_assert_cmpuint (count (f, table, "organization_id", ORG_ID), ==, 0);
  for (guint i = 0; i < ids->len; i++)
    g_assert_true (has_tombstone (f, ids->pdata[i]));
}

static void
test_delete_and_restore (Fixture *f, gconstpointer data)
{
  g_autoptr (GHashTable) before = snapshot (f->store);
  g_autoptr (GHashTable) after = NULL;
  g_autoptr (GPtrArray) removed = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (count (f, "ring_placements", "organization_id", ORG_ID), >, 0);
  removed = delete_subtree (f, "organizations", ORG_ID, &error);
  g_assert_no_error (error);
  g_assert_nonnull (removed);
  /* Parents first: the organisation itself leads. */
  g_assert_cmpstr (kring_record_get_id (removed->pdata[0]), ==, ORG_ID);
  g_assert_cmpuint (count (f, "organizations", "id", ORG_ID), ==, 0);
  g_assert_true (has_tombstone (f, ORG_ID));
  assert_children_gone (f, before, "services");
  assert_children_gone (f, before, "locations");
  assert_children_gone (f, before, "contacts");
  g_assert_cmpuint (count (f, "ring_placements", "organization_id", ORG_ID), ==, 0);
  g_assert_cmpuint (count (f, "attributes", "link_id", ORG_ID), ==, 0);

  g_assert_true (kring_store_test_save (f->store, removed, &error));
  g_assert_no_error (error);
  after = snapshot (f->store);
  assert_same_database (before, after);
  for (guint i = 0; i < removed->len; i++)
    g_assert_false (has_tombstone (f, kring_record_get_id (removed->pdata[i])));
}

static void
test_delete_missing (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) removed = NULL;
  g_autoptr (GError) error = NULL;

  removed = delete_subtree (f, "organizations", "no-such-id", &error);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND);
  g_assert_null (removed);
  g_clear_error (&error);
  /* A failed delete leaves no snapshot machinery behind: the next one works. */
  removed = delete_subtree (f, "organizations", ORG_ID, &error);
  g_assert_no_error (error);
  g_assert_nonnull (removed);
}

static void
test_save_and_delete (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) save = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) remove = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GListModel) attributes = kring_store_test_list (f->store, "attributes",
                                                             "link_id", ORG_ID);
  g_autoptr (KringRecord) first = g_list_model_get_item (attributes, 0);
  g_autoptr (KringRecord) org = kring_record_new_with_id ("organizations", ORG_ID);
  g_autoptr (KringRecord) stored = NULL;
  g_autoptr (KringRecord) bad = kring_record_new ("services");
  g_autoptr (GError) error = NULL;
  guint n = g_list_model_get_n_items (attributes);
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  g_assert_cmpuint (n, >, 0);
  kring_record_set_string (org, "name", "Welzijn Marendal en omstreken");
  g_ptr_array_add (save, g_object_ref (org));
  g_ptr_array_add (remove, g_object_ref (first));
  kring_store_save_and_delete_async (f->store, save, remove, NULL, kring_test_store_result,
                                     &pending);
  result = kring_test_await (&pending);
  g_assert_true (kring_store_save_and_delete_finish (f->store, result, &error));
  g_assert_no_error (error);
  stored = kring_store_test_get (f->store, "organizations", ORG_ID, &error);
  g_assert_cmpstr (kring_record_get_string (stored, "name"), ==, "Welzijn Marendal en omstreken");
  g_assert_cmpuint (count (f, "attributes", "link_id", ORG_ID), ==, n - 1);

  /* A failing record (no name) rolls the whole edit back. */
  g_clear_object (&result);
  kring_record_set_string (org, "name", "Niet opgeslagen");
  g_ptr_array_add (save, g_object_ref (bad));
  g_ptr_array_set_size (remove, 0);
  kring_store_save_and_delete_async (f->store, save, remove, NULL, kring_test_store_result,
                                     &pending);
  result = kring_test_await (&pending);
  g_assert_false (kring_store_save_and_delete_finish (f->store, result, &error));
  g_assert_nonnull (error);
  g_clear_object (&stored);
  stored = kring_store_test_get (f->store, "organizations", ORG_ID, NULL);
  g_assert_cmpstr (kring_record_get_string (stored, "name"), ==, "Welzijn Marendal en omstreken");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/subtree/delete-and-restore", Fixture, NULL, fixture_set_up,
              test_delete_and_restore, fixture_tear_down);
  g_test_add ("/store/subtree/delete-missing", Fixture, NULL, fixture_set_up,
              test_delete_missing, fixture_tear_down);
  g_test_add ("/store/subtree/save-and-delete", Fixture, NULL, fixture_set_up,
              test_save_and_delete, fixture_tear_down);
  return g_test_run ();
}
