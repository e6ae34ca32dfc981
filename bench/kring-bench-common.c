/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <stdlib.h>

#include "kring-bench-common.h"
#include "kring-demo.h"

static const char * const org_kinds[] = {
  "Stichting", "Zorggroep", "Buurtteam", "Vereniging", "Praktijk", "Centrum", "Coöperatie",
  "Huis", "Steunpunt", "Platform",
};
static const char * const org_names[] = {
  "De Linde", "Het Anker", "De Brug", "Wijkkracht", "Samen Sterk", "De Vaart", "Oude Dorp",
  "Lindenhof", "Het Baken", "De Horizon", "Zonnehoek", "Marendal", "De Kroon", "Welzijn",
  "Noorderlicht", "De Schakel", "Het Kompas", "De Wending", "Perspectief", "Thuisbasis",
};
static const char * const topics[] = {
  "schuldhulpverlening", "budgetcoaching", "mantelzorgondersteuning", "cliëntondersteuning",
  "jeugdhulp", "opvoedondersteuning", "wijkverpleging", "dagbesteding", "thuisbegeleiding",
  "maatschappelijk werk", "taalcafé", "huiswerkbegeleiding", "eenzaamheid", "dementiezorg",
  "verslavingszorg", "re-integratie", "vrijwilligerswerk", "woonbegeleiding", "rouwverwerking",
  "formulierenhulp", "voedselbank", "ouderenadvies", "jongerenwerk", "GGZ-begeleiding",
  "huiselijk geweld", "armoedebestrijding", "beweegcoach", "buurtbemiddeling",
};
static const char * const places[] = {
  "Noord", "Zuid", "Centrum", "Oost", "West", "Vaartkwartier", "Lindenhof", "Oude Dorp",
};
static const char * const phrases[] = {
  "Kortdurende hulp bij", "Begeleiding en advies over", "Gratis spreekuur voor vragen over",
  "Groepsbijeenkomsten rond", "Thuisbezoek en ondersteuning bij", "Informatie en doorverwijzing bij",
};

#define PICK(rand, list) ((list)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (list))])

typedef struct
{
  GPtrArray *life_domains;  /* taxonomy term ids */
  GPtrArray *lijn;
  GPtrArray *toegang;
} Vocabulary;

static GPtrArray *
terms_of (GListModel *terms,
          const char *taxonomy)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (terms, i);

      if (g_strcmp0 (kring_record_get_string (term, "taxonomy"), taxonomy) == 0)
        g_ptr_array_add (ids, g_strdup (kring_record_get_id (term)));
    }
  if (ids->len == 0)
    g_error ("The store has no “%s” vocabulary; seed it first", taxonomy);
  return ids;
}

static char *
bench_uuid (GRand *rand)
{
  guint32 w[4];

  for (guint i = 0; i < 4; i++)
    w[i] = g_rand_int (rand);
  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%04x%08x", w[0], w[1] & 0xffff,
                          (w[1] >> 16) & 0x0fff, 0x8000 | (w[2] & 0x3fff), w[2] >> 16, w[3]);
}

static KringRecord *
new_record (GPtrArray  *records,
            GRand      *rand,
            const char *table)
{
  g_autofree char *id = bench_uuid (rand);
  KringRecord *record = kring_record_new_with_id (table, id);

  g_ptr_array_add (records, record);
  return record;
}

static void
add_attribute (GPtrArray  *records,
               GRand      *rand,
               const char *service_id,
               const char *link_type,
               GPtrArray  *terms)
{
  KringRecord *attribute = new_record (records, rand, "attributes");

  kring_record_set_string (attribute, "link_id", service_id);
  kring_record_set_string (attribute, "link_entity", "service");
  kring_record_set_string (attribute, "link_type", link_type);
  kring_record_set_string (attribute, "taxonomy_term_id",
                           terms->pdata[g_rand_int_range (rand, 0, (gint32) terms->len)]);
}

