/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-map-supply.h"

static void
update_gap (KringMapSupplyRow *row)
{
  row->gap = row->demand > 0 && row->counts[0] + row->counts[1] == 0;
}

static void
count_node (KringMapSupply *supply, const KringMapNode *node)
{
  guint weight = node->kind == KRING_MAP_NODE_CLUSTER ? MAX (node->cluster_size, 1u) : 1;

  if (node->ring < 0 || node->ring >= KRING_MAP_N_RINGS)
    return;
  for (guint d = 0; d < supply->rows->len && d < 32; d++)
    if (node->life_domains & (1u << d))
      g_array_index (supply->rows, KringMapSupplyRow, d).counts[node->ring] += weight;
}

KringMapSupply *
kring_map_supply_compute (const KringMapGraph *graph)
{
  KringMapSupply *supply;

  g_return_val_if_fail (graph != NULL, NULL);

  supply = g_new0 (KringMapSupply, 1);
  supply->rows = g_array_new (FALSE, TRUE, sizeof (KringMapSupplyRow));
  for (guint d = 0; d < graph->life_domain_names->len && d < 32; d++)
    {
      KringMapSupplyRow row = { .domain = graph->life_domain_names->pdata[d] };

      g_array_append_val (supply->rows, row);
    }
  for (guint i = 0; i < graph->nodes->len; i++)
    count_node (supply, graph->nodes->pdata[i]);
  return supply;
}

void
kring_map_supply_set_demand (KringMapSupply *supply, const char *domain, guint demand)
{
  g_return_if_fail (supply != NULL && domain != NULL);

  for (guint d = 0; d < supply->rows->len; d++)
    {
      KringMapSupplyRow *row = &g_array_index (supply->rows, KringMapSupplyRow, d);

      if (g_strcmp0 (row->domain, domain) == 0)
        {
          row->demand = demand;
          update_gap (row);
        }
    }
}

void
kring_map_supply_free (KringMapSupply *supply)
{
  if (supply == NULL)
    return;
  g_array_unref (supply->rows);
  g_free (supply);
}
