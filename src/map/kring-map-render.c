/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "kring-map-render-private.h"

/*
 * The map is drawn in batches: every tie of one style is one path and one
 * stroke, every node disc of one ring one fill. A map of a thousand nodes
 * then costs a few dozen cairo operations plus its labels, not thousands.
 */

static const double no_agreement_dashes[] = { 5.0, 3.5 };
static const double weak_tie_dashes[] = { 2.5, 3.0 };

/* Tie styles */

typedef enum { TIE_GOOD, TIE_PARTIAL, TIE_WEAK, TIE_STRESSFUL } TieColor;

/* The style as small numbers, so ties of one style can be batched. */
typedef struct
{
  TieColor color;
  guint    width;    /* index into tie_widths */
  guint    dashes;   /* 0 solid, 1 no agreement, 2 weak ecomap tie */
} TieClass;

/* Weekly widest … none or unknown thinnest; 7: a strong ecomap tie. */
static const double tie_widths[] = { 0.75, 3.5, 2.6, 1.9, 1.4, 1.0, 0.75, 4.0 };

static TieClass
tie_class (const KringMapQuality *quality)
{
  TieClass tc = { TIE_PARTIAL, quality->frequency, quality->has_agreement ? 0 : 1 };
  gboolean agreement = quality->has_agreement, fixed = quality->has_fixed_contact;

  if (quality->tie == KRING_MAP_TIE_STRONG)
    return (TieClass) { TIE_GOOD, 7, 0 };
  if (quality->tie == KRING_MAP_TIE_WEAK)
    return (TieClass) { TIE_WEAK, 0, 2 };
  if (quality->tie == KRING_MAP_TIE_STRESSFUL)
    return (TieClass) { TIE_STRESSFUL, 3, 0 };
  if (tc.width >= G_N_ELEMENTS (tie_widths) - 1)
    tc.width = KRING_MAP_FREQUENCY_UNKNOWN;
  /* Long silence or low trust outweighs paperwork: such a tie is weak. */
  if ((!agreement && !fixed) || quality->months_since_contact >= 6
      || (quality->trust > 0 && quality->trust <= 2))
    tc.color = TIE_WEAK;
  else if (agreement && fixed)
    tc.color = TIE_GOOD;
  return tc;
}

static void
tie_style_from_class (TieClass               tc,
                      const KringMapPalette *palette,
                      KringMapTieStyle      *style)
{
  const KringMapColor *colors[] = { &palette->tie_good, &palette->tie_partial,
                                    &palette->tie_weak, &palette->tie_stressful };

  style->width = tie_widths[tc.width] * (palette->high_contrast ? 1.5 : 1.0);
  style->color = *colors[tc.color];
  style->dashes = tc.dashes == 1 ? no_agreement_dashes
                  : tc.dashes == 2 ? weak_tie_dashes : NULL;
  style->n_dashes = tc.dashes == 0 ? 0 : 2;
}

void
kring_map_tie_style (const KringMapQuality *quality,
                     const KringMapPalette *palette,
                     KringMapTieStyle      *style)
{
  g_return_if_fail (quality != NULL && palette != NULL && style != NULL);

  tie_style_from_class (tie_class (quality), palette, style);
}

static gboolean
in_set (GHashTable *set,
        guint       index)
{
  return set != NULL && g_hash_table_contains (set, GINT_TO_POINTER (index));
}

/* Device pixels per map unit. */
static double
device_scale (cairo_t *cr)
{
  double dx = 1.0, dy = 0.0;

  cairo_user_to_device_distance (cr, &dx, &dy);
  return hypot (dx, dy);
}

