/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-map-graph.h"

G_BEGIN_DECLS

/*
 * The filter menu of the map page: life domain, lijn, sector and four
 * relationship qualities that need attention. What is chosen combines; the
 * page dims every node that does not match. Emits "changed".
 */
#define KRING_TYPE_MAP_FILTERS (kring_map_filters_get_type ())
G_DECLARE_FINAL_TYPE (KringMapFilters, kring_map_filters, KRING, MAP_FILTERS, GtkWidget)

typedef enum
{
  KRING_MAP_FILTER_NO_AGREEMENT,     /* "Zonder samenwerkingsafspraak" */
  KRING_MAP_FILTER_NO_RECENT_CONTACT, /* "Geen contact in 6 maanden" */
  KRING_MAP_FILTER_NO_FIXED_CONTACT, /* "Zonder vaste contactpersoon" */
  KRING_MAP_FILTER_LOW_TRUST,        /* "Laag vertrouwen" */
  KRING_MAP_N_QUALITY_FILTERS,
} KringMapQualityFilter;

/* Refills the choices from @graph (its life domains and, when
 * @sector_mode, its sectors), keeping what was chosen where it still exists. */
void     kring_map_filters_set_graph   (KringMapFilters       *self,
                                        const KringMapGraph   *graph,
                                        gboolean               sector_mode);
gboolean kring_map_filters_is_active   (KringMapFilters       *self);
/* Whether @node passes every chosen filter (@graph: the graph it is in). */
gboolean kring_map_filters_match       (KringMapFilters       *self,
                                        const KringMapGraph   *graph,
                                        const KringMapNode    *node);
void     kring_map_filters_set_quality (KringMapFilters       *self,
                                        KringMapQualityFilter  filter,
                                        gboolean               active);
/* Back to everything; emits "changed" once if anything was set. */
void     kring_map_filters_clear       (KringMapFilters       *self);

G_END_DECLS
