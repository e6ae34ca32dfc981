/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-store-map.h"
#include "kring-store-test.h"

/*
 * The ecosystem map's store queries against a real SQLCipher store holding
 * two teams: every field of the loaded nodes, sectors by life domain and by
 * sector, ring names, team lookup by id and by name, moving partners between
 * rings (and what an invalid move leaves alone), and saved versions.
 */

typedef KringTestStoreFixture Fixture;

#define T_NOORD "team-noord"
#define T_ZUID  "team-zuid"
#define O_WELZIJN  "o-welzijn"
#define O_HUISARTS "o-huisarts"
#define O_CORP     "o-corporatie"
#define O_GGZ      "o-ggz"
#define O_VOEDSEL  "o-voedselbank"
#define O_SPORT    "o-sport"
#define S_AMW      "s-amw"
#define S_POH      "s-poh"
#define S_SPREEK   "s-spreekuur"
#define S_WONEN    "s-woonconsulent"
#define S_BEGELEID "s-woonbegeleiding"
#define S_FACT     "s-fact"
#define S_CONSULT  "s-consultatie"
#define S_PREVENT  "s-preventie"
#define S_PAKKET   "s-voedselpakket"
#define L_FIN  "t-financien"
#define L_GGZ  "t-ggz"
#define L_HUIS "t-huisvesting"
#define X_ZORG    "t-zorg"
#define X_WELZIJN "t-welzijn"
#define X_WONEN   "t-wonen"
#define J_NUL   "t-nulde"
#define J_EEN   "t-eerste"
#define J_EEN_E "t-1e"
#define J_TWEE  "t-tweede"

/* The date @months before today, @days later (local time). */
static char *
months_ago (int months, int days)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_months (now, -months);
  g_autoptr (GDateTime) date = g_date_time_add_days (then, days);

  return g_date_time_format (date, "%Y-%m-%d");
}

static void
tag (GPtrArray *records, const char *link_id, const char *term_id)
{
  g_autofree char *id = g_strconcat ("a-", link_id, "-", term_id, NULL);

  kring_test_record_add (records, "attributes", id, "link_id", link_id, "taxonomy_term_id", term_id, NULL);
}

static void
add_vocabulary (GPtrArray *records)
{
  static const char *const terms[][3] = {
    /* Not in name order on purpose: sectors and bits follow the names. */
    { L_HUIS, "Huisvesting", "x-ld" }, { L_FIN, "Financiën", "x-ld" },
    { L_GGZ, "Geestelijke gezondheid", "x-ld" },
    { X_ZORG, "Zorg", "x-sector" }, { X_WELZIJN, "Welzijn", "x-sector" },
    { X_WONEN, "Wonen", "x-sector" },
    { J_NUL, "Nulde lijn", "x-lijn" }, { J_EEN, "Eerste lijn", "x-lijn" },
    { J_EEN_E, "1e lijn", "x-lijn" }, { J_TWEE, "Tweede lijn", "x-lijn" },
  };

  kring_test_record_add (records, "taxonomies", "x-ld", "name", "Levensdomeinen", "kind", "life_domain", NULL);
  kring_test_record_add (records, "taxonomies", "x-sector", "name", "Sectoren", "kind", "sector", NULL);
  kring_test_record_add (records, "taxonomies", "x-lijn", "name", "Lijn", "kind", "lijn", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (terms); i++)
    kring_test_record_add (records, "taxonomy_terms", terms[i][0], "name", terms[i][1], "taxonomy_id", terms[i][2],
         NULL);
}

static void
add_service (GPtrArray *records, const char *id, const char *name, const char *org,
             const char *lijn, const char *domain)
{
  kring_test_record_add (records, "services", id, "name", name, "organization_id", org, NULL);
  if (lijn != NULL)
    tag (records, id, lijn);
  if (domain != NULL)
    tag (records, id, domain);
}

