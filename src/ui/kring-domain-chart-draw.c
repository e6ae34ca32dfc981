/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include "kring-domain-chart-private.h"

/*
 * The chart's geometry and drawing: small multiples over time and the
 * profile's paired bars, drawn with cairo in colours from CSS.
 */

/* Over time: the small charts' grid, in pixels. */
#define CELL_MIN_WIDTH 220.0
#define CELL_HEIGHT 150.0
#define SINGLE_HEIGHT 280.0
#define CELL_GAP 18.0
#define TITLE_HEIGHT 26.0
#define SCALE_WIDTH 20.0
#define AXIS_HEIGHT 22.0
#define PLOT_PAD 12.0
/* Room right of the plot for the latest score's number. */
#define LATEST_ROOM 18.0
#define POINT_RADIUS 3.5
#define LATEST_RADIUS 6.0
/* Profile: a legend above, a row per domain, the scale below. */
#define LEGEND_HEIGHT 30.0
#define ROW_HEIGHT 44.0
#define NAME_MAX_WIDTH 200.0
#define CHANGE_WIDTH 84.0
#define BAR_A_TOP 8.0
#define BAR_A_HEIGHT 10.0
#define BAR_B_TOP 21.0
#define BAR_B_HEIGHT 15.0
#define EMPTY_HEIGHT 120.0

typedef struct
{
  GdkRGBA foreground, dim, grid, line, latest, before, after, up, down;
} Palette;

/* Geometry */

static guint
n_columns (KringDomainChart *self, int width)
{
  guint n = MAX (1, (guint) ((width + CELL_GAP) / (CELL_MIN_WIDTH + CELL_GAP)));

  return MIN (n, MAX (1, kring_domain_chart_n_shown (self)));
}

static double
cell_height (KringDomainChart *self)
{
  return self->domain >= 0 ? SINGLE_HEIGHT : CELL_HEIGHT;
}

int
kring_domain_chart_height_for (KringDomainChart *self, int width)
{
  guint rows;

  if (kring_domain_chart_is_empty (self))
    return EMPTY_HEIGHT;
  if (self->mode == KRING_DOMAIN_CHART_PROFILE)
    return ceil (LEGEND_HEIGHT + self->ids->len * ROW_HEIGHT + AXIS_HEIGHT);
  rows = (kring_domain_chart_n_shown (self) + n_columns (self, width) - 1)
         / n_columns (self, width);
  return ceil (rows * cell_height (self) + (rows - 1) * CELL_GAP);
}

void
kring_domain_chart_cell (KringDomainChart *self, guint slot, int width, graphene_rect_t *cell)
{
  guint columns = n_columns (self, width);
  double w = (width - (columns - 1) * CELL_GAP) / columns;

  graphene_rect_init (cell, (slot % columns) * (w + CELL_GAP),
                      (slot / columns) * (cell_height (self) + CELL_GAP), w,
                      cell_height (self));
}

void
kring_domain_chart_plot (const graphene_rect_t *cell, graphene_rect_t *plot)
{
  graphene_rect_init (plot, cell->origin.x + SCALE_WIDTH + PLOT_PAD,
                      cell->origin.y + TITLE_HEIGHT + PLOT_PAD / 2,
                      cell->size.width - SCALE_WIDTH - 2 * PLOT_PAD - LATEST_ROOM,
                      cell->size.height - TITLE_HEIGHT - AXIS_HEIGHT - PLOT_PAD);
}

double
kring_domain_chart_score_y (const graphene_rect_t *plot, double score)
{
  double step = plot->size.height / (KRING_DOMAIN_SCORE_MAX - KRING_DOMAIN_SCORE_MIN);

  return plot->origin.y + plot->size.height - (score - KRING_DOMAIN_SCORE_MIN) * step;
}

static guint
julian (const char *date)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_parse (&d, date);
  return g_date_valid (&d) ? g_date_get_julian (&d) : 0;
}

