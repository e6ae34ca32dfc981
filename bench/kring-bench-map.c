/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Map benchmark: layout and drawing of synthetic team maps of 100, 1,000
 * and 10,000 nodes (every node laid out, no clusters) at the scale that
 * fits the whole map into 1366×768, against Graphviz twopi laying out the
 * same graph as the reference. Two ways of drawing are timed:
 *  - the widget's frame: layout plus building the frame's GSK render nodes
 *    (kring_map_view_append_map into a GtkSnapshot), the CPU cost of a
 *    frame; the goal applies to this. Rasterising those nodes is the GSK
 *    renderer's work (on the GPU with GL) and shown for information.
 *  - the export: cairo software rendering into an ARGB32 image, as PNG
 *    export and print do.
 *   kring-bench-map [N …]   (needs a display for the widget's figures)
 * Prints figures and goals; a benchmark, not a test: it exits 0 unless
 * something fails.
 */
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "kring-bench-common.h"
#include "kring-map-render.h"
#include "kring-map-view-private.h"

#define SCREEN_WIDTH 1366
#define SCREEN_HEIGHT 768
#define GOAL_MS 8.0
#define GOAL_NODES 1000

static const char *const sector_names[] = {
  "Zorg", "Welzijn", "Wonen", "Onderwijs", "Werk en inkomen", "Veiligheid", "Jeugd",
  "Gemeente", "Informeel",
};

static const char *const name_parts[] = {
  "Stichting", "Buurthuis", "Vereniging", "Praktijk", "Centrum", "Steunpunt", "Wijkteam",
  "De Linde", "Het Anker", "Noord", "Zuid", "Oost", "West", "Mantelzorg", "Voedselbank",
};

/* CPU time of this thread in ms: on a shared machine the wall clock also
 * counts other programs' turns, the CPU time only the map's own work. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
random_quality (GRand           *rand,
                KringMapQuality *q)
{
  q->known = g_rand_int_range (rand, 0, 4) != 0;
  q->has_agreement = g_rand_boolean (rand);
  q->has_fixed_contact = g_rand_boolean (rand);
  q->knows_personally = g_rand_boolean (rand);
  q->trust = g_rand_int_range (rand, 0, 6);
  q->frequency = g_rand_int_range (rand, 0, KRING_MAP_FREQUENCY_NONE + 1);
  q->months_since_contact = g_rand_int_range (rand, -1, 12);
}

/* Eight members, 5% inner ring, 10% outer ring, the rest the sociale kaart;
 * a third of the partners have a recorded relationship. */
static KringMapGraph *
make_graph (guint n_nodes)
{
  KringMapGraph *graph = kring_map_graph_new ("Wijkteam Noord", NULL);
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261122);

  for (guint i = 0; i < G_N_ELEMENTS (sector_names); i++)
    kring_map_graph_add_sector (graph, sector_names[i], sector_names[i]);
  for (guint i = 0; i < n_nodes; i++)
    {
      g_autofree char *id = g_strdup_printf ("node-%u", i);
      g_autofree char *label = g_strdup_printf (
        "%s %s %u", name_parts[g_rand_int_range (rand, 0, 7)],
        name_parts[g_rand_int_range (rand, 7, G_N_ELEMENTS (name_parts))], i);
      int ring = i < 8 ? 0 : i % 20 == 0 ? 1 : i % 10 == 0 ? 2 : 3;
      KringMapNode *node = kring_map_graph_add_node (
        graph, ring == 0 ? KRING_MAP_NODE_MEMBER : KRING_MAP_NODE_PARTNER,
        ring == 0 ? "team_members" : "organizations", id, label,
        sector_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (sector_names))], ring);

      if (ring > 0 && (ring < 3 || g_rand_int_range (rand, 0, 3) == 0))
        random_quality (rand, &node->quality);
    }
  return graph;
}