static void
add_directory (GPtrArray *records)
{
  kring_test_record_add (records, "organizations", O_WELZIJN, "name", "Welzijn Marendal", NULL);
  kring_test_record_add (records, "organizations", O_HUISARTS, "name", "Huisartsenpraktijk Lindenhof", NULL);
  kring_test_record_add (records, "organizations", O_CORP, "name", "Woonstichting Het Vaarthuis", NULL);
  kring_test_record_add (records, "organizations", O_GGZ, "name", "GGZ Vaartland", NULL);
  kring_test_record_add (records, "organizations", O_VOEDSEL, "name", "Voedselbank Marendal", NULL);
  kring_test_record_add (records, "organizations", O_SPORT, "name", "Sportvereniging De Vaart", NULL);
  tag (records, O_WELZIJN, X_WELZIJN);
  tag (records, O_HUISARTS, X_ZORG);
  tag (records, O_CORP, X_WONEN);
  tag (records, O_GGZ, X_ZORG);
  tag (records, O_VOEDSEL, X_WELZIJN);
  add_service (records, S_AMW, "Algemeen maatschappelijk werk", O_WELZIJN, J_NUL, L_GGZ);
  tag (records, S_AMW, L_FIN);
  add_service (records, S_POH, "POH-GGZ", O_HUISARTS, J_EEN_E, L_GGZ);
  add_service (records, S_SPREEK, "Spreekuur", O_HUISARTS, J_EEN, NULL);
  add_service (records, S_WONEN, "Woonconsulent", O_CORP, J_EEN, L_HUIS);
  add_service (records, S_BEGELEID, "Woonbegeleiding", O_CORP, J_TWEE, NULL);
  add_service (records, S_FACT, "FACT-team", O_GGZ, J_TWEE, L_GGZ);
  add_service (records, S_CONSULT, "Consultatie", O_GGZ, J_TWEE, NULL);
  add_service (records, S_PREVENT, "Preventie", O_GGZ, J_NUL, NULL);
  add_service (records, S_PAKKET, "Voedselpakket", O_VOEDSEL, J_NUL, L_FIN);
  kring_test_record_add (records, "contacts", "c-poh", "name", "Karin Smit", "organization_id", O_HUISARTS, NULL);
}

static void
add_member (GPtrArray *records, const char *id, const char *team, const char *name,
            const char *discipline, const char *home, int sort_order, gboolean active)
{
  KringRecord *member = kring_test_record_add (records, "team_members", id, "team_id", team, "name", name,
                             "discipline", discipline, "home_organization_id", home, NULL);

  kring_record_set_int (member, "sort_order", sort_order);
  kring_record_set_int (member, "active", active);
}

static KringRecord *
place (GPtrArray *records, const char *id, const char *team, const char *column,
       const char *record_id, int ring)
{
  KringRecord *placement = kring_test_record_add (records, "ring_placements", id, "team_id", team, column,
                                record_id, NULL);

  kring_record_set_int (placement, "ring", ring);
  return placement;
}

static void
add_relationship (GPtrArray *records, const char *id, const char *team, const char *org,
                  const int flags[4], int trust, const char *frequency, int months, int days)
{
  KringRecord *rel = kring_test_record_add (records, "relationships", id, "team_id", team, "organization_id", org,
                          "contact_frequency", frequency, NULL);
  g_autofree char *last = months_ago (months, days);

  kring_record_set_int (rel, "has_agreement", flags[0]);
  if (flags[1])
    kring_record_set_string (rel, "fixed_contact_id", "c-poh");
  kring_record_set_int (rel, "knows_personally", flags[2]);
  kring_record_set_int (rel, "reports_back", flags[3]);
  kring_record_set_int (rel, "trust", trust);
  kring_record_set_string (rel, "last_contact_on", last);
}

