/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-test-util.h"
#include "test-hsds-import-util.h"

#define ORG_ID "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
#define SERVICE_ID "ac148810-d857-441c-9679-408f346de14b"
#define LOCATION_ID "3a19ff88-4620-4d17-9830-ac1d859eb5d5"
#define PHONE_ID "1554f2e2-a373-45db-a3fa-9fc48a61c15e"
#define CONTACT_ID "1e7efce3-639b-4880-940c-b95cd30cdb50"
#define SCHEDULE_ID "48102e86-bb50-41c4-8f1e-e269368c41d1"
#define ATTRIBUTE_ID "ae58cc39-8b70-4ab1-8aea-786882e5ac8e"
#define TERM_ID "3f7b145d-84af-42d7-8fae-eaca714b02b2"
#define TAXONOMY_ID "5c4d79d7-cc55-470e-9f1f-8cad074e4892"
#define SAL_ID "e94c9f38-1e8f-4564-91d4-d53501ab1765"
#define ADDRESS_ID "74706e55-df26-4b84-80fe-ecc30b5befb4"

static void
assert_string (KringStore *store, const char *table, const char *id, const char *column,
               const char *expected)
{
  g_autoptr (KringRecord) record = store_get (store, table, id);

  g_assert_nonnull (record);
  g_assert_cmpstr (kring_record_get_string (record, column), ==, expected);
}

static void
assert_int (KringStore *store, const char *table, const char *id, const char *column,
            gint64 expected)
{
  g_autoptr (KringRecord) record = store_get (store, table, id);

  g_assert_nonnull (record);
  g_assert_cmpint (kring_record_get_int (record, column, -1), ==, expected);
}

static KringHsdsImport *
import_example (ImportFixture *fixture, const char *name)
{
  g_autofree char *path = hsds_example_path (name);

  return import_run (fixture->store, path);
}

static void
test_organization_full (ImportFixture *fixture, gconstpointer data)
{
  g_autoptr (KringHsdsImport) import = import_example (fixture, "organization_full.json");

  g_assert_cmpuint (g_list_model_get_n_items (kring_hsds_import_get_items (import)), ==, 1);
  g_assert_cmpuint (kring_hsds_import_count (import, KRING_IMPORT_ACTION_ADD), ==, 1);
  assert_string (fixture->store, "organizations", ORG_ID, "name", "Example Organization Inc.");
  assert_int (fixture->store, "organizations", ORG_ID, "year_incorporated", 2011);
  assert_string (fixture->store, "phones", PHONE_ID, "number", "\"+44 1234 234567\"");
  /* The same phone is embedded under the organisation and under a contact. */
  assert_string (fixture->store, "phones", PHONE_ID, "organization_id", ORG_ID);
  assert_string (fixture->store, "phones", PHONE_ID, "contact_id", CONTACT_ID);
  assert_string (fixture->store, "services", SERVICE_ID, "organization_id", ORG_ID);
  assert_string (fixture->store, "services", SERVICE_ID, "status", "active");
  assert_string (fixture->store, "schedules", SCHEDULE_ID, "opens_at", "10:00:00");
  assert_string (fixture->store, "schedules", SCHEDULE_ID, "freq", "WEEKLY");
  assert_string (fixture->store, "attributes", ATTRIBUTE_ID, "link_id", SERVICE_ID);
  assert_string (fixture->store, "attributes", ATTRIBUTE_ID, "taxonomy_term_id", TERM_ID);
  assert_string (fixture->store, "taxonomy_terms", TERM_ID, "name", "name");
  assert_string (fixture->store, "addresses", ADDRESS_ID, "city", "MyCity");
  assert_string (fixture->store, "locations", LOCATION_ID, "organization_id", ORG_ID);
}

static void
test_service_full (ImportFixture *fixture, gconstpointer data)
{
  g_autoptr (KringHsdsImport) import = import_example (fixture, "service_full.json");
  g_autoptr (KringRecord) taxonomy = NULL;

  g_assert_cmpuint (kring_hsds_import_count (import, KRING_IMPORT_ACTION_ADD), ==, 1);
  assert_string (fixture->store, "services", SERVICE_ID, "name", "Community Counselling");
  assert_int (fixture->store, "services", SERVICE_ID, "minimum_age", 12);
  /* The embedded organisation is stored and the service points at it. */
  assert_string (fixture->store, "organizations", ORG_ID, "name", "Example Organization Inc.");
  assert_string (fixture->store, "services", SERVICE_ID, "organization_id", ORG_ID);
  assert_string (fixture->store, "attributes", ATTRIBUTE_ID, "taxonomy_term_id", TERM_ID);
  /* taxonomy_detail of the term becomes a taxonomies row. */
  assert_string (fixture->store, "taxonomy_terms", TERM_ID, "taxonomy_id", TAXONOMY_ID);
  taxonomy = store_get (fixture->store, "taxonomies", TAXONOMY_ID);
  g_assert_nonnull (taxonomy);
  g_assert_cmpstr (kring_record_get_string (taxonomy, "version"), ==, "version");
  assert_string (fixture->store, "service_at_locations", SAL_ID, "service_id", SERVICE_ID);
}

