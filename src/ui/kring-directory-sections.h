/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-record.h"

G_BEGIN_DECLS

/*
 * The groups of the directory's detail pane, built from the rows of
 * kring_store_directory_detail_finish(): services with how to refer,
 * locations with opening hours, phones and e-mail, contacts, and the
 * organisation's place in the team's rings. Rows that can be copied carry
 * the text as "kring-copy" data and are activatable.
 */
GtkWidget *kring_directory_services_group  (GHashTable  *detail,
                                            const char  *focus_id);
GtkWidget *kring_directory_locations_group (GHashTable  *detail,
                                            GDateTime   *now);
GtkWidget *kring_directory_reach_group     (GHashTable  *detail);
GtkWidget *kring_directory_contacts_group  (GHashTable  *detail);
GtkWidget *kring_directory_rings_group     (GHashTable  *detail);

/* Whether a location is open at @now by its schedules; FALSE with *known =
 * FALSE when it has none that say so. */
gboolean   kring_directory_is_open         (GListModel  *schedules,
                                            const char  *location_id,
                                            GDateTime   *now,
                                            gboolean    *known);

G_END_DECLS