static KringRecord *
add_organization (GPtrArray *records,
                  GRand     *rand,
                  guint      index,
                  char     **location_id)
{
  KringRecord *org = new_record (records, rand, "organizations");
  const char *id = kring_record_get_id (org);
  g_autofree char *name = g_strdup_printf ("%s %s %u", PICK (rand, org_kinds),
                                           PICK (rand, org_names), index + 1);
  g_autofree char *description = g_strdup_printf ("%s %s en %s in %s.", PICK (rand, phrases),
                                                  PICK (rand, topics), PICK (rand, topics),
                                                  PICK (rand, places));
  KringRecord *location, *address, *contact, *phone;

  kring_record_set_string (org, "name", name);
  kring_record_set_string (org, "description", description);
  kring_record_set_string (org, "email", "info@example.nl");
  kring_record_set_string (org, "verified_on", "2024-03-01");
  location = new_record (records, rand, "locations");
  kring_record_set_string (location, "organization_id", id);
  kring_record_set_string (location, "name", name);
  *location_id = g_strdup (kring_record_get_id (location));
  address = new_record (records, rand, "addresses");
  kring_record_set_string (address, "location_id", *location_id);
  kring_record_set_string (address, "address_1", "Stationsplein 4");
  kring_record_set_string (address, "city", "Marendal");
  kring_record_set_string (address, "postal_code", "9999 AB");
  contact = new_record (records, rand, "contacts");
  kring_record_set_string (contact, "organization_id", id);
  kring_record_set_string (contact, "name", PICK (rand, org_names));
  kring_record_set_string (contact, "title", "Coördinator");
  phone = new_record (records, rand, "phones");
  kring_record_set_string (phone, "organization_id", id);
  kring_record_set_string (phone, "number", "0123-45 67 89");
  kring_record_set_string (phone, "type", "voice");
  return org;
}

static void
add_service (GPtrArray        *records,
             GRand            *rand,
             const char       *organization_id,
             const char       *location_id,
             const Vocabulary *vocabulary)
{
  KringRecord *service = new_record (records, rand, "services");
  const char *id = kring_record_get_id (service);
  const char *topic = PICK (rand, topics);
  g_autofree char *name = g_strdup_printf ("%c%s %s", g_ascii_toupper (topic[0]), topic + 1,
                                           PICK (rand, places));
  g_autofree char *description = g_strdup_printf ("%s %s voor inwoners van %s.",
                                                  PICK (rand, phrases), PICK (rand, topics),
                                                  PICK (rand, places));
  KringRecord *row;

  kring_record_set_string (service, "organization_id", organization_id);
  kring_record_set_string (service, "name", name);
  kring_record_set_string (service, "description", description);
  kring_record_set_string (service, "status", "active");
  kring_record_set_string (service, "wait_time", "Binnen 2 weken");
  kring_record_set_int (service, "minimum_age", g_rand_int_range (rand, 0, 3) * 18);
  row = new_record (records, rand, "service_at_locations");
  kring_record_set_string (row, "service_id", id);
  kring_record_set_string (row, "location_id", location_id);
  row = new_record (records, rand, "phones");
  kring_record_set_string (row, "service_id", id);
  kring_record_set_string (row, "number", "0800-123 45 67");
  kring_record_set_string (row, "type", "voice");
  row = new_record (records, rand, "service_areas");
  kring_record_set_string (row, "service_id", id);
  kring_record_set_string (row, "name", PICK (rand, places));
  add_attribute (records, rand, id, "life_domain", vocabulary->life_domains);
  add_attribute (records, rand, id, "lijn", vocabulary->lijn);
  add_attribute (records, rand, id, "toegang", vocabulary->toegang);
}

