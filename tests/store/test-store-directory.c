/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-store-directory.h"
#include "kring-store-test.h"

/*
 * The directory queries against a real SQLCipher store holding a small
 * district: FTS4 prefix, multi-word and accent-insensitive search, short
 * words searched in names, the index following writes, pages, facets
 * that combine, freshness, the "to check" list and marking verified.
 */

typedef KringTestStoreFixture Fixture;

/* Fixed ids make the expectations readable. */
#define O_THUISZORG "o-thuiszorg"
#define O_STADSBANK "o-stadsbank"
#define O_MEE       "o-mee"
#define S_WIJKVERPLEGING "s-wijkverpleging"
#define S_SCHULDHULP     "s-schuldhulp"
#define S_CLIENT         "s-clientondersteuning"
#define S_BUDGETCURSUS   "s-budgetcursus"
#define S_ZORGLOKET      "s-zorgloket"
#define T_FINANCIEN "t-financien"
#define T_GEZONDHEID "t-gezondheid"
#define T_LIJN0 "t-lijn0"
#define T_LIJN1 "t-lijn1"
#define T_ZORG "t-sector-zorg"
#define T_WELZIJN "t-sector-welzijn"
#define T_VRIJ "t-vrij"
#define TEAM "team-noord"

static char *
months_ago (int months)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_months (now, -months);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
add_verified (GPtrArray *records, const char *table, const char *id, const char *name,
              int months, const char *parent_column, const char *parent)
{
  KringRecord *record = kring_test_record_add (records, table, id, "name", name, parent_column, parent, NULL);

  if (months >= 0)
    {
      g_autofree char *date = months_ago (months);

      kring_record_set_string (record, "verified_on", date);
      kring_record_set_string (record, "verified_by", "Sanne");
    }
}

static void
add_vocabulary (GPtrArray *records)
{
  static const char *const terms[][3] = {
    { T_FINANCIEN, "Financiën", "x-ld" }, { T_GEZONDHEID, "Lichamelijke gezondheid", "x-ld" },
    { T_LIJN0, "Nulde lijn", "x-lijn" }, { T_LIJN1, "Eerste lijn", "x-lijn" },
    { T_ZORG, "Zorg", "x-sector" }, { T_WELZIJN, "Welzijn", "x-sector" },
    { T_VRIJ, "Vrij toegankelijk", "x-toegang" },
  };

  kring_test_record_add (records, "taxonomies", "x-ld", "name", "Levensdomeinen", "kind", "life_domain", NULL);
  kring_test_record_add (records, "taxonomies", "x-lijn", "name", "Lijn", "kind", "lijn", NULL);
  kring_test_record_add (records, "taxonomies", "x-sector", "name", "Sectoren", "kind", "sector", NULL);
  kring_test_record_add (records, "taxonomies", "x-toegang", "name", "Toegang", "kind", "toegang", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (terms); i++)
    kring_test_record_add (records, "taxonomy_terms", terms[i][0], "name", terms[i][1], "taxonomy_id", terms[i][2],
         NULL);
}

static void
tag (GPtrArray *records, const char *link_id, const char *term_id)
{
  g_autofree char *id = g_strconcat ("a-", link_id, "-", term_id, NULL);

  kring_test_record_add (records, "attributes", id, "link_id", link_id, "taxonomy_term_id", term_id, NULL);
}

static void
add_organisations (GPtrArray *records)
{
  add_verified (records, "organizations", O_THUISZORG, "Thuiszorg Marendal", 2, NULL, NULL);
  add_verified (records, "organizations", O_STADSBANK, "Stadsbank Marendal", 20, NULL, NULL);
  kring_record_set_string (g_ptr_array_index (records, records->len - 1), "description",
                           "Schuldhulpverlening en hulp bij geldzaken");
  add_verified (records, "organizations", O_MEE, "MEE Marendal", -1, NULL, NULL);
  kring_record_set_string (g_ptr_array_index (records, records->len - 1), "description",
                           "Onafhankelijke cliëntondersteuning voor iedereen");
}

