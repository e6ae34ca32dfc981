/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "kring-map-layout.h"

#define SLACK 1e-6

static const char *const words[] = {
  "Huisartsenpraktijk", "De Linde", "Wijkagent", "GGZ", "Voedselbank", "Buurthuis",
  "Stichting", "Welzijn", "Oost", "Jeugd- en gezinscoach", "MEE", "Schuldhulp", "Ünal",
  "Veilig Thuis", "Sportvereniging", "Taalmaatje", "Mantelzorgsteunpunt", "Zorg",
};

/* The node specs of a synthetic map: @n nodes, most in the sociale kaart,
 * spread unevenly over @n_sectors sectors (some in none), with labels of
 * one to three words. Deterministic for a given @n. */
static KringMapGraph *
make_graph (guint    n,
            guint    n_sectors,
            gboolean reversed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (n * 7919 + n_sectors);
  g_autoptr (GPtrArray) specs = g_ptr_array_new_with_free_func (g_free);
  KringMapGraph *graph = kring_map_graph_new ("Wijkteam Noord", NULL);

  for (guint s = 0; s < n_sectors; s++)
    {
      g_autofree char *key = g_strdup_printf ("sector-%u", s);
      g_autofree char *label = g_strdup_printf ("Sector %u", s);

      kring_map_graph_add_sector (graph, key, label);
    }
  for (guint i = 0; i < n; i++)
    {
      int r = g_rand_int_range (rand, 0, 100);
      int ring = r < 5 ? 0 : r < 25 ? 1 : r < 45 ? 2 : 3;
      /* Sector s has about twice the nodes of sector s + 1. */
      guint sector = MIN ((guint) floor (-log2 (g_rand_double_range (rand, 1e-9, 1))),
                          n_sectors);
      GString *label = g_string_new (words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);

      for (int w = g_rand_int_range (rand, 0, 3); w > 0; w--)
        g_string_append_printf (label, " %s", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_ptr_array_add (specs, g_strdup_printf ("%d|%u|%s", ring, sector, label->str));
      g_string_free (label, TRUE);
    }
  for (guint k = 0; k < n; k++)
    {
      guint i = reversed ? n - 1 - k : k;
      g_auto (GStrv) parts = g_strsplit (g_ptr_array_index (specs, i), "|", 3);
      g_autofree char *id = g_strdup_printf ("node-%u", i);
      g_autofree char *key = g_strdup_printf ("sector-%s", parts[1]);
      int ring = atoi (parts[0]);
      KringMapNode *node;

      node = kring_map_graph_add_node (graph, ring == 0 ? KRING_MAP_NODE_MEMBER
                                                        : KRING_MAP_NODE_PARTNER,
                                       "organizations", id, parts[2],
                                       (guint) atoi (parts[1]) < n_sectors ? key : NULL, ring);
      node->quality.known = i % 3 != 0;
    }
  return graph;
}

/* Checks */

static gboolean
boxes_overlap (const KringMapRect *a,
               const KringMapRect *b)
{
  return a->x < b->x + b->width - SLACK && b->x < a->x + a->width - SLACK
         && a->y < b->y + b->height - SLACK && b->y < a->y + a->height - SLACK;
}

static gboolean
disc_overlaps_box (double              x,
                   double              y,
                   double              r,
                   const KringMapRect *box)
{
  double dx = MAX (MAX (box->x - x, 0), x - (box->x + box->width));
  double dy = MAX (MAX (box->y - y, 0), y - (box->y + box->height));

  return hypot (dx, dy) < r - SLACK;
}

static gboolean
has_label (const KringMapPlace *place)
{
  return place->label[0] != '\0';
}

static const KringMapPlace *
place_at (const KringMapLayout *layout,
          int                   index)
{
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (index, <, (int) layout->places->len);
  return &g_array_index (layout->places, KringMapPlace, index);
}

static void
assert_inside (const KringMapLayout *layout,
               const KringMapRect   *box)
{
  const KringMapRect *b = &layout->bounds;

  g_assert_cmpfloat (box->x, >=, b->x - SLACK);
  g_assert_cmpfloat (box->y, >=, b->y - SLACK);
  g_assert_cmpfloat (box->x + box->width, <=, b->x + b->width + SLACK);
  g_assert_cmpfloat (box->y + box->height, <=, b->y + b->height + SLACK);
  for (int corner = 0; corner < 4; corner++)
    g_assert_cmpfloat (hypot (box->x + (corner & 1) * box->width,
                              box->y + (corner >> 1) * box->height), <=, layout->radius + SLACK);
}

static void
assert_label_text (const KringMapLayout *layout,
                   const KringMapPlace  *place)
{
  const KringMapNode *node = g_ptr_array_index (layout->graph->nodes, place->node);

  if (!place->shortened)
    {
      g_assert_cmpstr (place->label, ==, node->label);
      return;
    }
  if (has_label (place))
    {
      gsize n = strlen (place->label) - strlen ("…");

      g_assert_true (g_str_has_suffix (place->label, "…"));
      g_assert_cmpint (strncmp (place->label, node->label, n), ==, 0);
      g_assert_cmpuint (n, <, strlen (node->label));
    }
}

static void
assert_place_in_band_and_arc (const KringMapLayout *layout,
                              const KringMapPlace  *place)
{
  const KringMapBand *band = &layout->bands[place->ring];
  double distance = hypot (place->x, place->y);
  gboolean in_arc = FALSE;

  g_assert_cmpfloat (distance - place->radius, >=, band->inner - SLACK);
  g_assert_cmpfloat (distance + place->radius, <=, band->outer + SLACK);
  g_assert_cmpuint (place->sub_ring, <, band->n_sub_rings);
  for (guint a = 0; a < layout->sectors->len; a++)
    {
      const KringMapSectorArc *arc = &g_array_index (layout->sectors, KringMapSectorArc, a);

      if (arc->sector == place->sector)
        in_arc = place->angle >= arc->start && place->angle <= arc->end;
    }
  g_assert_true (in_arc);
}

/* Nothing overlaps, everything is inside radius and bounds, every label is
 * the node's or a shortening of it, and every node is somewhere. */
static void
check_layout (const KringMapLayout *layout,
              guint                 n_input)
{
  guint n = layout->places->len;

  for (guint i = 0; i < n; i++)
    {
      const KringMapPlace *p = place_at (layout, i);
      KringMapRect disc = { p->x - p->radius, p->y - p->radius, 2 * p->radius, 2 * p->radius };

      assert_inside (layout, &disc);
      assert_place_in_band_and_arc (layout, p);
      assert_label_text (layout, p);
      g_assert_cmpfloat (hypot (p->x, p->y), >=, layout->centre_radius + p->radius);
      if (has_label (p))
        {
          assert_inside (layout, &p->label_box);
          g_assert_false (disc_overlaps_box (0, 0, layout->centre_radius, &p->label_box));
          for (guint a = 0; a < layout->sectors->len; a++)
            g_assert_false (boxes_overlap (&p->label_box, &g_array_index (layout->sectors,
                                                                           KringMapSectorArc,
                                                                           a).label_box));
          /* Nor the ring names. */
          for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
            g_assert_false (boxes_overlap (&p->label_box, &layout->bands[r].name_box));
        }
      for (guint j = 0; j < n; j++)
        {
          const KringMapPlace *q = place_at (layout, j);

          if (j > i)
            g_assert_cmpfloat (hypot (p->x - q->x, p->y - q->y), >=, p->radius + q->radius - SLACK);
          if (has_label (p))
            g_assert_false (disc_overlaps_box (q->x, q->y, q->radius, &p->label_box));
          if (j > i && has_label (p) && has_label (q))
            g_assert_false (boxes_overlap (&p->label_box, &q->label_box));
        }
    }
  for (guint a = 0; a < layout->sectors->len; a++)
    assert_inside (layout, &g_array_index (layout->sectors, KringMapSectorArc, a).label_box);
  for (guint i = 0; i < n_input; i++)
    {
      const KringMapNode *node = g_ptr_array_index (layout->graph->nodes, i);
      const KringMapPlace *place = place_at (layout, kring_map_layout_find (layout, node->id));

      if (g_hash_table_contains (layout->hidden, GUINT_TO_POINTER (i)))
        g_assert_true (place->is_cluster);
      else
        g_assert_cmpuint (place->node, ==, i);
    }
}

static guint
count_shortened (const KringMapLayout *layout)
{
  guint shortened = 0;

  for (guint i = 0; i < layout->places->len; i++)
    shortened += place_at (layout, i)->shortened;
  return shortened;
}

static void
test_layout_sizes (gconstpointer data)
{
  guint n = GPOINTER_TO_UINT (data);
  g_autoptr (KringMapGraph) graph = make_graph (n, 8, FALSE);
  KringMapLayoutOptions options;

  kring_map_layout_options_init (&options);
  for (int expand_all = 0; expand_all <= 1; expand_all++)
    {
      g_autoptr (KringMapLayout) layout = NULL;
      guint n_clusters = 0;

      options.expand_all = expand_all;
      layout = kring_map_layout_compute (graph, &options);
      check_layout (layout, n);
      for (guint i = 0; i < layout->places->len; i++)
        n_clusters += place_at (layout, i)->is_cluster;
      g_assert_cmpuint (layout->places->len + g_hash_table_size (layout->hidden), ==,
                        n + n_clusters);
      if (expand_all)
        g_assert_cmpuint (n_clusters, ==, 0);
      if (n == 1000 && !expand_all)
        g_assert_cmpuint (n_clusters, >, 0);
      g_test_message ("%u nodes, expand_all %d: %u places, %u clusters, %u shortened, "
                      "radius %.0f", n, expand_all, layout->places->len, n_clusters,
                      count_shortened (layout), layout->radius);
    }
}

static void
assert_same_places (const KringMapLayout *a,
                    const KringMapLayout *b)
{
  g_assert_cmpuint (a->places->len, ==, b->places->len);
  for (guint i = 0; i < a->graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (a->graph->nodes, i);
      const KringMapPlace *p = place_at (a, kring_map_layout_find (a, node->id));
      const KringMapPlace *q = place_at (b, kring_map_layout_find (b, node->id));

      g_assert_cmpfloat (p->x, ==, q->x);
      g_assert_cmpfloat (p->y, ==, q->y);
      g_assert_cmpfloat (p->label_box.x, ==, q->label_box.x);
      g_assert_cmpfloat (p->label_box.y, ==, q->label_box.y);
      g_assert_cmpstr (p->label, ==, q->label);
    }
  g_assert_cmpfloat (a->radius, ==, b->radius);
}

static void
test_layout_deterministic (void)
{
  g_autoptr (KringMapGraph) graph = make_graph (400, 6, FALSE);
  g_autoptr (KringMapGraph) reversed = make_graph (400, 6, TRUE);
  g_autoptr (KringMapLayout) first = kring_map_layout_compute (graph, NULL);
  g_autoptr (KringMapLayout) second = kring_map_layout_compute (graph, NULL);
  g_autoptr (KringMapLayout) other_order = kring_map_layout_compute (reversed, NULL);

  g_assert_cmpstr (((KringMapNode *) g_ptr_array_index (graph->nodes, 0))->id, !=,
                   ((KringMapNode *) g_ptr_array_index (reversed->nodes, 0))->id);
  for (guint i = 0; i < first->places->len; i++)
    {
      const KringMapPlace *p = place_at (first, i), *q = place_at (second, i);

      g_assert_cmpuint (p->node, ==, q->node);
      g_assert_cmpfloat (p->x, ==, q->x);
      g_assert_cmpfloat (p->y, ==, q->y);
      g_assert_cmpstr (p->label, ==, q->label);
    }
  assert_same_places (first, second);
  assert_same_places (first, other_order);
}

/* A small map to point at: two members, one partner in the outer ring with
 * a known tie, the inner ring empty. */
static KringMapGraph *
make_small_graph (void)
{
  KringMapGraph *graph = kring_map_graph_new ("Noord", NULL);
  KringMapNode *node;

  kring_map_graph_add_sector (graph, "zorg", "Zorg");
  kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "team_members", "m1", "Anne", "zorg", 0);
  kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "team_members", "m2", "Bram", "zorg", 0);
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "o1",
                                   "GGZ Noord", "zorg", 2);
  node->quality.known = TRUE;
  return graph;
}

