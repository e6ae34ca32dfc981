/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include "kring-map-view-private.h"

/*
 * Pointer, touch and keyboard on the map: click and Enter activate, drag
 * moves a partner to another ring or pans the background, Ctrl+scroll and
 * pinch zoom, plain scroll pans, Tab and the arrow keys walk the nodes.
 */

/* How far the pointer must move before a press becomes a drag, in pixels. */
#define DRAG_THRESHOLD 8.0
/* Pixels one step of a mouse wheel pans. */
#define SCROLL_STEP 48.0
/* Pointer size for hit-testing, in pixels. */
#define HIT_TOLERANCE 4.0

/* Zoom and pan */

void
kring_map_view_set_pan (KringMapView *self, double pan_x, double pan_y)
{
  if (pan_x == self->pan_x && pan_y == self->pan_y)
    return;
  self->pan_x = pan_x;
  self->pan_y = pan_y;
  self->fitted = FALSE;
  /* The cached map is in map units: a pan only moves it. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Far in, every cluster opens; back out, they close again. */
static void
update_expand_all (KringMapView *self)
{
  gboolean expand = self->expand_all;

  if (self->zoom > KRING_MAP_VIEW_EXPAND_ZOOM)
    expand = TRUE;
  else if (self->zoom < KRING_MAP_VIEW_COLLAPSE_ZOOM)
    expand = FALSE;
  if (expand == self->expand_all)
    return;
  self->expand_all = expand;
  kring_map_view_relayout (self);
}

void
kring_map_view_zoom_at (KringMapView *self, double zoom, double x, double y)
{
  double mx, my, scale;

  zoom = CLAMP (zoom, KRING_MAP_VIEW_MIN_ZOOM, KRING_MAP_VIEW_MAX_ZOOM);
  if (zoom == self->zoom)
    return;
  kring_map_view_to_map (self, x, y, &mx, &my);
  self->zoom = zoom;
  scale = kring_map_view_scale (self);
  self->fitted = FALSE;
  self->pan_x = x - self->width / 2.0 - mx * scale;
  self->pan_y = y - self->height / 2.0 - my * scale;
  update_expand_all (self);
  kring_map_view_invalidate (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  kring_map_view_notify_zoom (self);
}

static void
on_scale_begin (GtkGesture *gesture, GdkEventSequence *sequence, KringMapView *self)
{
  self->gesture_zoom = self->zoom;
}

static void
on_scale_changed (GtkGestureZoom *gesture, double scale, KringMapView *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  kring_map_view_zoom_at (self, self->gesture_zoom * scale, x, y);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller, double dx, double dy, KringMapView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (
      GTK_EVENT_CONTROLLER (controller));
  double step = SCROLL_STEP;

  if (self->layout == NULL)
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    {
      kring_map_view_zoom_at (self, self->zoom * exp (-dy * 0.15), self->pointer_x,
                              self->pointer_y);
      return TRUE;
    }
  /* A touchpad scrolls in pixels already; a wheel in steps. */
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    step = 1.0;
  kring_map_view_set_pan (self, self->pan_x - dx * step, self->pan_y - dy * step);
  return TRUE;
}

static void
on_motion (GtkEventControllerMotion *controller, double x, double y, KringMapView *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
}

static void
on_leave (GtkEventControllerMotion *controller, KringMapView *self)
{
  self->has_pointer = FALSE;
}

/* Clicks */

/* The node or cluster under (@x, @y), on its disc or its label, or -1. */
static int
hit_place (KringMapView *self, double x, double y)
{
  KringMapHit hit;
  double mx, my;

  if (self->layout == NULL)
    return -1;
  kring_map_view_to_map (self, x, y, &mx, &my);
  hit = kring_map_layout_hit (self->layout, mx, my,
                              HIT_TOLERANCE / kring_map_view_scale (self));
  if (hit.kind == KRING_MAP_HIT_NODE || hit.kind == KRING_MAP_HIT_LABEL)
    return hit.place;
  return -1;
}

void
kring_map_view_click (KringMapView *self, double x, double y)
{
  int place = hit_place (self, x, y);

  g_return_if_fail (KRING_IS_MAP_VIEW (self));

  if (place < 0)
    {
      kring_map_view_select_place (self, -1, FALSE);
      return;
    }
  gtk_widget_grab_focus (g_ptr_array_index (self->by_place, place));
  kring_map_view_activate_place (self, place);
}

static void
on_released (GtkGestureClick *gesture, int n_press, double x, double y, KringMapView *self)
{
  /* The first click has activated already; a double click adds nothing. */
  if (n_press == 1)
    kring_map_view_click (self, x, y);
}

/* Dragging: a partner to another ring, or else the whole map */

static void
drag_begin (KringMapView *self, double x, double y)
{
  int place = hit_place (self, x, y);

  self->drag_place = kring_map_view_is_movable (self, place) ? place : -1;
  self->dragging = FALSE;
  self->drag_start_x = self->drag_x = x;
  self->drag_start_y = self->drag_y = y;
  self->pan_start_x = self->pan_x;
  self->pan_start_y = self->pan_y;
}

static void
drag_update (KringMapView *self, double dx, double dy)
{
  if (!self->dragging && hypot (dx, dy) < DRAG_THRESHOLD)
    return;
  self->dragging = TRUE;
  self->drag_x = self->drag_start_x + dx;
  self->drag_y = self->drag_start_y + dy;
  if (self->drag_place >= 0)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  else
    kring_map_view_set_pan (self, self->pan_start_x + dx, self->pan_start_y + dy);
}

/* Dropped on another ring: the page decides (saves, offers Undo) and
 * gives the view the new graph. The kernteam is for team members only. */
static void
drop (KringMapView *self, int place, double x, double y)
{
  double mx, my;
  int ring;

  kring_map_view_to_map (self, x, y, &mx, &my);
  ring = kring_map_layout_ring_at (self->layout, hypot (mx, my));
  if (kring_map_view_accepts_ring (self, place, ring))
    kring_map_view_emit_moved (self, place, ring);
}

static void
drag_end (KringMapView *self, double dx, double dy)
{
  int place = self->drag_place;
  gboolean dragging = self->dragging;

  drag_update (self, dx, dy);
  self->drag_place = -1;
  self->dragging = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (dragging && place >= 0)
    drop (self, place, self->drag_start_x + dx, self->drag_start_y + dy);
}

void
kring_map_view_drag (KringMapView *self, double x, double y, double to_x, double to_y)
{
  g_return_if_fail (KRING_IS_MAP_VIEW (self));

  drag_begin (self, x, y);
  drag_update (self, (to_x - x) / 2, (to_y - y) / 2);
  drag_end (self, to_x - x, to_y - y);
}

static void
on_drag_begin (GtkGestureDrag *gesture, double x, double y, KringMapView *self)
{
  drag_begin (self, x, y);
}

static void
on_drag_update (GtkGestureDrag *gesture, double dx, double dy, KringMapView *self)
{
  drag_update (self, dx, dy);
}

static void
on_drag_end (GtkGestureDrag *gesture, double dx, double dy, KringMapView *self)
{
  drag_end (self, dx, dy);
}

static void
on_drag_cancel (GtkGesture *gesture, GdkEventSequence *sequence, KringMapView *self)
{
  self->drag_place = -1;
  self->dragging = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Keyboard */

static int
focus_index (KringMapView *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  guint index;

  if (focus != NULL && g_ptr_array_find (self->node_widgets, focus, &index))
    return (int) index;
  return -1;
}

static int
focus_place (KringMapView *self)
{
  int index = focus_index (self);

  if (index < 0)
    return -1;
  return kring_map_node_widget_get_place (g_ptr_array_index (self->node_widgets, index));
}

/* Left and right go around a ring, up towards the centre, down outward. */
static int
arrow_step (GtkDirectionType direction)
{
  switch (direction)
    {
    case GTK_DIR_LEFT:
      return -1;
    case GTK_DIR_RIGHT:
      return 1;
    case GTK_DIR_UP:
      return -2;
    case GTK_DIR_DOWN:
      return 2;
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
    default:
      return 0;
    }
}

/* The node widget focus goes to next, or NULL when it leaves the map. */
static GtkWidget *
next_focus (KringMapView *self, GtkDirectionType direction)
{
  int n = (int) self->node_widgets->len, index = focus_index (self), place;

  if (n == 0)
    return NULL;
  if (direction == GTK_DIR_TAB_FORWARD)
    index++;
  else if (direction == GTK_DIR_TAB_BACKWARD)
    index = index < 0 ? n - 1 : index - 1;
  else if (index < 0)
    index = 0;
  else
    {
      place = kring_map_layout_neighbour (self->layout, focus_place (self),
                                          arrow_step (direction));
      return place >= 0 && place != focus_place (self)
                 ? g_ptr_array_index (self->by_place, place) : NULL;
    }
  return index >= 0 && index < n ? g_ptr_array_index (self->node_widgets, index) : NULL;
}

/* Tab follows the layout (ring, then angle), not the geometry of the
 * widgets on screen, which would zigzag across the rings. */
static gboolean
kring_map_view_focus (GtkWidget *widget, GtkDirectionType direction)
{
  GtkWidget *next = next_focus (KRING_MAP_VIEW (widget), direction);

  if (next == NULL)
    return FALSE;
  gtk_widget_grab_focus (next);
  return TRUE;
}

static void
kring_map_view_set_focus_child (GtkWidget *widget, GtkWidget *child)
{
  KringMapView *self = KRING_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->set_focus_child (widget, child);
  /* The keyboard may walk off screen: follow it. */
  if (KRING_IS_MAP_NODE_WIDGET (child))
    kring_map_view_scroll_to_place (self,
                                    kring_map_node_widget_get_place (KRING_MAP_NODE_WIDGET (child)));
}

static gboolean
move_focus (KringMapView *self, GtkDirectionType direction)
{
  GtkWidget *next = next_focus (self, direction);

  if (next != NULL)
    gtk_widget_grab_focus (next);
  /* At the edge of the map the focus stays on the map. */
  return TRUE;
}

/* Zoom keys zoom around the focused node, else the middle. */
static void
zoom_key (KringMapView *self, double factor)
{
  int place = focus_place (self);
  double x = self->width / 2.0, y = self->height / 2.0;

  if (place >= 0)
    {
      const KringMapPlace *p = &g_array_index (self->layout->places, KringMapPlace, place);

      kring_map_view_to_widget (self, p->x, p->y, &x, &y);
    }
  kring_map_view_zoom_at (self, self->zoom * factor, x, y);
}

static gboolean
on_node_key (KringMapView *self, guint keyval)
{
  int place = focus_place (self);

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      if (place >= 0)
        kring_map_view_activate_place (self, place);
      return place >= 0;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      if (!kring_map_view_is_movable (self, place))
        return FALSE;
      kring_map_view_emit_removed (self, place);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->selected == NULL)
        return FALSE;
      kring_map_view_select_place (self, -1, FALSE);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KringMapView          *self)
{
  if (self->layout == NULL || (state & (GDK_ALT_MASK | GDK_SUPER_MASK)))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      zoom_key (self, KRING_MAP_VIEW_ZOOM_STEP);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_underscore:
    case GDK_KEY_KP_Subtract:
      zoom_key (self, 1.0 / KRING_MAP_VIEW_ZOOM_STEP);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      kring_map_view_zoom_fit (self);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return move_focus (self, GTK_DIR_LEFT);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return move_focus (self, GTK_DIR_RIGHT);
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return move_focus (self, GTK_DIR_UP);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return move_focus (self, GTK_DIR_DOWN);
    default:
      return on_node_key (self, keyval);
    }
}

/* Set-up */

static void
add_gestures (KringMapView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (zoom, "begin", G_CALLBACK (on_scale_begin), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
}

void
kring_map_view_init_input (KringMapView *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (
      GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  add_gestures (self);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}

void
kring_map_view_class_init_input (GtkWidgetClass *widget_class)
{
  widget_class->focus = kring_map_view_focus;
  widget_class->set_focus_child = kring_map_view_set_focus_child;
}
