/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include <adwaita.h>
#include <gtk/gtk.h>
#include "kring-map-node-widget.h"
#include "kring-map-view-private.h"

/*
 * The map widget in a real window under Xvfb, on a graph built here: team
 * members, partners in the three outer rings and forty entries of one
 * sector in the sociale kaart (a cluster). Every node is a focusable,
 * labelled button; Tab walks them all in ring order and the arrow keys move
 * between them; activating, dragging to another ring, Delete and clicking
 * a cluster do what the page relies on; a filter dims; zoom changes; and
 * what is drawn has the centre in the centre's colour.
 */

#define N_CLUSTERED 40

typedef struct
{
  GtkWindow    *window;
  KringMapView *view;
  GPtrArray    *activated;   /* ids, in order */
  GPtrArray    *removed;
  char         *moved_id;
  int           moved_from, moved_to;
  guint         n_moved;
  guint         n_selection_changed;
} Fixture;

static KringMapGraph *
build_graph (void)
{
  KringMapGraph *graph = kring_map_graph_new ("Wijkteam Noord", NULL);
  static const char *const members[] = { "Amira (AMW)", "Bram (wijkverpleging)",
                                         "Carla (MEE)", "Dirk (Wmo-consulent)" };
  KringMapNode *node;

  kring_map_graph_add_sector (graph, "zorg", "Zorg");
  kring_map_graph_add_sector (graph, "welzijn", "Welzijn");
  kring_map_graph_add_sector (graph, "wonen", "Wonen");
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *id = g_strdup_printf ("member-%u", i);

      kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "team_members", id, members[i],
                                NULL, 0);
    }
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "huisarts",
                                   "Huisartsenpraktijk De Linde", "zorg", 1);
  node->quality = (KringMapQuality) { .known = TRUE, .has_agreement = TRUE,
                                      .has_fixed_contact = TRUE, .trust = 4,
                                      .frequency = KRING_MAP_FREQUENCY_WEEKLY,
                                      .months_since_contact = 0 };
  kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "corporatie",
                            "Woonstede", "wonen", 1);
  kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "services", "wijkagent",
                            "Wijkagent Noord", NULL, 1);
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "ggz",
                                   "GGZ Marendal", "zorg", 2);
  node->quality = (KringMapQuality) { .known = TRUE, .has_agreement = TRUE,
                                      .months_since_contact = 7 };
  kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "veilig-thuis",
                            "Veilig Thuis", "zorg", 2);
  kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "services", "schuldhulp",
                            "Schuldhulpverlening", "wonen", 2);
  kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", "voedselbank",
                            "Voedselbank", "zorg", 3);
  for (guint i = 0; i < N_CLUSTERED; i++)
    {
      g_autofree char *id = g_strdup_printf ("welzijn-%02u", i);
      g_autofree char *label = g_strdup_printf ("Vereniging %02u", i);

      kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", id, label,
                                "welzijn", 3);
    }
  return graph;
}

static void
on_activated (KringMapView *view, const char *id, Fixture *f)
{
  g_ptr_array_add (f->activated, g_strdup (id));
}

static void
on_removed (KringMapView *view, const char *id, Fixture *f)
{
  g_ptr_array_add (f->removed, g_strdup (id));
}

static void
on_moved (KringMapView *view, const char *id, int from, int to, Fixture *f)
{
  g_free (f->moved_id);
  f->moved_id = g_strdup (id);
  f->moved_from = from;
  f->moved_to = to;
  f->n_moved++;
}

static void
on_selection_changed (KringMapView *view, Fixture *f)
{
  f->n_selection_changed++;
}

/* Iterates the main loop until @done (up to 20 s), then a little more so
 * pending layout and drawing settle. */
static void
wait_until (gboolean (*done) (Fixture *f), Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (f))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
is_shown (Fixture *f)
{
  return gtk_widget_get_mapped (GTK_WIDGET (f->view))
         && gtk_widget_get_width (GTK_WIDGET (f->view)) > 0;
}

static void
on_after_paint (GdkFrameClock *clock, guint *n_paints)
{
  (*n_paints)++;
}

static guint n_paints;

static gboolean
painted (Fixture *f)
{
  return n_paints > 0;
}

