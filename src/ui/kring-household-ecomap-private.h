/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-household-ecomap.h"
#include "kring-map-graph.h"

G_BEGIN_DECLS

/*
 * The ecogram tab's forms and windows (kring-household-ecomap-forms.c):
 * a network person added or edited, a version saved, versions compared,
 * and the person-facing names of the stored values.
 */

/* "Dichtbij", "Sterk", "Wederzijds" … for network_persons.ring, .tie and
 * .direction; "" for NULL or unknown. */
const char *kring_ecomap_ring_title      (const char *ring);
const char *kring_ecomap_tie_title       (const char *tie);
const char *kring_ecomap_direction_title (const char *direction);
/* "Emotioneel, praktisch" for a network_persons row; NULL when none. */
char       *kring_ecomap_support_text    (KringRecord *person);

/* The form for a new (@person NULL) or an existing network person. */
void        kring_ecomap_person_form     (KringHouseholdContext *context,
                                          KringRecord           *person);
/* "Versie opslaan": asks an optional title, then stores @graph as a
 * map_snapshots row of the household. */
void        kring_ecomap_version_form    (KringHouseholdContext *context,
                                          const KringMapGraph   *graph);
/* "Versies…": a saved version compared with now or with another one. */
GtkWindow  *kring_ecomap_versions_show   (KringHouseholdContext *context,
                                          const KringMapGraph   *current);
/* For tests: the changes (KringMapChange) the window shows, or NULL. */
GPtrArray  *kring_ecomap_versions_get_changes (GtkWindow *window);

/* A map_snapshots row of the household holding @graph, taken today. */
KringRecord *kring_ecomap_snapshot_new   (KringHouseholdContext *context,
                                          const KringMapGraph   *graph,
                                          const char            *title);

G_END_DECLS