/* Dates are placed by the days between them: a long gap looks long. */
double
kring_domain_chart_date_x (KringDomainChart *self, const graphene_rect_t *plot, guint date)
{
  guint first = julian (g_ptr_array_index (self->dates, 0));
  guint last = julian (g_ptr_array_index (self->dates, self->dates->len - 1));

  if (last <= first)
    return plot->origin.x + plot->size.width / 2;
  return plot->origin.x
         + plot->size.width * (julian (g_ptr_array_index (self->dates, date)) - first)
             / (double) (last - first);
}

static double
name_width (int width)
{
  return MIN (NAME_MAX_WIDTH, width * 0.3);
}

/* The profile's bars run from @x0 (score 0) to @x1 (score 5). */
static void
track (int width, double *x0, double *x1)
{
  *x0 = name_width (width) + 12;
  *x1 = MAX (*x0 + 1, width - CHANGE_WIDTH);
}

void
kring_domain_chart_row (KringDomainChart *self, guint domain, int width, graphene_rect_t *row)
{
  graphene_rect_init (row, 0, LEGEND_HEIGHT + domain * ROW_HEIGHT, width, ROW_HEIGHT);
}

void
kring_domain_chart_bar (KringDomainChart *self, guint domain, gboolean second, int width,
                        graphene_rect_t *bar)
{
  graphene_rect_t row;
  double x0, x1;
  guint a, b;
  int score = KRING_DOMAIN_SCORE_NONE;

  kring_domain_chart_row (self, domain, width, &row);
  track (width, &x0, &x1);
  if (kring_domain_chart_compared (self, &a, &b))
    score = kring_domain_chart_score (self, domain, second ? b : a);
  graphene_rect_init (bar, x0, row.origin.y + (second ? BAR_B_TOP : BAR_A_TOP),
                      (x1 - x0) * score / KRING_DOMAIN_SCORE_MAX,
                      second ? BAR_B_HEIGHT : BAR_A_HEIGHT);
}

/* Palette */

static void
lookup (GtkStyleContext *context, const char *name, GdkRGBA *color, const char *fallback)
{
  /* A theme without our colours keeps a readable default. */
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
lookup_palette (KringDomainChart *self, Palette *p)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  lookup (context, "kring_chart_foreground", &p->foreground, dark ? "#ffffff" : "#241f31");
  lookup (context, "kring_chart_dim_foreground", &p->dim, dark ? "#c0bfbc" : "#5e5c64");
  lookup (context, "kring_chart_grid", &p->grid, dark ? "#48474c" : "#deddda");
  lookup (context, "kring_chart_line", &p->line, dark ? "#62a0ea" : "#3584e4");
  lookup (context, "kring_chart_latest", &p->latest, dark ? "#99c1f1" : "#1a5fb4");
  lookup (context, "kring_chart_before", &p->before, dark ? "#3b5b85" : "#a8c8f0");
  lookup (context, "kring_chart_after", &p->after, dark ? "#78aeed" : "#1c71d8");
  lookup (context, "kring_chart_up", &p->up, dark ? "#57e389" : "#26a269");
  lookup (context, "kring_chart_down", &p->down, dark ? "#f66151" : "#c01c28");
}

/* Text */

typedef enum
{
  TEXT_NORMAL,
  TEXT_BOLD,
  TEXT_SMALL,
} TextStyle;

static void
set_style (PangoLayout *layout, TextStyle style)
{
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();

  if (style == TEXT_BOLD)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  else if (style == TEXT_SMALL)
    pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
}

/* Draws @text with its top at @y; @align 0 puts its left edge at @x, 0.5
 * its centre, 1 its right edge. Text wider than @max_width (if > 0) is
 * ellipsized. Returns the text's width. */
static double
text_at (cairo_t *cr, PangoLayout *layout, const char *text, TextStyle style, double x,
         double y, double align, double max_width, const GdkRGBA *color)
{
  int w, h;

  set_style (layout, style);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &w, &h);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_move_to (cr, x - align * w, y);
  pango_cairo_show_layout (cr, layout);
  return w;
}

