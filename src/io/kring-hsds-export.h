/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

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
