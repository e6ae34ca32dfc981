/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-map-render-private.h"

/*
 * Text for the map. Labels are laid out once and kept, per thread, in a
 * cache keyed by font and text: shaping is most of the cost of a label, and
 * the same labels are drawn again at every frame of a zoom or pan.
 */

/* Beyond this many labels the cache starts over rather than grow. */
#define MAX_CACHED_LABELS 50000

void
kring_map_text_set_font (PangoLayout *layout,
                         const char  *family,
                         double       size,
                         PangoWeight  weight)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, family != NULL ? family : "sans-serif");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

PangoLayout *
kring_map_text_new (cairo_t     *cr,
                    const char  *family,
                    double       size,
                    PangoWeight  weight)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics and unrounded positions: the same text has the same
   * width at every zoom level and in every export format. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);
  kring_map_text_set_font (layout, family, size, weight);
  return layout;
}

void
kring_map_text_size (PangoLayout *layout,
                     const char  *text,
                     double      *width,
                     double      *height)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

void
kring_map_text_draw (cairo_t     *cr,
                     PangoLayout *layout,
                     const char  *text,
                     double       x,
                     double       y,
                     double       ax,
                     double       ay)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x - ax * logical.width / PANGO_SCALE - (double) logical.x / PANGO_SCALE,
                 y - ay * logical.height / PANGO_SCALE - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

typedef struct
{
  PangoContext *context;
  GHashTable   *layouts;   /* "family\x1fsize\x1ftext" -> PangoLayout */
} LabelCache;

static void
label_cache_free (gpointer data)
{
  LabelCache *cache = data;

  g_hash_table_unref (cache->layouts);
  g_object_unref (cache->context);
  g_free (cache);
}

static GPrivate label_cache_key = G_PRIVATE_INIT (label_cache_free);

static LabelCache *
label_cache_get (void)
{
  LabelCache *cache = g_private_get (&label_cache_key);
  cairo_font_options_t *options;

  if (cache != NULL)
    return cache;
  cache = g_new0 (LabelCache, 1);
  cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (cache->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (cache->context, FALSE);
  cache->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_private_set (&label_cache_key, cache);
  return cache;
}

/* Labels are drawn through the transform, so a layout made once in map
 * units serves every zoom level. */
PangoLayout *
kring_map_label_layout (const char *family,
                        double      size,
                        const char *text)
{
  LabelCache *cache = label_cache_get ();
  g_autofree char *key = g_strdup_printf ("%s\x1f%.3f\x1f%s", family, size, text);
  PangoLayout *layout = g_hash_table_lookup (cache->layouts, key);

  if (layout != NULL)
    return layout;
  if (g_hash_table_size (cache->layouts) >= MAX_CACHED_LABELS)
    g_hash_table_remove_all (cache->layouts);
  layout = pango_layout_new (cache->context);
  kring_map_text_set_font (layout, family, size, PANGO_WEIGHT_NORMAL);
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (cache->layouts, g_steal_pointer (&key), layout);
  return layout;
}

void
kring_map_label_draw (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y,
                      double       ax,
                      double       ay)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x - ax * logical.width / PANGO_SCALE - (double) logical.x / PANGO_SCALE,
                 y - ay * logical.height / PANGO_SCALE - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

void
kring_map_render_measure (const char *text,
                          double      font_size,
                          double     *width,
                          double     *height,
                          gpointer    user_data)
{
  KringMapPalette palette;
  PangoRectangle logical;

  kring_map_palette_init_light (&palette);
  pango_layout_get_extents (kring_map_label_layout (palette.font_family, font_size, text), NULL,
                            &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}
