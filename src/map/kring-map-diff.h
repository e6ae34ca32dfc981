/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-map-graph.h"

G_BEGIN_DECLS

/*
 * What changed between two versions of a map (matched by node id, clusters
 * ignored): nodes added, removed, moved to another ring, and ties whose
 * qualities changed. Pure data, used by the comparison view and its tests.
 */

typedef enum
{
  KRING_MAP_CHANGE_ADDED,
  KRING_MAP_CHANGE_REMOVED,
  KRING_MAP_CHANGE_MOVED,     /* old_ring -> new_ring */
  KRING_MAP_CHANGE_QUALITY,   /* what: which qualities changed, e.g. "afspraak, vertrouwen" */
} KringMapChangeKind;

typedef struct
{
  KringMapChangeKind kind;
  char              *id;
  char              *label;
  int                old_ring;   /* -1 when added */
  int                new_ring;   /* -1 when removed */
  char              *what;       /* a translated, human sentence describing the change */
} KringMapChange;

/* The changes from @before to @after, sorted by kind then label
 * (g_utf8_collate). Each element is a KringMapChange; free with
 * g_ptr_array_unref. */
GPtrArray *kring_map_diff (const KringMapGraph *before,
                           const KringMapGraph *after);
/* The free function of the array kring_map_diff() returns. */
void       kring_map_change_free (KringMapChange *change);

G_END_DECLS
