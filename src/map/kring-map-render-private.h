/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>
#include "kring-map-render.h"

G_BEGIN_DECLS

/*
 * Shared between the map drawing, the legend and the page: colours and
 * text. One PangoLayout is made per drawing pass and reused for every text,
 * so a map with a thousand labels does not build a thousand layouts.
 */

void         kring_map_set_color        (cairo_t             *cr,
                                         const KringMapColor *color,
                                         double               alpha);
/* A layout for @cr in @family at @size map units (absolute, so it scales
 * with the transform), without hinted metrics so text keeps its shape at
 * every zoom level. */
PangoLayout *kring_map_text_new         (cairo_t             *cr,
                                         const char          *family,
                                         double               size,
                                         PangoWeight          weight);
void         kring_map_text_set_font    (PangoLayout         *layout,
                                         const char          *family,
                                         double               size,
                                         PangoWeight          weight);
/* Draws @text with the point (@x, @y) at the fraction (@ax, @ay) of its
 * logical box (0, 0: top left; 0.5, 0.5: centred). */
void         kring_map_text_draw        (cairo_t             *cr,
                                         PangoLayout         *layout,
                                         const char          *text,
                                         double               x,
                                         double               y,
                                         double               ax,
                                         double               ay);
void         kring_map_text_size        (PangoLayout         *layout,
                                         const char          *text,
                                         double              *width,
                                         double              *height);
/* A label laid out once per thread and kept (owned by the cache): for
 * text drawn again and again, such as node labels. */
PangoLayout *kring_map_label_layout     (const char          *family,
                                         double               size,
                                         const char          *text);
void         kring_map_label_draw       (cairo_t             *cr,
                                         PangoLayout         *layout,
                                         double               x,
                                         double               y,
                                         double               ax,
                                         double               ay);
/* Node shapes, also drawn by the legend. */
void         kring_map_path_member      (cairo_t             *cr,
                                         double               x,
                                         double               y,
                                         double               radius);
/* The zigzag of a stressful ecomap tie from (x0, y0) to (x1, y1). */
void         kring_map_path_zigzag      (cairo_t             *cr,
                                         double               x0,
                                         double               y0,
                                         double               x1,
                                         double               y1,
                                         double               amplitude);
/* The map's area on a page, after the title and beside the legend. */
void         kring_map_page_map_area    (const KringMapPalette *palette,
                                         double               width,
                                         double               height,
                                         KringMapRect        *area);

G_END_DECLS
