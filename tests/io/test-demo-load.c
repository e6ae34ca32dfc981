/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-demo.h"
#include "kring-test-util.h"

typedef struct
{
  char       *dir;
  KringStore *store;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->dir = kring_test_mkdtemp ();
  fixture->store = kring_test_store_create (fixture->dir, NULL);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  kring_test_store_close (fixture->store);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
load_demo (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_demo_load_async (store, NULL, kring_test_store_result, &result);
  kring_demo_load_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
}

static GHashTable *
count_rows (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GHashTable *counts;

  kring_store_count_async (store, NULL, kring_test_store_result, &result);
  counts = kring_store_count_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (counts);
  return counts;
}

static GListModel *
list_rows (KringStore *store,
           const char *table)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *rows;

  kring_store_list_async (store, table, NULL, NULL, NULL, NULL, kring_test_store_result,
                          &result);
  rows = kring_store_list_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static guint
count_of (GHashTable *counts,
          const char *table)
{
  gpointer value;

  if (!g_hash_table_lookup_extended (counts, table, NULL, &value))
    g_error ("No count for table “%s”", table);
  return GPOINTER_TO_UINT (value);
}

static void
test_counts (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (GHashTable) counts = NULL;

  load_demo (fixture->store);
  counts = count_rows (fixture->store);
  g_assert_cmpuint (count_of (counts, "teams"), >=, 1);
  g_assert_cmpuint (count_of (counts, "team_members"), >=, 7);
  g_assert_cmpuint (count_of (counts, "organizations"), >=, 40);
  g_assert_cmpuint (count_of (counts, "services"), >=, 40);
  g_assert_cmpuint (count_of (counts, "contacts"), >=, 1);
  g_assert_cmpuint (count_of (counts, "schedules"), >=, 1);
  g_assert_cmpuint (count_of (counts, "ring_placements"), >=, 1);
  g_assert_cmpuint (count_of (counts, "households"), >=, 6);
  g_assert_cmpuint (count_of (counts, "household_members"), >=, 6);
  g_assert_cmpuint (count_of (counts, "consents"), >=, 1);
  g_assert_cmpuint (count_of (counts, "assessment_scores"), >=, 1);
  g_assert_cmpuint (count_of (counts, "goals"), >=, 1);
  g_assert_cmpuint (count_of (counts, "actions"), >=, 1);
  g_assert_cmpuint (count_of (counts, "glossary_terms"), >=, 20);
}

static void
test_neighbourhood_figures (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (GListModel) figures = NULL;
  g_autoptr (GHashTable) places = g_hash_table_new (g_str_hash, g_str_equal);

  load_demo (fixture->store);
  figures = list_rows (fixture->store, "neighbourhood_figures");
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (figures, i);
      const char *place = kring_record_get_string (figure, "neighbourhood_id");

      g_assert_nonnull (place);
      /* The strings live as long as the model holds the record. */
      g_hash_table_add (places, (gpointer) place);
    }
  g_assert_cmpuint (g_hash_table_size (places), >=, 3);
}

static gboolean
is_before (const char *date,
           const char *limit)
{
  return date != NULL && g_strcmp0 (date, limit) < 0;
}

static void
test_weak_relationships (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr (GListModel) relationships = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) half_year_ago = g_date_time_add_months (now, -6);
  g_autofree char *limit = g_date_time_format (half_year_ago, "%Y-%m-%d");
  guint without_agreement = 0, stale = 0, with_agreement = 0;

  load_demo (fixture->store);
  relationships = list_rows (fixture->store, "relationships");
  for (guint i = 0; i < g_list_model_get_n_items (relationships); i++)
    {
      g_autoptr (KringRecord) relationship = g_list_model_get_item (relationships, i);

      if (kring_record_get_int (relationship, "has_agreement", -1) == 0)
        without_agreement++;
      else
        with_agreement++;
      if (is_before (kring_record_get_string (relationship, "last_contact_on"), limit))
        stale++;
    }
  g_assert_cmpuint (without_agreement, >=, 1);
  g_assert_cmpuint (with_agreement, >=, 1);
  g_assert_cmpuint (stale, >=, 1);
}

