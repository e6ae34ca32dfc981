/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-map-graph.h"
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * The saved versions of a team's map, compared: the user picks two of them
 * (or one and "Now", the map as it is) and sees them side by side or
 * overlaid (the changed partners marked), with the list of changes: added,
 * taken out, moved to another ring, qualities changed.
 */
#define KRING_TYPE_MAP_COMPARE (kring_map_compare_get_type ())
G_DECLARE_FINAL_TYPE (KringMapCompare, kring_map_compare, KRING, MAP_COMPARE, AdwWindow)

/* @current: the map as it is now (copied). */
KringMapCompare *kring_map_compare_new         (GtkWindow           *parent,
                                                KringStore          *store,
                                                const char          *team_id,
                                                const KringMapGraph *current);
/* Whether the versions are still being read. */
gboolean         kring_map_compare_is_loading  (KringMapCompare     *self);
/* Compares the versions with ids @before_id and @after_id (NULL: now);
 * FALSE when one of them is not in the list. */
gboolean         kring_map_compare_select      (KringMapCompare     *self,
                                                const char          *before_id,
                                                const char          *after_id);
/* The changes shown (KringMapChange), or NULL. */
GPtrArray       *kring_map_compare_get_changes (KringMapCompare     *self);
/* TRUE: one map with the changes marked; FALSE: side by side. */
void             kring_map_compare_set_overlay (KringMapCompare     *self,
                                                gboolean             overlay);

/* Lists @changes (KringMapChange of kring_map_diff()) in @list with an icon
 * per kind, and their number in @count ("Geen verschillen" for none); the
 * household's ecogram versions use it too. */
void kring_map_compare_fill_changes (GtkListBox *list,
                                     GtkLabel   *count,
                                     GPtrArray  *changes);

G_END_DECLS
