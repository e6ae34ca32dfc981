/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kring-map-render-private.h"

/*
 * Text, the legend and the printed page. The legend has a fixed width, so
 * the page can place the map beside it without measuring anything first.
 */

#define PAGE_MARGIN 28.0
#define PAGE_GAP 18.0
#define HEADER_HEIGHT 46.0
#define FOOTER_HEIGHT 18.0
#define SWATCH_WIDTH 30.0
#define SWATCH_GAP 6.0
#define LEGEND_TEXT_WIDTH 154.0
#define LEGEND_WIDTH (SWATCH_WIDTH + SWATCH_GAP + LEGEND_TEXT_WIDTH)
#define LEGEND_FONT 8.0

/* Legend swatches: each draws a sample centred on (x, y). */

typedef void (*SwatchFunc) (cairo_t *cr, const KringMapPalette *palette, double x, double y,
                            int arg);

static void
swatch_ring (cairo_t *cr, const KringMapPalette *palette, double x, double y, int ring)
{
  cairo_rectangle (cr, x - SWATCH_WIDTH / 2, y - 6, SWATCH_WIDTH, 12);
  kring_map_set_color (cr, &palette->ring_fill[ring], 1.0);
  cairo_fill_preserve (cr);
  kring_map_set_color (cr, &palette->ring_stroke, 1.0);
  cairo_set_line_width (cr, 0.75);
  cairo_stroke (cr);
}

