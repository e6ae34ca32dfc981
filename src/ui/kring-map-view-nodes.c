/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include "kring-map-render-private.h"
#include "kring-map-view-private.h"

/*
 * The map as GSK render nodes: the same geometry and encoding as
 * kring-map-render.c, but built from colour, border, gradient and text
 * nodes that the GL renderer rasterises on the GPU. Building the node tree
 * is the widget's whole CPU cost per frame, a few milliseconds for a
 * thousand nodes, where rasterising the map with cairo costs tens.
 *
 * Cairo strokes a path centred on it; a border node lies inside its
 * rounded rectangle. So a stroke of width w on a circle of radius r is a
 * border of width w on the circle of radius r + w / 2.
 */

typedef struct
{
  GtkSnapshot             *snapshot;
  const KringMapLayout    *layout;
  const KringMapPalette   *palette;
  const KringMapDrawState *state;
  double                   scale;   /* pixels per map unit */
  PangoLayout             *text;    /* reused for every ring, sector and count text */
  gboolean                 dimmed;  /* the node pass draws the dimmed places */
  double                   alpha;
} Frame;

/* Primitives */

static GdkRGBA
rgba (const KringMapColor *color, double alpha)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha * alpha };
}

static void
append_rounded (GtkSnapshot *snapshot, double x, double y, double half, double corner,
                const GdkRGBA *color)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (x - half, y - half, 2 * half, 2 * half);
  GskRoundedRect clip;

  gsk_rounded_rect_init_from_rect (&clip, &rect, corner);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  gtk_snapshot_append_color (snapshot, color, &rect);
  gtk_snapshot_pop (snapshot);
}

static void
append_disc (GtkSnapshot *snapshot, double x, double y, double radius, const GdkRGBA *color)
{
  append_rounded (snapshot, x, y, radius, radius, color);
}

/* The outline of a rounded square of half size @half, stroked @width wide. */
static void
append_outline (GtkSnapshot *snapshot, double x, double y, double half, double corner,
                double width, const GdkRGBA *color)
{
  double outer = half + width / 2;
  GskRoundedRect rect;

  gsk_rounded_rect_init_from_rect (&rect,
                                   &GRAPHENE_RECT_INIT (x - outer, y - outer, 2 * outer,
                                                        2 * outer),
                                   corner + width / 2);
  gtk_snapshot_append_border (snapshot, &rect, (float[4]) { width, width, width, width },
                              (GdkRGBA[4]) { *color, *color, *color, *color });
}

static void
append_circle (GtkSnapshot *snapshot, double x, double y, double radius, double width,
               const GdkRGBA *color)
{
  append_outline (snapshot, x, y, radius, radius, width, color);
}

/* A straight line as a rectangle turned onto it; dashed by a repeating
 * gradient with hard stops, one node however many dashes. */
static void
append_line (GtkSnapshot *snapshot, double x0, double y0, double x1, double y1, double width,
             const GdkRGBA *color, double on, double period)
{
  double length = hypot (x1 - x0, y1 - y0);
  graphene_rect_t rect = GRAPHENE_RECT_INIT (0, -width / 2, length, width);

  if (length <= 0)
    return;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x0, y0));
  gtk_snapshot_rotate (snapshot, atan2 (y1 - y0, x1 - x0) * 180.0 / G_PI);
  if (period > 0)
    {
      GdkRGBA clear = { color->red, color->green, color->blue, 0 };
      GskColorStop stops[] = { { 0, *color }, { on / period, *color },
                               { on / period, clear }, { 1, clear } };

      gtk_snapshot_append_repeating_linear_gradient (snapshot, &rect, &GRAPHENE_POINT_INIT (0, 0),
                                                     &GRAPHENE_POINT_INIT (period, 0), stops,
                                                     G_N_ELEMENTS (stops));
    }
  else
    gtk_snapshot_append_color (snapshot, color, &rect);
  gtk_snapshot_restore (snapshot);
}

/* @layout with the point (@x, @y) at the fraction (@ax, @ay) of its logical
 * box, as kring_map_text_draw places it. */
static void
append_text (GtkSnapshot *snapshot, PangoLayout *layout, double x, double y, double ax,
             double ay, const GdkRGBA *color)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (
                              x - ax * logical.width / PANGO_SCALE - (double) logical.x / PANGO_SCALE,
                              y - ay * logical.height / PANGO_SCALE
                                  - (double) logical.y / PANGO_SCALE));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