/* Waits until the window has been laid out and painted once more. */
static void
wait_for_paint (Fixture *f)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->view));
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &n_paints);

  n_paints = 0;
  gtk_widget_queue_draw (GTK_WIDGET (f->view));
  wait_until (painted, f);
  g_signal_handler_disconnect (clock, id);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = build_graph ();

  f->activated = g_ptr_array_new_with_free_func (g_free);
  f->removed = g_ptr_array_new_with_free_func (g_free);
  f->view = KRING_MAP_VIEW (kring_map_view_new ());
  g_signal_connect (f->view, "node-activated", G_CALLBACK (on_activated), f);
  g_signal_connect (f->view, "node-removed", G_CALLBACK (on_removed), f);
  g_signal_connect (f->view, "node-moved", G_CALLBACK (on_moved), f);
  g_signal_connect (f->view, "selection-changed", G_CALLBACK (on_selection_changed), f);
  kring_map_view_set_graph (f->view, graph, FALSE);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  wait_until (is_shown, f);
  wait_for_paint (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (f->window);
  g_ptr_array_unref (f->activated);
  g_ptr_array_unref (f->removed);
  g_free (f->moved_id);
}

static const KringMapPlace *
place_of (Fixture *f, const char *id)
{
  const KringMapLayout *layout = kring_map_view_get_layout (f->view);
  int place = kring_map_layout_find (layout, id);

  g_assert_cmpint (place, >=, 0);
  return &g_array_index (layout->places, KringMapPlace, place);
}

static guint
count_node_widgets (Fixture *f, guint *n_clusters)
{
  guint n = 0;

  *n_clusters = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (KRING_IS_MAP_NODE_WIDGET (child))
      {
        n++;
        *n_clusters += kring_map_node_widget_is_cluster (KRING_MAP_NODE_WIDGET (child));
      }
  return n;
}

/* The key controller's handler, as a key press on the focused node reaches it. */
static gboolean
press_key (Fixture *f, guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0,
                               &handled);
    }
  return handled;
}

static void
test_nodes_are_labelled_buttons (Fixture *f, gconstpointer data)
{
  const KringMapGraph *graph = kring_map_view_get_graph (f->view);
  const KringMapLayout *layout = kring_map_view_get_layout (f->view);
  guint n_clusters;

  g_assert_cmpuint (count_node_widgets (f, &n_clusters), ==, layout->places->len);
  g_assert_cmpuint (n_clusters, ==, 1);
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (graph->nodes, i);
      GtkWidget *widget = kring_map_view_get_node_widget (f->view, node->id);
      const char *label;

      g_assert_nonnull (widget);
      g_assert_true (gtk_widget_get_focusable (widget));
      g_assert_true (gtk_widget_get_mapped (widget));
      g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget),
                                                   GTK_ACCESSIBLE_ROLE_BUTTON));
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
      label = kring_map_node_widget_get_label (KRING_MAP_NODE_WIDGET (widget));
      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      /* A clustered entry is reached through its cluster's button. */
      if (!kring_map_node_widget_is_cluster (KRING_MAP_NODE_WIDGET (widget)))
        g_assert_nonnull (strstr (label, node->label));
    }
  /* The relationship is spoken, not only drawn. */
  g_assert_cmpuint (strlen (gtk_widget_get_tooltip_text (
                        kring_map_view_get_node_widget (f->view, "huisarts"))),
                    >, strlen ("Huisartsenpraktijk De Linde"));
}

static void
test_tab_reaches_every_node (Fixture *f, gconstpointer data)
{
  const KringMapLayout *layout = kring_map_view_get_layout (f->view);
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  int last_ring = 0;
  guint steps = 0;

  gtk_window_set_focus (f->window, NULL);
  while (gtk_widget_child_focus (GTK_WIDGET (f->view), GTK_DIR_TAB_FORWARD))
    {
      GtkWidget *focus = gtk_window_get_focus (f->window);
      int place;

      g_assert_true (KRING_IS_MAP_NODE_WIDGET (focus));
      place = kring_map_node_widget_get_place (KRING_MAP_NODE_WIDGET (focus));
      /* In ring order: never back inward. */
      g_assert_cmpint (g_array_index (layout->places, KringMapPlace, place).ring, >=, last_ring);
      last_ring = g_array_index (layout->places, KringMapPlace, place).ring;
      g_hash_table_add (seen, focus);
      g_assert_cmpuint (++steps, <=, layout->places->len);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, layout->places->len);
}

