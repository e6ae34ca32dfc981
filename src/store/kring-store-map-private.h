/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-store-map.h"
#include "kring-store-private.h"

G_BEGIN_DECLS

/* Shared by kring-store-map.c (loading) and kring-store-map-edit.c (placing,
 * saving versions). Worker thread only. */

typedef struct
{
  char               *id;
  char               *name;
  char               *ring_names[KRING_MAP_N_RINGS];  /* NULL: the default name */
  KringMapSectorMode  mode;                           /* the team's own sector_mode */
} KringStoreMapTeam;

void     kring_store_map_team_clear   (KringStoreMapTeam  *team);
/* @wanted: NULL (the first team by name), a team's id or its exact name;
 * KRING_STORE_ERROR_NOT_FOUND when there is no such team. */
gboolean kring_store_map_team_resolve (KringStoreConn     *conn,
                                       const char         *wanted,
                                       KringStoreMapTeam  *team,
                                       GError            **error);
/* Ends a stepping loop: TRUE when @rc says all rows were read. The cached
 * statement is reset so it holds no read lock after the job. */
gboolean kring_store_map_rows_done    (KringStoreConn     *conn,
                                       sqlite3_stmt       *stmt,
                                       int                 rc,
                                       GError            **error);

G_END_DECLS
