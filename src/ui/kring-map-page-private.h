/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-map-filters.h"
#include "kring-map-page.h"
#include "kring-map-panel.h"
#include "kring-map-view.h"
#include "kring-store-map.h"

G_BEGIN_DECLS

/* What Undo puts back: @id of @table into @ring (-1: out of the rings). */
typedef struct
{
  char *table;
  char *id;
  char *label;
  int   ring;
} KringMapPageUndo;

void kring_map_page_undo_free (KringMapPageUndo *undo);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringMapPageUndo, kring_map_page_undo_free)

/* Shared between kring-map-page.c (loading, team, search and filters, the
 * panel) and kring-map-page-actions.c (moves with Undo, zoom, versions,
 * export and print, shortcuts). */
struct _KringMapPage
{
  AdwBin             parent_instance;

  /* Template children */
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  AdwToastOverlay   *overlay;
  GtkLabel          *team_title;
  GtkDropDown       *team_dropdown;
  GtkToggleButton   *life_domain_toggle;
  GtkToggleButton   *sector_toggle;
  GtkSearchEntry    *search_entry;
  GtkMenuButton     *filter_button;
  KringMapFilters   *filters;
  GtkDrawingArea    *legend_area;
  GtkRevealer       *side;
  KringMapView      *view;
  KringMapPanel     *panel;

  KringStore        *store;
  GCancellable      *cancellable;
  GListModel        *teams;
  char              *team_id;
  KringMapSectorMode mode;
  /* The search text, case-folded; NULL when empty. */
  char              *search_key;
  KringMapPageUndo  *undo;
  gboolean           switching;
  gboolean           loaded;
};

/* Re-reads the graph of the current team; keeps zoom and pan when @keep_view.
 * @done (may be NULL) is called once the map shows it, or it failed. */
void                kring_map_page_load_graph   (KringMapPage        *self,
                                                 gboolean             keep_view,
                                                 GAsyncReadyCallback  done,
                                                 gpointer             user_data);
void                kring_map_page_toast        (KringMapPage *self,
                                                 AdwToast     *toast);
/* The node with @id in the graph shown, or NULL. */
const KringMapNode *kring_map_page_find_node    (KringMapPage *self,
                                                 const char   *id);
/* The name of @ring (0…3) in the graph shown. */
const char         *kring_map_page_ring_name    (KringMapPage *self,
                                                 int           ring);

void                kring_map_page_class_init_actions (GtkWidgetClass *widget_class);
void                kring_map_page_update_actions     (KringMapPage   *self);
/* The view's node-moved and node-removed handlers. */
void                kring_map_page_on_node_moved      (KringMapPage   *self,
                                                       const char     *id,
                                                       int             old_ring,
                                                       int             new_ring);
void                kring_map_page_on_node_removed    (KringMapPage   *self,
                                                       const char     *id);
/* Export as "png", "svg" or "pdf" (asks for a file), and print. */
void                kring_map_page_export             (KringMapPage   *self,
                                                       const char     *format);
void                kring_map_page_print              (KringMapPage   *self);
/* Measures the legend and sets the drawing area's draw function. */
void                kring_map_page_init_legend        (KringMapPage   *self);

G_END_DECLS
