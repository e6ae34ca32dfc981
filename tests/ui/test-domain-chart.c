/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include "kring-domain-chart-private.h"

/*
 * The life-domain chart in a real window under Xvfb, on three domains
 * scored on two dates: the bars and points drawn where the scores put
 * them (read back from the rendered pixels), the profile comparing the
 * dates asked for, the data spoken in the accessible description, and the
 * empty state.
 */

#define WIDTH 760

typedef struct
{
  GtkWindow        *window;
  KringDomainChart *chart;
  guint8           *pixels;   /* the last rendering, cairo ARGB32 */
  int               width, height;
  GdkRGBA           background;
} Fixture;

static const KringDomainSeries domains[] = {
  { "financien", "Financiën" },
  { "huisvesting", "Huisvesting" },
  { "netwerk", "Sociaal netwerk" },
};

static const KringAssessmentPoint points[] = {
  { "2026-03-04", "financien", 3 },   /* given out of order on purpose */
  { "2026-01-12", "financien", 2 },
  { "2026-01-12", "huisvesting", 4 },
  { "2026-03-04", "huisvesting", 2 },
  { "2026-01-12", "netwerk", 1 },
  { "2026-03-04", "netwerk", 5 },
  { "2026-03-04", "onbekend", 5 },    /* an unknown domain is ignored */
};

static gboolean dutch;
static GtkCssProvider *dark_provider;

/* What AdwApplication does for the app: our stylesheet, and its dark
 * variant over it while the style is dark. */
static GtkCssProvider *
load_css (const char *name)
{
  GtkCssProvider *provider = gtk_css_provider_new ();
  g_autofree char *path = g_strconcat ("/nl/kringkaart/Kringkaart/", name, NULL);

  gtk_css_provider_load_from_resource (provider, path);
  return provider;
}

static void
set_dark (gboolean dark)
{
  GdkDisplay *display = gdk_display_get_default ();

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
  if (dark)
    gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (dark_provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  else
    gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (dark_provider));
}

static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  while (g_main_context_iteration (NULL, FALSE) || g_get_monotonic_time () < end)
    g_usleep (1000);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  f->chart = KRING_DOMAIN_CHART (kring_domain_chart_new ());
  kring_domain_chart_set_data (f->chart, domains, G_N_ELEMENTS (domains), points,
                               G_N_ELEMENTS (points));
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, WIDTH, 500);
  gtk_window_set_child (f->window, GTK_WIDGET (f->chart));
  gtk_window_present (f->window);
  while (gtk_widget_get_width (GTK_WIDGET (f->chart)) <= 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  settle ();
  f->width = gtk_widget_get_width (GTK_WIDGET (f->chart));
  f->height = gtk_widget_get_height (GTK_WIDGET (f->chart));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (f->window);
  g_free (f->pixels);
}

/* Renders the chart as the window's renderer does; with KRING_SHOT_DIR
 * set, also saves the picture as @name.png for a person to look at. */
static void
render (Fixture *f, const char *name)
{
  GtkWidget *widget = GTK_WIDGET (f->chart);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (f->window));

  settle ();
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget),
                                                 "window_bg_color", &f->background));
  f->width = gtk_widget_get_width (widget);
  f->height = gtk_widget_get_height (widget);
  /* The window's background behind the chart, as the user sees it. */
  gtk_snapshot_append_color (snapshot, &f->background,
                             &GRAPHENE_RECT_INIT (0, 0, f->width, f->height));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), f->width, f->height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, f->width, f->height));
  g_free (f->pixels);
  f->pixels = g_malloc (f->width * f->height * 4);
  gdk_texture_download (texture, f->pixels, f->width * 4);
  if (g_getenv ("KRING_SHOT_DIR") != NULL)
    {
      g_autofree char *file = g_strconcat (name, ".png", NULL);
      g_autofree char *path = g_build_filename (g_getenv ("KRING_SHOT_DIR"), file, NULL);

      g_assert_true (gdk_texture_save_to_png (texture, path));
    }
}

static GdkRGBA
named (Fixture *f, const char *name)
{
  GdkRGBA rgba;

  g_assert_true (gtk_style_context_lookup_color (
                   gtk_widget_get_style_context (GTK_WIDGET (f->chart)), name, &rgba));
  g_assert_cmpfloat (rgba.alpha, ==, 1.0);
  return rgba;
}