static int
focused_ring (Fixture *f)
{
  GtkWidget *focus = gtk_window_get_focus (f->window);

  g_assert_true (KRING_IS_MAP_NODE_WIDGET (focus));
  return kring_map_view_place_node (
             f->view, kring_map_node_widget_get_place (KRING_MAP_NODE_WIDGET (focus)))->ring;
}

static void
test_arrows_move_focus (Fixture *f, gconstpointer data)
{
  GtkWidget *start = kring_map_view_get_node_widget (f->view, "huisarts");
  GtkWidget *focus;

  gtk_widget_grab_focus (start);
  g_assert_true (press_key (f, GDK_KEY_Right));
  focus = gtk_window_get_focus (f->window);
  g_assert_true (focus != start);
  g_assert_cmpint (focused_ring (f), ==, 1);
  g_assert_true (press_key (f, GDK_KEY_Left));
  g_assert_true (gtk_window_get_focus (f->window) == start);
  g_assert_true (press_key (f, GDK_KEY_Down));
  g_assert_cmpint (focused_ring (f), ==, 2);
  g_assert_true (press_key (f, GDK_KEY_Up));
  g_assert_cmpint (focused_ring (f), ==, 1);
}

static void
test_activate (Fixture *f, gconstpointer data)
{
  gtk_widget_activate (kring_map_view_get_node_widget (f->view, "ggz"));
  g_assert_cmpuint (f->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->activated, 0), ==, "ggz");
  g_assert_cmpstr (kring_map_view_get_selected (f->view), ==, "ggz");
  g_assert_cmpuint (f->n_selection_changed, ==, 1);

  /* Enter on the focused node does the same. */
  gtk_widget_grab_focus (kring_map_view_get_node_widget (f->view, "member-1"));
  g_assert_true (press_key (f, GDK_KEY_Return));
  g_assert_cmpuint (f->activated->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (f->activated, 1), ==, "member-1");

  /* A click on a node's disc too. */
  {
    const KringMapPlace *p = place_of (f, "corporatie");
    double x, y;

    kring_map_view_to_widget (f->view, p->x, p->y, &x, &y);
    kring_map_view_click (f->view, x, y);
    g_assert_cmpuint (f->activated->len, ==, 3);
    g_assert_cmpstr (g_ptr_array_index (f->activated, 2), ==, "corporatie");
  }

  /* Escape clears the selection. */
  g_assert_true (press_key (f, GDK_KEY_Escape));
  g_assert_null (kring_map_view_get_selected (f->view));
}

/* A point in the middle of @ring's band at @place's angle, in widget pixels. */
static void
point_in_ring (Fixture *f, const KringMapPlace *p, int ring, double *x, double *y)
{
  const KringMapBand *band = &kring_map_view_get_layout (f->view)->bands[ring];
  double r = (band->inner + band->outer) / 2, d = hypot (p->x, p->y);

  kring_map_view_to_widget (f->view, p->x / d * r, p->y / d * r, x, y);
}

static void
test_drag_to_ring (Fixture *f, gconstpointer data)
{
  const KringMapPlace *p = place_of (f, "huisarts");
  double x, y, to_x, to_y, pan_x;

  kring_map_view_to_widget (f->view, p->x, p->y, &x, &y);
  point_in_ring (f, p, 2, &to_x, &to_y);
  kring_map_view_drag (f->view, x, y, to_x, to_y);
  g_assert_cmpuint (f->n_moved, ==, 1);
  g_assert_cmpstr (f->moved_id, ==, "huisarts");
  g_assert_cmpint (f->moved_from, ==, 1);
  g_assert_cmpint (f->moved_to, ==, 2);

  /* Out to the sociale kaart. */
  point_in_ring (f, p, 3, &to_x, &to_y);
  kring_map_view_drag (f->view, x, y, to_x, to_y);
  g_assert_cmpuint (f->n_moved, ==, 2);
  g_assert_cmpint (f->moved_to, ==, 3);

  /* Team members stay in the kernteam; the drag pans the map instead. */
  p = place_of (f, "member-0");
  kring_map_view_to_widget (f->view, p->x, p->y, &x, &y);
  point_in_ring (f, p, 2, &to_x, &to_y);
  pan_x = f->view->pan_x;
  kring_map_view_drag (f->view, x, y, to_x, to_y);
  g_assert_cmpuint (f->n_moved, ==, 2);
  g_assert_cmpfloat (f->view->pan_x, !=, pan_x);
}