static void
test_layout_hit (void)
{
  g_autoptr (KringMapGraph) graph = make_small_graph ();
  g_autoptr (KringMapLayout) layout = kring_map_layout_compute (graph, NULL);
  int partner = kring_map_layout_find (layout, "o1");
  const KringMapPlace *p = place_at (layout, partner);
  const KringMapBand *band = &layout->bands[1];
  double distance = hypot (p->x, p->y);
  double mid = (layout->centre_radius + distance - p->radius) / 2;
  double ux = p->x / distance, uy = p->y / distance;
  KringMapHit hit;

  check_layout (layout, 3);
  hit = kring_map_layout_hit (layout, p->x, p->y, 0);
  g_assert_cmpint (hit.kind, ==, KRING_MAP_HIT_NODE);
  g_assert_cmpint (hit.place, ==, partner);
  g_assert_cmpint (hit.ring, ==, 2);
  g_assert_cmpint (hit.sector, ==, 0);
  /* Just outside the disc: a node only with tolerance. */
  hit = kring_map_layout_hit (layout, p->x + ux * (p->radius + 2), p->y + uy * (p->radius + 2), 3);
  g_assert_cmpint (hit.kind, ==, KRING_MAP_HIT_NODE);
  g_assert_true (has_label (p));
  hit = kring_map_layout_hit (layout, p->label_box.x + p->label_box.width / 2,
                              p->label_box.y + p->label_box.height / 2, 0);
  g_assert_cmpint (hit.kind, ==, KRING_MAP_HIT_LABEL);
  g_assert_cmpint (hit.place, ==, partner);

  hit = kring_map_layout_hit (layout, ux * mid, uy * mid, 2);
  g_assert_cmpint (hit.kind, ==, KRING_MAP_HIT_EDGE);
  g_assert_cmpint (hit.place, ==, partner);
  hit = kring_map_layout_hit (layout, ux * mid - uy * 1.5, uy * mid + ux * 1.5, 2);
  g_assert_cmpint (hit.kind, ==, KRING_MAP_HIT_EDGE);
  hit = kring_map_layout_hit (layout, ux * mid - uy * 6, uy * mid + ux * 6, 2);
  g_assert_cmpint (hit.kind, !=, KRING_MAP_HIT_EDGE);

  /* The empty inner ring, opposite the partner. */
  mid = (band->inner + band->outer) / 2;
  hit = kring_map_layout_hit (layout, -ux * mid, -uy * mid, 2);
  g_assert_cmpint (hit.kind, ==, KRING_MAP_HIT_RING);
  g_assert_cmpint (hit.ring, ==, 1);
  g_assert_cmpint (hit.sector, ==, 0);
  g_assert_cmpint (hit.place, ==, -1);

  hit = kring_map_layout_hit (layout, 0, 0, 2);
  g_assert_cmpint (hit.kind, ==, KRING_MAP_HIT_CENTRE);
  hit = kring_map_layout_hit (layout, layout->radius + 50, 0, 2);
  g_assert_cmpint (hit.kind, ==, KRING_MAP_HIT_NONE);

  g_assert_cmpint (kring_map_layout_ring_at (layout, 0), ==, 0);
  for (int ring = 0; ring < KRING_MAP_N_RINGS; ring++)
    g_assert_cmpint (kring_map_layout_ring_at (layout, (layout->bands[ring].inner
                                                        + layout->bands[ring].outer) / 2),
                     ==, ring);
  g_assert_cmpint (kring_map_layout_ring_at (layout, 1e9), ==, 3);
  g_assert_cmpint (kring_map_layout_find (layout, "nobody"), ==, -1);
}

