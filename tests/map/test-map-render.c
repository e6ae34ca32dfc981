/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Drawing and export of the map: tie styles from relationship qualities,
 * and PNG, SVG and PDF pages whose pixels (rendered back by rsvg-convert
 * and pdftoppm) show each ring's colour, the centre and the labels where
 * the layout put them. Failed exports leave existing files alone.
 */
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "kring-map-render.h"
#include "kring-test-util.h"

#define PAGE_WIDTH 842.0
#define PAGE_HEIGHT 595.0
/* Anti-aliasing and format conversions move a flat colour by a few steps. */
#define COLOR_TOLERANCE (10.0 / 255.0)

static KringMapQuality
quality (gboolean agreement, gboolean fixed, KringMapFrequency frequency)
{
  return (KringMapQuality) { TRUE, agreement, fixed, FALSE, FALSE, 4, frequency, 1,
                             KRING_MAP_TIE_NONE };
}

static void
add_partner (KringMapGraph *graph, const char *id, const char *sector, int ring,
             KringMapQuality q)
{
  KringMapNode *node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations",
                                                 id, id, sector, ring);

  node->quality = q;
}

/* A team with members, inner and outer partners of every quality, and a
 * sociale kaart large enough to cluster. */
static KringMapGraph *
build_graph (void)
{
  static const char *sectors[] = { "zorg", "welzijn", "wonen", "jeugd" };
  KringMapGraph *graph = kring_map_graph_new ("Wijkteam Noord", NULL);
  KringMapQuality q;

  for (guint i = 0; i < G_N_ELEMENTS (sectors); i++)
    kring_map_graph_add_sector (graph, sectors[i], sectors[i]);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("Lid %u", i);

      kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "team_members", id, id,
                                sectors[i % 4], 0);
    }
  add_partner (graph, "Huisarts", "zorg", 1, quality (TRUE, TRUE, KRING_MAP_FREQUENCY_WEEKLY));
  add_partner (graph, "Wijkagent", "welzijn", 1,
               quality (TRUE, FALSE, KRING_MAP_FREQUENCY_MONTHLY));
  add_partner (graph, "Woonconsulent", "wonen", 1,
               quality (FALSE, TRUE, KRING_MAP_FREQUENCY_QUARTERLY));
  q = quality (TRUE, TRUE, KRING_MAP_FREQUENCY_YEARLY);
  q.knows_personally = TRUE;
  add_partner (graph, "FACT-team", "zorg", 2, q);
  add_partner (graph, "Veilig Thuis", "jeugd", 2,
               quality (FALSE, FALSE, KRING_MAP_FREQUENCY_INCIDENTAL));
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *id = g_strdup_printf ("Vereniging %02u", i);

      kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", id, id,
                                sectors[i % 4], 3);
    }
  return graph;
}

static KringMapLayout *
build_layout (void)
{
  g_autoptr (KringMapGraph) graph = build_graph ();
  KringMapLayoutOptions options;

  kring_map_layout_options_init (&options);
  return kring_map_layout_compute (graph, &options);
}

/* Tie styles */

static void
assert_color (const KringMapColor *a, const KringMapColor *b)
{
  g_assert_cmpfloat_with_epsilon (a->red, b->red, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->green, b->green, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->blue, b->blue, 1e-9);
}

static void
test_tie_colors (void)
{
  KringMapPalette palette;
  KringMapTieStyle style;
  KringMapQuality q = quality (TRUE, TRUE, KRING_MAP_FREQUENCY_MONTHLY);

  kring_map_palette_init_light (&palette);
  kring_map_tie_style (&q, &palette, &style);
  assert_color (&style.color, &palette.tie_good);
  g_assert_null (style.dashes);
  q.has_fixed_contact = FALSE;
  kring_map_tie_style (&q, &palette, &style);
  assert_color (&style.color, &palette.tie_partial);
  q = quality (FALSE, TRUE, KRING_MAP_FREQUENCY_MONTHLY);
  kring_map_tie_style (&q, &palette, &style);
  assert_color (&style.color, &palette.tie_partial);
  q.has_fixed_contact = FALSE;
  kring_map_tie_style (&q, &palette, &style);
  assert_color (&style.color, &palette.tie_weak);
  /* Long silence or low trust make even a well-arranged tie weak. */
  q = quality (TRUE, TRUE, KRING_MAP_FREQUENCY_MONTHLY);
  q.months_since_contact = 6;
  kring_map_tie_style (&q, &palette, &style);
  assert_color (&style.color, &palette.tie_weak);
  q = quality (TRUE, TRUE, KRING_MAP_FREQUENCY_MONTHLY);
  q.trust = 2;
  kring_map_tie_style (&q, &palette, &style);
  assert_color (&style.color, &palette.tie_weak);
  q.trust = 0; /* unknown, not low */
  kring_map_tie_style (&q, &palette, &style);
  assert_color (&style.color, &palette.tie_good);
}

