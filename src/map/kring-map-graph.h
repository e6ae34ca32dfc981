/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * What an ecosystem map (or a household ecomap) shows, as plain data: the
 * centre, the nodes in their rings and sectors, and the qualities of each
 * node's tie to the centre. Built by the store (kring-store-map.h) or by
 * tests; laid out by kring-map-layout.h; drawn by kring-map-render.h and by
 * the map widget. No GTK, no store: this layer is tested without either.
 */

#define KRING_MAP_N_RINGS 4

typedef enum
{
  KRING_MAP_NODE_MEMBER,   /* a team member (ring 0) or, in an ecomap, a person */
  KRING_MAP_NODE_PARTNER,  /* an organisation or service placed by the team */
  KRING_MAP_NODE_CLUSTER,  /* stands for cluster_size nodes of one sector in one ring */
} KringMapNodeKind;

typedef enum
{
  KRING_MAP_FREQUENCY_UNKNOWN,
  KRING_MAP_FREQUENCY_WEEKLY,
  KRING_MAP_FREQUENCY_MONTHLY,
  KRING_MAP_FREQUENCY_QUARTERLY,
  KRING_MAP_FREQUENCY_YEARLY,
  KRING_MAP_FREQUENCY_INCIDENTAL,
  KRING_MAP_FREQUENCY_NONE,
} KringMapFrequency;

/* Ecomap tie kinds (the classic notation); team maps use KRING_MAP_TIE_NONE. */
typedef enum
{
  KRING_MAP_TIE_NONE,
  KRING_MAP_TIE_STRONG,
  KRING_MAP_TIE_WEAK,
  KRING_MAP_TIE_STRESSFUL,
} KringMapTie;

typedef struct
{
  gboolean          known;             /* FALSE: no relationship recorded */
  gboolean          has_agreement;
  gboolean          has_fixed_contact;
  gboolean          knows_personally;
  gboolean          reports_back;
  int               trust;             /* 1…5, 0 unknown */
  KringMapFrequency frequency;
  int               months_since_contact; /* -1 unknown */
  KringMapTie       tie;
} KringMapQuality;

typedef struct
{
  char             *id;          /* record id (team_members, organizations, services), or
                                    "cluster:<ring>:<sector key>" for a cluster */
  char             *table;       /* "team_members", "organizations", "services"; NULL for a cluster */
  char             *label;       /* full name, as shown when there is room */
  char             *detail;      /* second line for tooltips (discipline, organisation), or NULL */
  char             *sector;      /* key of a KringMapSector, or NULL (the "Overig" sector) */
  KringMapNodeKind  kind;
  int               ring;        /* 0…3 */
  guint             cluster_size;
  guint32           life_domains; /* bit i: the graph's life_domain_names[i] applies */
  int               lijn;        /* 0, 1, 2, or -1 unknown */
  KringMapQuality   quality;
  char             *sort_key;    /* private: a cache for kring_map_node_sort_key() */
} KringMapNode;

typedef struct
{
  char *key;    /* taxonomy term id, or any stable key */
  char *label;  /* "Zorg", "Financiën" … */
} KringMapSector;

typedef struct
{
  char      *title;                           /* "Wijkteam Noord" (the centre's label) */
  char      *ring_names[KRING_MAP_N_RINGS];   /* never NULL after kring_map_graph_new() */
  GPtrArray *sectors;                         /* KringMapSector *, in display order */
  GPtrArray *nodes;                           /* KringMapNode * */
  GPtrArray *life_domain_names;               /* char *, for the life_domains bits (max 32) */
} KringMapGraph;

/* An empty graph with the default Dutch ring names (Kernteam, Binnenring,
 * Buitenring, Sociale kaart) unless @ring_names[i] is given. @ring_names is
 * NULL or KRING_MAP_N_RINGS entries, each NULL or "" for the default. */
KringMapGraph  *kring_map_graph_new          (const char          *title,
                                              const char *const   *ring_names);
void            kring_map_graph_free         (KringMapGraph       *graph);
KringMapGraph  *kring_map_graph_copy         (const KringMapGraph *graph);
KringMapSector *kring_map_graph_add_sector   (KringMapGraph       *graph,
                                              const char          *key,
                                              const char          *label);
/* Adds a node (copies the strings); returns it for setting the rest. */
KringMapNode   *kring_map_graph_add_node     (KringMapGraph       *graph,
                                              KringMapNodeKind     kind,
                                              const char          *table,
                                              const char          *id,
                                              const char          *label,
                                              const char          *sector,
                                              int                  ring);
/* The collation key (g_utf8_collate_key) of @node's label, made when the
 * node was added or copied, so laying out the same graph again does not
 * collate every label again; NULL when the label has changed since. */
const char     *kring_map_node_sort_key      (const KringMapNode  *node);
/* The index of the node with @id, or -1. */
int             kring_map_graph_find         (const KringMapGraph *graph,
                                              const char          *id);
/* The index of the sector with @key, or -1 (NULL key: -1). */
int             kring_map_graph_sector_index (const KringMapGraph *graph,
                                              const char          *key);

/* Serialises a graph for a saved version (map_snapshots.data) and back.
 * Unknown members are ignored; a malformed text gives NULL and an error in
 * plain Dutch-translatable English (G_IO_ERROR_INVALID_DATA). */
char           *kring_map_graph_to_json      (const KringMapGraph *graph);
KringMapGraph  *kring_map_graph_from_json    (const char          *json,
                                              GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringMapGraph, kring_map_graph_free)

G_END_DECLS