static void
test_service_at_location_full (ImportFixture *fixture, gconstpointer data)
{
  g_autoptr (KringHsdsImport) import = import_example (fixture,
                                                       "service_at_location_full.json");

  g_assert_cmpuint (kring_hsds_import_count (import, KRING_IMPORT_ACTION_ADD), ==, 1);
  assert_string (fixture->store, "service_at_locations", SAL_ID, "location_id", LOCATION_ID);
  assert_string (fixture->store, "service_at_locations", SAL_ID, "service_id", SERVICE_ID);
  assert_string (fixture->store, "locations", LOCATION_ID, "name", "MyCity Civic Center");
  assert_string (fixture->store, "services", SERVICE_ID, "organization_id", ORG_ID);
}

static void
test_location (ImportFixture *fixture, gconstpointer data)
{
  g_autoptr (KringHsdsImport) import = import_example (fixture, "location.json");
  g_autoptr (KringRecord) location = store_get (fixture->store, "locations", LOCATION_ID);

  g_assert_nonnull (location);
  g_assert_cmpstr (kring_record_get_string (location, "location_type"), ==, "physical");
  g_assert_cmpfloat (kring_record_get_double (location, "latitude", 0), !=, 0);
  assert_string (fixture->store, "addresses", ADDRESS_ID, "location_id", LOCATION_ID);
  assert_string (fixture->store, "addresses", ADDRESS_ID, "city", "MyCity");
}

static void
test_lists_and_taxonomies (ImportFixture *fixture, gconstpointer data)
{
  static const char *const files[] = {
    "organization_list.json", "service_list.json", "service_at_location_list.json",
    "taxonomy.json", "taxonomy_list.json", "taxonomy_term.json", "taxonomy_term_list.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr (KringHsdsImport) import = import_example (fixture, files[i]);

      g_assert_cmpuint (g_list_model_get_n_items (kring_hsds_import_get_items (import)), ==, 1);
    }
  assert_string (fixture->store, "organizations", ORG_ID, "legal_status", "Limited Company");
  assert_string (fixture->store, "services", SERVICE_ID, "status", "active");
  assert_string (fixture->store, "service_at_locations", SAL_ID, "location_id", LOCATION_ID);
  assert_string (fixture->store, "taxonomies", TAXONOMY_ID, "uri", "http://example.com");
  assert_string (fixture->store, "taxonomy_terms", TERM_ID, "description", "description");
}

/* base.json is the API's description document; it holds no records. */
static void
test_base (ImportFixture *fixture, gconstpointer data)
{
  guint before = 0, after = 0;
  g_autofree char *fingerprint = store_fingerprint (fixture->store, &before);
  g_autoptr (KringHsdsImport) import = import_example (fixture, "base.json");
  g_autofree char *again = store_fingerprint (fixture->store, &after);

  g_assert_cmpuint (g_list_model_get_n_items (kring_hsds_import_get_items (import)), ==, 0);
  g_assert_cmpstr (fingerprint, ==, again);
}

static void
assert_tabular_fields (KringStore *store)
{
  assert_string (store, "organizations", ORG_ID, "name", "Example Organization Inc.");
  assert_int (store, "organizations", ORG_ID, "year_incorporated", 2011);
  assert_string (store, "phones", PHONE_ID, "number", "\"+44 1234 234567\"");
  assert_int (store, "phones", PHONE_ID, "extension", 100);
  assert_string (store, "schedules", SCHEDULE_ID, "byday", "TH,FR");
  assert_string (store, "schedules", SCHEDULE_ID, "wkst", "TU");
  assert_string (store, "attributes", ATTRIBUTE_ID, "taxonomy_term_id", TERM_ID);
  assert_string (store, "services", SERVICE_ID, "program_id", "e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42");
  assert_string (store, "fundings", "1f2df32c-bf08-4b8e-bd6f-e834014b19bc", "service_id",
                 SERVICE_ID);
  assert_string (store, "accessibilities", "afcf296e-1cb2-4139-9c88-33d587d1a50b", "url",
                 "http://example.com");
}

