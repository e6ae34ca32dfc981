/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kring-map-layout-private.h"

/*
 * Finding things in a layout again: what lies under the pointer, where a
 * node went, and the keyboard order. Hit-testing is a scan of the places;
 * at a few microseconds for ten thousand nodes it needs no index of its own.
 */

#define TWO_PI (2 * G_PI)

static const KringMapPlace *
place_at (const KringMapLayout *layout,
          guint                 index)
{
  return &g_array_index (layout->places, KringMapPlace, index);
}

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const KringMapLayout *layout = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  const KringMapPlace *p = place_at (layout, i), *q = place_at (layout, j);

  if (p->ring != q->ring)
    return p->ring < q->ring ? -1 : 1;
  if (p->angle != q->angle)
    return p->angle < q->angle ? -1 : 1;
  if (p->sub_ring != q->sub_ring)
    return p->sub_ring < q->sub_ring ? -1 : 1;
  return i < j ? -1 : (i > j);
}

static void
index_order (KringMapLayout        *layout,
             KringMapLayoutPrivate *priv)
{
  guint n = layout->places->len;
  guint ring = 0;

  priv->order = g_new (guint, MAX (n, 1));
  priv->rank = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    priv->order[i] = i;
  g_qsort_with_data (priv->order, n, sizeof (guint), compare_order, layout);
  for (guint i = 0; i < n; i++)
    {
      int place_ring = place_at (layout, priv->order[i])->ring;

      priv->rank[priv->order[i]] = i;
      while (ring <= (guint) place_ring)
        priv->ring_start[ring++] = i;
    }
  while (ring <= KRING_MAP_N_RINGS)
    priv->ring_start[ring++] = n;
}

void
kring_map_layout_index (KringMapLayout *layout)
{
  KringMapLayoutPrivate *priv = g_new0 (KringMapLayoutPrivate, 1);
  GPtrArray *nodes = layout->graph->nodes;

  priv->ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < nodes->len; i++)
    {
      KringMapNode *node = g_ptr_array_index (nodes, i);

      if (node->id != NULL && !g_hash_table_contains (priv->ids, node->id))
        g_hash_table_insert (priv->ids, node->id, GUINT_TO_POINTER (i + 1));
    }
  priv->node_place = g_new (int, MAX (nodes->len, 1));
  for (guint i = 0; i < nodes->len; i++)
    priv->node_place[i] = -1;
  for (guint i = 0; i < layout->places->len; i++)
    priv->node_place[place_at (layout, i)->node] = (int) i;
  index_order (layout, priv);
  layout->priv = priv;
}

void
kring_map_layout_private_free (KringMapLayoutPrivate *priv)
{
  g_hash_table_unref (priv->ids);
  g_free (priv->node_place);
  g_free (priv->order);
  g_free (priv->rank);
  g_free (priv);
}

/* Hit-testing */

/* The nearest node whose disc, widened by @tolerance, holds the point. */
static int
hit_node (const KringMapLayout *layout,
          double                x,
          double                y,
          double                tolerance)
{
  double best_gap = G_MAXDOUBLE;
  int best = -1;

  for (guint i = 0; i < layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (layout, i);
      double gap = hypot (x - place->x, y - place->y) - place->radius;

      if (gap <= tolerance && gap < best_gap)
        {
          best_gap = gap;
          best = (int) i;
        }
    }
  return best;
}

static int
hit_label (const KringMapLayout *layout,
           double                x,
           double                y)
{
  for (guint i = 0; i < layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (layout, i);
      const KringMapRect *box = &place->label_box;

      if (place->label != NULL && place->label[0] != '\0' && x >= box->x
          && x <= box->x + box->width && y >= box->y && y <= box->y + box->height)
        return (int) i;
    }
  return -1;
}

static gboolean
has_tie (const KringMapLayout *layout,
         const KringMapPlace  *place)
{
  const KringMapNode *node = g_ptr_array_index (layout->graph->nodes, place->node);

  return place->ring >= 1 && !place->is_cluster && node->quality.known;
}

/* The nearest tie within @tolerance: the segment from the centre disc's
 * edge to the node's edge. */
static int
hit_edge (const KringMapLayout *layout,
          double                x,
          double                y,
          double                tolerance)
{
  double best_distance = G_MAXDOUBLE;
  int best = -1;

  for (guint i = 0; i < layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (layout, i);
      double length = hypot (place->x, place->y);
      double along, across;

      if (!has_tie (layout, place) || length <= 0)
        continue;
      along = (x * place->x + y * place->y) / length;
      across = fabs (x * place->y - y * place->x) / length;
      if (along < layout->centre_radius - tolerance || along > length - place->radius
          || across > tolerance || across >= best_distance)
        continue;
      best_distance = across;
      best = (int) i;
    }
  return best;
}

static int
sector_at (const KringMapLayout *layout,
           double                angle)
{
  for (guint i = 0; i < layout->sectors->len; i++)
    {
      const KringMapSectorArc *arc = &g_array_index (layout->sectors, KringMapSectorArc, i);

      if (angle >= arc->start && angle < arc->end)
        return arc->sector;
    }
  return -1;
}