/* On a household's ecomap a person of the network moves between the
 * household's own three rings, never to the organisations' ring; a
 * professional stays put; Delete removes a person. */
static void
test_drag_network_person (Fixture *f, gconstpointer data)
{
  const char *rings[] = { "Dichtbij", "Verder weg", "Professionals", "Organisaties" };
  g_autoptr (KringMapGraph) graph = kring_map_graph_new ("Gezin", rings);
  const KringMapPlace *p;
  double x, y, to_x, to_y;

  kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "network_persons", "buurvrouw",
                            "Buurvrouw", NULL, 1);
  kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "household_professionals", "pro",
                            "Huisarts", NULL, 2);
  kring_map_view_set_graph (f->view, graph, FALSE);
  wait_for_paint (f);
  p = place_of (f, "buurvrouw");
  kring_map_view_to_widget (f->view, p->x, p->y, &x, &y);
  point_in_ring (f, p, 0, &to_x, &to_y);
  kring_map_view_drag (f->view, x, y, to_x, to_y);
  g_assert_cmpuint (f->n_moved, ==, 1);
  g_assert_cmpstr (f->moved_id, ==, "buurvrouw");
  g_assert_cmpint (f->moved_to, ==, 0);
  point_in_ring (f, p, 3, &to_x, &to_y);
  kring_map_view_drag (f->view, x, y, to_x, to_y);
  g_assert_cmpuint (f->n_moved, ==, 1);

  p = place_of (f, "pro");
  kring_map_view_to_widget (f->view, p->x, p->y, &x, &y);
  point_in_ring (f, p, 1, &to_x, &to_y);
  kring_map_view_drag (f->view, x, y, to_x, to_y);
  g_assert_cmpuint (f->n_moved, ==, 1);

  kring_map_view_select (f->view, "buurvrouw", TRUE);
  g_assert_true (press_key (f, GDK_KEY_Delete));
  g_assert_cmpuint (f->removed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->removed, 0), ==, "buurvrouw");
}

static void
test_delete_removes_partner (Fixture *f, gconstpointer data)
{
  gtk_widget_grab_focus (kring_map_view_get_node_widget (f->view, "member-2"));
  g_assert_false (press_key (f, GDK_KEY_Delete));
  g_assert_cmpuint (f->removed->len, ==, 0);
  gtk_widget_grab_focus (kring_map_view_get_node_widget (f->view, "veilig-thuis"));
  g_assert_true (press_key (f, GDK_KEY_Delete));
  g_assert_cmpuint (f->removed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->removed, 0), ==, "veilig-thuis");
}

static void
test_click_expands_cluster (Fixture *f, gconstpointer data)
{
  const KringMapPlace *p = place_of (f, "welzijn-00");
  guint before, after, n_clusters;
  double x, y;

  g_assert_true (p->is_cluster);
  before = count_node_widgets (f, &n_clusters);
  kring_map_view_to_widget (f->view, p->x, p->y, &x, &y);
  kring_map_view_click (f->view, x, y);
  wait_for_paint (f);
  after = count_node_widgets (f, &n_clusters);
  g_assert_cmpuint (after, ==, before - 1 + N_CLUSTERED);
  g_assert_cmpuint (n_clusters, ==, 0);
  g_assert_false (place_of (f, "welzijn-00")->is_cluster);
  g_assert_cmpuint (f->activated->len, ==, 0);
}

static gboolean
only_inner_ring (const KringMapNode *node, gpointer user_data)
{
  return node->ring == 1;
}