static void
add_teams (GPtrArray *records)
{
  static const int close_partner[4] = { 1, 1, 1, 1 };
  static const int loose_partner[4] = { 0, 0, 0, 0 };

  kring_test_record_add (records, "teams", T_ZUID, "name", "Wijkteam Zuid", "sector_mode", "sector", NULL);
  kring_test_record_add (records, "teams", T_NOORD, "name", "Wijkteam Noord", "ring1_name", "Eerste schil",
       "ring2_name", "", NULL);
  add_member (records, "m-sanne", T_NOORD, "Sanne de Vries", "Maatschappelijk werker",
              O_WELZIJN, 1, TRUE);
  add_member (records, "m-ilse", T_NOORD, "Ilse Bosman", "Wijkverpleegkundige", NULL, 2, TRUE);
  add_member (records, "m-oud", T_NOORD, "Oud Lid", "Opbouwwerker", O_WELZIJN, 3, FALSE);
  add_member (records, "m-zuid", T_ZUID, "Zeynep Kaya", "Wmo-consulent", NULL, 1, TRUE);
  place (records, "rp-huisarts", T_NOORD, "organization_id", O_HUISARTS, 1);
  place (records, "rp-corp", T_NOORD, "organization_id", O_CORP, 1);
  /* The team put the GGZ in the Welzijn sector, whatever its own term says. */
  kring_record_set_string (place (records, "rp-ggz", T_NOORD, "organization_id", O_GGZ, 2),
                           "sector_term_id", X_WELZIJN);
  place (records, "rp-poh", T_NOORD, "service_id", S_POH, 2);
  place (records, "rp-zuid-ggz", T_ZUID, "organization_id", O_GGZ, 1);
  /* At Noord's table through Sanne; at Zuid's table with nobody from it. */
  place (records, "rp-welzijn", T_NOORD, "organization_id", O_WELZIJN, 0);
  place (records, "rp-zuid-welzijn", T_ZUID, "organization_id", O_WELZIJN, 0);
  add_relationship (records, "r-huisarts", T_NOORD, O_HUISARTS, close_partner, 5, "weekly", 0, 0);
  add_relationship (records, "r-corp", T_NOORD, O_CORP, loose_partner, 2, "incidental", 8, 0);
  /* Zuid knows the voedselbank without having placed it. A day short of
   * two months is one month. */
  add_relationship (records, "r-zuid-voedsel", T_ZUID, O_VOEDSEL, close_partner, 4, "monthly", 2,
                    1);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  add_vocabulary (records);
  add_directory (records);
  add_teams (records);
  kring_test_store_fixture_set_up (f, records);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_tear_down (f);
}

/* --- synchronous wrappers --- */

static KringMapGraph *
load_full (Fixture *f, const char *team, KringMapSectorMode mode, gboolean use_team_mode,
           char **team_id, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_map_load_async (f->store, team, mode, use_team_mode, NULL,
                              kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_store_map_load_finish (f->store, result, team_id, error);
}

static KringMapGraph *
load (Fixture *f, const char *team, KringMapSectorMode mode)
{
  g_autoptr (GError) error = NULL;
  KringMapGraph *graph = load_full (f, team, mode, FALSE, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (graph);
  return graph;
}

static gboolean
place_in_ring (Fixture *f, const char *team, const char *table, const char *id, int ring,
               int *previous, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_map_place_async (f->store, team, table, id, ring, NULL, kring_test_store_result,
                               &pending);
  result = kring_test_await (&pending);
  return kring_store_map_place_finish (f->store, result, previous, error);
}

static char *
snapshot (Fixture *f, const char *team, const KringMapGraph *graph, const char *title,
          GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_map_snapshot_async (f->store, team, graph, title, NULL, kring_test_store_result,
                                  &pending);
  result = kring_test_await (&pending);
  return kring_store_map_snapshot_finish (f->store, result, error);
}

static const KringMapNode *
node (const KringMapGraph *graph, const char *id)
{
  int index = kring_map_graph_find (graph, id);

  if (index < 0)
    g_error ("no node %s in the graph", id);
  return g_ptr_array_index (graph->nodes, index);
}

static const char *
sector_keys (const KringMapGraph *graph)
{
  g_autoptr (GString) keys = g_string_new (NULL);

  for (guint i = 0; i < graph->sectors->len; i++)
    {
      const KringMapSector *sector = g_ptr_array_index (graph->sectors, i);

      g_string_append_printf (keys, "%s%s", i > 0 ? " " : "", sector->key);
    }
  return g_intern_string (keys->str);
}

/* The ring placements of @team_id for a record (organisation or service). */
static guint
count_placements (Fixture *f, const char *team_id, const char *column, const char *id, int *ring)
{
  g_autoptr (GListModel) rows = kring_store_test_list (f->store, "ring_placements", column, id);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_string (row, "team_id"), team_id) != 0)
        continue;
      n++;
      if (ring != NULL)
        *ring = (int) kring_record_get_int (row, "ring", -9);
    }
  return n;
}

/* --- loading --- */