static void
add_services (GPtrArray *records)
{
  KringRecord *record;

  add_verified (records, "services", S_WIJKVERPLEGING, "Wijkverpleging", 1,
                "organization_id", O_THUISZORG);
  record = g_ptr_array_index (records, records->len - 1);
  kring_record_set_string (record, "description", "Zorg thuis door wijkverpleegkundigen");
  kring_record_set_int (record, "minimum_age", 18);
  add_verified (records, "services", S_SCHULDHULP, "Schuldhulp en budgetbeheer", 14,
                "organization_id", O_STADSBANK);
  kring_record_set_string (g_ptr_array_index (records, records->len - 1), "description",
                           "Hulp bij schulden");
  add_verified (records, "services", S_BUDGETCURSUS, "Budgetcursus", 5,
                "organization_id", O_STADSBANK);
  record = g_ptr_array_index (records, records->len - 1);
  kring_record_set_string (record, "description", "Leren omgaan met geld; schuld voorkomen");
  kring_record_set_int (record, "minimum_age", 16);
  kring_record_set_int (record, "maximum_age", 27);
  add_verified (records, "services", S_CLIENT, "Cliëntondersteuning", 13,
                "organization_id", O_MEE);
  kring_record_set_int (g_ptr_array_index (records, records->len - 1), "minimum_age", 18);
  add_verified (records, "services", S_ZORGLOKET, "Zorgloket", 3, "organization_id", O_MEE);
}

static void
add_links (GPtrArray *records)
{
  KringRecord *team = kring_test_record_add (records, "teams", TEAM, "name", "Wijkteam Noord", NULL);

  kring_record_set_int (team, "stale_after_months", 12);
  tag (records, O_THUISZORG, T_ZORG);
  tag (records, O_STADSBANK, T_WELZIJN);
  tag (records, O_MEE, T_WELZIJN);
  tag (records, S_WIJKVERPLEGING, T_GEZONDHEID);
  tag (records, S_WIJKVERPLEGING, T_LIJN1);
  tag (records, S_SCHULDHULP, T_FINANCIEN);
  tag (records, S_SCHULDHULP, T_LIJN1);
  tag (records, S_SCHULDHULP, T_VRIJ);
  tag (records, S_BUDGETCURSUS, T_FINANCIEN);
  tag (records, S_BUDGETCURSUS, T_LIJN0);
  tag (records, S_CLIENT, T_LIJN0);
  kring_record_set_int (kring_test_record_add (records, "ring_placements", "rp-1", "team_id", TEAM,
                             "organization_id", O_THUISZORG, NULL), "ring", 1);
  kring_record_set_int (kring_test_record_add (records, "ring_placements", "rp-2", "team_id", TEAM,
                             "organization_id", O_STADSBANK, NULL), "ring", 2);
  kring_test_record_add (records, "contacts", "c-jansen", "name", "Piet Jansen", "organization_id", O_MEE, NULL);
  kring_test_record_add (records, "locations", "l-kantoor", "name", "Kantoor MEE", "organization_id", O_MEE, NULL);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  add_vocabulary (records);
  add_organisations (records);
  add_services (records);
  add_links (records);
  kring_test_store_fixture_set_up (f, records);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_tear_down (f);
}

static KringDirectoryResult *
query (Fixture *f, KringDirectoryFilter *filter)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringDirectoryResult *answer;

  kring_store_directory_query_async (f->store, filter, NULL, kring_test_store_result, &result);
  answer = kring_store_directory_query_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (answer);
  g_assert_cmpuint (g_list_model_get_n_items (answer->entries), <=, answer->total);
  return answer;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The ids of the rows, sorted and joined by spaces (order-independent checks). */
static char *
ids_of (GListModel *model)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (model, i);

      g_ptr_array_add (ids, (gpointer) g_intern_string (kring_record_get_id (record)));
    }
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}

static char *
search_ids (Fixture *f, const char *text)
{
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autoptr (KringDirectoryResult) result = NULL;

  filter->text = g_strdup (text);
  result = query (f, filter);
  return ids_of (result->entries);
}

static void
test_prefix (Fixture *f, gconstpointer data)
{
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autoptr (KringDirectoryResult) result = NULL;
  g_autoptr (KringRecord) first = NULL;
  g_autofree char *ids = NULL;

  filter->text = g_strdup ("zorg");
  result = query (f, filter);
  /* "Zorgloket" (title), the Zorg sector of Thuiszorg, "Zorg thuis" of
   * Wijkverpleging; "Thuiszorg" itself does not start with "zorg". */
  ids = ids_of (result->entries);
  g_assert_cmpstr (ids, ==, O_THUISZORG " " S_WIJKVERPLEGING " " S_ZORGLOKET);
  g_assert_cmpuint (result->total, ==, 3);
  first = g_list_model_get_item (result->entries, 0);
  g_assert_cmpstr (kring_record_get_id (first), ==, S_ZORGLOKET);
  g_assert_cmpstr (result->match_words[0], ==, "zorg");
  g_assert_null (result->match_words[1]);
}

