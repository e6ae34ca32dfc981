/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * The right-hand pane of the directory: one organisation with its services,
 * locations (open now or closed), phones and e-mail (click to copy), website,
 * contacts with the team's vaste contactpersoon, how to refer, its ring for
 * the team and the freshness line of the chosen record with "Mark as
 * checked". Edit, delete and new-service buttons open the record editor.
 * Emits "changed" after it changed a record (checked, edited, deleted).
 */
#define KRING_TYPE_DIRECTORY_DETAIL (kring_directory_detail_get_type ())
G_DECLARE_FINAL_TYPE (KringDirectoryDetail, kring_directory_detail, KRING, DIRECTORY_DETAIL,
                      AdwBin)

void        kring_directory_detail_set_store (KringDirectoryDetail *self,
                                              KringStore           *store);
/* Shows the organisation @organization_id, with @table/@id (the organisation
 * itself or one of its services) as the record in focus. */
void        kring_directory_detail_show      (KringDirectoryDetail *self,
                                              const char           *table,
                                              const char           *id,
                                              const char           *organization_id,
                                              const char           *team_id);
void        kring_directory_detail_clear     (KringDirectoryDetail *self);
/* The record in focus ("organizations"/"services"), or NULL. */
const char *kring_directory_detail_get_id    (KringDirectoryDetail *self);

G_END_DECLS