static void
test_load_members (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, NULL, KRING_MAP_SECTORS_LIFE_DOMAIN);
  const KringMapNode *sanne = node (graph, "m-sanne");
  const KringMapNode *ilse = node (graph, "m-ilse");

  g_assert_cmpstr (graph->title, ==, "Wijkteam Noord");
  g_assert_cmpint (kring_map_graph_find (graph, "m-oud"), ==, -1);
  g_assert_cmpint (kring_map_graph_find (graph, "m-zuid"), ==, -1);
  /* Members come first, in their sort order. */
  g_assert_true (g_ptr_array_index (graph->nodes, 0) == sanne);
  g_assert_true (g_ptr_array_index (graph->nodes, 1) == ilse);
  g_assert_cmpint (sanne->kind, ==, KRING_MAP_NODE_MEMBER);
  g_assert_cmpstr (sanne->table, ==, "team_members");
  g_assert_cmpstr (sanne->label, ==, "Sanne de Vries");
  g_assert_cmpint (sanne->ring, ==, 0);
  g_assert_cmpstr (sanne->detail, ==, "Maatschappelijk werker (Welzijn Marendal)");
  /* Welzijn Marendal's first life domain by name: Financiën (from its AMW). */
  g_assert_cmpstr (sanne->sector, ==, L_FIN);
  g_assert_cmpstr (ilse->detail, ==, "Wijkverpleegkundige");
  g_assert_null (ilse->sector);
  g_assert_cmpint (ilse->ring, ==, 0);
}

static void
test_load_vocabulary (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, NULL, KRING_MAP_SECTORS_LIFE_DOMAIN);
  g_autoptr (KringMapGraph) defaults = kring_map_graph_new ("x", NULL);

  g_assert_cmpstr (sector_keys (graph), ==, L_FIN " " L_GGZ " " L_HUIS);
  g_assert_cmpstr (((KringMapSector *) g_ptr_array_index (graph->sectors, 0))->label, ==,
                   "Financiën");
  g_assert_cmpuint (graph->life_domain_names->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (graph->life_domain_names, 0), ==, "Financiën");
  g_assert_cmpstr (g_ptr_array_index (graph->life_domain_names, 1), ==, "Geestelijke gezondheid");
  g_assert_cmpstr (g_ptr_array_index (graph->life_domain_names, 2), ==, "Huisvesting");
  /* Ring names: the team's own where it has one; NULL and "" mean the default. */
  g_assert_cmpstr (graph->ring_names[0], ==, defaults->ring_names[0]);
  g_assert_cmpstr (graph->ring_names[1], ==, "Eerste schil");
  g_assert_cmpstr (graph->ring_names[2], ==, defaults->ring_names[2]);
  g_assert_cmpstr (graph->ring_names[3], ==, defaults->ring_names[3]);
  g_assert_cmpstr (defaults->ring_names[2], !=, "");
}

static void
test_load_close_partner (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  const KringMapNode *huisarts = node (graph, O_HUISARTS);

  g_assert_cmpint (huisarts->kind, ==, KRING_MAP_NODE_PARTNER);
  g_assert_cmpstr (huisarts->table, ==, "organizations");
  g_assert_cmpstr (huisarts->label, ==, "Huisartsenpraktijk Lindenhof");
  g_assert_null (huisarts->detail);
  g_assert_cmpint (huisarts->ring, ==, 1);
  g_assert_cmpstr (huisarts->sector, ==, L_GGZ);
  g_assert_cmphex (huisarts->life_domains, ==, 1u << 1);
  /* "1e lijn" and "Eerste lijn" are both the first line. */
  g_assert_cmpint (huisarts->lijn, ==, 1);
  g_assert_true (huisarts->quality.known);
  g_assert_true (huisarts->quality.has_agreement);
  g_assert_true (huisarts->quality.has_fixed_contact);
  g_assert_true (huisarts->quality.knows_personally);
  g_assert_true (huisarts->quality.reports_back);
  g_assert_cmpint (huisarts->quality.trust, ==, 5);
  g_assert_cmpint (huisarts->quality.frequency, ==, KRING_MAP_FREQUENCY_WEEKLY);
  g_assert_cmpint (huisarts->quality.months_since_contact, ==, 0);
  g_assert_cmpint (huisarts->quality.tie, ==, KRING_MAP_TIE_NONE);
}

static void
test_load_loose_partner (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  const KringMapNode *corp = node (graph, O_CORP);

  g_assert_cmpint (corp->ring, ==, 1);
  g_assert_cmpstr (corp->sector, ==, L_HUIS);
  g_assert_cmphex (corp->life_domains, ==, 1u << 2);
  /* One service in each line: the higher one counts. */
  g_assert_cmpint (corp->lijn, ==, 2);
  g_assert_true (corp->quality.known);
  g_assert_false (corp->quality.has_agreement);
  g_assert_false (corp->quality.has_fixed_contact);
  g_assert_false (corp->quality.knows_personally);
  g_assert_false (corp->quality.reports_back);
  g_assert_cmpint (corp->quality.trust, ==, 2);
  g_assert_cmpint (corp->quality.frequency, ==, KRING_MAP_FREQUENCY_INCIDENTAL);
  g_assert_cmpint (corp->quality.months_since_contact, ==, 8);
}