static void
render_frame (cairo_surface_t       *surface,
              const KringMapLayout  *layout,
              const KringMapPalette *palette)
{
  cairo_t *cr = cairo_create (surface);
  const KringMapRect *b = &layout->bounds;
  double scale = MIN (SCREEN_WIDTH / b->width, SCREEN_HEIGHT / b->height);

  cairo_set_source_rgb (cr, palette->background.red, palette->background.green,
                        palette->background.blue);
  cairo_paint (cr);
  cairo_translate (cr, SCREEN_WIDTH / 2.0, SCREEN_HEIGHT / 2.0);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -(b->x + b->width / 2), -(b->y + b->height / 2));
  kring_map_render (cr, layout, palette, NULL);
  cairo_destroy (cr);
}

typedef struct
{
  GArray *layout;   /* CPU ms per frame */
  GArray *render;
  GArray *total;
  GArray *wall;     /* wall-clock ms per frame, layout and render */
} Timings;

static void
time_frames (const KringMapGraph *graph,
             guint                n_frames,
             Timings             *t)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SCREEN_WIDTH,
                                                         SCREEN_HEIGHT);
  KringMapLayoutOptions options;
  KringMapPalette palette;

  kring_map_layout_options_init (&options);
  options.expand_all = TRUE;
  kring_map_palette_init_light (&palette);
  for (guint i = 0; i < n_frames; i++)
    {
      double wall = kring_bench_now (), start = cpu_now (), laid_out, drawn;
      g_autoptr (KringMapLayout) layout = kring_map_layout_compute (graph, &options);

      laid_out = cpu_now ();
      render_frame (surface, layout, &palette);
      cairo_surface_flush (surface);
      drawn = cpu_now ();
      g_array_append_vals (t->wall, &(double) { kring_bench_now () - wall }, 1);
      g_array_append_vals (t->layout, &(double) { laid_out - start }, 1);
      g_array_append_vals (t->render, &(double) { drawn - laid_out }, 1);
      g_array_append_vals (t->total, &(double) { drawn - start }, 1);
    }
  cairo_surface_destroy (surface);
}

/* The widget's frame */

typedef struct
{
  GArray      *snapshot;  /* CPU ms to build the render nodes */
  GArray      *frame;     /* CPU ms for layout and nodes together */
  GArray      *raster;    /* wall-clock ms for the renderer to rasterise them */
  GskRenderer *renderer;  /* NULL without a display */
} WidgetTimings;

/* The frame as the widget builds it: background, then the map in map
 * units under the view's transform. */
static GskRenderNode *
snapshot_frame (const KringMapLayout  *layout,
                const KringMapPalette *palette)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  const KringMapRect *b = &layout->bounds;
  double scale = MIN (SCREEN_WIDTH / b->width, SCREEN_HEIGHT / b->height);
  GdkRGBA background = { palette->background.red, palette->background.green,
                         palette->background.blue, 1.0 };

  gtk_snapshot_append_color (snapshot, &background,
                             &GRAPHENE_RECT_INIT (0, 0, SCREEN_WIDTH, SCREEN_HEIGHT));
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (SCREEN_WIDTH / 2.0,
                                                          SCREEN_HEIGHT / 2.0));
  gtk_snapshot_scale (snapshot, scale, scale);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-(b->x + b->width / 2),
                                                          -(b->y + b->height / 2)));
  kring_map_view_append_map (snapshot, layout, palette, NULL, scale);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
time_raster (GskRenderer   *renderer,
             GskRenderNode *node,
             WidgetTimings *t)
{
  double start = kring_bench_now ();
  g_autoptr (GdkTexture) texture = NULL;

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, SCREEN_WIDTH, SCREEN_HEIGHT));
  g_array_append_vals (t->raster, &(double) { kring_bench_now () - start }, 1);
}

static void
time_widget_frames (const KringMapGraph *graph,
                    guint                n_frames,
                    WidgetTimings       *t)
{
  KringMapLayoutOptions options;
  KringMapPalette palette;

  kring_map_layout_options_init (&options);
  options.expand_all = TRUE;
  kring_map_palette_init_light (&palette);
  for (guint i = 0; i < n_frames; i++)
    {
      double start = cpu_now (), laid_out, built;
      g_autoptr (KringMapLayout) layout = kring_map_layout_compute (graph, &options);
      g_autoptr (GskRenderNode) node = NULL;

      laid_out = cpu_now ();
      node = snapshot_frame (layout, &palette);
      built = cpu_now ();
      g_array_append_vals (t->snapshot, &(double) { built - laid_out }, 1);
      g_array_append_vals (t->frame, &(double) { built - start }, 1);
      time_raster (t->renderer, node, t);
    }
}

