/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-map-node-widget.h"
#include "kring-map-render.h"
#include "kring-map-view.h"

G_BEGIN_DECLS

/*
 * Shared between the map widget's files: kring-map-view.c (graph, layout,
 * state and the public API), kring-map-view-draw.c (palette, measuring,
 * snapshot and allocation) and kring-map-view-input.c (pointer, touch and
 * keyboard). Tests use the hooks at the end.
 */

/* Zoom is relative to "the whole map fits"; clusters open beyond EXPAND_ZOOM
 * and close again below COLLAPSE_ZOOM (apart, so they do not flicker). */
#define KRING_MAP_VIEW_MIN_ZOOM 0.25
#define KRING_MAP_VIEW_MAX_ZOOM 12.0
#define KRING_MAP_VIEW_ZOOM_STEP 1.25
#define KRING_MAP_VIEW_EXPAND_ZOOM 2.5
#define KRING_MAP_VIEW_COLLAPSE_ZOOM 2.0

struct _KringMapView
{
  GtkWidget           parent_instance;

  KringMapGraph      *graph;
  KringMapLayout     *layout;
  GHashTable         *expanded;      /* cluster ids shown node by node */
  gboolean            expand_all;
  GPtrArray          *node_widgets;  /* KringMapNodeWidget *, in keyboard order */
  GPtrArray          *by_place;      /* the same widgets indexed by place */

  /* The view: widget point = centre of the widget + pan + map point × scale,
   * where scale = zoom × the scale at which the whole map fits. */
  double              zoom;
  double              pan_x, pan_y;  /* pixels */
  gboolean            fitted;        /* follow the size: keep the whole map in view */
  int                 width, height; /* of the last allocation */

  KringMapPalette     palette;
  gboolean            palette_valid;
  char               *font_family;
  PangoLayout        *measure_layout; /* measures labels as the renderer draws them */
  double              font_size;
  guint               relayout_idle; /* after a font change */
  GskRenderNode      *cache;         /* the whole map in map units, see build_map */
  double              cache_scale;   /* the scale it was built for */
  guint               n_cache_builds; /* for tests: panning must not rebuild */

  KringMapNodeFilter  filter;
  gpointer            filter_data;
  GDestroyNotify      filter_destroy;
  GHashTable         *marked_ids;    /* set of char *, from set_marked */
  GHashTable         *dimmed;        /* place indices, for the renderer */
  GHashTable         *marked;
  char               *selected;

  /* Pointer and gestures */
  double              pointer_x, pointer_y;
  gboolean            has_pointer;
  int                 drag_place;    /* the partner being dragged, or -1 */
  gboolean            dragging;      /* past the drag threshold */
  double              drag_start_x, drag_start_y;
  double              drag_x, drag_y;
  double              pan_start_x, pan_start_y;
  double              gesture_zoom;
};

/* kring-map-view.c */
int                 kring_map_view_selected_place  (KringMapView *self);
void                kring_map_view_notify_zoom     (KringMapView *self);
const KringMapNode *kring_map_view_place_node      (KringMapView *self,
                                                    int           place);
gboolean            kring_map_view_accepts_ring    (KringMapView *self,
                                                    int           place,
                                                    int           ring);
gboolean            kring_map_view_is_movable      (KringMapView *self,
                                                    int           place);
void                kring_map_view_relayout        (KringMapView *self);
void                kring_map_view_expand_cluster  (KringMapView *self,
                                                    int           place);
void                kring_map_view_activate_place  (KringMapView *self,
                                                    int           place);
void                kring_map_view_select_place    (KringMapView *self,
                                                    int           place,
                                                    gboolean      focus);
void                kring_map_view_scroll_to_place (KringMapView *self,
                                                    int           place);
void                kring_map_view_emit_moved      (KringMapView *self,
                                                    int           place,
                                                    int           new_ring);
void                kring_map_view_emit_removed    (KringMapView *self,
                                                    int           place);

/* kring-map-view-draw.c */
void                kring_map_view_init_style      (KringMapView *self);
void                kring_map_view_invalidate      (KringMapView *self);
void                kring_map_view_invalidate_style (KringMapView *self);
void                kring_map_view_measure_options (KringMapView          *self,
                                                    KringMapLayoutOptions *options);
double              kring_map_view_fit_scale       (KringMapView *self);
/* Pixels per map unit now. */
double              kring_map_view_scale           (KringMapView *self);
void                kring_map_view_to_map          (KringMapView *self,
                                                    double        x,
                                                    double        y,
                                                    double       *map_x,
                                                    double       *map_y);
void                kring_map_view_to_widget       (KringMapView *self,
                                                    double        map_x,
                                                    double        map_y,
                                                    double       *x,
                                                    double       *y);
void                kring_map_view_class_init_draw (GtkWidgetClass *widget_class);
/* A layout set up as the renderer's text: unhinted metrics, unrounded
 * positions, so text measures and draws the same at every zoom. */
PangoLayout        *kring_map_view_text_layout_new (void);

/* kring-map-view-nodes.c */
/* Appends @layout as render nodes in map units (the caller translates and
 * scales), drawn as kring_map_render() draws it at @scale pixels per map
 * unit: the same geometry, colours, dashes, labels and what is left out
 * when too small on screen. */
void                kring_map_view_append_map      (GtkSnapshot             *snapshot,
                                                    const KringMapLayout    *layout,
                                                    const KringMapPalette   *palette,
                                                    const KringMapDrawState *state,
                                                    double                   scale);

/* kring-map-view-input.c */
void                kring_map_view_init_input      (KringMapView *self);
void                kring_map_view_class_init_input (GtkWidgetClass *widget_class);
/* Sets the zoom (clamped), keeping the map point under (@x, @y) in place. */
void                kring_map_view_zoom_at         (KringMapView *self,
                                                    double        zoom,
                                                    double        x,
                                                    double        y);
void                kring_map_view_set_pan         (KringMapView *self,
                                                    double        pan_x,
                                                    double        pan_y);

/* For tests: the palette in use, whether a node is drawn dimmed, a click
 * and a drag at widget coordinates, going through the same code as the
 * gestures do. */
const KringMapPalette *kring_map_view_get_palette  (KringMapView *self);
gboolean            kring_map_view_is_dimmed       (KringMapView *self,
                                                    const char   *id);
void                kring_map_view_click           (KringMapView *self,
                                                    double        x,
                                                    double        y);
/* How often the cached map has been built (zoom, selection, filter and
 * style changes rebuild it; panning does not). */
guint               kring_map_view_get_cache_builds (KringMapView *self);
void                kring_map_view_drag            (KringMapView *self,
                                                    double        x,
                                                    double        y,
                                                    double        to_x,
                                                    double        to_y);

G_END_DECLS
