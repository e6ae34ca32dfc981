/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * "Teamleden": the members of one team as cards (name, discipline, home
 * organisation, hours, "vraag mij over …", phone and e-mail as links), with
 * "Bewerken" and "Verwijderen" on each card and "Teamlid toevoegen". The
 * actions "members.add", "members.edit" (s: member id) and "members.remove"
 * (s) open the form or remove, as the buttons do.
 */
#define KRING_TYPE_TEAM_MEMBERS (kring_team_members_get_type ())
G_DECLARE_FINAL_TYPE (KringTeamMembers, kring_team_members, KRING, TEAM_MEMBERS, GtkBox)

GtkWidget *kring_team_members_new      (void);
/* Shows the members of @team_id out of @members (all teams' rows);
 * @organizations name the home organisations. NULL store: clears. */
void       kring_team_members_set_data (KringTeamMembers *self,
                                        KringStore       *store,
                                        const char       *team_id,
                                        GListModel       *members,
                                        GListModel       *organizations);

G_END_DECLS