/* Sets @dashes, stretched so one period is at least a few pixels long. */
static void
set_dashes (cairo_t      *cr,
            const double *dashes,
            int           n_dashes)
{
  double period = 0, stretch, scaled[4];

  g_assert (n_dashes <= (int) G_N_ELEMENTS (scaled));
  for (int i = 0; i < n_dashes; i++)
    period += dashes[i];
  if (n_dashes == 0 || period <= 0)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      return;
    }
  stretch = MAX (1.0, KRING_MAP_MIN_DASH_PERIOD_PIXELS / (period * device_scale (cr)));
  for (int i = 0; i < n_dashes; i++)
    scaled[i] = dashes[i] * stretch;
  cairo_set_dash (cr, scaled, n_dashes, 0);
}

static double
dim_alpha (const KringMapPalette *palette)
{
  return palette->high_contrast ? KRING_MAP_DIM_ALPHA_HIGH_CONTRAST : KRING_MAP_DIM_ALPHA;
}

static const KringMapNode *
place_node (const KringMapLayout *layout,
            const KringMapPlace  *place)
{
  g_assert (place->node < layout->graph->nodes->len);
  return g_ptr_array_index (layout->graph->nodes, place->node);
}

static const KringMapPlace *
place_at (const KringMapLayout *layout,
          guint                 index)
{
  return &g_array_index (layout->places, KringMapPlace, index);
}

/* Rings, sectors and their names */

static void
draw_bands (cairo_t               *cr,
            const KringMapLayout  *layout,
            const KringMapPalette *palette)
{
  /* The band edges are stroked afterwards, so anti-aliasing the fills
   * buys nothing on screen and costs most of the time of the rings. */
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  for (int r = KRING_MAP_N_RINGS - 1; r >= 0; r--)
    {
      const KringMapBand *band = &layout->bands[r];

      cairo_new_path (cr);
      cairo_arc (cr, 0, 0, band->outer, 0, 2 * G_PI);
      if (band->inner > 0)
        {
          cairo_new_sub_path (cr);
          cairo_arc_negative (cr, 0, 0, band->inner, 2 * G_PI, 0);
        }
      kring_map_set_color (cr, &palette->ring_fill[r], 1.0);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

static void
draw_band_lines (cairo_t               *cr,
                 const KringMapLayout  *layout,
                 const KringMapPalette *palette)
{
  double scale = device_scale (cr);

  cairo_set_line_width (cr, palette->high_contrast ? 1.5 : 0.75);
  kring_map_set_color (cr, &palette->ring_stroke, 1.0);
  for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, 0, 0, layout->bands[r].outer, 0, 2 * G_PI);
    }
  cairo_stroke (cr);
  /* Sub-rings of a crowded band: faint guides the eye can follow, solid
   * because a dashed circle of a big map costs thousands of dashes. */
  kring_map_set_color (cr, &palette->ring_stroke, 0.45);
  cairo_set_line_width (cr, 0.5);
  for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
    {
      const KringMapBand *band = &layout->bands[r];
      double spacing = (band->outer - band->inner) / MAX (band->n_sub_rings, 1);

      if (spacing * scale < KRING_MAP_MIN_GUIDE_SPACING_PIXELS)
        continue;
      for (guint k = 1; k < band->n_sub_rings; k++)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, 0, 0, band->inner + (band->outer - band->inner) * k / band->n_sub_rings,
                     0, 2 * G_PI);
        }
    }
  cairo_stroke (cr);
}

static void
draw_sector_lines (cairo_t               *cr,
                   const KringMapLayout  *layout,
                   const KringMapPalette *palette)
{
  double inner = layout->centre_radius, outer = layout->bands[KRING_MAP_N_RINGS - 1].outer;

  if (layout->sectors->len < 2)
    return;
  for (guint i = 0; i < layout->sectors->len; i++)
    {
      const KringMapSectorArc *arc = &g_array_index (layout->sectors, KringMapSectorArc, i);

      cairo_move_to (cr, inner * sin (arc->start), -inner * cos (arc->start));
      cairo_line_to (cr, outer * sin (arc->start), -outer * cos (arc->start));
    }
  cairo_set_line_width (cr, palette->high_contrast ? 1.5 : 0.75);
  kring_map_set_color (cr, &palette->sector_stroke, 1.0);
  cairo_stroke (cr);
}