/* The display's own renderer, as a window on it would get (GL where there
 * is GL, else cairo); NULL without a display. */
static GskRenderer *
display_renderer (void)
{
  static GskRenderer *renderer;
  GdkSurface *surface;
  g_autoptr (GError) error = NULL;

  if (renderer != NULL || !gtk_init_check ())
    return renderer;
  surface = gdk_surface_new_toplevel (gdk_display_get_default ());
  renderer = gsk_renderer_new_for_surface (surface);
  if (renderer == NULL)
    g_error ("no renderer for the display");
  return renderer;
}

/* The widget frame's median CPU ms, or -1 without a display. */
static double
bench_widget (const KringMapGraph *graph,
              guint                n_frames)
{
  WidgetTimings t = { g_array_new (FALSE, FALSE, sizeof (double)),
                      g_array_new (FALSE, FALSE, sizeof (double)),
                      g_array_new (FALSE, FALSE, sizeof (double)), display_renderer () };
  double frame = -1;

  if (t.renderer == NULL)
    g_print ("        widget frame: no display, not measured (run through kring-session.sh "
             "--display)\n");
  else
    {
      time_widget_frames (graph, 3, &t); /* warm up fonts, glyph and label caches */
      g_array_set_size (t.snapshot, 0);
      g_array_set_size (t.frame, 0);
      g_array_set_size (t.raster, 0);
      time_widget_frames (graph, n_frames, &t);
      frame = kring_bench_percentile (t.frame, 0.5);
      g_print ("        widget frame, layout + snapshot (the widget's per-frame CPU cost): "
               "%7.2f ms (p95 %7.2f); of which snapshot %7.2f ms (p95 %7.2f)\n", frame,
               kring_bench_percentile (t.frame, 0.95), kring_bench_percentile (t.snapshot, 0.5),
               kring_bench_percentile (t.snapshot, 0.95));
      g_print ("        (informational) %s rasterises that frame to a texture in %7.2f ms "
               "(p95 %7.2f) wall clock\n", G_OBJECT_TYPE_NAME (t.renderer),
               kring_bench_percentile (t.raster, 0.5), kring_bench_percentile (t.raster, 0.95));
    }
  g_array_unref (t.snapshot);
  g_array_unref (t.frame);
  g_array_unref (t.raster);
  return frame;
}

/* The reference */

/* The same graph for Graphviz: the team at the root, a tie to every node. */
static char *
write_dot (const KringMapGraph *graph)
{
  g_autoptr (GString) dot = g_string_new ("graph map {\n  root=team;\n  team [label=\"");
  g_autoptr (GError) error = NULL;
  char *path = NULL;
  int fd;

  g_string_append_printf (dot, "%s\"];\n", graph->title);
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (graph->nodes, i);

      g_string_append_printf (dot, "  n%u [label=\"%s\"];\n  team -- n%u;\n", i, node->label, i);
    }
  g_string_append (dot, "}\n");
  fd = g_file_open_tmp ("kring-bench-map-XXXXXX.dot", &path, &error);
  if (fd < 0)
    g_error ("%s", error->message);
  close (fd);
  if (!g_file_set_contents (path, dot->str, (gssize) dot->len, &error))
    g_error ("%s", error->message);
  return path;
}

static double
children_cpu_now (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* CPU milliseconds for twopi to lay the graph out (and start), the best of
 * @runs; -1 if Graphviz is not installed. */
static double
time_twopi (const KringMapGraph *graph,
            guint                runs)
{
  g_autofree char *twopi = g_find_program_in_path ("twopi");
  g_autofree char *dot = NULL;
  double best = G_MAXDOUBLE;

  if (twopi == NULL)
    return -1;
  dot = write_dot (graph);
  for (guint i = 0; i < runs; i++)
    {
      const char *argv[] = { twopi, "-Tplain", "-o", "/dev/null", dot, NULL };
      g_autoptr (GError) error = NULL;
      double start = children_cpu_now ();
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                         NULL, NULL, &status, &error)
          || !g_spawn_check_wait_status (status, &error))
        g_error ("twopi: %s", error->message);
      best = MIN (best, children_cpu_now () - start);
    }
  g_unlink (dot);
  return best;
}

