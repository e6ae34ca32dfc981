/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <string.h>

#include "kring-map-graph.h"

static void
assert_nodes_equal (const KringMapNode *a,
                    const KringMapNode *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->table, ==, b->table);
  g_assert_cmpstr (a->label, ==, b->label);
  g_assert_cmpstr (a->detail, ==, b->detail);
  g_assert_cmpstr (a->sector, ==, b->sector);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpint (a->ring, ==, b->ring);
  g_assert_cmpuint (a->cluster_size, ==, b->cluster_size);
  g_assert_cmpuint (a->life_domains, ==, b->life_domains);
  g_assert_cmpint (a->lijn, ==, b->lijn);
  g_assert_cmpint (a->quality.known, ==, b->quality.known);
  g_assert_cmpint (a->quality.has_agreement, ==, b->quality.has_agreement);
  g_assert_cmpint (a->quality.has_fixed_contact, ==, b->quality.has_fixed_contact);
  g_assert_cmpint (a->quality.knows_personally, ==, b->quality.knows_personally);
  g_assert_cmpint (a->quality.reports_back, ==, b->quality.reports_back);
  g_assert_cmpint (a->quality.trust, ==, b->quality.trust);
  g_assert_cmpint (a->quality.frequency, ==, b->quality.frequency);
  g_assert_cmpint (a->quality.months_since_contact, ==, b->quality.months_since_contact);
  g_assert_cmpint (a->quality.tie, ==, b->quality.tie);
}

static void
assert_graphs_equal (const KringMapGraph *a,
                     const KringMapGraph *b)
{
  g_assert_cmpstr (a->title, ==, b->title);
  for (guint ring = 0; ring < KRING_MAP_N_RINGS; ring++)
    g_assert_cmpstr (a->ring_names[ring], ==, b->ring_names[ring]);
  g_assert_cmpuint (a->sectors->len, ==, b->sectors->len);
  for (guint i = 0; i < a->sectors->len; i++)
    {
      const KringMapSector *x = g_ptr_array_index (a->sectors, i);
      const KringMapSector *y = g_ptr_array_index (b->sectors, i);

      g_assert_cmpstr (x->key, ==, y->key);
      g_assert_cmpstr (x->label, ==, y->label);
    }
  g_assert_cmpuint (a->life_domain_names->len, ==, b->life_domain_names->len);
  for (guint i = 0; i < a->life_domain_names->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->life_domain_names, i), ==,
                     g_ptr_array_index (b->life_domain_names, i));
  g_assert_cmpuint (a->nodes->len, ==, b->nodes->len);
  for (guint i = 0; i < a->nodes->len; i++)
    assert_nodes_equal (g_ptr_array_index (a->nodes, i), g_ptr_array_index (b->nodes, i));
}

/* A graph with every field set, most away from its default. */
static KringMapGraph *
make_full_graph (void)
{
  const char *const names[KRING_MAP_N_RINGS] = { "Tafel", NULL, "Schil twee", "" };
  KringMapGraph *graph = kring_map_graph_new ("Wijkteam Noord “Oost”", names);
  KringMapNode *node;

  kring_map_graph_add_sector (graph, "zorg", "Zorg");
  kring_map_graph_add_sector (graph, "fin", "Financiën");
  g_ptr_array_add (graph->life_domain_names, g_strdup ("Wonen"));
  g_ptr_array_add (graph->life_domain_names, g_strdup ("Geld"));

  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "team_members", "m1",
                                   "Anne de Vries", "zorg", 0);
  node->detail = g_strdup ("Wijkverpleging");
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "o1",
                                   "Huisartsenpraktijk Ünal", "fin", 1);
  node->life_domains = 0x80000003u;
  node->lijn = 1;
  node->quality = (KringMapQuality) { TRUE, TRUE, FALSE, TRUE, FALSE, 4,
                                      KRING_MAP_FREQUENCY_QUARTERLY, 7, KRING_MAP_TIE_STRESSFUL };
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "services", "s1",
                                   "Schuldhulp", NULL, 2);
  node->quality = (KringMapQuality) { TRUE, FALSE, TRUE, FALSE, TRUE, 0,
                                      KRING_MAP_FREQUENCY_NONE, -1, KRING_MAP_TIE_WEAK };
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_CLUSTER, NULL, "cluster:3:zorg",
                                   "Zorg", "zorg", 3);
  node->cluster_size = 4000000000u;
  return graph;
}