static const char *
sector_label (const KringMapLayout    *layout,
              const KringMapSectorArc *arc)
{
  const KringMapSector *sector;

  if (arc->sector < 0 || (guint) arc->sector >= layout->graph->sectors->len)
    return NULL;
  sector = g_ptr_array_index (layout->graph->sectors, arc->sector);
  return sector->label;
}

/* Each name sits outside the circle on the side its sector faces. */
static void
draw_sector_names (cairo_t               *cr,
                   PangoLayout           *text,
                   const KringMapLayout  *layout,
                   const KringMapPalette *palette)
{
  kring_map_text_set_font (text, palette->font_family, 10, PANGO_WEIGHT_BOLD);
  kring_map_set_color (cr, &palette->dim_foreground, 1.0);
  for (guint i = 0; i < layout->sectors->len; i++)
    {
      const KringMapSectorArc *arc = &g_array_index (layout->sectors, KringMapSectorArc, i);
      const char *label = sector_label (layout, arc);

      if (label == NULL && arc->sector < 0)
        label = C_("map sector", "Other");
      if (label == NULL || arc->n_nodes == 0)
        continue;
      /* The layout put the name's middle there, far enough out for its size. */
      kring_map_text_draw (cr, text, label, arc->label_x, arc->label_y, 0.5, 0.5);
    }
}

/* Ring names in spaced capitals where the layout keeps room for them. */
static void
draw_ring_names (cairo_t               *cr,
                 PangoLayout           *text,
                 const KringMapLayout  *layout,
                 const KringMapPalette *palette)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (1.2 * PANGO_SCALE));
  pango_layout_set_attributes (text, attrs);
  kring_map_text_set_font (text, palette->font_family, KRING_MAP_RING_NAME_SIZE,
                           PANGO_WEIGHT_BOLD);
  kring_map_set_color (cr, &palette->dim_foreground, 1.0);
  for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
    {
      g_autofree char *name = g_utf8_strup (layout->graph->ring_names[r], -1);

      const KringMapRect *box = &layout->bands[r].name_box;

      kring_map_text_draw (cr, text, name, box->x + box->width / 2, box->y, 0.5, 0);
    }
  pango_layout_set_attributes (text, NULL);
  pango_attr_list_unref (attrs);
}

static void
draw_rings (cairo_t               *cr,
            PangoLayout           *text,
            const KringMapLayout  *layout,
            const KringMapPalette *palette)
{
  draw_bands (cr, layout, palette);
  draw_band_lines (cr, layout, palette);
  draw_sector_lines (cr, layout, palette);
  draw_sector_names (cr, text, layout, palette);
  draw_ring_names (cr, text, layout, palette);
}

/* Ties */

typedef struct
{
  guint place;
  guint key;
} TieRef;

static int
compare_ties (gconstpointer a,
              gconstpointer b)
{
  const TieRef *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return (x->place > y->place) - (x->place < y->place);
}

static guint
tie_key (TieClass tc,
         gboolean dimmed)
{
  return ((tc.color * 8 + tc.width) * 3 + tc.dashes) * 2 + (dimmed ? 1 : 0);
}

static TieClass
tie_class_of_key (guint key)
{
  return (TieClass) { key / 48, (key / 6) % 8, (key / 2) % 3 };
}

static GArray *
collect_ties (const KringMapLayout    *layout,
              const KringMapDrawState *state)
{
  GArray *ties = g_array_sized_new (FALSE, FALSE, sizeof (TieRef), layout->places->len);

  for (guint i = 0; i < layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (layout, i);
      const KringMapNode *node = place_node (layout, place);
      TieRef ref = { i, 0 };

      if (place->is_cluster || (!node->quality.known && node->quality.tie == KRING_MAP_TIE_NONE))
        continue;
      ref.key = tie_key (tie_class (&node->quality), in_set (state->dimmed, i));
      g_array_append_val (ties, ref);
    }
  g_array_sort (ties, compare_ties);
  return ties;
}

