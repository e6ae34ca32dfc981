/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kring-map-layout-private.h"

/*
 * Where the nodes go. Every node lands in a cell (ring × sector); a cell's
 * nodes are sorted by label and spread evenly over the sector's arc, each
 * at its own angle. A node goes on the innermost sub-ring of its band where
 * it keeps a node diameter plus a gap from its neighbour on that sub-ring
 * and half that from the arc's edges (so neighbouring sectors cannot touch
 * either); a crowded cell so staggers over sub-rings and its band grows.
 * Nothing depends on hash-table order or the order nodes were added in.
 */

#define TWO_PI (2 * G_PI)
/* Beyond this a crowded cell is a bug, not a map; stop growing the band. */
#define MAX_SUB_RINGS 100000

typedef struct
{
  KringMapLayoutOptions options;      /* the caller's, with defaults filled in */
  KringMapLayout       *layout;
  KringMapGraph        *graph;        /* layout->graph */
  guint                 n_input;      /* the caller's nodes; clusters come after */
  guint                 n_slots;      /* the graph's sectors, then "Overig" */
  int                  *slot_of;      /* node index -> slot */
  int                  *cluster_of;   /* node index -> its cluster node, or -1 */
  const char          **keys;         /* node index -> collation key of its label */
  GPtrArray            *owned_keys;   /* the keys the graph had no cache for */
  GArray              **cells;        /* [ring * n_slots + slot] -> guint node indices */
  int                  *arc_of_slot;  /* slot -> index in layout->sectors, or -1 */
} Builder;

void
kring_map_layout_options_init (KringMapLayoutOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->node_radius = 9;
  options->font_size = 11;
  options->centre_radius = 48;
  options->ring_gap = 28;
  options->cluster_threshold = 12;
}

/* Nonsense sizes (zero, negative, NaN) fall back to the defaults, so a
 * caller's mistake gives a normal map rather than a division by zero. */
static void
resolve_options (KringMapLayoutOptions       *resolved,
                 const KringMapLayoutOptions *options)
{
  KringMapLayoutOptions defaults;

  kring_map_layout_options_init (&defaults);
  *resolved = options != NULL ? *options : defaults;
  if (!(resolved->node_radius > 0 && resolved->node_radius < 1e6))
    resolved->node_radius = defaults.node_radius;
  if (!(resolved->font_size > 0 && resolved->font_size < 1e6))
    resolved->font_size = defaults.font_size;
  if (!(resolved->centre_radius >= 0 && resolved->centre_radius < 1e6))
    resolved->centre_radius = defaults.centre_radius;
  if (!(resolved->ring_gap >= 0 && resolved->ring_gap < 1e6))
    resolved->ring_gap = defaults.ring_gap;
}

const char *
kring_map_layout_node_label (const KringMapLayout *layout,
                             const KringMapPlace  *place)
{
  const KringMapNode *node = g_ptr_array_index (layout->graph->nodes, place->node);

  return node->label != NULL ? node->label : "";
}

const char *
kring_map_layout_sector_name (const KringMapLayout *layout,
                              int                   sector)
{
  if (sector >= 0 && (guint) sector < layout->graph->sectors->len)
    {
      const KringMapSector *s = g_ptr_array_index (layout->graph->sectors, sector);

      return s->label != NULL ? s->label : s->key;
    }
  return C_ ("map sector", "Other");
}

static GArray *
cell (const Builder *b,
      int            ring,
      guint          slot)
{
  return b->cells[ring * b->n_slots + slot];
}

static const KringMapNode *
node_at (const Builder *b,
         guint          index)
{
  return g_ptr_array_index (b->graph->nodes, index);
}

static double
node_radius (const Builder      *b,
             const KringMapNode *node)
{
  double grow;

  if (node->kind != KRING_MAP_NODE_CLUSTER)
    return b->options.node_radius;
  /* A little bigger with every doubling, so a cluster of 200 stands out
   * from one of 13 without crowding its ring. */
  grow = 1.0 + 0.2 * log2 (MAX (node->cluster_size, 1));
  return b->options.node_radius * CLAMP (grow, 1.0, 2.2);
}

static int
clamp_ring (int ring)
{
  return CLAMP (ring, 0, KRING_MAP_N_RINGS - 1);
}

/* Sorting and cells */

