/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "kring-map-graph.h"
#include "kring-map-layout.h"

G_BEGIN_DECLS

/*
 * The ecosystem map widget. It lays out a KringMapGraph with
 * kring-map-layout.h and paints it with kring-map-render.h (rings and
 * sectors cached as a render node until the layout, size or style
 * changes); each node and cluster is a focusable child widget with an
 * accessible name, so keyboard and screen-reader users walk the map.
 * Colours come from CSS (named colours kring_map_*), correct in dark and
 * high-contrast mode.
 *
 * Interaction: hover shows a tooltip; click or Enter activates a node
 * ("node-activated"); dragging a partner to another ring emits
 * "node-moved" (the page saves it and offers Undo); Delete emits
 * "node-removed"; Ctrl+scroll, pinch, +/−, 0 (fit) zoom; drag on the
 * background pans; Tab and the arrow keys move between nodes (left/right
 * around a ring, up/down between rings). Clicking a cluster expands it.
 */

#define KRING_TYPE_MAP_VIEW (kring_map_view_get_type ())
G_DECLARE_FINAL_TYPE (KringMapView, kring_map_view, KRING, MAP_VIEW, GtkWidget)

GtkWidget           *kring_map_view_new            (void);
/* Takes a copy of @graph and lays it out; keeps the zoom when @keep_view. */
void                 kring_map_view_set_graph      (KringMapView        *self,
                                                    const KringMapGraph *graph,
                                                    gboolean             keep_view);
const KringMapGraph *kring_map_view_get_graph      (KringMapView        *self);
const KringMapLayout *kring_map_view_get_layout    (KringMapView        *self);
/* Nodes for which @func returns FALSE are dimmed (search and filters);
 * NULL shows all. Matches are marked. */
typedef gboolean (*KringMapNodeFilter) (const KringMapNode *node, gpointer user_data);
void                 kring_map_view_set_filter     (KringMapView        *self,
                                                    KringMapNodeFilter   func,
                                                    gpointer             user_data,
                                                    GDestroyNotify       destroy);
/* Selects (and scrolls to, and focuses when @focus) the node with @id; NULL clears. */
void                 kring_map_view_select         (KringMapView        *self,
                                                    const char          *id,
                                                    gboolean             focus);
const char          *kring_map_view_get_selected   (KringMapView        *self);
void                 kring_map_view_zoom_in        (KringMapView        *self);
void                 kring_map_view_zoom_out       (KringMapView        *self);
void                 kring_map_view_zoom_fit       (KringMapView        *self);
double               kring_map_view_get_zoom       (KringMapView        *self);
/* Draws nodes whose id is in @ids (a set of char *) with the highlight
 * ring, e.g. the changes in a comparison; NULL clears. */
void                 kring_map_view_set_marked     (KringMapView        *self,
                                                    GHashTable          *ids);
/* The focusable child of a node (for tests and keyboard focus), or NULL. */
GtkWidget           *kring_map_view_get_node_widget (KringMapView       *self,
                                                    const char          *id);

/*
 * Signals:
 *   node-activated (const char *id)                  click, Enter, double-click
 *   node-moved     (const char *id, int old_ring, int new_ring)
 *   node-removed   (const char *id)                  Delete on a placed partner
 *   selection-changed ()
 */

G_END_DECLS