static void
test_graph_build (void)
{
  const char *const names[KRING_MAP_N_RINGS] = { "Tafel", NULL, "", "Rest" };
  g_autoptr (KringMapGraph) defaults = kring_map_graph_new (NULL, NULL);
  g_autoptr (KringMapGraph) graph = kring_map_graph_new ("Noord", names);
  KringMapNode *node;

  g_assert_cmpstr (defaults->ring_names[0], ==, "Core Team");
  g_assert_cmpstr (defaults->ring_names[1], ==, "Inner Ring");
  g_assert_cmpstr (defaults->ring_names[2], ==, "Outer Ring");
  g_assert_cmpstr (defaults->ring_names[3], ==, "Social Map");
  g_assert_cmpstr (graph->title, ==, "Noord");
  g_assert_cmpstr (graph->ring_names[0], ==, "Tafel");
  g_assert_cmpstr (graph->ring_names[1], ==, "Inner Ring");
  g_assert_cmpstr (graph->ring_names[2], ==, "Outer Ring");
  g_assert_cmpstr (graph->ring_names[3], ==, "Rest");

  kring_map_graph_add_sector (graph, "a", "Alfa");
  kring_map_graph_add_sector (graph, "b", NULL);
  g_assert_cmpint (kring_map_graph_sector_index (graph, "b"), ==, 1);
  g_assert_cmpstr (((KringMapSector *) g_ptr_array_index (graph->sectors, 1))->label, ==, "b");
  g_assert_cmpint (kring_map_graph_sector_index (graph, "c"), ==, -1);
  g_assert_cmpint (kring_map_graph_sector_index (graph, NULL), ==, -1);

  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "x",
                                   "Xenia", "a", 2);
  g_assert_cmpint (node->lijn, ==, -1);
  g_assert_cmpint (node->quality.months_since_contact, ==, -1);
  g_assert_false (node->quality.known);
  kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "y", "Yara", NULL, 3);
  g_assert_cmpint (kring_map_graph_find (graph, "y"), ==, 1);
  g_assert_cmpint (kring_map_graph_find (graph, "x"), ==, 0);
  g_assert_cmpint (kring_map_graph_find (graph, "z"), ==, -1);
  g_assert_cmpint (kring_map_graph_find (graph, NULL), ==, -1);
}

static void
test_graph_copy (void)
{
  g_autoptr (KringMapGraph) graph = make_full_graph ();
  g_autoptr (KringMapGraph) copy = kring_map_graph_copy (graph);
  KringMapNode *node;

  assert_graphs_equal (graph, copy);
  node = g_ptr_array_index (copy->nodes, 1);
  g_free (node->label);
  node->label = g_strdup ("Anders");
  g_assert_cmpstr (((KringMapNode *) g_ptr_array_index (graph->nodes, 1))->label, ==,
                   "Huisartsenpraktijk Ünal");
}

static void
test_graph_json_round_trip (void)
{
  g_autoptr (KringMapGraph) graph = make_full_graph ();
  g_autoptr (KringMapGraph) read = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = kring_map_graph_to_json (graph);
  g_autofree char *again = NULL;

  g_assert_cmpstr (graph->ring_names[3], ==, "Social Map");
  read = kring_map_graph_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  assert_graphs_equal (graph, read);
  again = kring_map_graph_to_json (read);
  g_assert_cmpstr (json, ==, again);
}

/* A map as large as a real district's: hundreds of sibling nodes are not
 * "nested too deeply" (the nesting is counted, not the brackets). */
static void
test_graph_json_many_nodes (void)
{
  g_autoptr (KringMapGraph) graph = kring_map_graph_new ("Wijkteam Noord", NULL);
  g_autoptr (KringMapGraph) read = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;

  kring_map_graph_add_sector (graph, "zorg", "Zorg");
  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *id = g_strdup_printf ("org-%u", i);
      KringMapNode *node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER,
                                                     "organizations", id, id, "zorg", i % 4);

      node->quality.known = i % 2 == 0;
    }
  json = kring_map_graph_to_json (graph);
  read = kring_map_graph_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  assert_graphs_equal (graph, read);
}

