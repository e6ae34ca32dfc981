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

/* Demand of one life domain, anonymous (counts of the team's households). */
typedef struct
{
  char   *domain_id;
  char   *domain;             /* the term's name */
  guint   households;         /* open households with an open goal in it (as kring_store_domain_demand_async) */
  guint   measured;           /* households with at least two assessments that score it */
  double  average_change;     /* mean of (last score - first score) over @measured; NAN when 0 */
  guint   overdue_actions;    /* open or in-progress actions past due under goals in it */
} KringDemandDomain;

typedef struct
{
  char  *status;              /* households.status, e.g. "plan" */
  guint  households;
} KringDemandStatus;

typedef struct
{
  GArray *statuses;           /* KringDemandStatus, in the flow's order, every status (0 too) */
  GArray *domains;            /* KringDemandDomain, every life domain in the configured order */
  guint   open_households;    /* status other than afgesloten */
  guint   overdue_actions;    /* all open actions past due, with or without a goal */
} KringDemand;

void         kring_demand_free (KringDemand *demand);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringDemand, kring_demand_free)

/* Everything the wijkanalyse knows about demand in @team_id's households,
 * "today" being the store's today. */
void         kring_store_demand_async  (KringStore          *self,
                                        const char          *team_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
KringDemand *kring_store_demand_finish (KringStore          *self,
                                        GAsyncResult        *result,
                                        GError             **error);

G_END_DECLS
