/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include "kring-map-layout.h"

G_BEGIN_DECLS

/*
 * Drawing a laid-out map with cairo: the same code paints the widget's
 * static layer, the PNG/SVG/PDF export and the printout, so what is
 * exported is what is on screen. Colours come from a palette; the widget
 * fills it from its CSS (light, dark, high contrast), the export uses the
 * light default.
 */

/* Shared by the cairo renderer and the widget's render nodes, so both draw
 * the same: how faded places are drawn, and the sizes on screen below which
 * detail is dropped. Labels smaller than MIN_LABEL_PIXELS on a raster target
 * cannot be read; skipping them is what keeps a zoomed-out map of thousands
 * of nodes fluid. Dashes shorter than MIN_DASH_PERIOD_PIXELS merge into a
 * grey line and cost a polygon each; zoomed out, the pattern is stretched
 * instead. Sub-ring guides closer than MIN_GUIDE_SPACING_PIXELS are a
 * texture, not a guide. Below MIN_ROUND_PIXELS radius a disc is drawn as a
 * square of the same area: a dot either way, and far cheaper. */
#define KRING_MAP_DIM_ALPHA 0.3
#define KRING_MAP_DIM_ALPHA_HIGH_CONTRAST 0.5
#define KRING_MAP_MIN_LABEL_PIXELS 4.0
#define KRING_MAP_MIN_DASH_PERIOD_PIXELS 7.0
#define KRING_MAP_MIN_GUIDE_SPACING_PIXELS 5.0
#define KRING_MAP_MIN_ROUND_PIXELS 2.0

/* A node label's font size in map units: its box is one line high. */
static inline double
kring_map_label_size (const KringMapRect *box)
{
  return CLAMP (box->height / 1.25, 4.0, 24.0);
}

typedef struct { double red, green, blue, alpha; } KringMapColor;

typedef struct
{
  KringMapColor background;
  KringMapColor foreground;        /* labels */
  KringMapColor dim_foreground;    /* sector names, legend text */
  KringMapColor ring_fill[KRING_MAP_N_RINGS];
  KringMapColor ring_stroke;
  KringMapColor sector_stroke;
  KringMapColor centre_fill;
  KringMapColor centre_foreground;
  KringMapColor node_fill[KRING_MAP_N_RINGS];
  KringMapColor node_stroke;
  KringMapColor cluster_fill;
  KringMapColor tie_good;          /* agreement and fixed contact */
  KringMapColor tie_partial;
  KringMapColor tie_weak;          /* neither, or no contact for long */
  KringMapColor tie_stressful;     /* ecomap */
  KringMapColor highlight;         /* search match, selection, focus */
  const char   *font_family;       /* default "Cantarell, sans-serif" */
  gboolean      high_contrast;     /* thicker lines, no translucency */
} KringMapPalette;

void kring_map_palette_init_light (KringMapPalette *palette);
void kring_map_palette_init_dark  (KringMapPalette *palette);

typedef enum
{
  KRING_MAP_DRAW_RINGS   = 1 << 0,  /* bands, sector lines, ring and sector names */
  KRING_MAP_DRAW_TIES    = 1 << 1,
  KRING_MAP_DRAW_NODES   = 1 << 2,  /* discs, cluster counts and labels */
  KRING_MAP_DRAW_CENTRE  = 1 << 3,
  KRING_MAP_DRAW_ALL     = 0xf,
} KringMapDrawFlags;

typedef struct
{
  KringMapDrawFlags flags;
  GHashTable       *dimmed;    /* set of place indices (GINT_TO_POINTER) drawn faded */
  GHashTable       *marked;    /* set of place indices drawn with the highlight ring */
  int               selected;  /* place index or -1 */
} KringMapDrawState;

/* Draws @layout in map units (the caller sets the transform). */
void kring_map_render           (cairo_t                 *cr,
                                 const KringMapLayout    *layout,
                                 const KringMapPalette   *palette,
                                 const KringMapDrawState *state);

/* How a tie is drawn, from its qualities (one place, used by the legend,
 * the renderer and the widget's tooltips). */
typedef struct
{
  double         width;        /* line width in map units */
  const double  *dashes;       /* NULL: solid */
  int            n_dashes;
  KringMapColor  color;
} KringMapTieStyle;

void kring_map_tie_style (const KringMapQuality *quality,
                          const KringMapPalette *palette,
                          KringMapTieStyle      *style);

/* The legend: every encoding of rings, nodes and ties explained in Dutch
 * (translated strings). Drawn at the current point, returns its size. */
void kring_map_render_legend    (cairo_t                 *cr,
                                 const KringMapPalette   *palette,
                                 gboolean                 ecomap,
                                 double                  *width,
                                 double                  *height);

/* A whole page for export and print: title, date, map scaled to fit, legend
 * and the data source line, into a @width × @height area (points). */
void kring_map_render_page      (cairo_t                 *cr,
                                 const KringMapLayout    *layout,
                                 const KringMapPalette   *palette,
                                 const char              *title,
                                 const char              *date,
                                 double                   width,
                                 double                   height);

/* The transform kring_map_render_page gives the map: from map units to
 * the page's points (e.g. to find a node on an exported page). */
void kring_map_render_page_matrix (const KringMapLayout  *layout,
                                   double                 width,
                                   double                 height,
                                   cairo_matrix_t        *matrix);

/* A date as the page shows it, "22 november 2026" in Dutch (the month
 * names are translated). */
char *kring_map_format_date       (GDateTime             *date);

/* Measures a label as the renderer draws it (KringMapMeasureFunc, for
 * KringMapLayoutOptions.measure): a layout for export or print measured
 * with it keeps its labels apart on paper too. */
void kring_map_render_measure   (const char              *text,
                                 double                   font_size,
                                 double                  *width,
                                 double                  *height,
                                 gpointer                 user_data);

/* Writes the page to @file as PNG, SVG or PDF, chosen by its extension
 * (.png, .svg, .pdf; anything else: G_IO_ERROR_INVALID_ARGUMENT with a
 * plain message). Written to a temporary file and renamed: an existing file
 * is replaced only when the whole export succeeded. */
gboolean kring_map_export       (const KringMapLayout    *layout,
                                 const char              *title,
                                 const char              *date,
                                 GFile                   *file,
                                 GError                 **error);

G_END_DECLS