/* Like text_at(), vertically centred on @y. */
static double
text_mid (cairo_t *cr, PangoLayout *layout, const char *text, TextStyle style, double x,
          double y, double align, double max_width, const GdkRGBA *color)
{
  int w, h;

  set_style (layout, style);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  return text_at (cr, layout, text, style, x, y - h / 2.0, align, max_width, color);
}

/* Empty state */

static void
draw_empty (KringDomainChart *self, cairo_t *cr, PangoLayout *layout, const Palette *p)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  text_mid (cr, layout, _("No scores yet. Record a first assessment."), TEXT_NORMAL,
            width / 2.0, height / 2.0, 0.5, -1, &p->dim);
}

/* Over time */

static void
draw_scale (cairo_t *cr, PangoLayout *layout, const graphene_rect_t *plot, const Palette *p)
{
  cairo_set_line_width (cr, 1);
  for (int s = KRING_DOMAIN_SCORE_MIN; s <= KRING_DOMAIN_SCORE_MAX; s++)
    {
      double y = round (kring_domain_chart_score_y (plot, s)) + 0.5;
      char number[4];

      gdk_cairo_set_source_rgba (cr, &p->grid);
      cairo_move_to (cr, plot->origin.x - PLOT_PAD / 2, y);
      cairo_line_to (cr, plot->origin.x + plot->size.width + PLOT_PAD / 2, y);
      cairo_stroke (cr);
      g_snprintf (number, sizeof number, "%d", s);
      text_mid (cr, layout, number, TEXT_SMALL, plot->origin.x - PLOT_PAD, y, 1, -1, &p->dim);
    }
}

/* Every date under its point when there is room, else the first and the
 * last; a month already written is not written again. */
static void
draw_dates (KringDomainChart *self, cairo_t *cr, PangoLayout *layout,
            const graphene_rect_t *plot, const Palette *p)
{
  guint n = self->dates->len;
  gboolean all = plot->size.width / MAX (1, n - 1) >= 72;
  g_autofree char *previous = NULL;
  double y = plot->origin.y + plot->size.height + PLOT_PAD / 2 + 2;

  for (guint t = 0; t < n; t++)
    {
      g_autofree char *label = NULL;
      double x = kring_domain_chart_date_x (self, plot, t);

      if (!all && t != 0 && t != n - 1)
        continue;
      label = kring_domain_chart_short_date (g_ptr_array_index (self->dates, t));
      if (g_strcmp0 (label, previous) == 0)
        continue;
      text_at (cr, layout, label, TEXT_SMALL, x, y, n == 1 ? 0.5 : t == 0 ? 0 : t == n - 1 ? 1 : 0.5,
               -1, &p->dim);
      g_free (previous);
      previous = g_steal_pointer (&label);
    }
}

static int
latest_scored (KringDomainChart *self, guint domain)
{
  for (int t = self->dates->len - 1; t >= 0; t--)
    if (kring_domain_chart_score (self, domain, t) != KRING_DOMAIN_SCORE_NONE)
      return t;
  return -1;
}

/* The line joins the scored dates; a date without a score is skipped
 * rather than drawn as a drop to zero. */