static void
path_tie (cairo_t              *cr,
          const KringMapLayout *layout,
          const KringMapPlace  *place,
          gboolean              zigzag)
{
  double d = hypot (place->x, place->y), ux, uy;

  if (d <= layout->centre_radius + place->radius)
    return;
  ux = place->x / d;
  uy = place->y / d;
  if (zigzag)
    kring_map_path_zigzag (cr, ux * layout->centre_radius, uy * layout->centre_radius,
                           place->x - ux * place->radius, place->y - uy * place->radius, 2.5);
  else
    {
      cairo_move_to (cr, ux * layout->centre_radius, uy * layout->centre_radius);
      cairo_line_to (cr, place->x - ux * place->radius, place->y - uy * place->radius);
    }
}

static void
stroke_ties (cairo_t               *cr,
             guint                  key,
             const KringMapPalette *palette)
{
  KringMapTieStyle style;

  tie_style_from_class (tie_class_of_key (key), palette, &style);
  kring_map_set_color (cr, &style.color, key % 2 ? dim_alpha (palette) : 1.0);
  cairo_set_line_width (cr, style.width);
  set_dashes (cr, style.dashes, style.n_dashes);
  cairo_stroke (cr);
}

static void
draw_ties (cairo_t                 *cr,
           const KringMapLayout    *layout,
           const KringMapPalette   *palette,
           const KringMapDrawState *state)
{
  g_autoptr (GArray) ties = collect_ties (layout, state);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < ties->len; i++)
    {
      const TieRef *ref = &g_array_index (ties, TieRef, i);

      path_tie (cr, layout, place_at (layout, ref->place),
                tie_class_of_key (ref->key).color == TIE_STRESSFUL);
      if (i + 1 == ties->len || g_array_index (ties, TieRef, i + 1).key != ref->key)
        stroke_ties (cr, ref->key, palette);
    }
  cairo_restore (cr);
}

/* Nodes */

typedef struct
{
  cairo_t                 *cr;
  const KringMapLayout    *layout;
  const KringMapPalette   *palette;
  const KringMapDrawState *state;
  gboolean                 dimmed;   /* this pass draws the dimmed places */
  double                   alpha;
  double                   scale;    /* device pixels per map unit */
} NodePass;

static gboolean
in_pass (const NodePass *pass,
         guint           index)
{
  return in_set (pass->state->dimmed, index) == pass->dimmed;
}

static void
path_node (const NodePass      *pass,
           const KringMapPlace *place,
           const KringMapNode  *node)
{
  double r = place->radius;

  if (r * pass->scale < KRING_MAP_MIN_ROUND_PIXELS)
    cairo_rectangle (pass->cr, place->x - r * 0.886, place->y - r * 0.886, r * 1.772, r * 1.772);
  else if (node->kind == KRING_MAP_NODE_MEMBER)
    kring_map_path_member (pass->cr, place->x, place->y, r);
  else
    {
      cairo_new_sub_path (pass->cr);
      cairo_arc (pass->cr, place->x, place->y, r, 0, 2 * G_PI);
    }
}

/* One fill per ring (and one for the clusters), then one stroke for all. */
static void
fill_discs (const NodePass *pass)
{
  cairo_t *cr = pass->cr;

  for (int ring = -1; ring < KRING_MAP_N_RINGS; ring++)
    {
      for (guint i = 0; i < pass->layout->places->len; i++)
        {
          const KringMapPlace *place = place_at (pass->layout, i);
          const KringMapNode *node = place_node (pass->layout, place);

          if (!in_pass (pass, i) || (ring == -1) != (place->is_cluster != FALSE)
              || (ring >= 0 && place->ring != ring))
            continue;
          path_node (pass, place, node);
        }
      kring_map_set_color (cr, ring < 0 ? &pass->palette->cluster_fill
                                        : &pass->palette->node_fill[ring], pass->alpha);
      cairo_fill (cr);
    }
}