static void
test_filter_dims (Fixture *f, gconstpointer data)
{
  g_assert_false (kring_map_view_is_dimmed (f->view, "ggz"));
  kring_map_view_set_filter (f->view, only_inner_ring, NULL, NULL);
  g_assert_true (kring_map_view_is_dimmed (f->view, "ggz"));
  g_assert_true (kring_map_view_is_dimmed (f->view, "member-0"));
  g_assert_true (kring_map_view_is_dimmed (f->view, "welzijn-03"));
  g_assert_false (kring_map_view_is_dimmed (f->view, "huisarts"));
  g_assert_false (kring_map_view_is_dimmed (f->view, "wijkagent"));
  kring_map_view_set_filter (f->view, NULL, NULL, NULL);
  g_assert_false (kring_map_view_is_dimmed (f->view, "ggz"));
}

static void
test_zoom (Fixture *f, gconstpointer data)
{
  guint n_clusters;

  g_assert_cmpfloat_with_epsilon (kring_map_view_get_zoom (f->view), 1.0, 1e-9);
  kring_map_view_zoom_in (f->view);
  g_assert_cmpfloat (kring_map_view_get_zoom (f->view), >, 1.0);
  kring_map_view_zoom_out (f->view);
  kring_map_view_zoom_out (f->view);
  g_assert_cmpfloat (kring_map_view_get_zoom (f->view), <, 1.0);
  kring_map_view_zoom_fit (f->view);
  g_assert_cmpfloat_with_epsilon (kring_map_view_get_zoom (f->view), 1.0, 1e-9);

  /* Far in, the cluster opens by itself; back to fit, it closes. */
  for (guint i = 0; i < 6; i++)
    kring_map_view_zoom_in (f->view);
  g_assert_cmpfloat (kring_map_view_get_zoom (f->view), >, KRING_MAP_VIEW_EXPAND_ZOOM);
  wait_for_paint (f);
  count_node_widgets (f, &n_clusters);
  g_assert_cmpuint (n_clusters, ==, 0);
  g_assert_true (press_key (f, GDK_KEY_0));
  g_assert_cmpfloat_with_epsilon (kring_map_view_get_zoom (f->view), 1.0, 1e-9);
  count_node_widgets (f, &n_clusters);
  g_assert_cmpuint (n_clusters, ==, 1);
}

/* The colour at widget point (@x, @y) of a rendering of the view. */
static void
pixel_at (Fixture *f, double x, double y, guint8 rgba[4])
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (f->view));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (f->view));
  int height = gtk_widget_get_height (GTK_WIDGET (f->view));
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree guint8 *data = g_malloc (width * height * 4);
  guint8 *pixel;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, data, width * 4);
  /* Cairo's ARGB32 in memory: B, G, R, A (premultiplied; opaque here). */
  pixel = data + ((int) y * width + (int) x) * 4;
  rgba[0] = pixel[2];
  rgba[1] = pixel[1];
  rgba[2] = pixel[0];
  rgba[3] = pixel[3];
}

static void
assert_color (const guint8 rgba[4], const KringMapColor *color)
{
  g_assert_cmpint (ABS (rgba[0] - (int) round (color->red * 255)), <=, 3);
  g_assert_cmpint (ABS (rgba[1] - (int) round (color->green * 255)), <=, 3);
  g_assert_cmpint (ABS (rgba[2] - (int) round (color->blue * 255)), <=, 3);
}

static void
test_render (Fixture *f, gconstpointer data)
{
  const KringMapLayout *layout = kring_map_view_get_layout (f->view);
  const KringMapPalette *palette = kring_map_view_get_palette (f->view);
  guint8 rgba[4];
  double x, y;

  /* Inside the team's disc, above its name. */
  kring_map_view_to_widget (f->view, 0, -layout->centre_radius * 0.75, &x, &y);
  pixel_at (f, x, y, rgba);
  assert_color (rgba, &palette->centre_fill);
  /* A corner is background. */
  pixel_at (f, 1, 1, rgba);
  assert_color (rgba, &palette->background);
}

static gboolean
near_box (const KringMapRect *box, double x, double y, double margin)
{
  return x > box->x - margin && x < box->x + box->width + margin && y > box->y - margin
         && y < box->y + box->height + margin;
}