/* A tie is hit only where there is one: not for an unknown relationship. */
static void
test_layout_hit_no_tie (void)
{
  g_autoptr (KringMapGraph) graph = make_small_graph ();
  g_autoptr (KringMapLayout) layout = NULL;
  const KringMapPlace *p;
  double distance, mid;

  ((KringMapNode *) g_ptr_array_index (graph->nodes, 2))->quality.known = FALSE;
  layout = kring_map_layout_compute (graph, NULL);
  p = place_at (layout, kring_map_layout_find (layout, "o1"));
  distance = hypot (p->x, p->y);
  mid = (layout->centre_radius + distance - p->radius) / 2;
  g_assert_cmpint (kring_map_layout_hit (layout, p->x / distance * mid, p->y / distance * mid,
                                         2).kind, ==, KRING_MAP_HIT_RING);
}

static double
arc_angle (const KringMapLayout *layout,
           int                   sector)
{
  for (guint a = 0; a < layout->sectors->len; a++)
    {
      const KringMapSectorArc *arc = &g_array_index (layout->sectors, KringMapSectorArc, a);

      if (arc->sector == sector)
        return arc->end - arc->start;
    }
  g_assert_not_reached ();
}

static void
add_nodes (KringMapGraph *graph,
           const char    *prefix,
           guint          n,
           const char    *sector,
           int            ring)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, i);
      g_autofree char *label = g_strdup_printf ("%s %u", prefix, i);

      kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", id, label,
                                sector, ring);
    }
}

