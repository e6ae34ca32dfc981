/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "kring-map-render-private.h"

/*
 * The colours and the shapes shared by the map and its legend.
 */

/* Palettes */

static KringMapColor
rgb (guint32 hex)
{
  return (KringMapColor) { ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0,
                           (hex & 0xff) / 255.0, 1.0 };
}

static KringMapColor
rgba (guint32 hex, double alpha)
{
  KringMapColor color = rgb (hex);

  color.alpha = alpha;
  return color;
}

/* The GNOME HIG palette: bands are faint blue tints that fade outward, so
 * the inner circle reads as closest; nodes are the palette's blues. */
void
kring_map_palette_init_light (KringMapPalette *palette)
{
  g_return_if_fail (palette != NULL);

  *palette = (KringMapPalette) {
    .background = rgb (0xffffff), .foreground = rgb (0x241f31),
    .dim_foreground = rgb (0x5e5c64),
    .ring_fill = { rgb (0xcfe1f8), rgb (0xdfeafa), rgb (0xebf2fc), rgb (0xf5f8fd) },
    .ring_stroke = rgba (0x9a9996, 0.6), .sector_stroke = rgba (0x9a9996, 0.45),
    .centre_fill = rgb (0x1c71d8), .centre_foreground = rgb (0xffffff),
    .node_fill = { rgb (0x1a5fb4), rgb (0x3584e4), rgb (0x62a0ea), rgb (0x99c1f1) },
    .node_stroke = rgb (0x1a5fb4), .cluster_fill = rgb (0xdeddda),
    .tie_good = rgb (0x26a269), .tie_partial = rgb (0xe5a50a), .tie_weak = rgb (0x9a9996),
    .tie_stressful = rgb (0xe01b24), .highlight = rgb (0x9141ac),
    .font_family = "Cantarell, sans-serif", .high_contrast = FALSE,
  };
}

void
kring_map_palette_init_dark (KringMapPalette *palette)
{
  g_return_if_fail (palette != NULL);

  *palette = (KringMapPalette) {
    .background = rgb (0x242424), .foreground = rgb (0xffffff),
    .dim_foreground = rgb (0xc0bfbc),
    .ring_fill = { rgb (0x1d3a5f), rgb (0x22344b), rgb (0x252e3b), rgb (0x272a30) },
    .ring_stroke = rgba (0x77767b, 0.7), .sector_stroke = rgba (0x77767b, 0.5),
    .centre_fill = rgb (0x3584e4), .centre_foreground = rgb (0xffffff),
    .node_fill = { rgb (0x99c1f1), rgb (0x62a0ea), rgb (0x3584e4), rgb (0x1c71d8) },
    .node_stroke = rgb (0xdeddda), .cluster_fill = rgb (0x5e5c64),
    .tie_good = rgb (0x57e389), .tie_partial = rgb (0xf8e45c), .tie_weak = rgb (0x9a9996),
    .tie_stressful = rgb (0xf66151), .highlight = rgb (0xdc8add),
    .font_family = "Cantarell, sans-serif", .high_contrast = FALSE,
  };
}

/* Shapes */

void
kring_map_set_color (cairo_t             *cr,
                     const KringMapColor *color,
                     double               alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

void
kring_map_path_member (cairo_t *cr,
                       double   x,
                       double   y,
                       double   radius)
{
  double h = radius * 0.88, r = radius * 0.3;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + h - r, y - h + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + h - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x - h + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x - h + r, y - h + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
kring_map_path_zigzag (cairo_t *cr,
                       double   x0,
                       double   y0,
                       double   x1,
                       double   y1,
                       double   amplitude)
{
  double length = hypot (x1 - x0, y1 - y0), step = amplitude * 2.0;
  double ux, uy;
  guint n;

  if (length < step * 2)
    {
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
      return;
    }
  ux = (x1 - x0) / length;
  uy = (y1 - y0) / length;
  n = (guint) (length / step);
  cairo_move_to (cr, x0, y0);
  for (guint i = 1; i < n; i++)
    {
      double side = (i % 2 ? amplitude : -amplitude), d = i * length / n;

      cairo_line_to (cr, x0 + ux * d - uy * side, y0 + uy * d + ux * side);
    }
  cairo_line_to (cr, x1, y1);
}