static void
test_graph_json_defaults (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) graph = kring_map_graph_from_json (
    "{\"version\": 1, \"future\": {\"x\": [1, 2]}, "
    "\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"ring\": 2, \"colour\": \"red\"}]}", &error);
  const KringMapNode *node;

  g_assert_no_error (error);
  g_assert_null (graph->title);
  g_assert_cmpstr (graph->ring_names[2], ==, "Outer Ring");
  g_assert_cmpuint (graph->nodes->len, ==, 1);
  node = g_ptr_array_index (graph->nodes, 0);
  g_assert_cmpint (node->kind, ==, KRING_MAP_NODE_PARTNER);
  g_assert_cmpint (node->ring, ==, 2);
  g_assert_cmpint (node->lijn, ==, -1);
  g_assert_null (node->sector);
  g_assert_false (node->quality.known);
  g_assert_cmpint (node->quality.months_since_contact, ==, -1);
}

#define NODE(members) "{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"label\": \"A\", " members "}]}"

static const char *const malformed[] = {
  "",
  "   ",
  "not json",
  "[]",
  "42",
  "null",
  "\"text\"",
  "{}",
  "{\"version\": 1}",
  "{\"version\": 2, \"nodes\": []}",
  "{\"version\": 0, \"nodes\": []}",
  "{\"version\": -1, \"nodes\": []}",
  "{\"version\": \"1\", \"nodes\": []}",
  "{\"version\": 1.0, \"nodes\": []}",
  "{\"version\": 1, \"nodes\": {}}",
  "{\"version\": 1, \"nodes\": null}",
  "{\"version\": 1, \"nodes\": [1]}",
  "{\"version\": 1, \"nodes\": [null]}",
  "{\"version\": 1, \"nodes\": [{\"label\": \"A\", \"ring\": 1}]}",
  "{\"version\": 1, \"nodes\": [{\"id\": \"\", \"label\": \"A\", \"ring\": 1}]}",
  "{\"version\": 1, \"nodes\": [{\"id\": 5, \"label\": \"A\", \"ring\": 1}]}",
  "{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"ring\": 1}]}",
  "{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"label\": [], \"ring\": 1}]}",
  NODE ("\"ring\": 4"),
  NODE ("\"ring\": -1"),
  NODE ("\"ring\": 1.5"),
  NODE ("\"ring\": \"1\""),
  NODE ("\"ring\": 99999999999999999999999"),
  NODE ("\"ring\": 9223372036854775807"),
  NODE ("\"ring\": true"),
  NODE ("\"ring\": null"),
  NODE ("\"ring\": 1, \"cluster_size\": -1"),
  NODE ("\"ring\": 1, \"cluster_size\": 4294967296"),
  NODE ("\"ring\": 1, \"cluster_size\": 1e30"),
  NODE ("\"ring\": 1, \"life_domains\": -5"),
  NODE ("\"ring\": 1, \"lijn\": 3"),
  NODE ("\"ring\": 1, \"kind\": \"alien\""),
  NODE ("\"ring\": 1, \"kind\": 1"),
  NODE ("\"ring\": 1, \"table\": false"),
  NODE ("\"ring\": 1, \"detail\": {}"),
  NODE ("\"ring\": 1, \"sector\": 3"),
  NODE ("\"ring\": 1, \"quality\": []"),
  NODE ("\"ring\": 1, \"quality\": {\"trust\": 9}"),
  NODE ("\"ring\": 1, \"quality\": {\"trust\": -1}"),
  NODE ("\"ring\": 1, \"quality\": {\"known\": 1}"),
  NODE ("\"ring\": 1, \"quality\": {\"months_since_contact\": -2}"),
  NODE ("\"ring\": 1, \"quality\": {\"frequency\": \"daily\"}"),
  NODE ("\"ring\": 1, \"quality\": {\"tie\": 2}"),
  "{\"version\": 1, \"title\": 5, \"nodes\": []}",
  "{\"version\": 1, \"ring_names\": [\"a\"], \"nodes\": []}",
  "{\"version\": 1, \"ring_names\": [1, 2, 3, 4], \"nodes\": []}",
  "{\"version\": 1, \"ring_names\": \"a\", \"nodes\": []}",
  "{\"version\": 1, \"sectors\": [{\"label\": \"x\"}], \"nodes\": []}",
  "{\"version\": 1, \"sectors\": [5], \"nodes\": []}",
  "{\"version\": 1, \"sectors\": {}, \"nodes\": []}",
  "{\"version\": 1, \"life_domains\": [1], \"nodes\": []}",
  "{\"version\": 1, \"nodes\": [], \"life_domains\": [\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\","
  "\"8\",\"9\",\"10\",\"11\",\"12\",\"13\",\"14\",\"15\",\"16\",\"17\",\"18\",\"19\",\"20\","
  "\"21\",\"22\",\"23\",\"24\",\"25\",\"26\",\"27\",\"28\",\"29\",\"30\",\"31\",\"32\",\"33\"]}",
  "{\"version\": 1, \"title\": \"\xff\xfe\", \"nodes\": []}",
  "{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"label\": \"\xc3\", \"ring\": 1}]}",
  "{\"version\": 1, \"nodes\": [}",
};