/* examples/tabular.json: the tabular package as one JSON object. */
static void
test_tabular_json (ImportFixture *fixture, gconstpointer data)
{
  g_autoptr (KringHsdsImport) import = import_example (fixture, "tabular.json");

  g_assert_cmpuint (kring_hsds_import_count (import, KRING_IMPORT_ACTION_ADD), >=, 21);
  assert_tabular_fields (fixture->store);
}

/* examples/csv: its datapackage.json is a one-line link file, so the CSV files count
 * by name. Passing the directory or that file gives the same. */
static void
test_csv_package (ImportFixture *fixture, gconstpointer data)
{
  g_autoptr (KringHsdsImport) import = import_example (fixture, "csv/datapackage.json");
  g_autoptr (KringHsdsImport) again = import_example (fixture, "csv");
  guint n = g_list_model_get_n_items (kring_hsds_import_get_items (import));

  g_assert_cmpuint (kring_hsds_import_count (import, KRING_IMPORT_ACTION_ADD), ==, n);
  g_assert_cmpuint (n, >=, 21);
  assert_tabular_fields (fixture->store);
  g_assert_cmpuint (kring_hsds_import_count (again, KRING_IMPORT_ACTION_UNCHANGED), ==, n);
}

static char *
write_file (ImportFixture *fixture, const char *name, const char *contents)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* A real data package with quoting, line breaks in fields, doubled quotes,
 * a byte order mark and CRLF line ends. */
static void
test_csv_rfc4180 (ImportFixture *fixture, gconstpointer data)
{
  g_autofree char *package = write_file (fixture, "datapackage.json",
    "{\"name\": \"test\", \"resources\": [{\"name\": \"organizations\", \"path\": \"orgs.csv\"},"
    " {\"name\": \"services\", \"path\": \"services.csv\"}]}");
  g_autofree char *orgs = write_file (fixture, "orgs.csv",
    "\xEF\xBB\xBFid,name,description,year_incorporated\r\n"
    "o1,\"Stichting \"\"De Brug\"\"\",\"Eerste regel\r\nTweede regel, met komma\",1999\r\n"
    "o2,Buurtzorg,Wijkverpleging,\r\n");
  g_autofree char *services = write_file (fixture, "services.csv",
    "id,organization_id,name,status\n"
    "s1,o1,Schuldhulp,active\n");
  g_autoptr (KringHsdsImport) import = import_run (fixture->store, package);

  g_assert_cmpuint (kring_hsds_import_count (import, KRING_IMPORT_ACTION_ADD), ==, 3);
  assert_string (fixture->store, "organizations", "o1", "name", "Stichting \"De Brug\"");
  assert_string (fixture->store, "organizations", "o1", "description",
                 "Eerste regel\r\nTweede regel, met komma");
  assert_int (fixture->store, "organizations", "o1", "year_incorporated", 1999);
  assert_int (fixture->store, "organizations", "o2", "year_incorporated", -1);
  assert_string (fixture->store, "services", "s1", "organization_id", "o1");
}

static void
assert_null (KringStore *store, const char *table, const char *id, const char *column)
{
  g_autoptr (KringRecord) record = store_get (store, table, id);

  g_assert_nonnull (record);
  g_assert_true (kring_record_is_null (record, column));
}

static void
assert_absent (KringStore *store, const char *table, const char *id)
{
  g_autoptr (KringRecord) record = store_get (store, table, id);

  g_assert_null (record);
}

/* Blank text is no value; a member the schema only requires to be there may
 * be blank. Kringkaart's own attributes fold back: freshness into columns,
 * the ring (team data) not at all. */
#define BLANK_AND_EXTRAS \
  "{\"id\": \"o1\", \"name\": \"Wijkpunt\", \"description\": \"\", \"alternate_name\": \"\"," \
  " \"locations\": [{\"id\": \"l1\", \"location_type\": \"physical\", \"addresses\": [{" \
  "  \"id\": \"a1\", \"address_1\": \"Dorpsstraat 1\", \"city\": \"Zwolle\"," \
  "  \"state_province\": \"\", \"postal_code\": \"\", \"country\": \"NL\"," \
  "  \"address_type\": \"physical\"}]}]," \
  " \"attributes\": [" \
  "  {\"id\": \"v1\", \"link_id\": \"o1\", \"link_entity\": \"organization\"," \
  "   \"link_type\": \"verified_on\", \"value\": \"2025-03-01\"}," \
  "  {\"id\": \"v2\", \"link_id\": \"o1\", \"link_entity\": \"organization\"," \
  "   \"link_type\": \"verified_by\", \"value\": \"Sanne\"}," \
  "  {\"id\": \"r1\", \"link_id\": \"rp1\", \"link_entity\": \"organization\"," \
  "   \"link_type\": \"ring\", \"value\": \"2\", \"taxonomy_term\": {\"id\": \"rt\"," \
  "   \"code\": \"2\", \"name\": \"Buitenring\", \"description\": \"Wijkteam\"," \
  "   \"taxonomy\": \"ring\"}}," \
  "  {\"id\": \"t1\", \"link_id\": \"o1\", \"link_entity\": \"organization\"," \
  "   \"link_type\": \"tag\", \"value\": \"schulden\"}]}"