static gboolean
is_color (Fixture *f, int x, int y, const GdkRGBA *rgba)
{
  const guint8 *p;

  if (x < 0 || y < 0 || x >= f->width || y >= f->height)
    return FALSE;
  p = f->pixels + (y * f->width + x) * 4;
  /* Little-endian cairo ARGB32: blue, green, red, alpha. */
  return abs (p[2] - (int) round (rgba->red * 255)) <= 3
         && abs (p[1] - (int) round (rgba->green * 255)) <= 3
         && abs (p[0] - (int) round (rgba->blue * 255)) <= 3 && p[3] == 255;
}

/* How far a bar of @rgba runs to the right from @x along row @y. */
static int
run_right (Fixture *f, int x, int y, const GdkRGBA *rgba)
{
  int n = 0;

  while (is_color (f, x + n, y, rgba))
    n++;
  return n;
}

/* Measures the bar of @domain for the first or @second date. */
static int
bar_length (Fixture *f, guint domain, gboolean second, const GdkRGBA *rgba)
{
  graphene_rect_t bar;

  kring_domain_chart_bar (f->chart, domain, second, f->width, &bar);
  return run_right (f, (int) ceil (bar.origin.x) + 1,
                    (int) (bar.origin.y + bar.size.height / 2), rgba) + 1;
}

static void
assert_bar (Fixture *f, guint domain, gboolean second, const GdkRGBA *rgba, int *length)
{
  graphene_rect_t bar;

  kring_domain_chart_bar (f->chart, domain, second, f->width, &bar);
  *length = bar_length (f, domain, second, rgba);
  g_assert_cmpfloat (fabs (*length - bar.size.width), <=, 2.0);
}

/* Profile: the first date muted above, the second strong below, each as
 * long as its score; Huisvesting's 4 twice Financiën's 2. */
static void
test_profile_bars (Fixture *f, gconstpointer data)
{
  GdkRGBA before = named (f, "kring_chart_before"), after = named (f, "kring_chart_after");
  int fin_a, huis_a, net_a, fin_b, huis_b, net_b;

  kring_domain_chart_set_mode (f->chart, KRING_DOMAIN_CHART_PROFILE);
  render (f, "domain-chart-profile");
  assert_bar (f, 0, FALSE, &before, &fin_a);
  assert_bar (f, 1, FALSE, &before, &huis_a);
  assert_bar (f, 2, FALSE, &before, &net_a);
  assert_bar (f, 0, TRUE, &after, &fin_b);
  assert_bar (f, 1, TRUE, &after, &huis_b);
  assert_bar (f, 2, TRUE, &after, &net_b);
  g_assert_cmpfloat (fabs ((double) huis_a / fin_a - 2.0), <, 0.05);
  g_assert_cmpfloat (fabs ((double) huis_a / net_a - 4.0), <, 0.1);
  g_assert_cmpfloat (fabs ((double) net_b / fin_b - 5.0 / 3.0), <, 0.05);
  g_assert_cmpint (abs (huis_b - fin_a), <=, 1);
  g_assert_cmpint (net_b, >, 400);
}

/* Compared the other way round, the strong bars show January. */
static void
test_profile_compare (Fixture *f, gconstpointer data)
{
  GdkRGBA before = named (f, "kring_chart_before"), after = named (f, "kring_chart_after");
  int fin_a, huis_b, net_b;

  kring_domain_chart_set_mode (f->chart, KRING_DOMAIN_CHART_PROFILE);
  kring_domain_chart_compare (f->chart, "2026-03-04", "2026-01-12");
  render (f, "domain-chart-profile-reversed");
  assert_bar (f, 0, FALSE, &before, &fin_a);
  assert_bar (f, 1, TRUE, &after, &huis_b);
  assert_bar (f, 2, TRUE, &after, &net_b);
  g_assert_cmpfloat (fabs ((double) huis_b / net_b - 4.0), <, 0.1);
  g_assert_cmpfloat (fabs ((double) fin_a / net_b - 3.0), <, 0.1);
  g_assert_nonnull (strstr (kring_domain_chart_get_summary (f->chart), "(-4)"));
  g_assert_nonnull (strstr (kring_domain_chart_get_summary (f->chart), "(+2)"));
}