static void
test_layout_sector_sizes (void)
{
  g_autoptr (KringMapGraph) graph = kring_map_graph_new ("Noord", NULL);
  g_autoptr (KringMapLayout) layout = NULL;
  double total = 0;

  kring_map_graph_add_sector (graph, "a", "Alfa");
  kring_map_graph_add_sector (graph, "b", "Bravo");
  kring_map_graph_add_sector (graph, "c", "Charlie");
  kring_map_graph_add_sector (graph, "empty", "Leeg");
  add_nodes (graph, "A", 30, "a", 2);
  add_nodes (graph, "B", 10, "b", 2);
  add_nodes (graph, "C", 1, "c", 1);
  add_nodes (graph, "O", 2, "unknown-key", 1);
  layout = kring_map_layout_compute (graph, NULL);
  check_layout (layout, 43);

  /* One arc per sector with nodes, "Overig" (-1) last; none for "Leeg". */
  g_assert_cmpuint (layout->sectors->len, ==, 4);
  g_assert_cmpint (g_array_index (layout->sectors, KringMapSectorArc, 3).sector, ==, -1);
  g_assert_cmpuint (g_array_index (layout->sectors, KringMapSectorArc, 0).n_nodes, ==, 30);
  for (guint a = 0; a < layout->sectors->len; a++)
    total += arc_angle (layout, g_array_index (layout->sectors, KringMapSectorArc, a).sector);
  g_assert_cmpfloat (fabs (total - 2 * G_PI), <, 1e-9);
  g_assert_cmpfloat (fabs (arc_angle (layout, 0) / arc_angle (layout, 1) - 3), <, 1e-9);
  g_assert_cmpfloat (arc_angle (layout, 2), >=, G_PI / 9 - 1e-9);
  g_assert_cmpfloat (arc_angle (layout, 2), <, arc_angle (layout, 1));
  g_assert_cmpint (place_at (layout, kring_map_layout_find (layout, "O-0"))->sector, ==, -1);
}