static void
assert_invalid (const char *json)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) graph = kring_map_graph_from_json (json, &error);

  if (graph != NULL)
    g_error ("Accepted: %s", json);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
test_graph_json_malformed (void)
{
  GString *deep = g_string_new ("{\"version\": 1, \"nodes\": ");

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    assert_invalid (malformed[i]);
  assert_invalid (NULL);
  /* Deep nesting would send a recursive parser through the stack. */
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (deep, '[');
  assert_invalid (deep->str);
  g_string_free (deep, TRUE);
}

/* Every proper prefix of a valid document is broken JSON, and a text with
 * any one byte replaced may be anything: neither may crash, and a NULL
 * result always comes with an error. */
static void
test_graph_json_damaged (void)
{
  g_autoptr (KringMapGraph) graph = make_full_graph ();
  g_autofree char *json = kring_map_graph_to_json (graph);
  static const char replacements[] = { '"', '{', ']', '9', '-', 'x', '\xff', ' ' };
  gsize length = strlen (json);

  for (gsize cut = 0; cut < length; cut++)
    {
      g_autofree char *prefix = g_strndup (json, cut);

      assert_invalid (prefix);
    }
  for (gsize at = 0; at < length; at++)
    for (guint r = 0; r < G_N_ELEMENTS (replacements); r++)
      {
        g_autofree char *damaged = g_strdup (json);
        g_autoptr (GError) error = NULL;
        g_autoptr (KringMapGraph) read = NULL;

        damaged[at] = replacements[r];
        read = kring_map_graph_from_json (damaged, &error);
        g_assert_true ((read == NULL) == (error != NULL));
        for (guint i = 0; read != NULL && i < read->nodes->len; i++)
          {
            const KringMapNode *node = g_ptr_array_index (read->nodes, i);

            g_assert_true (node->ring >= 0 && node->ring < KRING_MAP_N_RINGS);
            g_assert_true (g_utf8_validate (node->label, -1, NULL));
          }
      }
}

/* A lone surrogate escape must not bring invalid UTF-8 into the graph. */
static void
test_graph_json_escapes (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) graph = kring_map_graph_from_json (
    "{\"version\": 1, \"nodes\": [{\"id\": \"a\", \"label\": \"x\\ud800y\", \"ring\": 1}]}",
    &error);

  g_assert_true ((graph == NULL) == (error != NULL));
  if (graph != NULL)
    g_assert_true (g_utf8_validate (((KringMapNode *) g_ptr_array_index (graph->nodes, 0))->label,
                                    -1, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/map/graph/build", test_graph_build);
  g_test_add_func ("/map/graph/copy", test_graph_copy);
  g_test_add_func ("/map/graph/json-round-trip", test_graph_json_round_trip);
  g_test_add_func ("/map/graph/json-many-nodes", test_graph_json_many_nodes);
  g_test_add_func ("/map/graph/json-defaults", test_graph_json_defaults);
  g_test_add_func ("/map/graph/json-malformed", test_graph_json_malformed);
  g_test_add_func ("/map/graph/json-damaged", test_graph_json_damaged);
  g_test_add_func ("/map/graph/json-escapes", test_graph_json_escapes);
  return g_test_run ();
}