static void
test_load_without_relationship (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  const KringMapNode *ggz = node (graph, O_GGZ);

  g_assert_cmpint (ggz->ring, ==, 2);
  g_assert_false (ggz->quality.known);
  g_assert_false (ggz->quality.has_agreement);
  g_assert_false (ggz->quality.has_fixed_contact);
  g_assert_cmpint (ggz->quality.trust, ==, 0);
  g_assert_cmpint (ggz->quality.frequency, ==, KRING_MAP_FREQUENCY_UNKNOWN);
  g_assert_cmpint (ggz->quality.months_since_contact, ==, -1);
  /* Two services in the second line, one in the nulde lijn. */
  g_assert_cmpint (ggz->lijn, ==, 2);
  g_assert_cmphex (ggz->life_domains, ==, 1u << 1);
  g_assert_cmpstr (ggz->sector, ==, L_GGZ);
}

static void
test_load_service (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  const KringMapNode *poh = node (graph, S_POH);

  g_assert_cmpint (poh->kind, ==, KRING_MAP_NODE_PARTNER);
  g_assert_cmpstr (poh->table, ==, "services");
  g_assert_cmpstr (poh->label, ==, "POH-GGZ");
  g_assert_cmpstr (poh->detail, ==, "Huisartsenpraktijk Lindenhof");
  g_assert_cmpint (poh->ring, ==, 2);
  g_assert_cmpstr (poh->sector, ==, L_GGZ);
  g_assert_cmphex (poh->life_domains, ==, 1u << 1);
  g_assert_cmpint (poh->lijn, ==, 1);
  /* A service's tie is the team's relationship with its organisation. */
  g_assert_true (poh->quality.known);
  g_assert_cmpint (poh->quality.trust, ==, 5);
  g_assert_true (poh->quality.has_fixed_contact);
  /* Services that are not placed themselves are no nodes. */
  g_assert_cmpint (kring_map_graph_find (graph, S_SPREEK), ==, -1);
}

static void
test_load_unplaced (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  const KringMapNode *voedsel = node (graph, O_VOEDSEL);
  const KringMapNode *sport = node (graph, O_SPORT);

  /* 2 members, 4 placements, 2 organisations the team has not placed;
   * Welzijn Marendal sits at the table through Sanne, not as a node. */
  g_assert_cmpuint (graph->nodes->len, ==, 8);
  g_assert_cmpint (kring_map_graph_find (graph, O_WELZIJN), ==, -1);
  g_assert_cmpint (voedsel->ring, ==, 3);
  g_assert_cmpint (voedsel->kind, ==, KRING_MAP_NODE_PARTNER);
  g_assert_false (voedsel->quality.known);
  g_assert_cmpint (voedsel->quality.months_since_contact, ==, -1);
  g_assert_cmpint (voedsel->lijn, ==, 0);
  g_assert_cmphex (voedsel->life_domains, ==, 1u << 0);
  g_assert_cmpstr (voedsel->sector, ==, L_FIN);
  g_assert_cmpint (sport->ring, ==, 3);
  g_assert_null (sport->sector);
  g_assert_cmpint (sport->lijn, ==, -1);
  g_assert_cmphex (sport->life_domains, ==, 0);
}

static void
test_load_sector_mode (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, T_NOORD, KRING_MAP_SECTORS_SECTOR);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) team_mode = NULL;

  g_assert_cmpstr (sector_keys (graph), ==, X_WELZIJN " " X_WONEN " " X_ZORG);
  g_assert_cmpstr (node (graph, O_HUISARTS)->sector, ==, X_ZORG);
  g_assert_cmpstr (node (graph, O_CORP)->sector, ==, X_WONEN);
  /* The placement's own sector wins over the organisation's term. */
  g_assert_cmpstr (node (graph, O_GGZ)->sector, ==, X_WELZIJN);
  /* A service sits in its organisation's sector. */
  g_assert_cmpstr (node (graph, S_POH)->sector, ==, X_ZORG);
  g_assert_cmpstr (node (graph, "m-sanne")->sector, ==, X_WELZIJN);
  g_assert_null (node (graph, O_SPORT)->sector);
  /* Life domain bits do not depend on the sectors. */
  g_assert_cmpuint (graph->life_domain_names->len, ==, 3);
  g_assert_cmphex (node (graph, O_CORP)->life_domains, ==, 1u << 2);

  /* Noord's own mode is by life domain; asking for its mode overrides @mode. */
  team_mode = load_full (f, T_NOORD, KRING_MAP_SECTORS_SECTOR, TRUE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sector_keys (team_mode), ==, L_FIN " " L_GGZ " " L_HUIS);
}

