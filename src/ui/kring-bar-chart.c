/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include "kring-bar-chart.h"

#define ROW_HEIGHT 28
#define PAIRED_ROW_HEIGHT 40
#define GAP 8
#define MAX_LABEL_SHARE 0.4

typedef struct
{
  char   *label;
  double  value;
  double  second;
} Bar;

struct _KringBarChart
{
  GtkWidget  parent_instance;

  GArray    *bars;     /* Bar */
  char      *series[2];
  char      *summary;
};

G_DEFINE_FINAL_TYPE (KringBarChart, kring_bar_chart, GTK_TYPE_WIDGET)

char *
kring_bar_chart_format (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  if (value == floor (value))
    return g_strdup_printf ("%'.0f", value);
  return g_strdup_printf ("%'.1f", value);
}

static gboolean
kring_bar_chart_paired (KringBarChart *self)
{
  for (guint i = 0; i < self->bars->len; i++)
    if (!isnan (g_array_index (self->bars, Bar, i).second))
      return TRUE;
  return FALSE;
}

static int
kring_bar_chart_row_height (KringBarChart *self)
{
  return kring_bar_chart_paired (self) ? PAIRED_ROW_HEIGHT : ROW_HEIGHT;
}

static gboolean
kring_bar_chart_has_legend (KringBarChart *self)
{
  return self->series[0] != NULL && self->series[1] != NULL;
}

static void
kring_bar_chart_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                         int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  KringBarChart *self = KRING_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
      return;
    }
  *minimum = *natural = MAX (1u, self->bars->len) * kring_bar_chart_row_height (self)
                        + (kring_bar_chart_has_legend (self) ? ROW_HEIGHT : 0);
}

static GdkRGBA
kring_bar_chart_color (GtkWidget *widget, const char *name, double fallback_alpha)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (name != NULL && gtk_style_context_lookup_color (context, name, &color))
    return color;
  gtk_style_context_get_color (context, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  color.alpha *= fallback_alpha;
  return color;
}

static double
kring_bar_chart_max (KringBarChart *self)
{
  double max = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);

      if (!isnan (bar->value))
        max = MAX (max, bar->value);
      if (!isnan (bar->second))
        max = MAX (max, bar->second);
    }
  return max > 0 ? max : 1;
}

static int
kring_bar_chart_label_width (KringBarChart *self, int width)
{
  int widest = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
        g_array_index (self->bars, Bar, i).label);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  return MIN (widest, (int) (width * MAX_LABEL_SHARE));
}

/* Draws @text left-aligned at @x, centred on @y, cut to @max_width. */
static void
kring_bar_chart_text (KringBarChart *self, cairo_t *cr, const char *text, double x, double y,
                      int max_width, const GdkRGBA *color)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int h;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, max_width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, NULL, &h);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_move_to (cr, x, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/* One bar from @x, @width long at most, with its value after it. */
static void
kring_bar_chart_bar (KringBarChart *self, cairo_t *cr, double value, double x, double y,
                     double height, double width, const GdkRGBA *fill, const GdkRGBA *fg)
{
  g_autofree char *text = kring_bar_chart_format (value);
  double length = isnan (value) ? 0 : width * value / kring_bar_chart_max (self);

  gdk_cairo_set_source_rgba (cr, fill);
  cairo_rectangle (cr, x, y, MAX (length, isnan (value) || value == 0 ? 0 : 2), height);
  cairo_fill (cr);
  kring_bar_chart_text (self, cr, text, x + length + 4, y + height / 2, -1, fg);
}

static void
kring_bar_chart_legend (KringBarChart *self, cairo_t *cr, const GdkRGBA colors[2],
                        const GdkRGBA *fg, double y)
{
  double x = 0;

  for (guint s = 0; s < 2; s++)
    {
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                       self->series[s]);
      int w;

      gdk_cairo_set_source_rgba (cr, &colors[s]);
      cairo_rectangle (cr, x, y - 6, 12, 12);
      cairo_fill (cr);
      kring_bar_chart_text (self, cr, self->series[s], x + 18, y, -1, fg);
      pango_layout_get_pixel_size (layout, &w, NULL);
      x += 18 + w + 24;
    }
}