static void
builder_init_nodes (Builder *b)
{
  g_autoptr (GHashTable) sector_index = g_hash_table_new (g_str_hash, g_str_equal);

  /* A hash lookup per node instead of a scan of the sectors; the first of
   * two sectors with one key wins, as in kring_map_graph_sector_index(). */
  for (guint i = b->graph->sectors->len; i > 0; i--)
    {
      KringMapSector *sector = g_ptr_array_index (b->graph->sectors, i - 1);

      g_hash_table_insert (sector_index, sector->key, GUINT_TO_POINTER (i));
    }
  b->slot_of = g_new (int, b->n_input);
  b->cluster_of = g_new (int, b->n_input);
  b->keys = g_new0 (const char *, b->n_input + 1);
  b->owned_keys = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < b->n_input; i++)
    {
      const KringMapNode *node = node_at (b, i);
      guint found = node->sector != NULL
                      ? GPOINTER_TO_UINT (g_hash_table_lookup (sector_index, node->sector))
                      : 0;

      b->slot_of[i] = found > 0 ? (int) found - 1 : (int) b->n_slots - 1;
      b->cluster_of[i] = -1;
      b->keys[i] = kring_map_node_sort_key (node);
      if (b->keys[i] == NULL)
        {
          b->keys[i] = g_utf8_collate_key (node->label != NULL ? node->label : "", -1);
          g_ptr_array_add (b->owned_keys, (char *) b->keys[i]);
        }
    }
}

static int
compare_nodes (gconstpointer a,
               gconstpointer p,
               gpointer      data)
{
  const Builder *b = data;
  guint i = *(const guint *) a, j = *(const guint *) p;
  const KringMapNode *x = node_at (b, i), *y = node_at (b, j);
  int cmp;

  if (clamp_ring (x->ring) != clamp_ring (y->ring))
    return clamp_ring (x->ring) < clamp_ring (y->ring) ? -1 : 1;
  if (b->slot_of[i] != b->slot_of[j])
    return b->slot_of[i] < b->slot_of[j] ? -1 : 1;
  if ((cmp = strcmp (b->keys[i], b->keys[j])) != 0)
    return cmp;
  if ((cmp = g_strcmp0 (x->id, y->id)) != 0)
    return cmp;
  return i < j ? -1 : (i > j);
}

static void
builder_fill_cells (Builder *b)
{
  g_autofree guint *sorted = g_new (guint, MAX (b->n_input, 1));

  for (guint i = 0; i < b->n_input; i++)
    sorted[i] = i;
  g_qsort_with_data (sorted, b->n_input, sizeof (guint), compare_nodes, b);

  b->cells = g_new (GArray *, KRING_MAP_N_RINGS * b->n_slots);
  for (guint c = 0; c < KRING_MAP_N_RINGS * b->n_slots; c++)
    b->cells[c] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < b->n_input; i++)
    {
      const KringMapNode *node = node_at (b, sorted[i]);

      g_array_append_val (cell (b, clamp_ring (node->ring), b->slot_of[sorted[i]]), sorted[i]);
    }
}

/* Clusters */

static char *
cluster_id (const Builder *b,
            guint          slot)
{
  const KringMapSector *sector;

  if (slot + 1 == b->n_slots)
    return g_strdup ("cluster:3:overig");
  sector = g_ptr_array_index (b->graph->sectors, slot);
  return g_strconcat ("cluster:3:", sector->key, NULL);
}

static void
make_cluster (Builder *b,
              guint    slot,
              char    *id)
{
  GArray *members = cell (b, 3, slot);
  const char *key = NULL;
  KringMapNode *cluster;
  guint index = b->graph->nodes->len;

  if (slot + 1 < b->n_slots)
    key = ((KringMapSector *) g_ptr_array_index (b->graph->sectors, slot))->key;
  cluster = kring_map_graph_add_node (b->graph, KRING_MAP_NODE_CLUSTER, NULL, id,
                                      kring_map_layout_sector_name (b->layout,
                                                                    slot + 1 < b->n_slots
                                                                      ? (int) slot : -1),
                                      key, 3);
  cluster->cluster_size = members->len;
  for (guint i = 0; i < members->len; i++)
    {
      guint member = g_array_index (members, guint, i);

      b->cluster_of[member] = (int) index;
      cluster->life_domains |= node_at (b, member)->life_domains;
    }
  g_array_set_size (members, 0);
  g_array_append_val (members, index);
}