static void
test_blank_and_extras (ImportFixture *fixture, gconstpointer data)
{
  g_autofree char *path = write_file (fixture, "extras.json", BLANK_AND_EXTRAS);
  g_autoptr (KringHsdsImport) import = import_run (fixture->store, path);

  assert_null (fixture->store, "organizations", "o1", "alternate_name");
  assert_null (fixture->store, "organizations", "o1", "description");
  assert_null (fixture->store, "addresses", "a1", "state_province");
  assert_null (fixture->store, "addresses", "a1", "postal_code");
  assert_string (fixture->store, "organizations", "o1", "verified_on", "2025-03-01");
  assert_string (fixture->store, "organizations", "o1", "verified_by", "Sanne");
  assert_absent (fixture->store, "attributes", "v1");
  assert_absent (fixture->store, "attributes", "v2");
  assert_absent (fixture->store, "attributes", "r1");
  assert_absent (fixture->store, "taxonomy_terms", "rt");
  assert_string (fixture->store, "attributes", "t1", "value", "schulden");
}

/* In a data package the freshness attribute is a row of its own; folded
 * into its organisation it leaves nothing else to plan. A required member
 * may be an empty cell. */
static void
test_csv_extras (ImportFixture *fixture, gconstpointer data)
{
  g_autofree char *package = g_build_filename (fixture->dir, "pakket", NULL);
  g_autofree char *orgs = NULL;
  g_autofree char *attributes = NULL;
  g_autoptr (KringHsdsImport) import = NULL;

  g_assert_cmpint (g_mkdir_with_parents (package, 0700), ==, 0);
  orgs = write_file (fixture, "pakket/organizations.csv", "id,name,description\no1,Wijkpunt,\n");
  attributes = write_file (fixture, "pakket/attributes.csv",
    "id,link_id,link_entity,link_type,value\nv1,o1,organization,verified_on,2025-03-01\n");
  import = import_run (fixture->store, package);

  g_assert_cmpuint (g_list_model_get_n_items (kring_hsds_import_get_items (import)), ==, 1);
  assert_null (fixture->store, "organizations", "o1", "description");
  assert_string (fixture->store, "organizations", "o1", "verified_on", "2025-03-01");
  assert_absent (fixture->store, "attributes", "v1");
}

#define MERGE_SOURCE \
  "{\"id\": \"org-1\", \"name\": \"Wijkpunt\", \"description\": \"%s\"," \
  " \"services\": [{\"id\": \"svc-1\", \"name\": \"Spreekuur\", \"status\": \"active\"," \
  " \"phones\": [{\"id\": \"ph-1\", \"number\": \"%s\"}]}]}"

static KringHsdsImport *
prepare_source (ImportFixture *fixture, const char *description, const char *number)
{
  g_autofree char *json = g_strdup_printf (MERGE_SOURCE, description, number);
  g_autofree char *path = write_file (fixture, "source.json", json);
  g_autoptr (GError) error = NULL;
  KringHsdsImport *import = import_prepare (fixture->store, path, &error);

  g_assert_no_error (error);
  return import;
}

static KringImportItem *
only_item (KringHsdsImport *import)
{
  GListModel *items = kring_hsds_import_get_items (import);

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  return g_list_model_get_item (items, 0);
}

static void
commit (KringHsdsImport *import)
{
  g_autoptr (GError) error = NULL;

  import_commit (import, NULL, &error);
  g_assert_no_error (error);
}

static void
edit_locally (ImportFixture *fixture, const char *number)
{
  g_autoptr (KringRecord) phone = store_get (fixture->store, "phones", "ph-1");

  kring_record_set_string (phone, "number", number);
  store_save (fixture->store, phone);
}

