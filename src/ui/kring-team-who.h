/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * "Wie doet wat?": a question typed by a new colleague or a life domain or
 * topic picked from the chips, answered as they type (the search entry's
 * own delay, the previous question cancelled) in three groups: team
 * members, partners (with their ring) and services, each with how to reach
 * them and, for members and partners, "Op de kaart tonen".
 */
#define KRING_TYPE_TEAM_WHO (kring_team_who_get_type ())
G_DECLARE_FINAL_TYPE (KringTeamWho, kring_team_who, KRING, TEAM_WHO, GtkBox)

GtkWidget *kring_team_who_new          (void);
/* @team: the teams row whose members and rings count; @domains: the
 * life-domain taxonomy_terms rows for the chips. NULL store: clears all. */
void       kring_team_who_set_data     (KringTeamWho *self,
                                        KringStore   *store,
                                        KringRecord  *team,
                                        GListModel   *domains);
void       kring_team_who_focus_search (KringTeamWho *self);

G_END_DECLS
