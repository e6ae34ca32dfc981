/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-map-view-private.h"

/*
 * The graph, its layout and the state drawn on top of it (filter, marks,
 * selection), and the public API. Drawing is in kring-map-view-draw.c,
 * pointer and keyboard in kring-map-view-input.c.
 */

G_DEFINE_FINAL_TYPE (KringMapView, kring_map_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_ZOOM, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { NODE_ACTIVATED, NODE_MOVED, NODE_REMOVED, SELECTION_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Places */

const KringMapNode *
kring_map_view_place_node (KringMapView *self, int place)
{
  const KringMapPlace *p;

  if (self->layout == NULL || place < 0 || (guint) place >= self->layout->places->len)
    return NULL;
  p = &g_array_index (self->layout->places, KringMapPlace, place);
  return g_ptr_array_index (self->layout->graph->nodes, p->node);
}

/* Only partners the team placed move between rings: team members belong
 * to the kernteam, and a cluster is not one record. */
gboolean
kring_map_view_is_movable (KringMapView *self, int place)
{
  const KringMapNode *node = kring_map_view_place_node (self, place);

  if (node != NULL && g_strcmp0 (node->table, "network_persons") == 0)
    return TRUE;
  return node != NULL && node->kind == KRING_MAP_NODE_PARTNER && node->ring >= 1
         && (g_strcmp0 (node->table, "organizations") == 0
             || g_strcmp0 (node->table, "services") == 0);
}

/* The rings a movable node may go to: a team's partner anywhere outside the
 * kernteam; a household's network person among its own three rings (close,
 * wider, professionals), never the organisations' ring. */
gboolean
kring_map_view_accepts_ring (KringMapView *self, int place, int ring)
{
  const KringMapNode *node = kring_map_view_place_node (self, place);

  if (node == NULL || ring == node->ring)
    return FALSE;
  if (g_strcmp0 (node->table, "network_persons") == 0)
    return ring >= 0 && ring <= 2;
  return ring >= 1 && ring < KRING_MAP_N_RINGS;
}

static int
compare_places (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const KringMapLayout *layout = user_data;
  const KringMapPlace *pa = &g_array_index (layout->places, KringMapPlace, *(const int *) a);
  const KringMapPlace *pb = &g_array_index (layout->places, KringMapPlace, *(const int *) b);

  if (pa->ring != pb->ring)
    return pa->ring < pb->ring ? -1 : 1;
  if (pa->angle != pb->angle)
    return pa->angle < pb->angle ? -1 : 1;
  return *(const int *) a - *(const int *) b;
}

static void
on_node_activate (KringMapNodeWidget *widget, KringMapView *self)
{
  kring_map_view_activate_place (self, kring_map_node_widget_get_place (widget));
}

/* Node widgets, in keyboard order (ring, then angle): the order of the
 * children is the order a screen reader reads them in. */
static void
rebuild_node_widgets (KringMapView *self)
{
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < self->node_widgets->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->node_widgets, i));
  g_ptr_array_set_size (self->node_widgets, 0);
  g_ptr_array_set_size (self->by_place, 0);
  if (self->layout == NULL)
    return;
  for (int i = 0; i < (int) self->layout->places->len; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_places, self->layout);
  g_ptr_array_set_size (self->by_place, self->layout->places->len);
  for (guint i = 0; i < order->len; i++)
    {
      int place = g_array_index (order, int, i);
      GtkWidget *widget = kring_map_node_widget_new (self->layout, place);

      g_signal_connect_object (widget, "activate", G_CALLBACK (on_node_activate), self, 0);

      gtk_widget_set_parent (widget, GTK_WIDGET (self));
      g_ptr_array_add (self->node_widgets, widget);
      g_ptr_array_index (self->by_place, place) = widget;
    }
}

/* State: filter, marks, selection */

int
kring_map_view_selected_place (KringMapView *self)
{
  if (self->selected == NULL || self->layout == NULL)
    return -1;
  return kring_map_layout_find (self->layout, self->selected);
}

