/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-map-graph.h"

G_BEGIN_DECLS

/*
 * The wijkanalyse's supply matrix: for each life domain of a team's map,
 * how many of its nodes work on it in each ring (kernteam, inner ring, outer
 * ring, sociale kaart), and whether a domain with demand has nobody close
 * by (no one in ring 0 or 1): a gap. Computed from the same graph the map
 * draws, so the two never disagree.
 */
typedef struct
{
  const char *domain;                   /* the graph's life_domain_names[i] */
  guint       counts[KRING_MAP_N_RINGS];
  guint       demand;                   /* set by the caller, see kring_map_supply_set_demand() */
  gboolean    gap;                      /* demand > 0 and counts[0] + counts[1] == 0 */
} KringMapSupplyRow;

typedef struct
{
  GArray *rows;   /* KringMapSupplyRow, in the graph's life-domain order */
} KringMapSupply;

/* Counts every node of @graph once per life domain it has; clusters count
 * as many as they stand for. @graph must outlive the result. */
KringMapSupply *kring_map_supply_compute    (const KringMapGraph *graph);
/* Sets the demand of the domain named @domain (ignored when unknown) and
 * recomputes its gap. */
void            kring_map_supply_set_demand (KringMapSupply      *supply,
                                             const char          *domain,
                                             guint                demand);
void            kring_map_supply_free       (KringMapSupply      *supply);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringMapSupply, kring_map_supply_free)

G_END_DECLS