static void
test_tie_dashes_and_widths (void)
{
  static const KringMapFrequency order[] = {
    KRING_MAP_FREQUENCY_WEEKLY, KRING_MAP_FREQUENCY_MONTHLY, KRING_MAP_FREQUENCY_QUARTERLY,
    KRING_MAP_FREQUENCY_YEARLY, KRING_MAP_FREQUENCY_INCIDENTAL,
  };
  KringMapPalette palette;
  KringMapTieStyle style;
  KringMapQuality q = quality (FALSE, TRUE, KRING_MAP_FREQUENCY_MONTHLY);
  double previous = G_MAXDOUBLE, none, unknown;

  kring_map_palette_init_light (&palette);
  kring_map_tie_style (&q, &palette, &style);
  g_assert_nonnull (style.dashes);
  g_assert_cmpint (style.n_dashes, >=, 2);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      q = quality (TRUE, TRUE, order[i]);
      kring_map_tie_style (&q, &palette, &style);
      g_assert_cmpfloat (style.width, <, previous);
      previous = style.width;
    }
  q.frequency = KRING_MAP_FREQUENCY_NONE;
  kring_map_tie_style (&q, &palette, &style);
  none = style.width;
  q.frequency = KRING_MAP_FREQUENCY_UNKNOWN;
  kring_map_tie_style (&q, &palette, &style);
  unknown = style.width;
  g_assert_cmpfloat (none, <=, previous);
  g_assert_cmpfloat (unknown, <=, previous);
}

static void
test_tie_ecomap (void)
{
  KringMapPalette palette;
  KringMapTieStyle strong, weak, stressful;
  KringMapQuality q = { .tie = KRING_MAP_TIE_STRONG };

  kring_map_palette_init_dark (&palette);
  kring_map_tie_style (&q, &palette, &strong);
  q.tie = KRING_MAP_TIE_WEAK;
  kring_map_tie_style (&q, &palette, &weak);
  q.tie = KRING_MAP_TIE_STRESSFUL;
  kring_map_tie_style (&q, &palette, &stressful);
  g_assert_null (strong.dashes);
  g_assert_nonnull (weak.dashes);
  g_assert_cmpfloat (strong.width, >, weak.width);
  assert_color (&stressful.color, &palette.tie_stressful);
}

/* Pixels */

typedef struct
{
  cairo_surface_t *image;
  double           scale;   /* image pixels per page point */
  cairo_matrix_t   map;     /* map units to page points */
} Page;

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->image, cairo_surface_destroy);
}

static void
page_load (Page *page, const KringMapLayout *layout, const char *png)
{
  page->image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (page->image), ==, CAIRO_STATUS_SUCCESS);
  page->scale = cairo_image_surface_get_width (page->image) / PAGE_WIDTH;
  g_assert_cmpfloat_with_epsilon (cairo_image_surface_get_height (page->image) / PAGE_HEIGHT,
                                  page->scale, 0.01);
  kring_map_render_page_matrix (layout, PAGE_WIDTH, PAGE_HEIGHT, &page->map);
}

static KringMapColor
page_pixel (const Page *page, double mx, double my)
{
  const guchar *data = cairo_image_surface_get_data (page->image);
  int stride = cairo_image_surface_get_stride (page->image);
  guint32 pixel;
  int px, py;
  double a;

  cairo_matrix_transform_point (&page->map, &mx, &my);
  px = (int) floor (mx * page->scale);
  py = (int) floor (my * page->scale);
  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (page->image));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (page->image));
  pixel = *(const guint32 *) (data + py * stride + px * 4);
  a = (pixel >> 24) / 255.0;
  g_assert_cmpfloat (a, >, 0.99); /* the page paints its background */
  return (KringMapColor) { ((pixel >> 16) & 0xff) / 255.0, ((pixel >> 8) & 0xff) / 255.0,
                           (pixel & 0xff) / 255.0, a };
}