/* arg: 0 member, 1 partner, 2 cluster, 3 badge, 4 double outline, 5 faded */
static void
swatch_node (cairo_t *cr, const KringMapPalette *palette, double x, double y, int arg)
{
  double r = arg == 2 ? 7.5 : 5.5;

  if (arg == 0)
    kring_map_path_member (cr, x, y, r);
  else
    cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  kring_map_set_color (cr, arg == 2 ? &palette->cluster_fill : &palette->node_fill[arg == 0 ? 0 : 1],
                       arg == 5 ? 0.3 : 1.0);
  cairo_fill_preserve (cr);
  kring_map_set_color (cr, &palette->node_stroke, arg == 5 ? 0.3 : 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  if (arg == 4)
    {
      cairo_arc (cr, x, y, r + 2.5, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  if (arg == 3)
    {
      cairo_arc (cr, x + r * 0.75, y - r * 0.75, 2.5, 0, 2 * G_PI);
      kring_map_set_color (cr, &palette->tie_good, 1.0);
      cairo_fill_preserve (cr);
      kring_map_set_color (cr, &palette->background, 1.0);
      cairo_stroke (cr);
    }
}

static void
swatch_tie (cairo_t *cr, const KringMapPalette *palette, double x, double y,
            const KringMapQuality *quality)
{
  KringMapTieStyle style;

  kring_map_tie_style (quality, palette, &style);
  if (quality->tie == KRING_MAP_TIE_STRESSFUL)
    kring_map_path_zigzag (cr, x - SWATCH_WIDTH / 2, y, x + SWATCH_WIDTH / 2, y, 2.5);
  else
    {
      cairo_move_to (cr, x - SWATCH_WIDTH / 2, y);
      cairo_line_to (cr, x + SWATCH_WIDTH / 2, y);
    }
  kring_map_set_color (cr, &style.color, 1.0);
  cairo_set_line_width (cr, style.width);
  cairo_set_dash (cr, style.dashes, style.n_dashes, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* arg: 0 good, 1 partial, 2 weak, 3 no agreement, 4–6 ecomap strong, weak, stressful */
static void
swatch_quality (cairo_t *cr, const KringMapPalette *palette, double x, double y, int arg)
{
  static const KringMapTie ties[] = { KRING_MAP_TIE_STRONG, KRING_MAP_TIE_WEAK,
                                      KRING_MAP_TIE_STRESSFUL };
  KringMapQuality quality = { TRUE, arg != 2 && arg != 3, arg == 0 || arg == 3, FALSE, FALSE, 0,
                              KRING_MAP_FREQUENCY_MONTHLY, 1, KRING_MAP_TIE_NONE };

  if (arg >= 4)
    quality.tie = ties[arg - 4];
  swatch_tie (cr, palette, x, y, &quality);
}

/* Three lines side by side: weekly, quarterly, incidental. */
static void
swatch_widths (cairo_t *cr, const KringMapPalette *palette, double x, double y, int arg)
{
  static const KringMapFrequency frequencies[] = {
    KRING_MAP_FREQUENCY_WEEKLY, KRING_MAP_FREQUENCY_QUARTERLY, KRING_MAP_FREQUENCY_INCIDENTAL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (frequencies); i++)
    {
      KringMapQuality quality = { TRUE, TRUE, TRUE, FALSE, FALSE, 0, frequencies[i], 1,
                                  KRING_MAP_TIE_NONE };
      KringMapTieStyle style;

      kring_map_tie_style (&quality, palette, &style);
      cairo_move_to (cr, x - SWATCH_WIDTH / 2, y - 4 + 4 * i);
      cairo_line_to (cr, x + SWATCH_WIDTH / 2, y - 4 + 4 * i);
      kring_map_set_color (cr, &palette->dim_foreground, 1.0);
      cairo_set_line_width (cr, style.width);
      cairo_stroke (cr);
    }
}

typedef enum { FOR_BOTH, FOR_TEAM, FOR_ECOMAP } LegendScope;

typedef struct
{
  LegendScope scope;
  SwatchFunc  swatch;    /* NULL: a heading */
  int         arg;
  const char *text;
} LegendEntry;

static const LegendEntry legend_entries[] = {
  { FOR_BOTH, NULL, 0, N_("Rings") },
  { FOR_TEAM, swatch_ring, 0, N_("Core team: the team members") },
  { FOR_TEAM, swatch_ring, 1, N_("Inner ring: close partners with agreements") },
  { FOR_TEAM, swatch_ring, 2, N_("Outer ring: specialists called in when needed") },
  { FOR_TEAM, swatch_ring, 3, N_("Social map: everyone else in the directory") },
  /* The household's ecomap (kring_store_household_ecomap_async()): the
   * household in the centre, then these four rings. */
  { FOR_ECOMAP, swatch_ring, 0, N_("Close network: family, friends, neighbours") },
  { FOR_ECOMAP, swatch_ring, 1, N_("Wider network: volunteers, clubs, school") },
  { FOR_ECOMAP, swatch_ring, 2, N_("Professionals") },
  { FOR_ECOMAP, swatch_ring, 3, N_("Organisations, no person named") },
  { FOR_BOTH, NULL, 0, N_("Circles") },
  { FOR_TEAM, swatch_node, 0, N_("Team member") },
  { FOR_ECOMAP, swatch_node, 0, N_("Person") },
  { FOR_BOTH, swatch_node, 1, N_("Organisation or service") },
  { FOR_BOTH, swatch_node, 2, N_("Group of organisations; the number says how many") },
  { FOR_TEAM, swatch_node, 3, N_("Dot: a fixed contact person") },
  { FOR_TEAM, swatch_node, 4, N_("Double outline: you know each other personally") },
  { FOR_BOTH, swatch_node, 5, N_("Faded: filtered out") },
  { FOR_BOTH, NULL, 0, N_("Lines") },
  { FOR_TEAM, swatch_quality, 0, N_("Written agreements and a fixed contact person") },
  { FOR_TEAM, swatch_quality, 1, N_("Agreements or a fixed contact person, not both") },
  { FOR_TEAM, swatch_quality, 2, N_("Neither, no contact for six months, or little trust") },
  { FOR_TEAM, swatch_widths, 0, N_("Thicker: more frequent contact (weekly to never)") },
  { FOR_TEAM, swatch_quality, 3, N_("Dashed: no written agreements") },
  { FOR_ECOMAP, swatch_quality, 4, N_("Strong tie") },
  { FOR_ECOMAP, swatch_quality, 5, N_("Weak tie") },
  { FOR_ECOMAP, swatch_quality, 6, N_("Stressful tie") },
};

static double
legend_entry (cairo_t               *cr,
              PangoLayout           *text,
              const KringMapPalette *palette,
              const LegendEntry     *entry,
              double                 x,
              double                 y)
{
  double w, h;

  if (entry->swatch == NULL)
    {
      kring_map_text_set_font (text, palette->font_family, LEGEND_FONT + 1, PANGO_WEIGHT_BOLD);
      kring_map_set_color (cr, &palette->foreground, 1.0);
      kring_map_text_size (text, _(entry->text), &w, &h);
      kring_map_text_draw (cr, text, _(entry->text), x, y + 4, 0, 0);
      return h + 6;
    }
  kring_map_text_set_font (text, palette->font_family, LEGEND_FONT, PANGO_WEIGHT_NORMAL);
  kring_map_text_size (text, _(entry->text), &w, &h);
  h = MAX (h, 16.0);
  entry->swatch (cr, palette, x + SWATCH_WIDTH / 2, y + h / 2, entry->arg);
  kring_map_set_color (cr, &palette->dim_foreground, 1.0);
  kring_map_text_draw (cr, text, _(entry->text), x + SWATCH_WIDTH + SWATCH_GAP, y + h / 2, 0,
                       0.5);
  return h + 3;
}

void
kring_map_render_legend (cairo_t               *cr,
                         const KringMapPalette *palette,
                         gboolean               ecomap,
                         double                *width,
                         double                *height)
{
  g_autoptr (PangoLayout) text = NULL;
  double x = 0, y = 0, top;

  g_return_if_fail (cr != NULL && palette != NULL);

  if (cairo_has_current_point (cr))
    cairo_get_current_point (cr, &x, &y);
  top = y;
  cairo_save (cr);
  text = kring_map_text_new (cr, palette->font_family, LEGEND_FONT, PANGO_WEIGHT_NORMAL);
  pango_layout_set_width (text, (int) (LEGEND_TEXT_WIDTH * PANGO_SCALE));
  pango_layout_set_wrap (text, PANGO_WRAP_WORD);
  for (guint i = 0; i < G_N_ELEMENTS (legend_entries); i++)
    {
      const LegendEntry *entry = &legend_entries[i];

      if (entry->scope == (ecomap ? FOR_TEAM : FOR_ECOMAP))
        continue;
      y += legend_entry (cr, text, palette, entry, x, y);
    }
  cairo_restore (cr);
  if (width != NULL)
    *width = LEGEND_WIDTH;
  if (height != NULL)
    *height = y - top;
}

/* The page */

static const char *const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"), NC_("month", "July"),
  NC_("month", "August"), NC_("month", "September"), NC_("month", "October"),
  NC_("month", "November"), NC_("month", "December"),
};

/* Month names through gettext rather than the C library's locale, so the
 * date is in the language of the rest of the page. */
char *
kring_map_format_date (GDateTime *date)
{
  int month;

  g_return_val_if_fail (date != NULL, NULL);

  month = g_date_time_get_month (date);
  /* TRANSLATORS: a date on a printed map: day, month name, year. */
  return g_strdup_printf (C_("map date", "%d %s %d"), g_date_time_get_day_of_month (date),
                          g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]),
                          g_date_time_get_year (date));
}

void
kring_map_page_map_area (const KringMapPalette *palette,
                         double                 width,
                         double                 height,
                         KringMapRect          *area)
{
  area->x = PAGE_MARGIN;
  area->y = PAGE_MARGIN + HEADER_HEIGHT;
  area->width = MAX (width - 2 * PAGE_MARGIN - PAGE_GAP - LEGEND_WIDTH, 1.0);
  area->height = MAX (height - 2 * PAGE_MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT, 1.0);
}

void
kring_map_render_page_matrix (const KringMapLayout *layout,
                              double                width,
                              double                height,
                              cairo_matrix_t       *matrix)
{
  const KringMapRect *b;
  KringMapRect area;
  double scale = 1.0;

  g_return_if_fail (layout != NULL && matrix != NULL);

  b = &layout->bounds;
  kring_map_page_map_area (NULL, width, height, &area);
  if (b->width > 0 && b->height > 0)
    scale = MIN (area.width / b->width, area.height / b->height);
  cairo_matrix_init (matrix, scale, 0, 0, scale,
                     area.x + area.width / 2 - scale * (b->x + b->width / 2),
                     area.y + area.height / 2 - scale * (b->y + b->height / 2));
}

static gboolean
layout_is_ecomap (const KringMapLayout *layout)
{
  for (guint i = 0; i < layout->graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (layout->graph->nodes, i);

      if (node->quality.tie != KRING_MAP_TIE_NONE)
        return TRUE;
    }
  return FALSE;
}

static void
draw_page_text (cairo_t               *cr,
                const KringMapPalette *palette,
                const char            *title,
                const char            *date,
                double                 width,
                double                 height)
{
  g_autoptr (PangoLayout) text = kring_map_text_new (cr, palette->font_family, 18,
                                                     PANGO_WEIGHT_BOLD);
  g_autofree char *footer = NULL;

  pango_layout_set_width (text, (int) ((width - 2 * PAGE_MARGIN) * PANGO_SCALE));
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  kring_map_set_color (cr, &palette->foreground, 1.0);
  kring_map_text_draw (cr, text, title != NULL ? title : "", PAGE_MARGIN, PAGE_MARGIN, 0, 0);
  kring_map_text_set_font (text, palette->font_family, 10, PANGO_WEIGHT_NORMAL);
  kring_map_set_color (cr, &palette->dim_foreground, 1.0);
  kring_map_text_draw (cr, text, date != NULL ? date : "", PAGE_MARGIN, PAGE_MARGIN + 26, 0, 0);
  /* TRANSLATORS: the footer of a printed map; %s is the date. */
  footer = g_strdup_printf (_("Kringkaart — %s"), date != NULL ? date : "");
  kring_map_text_set_font (text, palette->font_family, 8, PANGO_WEIGHT_NORMAL);
  kring_map_text_draw (cr, text, footer, PAGE_MARGIN, height - PAGE_MARGIN, 0, 1);
}

void
kring_map_render_page (cairo_t               *cr,
                       const KringMapLayout  *layout,
                       const KringMapPalette *palette,
                       const char            *title,
                       const char            *date,
                       double                 width,
                       double                 height)
{
  cairo_matrix_t matrix;

  g_return_if_fail (cr != NULL && layout != NULL && palette != NULL);

  cairo_save (cr);
  kring_map_set_color (cr, &palette->background, 1.0);
  cairo_paint (cr);
  draw_page_text (cr, palette, title, date, width, height);
  cairo_save (cr);
  kring_map_render_page_matrix (layout, width, height, &matrix);
  cairo_transform (cr, &matrix);
  kring_map_render (cr, layout, palette, NULL);
  cairo_restore (cr);
  cairo_move_to (cr, width - PAGE_MARGIN - LEGEND_WIDTH, PAGE_MARGIN + HEADER_HEIGHT);
  kring_map_render_legend (cr, palette, layout_is_ecomap (layout), NULL, NULL);
  cairo_restore (cr);
}