/* The middle of the run of @rgba pixels in column @x within @plot. */
static double
run_centre (Fixture *f, int x, const graphene_rect_t *plot, const GdkRGBA *rgba)
{
  int first = -1, last = -1;

  for (int y = plot->origin.y - 8; y <= plot->origin.y + plot->size.height + 8; y++)
    if (is_color (f, x, y, rgba))
      {
        if (first < 0)
          first = y;
        last = y;
      }
  g_assert_cmpint (first, >=, 0);
  return (first + last) / 2.0;
}

/* Over time: a small chart per domain, January's point at its score's
 * height in the line colour, the latest one larger in the strong colour. */
static void
test_over_time_points (Fixture *f, gconstpointer data)
{
  GdkRGBA line = named (f, "kring_chart_line"), latest = named (f, "kring_chart_latest");
  static const int january[] = { 2, 4, 1 }, march[] = { 3, 2, 5 };

  render (f, "domain-chart-over-time");
  for (guint d = 0; d < G_N_ELEMENTS (domains); d++)
    {
      graphene_rect_t cell, plot;
      double x0, x1, bottom, y0;

      kring_domain_chart_cell (f->chart, d, f->width, &cell);
      kring_domain_chart_plot (&cell, &plot);
      x0 = kring_domain_chart_date_x (f->chart, &plot, 0);
      x1 = kring_domain_chart_date_x (f->chart, &plot, 1);
      g_assert_cmpfloat (x1 - x0, >, plot.size.width * 0.9);
      bottom = plot.origin.y + plot.size.height;
      y0 = run_centre (f, (int) x0, &plot, &line);
      /* Score 1 sits on the bottom line, 5 on the top one. */
      g_assert_cmpfloat (fabs ((bottom - y0) - plot.size.height * (january[d] - 1) / 4), <=, 2.0);
      g_assert_cmpfloat (fabs (run_centre (f, (int) x1, &plot, &latest)
                               - kring_domain_chart_score_y (&plot, march[d])), <=, 1.5);
      /* The latest point is larger than the others. */
      g_assert_true (is_color (f, x1 - 4, kring_domain_chart_score_y (&plot, march[d]), &latest));
    }
}

/* One domain chosen: a single larger chart. */
static void
test_single_domain (Fixture *f, gconstpointer data)
{
  GdkRGBA latest = named (f, "kring_chart_latest");
  graphene_rect_t cell, plot;

  kring_domain_chart_set_domain (f->chart, "huisvesting");
  render (f, "domain-chart-single");
  kring_domain_chart_cell (f->chart, 0, f->width, &cell);
  g_assert_cmpfloat (cell.size.width, ==, f->width);
  kring_domain_chart_plot (&cell, &plot);
  g_assert_cmpfloat (fabs (run_centre (f, kring_domain_chart_date_x (f->chart, &plot, 1), &plot,
                                       &latest)
                           - kring_domain_chart_score_y (&plot, 2)), <=, 1.5);
  g_assert_null (strstr (kring_domain_chart_get_summary (f->chart), "Financiën"));
}

/* The data in words, for a screen reader: every domain and score. */
static void
test_accessible (Fixture *f, gconstpointer data)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (f->chart);
  const char *summary = kring_domain_chart_get_summary (f->chart);

  g_assert_true (gtk_test_accessible_has_role (accessible, GTK_ACCESSIBLE_ROLE_IMG));
  g_assert_true (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);
  if (dutch)
    g_assert_cmpstr (summary, ==,
                     "Financiën: 2 op 12 januari, 3 op 4 maart. "
                     "Huisvesting: 4 op 12 januari, 2 op 4 maart. "
                     "Sociaal netwerk: 1 op 12 januari, 5 op 4 maart.");
  else
    g_assert_cmpstr (summary, ==,
                     "Financiën: 2 on 12 January, 3 on 4 March. "
                     "Huisvesting: 4 on 12 January, 2 on 4 March. "
                     "Sociaal netwerk: 1 on 12 January, 5 on 4 March.");
  kring_domain_chart_set_mode (f->chart, KRING_DOMAIN_CHART_PROFILE);
  summary = kring_domain_chart_get_summary (f->chart);
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);
  g_assert_nonnull (strstr (summary, dutch ? "Huisvesting: 4 op 12 januari, 2 op 4 maart (-2)"
                                           : "Huisvesting: 4 on 12 January, 2 on 4 March (-2)"));
}