/* In the sociale kaart a sector with many nodes shows as one cluster node,
 * unless the user opened it (expanded) or zoomed in far (expand_all). */
static void
builder_make_clusters (Builder *b)
{
  if (b->options.expand_all)
    return;
  for (guint slot = 0; slot < b->n_slots; slot++)
    {
      g_autofree char *id = NULL;

      if (cell (b, 3, slot)->len <= b->options.cluster_threshold)
        continue;
      id = cluster_id (b, slot);
      if (b->options.expanded != NULL && g_hash_table_contains (b->options.expanded, id))
        continue;
      make_cluster (b, slot, id);
    }
}

/* Sector arcs */

/* The arcs' angles, proportional to @weights, none below @min_angle: the
 * sectors that would fall short get the minimum and the rest share what is
 * left, until no more fall short. */
static void
size_arcs (const double *weights,
           guint         n,
           double        min_angle,
           double       *angles)
{
  g_autofree gboolean *fixed = g_new0 (gboolean, n);
  gboolean changed = TRUE;

  while (changed)
    {
      double free_weight = 0, free_angle = TWO_PI;

      changed = FALSE;
      for (guint i = 0; i < n; i++)
        {
          if (fixed[i])
            free_angle -= min_angle;
          else
            free_weight += weights[i];
        }
      for (guint i = 0; i < n; i++)
        {
          if (fixed[i])
            continue;
          angles[i] = free_angle * weights[i] / free_weight;
          if (angles[i] < min_angle)
            changed = fixed[i] = TRUE;
        }
    }
  for (guint i = 0; i < n; i++)
    if (fixed[i])
      angles[i] = min_angle;
}

/* One arc per slot with nodes, in the graph's sector order, "Overig" last;
 * sized by the places drawn (a cluster takes one place's room). */
static void
builder_make_arcs (Builder *b)
{
  g_autofree double *weights = g_new0 (double, b->n_slots);
  g_autofree double *angles = g_new0 (double, b->n_slots);
  GArray *arcs = b->layout->sectors;
  double start = 0;

  b->arc_of_slot = g_new (int, b->n_slots);
  for (guint slot = 0; slot < b->n_slots; slot++)
    {
      KringMapSectorArc arc = { 0 };

      b->arc_of_slot[slot] = -1;
      for (int ring = 0; ring < KRING_MAP_N_RINGS; ring++)
        for (guint i = 0; i < cell (b, ring, slot)->len; i++)
          {
            const KringMapNode *node = node_at (b, g_array_index (cell (b, ring, slot), guint, i));

            arc.n_nodes += node->kind == KRING_MAP_NODE_CLUSTER ? node->cluster_size : 1;
            weights[arcs->len] += 1;
          }
      if (weights[arcs->len] == 0)
        continue;
      arc.sector = slot + 1 < b->n_slots ? (int) slot : -1;
      b->arc_of_slot[slot] = (int) arcs->len;
      g_array_append_val (arcs, arc);
    }
  if (arcs->len == 0)
    return;
  size_arcs (weights, arcs->len, MIN (G_PI / 9, G_PI / arcs->len), angles);
  for (guint i = 0; i < arcs->len; i++)
    {
      KringMapSectorArc *arc = &g_array_index (arcs, KringMapSectorArc, i);

      arc->start = start;
      arc->end = i + 1 == arcs->len ? TWO_PI : start + angles[i];
      start = arc->end;
    }
}

/* Rings */

typedef struct
{
  double r0;     /* radius of the first sub-ring */
  double step;   /* between sub-rings */
  double gap;    /* between neighbours on a sub-ring, beyond their discs */
} RingGeometry;

static double
sub_ring_radius (const RingGeometry *geometry,
                 guint               sub)
{
  return geometry->r0 + sub * geometry->step;
}

/* The angle two discs of @spacing (centre to centre) need at radius @r. */
static double
needed_angle (double spacing,
              double r)
{
  /* A hair more than exact, so rounding never lets two discs touch. */
  double half = spacing * (1 + 1e-9) / (2 * r);

  return half >= 1 ? G_MAXDOUBLE : 2 * asin (half);
}

static double
cell_radius (const Builder *b,
             GArray        *items)
{
  double radius = b->options.node_radius;

  for (guint i = 0; i < items->len; i++)
    radius = MAX (radius, node_radius (b, node_at (b, g_array_index (items, guint, i))));
  return radius;
}