static gboolean
color_near (const KringMapColor *a, const KringMapColor *b)
{
  return fabs (a->red - b->red) <= COLOR_TOLERANCE && fabs (a->green - b->green) <= COLOR_TOLERANCE
         && fabs (a->blue - b->blue) <= COLOR_TOLERANCE;
}

static double
segment_distance (double px, double py, double x0, double y0, double x1, double y1)
{
  double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (((px - x0) * dx + (py - y0) * dy) / len2, 0, 1) : 0;

  return hypot (px - x0 - t * dx, py - y0 - t * dy);
}

/* Whether (x, y) is clear of every node, label, tie and sector line. */
static gboolean
point_is_clear (const KringMapLayout *layout, double x, double y)
{
  for (guint i = 0; i < layout->places->len; i++)
    {
      const KringMapPlace *p = &g_array_index (layout->places, KringMapPlace, i);
      const KringMapRect *b = &p->label_box;

      if (hypot (x - p->x, y - p->y) < p->radius + 8
          || (x > b->x - 6 && x < b->x + b->width + 6 && y > b->y - 6 && y < b->y + b->height + 6)
          || segment_distance (x, y, 0, 0, p->x, p->y) < 7)
        return FALSE;
    }
  for (guint i = 0; i < layout->sectors->len; i++)
    {
      const KringMapSectorArc *arc = &g_array_index (layout->sectors, KringMapSectorArc, i);

      if (segment_distance (x, y, 0, 0, 2000 * sin (arc->start), -2000 * cos (arc->start)) < 5)
        return FALSE;
    }
  return TRUE;
}

/* A point in the middle of @ring's band that nothing else covers, away from
 * the ring's name at the top. */
static gboolean
find_band_point (const KringMapLayout *layout, int ring, double *x, double *y)
{
  const KringMapBand *band = &layout->bands[ring];
  double r = (band->inner + band->outer) / 2;

  for (guint k = 0; k < 720; k++)
    {
      double angle = G_PI / 4 + k * (2 * G_PI / 720);

      if (fmod (angle, 2 * G_PI) > 7 * G_PI / 4)
        continue;
      *x = r * sin (angle);
      *y = -r * cos (angle);
      if (point_is_clear (layout, *x, *y))
        return TRUE;
    }
  return FALSE;
}

static void
assert_page_colors (const Page *page, const KringMapLayout *layout)
{
  KringMapPalette palette;
  KringMapColor pixel;
  double x = 0, y = 0;

  kring_map_palette_init_light (&palette);
  for (int ring = 0; ring < KRING_MAP_N_RINGS; ring++)
    {
      g_assert_true (find_band_point (layout, ring, &x, &y));
      pixel = page_pixel (page, x, y);
      if (!color_near (&pixel, &palette.ring_fill[ring]))
        g_error ("ring %d at (%.0f, %.0f): pixel %.3f %.3f %.3f, expected %.3f %.3f %.3f", ring,
                 x, y, pixel.red, pixel.green, pixel.blue, palette.ring_fill[ring].red,
                 palette.ring_fill[ring].green, palette.ring_fill[ring].blue);
    }
  /* Below the title, inside the disc. */
  pixel = page_pixel (page, 0, layout->centre_radius * 0.8);
  g_assert_true (color_near (&pixel, &palette.centre_fill));
}

/* The first label box holds dark text pixels (the foreground is near black). */
static void
assert_label_drawn (const Page *page, const KringMapLayout *layout)
{
  guint dark = 0, place_index = 0;
  const KringMapPlace *place;

  for (guint i = 0; i < layout->places->len; i++)
    {
      place = &g_array_index (layout->places, KringMapPlace, i);
      if (place->ring == 1 && place->label != NULL && !place->is_cluster)
        {
          place_index = i;
          break;
        }
    }
  place = &g_array_index (layout->places, KringMapPlace, place_index);
  g_assert_cmpfloat (place->label_box.width, >, 0);
  for (double fy = 0.1; fy < 0.95; fy += 0.05)
    for (double fx = 0.02; fx < 1.0; fx += 0.02)
      {
        KringMapColor c = page_pixel (page, place->label_box.x + fx * place->label_box.width,
                                      place->label_box.y + fy * place->label_box.height);

        dark += (0.3 * c.red + 0.59 * c.green + 0.11 * c.blue) < 0.4;
      }
  g_assert_cmpuint (dark, >=, 5);
}

