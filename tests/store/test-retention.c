/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-store-directory.h"
#include "kring-store-retention.h"
#include "kring-store-test.h"

/*
 * Retention on the example district: Huishouden Smit of Wijkteam Noord was
 * closed two months ago ("@today-2m"); every other household is open.
 */

#define SMIT "88da4be8-fdb8-5c55-a4f8-873dc3dbcc68"
#define NOORD "9bf8b45d-4b09-52d6-b575-4f9c581ccb0f"
#define OPEN_ONE "846d4210-1047-58a0-9bf0-d6359cdcaabb"

typedef KringTestStoreFixture Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_tear_down (f);
}

static void
set_retention (Fixture *f, gint64 months)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) team = kring_store_test_get (f->store, "teams", NOORD, &error);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  kring_record_set_int (team, "retention_months", months);
  g_ptr_array_add (records, g_steal_pointer (&team));
  g_assert_true (kring_store_test_save (f->store, records, &error));
  g_assert_no_error (error);
}

/* The candidates' ids joined by "|". */
static char *
candidates (Fixture *f)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) rows = NULL;
  g_autoptr (GString) ids = g_string_new (NULL);

  kring_store_retention_candidates_async (f->store, NOORD, NULL, kring_test_store_result,
                                          &result);
  rows = kring_store_retention_candidates_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      g_assert_nonnull (kring_record_get_string (row, "label"));
      g_assert_nonnull (kring_record_get_string (row, "closed_on"));
      g_string_append_printf (ids, "%s%s", i > 0 ? "|" : "", kring_record_get_id (row));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* @refused_id: where a refusal names the household, or NULL. */
static gboolean
purge_all (Fixture *f, const char * const *ids, char **refused_id, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_retention_purge_async (f->store, ids, "Anouk", NULL, kring_test_store_result,
                                     &result);
  return kring_store_retention_purge_finish (f->store, kring_test_await_borrowed (&result),
                                             refused_id, error);
}

static gboolean
purge (Fixture *f, const char *id, char **refused_id, GError **error)
{
  const char *ids[] = { id, NULL };

  return purge_all (f, ids, refused_id, error);
}

static void
test_candidates (Fixture *f, gconstpointer data)
{
  g_autofree char *one = NULL;
  g_autofree char *three = NULL;
  g_autofree char *forever = NULL;

  set_retention (f, 1);
  one = candidates (f);
  g_assert_cmpstr (one, ==, SMIT);
  set_retention (f, 3);
  three = candidates (f);
  g_assert_cmpstr (three, ==, "");
  /* 0 months keeps closed households forever. */
  set_retention (f, 0);
  forever = candidates (f);
  g_assert_cmpstr (forever, ==, "");
}

/* Rows of any table with a text value in @id_set; their own ids go into
 * @found when set. */
static guint
references (Fixture *f, GPtrArray *tables, GHashTable *id_set, GHashTable *found)
{
  guint n = 0;

  for (guint t = 0; t < tables->len; t++)
    {
      g_autoptr (GListModel) rows = kring_store_test_list (f->store, tables->pdata[t], NULL, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
          g_autoptr (GPtrArray) columns = kring_record_get_columns (row);

          for (guint c = 0; c < columns->len; c++)
            {
              const char *value = kring_record_get_string (row, columns->pdata[c]);

              if (value == NULL || !g_hash_table_contains (id_set, value)
                  || g_str_equal (columns->pdata[c], "id"))
                continue;
              n++;
              if (found != NULL)
                g_hash_table_add (found, g_strdup (kring_record_get_id (row)));
              else
                g_test_message ("%s.%s still names a purged row", (char *) tables->pdata[t],
                                (char *) columns->pdata[c]);
            }
        }
    }
  return n;
}

static guint
count (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_store_test_list (f->store, table, column, value);

  return g_list_model_get_n_items (rows);
}