static KringMapPlace
make_place (const Builder *b,
            guint          index,
            int            ring,
            guint          sub,
            double         angle,
            double         r,
            int            sector)
{
  const KringMapNode *node = node_at (b, index);
  KringMapPlace place = { 0 };

  place.node = index;
  place.is_cluster = node->kind == KRING_MAP_NODE_CLUSTER;
  place.x = r * sin (angle);
  place.y = -r * cos (angle);
  place.radius = node_radius (b, node);
  place.ring = ring;
  place.sub_ring = sub;
  place.sector = sector;
  place.angle = angle;
  return place;
}

/* How many nodes of @spacing fit on sub-ring @sub over @width radians,
 * keeping half a spacing from both edges of the arc. */
static guint
sub_ring_capacity (const RingGeometry *geometry,
                   double              width,
                   double              spacing,
                   guint               sub)
{
  double need = needed_angle (spacing, sub_ring_radius (geometry, sub));

  return need > width ? 0 : (guint) MIN (floor (width / need), G_MAXINT);
}

/* How many of @n nodes each sub-ring takes: as few sub-rings as hold them
 * all, each filled in proportion to what it holds, so the spacing is alike
 * on all of them and the nodes zig-zag rather than line up. */
static GArray *
distribute (const RingGeometry *geometry,
            double              width,
            double              spacing,
            guint               n)
{
  g_autoptr (GArray) caps = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *counts;
  guint total = 0, assigned = 0;

  while (total < n && caps->len < MAX_SUB_RINGS)
    {
      guint cap = sub_ring_capacity (geometry, width, spacing, caps->len);

      g_array_append_val (caps, cap);
      total += MIN (cap, n);
    }
  counts = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (counts, caps->len);
  for (guint k = 0; k < caps->len && total > 0; k++)
    {
      g_array_index (counts, guint, k) = (guint) ((double) n * MIN (g_array_index (caps, guint, k), n) / total);
      assigned += g_array_index (counts, guint, k);
    }
  /* The rest one by one, outermost first: the outer sub-rings have room. */
  for (guint k = caps->len - 1; assigned < n; k = k > 0 ? k - 1 : caps->len - 1)
    if (g_array_index (counts, guint, k) < g_array_index (caps, guint, k) || total < n)
      {
        g_array_index (counts, guint, k)++;
        assigned++;
      }
  return counts;
}

typedef struct
{
  double angle;
  guint  sub;
} Slot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *x = a, *y = b;

  if (x->angle != y->angle)
    return x->angle < y->angle ? -1 : 1;
  return x->sub < y->sub ? -1 : (x->sub > y->sub);
}

/* Places a cell's nodes: each sub-ring's share evenly over @arc, and the
 * nodes in label order by angle over all of them. Returns how many
 * sub-rings the cell used. */
static guint
place_cell (const Builder           *b,
            GArray                  *items,
            int                      ring,
            const KringMapSectorArc *arc,
            const RingGeometry      *geometry)
{
  double width = arc->end - arc->start;
  g_autoptr (GArray) counts = distribute (geometry, width,
                                          2 * cell_radius (b, items) + geometry->gap, items->len);
  g_autofree Slot *slots = g_new (Slot, items->len);
  guint n_slots = 0;

  for (guint k = 0; k < counts->len; k++)
    for (guint j = 0, n = g_array_index (counts, guint, k); j < n; j++)
      slots[n_slots++] = (Slot) { arc->start + width * (j + 0.5) / n, k };
  g_assert (n_slots == items->len);
  qsort (slots, n_slots, sizeof (Slot), compare_slots);
  for (guint i = 0; i < n_slots; i++)
    {
      KringMapPlace place = make_place (b, g_array_index (items, guint, i), ring, slots[i].sub,
                                        slots[i].angle,
                                        sub_ring_radius (geometry, slots[i].sub), arc->sector);

      g_array_append_val (b->layout->places, place);
    }
  return counts->len;
}

