/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-tour.h"
#include "kring-window-private.h"

/*
 * Actions with which a page, a dialog or the tour shows something on
 * another page: a partner on the map (win.show-on-map), a term in the
 * glossary (win.show-term), a household's plan (win.open-household) and
 * the tour itself (win.tour). Pages only name what to show, never reach
 * into each other.
 */

static gboolean
is_main (KringWindow *self)
{
  return g_strcmp0 (kring_window_get_state (self), "main") == 0;
}

static void
show_on_map_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);

  if (!is_main (self))
    return;
  kring_window_set_visible_view_name (self, "map");
  kring_map_page_show_node (self->map_page, g_variant_get_string (param, NULL));
}

static void
show_term_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);

  if (!is_main (self))
    return;
  kring_window_set_visible_view_name (self, "team");
  kring_team_page_show_term (self->team_page, g_variant_get_string (param, NULL));
}

static void
open_household_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);

  if (!is_main (self))
    return;
  kring_window_set_visible_view_name (self, "households");
  kring_households_page_open_household (self->households_page,
                                        g_variant_get_string (param, NULL));
}

static void
tour_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);

  if (!is_main (self))
    return;
  gtk_window_present (GTK_WINDOW (kring_tour_new (GTK_WINDOW (self))));
}

void
kring_window_class_init_navigation (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-on-map", "s", show_on_map_activated);
  gtk_widget_class_install_action (widget_class, "win.show-term", "s", show_term_activated);
  gtk_widget_class_install_action (widget_class, "win.open-household", "s",
                                   open_household_activated);
  gtk_widget_class_install_action (widget_class, "win.tour", NULL, tour_activated);
}

void
kring_window_update_navigation (KringWindow *self)
{
  static const char *const actions[] = {
    "win.show-on-map", "win.show-term", "win.open-household", "win.tour",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], is_main (self));
}