/* Audit rows "delete" on households without a record id. */
static guint
purge_entries (Fixture *f)
{
  g_autoptr (GListModel) rows = kring_store_test_list (f->store, "audit_log", "action", "delete");
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      n += kring_record_get_string (row, "record_id") == NULL
           && g_strcmp0 (kring_record_get_string (row, "record_table"), "households") == 0
           && g_strcmp0 (kring_record_get_string (row, "actor"), "Anouk") == 0;
    }
  return n;
}

static void
add_traces (Fixture *f)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  kring_store_audit_async (f->store, "Marloes", "view", "households", SMIT, NULL,
                           kring_test_store_result, &result);
  g_assert_true (kring_store_audit_finish (f->store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
  kring_test_record_add (records, "tombstones", NULL, "record_table", "households",
                         "record_id", SMIT, "deleted_at", "2020-01-01T00:00:00Z", NULL);
  g_assert_true (kring_store_test_save (f->store, records, &error));
  g_assert_no_error (error);
}

static void
read_directory (Fixture *f)
{
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringDirectoryResult) answer = NULL;

  kring_store_directory_query_async (f->store, filter, NULL, kring_test_store_result, &result);
  answer = kring_store_directory_query_finish (f->store, kring_test_await_borrowed (&result),
                                               &error);
  g_assert_no_error (error);
}

static void
test_purge (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) tables = kring_test_store_tables (f->store);
  g_autoptr (GHashTable) id_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  set_retention (f, 1);
  add_traces (f);
  g_hash_table_add (id_set, g_strdup (SMIT));
  /* The household's rows, and the rows of those (assessment scores). */
  references (f, tables, id_set, id_set);
  references (f, tables, id_set, id_set);
  g_assert_cmpuint (g_hash_table_size (id_set), >, 20);
  g_assert_cmpuint (count (f, "audit_log", "record_id", SMIT), >=, 1);
  g_assert_cmpuint (purge_entries (f), ==, 0);

  /* As in the app, the sociale kaart was read first: a statement that job
   * stepped must not hold a lock into the purge ("table is locked"). */
  read_directory (f);
  g_assert_true (purge (f, SMIT, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, "households", "id", SMIT), ==, 0);
  g_assert_cmpuint (references (f, tables, id_set, NULL), ==, 0);
  g_assert_cmpuint (count (f, "audit_log", "record_id", SMIT), ==, 0);
  g_assert_cmpuint (count (f, "tombstones", "record_id", SMIT), ==, 0);
  g_assert_cmpuint (purge_entries (f), ==, 1);
  g_assert_cmpuint (count (f, "households", "id", OPEN_ONE), ==, 1);
}

static void
test_refuse (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) early = NULL;
  g_autofree char *refused = NULL;
  g_autofree char *refused_early = NULL;
  const char *both[] = { SMIT, OPEN_ONE, NULL };
  guint audit_rows;

  set_retention (f, 1);
  audit_rows = count (f, "audit_log", NULL, NULL);
  /* One open household among them: nothing is purged, Smit neither; the
   * refusal names the open one. */
  g_assert_false (purge_all (f, both, &refused, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID);
  g_assert_cmpstr (refused, ==, OPEN_ONE);
  /* Not yet past its period: refused too. */
  set_retention (f, 3);
  g_assert_false (purge (f, SMIT, &refused_early, &early));
  g_assert_error (early, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID);
  g_assert_cmpstr (refused_early, ==, SMIT);
  g_assert_cmpuint (count (f, "households", "id", OPEN_ONE), ==, 1);
  g_assert_cmpuint (count (f, "households", "id", SMIT), ==, 1);
  g_assert_cmpuint (count (f, "household_members", "household_id", OPEN_ONE), >, 0);
  g_assert_cmpuint (count (f, "audit_log", NULL, NULL), ==, audit_rows);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/retention/candidates", test_candidates);
  ADD ("/store/retention/purge", test_purge);
  ADD ("/store/retention/refuse", test_refuse);
#undef ADD
  return g_test_run ();
}