static void
test_merge (ImportFixture *fixture, gconstpointer data)
{
  g_autoptr (KringHsdsImport) first = prepare_source (fixture, "Inloop", "010-1");
  g_autoptr (KringHsdsImport) same = NULL;
  g_autoptr (KringHsdsImport) changed = NULL;
  g_autoptr (KringHsdsImport) conflict = NULL;
  g_autoptr (KringImportItem) item = only_item (first);

  g_assert_cmpint (kring_import_item_get_action (item), ==, KRING_IMPORT_ACTION_ADD);
  g_assert_cmpstr (kring_import_item_get_title (item), ==, "Wijkpunt");
  commit (first);
  assert_string (fixture->store, "phones", "ph-1", "service_id", "svc-1");

  same = prepare_source (fixture, "Inloop", "010-1");
  g_assert_cmpuint (kring_hsds_import_count (same, KRING_IMPORT_ACTION_UNCHANGED), ==, 1);
  commit (same);

  changed = prepare_source (fixture, "Inloop", "010-2");
  g_assert_cmpuint (kring_hsds_import_count (changed, KRING_IMPORT_ACTION_UPDATE), ==, 1);
  commit (changed);
  assert_string (fixture->store, "phones", "ph-1", "number", "010-2");

  /* Changed here and in the source: a conflict, and by default ours stays. */
  edit_locally (fixture, "010-local");
  conflict = prepare_source (fixture, "Inloop en spreekuur", "010-3");
  g_clear_object (&item);
  item = only_item (conflict);
  g_assert_cmpint (kring_import_item_get_action (item), ==, KRING_IMPORT_ACTION_CONFLICT);
  g_assert_cmpint (kring_import_item_get_resolution (item), ==, KRING_IMPORT_RESOLUTION_KEEP_MINE);
  commit (conflict);
  assert_string (fixture->store, "phones", "ph-1", "number", "010-local");
  assert_string (fixture->store, "organizations", "org-1", "description", "Inloop");

  /* Taking theirs applies the source. */
  g_clear_object (&conflict);
  conflict = prepare_source (fixture, "Inloop en spreekuur", "010-3");
  g_clear_object (&item);
  item = only_item (conflict);
  g_assert_cmpint (kring_import_item_get_action (item), ==, KRING_IMPORT_ACTION_CONFLICT);
  kring_import_item_set_resolution (item, KRING_IMPORT_RESOLUTION_TAKE_THEIRS);
  commit (conflict);
  assert_string (fixture->store, "phones", "ph-1", "number", "010-3");
  assert_string (fixture->store, "organizations", "org-1", "description", "Inloop en spreekuur");
}

/* A record that exists but was never imported conflicts when it differs. */
static void
test_merge_never_imported (ImportFixture *fixture, gconstpointer data)
{
  g_autoptr (KringRecord) org = kring_record_new_with_id ("organizations", "org-1");
  g_autoptr (KringHsdsImport) import = NULL;

  kring_record_set_string (org, "name", "Wijkpunt");
  kring_record_set_string (org, "description", "Eigen tekst");
  store_save (fixture->store, org);
  import = prepare_source (fixture, "Inloop", "010-1");
  g_assert_cmpuint (kring_hsds_import_count (import, KRING_IMPORT_ACTION_CONFLICT), ==, 1);
}

static void
on_progress (GObject *object, GParamSpec *pspec, gpointer data)
{
  guint *n = data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  (*n)++;
}

static void
test_progress (ImportFixture *fixture, gconstpointer data)
{
  g_autofree char *path = hsds_example_path ("organization_full.json");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KringHsdsImport) import = kring_hsds_import_new (fixture->store, file);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  guint n = 0;

  g_signal_connect (import, "notify::progress", G_CALLBACK (on_progress), &n);
  kring_hsds_import_prepare_async (import, NULL, kring_test_store_result, &result);
  kring_hsds_import_prepare_finish (import, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpfloat (kring_hsds_import_get_progress (import), ==, 1.0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/hsds-import/example/organization-full", test_organization_full);
  ADD ("/hsds-import/example/service-full", test_service_full);
  ADD ("/hsds-import/example/service-at-location-full", test_service_at_location_full);
  ADD ("/hsds-import/example/location", test_location);
  ADD ("/hsds-import/example/lists-and-taxonomies", test_lists_and_taxonomies);
  ADD ("/hsds-import/example/base", test_base);
  ADD ("/hsds-import/example/tabular-json", test_tabular_json);
  ADD ("/hsds-import/csv/package", test_csv_package);
  ADD ("/hsds-import/csv/rfc4180", test_csv_rfc4180);
  ADD ("/hsds-import/blank-and-extras", test_blank_and_extras);
  ADD ("/hsds-import/csv/extras", test_csv_extras);
  ADD ("/hsds-import/merge/cases", test_merge);
  ADD ("/hsds-import/merge/never-imported", test_merge_never_imported);
  ADD ("/hsds-import/progress", test_progress);
#undef ADD
  return g_test_run ();
}