static void
draw_series (KringDomainChart *self, cairo_t *cr, guint domain, const graphene_rect_t *plot,
             const Palette *p)
{
  int latest = latest_scored (self, domain);

  /* The text drawn before left a current point; the line starts afresh. */
  cairo_new_path (cr);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  gdk_cairo_set_source_rgba (cr, &p->line);
  for (guint t = 0; t < self->dates->len; t++)
    {
      int s = kring_domain_chart_score (self, domain, t);

      if (s != KRING_DOMAIN_SCORE_NONE)
        cairo_line_to (cr, kring_domain_chart_date_x (self, plot, t),
                       kring_domain_chart_score_y (plot, s));
    }
  cairo_stroke (cr);
  for (guint t = 0; t < self->dates->len; t++)
    {
      int s = kring_domain_chart_score (self, domain, t);

      if (s == KRING_DOMAIN_SCORE_NONE || (int) t == latest)
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, kring_domain_chart_date_x (self, plot, t),
                 kring_domain_chart_score_y (plot, s), POINT_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* The latest score is what a professional looks for first: a larger
 * point in the strong colour, with its number beside it. */
static void
draw_latest (KringDomainChart *self, cairo_t *cr, PangoLayout *layout, guint domain,
             const graphene_rect_t *plot, const Palette *p)
{
  int t = latest_scored (self, domain);
  char number[4];
  double x, y;
  int s;

  if (t < 0)
    return;
  s = kring_domain_chart_score (self, domain, t);
  x = kring_domain_chart_date_x (self, plot, t);
  y = kring_domain_chart_score_y (plot, s);
  gdk_cairo_set_source_rgba (cr, &p->latest);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, LATEST_RADIUS, 0, 2 * G_PI);
  cairo_fill (cr);
  g_snprintf (number, sizeof number, "%d", s);
  /* To the right, in the room the plot keeps free for it. */
  text_mid (cr, layout, number, TEXT_BOLD, x + LATEST_RADIUS + 4, y, 0, -1, &p->foreground);
}

static void
draw_cell (KringDomainChart *self, cairo_t *cr, PangoLayout *layout, guint slot, int width,
           const Palette *p)
{
  guint domain = kring_domain_chart_shown_domain (self, slot);
  graphene_rect_t cell, plot;

  kring_domain_chart_cell (self, slot, width, &cell);
  kring_domain_chart_plot (&cell, &plot);
  text_at (cr, layout, g_ptr_array_index (self->names, domain), TEXT_BOLD, cell.origin.x,
           cell.origin.y + 2, 0, cell.size.width, &p->foreground);
  draw_scale (cr, layout, &plot, p);
  draw_dates (self, cr, layout, &plot, p);
  draw_series (self, cr, domain, &plot, p);
  draw_latest (self, cr, layout, domain, &plot, p);
}

/* Profile */

static void
rounded_bar (cairo_t *cr, const graphene_rect_t *bar, const GdkRGBA *color)
{
  double r = MIN (3, bar->size.height / 2);
  double x = bar->origin.x, y = bar->origin.y, w = bar->size.width, h = bar->size.height;

  if (w <= 0)
    return;
  /* Square at the scale's zero, rounded where the score ends. */
  cairo_move_to (cr, x, y);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_line_to (cr, x, y + h);
  cairo_close_path (cr);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_fill (cr);
}

static void
draw_legend (KringDomainChart *self, cairo_t *cr, PangoLayout *layout, int width,
             const Palette *p)
{
  const GdkRGBA *colors[] = { &p->before, &p->after };
  double x, x1;
  guint dates[2];

  kring_domain_chart_compared (self, &dates[0], &dates[1]);
  track (width, &x, &x1);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *day = kring_domain_chart_long_date (g_ptr_array_index (self->dates,
                                                                              dates[i]), TRUE);

      rounded_bar (cr, &GRAPHENE_RECT_INIT (x, LEGEND_HEIGHT / 2 - 5, 18, 10), colors[i]);
      x += 24 + text_mid (cr, layout, day, i == 1 ? TEXT_BOLD : TEXT_NORMAL, x + 24,
                          LEGEND_HEIGHT / 2, 0, -1, &p->foreground);
      x += 20;
    }
}

static void
draw_arrow (cairo_t *cr, double x, double y, gboolean up)
{
  double d = up ? -1 : 1;

  cairo_set_line_width (cr, 2);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, x, y - 5 * d);
  cairo_line_to (cr, x, y + 5 * d);
  cairo_move_to (cr, x - 4, y + 1 * d);
  cairo_line_to (cr, x, y + 5 * d);
  cairo_line_to (cr, x + 4, y + 1 * d);
  cairo_stroke (cr);
}

