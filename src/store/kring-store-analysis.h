/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * The wijkanalyse's questions to the store: demand from the team's
 * households (anonymous: counts, never labels or names) and the health of
 * the team's partner relationships.
 */

/* Demand per life domain for the wijkanalyse, anonymous: for each domain
 * the number of open households of @team_id with an open goal in it. Rows
 * of table "taxonomy_terms" (id, name, households), in the domains' order;
 * domains nobody asks for are left out. */
void        kring_store_domain_demand_async  (KringStore          *self,
                                              const char          *team_id,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
GListModel *kring_store_domain_demand_finish (KringStore          *self,
                                              GAsyncResult        *result,
                                              GError             **error);

typedef enum
{
  KRING_HEALTH_NO_AGREEMENT,     /* no written agreements (or no relationship recorded) */
  KRING_HEALTH_NO_FIXED_CONTACT, /* no fixed contact person */
  KRING_HEALTH_NOT_CONTACTED,    /* no contact for @months months, or never recorded */
  KRING_HEALTH_LOW_TRUST,        /* trust 1 or 2 of 5 */
  KRING_HEALTH_N_LISTS,
} KringHealthList;

/* The team's partners (organisations in the inner and outer ring) that
 * need attention: a GPtrArray of KRING_HEALTH_N_LISTS GListModels of
 * "organizations" rows (id, name, ring, last_contact_on, trust), by name. */
void        kring_store_relationship_health_async  (KringStore          *self,
                                                    const char          *team_id,
                                                    guint                months,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray  *kring_store_relationship_health_finish (KringStore          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

G_END_DECLS