static void
check_page (const KringMapLayout *layout, const char *png)
{
  Page page = { 0 };

  page_load (&page, layout, png);
  assert_page_colors (&page, layout);
  assert_label_drawn (&page, layout);
  page_clear (&page);
}

static gboolean
run_tool (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return TRUE;
}

static gboolean
export_to (const KringMapLayout *layout, const char *dir, const char *name, char **path_out)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  if (!kring_map_export (layout, "Wijkteam Noord", "22 november 2026", file, &error))
    g_error ("export %s: %s", name, error->message);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  *path_out = g_steal_pointer (&path);
  return TRUE;
}

static void
test_export_png (void)
{
  g_autoptr (KringMapLayout) layout = build_layout ();
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *png = NULL;
  cairo_surface_t *image;

  export_to (layout, dir, "kaart.PNG", &png);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 2480);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1754);
  cairo_surface_destroy (image);
  check_page (layout, png);
}

static void
test_export_svg (void)
{
  g_autoptr (KringMapLayout) layout = build_layout ();
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *svg = NULL;
  g_autofree char *png = g_build_filename (dir, "svg.png", NULL);
  g_autofree char *tool = g_find_program_in_path ("rsvg-convert");

  if (tool == NULL)
    {
      g_test_skip ("rsvg-convert is not installed");
      return;
    }
  export_to (layout, dir, "kaart.svg", &svg);
  g_assert_true (kring_test_file_contains (svg, "<svg"));
  run_tool ((const char *const[]) { tool, "-o", png, svg, NULL });
  check_page (layout, png);
}

static void
test_export_pdf (void)
{
  g_autoptr (KringMapLayout) layout = build_layout ();
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *pdf = NULL;
  g_autofree char *prefix = g_build_filename (dir, "pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "pdf.png", NULL);
  g_autofree char *tool = g_find_program_in_path ("pdftoppm");

  if (tool == NULL)
    {
      g_test_skip ("pdftoppm is not installed");
      return;
    }
  export_to (layout, dir, "kaart.pdf", &pdf);
  g_assert_true (kring_test_file_contains (pdf, "%PDF-"));
  run_tool ((const char *const[]) { tool, "-png", "-r", "144", "-singlefile", pdf, prefix, NULL });
  check_page (layout, png);
}

/* Failures */

static void
test_export_unknown_extension (void)
{
  g_autoptr (KringMapLayout) layout = build_layout ();
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "kaart.jpg", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "keep me", -1, NULL));
  g_assert_false (kring_map_export (layout, "T", "vandaag", file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "kaart.jpg"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");
}

static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* A "folder" that is a plain file: fails for every user, root included. */
static void
assert_fails_under_a_file (const KringMapLayout *layout, const char *dir)
{
  g_autofree char *plain = g_build_filename (dir, "plain", NULL);
  g_autofree char *path = g_build_filename (plain, "kaart.svg", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (plain, "plain", -1, NULL));
  g_assert_false (kring_map_export (layout, "T", "vandaag", file, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_assert_true (g_file_get_contents (plain, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "plain");
}

static void
test_export_bad_directory (void)
{
  g_autoptr (KringMapLayout) layout = build_layout ();
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "kaart.png", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked", NULL);
  g_autofree char *inside = g_build_filename (locked, "kaart.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (missing);
  g_autoptr (GFile) locked_file = g_file_new_for_path (inside);
  g_autoptr (GError) error = NULL;

  g_assert_false (kring_map_export (layout, "T", "vandaag", file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "kaart.png"));
  g_clear_error (&error);
  assert_fails_under_a_file (layout, dir);
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (access (locked, W_OK) == 0)
    {
      /* root writes anywhere; the missing folder above still fails. */
      g_test_message ("running as root: the read-only case cannot fail");
      return;
    }
  g_assert_false (kring_map_export (layout, "T", "vandaag", locked_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpuint (count_entries (locked), ==, 0);
  g_chmod (locked, 0700);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/map/render/tie-colors", test_tie_colors);
  g_test_add_func ("/map/render/tie-dashes-widths", test_tie_dashes_and_widths);
  g_test_add_func ("/map/render/tie-ecomap", test_tie_ecomap);
  g_test_add_func ("/map/export/png", test_export_png);
  g_test_add_func ("/map/export/svg", test_export_svg);
  g_test_add_func ("/map/export/pdf", test_export_pdf);
  g_test_add_func ("/map/export/unknown-extension", test_export_unknown_extension);
  g_test_add_func ("/map/export/bad-directory", test_export_bad_directory);
  return g_test_run ();
}