static void
test_load_team_by_name (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *team_id = NULL;
  g_autoptr (KringMapGraph) zuid = load_full (f, "Wijkteam Zuid", KRING_MAP_SECTORS_LIFE_DOMAIN,
                                              TRUE, &team_id, &error);
  g_autoptr (KringMapGraph) defaults = kring_map_graph_new ("x", NULL);

  g_assert_no_error (error);
  g_assert_cmpstr (team_id, ==, T_ZUID);
  g_assert_cmpstr (zuid->title, ==, "Wijkteam Zuid");
  /* Zuid groups by sector. */
  g_assert_cmpstr (sector_keys (zuid), ==, X_WELZIJN " " X_WONEN " " X_ZORG);
  for (guint i = 0; i < KRING_MAP_N_RINGS; i++)
    g_assert_cmpstr (zuid->ring_names[i], ==, defaults->ring_names[i]);
  g_assert_cmpint (node (zuid, O_GGZ)->ring, ==, 1);
  g_assert_cmpstr (node (zuid, O_GGZ)->sector, ==, X_ZORG);
  g_assert_cmpint (node (zuid, O_HUISARTS)->ring, ==, 3);
  g_assert_false (node (zuid, O_HUISARTS)->quality.known);
  g_assert_cmpint (kring_map_graph_find (zuid, S_POH), ==, -1);
  g_assert_cmpint (kring_map_graph_find (zuid, "m-sanne"), ==, -1);
  g_assert_cmpint (node (zuid, "m-zuid")->ring, ==, 0);
  /* No Zuid member comes from Welzijn Marendal: it is a node of its own. */
  g_assert_cmpint (node (zuid, O_WELZIJN)->ring, ==, 0);
  g_assert_cmpint (node (zuid, O_WELZIJN)->kind, ==, KRING_MAP_NODE_PARTNER);
  g_assert_cmpstr (node (zuid, O_WELZIJN)->sector, ==, X_WELZIJN);
  g_assert_cmphex (node (zuid, O_WELZIJN)->life_domains, ==, (1u << 0) | (1u << 1));
  g_assert_cmpint (node (zuid, O_WELZIJN)->lijn, ==, 0);
  /* Not placed, but the relationship Zuid recorded still shows. */
  g_assert_cmpint (node (zuid, O_VOEDSEL)->ring, ==, 3);
  g_assert_true (node (zuid, O_VOEDSEL)->quality.known);
  g_assert_cmpint (node (zuid, O_VOEDSEL)->quality.trust, ==, 4);
  g_assert_cmpint (node (zuid, O_VOEDSEL)->quality.months_since_contact, ==, 1);
  g_assert_cmpint (node (zuid, O_VOEDSEL)->quality.frequency, ==, KRING_MAP_FREQUENCY_MONTHLY);
}

static void
test_load_team_by_id (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *zuid_id = NULL;
  g_autoptr (KringMapGraph) first = load_full (f, NULL, KRING_MAP_SECTORS_LIFE_DOMAIN, FALSE,
                                               &first_id, &error);
  g_autoptr (KringMapGraph) zuid = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (first_id, ==, T_NOORD);
  zuid = load_full (f, T_ZUID, KRING_MAP_SECTORS_LIFE_DOMAIN, FALSE, &zuid_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zuid_id, ==, T_ZUID);
  g_assert_cmpstr (zuid->title, ==, "Wijkteam Zuid");
  g_assert_cmpstr (sector_keys (zuid), ==, L_FIN " " L_GGZ " " L_HUIS);
}

static void
test_load_unknown_team (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  char *team_id = NULL;
  KringMapGraph *graph = load_full (f, "Wijkteam West", KRING_MAP_SECTORS_LIFE_DOMAIN, FALSE,
                                    &team_id, &error);

  g_assert_null (graph);
  g_assert_null (team_id);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Wijkteam West"));
}

/* --- placing --- */