/* A point in the middle of @ring's band with nothing drawn on it or near
 * it (no node, label, tie, sector line or ring name), in map units. */
static void
empty_point_in_ring (Fixture *f, int ring, double *map_x, double *map_y)
{
  const KringMapLayout *layout = kring_map_view_get_layout (f->view);
  const KringMapBand *band = &layout->bands[ring];
  double margin = 6.0 / kring_map_view_scale (f->view), r = (band->inner + band->outer) / 2;

  for (int degrees = 0; degrees < 360; degrees++)
    {
      double a = degrees * G_PI / 180, x = r * sin (a), y = -r * cos (a);
      KringMapHit hit = kring_map_layout_hit (layout, x, y, margin);
      gboolean clear = hit.kind == KRING_MAP_HIT_RING;

      for (guint i = 0; clear && i < layout->sectors->len; i++)
        clear = fabs (remainder (a - g_array_index (layout->sectors, KringMapSectorArc, i).start,
                                 2 * G_PI)) * r > margin;
      for (guint i = 0; clear && i < KRING_MAP_N_RINGS; i++)
        clear = !near_box (&layout->bands[i].name_box, x, y, margin);
      if (clear)
        {
          *map_x = x;
          *map_y = y;
          return;
        }
    }
  g_assert_not_reached ();
}

/* The map is drawn as render nodes: a ring band in its fill, a node's disc
 * in its ring's node colour. Panning moves the picture without building
 * the cached map again. */
static void
test_render_nodes_and_pan (Fixture *f, gconstpointer data)
{
  const KringMapPalette *palette = kring_map_view_get_palette (f->view);
  const KringMapPlace *p = place_of (f, "wijkagent");
  double band_x, band_y, bx, by, nx, ny, pan_x = f->view->pan_x, pan_y = f->view->pan_y;
  guint8 rgba[4];
  guint builds;

  empty_point_in_ring (f, 2, &band_x, &band_y);
  kring_map_view_to_widget (f->view, band_x, band_y, &bx, &by);
  pixel_at (f, bx, by, rgba);
  assert_color (rgba, &palette->ring_fill[2]);
  kring_map_view_to_widget (f->view, p->x, p->y, &nx, &ny);
  pixel_at (f, nx, ny, rgba);
  assert_color (rgba, &palette->node_fill[1]);

  builds = kring_map_view_get_cache_builds (f->view);
  g_assert_cmpuint (builds, >, 0);
  kring_map_view_set_pan (f->view, pan_x + 40, pan_y + 30);
  wait_for_paint (f);
  pixel_at (f, bx + 40, by + 30, rgba);
  assert_color (rgba, &palette->ring_fill[2]);
  pixel_at (f, nx + 40, ny + 30, rgba);
  assert_color (rgba, &palette->node_fill[1]);
  /* Where the node was is now something else. */
  pixel_at (f, nx, ny, rgba);
  g_assert_true (ABS (rgba[0] - (int) round (palette->node_fill[1].red * 255)) > 3
                 || ABS (rgba[1] - (int) round (palette->node_fill[1].green * 255)) > 3
                 || ABS (rgba[2] - (int) round (palette->node_fill[1].blue * 255)) > 3);
  g_assert_cmpuint (kring_map_view_get_cache_builds (f->view), ==, builds);

  /* A drag on the background pans too, still without a rebuild; zooming
   * rebuilds (what is drawn depends on the size on screen). */
  kring_map_view_drag (f->view, bx + 40, by + 30, bx + 10, by + 10);
  wait_for_paint (f);
  g_assert_cmpfloat (f->view->pan_x, !=, pan_x + 40);
  g_assert_cmpuint (kring_map_view_get_cache_builds (f->view), ==, builds);
  kring_map_view_zoom_in (f->view);
  wait_for_paint (f);
  g_assert_cmpuint (kring_map_view_get_cache_builds (f->view), >, builds);
}

/* An ecomap's ties (strong, weak and dashed, stressful as a zigzag) go
 * through the same node builder; a strong tie is solid in the good colour. */
