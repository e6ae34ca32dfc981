/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <pango/pangocairo.h>
#include "kring-map-view-private.h"

/*
 * The map widget's look: the palette from CSS, labels measured as the
 * renderer draws them, the cached drawing, and where the node widgets go.
 */

/* Space kept free around the whole map when it is fitted, in pixels. */
#define FIT_MARGIN 12.0
/* Room around a node's disc and label for the focus ring, in pixels. */
#define NODE_PADDING 3.0

/* Palette */

static const char *const ring_names[KRING_MAP_N_RINGS] = {
  "kring_map_ring0", "kring_map_ring1", "kring_map_ring2", "kring_map_ring3",
};
static const char *const node_names[KRING_MAP_N_RINGS] = {
  "kring_map_node0", "kring_map_node1", "kring_map_node2", "kring_map_node3",
};

static void
lookup (GtkStyleContext *context, const char *name, KringMapColor *color)
{
  GdkRGBA rgba;

  /* A theme without our colours keeps the built-in default. */
  if (gtk_style_context_lookup_color (context, name, &rgba))
    *color = (KringMapColor) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

static void
lookup_palette (GtkStyleContext *context, KringMapPalette *p)
{
  for (guint i = 0; i < KRING_MAP_N_RINGS; i++)
    {
      lookup (context, ring_names[i], &p->ring_fill[i]);
      lookup (context, node_names[i], &p->node_fill[i]);
    }
  lookup (context, "kring_map_background", &p->background);
  lookup (context, "kring_map_foreground", &p->foreground);
  lookup (context, "kring_map_dim_foreground", &p->dim_foreground);
  lookup (context, "kring_map_ring_stroke", &p->ring_stroke);
  lookup (context, "kring_map_sector_stroke", &p->sector_stroke);
  lookup (context, "kring_map_centre", &p->centre_fill);
  lookup (context, "kring_map_centre_foreground", &p->centre_foreground);
  lookup (context, "kring_map_node_stroke", &p->node_stroke);
  lookup (context, "kring_map_cluster", &p->cluster_fill);
  lookup (context, "kring_map_tie_good", &p->tie_good);
  lookup (context, "kring_map_tie_partial", &p->tie_partial);
  lookup (context, "kring_map_tie_weak", &p->tie_weak);
  lookup (context, "kring_map_tie_stressful", &p->tie_stressful);
  lookup (context, "kring_map_highlight", &p->highlight);
}

static void
ensure_palette (KringMapView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (self->palette_valid)
    return;
  if (adw_style_manager_get_dark (manager))
    kring_map_palette_init_dark (&self->palette);
  else
    kring_map_palette_init_light (&self->palette);
  lookup_palette (gtk_widget_get_style_context (GTK_WIDGET (self)), &self->palette);
  self->palette.high_contrast = adw_style_manager_get_high_contrast (manager);
  if (self->font_family != NULL)
    self->palette.font_family = self->font_family;
  self->palette_valid = TRUE;
}

const KringMapPalette *
kring_map_view_get_palette (KringMapView *self)
{
  g_return_val_if_fail (KRING_IS_MAP_VIEW (self), NULL);

  ensure_palette (self);
  return &self->palette;
}

void
kring_map_view_invalidate (KringMapView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Read lazily at the next frame: by then the style manager has swapped the
 * style sheets (style-dark.css, style-hc.css) the colours come from. */
void
kring_map_view_invalidate_style (KringMapView *self)
{
  self->palette_valid = FALSE;
  kring_map_view_invalidate (self);
}

/* Fonts and measuring */

/* The widget's font, as family and size in map units (points: the layout's
 * default 11 is the usual 11 pt interface font). TRUE if it changed. */
static gboolean
update_font (KringMapView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  const char *family = font != NULL ? pango_font_description_get_family (font) : NULL;
  double size = font != NULL ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 0;

  if (font != NULL && pango_font_description_get_size_is_absolute (font))
    size *= 0.75;
  if (size <= 0)
    size = 11.0;
  if (g_strcmp0 (family, self->font_family) == 0 && size == self->font_size)
    return FALSE;
  g_free (self->font_family);
  self->font_family = g_strdup (family);
  self->font_size = size;
  g_clear_object (&self->measure_layout);
  self->palette_valid = FALSE;
  return TRUE;
}

/* The same Pango set-up as the renderer's text (unhinted metrics, unrounded
 * positions), so a label box fits exactly the text drawn into it. */
PangoLayout *
kring_map_view_text_layout_new (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
}

static void
measure_text (const char *text, double font_size, double *width, double *height,
              gpointer user_data)
{
  KringMapView *self = user_data;
  PangoFontDescription *font = pango_font_description_new ();
  PangoRectangle logical;

  if (self->measure_layout == NULL)
    self->measure_layout = kring_map_view_text_layout_new ();
  pango_font_description_set_family (font, self->font_family != NULL ? self->font_family
                                                                     : "sans-serif");
  pango_font_description_set_absolute_size (font, font_size * PANGO_SCALE);
  pango_layout_set_font_description (self->measure_layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (self->measure_layout, text, -1);
  pango_layout_get_extents (self->measure_layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

void
kring_map_view_measure_options (KringMapView *self, KringMapLayoutOptions *options)
{
  update_font (self);
  options->font_size = self->font_size;
  options->measure = measure_text;
  options->measure_data = self;
}

/* Transform */

double
kring_map_view_fit_scale (KringMapView *self)
{
  const KringMapRect *b;
  double sx, sy;

  if (self->layout == NULL || self->width <= 0 || self->height <= 0)
    return 1.0;
  b = &self->layout->bounds;
  sx = MAX (self->width - 2 * FIT_MARGIN, 1.0) / MAX (b->width, 1.0);
  sy = MAX (self->height - 2 * FIT_MARGIN, 1.0) / MAX (b->height, 1.0);
  return MIN (sx, sy);
}

double
kring_map_view_scale (KringMapView *self)
{
  return self->zoom * kring_map_view_fit_scale (self);
}

void
kring_map_view_to_map (KringMapView *self, double x, double y, double *map_x, double *map_y)
{
  double scale = kring_map_view_scale (self);

  *map_x = (x - self->width / 2.0 - self->pan_x) / scale;
  *map_y = (y - self->height / 2.0 - self->pan_y) / scale;
}

void
kring_map_view_to_widget (KringMapView *self, double map_x, double map_y, double *x, double *y)
{
  double scale = kring_map_view_scale (self);

  *x = self->width / 2.0 + self->pan_x + map_x * scale;
  *y = self->height / 2.0 + self->pan_y + map_y * scale;
}

/* Allocation */

static void
kring_map_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = 120;
  *natural = 480;
}

static void
allocate_node (KringMapView *self, GtkWidget *widget, const KringMapPlace *p)
{
  double scale = kring_map_view_scale (self);
  graphene_rect_t box = GRAPHENE_RECT_INIT (p->x - p->radius, p->y - p->radius, 2 * p->radius,
                                            2 * p->radius);
  double x, y;

  if (p->label != NULL && p->label[0] != '\0' && p->label_box.width > 0)
    graphene_rect_union (&box,
                         &GRAPHENE_RECT_INIT (p->label_box.x, p->label_box.y,
                                              p->label_box.width, p->label_box.height),
                         &box);
  kring_map_view_to_widget (self, box.origin.x, box.origin.y, &x, &y);
  gtk_widget_size_allocate (widget,
                            &(GtkAllocation) {
                                (int) floor (x - NODE_PADDING), (int) floor (y - NODE_PADDING),
                                (int) ceil (box.size.width * scale + 2 * NODE_PADDING),
                                (int) ceil (box.size.height * scale + 2 * NODE_PADDING) },
                            -1);
}

static void
kring_map_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  KringMapView *self = KRING_MAP_VIEW (widget);

  /* A new size redraws anyway; the cache is rebuilt only if the scale
   * changes with it. */
  self->width = width;
  self->height = height;
  if (self->fitted && self->layout != NULL)
    {
      const KringMapRect *b = &self->layout->bounds;
      double scale = kring_map_view_scale (self);

      /* Fitted: the middle of everything drawn in the middle of the widget. */
      self->pan_x = -(b->x + b->width / 2) * scale;
      self->pan_y = -(b->y + b->height / 2) * scale;
    }
  for (guint i = 0; i < self->by_place->len; i++)
    allocate_node (self, g_ptr_array_index (self->by_place, i),
                   &g_array_index (self->layout->places, KringMapPlace, i));
}

/* Snapshot */

/* The map in map units: panning only moves it. It is built again when the
 * scale changes, since what is drawn depends on the size on screen (labels
 * too small to read, dash lengths, dots for tiny discs). */
static GskRenderNode *
build_map (KringMapView *self, double scale)
{
  GtkSnapshot *layers = gtk_snapshot_new ();
  KringMapDrawState state = { KRING_MAP_DRAW_ALL, self->dimmed, self->marked,
                              kring_map_view_selected_place (self) };

  kring_map_view_append_map (layers, self->layout, &self->palette, &state, scale);
  self->n_cache_builds++;
  return gtk_snapshot_free_to_node (layers);
}

static void
push_map_transform (KringMapView *self, GtkSnapshot *snapshot, double scale)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->width / 2.0 + self->pan_x,
                                                          self->height / 2.0 + self->pan_y));
  gtk_snapshot_scale (snapshot, scale, scale);
}