/* The place a graph node is drawn at: its own, or its cluster's. */
static int
place_of_node (KringMapView *self, guint node, const int *own)
{
  gpointer cluster;

  if (own[node] >= 0)
    return own[node];
  if (self->layout->hidden != NULL
      && g_hash_table_lookup_extended (self->layout->hidden, GUINT_TO_POINTER (node), NULL,
                                       &cluster))
    return GPOINTER_TO_INT (cluster);
  return -1;
}

/* With a filter, a place matches when one of its nodes does (a cluster
 * matches when any of its members does); the others are dimmed. */
static void
apply_filter (KringMapView *self)
{
  const KringMapLayout *layout = self->layout;
  g_autofree int *own = g_new (int, layout->graph->nodes->len);

  for (guint i = 0; i < layout->graph->nodes->len; i++)
    own[i] = -1;
  for (guint i = 0; i < layout->places->len; i++)
    {
      const KringMapPlace *p = &g_array_index (layout->places, KringMapPlace, i);

      if (!p->is_cluster)
        own[p->node] = (int) i;
    }
  for (guint i = 0; i < layout->graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (layout->graph->nodes, i);
      int place = place_of_node (self, i, own);

      if (node->kind != KRING_MAP_NODE_CLUSTER && place >= 0
          && self->filter (node, self->filter_data))
        g_hash_table_add (self->marked, GINT_TO_POINTER (place));
    }
  for (guint i = 0; i < layout->places->len; i++)
    if (!g_hash_table_contains (self->marked, GINT_TO_POINTER (i)))
      g_hash_table_add (self->dimmed, GINT_TO_POINTER (i));
}

static void
update_state (KringMapView *self)
{
  GHashTableIter iter;
  gpointer id;

  g_hash_table_remove_all (self->dimmed);
  g_hash_table_remove_all (self->marked);
  if (self->layout == NULL)
    return;
  if (self->filter != NULL)
    apply_filter (self);
  if (self->marked_ids != NULL)
    {
      g_hash_table_iter_init (&iter, self->marked_ids);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        {
          int place = kring_map_layout_find (self->layout, id);

          if (place >= 0)
            g_hash_table_add (self->marked, GINT_TO_POINTER (place));
        }
    }
  kring_map_view_invalidate (self);
}

/* Layout */

static GtkWidget *
focused_node (KringMapView *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));

  return KRING_IS_MAP_NODE_WIDGET (focus) ? focus : NULL;
}

static KringMapLayout *
compute_layout (KringMapView *self)
{
  KringMapLayoutOptions options;

  kring_map_layout_options_init (&options);
  kring_map_view_measure_options (self, &options);
  options.expanded = self->expanded;
  options.expand_all = self->expand_all;
  return kring_map_layout_compute (self->graph, &options);
}

/* Lays the graph out again (after a cluster opened, the zoom crossed the
 * threshold, the font changed), keeping the scale on screen and the focus
 * on the same node. */
void
kring_map_view_relayout (KringMapView *self)
{
  GtkWidget *focus = focused_node (self);
  g_autofree char *focus_id = NULL;
  double scale = kring_map_view_scale (self);

  if (focus != NULL)
    focus_id = g_strdup (kring_map_node_widget_get_id (KRING_MAP_NODE_WIDGET (focus)));
  g_clear_pointer (&self->layout, kring_map_layout_free);
  if (self->graph != NULL)
    self->layout = compute_layout (self);
  if (!self->fitted && self->width > 0 && self->layout != NULL)
    {
      self->zoom = scale / kring_map_view_fit_scale (self);
      kring_map_view_notify_zoom (self);
    }
  rebuild_node_widgets (self);
  update_state (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  if (focus_id != NULL && self->layout != NULL)
    {
      GtkWidget *widget = kring_map_view_get_node_widget (self, focus_id);

      if (widget != NULL)
        gtk_widget_grab_focus (widget);
    }
}

/* The first node widget (in keyboard order) of @cluster's members. */
static GtkWidget *
first_member (KringMapView *self, const KringMapNode *cluster)
{
  for (guint i = 0; i < self->node_widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->node_widgets, i);
      const KringMapNode *node = kring_map_view_place_node (
          self, kring_map_node_widget_get_place (KRING_MAP_NODE_WIDGET (widget)));

      if (node->kind != KRING_MAP_NODE_CLUSTER && node->ring == cluster->ring
          && g_strcmp0 (node->sector, cluster->sector) == 0)
        return widget;
    }
  return NULL;
}

