/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Dutch additions that are columns or team data rather than attribute rows
 * travel as attributes with these link_type values (the attribute id is a
 * name-based UUID of the record id and the link type, so a re-export gives the
 * same ids): "verified_on" and "verified_by" carry the columns of the same
 * name in "value"; "ring" carries a ring_placements row: "value" is the ring
 * (0 kernteam … 3 sociale kaart) and its taxonomy_term (taxonomy "ring", code
 * the ring, name the team's name for it, description the team's name) names
 * it. An import maps the first two back to their columns and leaves the ring
 * out, with its term: the receiving team places records in its own rings.
 */
#define KRING_HSDS_LINK_TYPE_VERIFIED_ON "verified_on"
#define KRING_HSDS_LINK_TYPE_VERIFIED_BY "verified_by"
#define KRING_HSDS_LINK_TYPE_RING        "ring"
#define KRING_HSDS_TAXONOMY_RING         "ring"

/* A name-based (version 5) UUID of @name, in Kringkaart's own namespace. */
char     *kring_hsds_derived_uuid   (const char          *name);

/*
 * HSDS 3.0 JSON export of the directory: an organization_list-style document
 * ({"total_items", …, "contents": [organization with its services, locations,
 * phones, contacts, schedules, attributes …]}) that validates against the
 * official compiled schema. Dutch additions (lijn, toegang, life domains,
 * target groups, sectors, the team's ring, verified_on/by) travel as HSDS
 * attributes with taxonomy terms, so the export re-imports losslessly.
 * @organization_ids: NULL for the whole directory, else the selection.
 * Written atomically (temporary file + rename): a failure leaves no half file.
 */
void      kring_hsds_export_async   (KringStore          *store,
                                     const char * const  *organization_ids,
                                     GFile               *file,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean  kring_hsds_export_finish  (KringStore          *store,
                                     GAsyncResult        *result,
                                     GError             **error);

G_END_DECLS