static GdkRGBA
to_rgba (const KringMapColor *color, double alpha)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha * alpha };
}

static void
append_annulus (GtkSnapshot *snapshot, double inner, double outer, const GdkRGBA *color)
{
  GskRoundedRect rect;
  float width = outer - inner;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (-outer, -outer, 2 * outer,
                                                               2 * outer), outer);
  gtk_snapshot_append_border (snapshot, &rect, (float[4]) { width, width, width, width },
                              (GdkRGBA[4]) { *color, *color, *color, *color });
}

static void
append_drag_disc (GtkSnapshot *snapshot, double x, double y, double r, const GdkRGBA *color)
{
  GskRoundedRect rect;
  graphene_rect_t box = GRAPHENE_RECT_INIT (x - r, y - r, 2 * r, 2 * r);

  gsk_rounded_rect_init_from_rect (&rect, &box, r);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &box);
  gtk_snapshot_pop (snapshot);
}

/* While a partner is dragged: its target ring lit up, and the node itself
 * under the pointer. Lines are 2 pixels wide at every zoom. */
static void
draw_drag_preview (KringMapView *self, GtkSnapshot *snapshot, double scale)
{
  const KringMapPlace *p = &g_array_index (self->layout->places, KringMapPlace,
                                           self->drag_place);
  double mx, my, line = 2.0 / scale;
  int ring;
  gboolean accepted;
  const KringMapBand *band;
  GdkRGBA light, edge = to_rgba (&self->palette.highlight, 1.0), fill;

  kring_map_view_to_map (self, self->drag_x, self->drag_y, &mx, &my);
  ring = kring_map_layout_ring_at (self->layout, hypot (mx, my));
  band = &self->layout->bands[ring];
  accepted = kring_map_view_accepts_ring (self, self->drag_place, ring) || ring == p->ring;
  light = to_rgba (&self->palette.highlight, accepted ? 0.15 : 0.05);
  fill = to_rgba (&self->palette.node_fill[accepted ? ring : p->ring], 1.0);
  append_annulus (snapshot, band->inner, band->outer, &light);
  append_annulus (snapshot, band->outer - line / 2, band->outer + line / 2, &edge);
  if (band->inner > 0)
    append_annulus (snapshot, band->inner - line / 2, band->inner + line / 2, &edge);
  append_drag_disc (snapshot, mx, my, p->radius, &fill);
  append_annulus (snapshot, p->radius - line / 2, p->radius + line / 2, &edge);
}

