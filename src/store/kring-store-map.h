/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"
#include "kring-map-graph.h"

G_BEGIN_DECLS

/*
 * The ecosystem map's data in the store: one team's graph (members in ring
 * 0, placed partners in rings 1–3, every other organisation of the sociale
 * kaart in ring 3), moving a partner to another ring, and the saved
 * versions (map_snapshots). All on the store's worker thread.
 */

typedef enum
{
  KRING_MAP_SECTORS_LIFE_DOMAIN,
  KRING_MAP_SECTORS_SECTOR,
} KringMapSectorMode;

/* @team_id NULL: the first team by name. @mode: how sectors are made; the
 * team's own sector_mode is used when @use_team_mode. @team_id may also be
 * a team's exact name; an unknown team gives KRING_STORE_ERROR_NOT_FOUND.
 * The graph's nodes: active team members (ring 0, table "team_members",
 * sector from their home organisation), every ring placement of the team
 * (ring from the placement, quality from the team's relationship with the
 * organisation; an organisation placed in ring 0 that active members come
 * from is shown by those members instead), and every organisation of the
 * directory that the team has not placed (ring 3; quality.known only if
 * the team recorded a relationship with it all the same). Sectors are the
 * life domain or sector terms in name order; an organisation sits in the
 * sector of its first such term (by term name; its own terms before its
 * services'), a placement's sector_term_id first when sectors are sectors. */
void           kring_store_map_load_async     (KringStore          *self,
                                               const char          *team_id,
                                               KringMapSectorMode   mode,
                                               gboolean             use_team_mode,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* Returns the graph; @team_id_out (optional) gets the team's id. */
KringMapGraph *kring_store_map_load_finish    (KringStore          *self,
                                               GAsyncResult        *result,
                                               char               **team_id_out,
                                               GError             **error);

/* Places an organisation or service (@table, @id) of @team_id in @ring
 * (0…3), creating or updating its ring_placements row; @ring -1 removes the
 * placement (back to the sociale kaart). One transaction. The finish
 * function gives the ring it was in before (-1: not placed), for Undo. */
void           kring_store_map_place_async    (KringStore          *self,
                                               const char          *team_id,
                                               const char          *table,
                                               const char          *id,
                                               int                  ring,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       kring_store_map_place_finish   (KringStore          *self,
                                               GAsyncResult        *result,
                                               int                 *previous_ring,
                                               GError             **error);

/* Saves @graph as a map_snapshots row (kind 'team', taken_on now, @title)
 * and gives the new row's id. */
void           kring_store_map_snapshot_async (KringStore          *self,
                                               const char          *team_id,
                                               const KringMapGraph *graph,
                                               const char          *title,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
char          *kring_store_map_snapshot_finish (KringStore         *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* The team's saved versions are plain records: list them with
 * kring_store_list_async ("map_snapshots") and read a version's graph with
 * kring_map_graph_from_json (kring_record_get_string (record, "data")). */

G_END_DECLS
