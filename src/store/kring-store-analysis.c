/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-store-analysis.h"
#include "kring-store-private.h"

static gpointer
propagate_pointer (KringStore *self, GAsyncResult *result, gpointer tag, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tag, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* --- demand per life domain --- */

#define DEMAND_SQL \
  "SELECT t.id, t.name, count (DISTINCT h.id) AS households FROM main.goals g " \
  "JOIN main.households h ON h.id = g.household_id " \
  "JOIN main.taxonomy_terms t ON t.id = g.domain_term_id " \
  "WHERE h.team_id = ?1 AND h.status <> 'afgesloten' AND g.status IN ('open', 'in_progress') " \
  "GROUP BY t.id ORDER BY t.sort_order IS NULL, t.sort_order, t.name, t.id"

static gboolean
demand_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, DEMAND_SQL, error);

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, data);
  return (*result = kring_sql_read_records (conn->db, stmt, "taxonomy_terms", error)) != NULL;
}

void
kring_store_domain_demand_async (KringStore          *self,
                                 const char          *team_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (team_id != NULL);

  kring_store_push_job (self, kring_store_domain_demand_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_READ, demand_job, g_strdup (team_id), g_free,
                        g_object_unref);
}

GListModel *
kring_store_domain_demand_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_domain_demand_async, error);
}

/* --- relationship health --- */

typedef struct
{
  char *team_id;
  char *cutoff;   /* YYYY-MM-DD: contact before this day is too long ago */
} HealthJob;

static void
health_job_free (HealthJob *job)
{
  g_free (job->team_id);
  g_free (job->cutoff);
  g_free (job);
}

/* Partners are organisations the team placed in its inner or outer ring; a
 * partner without a relationship row has nothing recorded, so it is on
 * every list but low trust. */
#define PARTNERS(condition) \
  "SELECT o.id, o.name, p.ring, r.last_contact_on, r.trust FROM main.ring_placements p " \
  "JOIN main.organizations o ON o.id = p.organization_id " \
  "LEFT JOIN main.relationships r ON r.team_id = p.team_id " \
  "AND r.organization_id = p.organization_id " \
  "WHERE p.team_id = ?1 AND p.ring IN (1, 2) AND (" condition ") ORDER BY o.name, o.id"

static const char *const health_sql[KRING_HEALTH_N_LISTS] = {
  PARTNERS ("coalesce (r.has_agreement, 0) = 0"),
  PARTNERS ("r.fixed_contact_id IS NULL"),
  PARTNERS ("r.last_contact_on IS NULL OR r.last_contact_on < ?2"),
  PARTNERS ("r.trust IS NOT NULL AND r.trust <= 2"),
};

static gboolean
health_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  HealthJob *job = data;
  g_autoptr (GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < KRING_HEALTH_N_LISTS; i++)
    {
      sqlite3_stmt *stmt = kring_conn_statement (conn, health_sql[i], error);
      GListModel *rows;

      if (stmt == NULL)
        return FALSE;
      kring_sql_bind_text (stmt, 1, job->team_id);
      /* Only "not contacted" asks for the cut-off day. */
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        kring_sql_bind_text (stmt, 2, job->cutoff);
      if ((rows = kring_sql_read_records (conn->db, stmt, "organizations", error)) == NULL)
        return FALSE;
      g_ptr_array_add (lists, rows);
    }
  *result = g_steal_pointer (&lists);
  return TRUE;
}

void
kring_store_relationship_health_async (KringStore          *self,
                                       const char          *team_id,
                                       guint                months,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) cutoff = g_date_time_add_months (now, -(int) months);
  HealthJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (team_id != NULL);

  job = g_new0 (HealthJob, 1);
  job->team_id = g_strdup (team_id);
  job->cutoff = g_date_time_format (cutoff, "%Y-%m-%d");
  kring_store_push_job (self, kring_store_relationship_health_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_READ, health_job, job,
                        (GDestroyNotify) health_job_free, (GDestroyNotify) g_ptr_array_unref);
}

GPtrArray *
kring_store_relationship_health_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_relationship_health_async, error);
}

/* --- demand: statuses, score change, overdue actions --- */
/* STUB: replaced by the analysis-data helper. */

void
kring_demand_free (KringDemand *demand)
{
  if (demand == NULL)
    return;
  for (guint i = 0; demand->statuses != NULL && i < demand->statuses->len; i++)
    g_free (g_array_index (demand->statuses, KringDemandStatus, i).status);
  for (guint i = 0; demand->domains != NULL && i < demand->domains->len; i++)
    {
      KringDemandDomain *domain = &g_array_index (demand->domains, KringDemandDomain, i);

      g_free (domain->domain_id);
      g_free (domain->domain);
    }
  g_clear_pointer (&demand->statuses, g_array_unref);
  g_clear_pointer (&demand->domains, g_array_unref);
  g_free (demand);
}

void
kring_store_demand_async (KringStore          *self,
                          const char          *team_id,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  KringDemand *demand = g_new0 (KringDemand, 1);

  demand->statuses = g_array_new (FALSE, TRUE, sizeof (KringDemandStatus));
  demand->domains = g_array_new (FALSE, TRUE, sizeof (KringDemandDomain));
  g_task_set_source_tag (task, kring_store_demand_async);
  g_task_return_pointer (task, demand, (GDestroyNotify) kring_demand_free);
}

KringDemand *
kring_store_demand_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_demand_async, error);
}