/* The change between the two dates, as "+1" or "−2" with an arrow. */
static void
draw_change (KringDomainChart *self, cairo_t *cr, PangoLayout *layout, guint domain,
             int width, double y, const Palette *p)
{
  guint a, b;
  int score_a, score_b, change;
  g_autofree char *text = NULL;
  double x = width - 4;

  kring_domain_chart_compared (self, &a, &b);
  score_a = kring_domain_chart_score (self, domain, a);
  score_b = kring_domain_chart_score (self, domain, b);
  if (score_a == KRING_DOMAIN_SCORE_NONE || score_b == KRING_DOMAIN_SCORE_NONE)
    {
      text_mid (cr, layout, "–", TEXT_NORMAL, x - 14, y, 1, -1, &p->dim);
      return;
    }
  change = score_b - score_a;
  /* A real minus sign, as typeset figures have. */
  text = change > 0 ? g_strdup_printf ("+%d", change)
         : change < 0 ? g_strdup_printf ("\u2212%d", -change) : g_strdup ("0");
  text_mid (cr, layout, text, TEXT_BOLD, x - 14, y, 1, -1,
            change > 0 ? &p->up : change < 0 ? &p->down : &p->dim);
  if (change != 0)
    draw_arrow (cr, x - 5, y, change > 0);
}

static void
draw_row (KringDomainChart *self, cairo_t *cr, PangoLayout *layout, guint domain, int width,
          const Palette *p)
{
  graphene_rect_t bar_a, bar_b;
  double middle;

  kring_domain_chart_bar (self, domain, FALSE, width, &bar_a);
  kring_domain_chart_bar (self, domain, TRUE, width, &bar_b);
  /* Name and change sit level with the middle of the pair of bars. */
  middle = (bar_a.origin.y + bar_b.origin.y + BAR_B_HEIGHT) / 2;
  text_mid (cr, layout, g_ptr_array_index (self->names, domain), TEXT_NORMAL, 0, middle, 0,
            name_width (width), &p->foreground);
  rounded_bar (cr, &bar_a, &p->before);
  rounded_bar (cr, &bar_b, &p->after);
  draw_change (self, cr, layout, domain, width, middle, p);
}

/* Faint lines at each score across all rows, numbered below. */
static void
draw_profile_scale (KringDomainChart *self, cairo_t *cr, PangoLayout *layout, int width,
                    const Palette *p)
{
  double x0, x1, bottom = LEGEND_HEIGHT + self->ids->len * ROW_HEIGHT;

  track (width, &x0, &x1);
  cairo_set_line_width (cr, 1);
  for (int s = 0; s <= KRING_DOMAIN_SCORE_MAX; s++)
    {
      double x = round (x0 + (x1 - x0) * s / KRING_DOMAIN_SCORE_MAX) + 0.5;
      char number[4];

      gdk_cairo_set_source_rgba (cr, &p->grid);
      cairo_move_to (cr, x, LEGEND_HEIGHT);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      g_snprintf (number, sizeof number, "%d", s);
      text_at (cr, layout, number, TEXT_SMALL, x, bottom + 3, 0.5, -1, &p->dim);
    }
}

static void
draw_profile (KringDomainChart *self, cairo_t *cr, PangoLayout *layout, int width,
              const Palette *p)
{
  draw_legend (self, cr, layout, width, p);
  draw_profile_scale (self, cr, layout, width, p);
  for (guint domain = 0; domain < self->ids->len; domain++)
    draw_row (self, cr, layout, domain, width, p);
}

void
kring_domain_chart_draw (KringDomainChart *self, GtkSnapshot *snapshot)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  cairo_t *cr;
  Palette p;

  if (width <= 0 || height <= 0)
    return;
  lookup_palette (self, &p);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (kring_domain_chart_is_empty (self))
    draw_empty (self, cr, layout, &p);
  else if (self->mode == KRING_DOMAIN_CHART_PROFILE)
    draw_profile (self, cr, layout, width, &p);
  else
    for (guint slot = 0; slot < kring_domain_chart_n_shown (self); slot++)
      draw_cell (self, cr, layout, slot, width, &p);
  cairo_destroy (cr);
}
