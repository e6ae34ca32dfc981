/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-store-test.h"

typedef KringTestStoreFixture Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_set_up (f, NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_tear_down (f);
}

static void
save (Fixture *f, GPtrArray *records)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (kring_store_test_save (f->store, records, &error));
  g_assert_no_error (error);
}

static guint
count_rows (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) model = kring_store_test_list (f->store, table, column, value);

  return g_list_model_get_n_items (model);
}

static void
test_delete_shared_leaves_tombstone (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *org = kring_test_record_add (records, "organizations", NULL, "name", "Buurthuis De Linde", NULL);
  KringRecord *service = kring_test_record_add (records, "services", NULL, "name", "Inloopspreekuur",
                                     "organization_id", kring_record_get_id (org), NULL);
  g_autoptr (GError) error = NULL;

  save (f, records);
  g_assert_true (kring_store_test_delete (f->store, "organizations", kring_record_get_id (org),
                                          &error));
  g_assert_no_error (error);
  /* The organisation and the service that went with it both leave a tombstone. */
  g_assert_cmpuint (count_rows (f, "tombstones", "record_id", kring_record_get_id (org)), ==, 1);
  g_assert_cmpuint (count_rows (f, "tombstones", "record_id", kring_record_get_id (service)), ==, 1);
  g_assert_cmpuint (count_rows (f, "services", NULL, NULL), ==, 0);

  g_assert_false (kring_store_test_delete (f->store, "organizations", kring_record_get_id (org),
                                           &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND);

  /* Undo: saving the record again removes its tombstone. */
  save (f, records);
  g_assert_cmpuint (count_rows (f, "tombstones", "record_id", kring_record_get_id (org)), ==, 0);
}

static void
test_delete_household_cascades (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *team = kring_test_record_add (records, "teams", NULL, "name", "Wijkteam Noord", NULL);
  KringRecord *household = kring_test_record_add (records, "households", NULL, "label", "Familie A",
                                       "team_id", kring_record_get_id (team), NULL);
  const char *household_id = kring_record_get_id (household);
  g_autoptr (GError) error = NULL;

  kring_test_record_add (records, "household_members", NULL, "household_id", household_id, "role", "main", NULL);
  kring_test_record_add (records, "goals", NULL, "household_id", household_id, "description", "Schulden op orde",
              NULL);
  kring_test_record_add (records, "journal_notes", NULL, "household_id", household_id,
              "written_on", "2024-05-01", "text", "Huisbezoek", NULL);
  save (f, records);

  /* Saving the household again updates it in place; its children stay. */
  kring_record_set_string (household, "status", "plan");
  save (f, records);
  g_assert_cmpuint (count_rows (f, "household_members", "household_id", household_id), ==, 1);

  g_assert_true (kring_store_test_delete (f->store, "households", household_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (f, "household_members", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_rows (f, "goals", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_rows (f, "journal_notes", NULL, NULL), ==, 0);
  /* Households are not shared: no tombstone. */
  g_assert_cmpuint (count_rows (f, "tombstones", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_rows (f, "teams", NULL, NULL), ==, 1);
}

static KringRecord *
search_first (Fixture *f, const char *text, guint expected)
{
  g_autoptr (GListModel) hits = kring_store_test_search (f->store, text);

  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, expected);
  return expected > 0 ? g_list_model_get_item (hits, 0) : NULL;
}

static void
test_search_prefix (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *org = kring_test_record_add (records, "organizations", NULL, "name", "Stichting Welzijn Noord", NULL);
  KringRecord *service = kring_test_record_add (records, "services", NULL, "name", "Taalmaatje",
                                     "organization_id", kring_record_get_id (org),
                                     "description", "Vrijwilligers helpen bij huiswerkbegeleiding "
                                     "en taalles.", NULL);
  g_autoptr (KringRecord) hit = NULL;
  g_autoptr (KringRecord) taal = NULL;

  save (f, records);
  hit = search_first (f, "huiswerk", 1);
  g_assert_cmpstr (kring_record_get_id (hit), ==, kring_record_get_id (service));
  g_assert_cmpstr (kring_record_get_table (hit), ==, "services");
  g_assert_cmpstr (kring_record_get_string (hit, "name"), ==, "Taalmaatje");

  /* Title matches rank first; case and FTS syntax in the input do not matter. */
  taal = search_first (f, "  \"TAAL*\" -( ", 1);
  g_assert_cmpstr (kring_record_get_id (taal), ==, kring_record_get_id (service));
  g_clear_object (&taal);
  taal = search_first (f, "welzijn", 2);
  g_assert_cmpstr (kring_record_get_table (taal), ==, "organizations");
  search_first (f, "-:*()\"", 0);
  search_first (f, "onbekendwoord", 0);
}

static void
test_invalid_names (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  GAsyncResult *pending = NULL;
  g_autoptr (GListModel) model = NULL;

  kring_test_record_add (records, "no_such_table", NULL, "name", "x", NULL);
  g_assert_false (kring_store_test_save (f->store, records, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no_such_table"));
  g_clear_error (&error);

  kring_test_record_add (columns, "organizations", NULL, "name", "Org", "no_such_column", "x", NULL);
  g_assert_false (kring_store_test_save (f->store, columns, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no_such_column"));
  g_assert_nonnull (strstr (error->message, "organizations"));
  g_clear_error (&error);

  kring_store_list_async (f->store, "organizations", NULL, NULL, "name; DROP TABLE teams", NULL,
                          kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  model = kring_store_list_finish (f->store, result, &error);
  g_assert_null (model);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (kring_store_test_delete (f->store, "directory_fts", "x", &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID);
}

static void
test_list_count_audit (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GListModel) sorted = NULL;
  g_autoptr (KringRecord) first = NULL;
  g_autoptr (GHashTable) counts = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult *pending = NULL;

  kring_test_record_add (records, "glossary_terms", NULL, "term", "Wmo", "definition", "Wet maatschappelijke "
              "ondersteuning", NULL);
  kring_test_record_add (records, "glossary_terms", NULL, "term", "AMW", "definition", "Algemeen maatschappelijk "
              "werk", NULL);
  save (f, records);

  kring_store_list_async (f->store, "glossary_terms", NULL, NULL, "term", NULL,
                          kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  sorted = kring_store_list_finish (f->store, result, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (sorted, 0);
  g_assert_cmpstr (kring_record_get_string (first, "term"), ==, "AMW");
  g_assert_cmpuint (count_rows (f, "glossary_terms", "term", "Wmo"), ==, 1);
  g_clear_object (&result);

  kring_store_audit_async (f->store, "tester", "view", "glossary_terms",
                           kring_record_get_id (first), NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  g_assert_true (kring_store_audit_finish (f->store, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  kring_store_audit_async (f->store, "tester", "peek", "glossary_terms", NULL, NULL,
                           kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  g_assert_false (kring_store_audit_finish (f->store, result, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&result);

  kring_store_count_async (f->store, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  counts = kring_store_count_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "glossary_terms")), ==, 2);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "audit_log")), ==, 1);
  g_assert_true (g_hash_table_contains (counts, "households"));
}

/* Several lists come back in the order asked, each filtered and sorted as its
 * own list would be; one bad query fails the whole read. */
static void
test_list_many (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  const KringStoreListQuery queries[] = {
    { "glossary_terms", NULL, NULL, "term" },
    { "teams", "name", "Wijkteam Zuid", NULL },
    { "households", NULL, NULL, NULL },
  };
  const KringStoreListQuery bad[] = { { "teams" }, { "no_such_table" } };
  g_autoptr (GPtrArray) lists = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) first = NULL;
  g_autoptr (KringRecord) team = NULL;
  GAsyncResult *pending = NULL;

  kring_test_record_add (records, "glossary_terms", NULL, "term", "Wmo", "definition", "Wet", NULL);
  kring_test_record_add (records, "glossary_terms", NULL, "term", "AMW", "definition", "Werk", NULL);
  kring_test_record_add (records, "teams", NULL, "name", "Wijkteam Noord", NULL);
  kring_test_record_add (records, "teams", NULL, "name", "Wijkteam Zuid", NULL);
  save (f, records);

  kring_store_list_many_async (f->store, queries, G_N_ELEMENTS (queries), NULL,
                               kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  lists = kring_store_list_many_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lists->len, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[0]), ==, 2);
  first = g_list_model_get_item (lists->pdata[0], 0);
  g_assert_cmpstr (kring_record_get_string (first, "term"), ==, "AMW");
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[1]), ==, 1);
  team = g_list_model_get_item (lists->pdata[1], 0);
  g_assert_cmpstr (kring_record_get_string (team, "name"), ==, "Wijkteam Zuid");
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[2]), ==, 0);
  g_clear_object (&result);
  g_clear_pointer (&lists, g_ptr_array_unref);

  kring_store_list_many_async (f->store, bad, G_N_ELEMENTS (bad), NULL,
                               kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  lists = kring_store_list_many_finish (f->store, result, &error);
  g_assert_null (lists);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID);
}

static void
test_closed (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "closed.db", NULL);
  g_autoptr (KringStore) store = kring_store_new (path);

  kring_test_record_add (records, "teams", NULL, "name", "Team", NULL);
  g_assert_false (kring_store_test_save (store, records, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_CLOSED);
}

static void
add (const char *path, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  add ("/store/records/delete-shared-leaves-tombstone", test_delete_shared_leaves_tombstone);
  add ("/store/records/delete-household-cascades", test_delete_household_cascades);
  add ("/store/records/search-prefix", test_search_prefix);
  add ("/store/records/invalid-names", test_invalid_names);
  add ("/store/records/list-count-audit", test_list_count_audit);
  add ("/store/records/list-many", test_list_many);
  add ("/store/records/closed", test_closed);
  return g_test_run ();
}