static void
test_render_ecomap (Fixture *f, gconstpointer data)
{
  g_autoptr (KringMapGraph) graph = kring_map_graph_new ("Gezin", NULL);
  static const KringMapTie ties[] = { KRING_MAP_TIE_STRONG, KRING_MAP_TIE_WEAK,
                                      KRING_MAP_TIE_STRESSFUL };
  const KringMapPalette *palette = kring_map_view_get_palette (f->view);
  g_autoptr (KringMapLayout) layout = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  KringMapLayoutOptions options;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  const KringMapPlace *p;
  guint8 data_[200 * 200 * 4], *pixel;
  double d, mid, x, y;

  for (guint i = 0; i < G_N_ELEMENTS (ties); i++)
    {
      g_autofree char *id = g_strdup_printf ("tie-%u", i);

      kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "organizations", id, id, NULL,
                                1)->quality.tie = ties[i];
    }
  kring_map_layout_options_init (&options);
  layout = kring_map_layout_compute (graph, &options);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (100, 100));
  gtk_snapshot_scale (snapshot, 0.5, 0.5);
  kring_map_view_append_map (snapshot, layout, palette, NULL, 0.5);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, 200, 200));
  gdk_texture_download (texture, data_, 200 * 4);
  p = &g_array_index (layout->places, KringMapPlace, kring_map_layout_find (layout, "tie-0"));
  d = hypot (p->x, p->y);
  mid = (layout->centre_radius + d - p->radius) / 2;
  x = 100 + p->x / d * mid * 0.5;
  y = 100 + p->y / d * mid * 0.5;
  pixel = data_ + ((int) y * 200 + (int) x) * 4;
  assert_color ((guint8[4]) { pixel[2], pixel[1], pixel[0], pixel[3] }, &palette->tie_good);
}

/* The colours come from CSS: when the style changes (here to dark, as
 * libadwaita then loads style-dark.css), the map reads them again, and the
 * kring_map_centre given paints the centre. */
static void
test_css_colours (Fixture *f, gconstpointer data)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (f->view));
  const KringMapLayout *layout = kring_map_view_get_layout (f->view);
  const KringMapColor red = { 1.0, 0.0, 0.0, 1.0 };
  guint8 rgba[4];
  double x, y;

  gtk_css_provider_load_from_data (provider, "@define-color kring_map_centre #ff0000;", -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  wait_for_paint (f);
  g_assert_cmpfloat (kring_map_view_get_palette (f->view)->centre_fill.red, ==, 1.0);
  g_assert_cmpfloat (kring_map_view_get_palette (f->view)->centre_fill.green, ==, 0.0);
  kring_map_view_to_widget (f->view, 0, -layout->centre_radius * 0.75, &x, &y);
  pixel_at (f, x, y, rgba);
  assert_color (rgba, &red);
  gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (provider));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static void
test_dark_palette (Fixture *f, gconstpointer data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  KringMapColor light = kring_map_view_get_palette (f->view)->background;
  const KringMapColor *dark;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = &kring_map_view_get_palette (f->view)->background;
  g_assert_true (dark->red != light.red || dark->green != light.green);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_cmpfloat (kring_map_view_get_palette (f->view)->background.red, ==, light.red);
}

int
main (int argc, char **argv)
{
  /* The test accessibility backend keeps what the widgets tell it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
#define ADD(path, func) \
  g_test_add ("/ui/map-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("nodes", test_nodes_are_labelled_buttons);
  ADD ("tab", test_tab_reaches_every_node);
  ADD ("arrows", test_arrows_move_focus);
  ADD ("activate", test_activate);
  ADD ("drag", test_drag_to_ring);
  ADD ("drag-network-person", test_drag_network_person);
  ADD ("delete", test_delete_removes_partner);
  ADD ("cluster", test_click_expands_cluster);
  ADD ("filter", test_filter_dims);
  ADD ("zoom", test_zoom);
  ADD ("render", test_render);
  ADD ("render-nodes", test_render_nodes_and_pan);
  ADD ("render-ecomap", test_render_ecomap);
  ADD ("css", test_css_colours);
  ADD ("dark", test_dark_palette);
#undef ADD
  return g_test_run ();
}