static void
test_layout_ring_overflow (void)
{
  g_autoptr (KringMapGraph) graph = kring_map_graph_new ("Noord", NULL);
  g_autoptr (KringMapLayout) layout = NULL;

  kring_map_graph_add_sector (graph, "a", "Alfa");
  kring_map_graph_add_sector (graph, "b", "Bravo");
  add_nodes (graph, "Partner", 200, "a", 1);
  add_nodes (graph, "Ander", 100, "b", 1);
  add_nodes (graph, "Team", 5, "a", 0);
  layout = kring_map_layout_compute (graph, NULL);
  check_layout (layout, 305);
  g_assert_cmpuint (layout->bands[1].n_sub_rings, >, 1);
  g_assert_cmpuint (layout->bands[1].n_nodes, ==, 300);
  g_assert_cmpuint (layout->bands[0].n_sub_rings, ==, 1);
  g_assert_cmpuint (layout->bands[2].n_sub_rings, ==, 1);
  for (int ring = 1; ring < KRING_MAP_N_RINGS; ring++)
    g_assert_cmpfloat (layout->bands[ring].inner, ==, layout->bands[ring - 1].outer);
}

static void
test_layout_clusters (void)
{
  g_autoptr (KringMapGraph) graph = kring_map_graph_new ("Noord", NULL);
  g_autoptr (KringMapLayout) layout = NULL;
  g_autoptr (KringMapLayout) expanded_layout = NULL;
  g_autoptr (GHashTable) expanded = g_hash_table_new (g_str_hash, g_str_equal);
  KringMapLayoutOptions options;
  const KringMapPlace *cluster;
  const KringMapNode *node;
  guint n_clusters = 0;

  kring_map_graph_add_sector (graph, "zorg", "Zorg");
  kring_map_graph_add_sector (graph, "wonen", "Wonen");
  add_nodes (graph, "Zorg", 50, "zorg", 3);
  add_nodes (graph, "Wonen", 12, "wonen", 3);
  add_nodes (graph, "Overig", 13, NULL, 3);
  add_nodes (graph, "Dichtbij", 20, "zorg", 1);
  layout = kring_map_layout_compute (graph, NULL);
  check_layout (layout, 95);

  cluster = place_at (layout, kring_map_layout_find (layout, "Zorg-17"));
  g_assert_true (cluster->is_cluster);
  node = g_ptr_array_index (layout->graph->nodes, cluster->node);
  g_assert_cmpint (node->kind, ==, KRING_MAP_NODE_CLUSTER);
  g_assert_cmpstr (node->id, ==, "cluster:3:zorg");
  g_assert_cmpstr (node->label, ==, "Zorg");
  g_assert_cmpuint (node->cluster_size, ==, 50);
  g_assert_cmpint (cluster->ring, ==, 3);
  g_assert_cmpfloat (cluster->radius, >, 9);
  g_assert_cmpint (kring_map_layout_find (layout, "cluster:3:zorg"), ==,
                   kring_map_layout_find (layout, "Zorg-0"));
  /* Twelve stay single (the threshold), thirteen without a sector do not. */
  g_assert_false (place_at (layout, kring_map_layout_find (layout, "Wonen-3"))->is_cluster);
  g_assert_true (place_at (layout, kring_map_layout_find (layout, "Overig-3"))->is_cluster);
  g_assert_false (place_at (layout, kring_map_layout_find (layout, "Dichtbij-3"))->is_cluster);
  for (guint i = 0; i < layout->places->len; i++)
    n_clusters += place_at (layout, i)->is_cluster;
  g_assert_cmpuint (n_clusters, ==, 2);
  g_assert_cmpuint (g_hash_table_size (layout->hidden), ==, 63);
  g_assert_cmpuint (layout->bands[3].n_nodes, ==, 75);
  /* The caller's graph is left alone. */
  g_assert_cmpuint (graph->nodes->len, ==, 95);

  g_hash_table_add (expanded, (gpointer) "cluster:3:zorg");
  kring_map_layout_options_init (&options);
  options.expanded = expanded;
  expanded_layout = kring_map_layout_compute (graph, &options);
  check_layout (expanded_layout, 95);
  g_assert_false (place_at (expanded_layout,
                            kring_map_layout_find (expanded_layout, "Zorg-17"))->is_cluster);
  g_assert_cmpint (kring_map_layout_find (expanded_layout, "cluster:3:zorg"), ==, -1);
  g_assert_cmpuint (expanded_layout->places->len, ==, 20 + 50 + 12 + 1);
}