static KringMapHit
hit_band (const KringMapLayout *layout,
          double                x,
          double                y)
{
  KringMapHit hit = { KRING_MAP_HIT_NONE, -1, -1, -1 };
  double r = hypot (x, y);
  double angle = atan2 (x, -y);

  if (r >= layout->bands[KRING_MAP_N_RINGS - 1].outer)
    return hit;
  /* A hair left of 12 o'clock would round up to a full turn. */
  if (angle < 0)
    angle += TWO_PI;
  if (angle >= TWO_PI)
    angle = 0;
  hit.kind = KRING_MAP_HIT_RING;
  hit.ring = kring_map_layout_ring_at (layout, r);
  hit.sector = sector_at (layout, angle);
  return hit;
}

static KringMapHit
hit_place (const KringMapLayout *layout,
           KringMapHitKind       kind,
           int                   place)
{
  KringMapHit hit = { kind, place, place_at (layout, place)->ring,
                      place_at (layout, place)->sector };

  return hit;
}

KringMapHit
kring_map_layout_hit (const KringMapLayout *layout,
                      double                x,
                      double                y,
                      double                tolerance)
{
  KringMapHit centre = { KRING_MAP_HIT_CENTRE, -1, -1, -1 };
  KringMapHit none = { KRING_MAP_HIT_NONE, -1, -1, -1 };
  int place;

  g_return_val_if_fail (layout != NULL, none);

  tolerance = MAX (tolerance, 0);
  if ((place = hit_node (layout, x, y, tolerance)) >= 0)
    return hit_place (layout, KRING_MAP_HIT_NODE, place);
  if ((place = hit_label (layout, x, y)) >= 0)
    return hit_place (layout, KRING_MAP_HIT_LABEL, place);
  if (hypot (x, y) <= layout->centre_radius)
    return centre;
  if ((place = hit_edge (layout, x, y, tolerance)) >= 0)
    return hit_place (layout, KRING_MAP_HIT_EDGE, place);
  return hit_band (layout, x, y);
}

/* Finding */

int
kring_map_layout_find (const KringMapLayout *layout,
                       const char           *id)
{
  const KringMapLayoutPrivate *priv;
  gpointer found, cluster;
  guint index;

  g_return_val_if_fail (layout != NULL, -1);

  priv = layout->priv;
  if (id == NULL || priv == NULL)
    return -1;
  found = g_hash_table_lookup (priv->ids, id);
  if (found == NULL)
    return -1;
  index = GPOINTER_TO_UINT (found) - 1;
  if (g_hash_table_lookup_extended (layout->hidden, GUINT_TO_POINTER (index), NULL, &cluster))
    return GPOINTER_TO_INT (cluster);
  return priv->node_place[index];
}

int
kring_map_layout_ring_at (const KringMapLayout *layout,
                          double                r)
{
  g_return_val_if_fail (layout != NULL, 0);

  for (int ring = 0; ring < KRING_MAP_N_RINGS - 1; ring++)
    if (r < layout->bands[ring].outer)
      return ring;
  return KRING_MAP_N_RINGS - 1;
}

/* Keyboard order */

static double
angle_distance (double a,
                double b)
{
  double d = fmod (fabs (a - b), TWO_PI);

  return MIN (d, TWO_PI - d);
}

/* The place of @ring nearest in angle to @angle (the first of equals). */
static int
nearest_in_ring (const KringMapLayout *layout,
                 int                   ring,
                 double                angle)
{
  const KringMapLayoutPrivate *priv = layout->priv;
  double best_distance = G_MAXDOUBLE;
  int best = -1;

  for (guint i = priv->ring_start[ring]; i < priv->ring_start[ring + 1]; i++)
    {
      double distance = angle_distance (place_at (layout, priv->order[i])->angle, angle);

      if (distance < best_distance)
        {
          best_distance = distance;
          best = (int) priv->order[i];
        }
    }
  return best;
}

int
kring_map_layout_neighbour (const KringMapLayout *layout,
                            int                   place,
                            int                   direction)
{
  const KringMapLayoutPrivate *priv;
  const KringMapPlace *current;
  guint start, n;

  g_return_val_if_fail (layout != NULL, -1);

  priv = layout->priv;
  if (priv == NULL || layout->places->len == 0)
    return -1;
  if (place < 0 || (guint) place >= layout->places->len)
    return (int) priv->order[0];
  current = place_at (layout, place);
  start = priv->ring_start[current->ring];
  n = priv->ring_start[current->ring + 1] - start;
  if (direction == 1 || direction == -1)
    return (int) priv->order[start + (priv->rank[place] - start + n + direction) % n];
  for (int ring = current->ring + (direction > 0 ? 1 : -1);
       direction != 0 && ring >= 0 && ring < KRING_MAP_N_RINGS; ring += direction > 0 ? 1 : -1)
    if (priv->ring_start[ring + 1] > priv->ring_start[ring])
      return nearest_in_ring (layout, ring, current->angle);
  return place;
}