static void
kring_bar_chart_draw (KringBarChart *self, cairo_t *cr, int width)
{
  GdkRGBA fg = kring_bar_chart_color (GTK_WIDGET (self), NULL, 1);
  GdkRGBA colors[2] = { kring_bar_chart_color (GTK_WIDGET (self), "accent_bg_color", 0.8),
                        kring_bar_chart_color (GTK_WIDGET (self), "warning_color", 0.5) };
  int label_width = kring_bar_chart_label_width (self, width);
  gboolean paired = kring_bar_chart_paired (self);
  int row = kring_bar_chart_row_height (self);
  double bar_x = label_width + GAP, bar_width = MAX (20, width - bar_x - 48);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      double top = i * row;

      kring_bar_chart_text (self, cr, bar->label, 0, top + row / 2.0, label_width, &fg);
      if (!paired)
        kring_bar_chart_bar (self, cr, bar->value, bar_x, top + 6, row - 12, bar_width,
                             &colors[0], &fg);
      else
        {
          kring_bar_chart_bar (self, cr, bar->value, bar_x, top + 4, 14, bar_width, &colors[0], &fg);
          kring_bar_chart_bar (self, cr, bar->second, bar_x, top + 20, 14, bar_width, &colors[1],
                               &fg);
        }
    }
  if (kring_bar_chart_has_legend (self))
    kring_bar_chart_legend (self, cr, colors, &fg, self->bars->len * row + ROW_HEIGHT / 2.0);
}

static void
kring_bar_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  KringBarChart *self = KRING_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0 || self->bars->len == 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  kring_bar_chart_draw (self, cr, width);
  cairo_destroy (cr);
}

static void
kring_bar_chart_describe (KringBarChart *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autofree char *value = kring_bar_chart_format (bar->value);
      g_autofree char *second = kring_bar_chart_format (bar->second);

      if (isnan (bar->second) || self->series[1] == NULL)
        g_string_append_printf (text, "%s: %s\n", bar->label, value);
      else
        g_string_append_printf (text, "%s: %s %s, %s %s\n", bar->label, self->series[0], value,
                                self->series[1], second);
    }
  g_free (self->summary);
  self->summary = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->summary, -1);
}

static void
kring_bar_chart_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kring_bar_chart_parent_class)->css_changed (widget, change);
  /* Light and dark differ in colour: redraw with the new theme. */
  gtk_widget_queue_draw (widget);
}

static void
bar_clear (gpointer data)
{
  g_free (((Bar *) data)->label);
}

static void
kring_bar_chart_finalize (GObject *object)
{
  KringBarChart *self = KRING_BAR_CHART (object);

  g_array_unref (self->bars);
  g_free (self->series[0]);
  g_free (self->series[1]);
  g_free (self->summary);
  G_OBJECT_CLASS (kring_bar_chart_parent_class)->finalize (object);
}

static void
kring_bar_chart_class_init (KringBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kring_bar_chart_finalize;
  widget_class->measure = kring_bar_chart_measure;
  widget_class->snapshot = kring_bar_chart_snapshot;
  widget_class->css_changed = kring_bar_chart_css_changed;
  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kring_bar_chart_init (KringBarChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, bar_clear);
  self->summary = g_strdup ("");
}

GtkWidget *
kring_bar_chart_new (void)
{
  return g_object_new (KRING_TYPE_BAR_CHART, NULL);
}

void
kring_bar_chart_clear (KringBarChart *self)
{
  g_return_if_fail (KRING_IS_BAR_CHART (self));

  g_array_set_size (self->bars, 0);
  kring_bar_chart_describe (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
kring_bar_chart_add (KringBarChart *self, const char *label, double value, double second)
{
  Bar bar = { g_strdup (label), value, second };

  g_return_if_fail (KRING_IS_BAR_CHART (self));

  g_array_append_val (self->bars, bar);
  kring_bar_chart_describe (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
kring_bar_chart_set_series (KringBarChart *self, const char *first, const char *second)
{
  g_return_if_fail (KRING_IS_BAR_CHART (self));

  g_free (self->series[0]);
  g_free (self->series[1]);
  self->series[0] = g_strdup (first);
  self->series[1] = g_strdup (second);
  kring_bar_chart_describe (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
kring_bar_chart_get_n_bars (KringBarChart *self)
{
  g_return_val_if_fail (KRING_IS_BAR_CHART (self), 0);
  return self->bars->len;
}

const char *
kring_bar_chart_get_summary (KringBarChart *self)
{
  g_return_val_if_fail (KRING_IS_BAR_CHART (self), NULL);
  return self->summary;
}
