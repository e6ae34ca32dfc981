/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-map-graph.h"

G_BEGIN_DECLS

/*
 * The ring geometry: where every node, label, ring band and sector of a
 * KringMapGraph goes. Computed once here and used by the widget, by the
 * PNG/SVG/PDF export and by the command line alike. Coordinates are in map
 * units with the centre at (0, 0), y pointing down (as in cairo); angles in
 * radians, 0 at 12 o'clock, clockwise. Deterministic: the same graph and
 * options give the same layout, bit for bit.
 */

typedef struct
{
  double x, y, width, height;   /* top-left corner and size */
} KringMapRect;

/* Measures a label; the layout never asks anything else of the caller.
 * NULL in the options: an estimate of 0.55 × font size per character. */
typedef void (*KringMapMeasureFunc) (const char *text,
                                     double      font_size,
                                     double     *width,
                                     double     *height,
                                     gpointer    user_data);

typedef struct
{
  double              node_radius;      /* default 9 */
  double              font_size;        /* default 11 */
  double              centre_radius;    /* default 48: the team disc */
  double              ring_gap;         /* default 28: space between bands */
  guint               cluster_threshold; /* more nodes than this of one sector in ring 3
                                           become a cluster, unless expanded; default 12 */
  GHashTable         *expanded;         /* set of cluster ids ("cluster:3:<key>") to show
                                           node by node, or NULL (a string set:
                                           g_str_hash, g_str_equal) */
  gboolean            expand_all;       /* no clusters at all (zoomed in far) */
  KringMapMeasureFunc measure;
  gpointer            measure_data;
} KringMapLayoutOptions;

void kring_map_layout_options_init (KringMapLayoutOptions *options);

typedef struct
{
  guint        node;            /* index into layout->graph->nodes; the
                                   clusters are appended there (is_cluster) */
  gboolean     is_cluster;
  double       x, y;            /* centre */
  double       radius;
  int          ring;            /* 0…3 */
  guint        sub_ring;        /* 0 unless the ring stacks into sub-rings */
  int          sector;          /* index into graph->sectors, -1 for "Overig" */
  double       angle;
  KringMapRect label_box;       /* where the label text goes (size 0 at the
                                   node's centre when the label is "") */
  char        *label;           /* the text drawn: the full label or shortened with "…" */
  gboolean     shortened;       /* TRUE: show the full label as tooltip */
} KringMapPlace;

typedef struct
{
  double inner, outer;          /* radii of a ring's band */
  guint  n_sub_rings;           /* 1, or more when crowded */
  guint  n_nodes;               /* nodes (cluster members counted) in the ring */
  KringMapRect name_box;        /* where the ring's name goes (KRING_MAP_RING_NAME_SIZE
                                   spaced capitals), kept clear of nodes and labels */
} KringMapBand;

/* The font size of ring names, in map units. */
#define KRING_MAP_RING_NAME_SIZE 8.0

typedef struct
{
  int    sector;                /* index into graph->sectors, -1 for "Overig" */
  double start, end;            /* angles */
  guint  n_nodes;               /* nodes it holds over all rings (cluster members counted) */
  double label_x, label_y;      /* where its name goes, outside the outer band:
                                   the centre of the text */
  KringMapRect label_box;       /* the name's box, measured at the options'
                                   font_size (node labels keep clear of it) */
} KringMapSectorArc;

typedef struct
{
  KringMapGraph     *graph;          /* the clusters live here as KRING_MAP_NODE_CLUSTER
                                        nodes appended after the graph's own (owned copy) */
  GArray            *places;         /* KringMapPlace, one per drawn node or cluster */
  GArray            *sectors;        /* KringMapSectorArc, in drawing order */
  KringMapBand       bands[KRING_MAP_N_RINGS];
  double             centre_radius;
  double             radius;         /* everything fits in this circle, labels included */
  KringMapRect       bounds;         /* everything drawn, labels included */
  GHashTable        *hidden;         /* node index -> cluster place index, for clustered nodes
                                        (both GINT_TO_POINTER: index 0 is NULL, so use
                                        g_hash_table_lookup_extended or _contains) */
  gpointer           priv;           /* kring-map-layout.c's lookup tables */
} KringMapLayout;

KringMapLayout *kring_map_layout_compute (const KringMapGraph         *graph,
                                          const KringMapLayoutOptions *options);
void            kring_map_layout_free    (KringMapLayout              *layout);

typedef enum
{
  KRING_MAP_HIT_NONE,
  KRING_MAP_HIT_CENTRE,
  KRING_MAP_HIT_NODE,    /* a node or a cluster: place is its index in layout->places */
  KRING_MAP_HIT_LABEL,   /* on a node's label: place as for NODE */
  KRING_MAP_HIT_EDGE,    /* on the tie from the centre to place */
  KRING_MAP_HIT_RING,    /* in a ring band, not on anything: ring and sector set */
} KringMapHitKind;

typedef struct
{
  KringMapHitKind kind;
  int             place;
  int             ring;
  int             sector;
} KringMapHit;

/* What lies at (x, y), nodes before labels before edges before bands;
 * @tolerance widens edges and nodes (pointer size, in map units). */
KringMapHit     kring_map_layout_hit     (const KringMapLayout *layout,
                                          double                x,
                                          double                y,
                                          double                tolerance);
/* The place of the node with @id (or of the cluster that holds it), or -1. */
int             kring_map_layout_find    (const KringMapLayout *layout,
                                          const char           *id);
/* The ring whose band holds the distance @r from the centre (for dropping
 * a dragged node), clamped to 0…3. */
int             kring_map_layout_ring_at (const KringMapLayout *layout,
                                          double                r);
/* Keyboard order: places sorted by ring, then angle. Returns the next place
 * after @place in @direction (+1/-1 around the ring, with wrap; +2/-2 the
 * place nearest in angle in the next outer/inner ring that has places).
 * @place itself when there is nowhere to go; the first place when @place is
 * -1 (or not a place); -1 when the layout has no places. */
int             kring_map_layout_neighbour (const KringMapLayout *layout,
                                            int                   place,
                                            int                   direction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringMapLayout, kring_map_layout_free)

G_END_DECLS