#define SMALL_DOC \
  "{\"format\":\"kringkaart-demo\",\"version\":1,\"tables\":[" \
  "{\"table\":\"teams\",\"rows\":[{\"id\":\"t1\",\"name\":\"Wijkteam Noord\"}]}," \
  "{\"table\":\"organizations\",\"rows\":[{\"id\":\"o1\",\"name\":\"Huisartsenpraktijk\"," \
  "\"verified_on\":\"@today-13m\"}]}," \
  "{\"table\":\"contacts\",\"rows\":[{\"id\":\"c1\",\"organization_id\":\"o1\"," \
  "\"name\":\"Anouk de Vries\"}]}," \
  "{\"table\":\"relationships\",\"rows\":[{\"id\":\"r1\",\"team_id\":\"t1\"," \
  "\"organization_id\":\"o1\",\"has_agreement\":false,\"knows_personally\":true," \
  "\"trust\":4,\"fixed_contact_id\":\"c1\",\"last_contact_on\":\"@today-200d\"," \
  "\"notes\":null}]}," \
  "{\"table\":\"neighbourhoods\",\"rows\":[{\"id\":\"n1\",\"code\":\"BU03630000\"," \
  "\"name\":\"Voorbeeldbuurt\",\"kind\":\"buurt\"}]}," \
  "{\"table\":\"neighbourhood_figures\",\"rows\":[{\"id\":\"f1\"," \
  "\"neighbourhood_id\":\"n1\",\"year\":2023,\"indicator\":\"AantalInwoners\"," \
  "\"value\":2450.0}]}]}"

static void
test_parse_and_save (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (SMALL_DOC, sizeof SMALL_DOC - 1);
  g_autoptr (GDateTime) today = g_date_time_new_local (2024, 6, 1, 12, 0, 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = kring_demo_parse (bytes, today, &error);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KringRecord) stored = NULL;

  g_assert_no_error (error);
  kring_store_save_async (fixture->store, records, NULL, kring_test_store_result, &result);
  kring_store_save_finish (fixture->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);

  kring_store_get_async (fixture->store, "relationships", "r1", NULL,
                         kring_test_store_result, &result);
  stored = kring_store_get_finish (fixture->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (kring_record_get_int (stored, "has_agreement", -1), ==, 0);
  g_assert_cmpint (kring_record_get_int (stored, "knows_personally", -1), ==, 1);
  g_assert_cmpint (kring_record_get_int (stored, "trust", -1), ==, 4);
  g_assert_cmpstr (kring_record_get_string (stored, "last_contact_on"), ==, "2023-11-14");
  g_assert_cmpstr (kring_record_get_string (stored, "fixed_contact_id"), ==, "c1");
  g_assert_true (kring_record_is_null (stored, "notes"));
}

static guint
search_hits (KringStore *store,
             const char *text)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) hits = NULL;

  kring_store_search_async (store, text, 50, NULL, kring_test_store_result, &result);
  hits = kring_store_search_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return g_list_model_get_n_items (hits);
}

/* The directory index is filled by the schema's triggers as the example loads. */
static void
test_search (Fixture      *fixture,
             gconstpointer data)
{
  load_demo (fixture->store);
  g_assert_cmpuint (search_hits (fixture->store, "schuld"), >=, 1);
  g_assert_cmpuint (search_hits (fixture->store, "financien"), >=, 1);
  g_assert_cmpuint (search_hits (fixture->store, "zzqqxx"), ==, 0);
}

/* "Start empty" gives the default vocabularies and one team, nothing else;
 * the example district then still loads on top of the same vocabularies. */
static void
test_start_empty (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) counts = NULL;
  g_autoptr (GListModel) teams = NULL;
  g_autoptr (KringRecord) team = NULL;

  kring_demo_start_empty_async (fixture->store, "Wijkteam Zuid", NULL,
                                kring_test_store_result, &result);
  kring_demo_start_empty_finish (fixture->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);

  counts = count_rows (fixture->store);
  g_assert_cmpuint (count_of (counts, "teams"), ==, 1);
  g_assert_cmpuint (count_of (counts, "taxonomies"), ==, 5);
  g_assert_cmpuint (count_of (counts, "taxonomy_terms"), >=, 15);
  g_assert_cmpuint (count_of (counts, "organizations"), ==, 0);
  g_assert_cmpuint (count_of (counts, "households"), ==, 0);

  kring_store_list_async (fixture->store, "teams", NULL, NULL, NULL, NULL,
                          kring_test_store_result, &result);
  teams = kring_store_list_finish (fixture->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  team = g_list_model_get_item (teams, 0);
  g_assert_cmpstr (kring_record_get_string (team, "name"), ==, "Wijkteam Zuid");
  g_assert_true (g_uuid_string_is_valid (kring_record_get_id (team)));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/io/demo-load/parse-and-save", Fixture, NULL,
              fixture_set_up, test_parse_and_save, fixture_tear_down);
  g_test_add ("/io/demo-load/counts", Fixture, NULL,
              fixture_set_up, test_counts, fixture_tear_down);
  g_test_add ("/io/demo-load/neighbourhood-figures", Fixture, NULL,
              fixture_set_up, test_neighbourhood_figures, fixture_tear_down);
  g_test_add ("/io/demo-load/weak-relationships", Fixture, NULL,
              fixture_set_up, test_weak_relationships, fixture_tear_down);
  g_test_add ("/io/demo-load/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/io/demo-load/start-empty", Fixture, NULL,
              fixture_set_up, test_start_empty, fixture_tear_down);
  return g_test_run ();
}
