/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-map-graph.h"
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * The side panel of the map page: one node of the map. For a partner its
 * name, organisation, contact persons (the team's vaste contactpersoon
 * marked), phones and e-mail (click to copy), its ring and the team's
 * relationship with it, editable and saved at once (a relationships row is
 * made when there is none yet). For a team member their discipline, home
 * organisation, phone and e-mail. Emits "changed" after it saved an edit.
 *
 * Its buttons use the page's actions map.open-directory and map.remove-node.
 */
#define KRING_TYPE_MAP_PANEL (kring_map_panel_get_type ())
G_DECLARE_FINAL_TYPE (KringMapPanel, kring_map_panel, KRING, MAP_PANEL, AdwBin)

void        kring_map_panel_set_store (KringMapPanel      *self,
                                       KringStore         *store);
/* Shows @node of the map of @team_id; @ring_name names the ring it is in. */
void        kring_map_panel_show      (KringMapPanel      *self,
                                       const char         *team_id,
                                       const KringMapNode *node,
                                       const char         *ring_name);
/* Names the ring the node shown is in now (after a move). */
void        kring_map_panel_set_ring_name (KringMapPanel  *self,
                                           const char     *ring_name);
/* Drops everything the panel shows. */
void        kring_map_panel_clear     (KringMapPanel      *self);
/* The id of the node shown, or NULL. */
const char *kring_map_panel_get_id    (KringMapPanel      *self);
/* The organisation the panel shows (a partner's, or a member's home), or NULL. */
const char *kring_map_panel_get_organization_id (KringMapPanel *self);
/* Whether the panel is still reading the store. */
gboolean    kring_map_panel_is_loading (KringMapPanel     *self);

G_END_DECLS