static void
kring_map_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  KringMapView *self = KRING_MAP_VIEW (widget);
  GdkRGBA background;
  double scale;

  if (self->layout == NULL || self->width <= 0 || self->height <= 0)
    return;
  ensure_palette (self);
  scale = kring_map_view_scale (self);
  if (self->cache != NULL && self->cache_scale != scale)
    g_clear_pointer (&self->cache, gsk_render_node_unref);
  if (self->cache == NULL)
    {
      self->cache = build_map (self, scale);
      self->cache_scale = scale;
    }
  background = to_rgba (&self->palette.background, 1.0);
  gtk_snapshot_append_color (snapshot, &background,
                             &GRAPHENE_RECT_INIT (0, 0, self->width, self->height));
  push_map_transform (self, snapshot, scale);
  if (self->cache != NULL)
    gtk_snapshot_append_node (snapshot, self->cache);
  if (self->dragging && self->drag_place >= 0)
    draw_drag_preview (self, snapshot, scale);
  gtk_snapshot_restore (snapshot);
  for (guint i = 0; i < self->node_widgets->len; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->node_widgets, i), snapshot);
}

guint
kring_map_view_get_cache_builds (KringMapView *self)
{
  g_return_val_if_fail (KRING_IS_MAP_VIEW (self), 0);
  return self->n_cache_builds;
}

/* Style */

static void
relayout_after_font_change (gpointer user_data)
{
  KringMapView *self = user_data;

  self->relayout_idle = 0;
  kring_map_view_relayout (self);
}

static void
kring_map_view_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  KringMapView *self = KRING_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (g_type_class_peek_parent (G_OBJECT_GET_CLASS (widget)))->css_changed (
      widget, change);
  kring_map_view_invalidate_style (self);
  /* A new font moves every label: lay out again, but not in the middle of
   * the style update, which must not see children come and go. */
  if (self->graph != NULL && update_font (self) && self->relayout_idle == 0)
    self->relayout_idle = g_idle_add_once (relayout_after_font_change, self);
}

void
kring_map_view_init_style (KringMapView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (kring_map_view_invalidate_style),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast",
                           G_CALLBACK (kring_map_view_invalidate_style), self, G_CONNECT_SWAPPED);
}

void
kring_map_view_class_init_draw (GtkWidgetClass *widget_class)
{
  widget_class->measure = kring_map_view_measure;
  widget_class->size_allocate = kring_map_view_size_allocate;
  widget_class->snapshot = kring_map_view_snapshot;
  widget_class->css_changed = kring_map_view_css_changed;
}