append_string (const Frame *f, const char *string, double x, double y, double ax, double ay,
               const GdkRGBA *color)
{
  pango_layout_set_text (f->text, string, -1);
  append_text (f->snapshot, f->text, x, y, ax, ay, color);
}

static gboolean
in_set (GHashTable *set, guint index)
{
  return set != NULL && g_hash_table_contains (set, GINT_TO_POINTER (index));
}

static const KringMapPlace *
place_at (const KringMapLayout *layout, guint index)
{
  return &g_array_index (layout->places, KringMapPlace, index);
}

static const KringMapNode *
place_node (const KringMapLayout *layout, const KringMapPlace *place)
{
  g_assert (place->node < layout->graph->nodes->len);
  return g_ptr_array_index (layout->graph->nodes, place->node);
}

static double
dim_alpha (const KringMapPalette *palette)
{
  return palette->high_contrast ? KRING_MAP_DIM_ALPHA_HIGH_CONTRAST : KRING_MAP_DIM_ALPHA;
}

/* Rings */

static void
append_bands (const Frame *f)
{
  for (int r = KRING_MAP_N_RINGS - 1; r >= 0; r--)
    {
      const KringMapBand *band = &f->layout->bands[r];
      GdkRGBA color = rgba (&f->palette->ring_fill[r], 1.0);

      if (band->inner > 0)
        append_circle (f->snapshot, 0, 0, (band->outer + band->inner) / 2,
                       band->outer - band->inner, &color);
      else
        append_disc (f->snapshot, 0, 0, band->outer, &color);
    }
}

static void
append_band_lines (const Frame *f)
{
  GdkRGBA line = rgba (&f->palette->ring_stroke, 1.0);
  GdkRGBA guide = rgba (&f->palette->ring_stroke, 0.45);
  double width = f->palette->high_contrast ? 1.5 : 0.75;

  for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
    append_circle (f->snapshot, 0, 0, f->layout->bands[r].outer, width, &line);
  /* Sub-rings of a crowded band: faint guides, where they are far enough
   * apart on screen to be followed. */
  for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
    {
      const KringMapBand *band = &f->layout->bands[r];
      double spacing = (band->outer - band->inner) / MAX (band->n_sub_rings, 1);

      if (spacing * f->scale < KRING_MAP_MIN_GUIDE_SPACING_PIXELS)
        continue;
      for (guint k = 1; k < band->n_sub_rings; k++)
        append_circle (f->snapshot, 0, 0,
                       band->inner + (band->outer - band->inner) * k / band->n_sub_rings, 0.5,
                       &guide);
    }
}

static void
append_sector_lines (const Frame *f)
{
  double inner = f->layout->centre_radius, outer = f->layout->bands[KRING_MAP_N_RINGS - 1].outer;
  GdkRGBA color = rgba (&f->palette->sector_stroke, 1.0);
  double width = f->palette->high_contrast ? 1.5 : 0.75;

  if (f->layout->sectors->len < 2)
    return;
  for (guint i = 0; i < f->layout->sectors->len; i++)
    {
      const KringMapSectorArc *arc = &g_array_index (f->layout->sectors, KringMapSectorArc, i);
      double s = sin (arc->start), c = cos (arc->start);

      append_line (f->snapshot, inner * s, -inner * c, outer * s, -outer * c, width, &color, 0,
                   0);
    }
}

static void
append_sector_names (const Frame *f)
{
  GdkRGBA color = rgba (&f->palette->dim_foreground, 1.0);

  kring_map_text_set_font (f->text, f->palette->font_family, 10, PANGO_WEIGHT_BOLD);
  for (guint i = 0; i < f->layout->sectors->len; i++)
    {
      const KringMapSectorArc *arc = &g_array_index (f->layout->sectors, KringMapSectorArc, i);
      const KringMapSector *sector = NULL;
      const char *label;

      if (arc->sector >= 0 && (guint) arc->sector < f->layout->graph->sectors->len)
        sector = g_ptr_array_index (f->layout->graph->sectors, arc->sector);
      label = sector != NULL ? sector->label : NULL;
      if (label == NULL && arc->sector < 0)
        label = C_("map sector", "Other");
      if (label == NULL || arc->n_nodes == 0)
        continue;
      append_string (f, label, arc->label_x, arc->label_y, 0.5, 0.5, &color);
    }
}