void
kring_map_view_expand_cluster (KringMapView *self, int place)
{
  const KringMapNode *cluster = kring_map_view_place_node (self, place);
  g_autofree char *id = NULL;
  g_autofree char *sector = NULL;
  KringMapNode key = { 0 };
  GtkWidget *first;
  gboolean had_focus;

  g_return_if_fail (cluster != NULL && cluster->kind == KRING_MAP_NODE_CLUSTER);

  had_focus = focused_node (self) == g_ptr_array_index (self->by_place, place);
  /* The cluster node goes away with the old layout: keep what we need. */
  key.ring = cluster->ring;
  key.sector = sector = g_strdup (cluster->sector);
  id = g_strdup (cluster->id);
  g_hash_table_add (self->expanded, g_steal_pointer (&id));
  kring_map_view_relayout (self);
  /* Keep the keyboard where it was: on the first of the group's members. */
  first = had_focus ? first_member (self, &key) : NULL;
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* Signals */

void
kring_map_view_select_place (KringMapView *self, int place, gboolean focus)
{
  const KringMapNode *node = kring_map_view_place_node (self, place);

  if (g_strcmp0 (self->selected, node != NULL ? node->id : NULL) != 0)
    {
      g_free (self->selected);
      self->selected = node != NULL ? g_strdup (node->id) : NULL;
      kring_map_view_invalidate (self);
      g_signal_emit (self, signals[SELECTION_CHANGED], 0);
    }
  if (focus && node != NULL)
    gtk_widget_grab_focus (g_ptr_array_index (self->by_place, place));
}

void
kring_map_view_activate_place (KringMapView *self, int place)
{
  const KringMapNode *node = kring_map_view_place_node (self, place);

  if (node == NULL)
    return;
  if (node->kind == KRING_MAP_NODE_CLUSTER)
    {
      kring_map_view_expand_cluster (self, place);
      return;
    }
  kring_map_view_select_place (self, place, FALSE);
  g_signal_emit (self, signals[NODE_ACTIVATED], 0, node->id);
}

void
kring_map_view_emit_moved (KringMapView *self, int place, int new_ring)
{
  const KringMapNode *node = kring_map_view_place_node (self, place);
  g_autofree char *id = NULL;

  g_return_if_fail (kring_map_view_is_movable (self, place));

  /* The handler may well give us a new graph: keep the id alive. */
  id = g_strdup (node->id);
  g_signal_emit (self, signals[NODE_MOVED], 0, id, node->ring, new_ring);
}

void
kring_map_view_emit_removed (KringMapView *self, int place)
{
  const KringMapNode *node = kring_map_view_place_node (self, place);
  g_autofree char *id = NULL;

  g_return_if_fail (kring_map_view_is_movable (self, place));

  id = g_strdup (node->id);
  g_signal_emit (self, signals[NODE_REMOVED], 0, id);
}

/* GObject */

static void
kring_map_view_dispose (GObject *object)
{
  KringMapView *self = KRING_MAP_VIEW (object);

  if (self->node_widgets != NULL)
    for (guint i = 0; i < self->node_widgets->len; i++)
      gtk_widget_unparent (g_ptr_array_index (self->node_widgets, i));
  g_clear_pointer (&self->node_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->by_place, g_ptr_array_unref);
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_clear_handle_id (&self->relayout_idle, g_source_remove);
  g_clear_object (&self->measure_layout);
  if (self->filter_destroy != NULL)
    g_clear_pointer (&self->filter_data, self->filter_destroy);
  self->filter = NULL;
  self->filter_destroy = NULL;
  G_OBJECT_CLASS (kring_map_view_parent_class)->dispose (object);
}

static void
kring_map_view_finalize (GObject *object)
{
  KringMapView *self = KRING_MAP_VIEW (object);

  g_clear_pointer (&self->layout, kring_map_layout_free);
  g_clear_pointer (&self->graph, kring_map_graph_free);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->marked_ids, g_hash_table_unref);
  g_clear_pointer (&self->dimmed, g_hash_table_unref);
  g_clear_pointer (&self->marked, g_hash_table_unref);
  g_free (self->selected);
  g_free (self->font_family);
  G_OBJECT_CLASS (kring_map_view_parent_class)->finalize (object);
}