static void
test_layout_neighbour (void)
{
  g_autoptr (KringMapGraph) graph = make_graph (300, 5, FALSE);
  g_autoptr (KringMapLayout) layout = kring_map_layout_compute (graph, NULL);
  g_autoptr (GHashTable) visited = g_hash_table_new (g_direct_hash, g_direct_equal);
  int place = kring_map_layout_neighbour (layout, -1, 1);
  int last_ring = -1;

  g_assert_cmpint (place_at (layout, place)->ring, ==, 0);
  while (place_at (layout, place)->ring > last_ring)
    {
      int start = place, ring = place_at (layout, place)->ring;
      double angle = -1;
      guint n_wraps = 0;

      last_ring = ring;
      do
        {
          const KringMapPlace *p = place_at (layout, place);

          g_assert_cmpint (p->ring, ==, ring);
          g_assert_false (g_hash_table_contains (visited, GINT_TO_POINTER (place)));
          g_hash_table_add (visited, GINT_TO_POINTER (place));
          g_assert_cmpint (kring_map_layout_neighbour (layout,
                                                       kring_map_layout_neighbour (layout, place,
                                                                                   1), -1),
                           ==, place);
          /* Clockwise within the ring: the angle drops once, at 12 o'clock. */
          n_wraps += p->angle < angle;
          angle = p->angle;
          place = kring_map_layout_neighbour (layout, place, 1);
        }
      while (place != start);
      g_assert_cmpuint (n_wraps, <=, 1);
      place = kring_map_layout_neighbour (layout, place, 2);
    }
  g_assert_cmpint (last_ring, ==, 3);
  g_assert_cmpuint (g_hash_table_size (visited), ==, layout->places->len);
  /* Inward from the core team there is nowhere to go. */
  place = kring_map_layout_neighbour (layout, -1, 1);
  g_assert_cmpint (kring_map_layout_neighbour (layout, place, -2), ==, place);
  g_assert_cmpint (place_at (layout, kring_map_layout_neighbour (layout, place, 2))->ring, ==, 1);
}