static void
test_multi_word (Fixture *f, gconstpointer data)
{
  g_autofree char *both = search_ids (f, "schuld hulp");
  g_autofree char *one = search_ids (f, "schuld");
  g_autofree char *none = search_ids (f, "schuld tandarts");

  g_assert_cmpstr (both, ==, O_STADSBANK " " S_SCHULDHULP);
  g_assert_cmpstr (one, ==, O_STADSBANK " " S_BUDGETCURSUS " " S_SCHULDHULP);
  g_assert_cmpstr (none, ==, "");
}

static void
test_accents (Fixture *f, gconstpointer data)
{
  g_autofree char *with = search_ids (f, "cliëntondersteuning");
  g_autofree char *without = search_ids (f, "clientondersteuning");
  g_autofree char *upper = search_ids (f, "CLIENTOND");
  g_autofree char *contact = search_ids (f, "jansen");

  g_assert_cmpstr (with, ==, O_MEE " " S_CLIENT);
  g_assert_cmpstr (without, ==, with);
  g_assert_cmpstr (upper, ==, with);
  /* A contact brings in the organisation it works for. */
  g_assert_cmpstr (contact, ==, O_MEE);
}

static void
test_facets_combine (Fixture *f, gconstpointer data)
{
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autoptr (KringDirectoryResult) all = query (f, filter);
  g_autoptr (KringDirectoryResult) lijn = NULL;
  g_autoptr (KringDirectoryResult) both = NULL;
  g_autoptr (KringDirectoryResult) text = NULL;
  g_autofree char *lijn_ids = NULL, *both_ids = NULL, *text_ids = NULL;

  g_assert_cmpuint (all->total, ==, 8);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (all->term_counts, T_LIJN1)), ==, 4);
  /* An organisation offers the lijn of its services. */
  filter->terms[KRING_FACET_LIJN] = g_strdup (T_LIJN1);
  lijn = query (f, filter);
  lijn_ids = ids_of (lijn->entries);
  g_assert_cmpstr (lijn_ids, ==,
                   O_STADSBANK " " O_THUISZORG " " S_SCHULDHULP " " S_WIJKVERPLEGING);
  filter->terms[KRING_FACET_LIFE_DOMAIN] = g_strdup (T_FINANCIEN);
  both = query (f, filter);
  both_ids = ids_of (both->entries);
  g_assert_cmpstr (both_ids, ==, O_STADSBANK " " S_SCHULDHULP);
  filter->text = g_strdup ("budget");
  text = query (f, filter);
  text_ids = ids_of (text->entries);
  g_assert_cmpstr (text_ids, ==, S_SCHULDHULP);
}

static void
test_ring_sector_age (Fixture *f, gconstpointer data)
{
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autoptr (KringDirectoryResult) ring = NULL, none = NULL, sector = NULL, young = NULL;
  g_autofree char *ring_ids = NULL, *none_ids = NULL, *sector_ids = NULL, *young_ids = NULL;

  /* Services sit in the ring of their organisation. */
  filter->ring = 2;
  ring = query (f, filter);
  ring_ids = ids_of (ring->entries);
  g_assert_cmpstr (ring_ids, ==, O_STADSBANK " " S_BUDGETCURSUS " " S_SCHULDHULP);
  g_assert_cmpuint (ring->ring_counts[3], ==, 3);
  filter->ring = KRING_RING_NONE;
  none = query (f, filter);
  none_ids = ids_of (none->entries);
  g_assert_cmpstr (none_ids, ==, O_MEE " " S_CLIENT " " S_ZORGLOKET);
  filter->ring = KRING_RING_ANY;
  filter->terms[KRING_FACET_SECTOR] = g_strdup (T_ZORG);
  sector = query (f, filter);
  sector_ids = ids_of (sector->entries);
  g_assert_cmpstr (sector_ids, ==, O_THUISZORG " " S_WIJKVERPLEGING);
  g_clear_pointer (&filter->terms[KRING_FACET_SECTOR], g_free);
  /* Children and teenagers: services without an age limit, or one that fits. */
  filter->age_min = 0;
  filter->age_max = 17;
  young = query (f, filter);
  young_ids = ids_of (young->entries);
  g_assert_cmpstr (young_ids, ==, O_MEE " " O_STADSBANK " " S_BUDGETCURSUS " " S_SCHULDHULP
                   " " S_ZORGLOKET);
}