static void
stroke_outlines (const NodePass *pass)
{
  cairo_t *cr = pass->cr;

  for (guint i = 0; i < pass->layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (pass->layout, i);
      const KringMapNode *node = place_node (pass->layout, place);

      /* A dot of a pixel or two has no room for an outline. */
      if (!in_pass (pass, i) || place->radius * pass->scale < KRING_MAP_MIN_ROUND_PIXELS)
        continue;
      path_node (pass, place, node);
      /* The second outline: the partners the team knows personally. */
      if (node->quality.knows_personally && !place->is_cluster
          && place->radius * pass->scale >= KRING_MAP_MIN_ROUND_PIXELS)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, place->x, place->y, place->radius + 2.5, 0, 2 * G_PI);
        }
    }
  kring_map_set_color (cr, &pass->palette->node_stroke, pass->alpha);
  cairo_set_line_width (cr, pass->palette->high_contrast ? 1.5 : 1.0);
  cairo_stroke (cr);
}

/* The badge of a fixed contact person: a dot on the node's upper right. */
static void
draw_badges (const NodePass *pass)
{
  cairo_t *cr = pass->cr;

  for (guint i = 0; i < pass->layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (pass->layout, i);
      const KringMapNode *node = place_node (pass->layout, place);

      if (!in_pass (pass, i) || place->is_cluster || !node->quality.has_fixed_contact
          || place->radius * pass->scale < KRING_MAP_MIN_ROUND_PIXELS)
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, place->x + place->radius * 0.75, place->y - place->radius * 0.75,
                 MAX (place->radius * 0.38, 2.5), 0, 2 * G_PI);
    }
  kring_map_set_color (cr, &pass->palette->tie_good, pass->alpha);
  cairo_fill_preserve (cr);
  kring_map_set_color (cr, &pass->palette->background, pass->alpha);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static void
draw_cluster_counts (const NodePass *pass,
                     PangoLayout    *text)
{
  kring_map_text_set_font (text, pass->palette->font_family, 10, PANGO_WEIGHT_BOLD);
  kring_map_set_color (pass->cr, &pass->palette->foreground, pass->alpha);
  for (guint i = 0; i < pass->layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (pass->layout, i);
      const KringMapNode *node = place_node (pass->layout, place);
      char count[16];

      if (!in_pass (pass, i) || !place->is_cluster)
        continue;
      g_snprintf (count, sizeof count, "%u", node->cluster_size);
      kring_map_text_draw (pass->cr, text, count, place->x, place->y, 0.5, 0.5);
    }
}

/* Whether labels are big enough on this target to be read. Vector output
 * can be zoomed, so it always gets them. */
static gboolean
labels_readable (cairo_t *cr)
{
  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE)
    return TRUE;
  return device_scale (cr) * 11.0 >= KRING_MAP_MIN_LABEL_PIXELS;
}

static void
draw_labels (const NodePass *pass)
{
  kring_map_set_color (pass->cr, &pass->palette->foreground, pass->alpha);
  for (guint i = 0; i < pass->layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (pass->layout, i);
      const KringMapRect *box = &place->label_box;
      /* The box is one line high: its height fixes the font size. */
      double size = kring_map_label_size (box);

      if (!in_pass (pass, i) || place->label == NULL || place->label[0] == '\0')
        continue;
      kring_map_label_draw (pass->cr,
                            kring_map_label_layout (pass->palette->font_family, size, place->label),
                            box->x + box->width / 2, box->y + box->height / 2, 0.5, 0.5);
    }
}

static void
draw_highlights (cairo_t                 *cr,
                 const KringMapLayout    *layout,
                 const KringMapPalette   *palette,
                 const KringMapDrawState *state)
{
  kring_map_set_color (cr, &palette->highlight, 1.0);
  for (guint i = 0; i < layout->places->len; i++)
    {
      const KringMapPlace *place = place_at (layout, i);

      if (!in_set (state->marked, i) || (int) i == state->selected)
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, place->x, place->y, place->radius + 4.5, 0, 2 * G_PI);
    }
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  if (state->selected >= 0 && (guint) state->selected < layout->places->len)
    {
      const KringMapPlace *place = place_at (layout, state->selected);

      cairo_arc (cr, place->x, place->y, place->radius + 5.0, 0, 2 * G_PI);
      cairo_set_line_width (cr, 3.5);
      cairo_stroke (cr);
    }
}