/* Hovering a point or a row says its values. */
static void
test_tooltip (Fixture *f, gconstpointer data)
{
  graphene_rect_t cell, plot, row;
  g_autofree char *point = NULL, *nothing = NULL, *profile = NULL;

  kring_domain_chart_cell (f->chart, 1, f->width, &cell);
  kring_domain_chart_plot (&cell, &plot);
  point = kring_domain_chart_tooltip_at (f->chart,
                                         kring_domain_chart_date_x (f->chart, &plot, 1) - 3,
                                         kring_domain_chart_score_y (&plot, 2));
  g_assert_cmpstr (point, ==, dutch ? "Huisvesting, 4 maart 2026: 2"
                                    : "Huisvesting, 4 March 2026: 2");
  nothing = kring_domain_chart_tooltip_at (f->chart, plot.origin.x + plot.size.width / 2,
                                           plot.origin.y);
  g_assert_null (nothing);
  kring_domain_chart_set_mode (f->chart, KRING_DOMAIN_CHART_PROFILE);
  kring_domain_chart_row (f->chart, 2, f->width, &row);
  profile = kring_domain_chart_tooltip_at (f->chart, 10, row.origin.y + 5);
  g_assert_cmpstr (profile, ==, dutch ? "Sociaal netwerk: 1 op 12 januari, 5 op 4 maart (+4)"
                                      : "Sociaal netwerk: 1 on 12 January, 5 on 4 March (+4)");
}

/* No assessments: a sentence that says what to do, drawn and spoken. */
static void
test_empty (Fixture *f, gconstpointer data)
{
  const char *empty = dutch ? "Nog geen scores. Leg een eerste meting vast."
                            : "No scores yet. Record a first assessment.";
  guint n_ink = 0;

  kring_domain_chart_set_data (f->chart, domains, G_N_ELEMENTS (domains), NULL, 0);
  render (f, "domain-chart-empty");
  g_assert_cmpstr (kring_domain_chart_get_summary (f->chart), ==, empty);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->chart),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, empty);
  /* The text is drawn in the middle, and nothing else. */
  for (int y = 0; y < f->height; y++)
    for (int x = 0; x < f->width; x++)
      if (!is_color (f, x, y, &f->background))
        {
          g_assert_cmpint (abs (y - f->height / 2), <, 16);
          n_ink++;
        }
  g_assert_cmpuint (n_ink, >, 200);
}

/* Dark: the colours come from style-dark.css, and still draw the bars. */
static void
test_dark (Fixture *f, gconstpointer data)
{
  GdkRGBA light = named (f, "kring_chart_after"), dark, before;
  int length;

  set_dark (TRUE);
  kring_domain_chart_set_mode (f->chart, KRING_DOMAIN_CHART_PROFILE);
  render (f, "domain-chart-profile-dark");
  dark = named (f, "kring_chart_after");
  g_assert_false (gdk_rgba_equal (&light, &dark));
  before = named (f, "kring_chart_before");
  assert_bar (f, 1, FALSE, &before, &length);
  assert_bar (f, 2, TRUE, &dark, &length);
  kring_domain_chart_set_mode (f->chart, KRING_DOMAIN_CHART_OVER_TIME);
  render (f, "domain-chart-over-time-dark");
  set_dark (FALSE);
}

int
main (int argc, char **argv)
{
  g_autofree char *localedir = NULL;

  /* The test accessibility backend keeps what the widgets tell it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  /* Dutch, as the users read it, when the system has the locale. */
  if (setlocale (LC_ALL, "nl_NL.UTF-8") != NULL)
    g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  localedir = g_build_filename (g_getenv ("KRING_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  dutch = g_strcmp0 (_("No scores yet. Record a first assessment."),
                     "Nog geen scores. Leg een eerste meting vast.") == 0;
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (load_css ("style.css")),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  dark_provider = load_css ("style-dark.css");
  set_dark (FALSE);
#define ADD(path, func) \
  g_test_add ("/ui/domain-chart/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("profile-bars", test_profile_bars);
  ADD ("profile-compare", test_profile_compare);
  ADD ("over-time-points", test_over_time_points);
  ADD ("single-domain", test_single_domain);
  ADD ("accessible", test_accessible);
  ADD ("tooltip", test_tooltip);
  ADD ("empty", test_empty);
  ADD ("dark", test_dark);
#undef ADD
  return g_test_run ();
}