static void
kring_map_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KringMapView *self = KRING_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, kring_map_view_get_zoom (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_signals (GObjectClass *object_class)
{
  GType type = G_TYPE_FROM_CLASS (object_class);

  signals[NODE_ACTIVATED] = g_signal_new ("node-activated", type, G_SIGNAL_RUN_LAST, 0, NULL,
                                          NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[NODE_MOVED] = g_signal_new ("node-moved", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT, G_TYPE_INT);
  signals[NODE_REMOVED] = g_signal_new ("node-removed", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", type, G_SIGNAL_RUN_LAST, 0,
                                             NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kring_map_view_class_init (KringMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_map_view_dispose;
  object_class->finalize = kring_map_view_finalize;
  object_class->get_property = kring_map_view_get_property;
  /* Relative to the whole map fitting the widget: 1.0 after zoom_fit. */
  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, 0.0, G_MAXDOUBLE, 1.0,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY
                                                   | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  install_signals (object_class);
  kring_map_view_class_init_draw (widget_class);
  kring_map_view_class_init_input (widget_class);
  gtk_widget_class_set_css_name (widget_class, "kring-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kring_map_view_init (KringMapView *self)
{
  self->node_widgets = g_ptr_array_new ();
  self->by_place = g_ptr_array_new ();
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->dimmed = g_hash_table_new (NULL, NULL);
  self->marked = g_hash_table_new (NULL, NULL);
  self->zoom = 1.0;
  self->fitted = TRUE;
  self->drag_place = -1;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  kring_map_view_init_style (self);
  kring_map_view_init_input (self);
}

/* Public API */

GtkWidget *
kring_map_view_new (void)
{
  return g_object_new (KRING_TYPE_MAP_VIEW, NULL);
}

void
kring_map_view_set_graph (KringMapView *self, const KringMapGraph *graph, gboolean keep_view)
{
  g_return_if_fail (KRING_IS_MAP_VIEW (self));

  g_clear_pointer (&self->graph, kring_map_graph_free);
  self->graph = graph != NULL ? kring_map_graph_copy (graph) : NULL;
  if (!keep_view)
    {
      g_hash_table_remove_all (self->expanded);
      self->expand_all = FALSE;
      self->fitted = TRUE;
      self->zoom = 1.0;
    }
  kring_map_view_relayout (self);
  if (self->selected != NULL && kring_map_view_selected_place (self) < 0)
    kring_map_view_select_place (self, -1, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

const KringMapGraph *
kring_map_view_get_graph (KringMapView *self)
{
  g_return_val_if_fail (KRING_IS_MAP_VIEW (self), NULL);
  return self->graph;
}

const KringMapLayout *
kring_map_view_get_layout (KringMapView *self)
{
  g_return_val_if_fail (KRING_IS_MAP_VIEW (self), NULL);
  return self->layout;
}

void
kring_map_view_set_filter (KringMapView      *self,
                           KringMapNodeFilter func,
                           gpointer           user_data,
                           GDestroyNotify     destroy)
{
  g_return_if_fail (KRING_IS_MAP_VIEW (self));

  if (self->filter_destroy != NULL)
    self->filter_destroy (self->filter_data);
  self->filter = func;
  self->filter_data = user_data;
  self->filter_destroy = destroy;
  update_state (self);
}

/* The place of @id, opening the cluster that hides it. */
static int
reveal (KringMapView *self, const char *id)
{
  int place = kring_map_layout_find (self->layout, id);
  const KringMapNode *node = kring_map_view_place_node (self, place);

  if (node != NULL && node->kind == KRING_MAP_NODE_CLUSTER && g_strcmp0 (node->id, id) != 0)
    {
      kring_map_view_expand_cluster (self, place);
      place = kring_map_layout_find (self->layout, id);
    }
  return place;
}

/* Pans just enough to bring @place into view. */
void
kring_map_view_scroll_to_place (KringMapView *self, int place)
{
  const KringMapPlace *p = &g_array_index (self->layout->places, KringMapPlace, place);
  double x, y, margin = 24;

  if (self->width <= 0)
    return;
  kring_map_view_to_widget (self, p->x, p->y, &x, &y);
  if (x >= margin && x <= self->width - margin && y >= margin && y <= self->height - margin)
    return;
  kring_map_view_set_pan (self, self->pan_x + self->width / 2.0 - x,
                          self->pan_y + self->height / 2.0 - y);
}

void
kring_map_view_select (KringMapView *self, const char *id, gboolean focus)
{
  int place = -1;

  g_return_if_fail (KRING_IS_MAP_VIEW (self));

  if (id != NULL && self->layout != NULL)
    place = reveal (self, id);
  kring_map_view_select_place (self, place, focus);
  if (place >= 0)
    kring_map_view_scroll_to_place (self, place);
}

const char *
kring_map_view_get_selected (KringMapView *self)
{
  g_return_val_if_fail (KRING_IS_MAP_VIEW (self), NULL);
  return self->selected;
}

/* Zooms around the pointer when it is over the map, else the middle. */
static void
zoom_by (KringMapView *self, double factor)
{
  double x = self->width / 2.0, y = self->height / 2.0;

  if (self->has_pointer)
    {
      x = self->pointer_x;
      y = self->pointer_y;
    }
  kring_map_view_zoom_at (self, self->zoom * factor, x, y);
}

void
kring_map_view_zoom_in (KringMapView *self)
{
  g_return_if_fail (KRING_IS_MAP_VIEW (self));
  zoom_by (self, KRING_MAP_VIEW_ZOOM_STEP);
}

void
kring_map_view_zoom_out (KringMapView *self)
{
  g_return_if_fail (KRING_IS_MAP_VIEW (self));
  zoom_by (self, 1.0 / KRING_MAP_VIEW_ZOOM_STEP);
}

void
kring_map_view_zoom_fit (KringMapView *self)
{
  g_return_if_fail (KRING_IS_MAP_VIEW (self));

  self->fitted = TRUE;
  self->zoom = 1.0;
  if (self->expand_all)
    {
      self->expand_all = FALSE;
      kring_map_view_relayout (self);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  kring_map_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
kring_map_view_get_zoom (KringMapView *self)
{
  g_return_val_if_fail (KRING_IS_MAP_VIEW (self), 1.0);
  return self->zoom;
}

void
kring_map_view_set_marked (KringMapView *self, GHashTable *ids)
{
  g_return_if_fail (KRING_IS_MAP_VIEW (self));

  g_clear_pointer (&self->marked_ids, g_hash_table_unref);
  if (ids != NULL)
    self->marked_ids = g_hash_table_ref (ids);
  update_state (self);
}

GtkWidget *
kring_map_view_get_node_widget (KringMapView *self, const char *id)
{
  int place;

  g_return_val_if_fail (KRING_IS_MAP_VIEW (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (self->layout == NULL)
    return NULL;
  place = kring_map_layout_find (self->layout, id);
  return place >= 0 ? g_ptr_array_index (self->by_place, place) : NULL;
}

/* For tests */

gboolean
kring_map_view_is_dimmed (KringMapView *self, const char *id)
{
  int place;

  g_return_val_if_fail (KRING_IS_MAP_VIEW (self), FALSE);

  place = self->layout != NULL ? kring_map_layout_find (self->layout, id) : -1;
  return place >= 0 && g_hash_table_contains (self->dimmed, GINT_TO_POINTER (place));
}

void
kring_map_view_notify_zoom (KringMapView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}
