/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "kring-map-layout.h"

G_BEGIN_DECLS

/*
 * One node or cluster of the map as a widget: it draws nothing of the node
 * itself (the map's renderer does, exactly as in the export) but is the
 * focus and hover target on top of it, with an accessible name, a tooltip
 * and a visible focus ring. Activating it (Enter, or gtk_widget_activate)
 * emits "activate".
 */

#define KRING_TYPE_MAP_NODE_WIDGET (kring_map_node_widget_get_type ())
G_DECLARE_FINAL_TYPE (KringMapNodeWidget, kring_map_node_widget, KRING, MAP_NODE_WIDGET,
                      GtkWidget)

GtkWidget  *kring_map_node_widget_new         (const KringMapLayout *layout,
                                               int                   place);
const char *kring_map_node_widget_get_id      (KringMapNodeWidget   *self);
int         kring_map_node_widget_get_place   (KringMapNodeWidget   *self);
gboolean    kring_map_node_widget_is_cluster  (KringMapNodeWidget   *self);
/* The accessible name, e.g. "GGZ Marendal, Buitenring, agreement: yes, fixed
 * contact: no" (translated). */
const char *kring_map_node_widget_get_label   (KringMapNodeWidget   *self);

/* The words for a place, shared with tests. */
char       *kring_map_node_describe           (const KringMapLayout *layout,
                                               int                   place);
char       *kring_map_node_tooltip            (const KringMapLayout *layout,
                                               int                   place);

G_END_DECLS