static GListModel *
stale_list (Fixture *f)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *list;

  kring_store_directory_stale_async (f->store, NULL, 0, NULL, kring_test_store_result, &result);
  list = kring_store_directory_stale_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return list;
}

static void
test_freshness (Fixture *f, gconstpointer data)
{
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autoptr (KringDirectoryResult) stale = NULL, fresh = NULL;
  g_autoptr (GListModel) list = stale_list (f);
  g_autofree char *stale_ids = NULL;
  static const char *const order[] = { "l-kantoor", O_MEE, "c-jansen", O_STADSBANK, S_SCHULDHULP,
                                       S_CLIENT };

  filter->freshness = KRING_FRESHNESS_STALE;
  stale = query (f, filter);
  stale_ids = ids_of (stale->entries);
  g_assert_cmpstr (stale_ids, ==, O_MEE " " O_STADSBANK " " S_CLIENT " " S_SCHULDHULP);
  g_assert_cmpuint (stale->stale, ==, 4);
  filter->freshness = KRING_FRESHNESS_FRESH;
  fresh = query (f, filter);
  g_assert_cmpuint (fresh->total, ==, 4);
  g_assert_cmpuint (fresh->stale, ==, 0);

  /* Never verified first (by title), then the oldest verification. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (list, i);

      g_assert_cmpstr (kring_record_get_id (record), ==, order[i]);
    }
}

static void
test_mark_verified (Fixture *f, gconstpointer data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) record = NULL;
  g_autoptr (GListModel) list = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  kring_store_mark_verified_async (f->store, "organizations", O_STADSBANK, "Fatma Yıldız", NULL,
                                   kring_test_store_result, &result);
  g_assert_true (kring_store_mark_verified_finish (f->store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
  record = kring_store_test_get (f->store, "organizations", O_STADSBANK, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kring_record_get_string (record, "verified_on"), ==, today);
  g_assert_cmpstr (kring_record_get_string (record, "verified_by"), ==, "Fatma Yıldız");
  list = stale_list (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
  g_assert_false (kring_directory_is_stale (today, 12, now));

  g_clear_object (&result);
  kring_store_mark_verified_async (f->store, "services", "no-such-id", "X", NULL,
                                   kring_test_store_result, &result);
  g_assert_false (kring_store_mark_verified_finish (f->store, kring_test_await_borrowed (&result), &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND);
}

static void
test_detail (Fixture *f, gconstpointer data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) detail = NULL;

  kring_store_directory_detail_async (f->store, O_STADSBANK, NULL, NULL, kring_test_store_result,
                                      &result);
  detail = kring_store_directory_detail_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (g_hash_table_lookup (detail, "organizations")), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (g_hash_table_lookup (detail, "services")), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (g_hash_table_lookup (detail, "ring_placements")),
                    ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (g_hash_table_lookup (detail, "attributes")), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (g_hash_table_lookup (detail, "teams")), ==, 1);
}

/* One or two letters look at names only: "z" finds the Zorgloket, not the
 * Wijkverpleging whose description says "Zorg thuis"; three letters look
 * everywhere. */
static void
test_short_words (Fixture *f, gconstpointer data)
{
  g_autofree char *z = search_ids (f, "z");
  g_autofree char *zo = search_ids (f, "zo");
  g_autofree char *zor = search_ids (f, "zor");
  g_autofree char *sc = search_ids (f, "sc");
  g_autofree char *b = search_ids (f, "b");
  g_autofree char *jansen = search_ids (f, "j");
  g_autofree char *two = search_ids (f, "schuld b");

  /* "Zorg thuis door …" in a description does not count for one letter. */
  g_assert_cmpstr (z, ==, S_ZORGLOKET);
  g_assert_cmpstr (zo, ==, S_ZORGLOKET);
  g_assert_cmpstr (zor, ==, O_THUISZORG " " S_WIJKVERPLEGING " " S_ZORGLOKET);
  /* Not the Stadsbank or the Budgetcursus, whose descriptions say "schuld…". */
  g_assert_cmpstr (sc, ==, S_SCHULDHULP);
  g_assert_cmpstr (b, ==, S_BUDGETCURSUS " " S_SCHULDHULP);
  /* A contact's name counts, and brings in what it belongs to. */
  g_assert_cmpstr (jansen, ==, O_MEE);
  /* "schuld" anywhere, and a name word starting with b: not the Stadsbank. */
  g_assert_cmpstr (two, ==, S_BUDGETCURSUS " " S_SCHULDHULP);
}

/* The index in memory follows every write: a new, renamed and deleted
 * record shows at once, and so do changed terms and placements. */
static void
test_index_follows_writes (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autoptr (KringDirectoryResult) ring = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = search_ids (f, "taalcafe");
  g_autofree char *added = NULL, *renamed = NULL, *gone = NULL;

  g_assert_cmpstr (before, ==, "");
  kring_test_record_add (records, "services", "s-taal", "name", "Taalcafé De Linde", "organization_id", O_MEE,
       NULL);
  kring_record_set_int (kring_test_record_add (records, "ring_placements", "rp-3", "team_id", TEAM,
                             "service_id", "s-taal", NULL), "ring", 3);
  g_assert_true (kring_store_test_save (f->store, records, &error));
  added = search_ids (f, "taalcafe");
  g_assert_cmpstr (added, ==, "s-taal");
  filter->ring = 3;
  ring = query (f, filter);
  g_assert_cmpuint (ring->total, ==, 1);
  kring_record_set_string (records->pdata[0], "name", "Praatgroep De Linde");
  g_ptr_array_set_size (records, 1);
  g_assert_true (kring_store_test_save (f->store, records, &error));
  g_clear_pointer (&before, g_free);
  before = search_ids (f, "taalcafe");
  renamed = search_ids (f, "praat");
  g_assert_cmpstr (before, ==, "");
  g_assert_cmpstr (renamed, ==, "s-taal");
  g_assert_true (kring_store_test_delete (f->store, "services", "s-taal", &error));
  g_assert_no_error (error);
  gone = search_ids (f, "linde");
  g_assert_cmpstr (gone, ==, "");
}

/* A page is the best rows of all that match: the counts cover everything,
 * title hits come first and ties go by name. */
static void
test_page (Fixture *f, gconstpointer data)
{
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autoptr (KringDirectoryResult) result = NULL;
  g_autoptr (KringRecord) first = NULL;
  g_autoptr (KringRecord) second = NULL;

  filter->text = g_strdup ("schuld");
  filter->limit = 2;
  result = query (f, filter);
  g_assert_cmpuint (result->total, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (result->entries), ==, 2);
  first = g_list_model_get_item (result->entries, 0);
  second = g_list_model_get_item (result->entries, 1);
  /* "Schuldhulp en budgetbeheer" has the word in its name. */
  g_assert_cmpstr (kring_record_get_id (first), ==, S_SCHULDHULP);
  g_assert_cmpfloat (kring_record_get_double (first, "score", 0), >,
                     kring_record_get_double (second, "score", 0));
  /* Then Budgetcursus before Stadsbank: both mention it, B before S. */
  g_assert_cmpstr (kring_record_get_id (second), ==, S_BUDGETCURSUS);
}

static void
test_markup (void)
{
  const char *words[] = { "clientond", "schuld", NULL };
  g_autofree char *accent = kring_directory_markup ("Onafhankelijke cliëntondersteuning", words);
  g_autofree char *escaped = kring_directory_markup ("Schuld & <geld>", words);
  g_autofree char *folded = kring_directory_fold ("Cliënt İSTANBUL Yıldız");

  g_assert_cmpstr (accent, ==, "Onafhankelijke <b>cliëntondersteuning</b>");
  g_assert_cmpstr (escaped, ==, "<b>Schuld</b> &amp; &lt;geld&gt;");
  g_assert_cmpstr (folded, ==, "client istanbul yildiz");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/directory/markup", test_markup);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/directory/prefix", test_prefix);
  ADD ("/store/directory/multi-word", test_multi_word);
  ADD ("/store/directory/accents", test_accents);
  ADD ("/store/directory/facets-combine", test_facets_combine);
  ADD ("/store/directory/ring-sector-age", test_ring_sector_age);
  ADD ("/store/directory/freshness", test_freshness);
  ADD ("/store/directory/mark-verified", test_mark_verified);
  ADD ("/store/directory/detail", test_detail);
  ADD ("/store/directory/short-words", test_short_words);
  ADD ("/store/directory/index-follows-writes", test_index_follows_writes);
  ADD ("/store/directory/page", test_page);
#undef ADD
  return g_test_run ();
}
