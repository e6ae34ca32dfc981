/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-map-layout.h"

G_BEGIN_DECLS

/*
 * Shared by the parts of the layout: placing nodes (kring-map-layout.c),
 * placing labels and sector names (kring-map-layout-labels.c) and finding
 * things again (kring-map-layout-hit.c).
 */

typedef struct
{
  GHashTable *ids;                              /* node id -> node index + 1 (first of an id) */
  int        *node_place;                       /* node index -> place index, or -1 */
  guint      *order;                            /* place indices by ring, then angle */
  guint      *rank;                             /* place index -> position in order */
  guint       ring_start[KRING_MAP_N_RINGS + 1]; /* each ring's range in order */
} KringMapLayoutPrivate;

/* The label of @layout's node of @place, never NULL. */
const char *kring_map_layout_node_label (const KringMapLayout *layout,
                                         const KringMapPlace  *place);
/* The name of a sector arc's sector ("Other" for -1). */
const char *kring_map_layout_sector_name (const KringMapLayout *layout,
                                          int                   sector);

/* Places the sector names and every place's label without overlaps, then
 * sets radius and bounds. */
void        kring_map_layout_place_labels (KringMapLayout              *layout,
                                           const KringMapLayoutOptions *options);

/* Fills the private lookup tables from the places. */
void        kring_map_layout_index        (KringMapLayout *layout);
void        kring_map_layout_private_free (KringMapLayoutPrivate *priv);

G_END_DECLS
