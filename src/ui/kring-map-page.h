/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-map-filters.h"
#include "kring-map-view.h"
#include "kring-store.h"

G_BEGIN_DECLS

/* One page of the main window's view stack. Setting a store loads the page's
 * content asynchronously; setting NULL (on lock) drops everything it showed.
 *
 * The ecosystem map of one team: a toolbar (team, life domains or sectors,
 * search, filters, zoom, legend, versions, export and print), the map, and a
 * side panel with the chosen partner or team member. */
#define KRING_TYPE_MAP_PAGE (kring_map_page_get_type ())
G_DECLARE_FINAL_TYPE (KringMapPage, kring_map_page, KRING, MAP_PAGE, AdwBin)

void  kring_map_page_set_store (KringMapPage *self,
                                KringStore *store);
/* Re-reads the store (after an import, the example district, an edit elsewhere). */
void  kring_map_page_reload    (KringMapPage *self);

/* Whether the map of the current team is shown and no read is under way. */
gboolean         kring_map_page_is_loaded        (KringMapPage        *self);
/* Selects the node with @id and opens the side panel on it, as a click does. */
void             kring_map_page_show_node        (KringMapPage        *self,
                                                  const char          *id);
KringMapFilters *kring_map_page_get_filters      (KringMapPage        *self);
KringMapView    *kring_map_page_get_view         (KringMapPage        *self);

/* Moves the partner @id to @ring (-1: out of the rings), as dragging it
 * does: saved, the map re-read, and a toast with Undo. Finishes once the
 * map shows the move. */
void             kring_map_page_move_node_async  (KringMapPage        *self,
                                                  const char          *id,
                                                  int                  ring,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean         kring_map_page_move_node_finish (KringMapPage        *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Saves the map as shown as a version titled @title (may be NULL); gives its id. */
void             kring_map_page_save_version_async  (KringMapPage        *self,
                                                     const char          *title,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
char            *kring_map_page_save_version_finish (KringMapPage        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* Opens the window that compares the team's versions (NULL when no map is
 * shown); the window belongs to its parent. */
GtkWidget       *kring_map_page_open_versions    (KringMapPage        *self);

G_END_DECLS
