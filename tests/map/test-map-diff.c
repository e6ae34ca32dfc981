/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-map-diff.h"

static KringMapGraph *
make_graph (void)
{
  KringMapGraph *graph = kring_map_graph_new ("Noord", NULL);
  KringMapNode *node;

  kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "team_members", "m1", "Anne", NULL, 0);
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "huisarts",
                                   "Huisarts", NULL, 1);
  node->quality = (KringMapQuality) { TRUE, FALSE, TRUE, FALSE, FALSE, 2,
                                      KRING_MAP_FREQUENCY_MONTHLY, 1, KRING_MAP_TIE_NONE };
  kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "ggz", "GGZ", NULL,
                            1);
  kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "buurthuis",
                            "Buurthuis", NULL, 3);
  return graph;
}

static KringMapNode *
node_of (KringMapGraph *graph,
         const char    *id)
{
  int index = kring_map_graph_find (graph, id);

  g_assert_cmpint (index, >=, 0);
  return g_ptr_array_index (graph->nodes, index);
}

static const KringMapChange *
change_at (GPtrArray *changes,
           guint      i)
{
  g_assert_cmpuint (i, <, changes->len);
  return g_ptr_array_index (changes, i);
}

static void
test_diff_identical (void)
{
  g_autoptr (KringMapGraph) before = make_graph ();
  g_autoptr (KringMapGraph) after = make_graph ();
  g_autoptr (GPtrArray) changes = NULL;

  /* Clusters are a drawing matter: one appearing is no change. */
  kring_map_graph_add_node (after, KRING_MAP_NODE_CLUSTER, NULL, "cluster:3:overig", "Overig",
                            NULL, 3);
  /* A month later the last contact is still within three months. */
  node_of (after, "huisarts")->quality.months_since_contact = 2;
  changes = kring_map_diff (before, after);
  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_diff_changes (void)
{
  g_autoptr (KringMapGraph) before = make_graph ();
  g_autoptr (KringMapGraph) after = make_graph ();
  g_autoptr (GPtrArray) changes = NULL;
  KringMapNode *huisarts = node_of (after, "huisarts");
  const KringMapChange *change;

  g_ptr_array_remove_index (after->nodes, kring_map_graph_find (after, "ggz"));
  kring_map_graph_add_node (after, KRING_MAP_NODE_PARTNER, "organizations", "wijkagent",
                            "Wijkagent", NULL, 2);
  kring_map_graph_add_node (after, KRING_MAP_NODE_PARTNER, "organizations", "apotheek",
                            "Apotheek", NULL, 1);
  node_of (after, "buurthuis")->ring = 2;
  huisarts->quality.has_agreement = TRUE;
  huisarts->quality.trust = 4;
  huisarts->quality.frequency = KRING_MAP_FREQUENCY_WEEKLY;
  huisarts->quality.months_since_contact = 20;
  huisarts->quality.has_fixed_contact = FALSE;

  changes = kring_map_diff (before, after);
  g_assert_cmpuint (changes->len, ==, 5);

  /* Sorted by kind, then label. */
  change = change_at (changes, 0);
  g_assert_cmpint (change->kind, ==, KRING_MAP_CHANGE_ADDED);
  g_assert_cmpstr (change->id, ==, "apotheek");
  g_assert_cmpint (change->old_ring, ==, -1);
  g_assert_cmpint (change->new_ring, ==, 1);
  g_assert_cmpstr (change->what, ==, "Added to Inner Ring");
  change = change_at (changes, 1);
  g_assert_cmpstr (change->label, ==, "Wijkagent");
  g_assert_cmpstr (change->what, ==, "Added to Outer Ring");

  change = change_at (changes, 2);
  g_assert_cmpint (change->kind, ==, KRING_MAP_CHANGE_REMOVED);
  g_assert_cmpstr (change->id, ==, "ggz");
  g_assert_cmpint (change->old_ring, ==, 1);
  g_assert_cmpint (change->new_ring, ==, -1);
  g_assert_cmpstr (change->what, ==, "Removed from Inner Ring");

  change = change_at (changes, 3);
  g_assert_cmpint (change->kind, ==, KRING_MAP_CHANGE_MOVED);
  g_assert_cmpstr (change->id, ==, "buurthuis");
  g_assert_cmpint (change->old_ring, ==, 3);
  g_assert_cmpint (change->new_ring, ==, 2);
  g_assert_cmpstr (change->what, ==, "Moved from Social Map to Outer Ring");

  change = change_at (changes, 4);
  g_assert_cmpint (change->kind, ==, KRING_MAP_CHANGE_QUALITY);
  g_assert_cmpstr (change->id, ==, "huisarts");
  g_assert_cmpint (change->old_ring, ==, 1);
  g_assert_cmpint (change->new_ring, ==, 1);
  g_assert_cmpstr (change->what, ==,
                   "Agreement made; no fixed contact person any more; trust 2 → 4; "
                   "contact frequency monthly → weekly; "
                   "last contact within three months → over a year ago");
}

/* The ring names come from each version: a renamed ring reads as such. */
static void
test_diff_ring_names (void)
{
  const char *const names[KRING_MAP_N_RINGS] = { NULL, "Eerste schil", NULL, NULL };
  g_autoptr (KringMapGraph) before = make_graph ();
  g_autoptr (KringMapGraph) after = kring_map_graph_new ("Noord", names);
  g_autoptr (GPtrArray) changes = NULL;
  KringMapNode *node;

  node = kring_map_graph_add_node (after, KRING_MAP_NODE_PARTNER, "organizations", "buurthuis",
                                   "Buurthuis", NULL, 1);
  node->quality.known = TRUE;
  node->quality.tie = KRING_MAP_TIE_STRESSFUL;
  changes = kring_map_diff (before, after);
  /* Anne, Huisarts and GGZ removed; Buurthuis moved, and its tie changed. */
  g_assert_cmpuint (changes->len, ==, 5);
  g_assert_cmpstr (change_at (changes, 3)->what, ==, "Moved from Social Map to Eerste schil");
  g_assert_cmpstr (change_at (changes, 4)->what, ==,
                   "Relationship recorded; tie none → stressful");
  g_assert_cmpstr (change_at (changes, 0)->label, ==, "Anne");
  g_assert_cmpstr (change_at (changes, 1)->label, ==, "GGZ");
  g_assert_cmpstr (change_at (changes, 2)->label, ==, "Huisarts");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/map/diff/identical", test_diff_identical);
  g_test_add_func ("/map/diff/changes", test_diff_changes);
  g_test_add_func ("/map/diff/ring-names", test_diff_ring_names);
  return g_test_run ();
}