static void
append_ring_names (const Frame *f)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  GdkRGBA color = rgba (&f->palette->dim_foreground, 1.0);

  pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (1.2 * PANGO_SCALE));
  pango_layout_set_attributes (f->text, attrs);
  kring_map_text_set_font (f->text, f->palette->font_family, KRING_MAP_RING_NAME_SIZE,
                           PANGO_WEIGHT_BOLD);
  for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
    {
      g_autofree char *name = g_utf8_strup (f->layout->graph->ring_names[r], -1);
      const KringMapRect *box = &f->layout->bands[r].name_box;

      append_string (f, name, box->x + box->width / 2, box->y, 0.5, 0, &color);
    }
  pango_layout_set_attributes (f->text, NULL);
  pango_attr_list_unref (attrs);
}

/* Ties */

/* The zigzag of a stressful tie, its corners from the one shared path. */
static void
append_zigzag (const Frame *f, double x0, double y0, double x1, double y1,
               const KringMapTieStyle *style, const GdkRGBA *color)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  cairo_path_t *path;
  double px = x0, py = y0;

  kring_map_path_zigzag (cr, x0, y0, x1, y1, 2.5);
  path = cairo_copy_path (cr);
  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      const cairo_path_data_t *point = &path->data[i + 1];

      if (path->data[i].header.type != CAIRO_PATH_LINE_TO)
        continue;
      append_line (f->snapshot, px, py, point->point.x, point->point.y, style->width, color, 0,
                   0);
      /* The round join cairo draws at the corner. */
      if (point->point.x != x1 || point->point.y != y1)
        append_disc (f->snapshot, point->point.x, point->point.y, style->width / 2, color);
      px = point->point.x;
      py = point->point.y;
    }
  cairo_path_destroy (path);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
append_tie (const Frame *f, const KringMapPlace *place, const KringMapNode *node)
{
  double d = hypot (place->x, place->y), ux, uy, period = 0, stretch;
  double c = f->layout->centre_radius;
  KringMapTieStyle style;
  GdkRGBA color;

  if (d <= c + place->radius)
    return;
  ux = place->x / d;
  uy = place->y / d;
  kring_map_tie_style (&node->quality, f->palette, &style);
  color = rgba (&style.color, 1.0);
  if (node->quality.tie == KRING_MAP_TIE_STRESSFUL)
    {
      append_zigzag (f, ux * c, uy * c, place->x - ux * place->radius,
                     place->y - uy * place->radius, &style, &color);
      return;
    }
  for (int i = 0; i < style.n_dashes; i++)
    period += style.dashes[i];
  /* Stretched, as the renderer does, so a period stays a few pixels long. */
  stretch = period > 0 ? MAX (1.0, KRING_MAP_MIN_DASH_PERIOD_PIXELS / (period * f->scale)) : 1;
  append_line (f->snapshot, ux * c, uy * c, place->x - ux * place->radius,
               place->y - uy * place->radius, style.width, &color,
               period > 0 ? style.dashes[0] * stretch : 0, period * stretch);
}

static gboolean
has_tie (const KringMapPlace *place, const KringMapNode *node)
{
  return !place->is_cluster && (node->quality.known || node->quality.tie != KRING_MAP_TIE_NONE);
}

/* Faded ties go into one translucent group: where they cross near the
 * centre they do not add up to opaque, as the renderer's single stroke. */
static void
append_ties (const Frame *f)
{
  for (int pass = 0; pass < 2; pass++)
    {
      gboolean dimmed = pass == 0;

      if (dimmed && (f->state->dimmed == NULL || g_hash_table_size (f->state->dimmed) == 0))
        continue;
      if (dimmed)
        gtk_snapshot_push_opacity (f->snapshot, dim_alpha (f->palette));
      for (guint i = 0; i < f->layout->places->len; i++)
        {
          const KringMapPlace *place = place_at (f->layout, i);
          const KringMapNode *node = place_node (f->layout, place);

          if (has_tie (place, node) && in_set (f->state->dimmed, i) == dimmed)
            append_tie (f, place, node);
        }
      if (dimmed)
        gtk_snapshot_pop (f->snapshot);
    }
}