GPtrArray *
kring_bench_generate (KringStore *store,
                      guint       n_organizations,
                      guint       n_services,
                      guint32     seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr (GListModel) terms = kring_bench_list (store, "taxonomy_terms");
  g_autoptr (GPtrArray) org_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) location_ids = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  Vocabulary vocabulary = {
    terms_of (terms, "life_domain"), terms_of (terms, "lijn"), terms_of (terms, "toegang")
  };

  g_assert (n_organizations > 0);
  for (guint i = 0; i < n_organizations; i++)
    {
      char *location_id = NULL;
      KringRecord *org = add_organization (records, rand, i, &location_id);

      g_ptr_array_add (org_ids, g_strdup (kring_record_get_id (org)));
      g_ptr_array_add (location_ids, location_id);
    }
  /* Every organisation gets at least one service, the rest at random. */
  for (guint i = 0; i < n_services; i++)
    {
      guint org = i < n_organizations ? i : (guint) g_rand_int_range (rand, 0, (gint32) n_organizations);

      add_service (records, rand, org_ids->pdata[org], location_ids->pdata[org], &vocabulary);
    }
  g_ptr_array_unref (vocabulary.life_domains);
  g_ptr_array_unref (vocabulary.lijn);
  g_ptr_array_unref (vocabulary.toegang);
  return records;
}

double
kring_bench_now (void)
{
  return (double) g_get_monotonic_time () / 1000.0;
}

void
kring_bench_store_result (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

GAsyncResult *
kring_bench_wait (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

KringStore *
kring_bench_open_store (const char *path,
                        KringKey   *key)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringStore *store = kring_store_new (path);

  kring_store_open_async (store, key, TRUE, NULL, kring_bench_store_result, &result);
  if (!kring_store_open_finish (store, kring_bench_wait (&result), &error))
    g_error ("Cannot open %s: %s", path, error->message);
  return store;
}

void
kring_bench_close_store (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_store_close_async (store, NULL, kring_bench_store_result, &result);
  if (!kring_store_close_finish (store, kring_bench_wait (&result), &error))
    g_error ("Cannot close the store: %s", error->message);
}

void
kring_bench_save (KringStore *store,
                  GPtrArray  *records)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_store_save_async (store, records, NULL, kring_bench_store_result, &result);
  if (!kring_store_save_finish (store, kring_bench_wait (&result), &error))
    g_error ("Cannot save: %s", error->message);
}

GListModel *
kring_bench_list (KringStore *store,
                  const char *table)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *rows;

  kring_store_list_async (store, table, NULL, NULL, NULL, NULL, kring_bench_store_result, &result);
  rows = kring_store_list_finish (store, kring_bench_wait (&result), &error);
  if (rows == NULL)
    g_error ("Cannot list %s: %s", table, error->message);
  return rows;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
kring_bench_percentile (GArray *times, double fraction)
{
  guint index = (guint) (fraction * (times->len - 1) + 0.5);

  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, index);
}

void
kring_bench_load_demo (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_demo_load_async (store, NULL, kring_bench_store_result, &result);
  if (!kring_demo_load_finish (store, kring_bench_wait (&result), &error))
    g_error ("Cannot load the example district: %s", error->message);
}

KringStore *
kring_bench_open_demo_store (const char *name, char **path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = kring_key_new_random (&error);
  g_autofree char *dir = NULL;
  KringStore *store;

  if (key == NULL || (dir = g_dir_make_tmp (NULL, &error)) == NULL)
    g_error ("Cannot start: %s", error->message);
  *path = g_build_filename (dir, name, NULL);
  store = kring_bench_open_store (*path, key);
  kring_bench_load_demo (store);
  return store;
}

void
kring_bench_remove_store (KringStore *store, const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  kring_bench_close_store (store);
  g_unlink (path);
  g_rmdir (dir);
}

GPtrArray *
kring_bench_add_municipality (KringStore *store, int n_services)
{
  GPtrArray *generated = kring_bench_generate (store, MAX (1, n_services * 2 / 5), n_services,
                                               20240601);

  kring_bench_save (store, generated);
  return generated;
}

int
kring_bench_n_services (int argc, char *argv[])
{
  int n_services = argc > 1 ? atoi (argv[1]) : 20000;

  if (n_services <= 0)
    g_error ("The number of services must be positive, not \"%s\"", argv[1]);
  return n_services;
}