static void
test_place_move (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) placement = NULL;
  g_autoptr (KringMapGraph) graph = NULL;
  int previous = -9, ring = -9;

  g_assert_true (place_in_ring (f, T_NOORD, "organizations", O_HUISARTS, 2, &previous, &error));
  g_assert_no_error (error);
  g_assert_cmpint (previous, ==, 1);
  g_assert_cmpuint (count_placements (f, T_NOORD, "organization_id", O_HUISARTS, &ring), ==, 1);
  g_assert_cmpint (ring, ==, 2);
  /* The same row changed: its id and the team's other data stay. */
  placement = kring_store_test_get (f->store, "ring_placements", "rp-huisarts", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kring_record_get_int (placement, "ring", -9), ==, 2);
  graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  g_assert_cmpint (node (graph, O_HUISARTS)->ring, ==, 2);
  g_assert_true (node (graph, O_HUISARTS)->quality.known);
  /* Placing it where it is changes nothing and says so. */
  g_assert_true (place_in_ring (f, T_NOORD, "organizations", O_HUISARTS, 2, &previous, &error));
  g_assert_cmpint (previous, ==, 2);
  g_assert_cmpuint (count_placements (f, T_NOORD, "organization_id", O_HUISARTS, NULL), ==, 1);
}

static void
test_place_new (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) graph = NULL;
  int previous = -9, ring = -9;

  g_assert_true (place_in_ring (f, T_NOORD, "organizations", O_VOEDSEL, 1, &previous, &error));
  g_assert_no_error (error);
  g_assert_cmpint (previous, ==, -1);
  g_assert_cmpuint (count_placements (f, T_NOORD, "organization_id", O_VOEDSEL, &ring), ==, 1);
  g_assert_cmpint (ring, ==, 1);
  g_assert_cmpuint (count_placements (f, T_ZUID, "organization_id", O_VOEDSEL, NULL), ==, 0);
  /* A service of an organisation, placed on its own. */
  g_assert_true (place_in_ring (f, "Wijkteam Noord", "services", S_AMW, 2, &previous, &error));
  g_assert_no_error (error);
  g_assert_cmpint (previous, ==, -1);
  g_assert_cmpuint (count_placements (f, T_NOORD, "service_id", S_AMW, &ring), ==, 1);
  g_assert_cmpint (ring, ==, 2);
  graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  g_assert_cmpint (node (graph, O_VOEDSEL)->ring, ==, 1);
  g_assert_cmpint (node (graph, S_AMW)->ring, ==, 2);
  g_assert_cmpstr (node (graph, S_AMW)->detail, ==, "Welzijn Marendal");
  g_assert_cmpuint (graph->nodes->len, ==, 9);
}

static void
test_place_remove (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) graph = NULL;
  int previous = -9;

  g_assert_true (place_in_ring (f, T_NOORD, "organizations", O_CORP, -1, &previous, &error));
  g_assert_no_error (error);
  g_assert_cmpint (previous, ==, 1);
  g_assert_cmpuint (count_placements (f, T_NOORD, "organization_id", O_CORP, NULL), ==, 0);
  g_assert_true (place_in_ring (f, T_NOORD, "services", S_POH, -1, &previous, &error));
  g_assert_cmpint (previous, ==, 2);
  /* Taking off what is not placed is no error. */
  g_assert_true (place_in_ring (f, T_NOORD, "organizations", O_SPORT, -1, &previous, &error));
  g_assert_no_error (error);
  g_assert_cmpint (previous, ==, -1);
  graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  g_assert_cmpint (node (graph, O_CORP)->ring, ==, 3);
  g_assert_cmpint (kring_map_graph_find (graph, S_POH), ==, -1);
  /* Zuid's placement of the GGZ is not Noord's. */
  g_assert_cmpuint (count_placements (f, T_ZUID, "organization_id", O_GGZ, NULL), ==, 1);
}

static void
assert_place_fails (Fixture *f, const char *team, const char *table, const char *id, int ring,
                    int code)
{
  g_autoptr (GError) error = NULL;
  int previous = -9;

  g_assert_false (place_in_ring (f, team, table, id, ring, &previous, &error));
  g_assert_error (error, KRING_STORE_ERROR, code);
  g_assert_cmpint (previous, ==, -9);
}