/* Nodes */

static gboolean
in_pass (const Frame *f, guint index)
{
  return in_set (f->state->dimmed, index) == f->dimmed;
}

static gboolean
is_dot (const Frame *f, const KringMapPlace *place)
{
  return place->radius * f->scale < KRING_MAP_MIN_ROUND_PIXELS;
}

static void
append_node_fill (const Frame *f, const KringMapPlace *place, const KringMapNode *node,
                  const GdkRGBA *color)
{
  double r = place->radius;

  /* A dot is a square of the disc's area (see the renderer). */
  if (is_dot (f, place))
    gtk_snapshot_append_color (f->snapshot, color,
                               &GRAPHENE_RECT_INIT (place->x - r * 0.886, place->y - r * 0.886,
                                                    r * 1.772, r * 1.772));
  else if (node->kind == KRING_MAP_NODE_MEMBER)
    append_rounded (f->snapshot, place->x, place->y, r * 0.88, r * 0.3, color);
  else
    append_disc (f->snapshot, place->x, place->y, r, color);
}

/* Clusters first, then ring by ring, as the renderer fills them. */
static void
append_fills (const Frame *f)
{
  for (int ring = -1; ring < KRING_MAP_N_RINGS; ring++)
    {
      GdkRGBA color = rgba (ring < 0 ? &f->palette->cluster_fill : &f->palette->node_fill[ring],
                            f->alpha);

      for (guint i = 0; i < f->layout->places->len; i++)
        {
          const KringMapPlace *place = place_at (f->layout, i);

          if (!in_pass (f, i) || (ring == -1) != (place->is_cluster != FALSE)
              || (ring >= 0 && place->ring != ring))
            continue;
          append_node_fill (f, place, place_node (f->layout, place), &color);
        }
    }
}

static void
append_outlines (const Frame *f)
{
  GdkRGBA color = rgba (&f->palette->node_stroke, f->alpha);
  double width = f->palette->high_contrast ? 1.5 : 1.0;

  for (guint i = 0; i < f->layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (f->layout, i);
      const KringMapNode *node = place_node (f->layout, place);
      double r = place->radius;

      if (!in_pass (f, i) || is_dot (f, place))
        continue;
      if (node->kind == KRING_MAP_NODE_MEMBER)
        append_outline (f->snapshot, place->x, place->y, r * 0.88, r * 0.3, width, &color);
      else
        append_circle (f->snapshot, place->x, place->y, r, width, &color);
      /* The second outline: the partners the team knows personally. */
      if (node->quality.knows_personally && !place->is_cluster)
        append_circle (f->snapshot, place->x, place->y, r + 2.5, width, &color);
    }
}

/* The badge of a fixed contact person: a dot on the node's upper right. */
static void
append_badges (const Frame *f)
{
  GdkRGBA fill = rgba (&f->palette->tie_good, f->alpha);
  GdkRGBA edge = rgba (&f->palette->background, f->alpha);

  for (guint i = 0; i < f->layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (f->layout, i);
      const KringMapNode *node = place_node (f->layout, place);
      double x = place->x + place->radius * 0.75, y = place->y - place->radius * 0.75;
      double r = MAX (place->radius * 0.38, 2.5);

      if (!in_pass (f, i) || place->is_cluster || !node->quality.has_fixed_contact
          || is_dot (f, place))
        continue;
      append_disc (f->snapshot, x, y, r, &fill);
      append_circle (f->snapshot, x, y, r, 1.0, &edge);
    }
}

static void
append_cluster_counts (const Frame *f)
{
  GdkRGBA color = rgba (&f->palette->foreground, f->alpha);

  kring_map_text_set_font (f->text, f->palette->font_family, 10, PANGO_WEIGHT_BOLD);
  for (guint i = 0; i < f->layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (f->layout, i);
      char count[16];

      if (!in_pass (f, i) || !place->is_cluster)
        continue;
      g_snprintf (count, sizeof count, "%u", place_node (f->layout, place)->cluster_size);
      append_string (f, count, place->x, place->y, 0.5, 0.5, &color);
    }
}

