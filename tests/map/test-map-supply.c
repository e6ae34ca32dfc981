/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-map-supply.h"

/*
 * The supply matrix on a small team map: every node counts once in its ring
 * for each life domain it has, a cluster for as many as it stands for, and
 * a domain with demand but nobody in the kernteam or inner ring is a gap.
 */

static KringMapGraph *
team_graph (void)
{
  KringMapGraph *graph = kring_map_graph_new ("Wijkteam Noord", NULL);
  KringMapNode *node;

  g_ptr_array_add (graph->life_domain_names, g_strdup ("Financiën"));
  g_ptr_array_add (graph->life_domain_names, g_strdup ("Huisvesting"));
  g_ptr_array_add (graph->life_domain_names, g_strdup ("Sociaal netwerk"));
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "team_members", "m1", "Anouk",
                                   NULL, 0);
  node->life_domains = 1u << 0;
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "o1",
                                   "Schuldhulp", NULL, 1);
  node->life_domains = (1u << 0) | (1u << 1);
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "services", "s1",
                                   "Woonbegeleiding", NULL, 2);
  node->life_domains = 1u << 1;
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_CLUSTER, NULL, "cluster:3:x",
                                   "Buurtinitiatieven", NULL, 3);
  node->cluster_size = 5;
  node->life_domains = 1u << 2;
  return graph;
}

static const KringMapSupplyRow *
row (const KringMapSupply *supply, guint i)
{
  return &g_array_index (supply->rows, KringMapSupplyRow, i);
}

static void
test_counts (void)
{
  g_autoptr (KringMapGraph) graph = team_graph ();
  g_autoptr (KringMapSupply) supply = kring_map_supply_compute (graph);
  const guint expected[3][KRING_MAP_N_RINGS] = { { 1, 1, 0, 0 }, { 0, 1, 1, 0 },
                                                 { 0, 0, 0, 5 } };

  g_assert_cmpuint (supply->rows->len, ==, 3);
  for (guint d = 0; d < 3; d++)
    for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
      g_assert_cmpuint (row (supply, d)->counts[r], ==, expected[d][r]);
  g_assert_cmpstr (row (supply, 2)->domain, ==, "Sociaal netwerk");
}

static void
test_gaps (void)
{
  g_autoptr (KringMapGraph) graph = team_graph ();
  g_autoptr (KringMapSupply) supply = kring_map_supply_compute (graph);

  for (guint d = 0; d < 3; d++)
    g_assert_false (row (supply, d)->gap);
  kring_map_supply_set_demand (supply, "Sociaal netwerk", 4);
  kring_map_supply_set_demand (supply, "Huisvesting", 2);
  kring_map_supply_set_demand (supply, "Onbekend", 9);
  g_assert_cmpuint (row (supply, 2)->demand, ==, 4);
  /* Only the sociale kaart works on it: nobody close by. */
  g_assert_true (row (supply, 2)->gap);
  /* An inner-ring partner covers it. */
  g_assert_false (row (supply, 1)->gap);
  kring_map_supply_set_demand (supply, "Sociaal netwerk", 0);
  g_assert_false (row (supply, 2)->gap);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/map/supply/counts", test_counts);
  g_test_add_func ("/map/supply/gaps", test_gaps);
  return g_test_run ();
}