/* Very wide text (a caller's measure function) forces shortening. */
static void
wide_measure (const char *text,
              double      font_size,
              double     *width,
              double     *height,
              gpointer    user_data)
{
  guint *calls = user_data;

  (*calls)++;
  *width = g_utf8_strlen (text, -1) * font_size * 1.5;
  *height = font_size * 1.2;
}

static void
test_layout_shortening (void)
{
  g_autoptr (KringMapGraph) graph = kring_map_graph_new ("Noord", NULL);
  g_autoptr (KringMapLayout) layout = NULL;
  KringMapLayoutOptions options;
  guint calls = 0, shortened = 0, dropped = 0;

  kring_map_graph_add_sector (graph, "a", "Alfa");
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);
      g_autofree char *label = g_strdup_printf ("Stichting Maatschappelijke Dienstverlening %u", i);

      kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, NULL, id, label, "a", 1);
    }
  kring_map_layout_options_init (&options);
  options.measure = wide_measure;
  options.measure_data = &calls;
  layout = kring_map_layout_compute (graph, &options);
  check_layout (layout, 60);
  g_assert_cmpuint (calls, >, 60);
  for (guint i = 0; i < layout->places->len; i++)
    {
      shortened += place_at (layout, i)->shortened;
      dropped += !has_label (place_at (layout, i));
    }
  g_assert_cmpuint (shortened, >, 0);
  g_assert_cmpuint (shortened, >, dropped);
}

/* Odd input: no nodes, a ring out of range, an empty label. */
static void
test_layout_odd_graphs (void)
{
  g_autoptr (KringMapGraph) empty = kring_map_graph_new (NULL, NULL);
  g_autoptr (KringMapGraph) odd = kring_map_graph_new (NULL, NULL);
  g_autoptr (KringMapLayout) layout = kring_map_layout_compute (empty, NULL);
  g_autoptr (KringMapLayout) odd_layout = NULL;
  KringMapNode *node;

  g_assert_cmpuint (layout->places->len, ==, 0);
  g_assert_cmpuint (layout->sectors->len, ==, 0);
  g_assert_cmpfloat (layout->bands[3].outer, >, layout->bands[0].inner);
  g_assert_cmpint (kring_map_layout_neighbour (layout, -1, 1), ==, -1);
  g_assert_cmpint (kring_map_layout_hit (layout, 0, -60, 1).kind, ==, KRING_MAP_HIT_RING);

  node = kring_map_graph_add_node (odd, KRING_MAP_NODE_PARTNER, NULL, "far", "Ver weg", NULL, 1);
  node->ring = 7;
  kring_map_graph_add_node (odd, KRING_MAP_NODE_PARTNER, NULL, "blank", "", NULL, 2);
  odd_layout = kring_map_layout_compute (odd, NULL);
  check_layout (odd_layout, 2);
  g_assert_cmpint (place_at (odd_layout, kring_map_layout_find (odd_layout, "far"))->ring, ==, 3);
  g_assert_false (place_at (odd_layout, kring_map_layout_find (odd_layout, "blank"))->shortened);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/map/layout/10", GUINT_TO_POINTER (10), test_layout_sizes);
  g_test_add_data_func ("/map/layout/100", GUINT_TO_POINTER (100), test_layout_sizes);
  g_test_add_data_func ("/map/layout/1000", GUINT_TO_POINTER (1000), test_layout_sizes);
  g_test_add_func ("/map/layout/deterministic", test_layout_deterministic);
  g_test_add_func ("/map/layout/hit", test_layout_hit);
  g_test_add_func ("/map/layout/hit-no-tie", test_layout_hit_no_tie);
  g_test_add_func ("/map/layout/sector-sizes", test_layout_sector_sizes);
  g_test_add_func ("/map/layout/ring-overflow", test_layout_ring_overflow);
  g_test_add_func ("/map/layout/clusters", test_layout_clusters);
  g_test_add_func ("/map/layout/neighbour", test_layout_neighbour);
  g_test_add_func ("/map/layout/shortening", test_layout_shortening);
  g_test_add_func ("/map/layout/odd-graphs", test_layout_odd_graphs);
  return g_test_run ();
}