static void
builder_place_ring (Builder *b,
                    int      ring,
                    double   inner)
{
  KringMapBand *band = &b->layout->bands[ring];
  double radius = b->options.node_radius;
  RingGeometry geometry;
  guint n_sub = 1;

  band->n_nodes = 0;
  for (guint slot = 0; slot < b->n_slots; slot++)
    {
      GArray *items = cell (b, ring, slot);

      radius = MAX (radius, cell_radius (b, items));
      for (guint i = 0; i < items->len; i++)
        {
          const KringMapNode *node = node_at (b, g_array_index (items, guint, i));

          band->n_nodes += node->kind == KRING_MAP_NODE_CLUSTER ? node->cluster_size : 1;
        }
    }
  geometry.gap = b->options.node_radius * 2 / 3;
  geometry.r0 = inner + b->options.ring_gap / 2 + radius;
  /* Sub-rings leave a line of text between them for labels above or below. */
  geometry.step = 2 * radius + MAX (geometry.gap, b->options.font_size);
  for (guint slot = 0; slot < b->n_slots; slot++)
    {
      const KringMapSectorArc *arc;
      guint used;

      if (b->arc_of_slot[slot] < 0 || cell (b, ring, slot)->len == 0)
        continue;
      arc = &g_array_index (b->layout->sectors, KringMapSectorArc, b->arc_of_slot[slot]);
      used = place_cell (b, cell (b, ring, slot), ring, arc, &geometry);
      n_sub = MAX (n_sub, used);
    }
  band->inner = inner;
  band->n_sub_rings = n_sub;
  band->outer = sub_ring_radius (&geometry, n_sub - 1) + radius + b->options.ring_gap / 2;
}

/* Building */

static void
builder_finish_hidden (Builder *b)
{
  KringMapLayoutPrivate *priv = b->layout->priv;

  for (guint i = 0; i < b->n_input; i++)
    if (b->cluster_of[i] >= 0)
      g_hash_table_insert (b->layout->hidden, GINT_TO_POINTER (i),
                           GINT_TO_POINTER (priv->node_place[b->cluster_of[i]]));
}

static void
builder_clear (Builder *b)
{
  g_free (b->slot_of);
  g_free (b->cluster_of);
  g_free (b->keys);
  g_clear_pointer (&b->owned_keys, g_ptr_array_unref);
  for (guint c = 0; b->cells != NULL && c < KRING_MAP_N_RINGS * b->n_slots; c++)
    g_array_unref (b->cells[c]);
  g_free (b->cells);
  g_free (b->arc_of_slot);
}

static KringMapLayout *
layout_new (const KringMapGraph *graph)
{
  KringMapLayout *layout = g_new0 (KringMapLayout, 1);

  layout->graph = kring_map_graph_copy (graph);
  layout->places = g_array_new (FALSE, TRUE, sizeof (KringMapPlace));
  layout->sectors = g_array_new (FALSE, TRUE, sizeof (KringMapSectorArc));
  layout->hidden = g_hash_table_new (g_direct_hash, g_direct_equal);
  return layout;
}

KringMapLayout *
kring_map_layout_compute (const KringMapGraph         *graph,
                          const KringMapLayoutOptions *options)
{
  Builder b = { 0 };
  double inner;

  g_return_val_if_fail (graph != NULL, NULL);

  resolve_options (&b.options, options);
  b.layout = layout_new (graph);
  b.graph = b.layout->graph;
  b.n_input = b.graph->nodes->len;
  b.n_slots = b.graph->sectors->len + 1;
  b.layout->centre_radius = b.options.centre_radius;

  builder_init_nodes (&b);
  builder_fill_cells (&b);
  builder_make_clusters (&b);
  builder_make_arcs (&b);
  inner = b.options.centre_radius;
  for (int ring = 0; ring < KRING_MAP_N_RINGS; ring++)
    {
      builder_place_ring (&b, ring, inner);
      inner = b.layout->bands[ring].outer;
    }
  kring_map_layout_index (b.layout);
  builder_finish_hidden (&b);
  kring_map_layout_place_labels (b.layout, &b.options);
  builder_clear (&b);
  return b.layout;
}

void
kring_map_layout_free (KringMapLayout *layout)
{
  if (layout == NULL)
    return;
  for (guint i = 0; layout->places != NULL && i < layout->places->len; i++)
    g_free (g_array_index (layout->places, KringMapPlace, i).label);
  g_clear_pointer (&layout->places, g_array_unref);
  g_clear_pointer (&layout->sectors, g_array_unref);
  g_clear_pointer (&layout->hidden, g_hash_table_unref);
  g_clear_pointer (&layout->graph, kring_map_graph_free);
  g_clear_pointer ((KringMapLayoutPrivate **) &layout->priv, kring_map_layout_private_free);
  g_free (layout);
}