static void
test_place_invalid (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) before = kring_store_test_list (f->store, "ring_placements", NULL, NULL);
  g_autoptr (GListModel) after = NULL;
  int ring = -9;

  assert_place_fails (f, T_NOORD, "organizations", O_HUISARTS, 4, KRING_STORE_ERROR_INVALID);
  assert_place_fails (f, T_NOORD, "organizations", O_HUISARTS, -2, KRING_STORE_ERROR_INVALID);
  assert_place_fails (f, T_NOORD, "contacts", "c-poh", 1, KRING_STORE_ERROR_INVALID);
  assert_place_fails (f, T_NOORD, "organizations", "o-bestaat-niet", 1,
                      KRING_STORE_ERROR_NOT_FOUND);
  assert_place_fails (f, T_NOORD, "services", O_HUISARTS, 1, KRING_STORE_ERROR_NOT_FOUND);
  assert_place_fails (f, "team-west", "organizations", O_SPORT, 1, KRING_STORE_ERROR_NOT_FOUND);
  after = kring_store_test_list (f->store, "ring_placements", NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  g_assert_cmpuint (count_placements (f, T_NOORD, "organization_id", O_HUISARTS, &ring), ==, 1);
  g_assert_cmpint (ring, ==, 1);
  g_assert_cmpuint (count_placements (f, T_NOORD, "organization_id", O_SPORT, NULL), ==, 0);
}

/* --- saved versions --- */

static void
test_snapshot (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  g_autoptr (GError) error = NULL;
  g_autofree char *id = snapshot (f, T_NOORD, graph, "Voor de heidag", &error);
  g_autoptr (GListModel) rows = NULL;
  g_autoptr (KringRecord) row = NULL;
  g_autoptr (GDateTime) taken = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (KringMapGraph) back = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (id);
  rows = kring_store_test_list (f->store, "map_snapshots", "team_id", T_NOORD);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  row = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (kring_record_get_id (row), ==, id);
  g_assert_cmpstr (kring_record_get_string (row, "kind"), ==, "team");
  g_assert_cmpstr (kring_record_get_string (row, "title"), ==, "Voor de heidag");
  taken = g_date_time_new_from_iso8601 (kring_record_get_string (row, "taken_on"), NULL);
  g_assert_nonnull (taken);
  g_assert_cmpint (g_date_time_difference (now, taken), <, 60 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (g_date_time_difference (now, taken), >=, 0);
  back = kring_map_graph_from_json (kring_record_get_string (row, "data"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->title, ==, "Wijkteam Noord");
  g_assert_cmpuint (back->nodes->len, ==, graph->nodes->len);
  g_assert_cmpint (node (back, O_CORP)->ring, ==, 1);
  g_assert_cmpint (node (back, O_CORP)->quality.months_since_contact, ==, 8);
  g_assert_cmpint (node (back, O_CORP)->quality.trust, ==, 2);
  g_assert_cmpstr (back->ring_names[1], ==, "Eerste schil");
}

static void
test_snapshot_unknown_team (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = load (f, T_NOORD, KRING_MAP_SECTORS_LIFE_DOMAIN);
  g_autoptr (GError) error = NULL;
  g_autofree char *id = snapshot (f, "team-west", graph, "Nergens", &error);
  g_autoptr (GListModel) rows = NULL;

  g_assert_null (id);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND);
  rows = kring_store_test_list (f->store, "map_snapshots", NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/map/load/members", test_load_members);
  ADD ("/store/map/load/vocabulary", test_load_vocabulary);
  ADD ("/store/map/load/close-partner", test_load_close_partner);
  ADD ("/store/map/load/loose-partner", test_load_loose_partner);
  ADD ("/store/map/load/without-relationship", test_load_without_relationship);
  ADD ("/store/map/load/service", test_load_service);
  ADD ("/store/map/load/unplaced", test_load_unplaced);
  ADD ("/store/map/load/sector-mode", test_load_sector_mode);
  ADD ("/store/map/load/team-by-name", test_load_team_by_name);
  ADD ("/store/map/load/team-by-id", test_load_team_by_id);
  ADD ("/store/map/load/unknown-team", test_load_unknown_team);
  ADD ("/store/map/place/move", test_place_move);
  ADD ("/store/map/place/new", test_place_new);
  ADD ("/store/map/place/remove", test_place_remove);
  ADD ("/store/map/place/invalid", test_place_invalid);
  ADD ("/store/map/snapshot/saved", test_snapshot);
  ADD ("/store/map/snapshot/unknown-team", test_snapshot_unknown_team);
#undef ADD
  return g_test_run ();
}
