/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kring-map-graph.h"

/* The default ring names; translated when a graph is made, so a map built
 * in a Dutch session says "Kernteam" and so on. */
static const char *const default_ring_names[KRING_MAP_N_RINGS] = {
  N_("Core Team"),
  N_("Inner Ring"),
  N_("Outer Ring"),
  N_("Social Map"),
};

static void
kring_map_node_free (KringMapNode *node)
{
  g_free (node->id);
  g_free (node->table);
  g_free (node->label);
  g_free (node->detail);
  g_free (node->sector);
  g_free (node->sort_key);
  g_free (node);
}

static void
kring_map_sector_free (KringMapSector *sector)
{
  g_free (sector->key);
  g_free (sector->label);
  g_free (sector);
}

static KringMapGraph *
kring_map_graph_new_empty (void)
{
  KringMapGraph *graph = g_new0 (KringMapGraph, 1);

  graph->sectors = g_ptr_array_new_with_free_func ((GDestroyNotify) kring_map_sector_free);
  graph->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) kring_map_node_free);
  graph->life_domain_names = g_ptr_array_new_with_free_func (g_free);
  return graph;
}

KringMapGraph *
kring_map_graph_new (const char        *title,
                     const char *const *ring_names)
{
  KringMapGraph *graph = kring_map_graph_new_empty ();

  graph->title = g_strdup (title);
  for (guint ring = 0; ring < KRING_MAP_N_RINGS; ring++)
    {
      const char *name = ring_names != NULL ? ring_names[ring] : NULL;

      if (name == NULL || *name == '\0')
        name = _(default_ring_names[ring]);
      graph->ring_names[ring] = g_strdup (name);
    }
  return graph;
}

void
kring_map_graph_free (KringMapGraph *graph)
{
  if (graph == NULL)
    return;
  g_free (graph->title);
  for (guint ring = 0; ring < KRING_MAP_N_RINGS; ring++)
    g_free (graph->ring_names[ring]);
  g_ptr_array_unref (graph->sectors);
  g_ptr_array_unref (graph->nodes);
  g_ptr_array_unref (graph->life_domain_names);
  g_free (graph);
}

/* The cache holds the label the key was made for, a NUL, then the key: a
 * label changed by hand afterwards no longer matches, and the key is made
 * again instead of sorting by a stale one. */
static gsize
sort_key_size (const char *sort_key)
{
  gsize label = strlen (sort_key) + 1;

  return label + strlen (sort_key + label) + 1;
}

static void
set_sort_key (KringMapNode *node)
{
  g_autofree char *key = g_utf8_collate_key (node->label, -1);

  g_free (node->sort_key);
  node->sort_key = g_strjoin ("", node->label, "\x01", key, NULL);
  node->sort_key[strlen (node->label)] = '\0';
}

const char *
kring_map_node_sort_key (const KringMapNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  if (node->sort_key == NULL || node->label == NULL || strcmp (node->sort_key, node->label) != 0)
    return NULL;
  return node->sort_key + strlen (node->label) + 1;
}

static KringMapNode *
kring_map_node_copy (const KringMapNode *node)
{
  KringMapNode *copy = g_memdup2 (node, sizeof *node);

  copy->id = g_strdup (node->id);
  copy->table = g_strdup (node->table);
  copy->label = g_strdup (node->label);
  copy->detail = g_strdup (node->detail);
  copy->sector = g_strdup (node->sector);
  copy->sort_key = NULL;
  if (node->sort_key != NULL)
    copy->sort_key = g_memdup2 (node->sort_key, sort_key_size (node->sort_key));
  return copy;
}

KringMapGraph *
kring_map_graph_copy (const KringMapGraph *graph)
{
  KringMapGraph *copy;

  g_return_val_if_fail (graph != NULL, NULL);

  copy = kring_map_graph_new (graph->title, (const char *const *) graph->ring_names);
  for (guint i = 0; i < graph->sectors->len; i++)
    {
      const KringMapSector *sector = g_ptr_array_index (graph->sectors, i);

      kring_map_graph_add_sector (copy, sector->key, sector->label);
    }
  for (guint i = 0; i < graph->nodes->len; i++)
    g_ptr_array_add (copy->nodes, kring_map_node_copy (g_ptr_array_index (graph->nodes, i)));
  for (guint i = 0; i < graph->life_domain_names->len; i++)
    g_ptr_array_add (copy->life_domain_names,
                     g_strdup (g_ptr_array_index (graph->life_domain_names, i)));
  return copy;
}

KringMapSector *
kring_map_graph_add_sector (KringMapGraph *graph,
                            const char    *key,
                            const char    *label)
{
  KringMapSector *sector;

  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  sector = g_new0 (KringMapSector, 1);
  sector->key = g_strdup (key);
  sector->label = g_strdup (label != NULL ? label : key);
  g_ptr_array_add (graph->sectors, sector);
  return sector;
}

KringMapNode *
kring_map_graph_add_node (KringMapGraph    *graph,
                          KringMapNodeKind  kind,
                          const char       *table,
                          const char       *id,
                          const char       *label,
                          const char       *sector,
                          int               ring)
{
  KringMapNode *node;

  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  node = g_new0 (KringMapNode, 1);
  node->kind = kind;
  node->table = g_strdup (table);
  node->id = g_strdup (id);
  node->label = g_strdup (label != NULL ? label : "");
  node->sector = g_strdup (sector);
  node->ring = CLAMP (ring, 0, KRING_MAP_N_RINGS - 1);
  node->cluster_size = kind == KRING_MAP_NODE_CLUSTER ? 1 : 0;
  node->lijn = -1;
  node->quality.months_since_contact = -1;
  set_sort_key (node);
  g_ptr_array_add (graph->nodes, node);
  return node;
}

int
kring_map_graph_find (const KringMapGraph *graph,
                      const char          *id)
{
  g_return_val_if_fail (graph != NULL, -1);

  if (id == NULL)
    return -1;
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (graph->nodes, i);

      if (g_strcmp0 (node->id, id) == 0)
        return (int) i;
    }
  return -1;
}

int
kring_map_graph_sector_index (const KringMapGraph *graph,
                              const char          *key)
{
  g_return_val_if_fail (graph != NULL, -1);

  if (key == NULL)
    return -1;
  for (guint i = 0; i < graph->sectors->len; i++)
    {
      const KringMapSector *sector = g_ptr_array_index (graph->sectors, i);

      if (g_strcmp0 (sector->key, key) == 0)
        return (int) i;
    }
  return -1;
}