static void
draw_node_pass (const NodePass *pass,
                PangoLayout    *text,
                gboolean        labels)
{
  fill_discs (pass);
  stroke_outlines (pass);
  draw_badges (pass);
  draw_cluster_counts (pass, text);
  if (labels)
    draw_labels (pass);
}

static void
draw_nodes (cairo_t                 *cr,
            PangoLayout             *text,
            const KringMapLayout    *layout,
            const KringMapPalette   *palette,
            const KringMapDrawState *state)
{
  NodePass pass = { cr, layout, palette, state, FALSE, 1.0, device_scale (cr) };
  gboolean labels = labels_readable (cr);

  /* Faded places first, so what the filter keeps is drawn on top. */
  if (state->dimmed != NULL && g_hash_table_size (state->dimmed) > 0)
    {
      NodePass faded = { cr, layout, palette, state, TRUE, dim_alpha (palette), pass.scale };

      draw_node_pass (&faded, text, labels);
    }
  draw_node_pass (&pass, text, labels);
  draw_highlights (cr, layout, palette, state);
}

/* The centre */

static void
draw_centre (cairo_t               *cr,
             PangoLayout           *text,
             const KringMapLayout  *layout,
             const KringMapPalette *palette)
{
  double r = layout->centre_radius;

  cairo_arc (cr, 0, 0, r, 0, 2 * G_PI);
  kring_map_set_color (cr, &palette->centre_fill, 1.0);
  cairo_fill (cr);
  if (layout->graph->title == NULL)
    return;
  /* The title wraps by word inside the disc's inscribed square; a long
   * word makes the type smaller rather than breaking it. */
  pango_layout_set_width (text, (int) (r * 1.4 * PANGO_SCALE));
  pango_layout_set_alignment (text, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (text, PANGO_WRAP_WORD);
  for (double size = MAX (r / 4.0, 6.0);; size *= 0.9)
    {
      double w, h;

      kring_map_text_set_font (text, palette->font_family, size, PANGO_WEIGHT_BOLD);
      kring_map_text_size (text, layout->graph->title, &w, &h);
      if ((w <= r * 1.4 && h <= r * 1.4) || size < 4.0)
        break;
    }
  kring_map_set_color (cr, &palette->centre_foreground, 1.0);
  kring_map_text_draw (cr, text, layout->graph->title, 0, 0, 0.5, 0.5);
  pango_layout_set_width (text, -1);
}

void
kring_map_render (cairo_t                 *cr,
                  const KringMapLayout    *layout,
                  const KringMapPalette   *palette,
                  const KringMapDrawState *state)
{
  KringMapDrawState none = { KRING_MAP_DRAW_ALL, NULL, NULL, -1 };
  g_autoptr (PangoLayout) text = NULL;

  g_return_if_fail (cr != NULL && layout != NULL && palette != NULL);

  if (state == NULL)
    state = &none;
  text = kring_map_text_new (cr, palette->font_family, 11, PANGO_WEIGHT_NORMAL);
  cairo_save (cr);
  cairo_new_path (cr);
  if (state->flags & KRING_MAP_DRAW_RINGS)
    draw_rings (cr, text, layout, palette);
  if (state->flags & KRING_MAP_DRAW_TIES)
    draw_ties (cr, layout, palette, state);
  if (state->flags & KRING_MAP_DRAW_NODES)
    draw_nodes (cr, text, layout, palette, state);
  if (state->flags & KRING_MAP_DRAW_CENTRE)
    draw_centre (cr, text, layout, palette);
  cairo_restore (cr);
}