static void
append_labels (const Frame *f)
{
  GdkRGBA color = rgba (&f->palette->foreground, f->alpha);

  for (guint i = 0; i < f->layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (f->layout, i);
      const KringMapRect *box = &place->label_box;
      PangoLayout *label;

      if (!in_pass (f, i) || place->label == NULL || place->label[0] == '\0')
        continue;
      label = kring_map_label_layout (f->palette->font_family, kring_map_label_size (box),
                                      place->label);
      append_text (f->snapshot, label, box->x + box->width / 2, box->y + box->height / 2, 0.5,
                   0.5, &color);
    }
}

static void
append_highlights (const Frame *f)
{
  GdkRGBA color = rgba (&f->palette->highlight, 1.0);
  int selected = f->state->selected;

  for (guint i = 0; i < f->layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (f->layout, i);

      if (in_set (f->state->marked, i) && (int) i != selected)
        append_circle (f->snapshot, place->x, place->y, place->radius + 4.5, 2.0, &color);
    }
  if (selected >= 0 && (guint) selected < f->layout->places->len)
    {
      const KringMapPlace *place = place_at (f->layout, selected);

      append_circle (f->snapshot, place->x, place->y, place->radius + 5.0, 3.5, &color);
    }
}

static void
append_node_pass (Frame *f, gboolean dimmed)
{
  f->dimmed = dimmed;
  f->alpha = dimmed ? dim_alpha (f->palette) : 1.0;
  append_fills (f);
  append_outlines (f);
  append_badges (f);
  append_cluster_counts (f);
  /* Labels too small to read are left out, as on the renderer's screen. */
  if (f->scale * 11.0 >= KRING_MAP_MIN_LABEL_PIXELS)
    append_labels (f);
}

/* The centre */

static void
append_centre (const Frame *f)
{
  double r = f->layout->centre_radius;
  GdkRGBA fill = rgba (&f->palette->centre_fill, 1.0);
  GdkRGBA ink = rgba (&f->palette->centre_foreground, 1.0);
  const char *title = f->layout->graph->title;

  append_disc (f->snapshot, 0, 0, r, &fill);
  if (title == NULL)
    return;
  /* As the renderer: wrapped by word inside the inscribed square, smaller
   * type rather than a broken word. */
  pango_layout_set_width (f->text, (int) (r * 1.4 * PANGO_SCALE));
  pango_layout_set_alignment (f->text, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (f->text, PANGO_WRAP_WORD);
  for (double size = MAX (r / 4.0, 6.0);; size *= 0.9)
    {
      double w, h;

      kring_map_text_set_font (f->text, f->palette->font_family, size, PANGO_WEIGHT_BOLD);
      kring_map_text_size (f->text, title, &w, &h);
      if ((w <= r * 1.4 && h <= r * 1.4) || size < 4.0)
        break;
    }
  append_string (f, title, 0, 0, 0.5, 0.5, &ink);
  pango_layout_set_width (f->text, -1);
}

void
kring_map_view_append_map (GtkSnapshot             *snapshot,
                           const KringMapLayout    *layout,
                           const KringMapPalette   *palette,
                           const KringMapDrawState *state,
                           double                   scale)
{
  KringMapDrawState none = { KRING_MAP_DRAW_ALL, NULL, NULL, -1 };
  g_autoptr (PangoLayout) text = kring_map_view_text_layout_new ();
  Frame f = { snapshot, layout, palette, state != NULL ? state : &none, scale, text, FALSE, 1.0 };

  g_return_if_fail (GTK_IS_SNAPSHOT (snapshot) && layout != NULL && palette != NULL);

  if (f.state->flags & KRING_MAP_DRAW_RINGS)
    {
      append_bands (&f);
      append_band_lines (&f);
      append_sector_lines (&f);
      append_sector_names (&f);
      append_ring_names (&f);
    }
  if (f.state->flags & KRING_MAP_DRAW_TIES)
    append_ties (&f);
  if (f.state->flags & KRING_MAP_DRAW_NODES)
    {
      /* Faded places first, so what the filter keeps is drawn on top. */
      if (f.state->dimmed != NULL && g_hash_table_size (f.state->dimmed) > 0)
        append_node_pass (&f, TRUE);
      append_node_pass (&f, FALSE);
      append_highlights (&f);
    }
  if (f.state->flags & KRING_MAP_DRAW_CENTRE)
    append_centre (&f);
}