/* The cairo export render's median CPU ms, layout included. */
static double
bench_export (const KringMapGraph *graph,
              guint                n_frames)
{
  Timings t = { g_array_new (FALSE, FALSE, sizeof (double)),
                g_array_new (FALSE, FALSE, sizeof (double)),
                g_array_new (FALSE, FALSE, sizeof (double)),
                g_array_new (FALSE, FALSE, sizeof (double)) };
  double total;

  time_frames (graph, 3, &t); /* warm up fonts and caches */
  g_array_set_size (t.layout, 0);
  g_array_set_size (t.render, 0);
  g_array_set_size (t.total, 0);
  g_array_set_size (t.wall, 0);
  time_frames (graph, n_frames, &t);
  total = kring_bench_percentile (t.total, 0.5);
  g_print ("        cairo export render (ARGB32 image): layout %7.2f ms (p95 %7.2f), render "
           "%7.2f ms (p95 %7.2f), together %7.2f ms (p95 %7.2f) CPU; wall clock %7.2f ms "
           "(p95 %7.2f)\n", kring_bench_percentile (t.layout, 0.5), kring_bench_percentile (t.layout, 0.95),
           kring_bench_percentile (t.render, 0.5), kring_bench_percentile (t.render, 0.95), total,
           kring_bench_percentile (t.total, 0.95), kring_bench_percentile (t.wall, 0.5), kring_bench_percentile (t.wall, 0.95));
  g_array_unref (t.layout);
  g_array_unref (t.render);
  g_array_unref (t.total);
  g_array_unref (t.wall);
  return total;
}

static void
print_reference (guint  n_nodes,
                 double widget,
                 double export,
                 double twopi)
{
  if (twopi < 0)
    g_print ("        twopi not found (install graphviz for the reference)\n");
  else if (widget > 0)
    g_print ("        twopi -Tplain %9.2f ms CPU: the widget frame (layout + snapshot) is %.1fx "
             "faster; the cairo export render %.1fx\n", twopi, twopi / widget, twopi / export);
  else
    g_print ("        twopi -Tplain %9.2f ms CPU: the cairo export render is %.1fx faster\n",
             twopi, twopi / export);
  if (n_nodes != GOAL_NODES)
    return;
  if (widget < 0)
    g_print ("        goal (layout + snapshot < %.0f ms and faster than twopi): not measured, "
             "no display\n", GOAL_MS);
  else
    g_print ("        goal (layout + snapshot < %.0f ms per frame and faster than twopi): %s\n",
             GOAL_MS, widget < GOAL_MS && (twopi < 0 || widget < twopi) ? "met" : "MISSED");
}

static void
bench_size (guint n_nodes)
{
  g_autoptr (KringMapGraph) graph = make_graph (n_nodes);
  guint n_frames = n_nodes >= 10000 ? 15 : n_nodes >= 1000 ? 60 : 200;
  double widget, export;

  g_print ("%6u nodes, %3u frames:\n", n_nodes, n_frames);
  widget = bench_widget (graph, n_frames);
  export = bench_export (graph, n_frames);
  print_reference (n_nodes, widget, export, time_twopi (graph, n_nodes >= 10000 ? 1 : 3));
}

int
main (int argc, char **argv)
{
  static const guint default_sizes[] = { 100, 1000, 10000 };

  g_print ("Map layout and drawing, %dx%d at the scale that fits the map. The goal applies "
           "to the widget frame: layout + snapshot, the widget's per-frame CPU cost.\n",
           SCREEN_WIDTH, SCREEN_HEIGHT);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      bench_size ((guint) g_ascii_strtoull (argv[i], NULL, 10));
  else
    for (guint i = 0; i < G_N_ELEMENTS (default_sizes); i++)
      bench_size (default_sizes[i]);
  return 0;
}
