/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
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

typedef struct
{
  char *team_id;
  char *today;    /* YYYY-MM-DD: an action due before this day is overdue */
} DemandJob;

static void
demand_job_free (DemandJob *job)
{
  g_free (job->team_id);
  g_free (job->today);
  g_free (job);
}

/* The households' flow, in order (households.status). */
static const char *const flow[] = {
  "aanmelding", "vraagverheldering", "plan", "uitvoering", "evaluatie", "afgesloten",
};

/* kring_sql_read_records wants an id column. */
#define STATUS_SQL \
  "SELECT status AS id, status, count (*) AS households FROM main.households WHERE team_id = ?1 " \
  "GROUP BY status"

#define OVERDUE_WHERE \
  "h.team_id = ?1 AND a.status IN ('open', 'in_progress') AND a.due_on < ?2"

#define OVERDUE_SQL \
  "SELECT 'overdue' AS id, count (*) AS actions FROM main.actions a " \
  "JOIN main.households h ON h.id = a.household_id WHERE " OVERDUE_WHERE

/* One score of a domain in an assessment of the team's households (any
 * status), and per household and domain measured twice or more the change
 * from the first to the last assessment (by date; ties by entry order). */
#define SCORES_CTE \
  "WITH s AS (SELECT a.household_id AS hid, c.domain_term_id AS did, c.score, " \
  "a.assessed_on AS day, a.created_at AS made, a.id AS aid FROM main.assessment_scores c " \
  "JOIN main.assessments a ON a.id = c.assessment_id " \
  "JOIN main.households h ON h.id = a.household_id WHERE h.team_id = ?1), " \
  "m AS (SELECT hid, did, " \
  "(SELECT score FROM s l WHERE l.hid = f.hid AND l.did = f.did " \
  "ORDER BY day DESC, made DESC, aid DESC LIMIT 1) - " \
  "(SELECT score FROM s e WHERE e.hid = f.hid AND e.did = f.did " \
  "ORDER BY day, made, aid LIMIT 1) AS change " \
  "FROM s f GROUP BY hid, did HAVING count (*) >= 2) "

/* Every life domain in the configured order (as kring_store_life_domains_async). */
#define DOMAINS_DEMAND_SQL \
  SCORES_CTE \
  "SELECT t.id, t.name, " \
  "(SELECT count (DISTINCT h.id) FROM main.goals g " \
  "JOIN main.households h ON h.id = g.household_id WHERE g.domain_term_id = t.id " \
  "AND h.team_id = ?1 AND h.status <> 'afgesloten' " \
  "AND g.status IN ('open', 'in_progress')) AS households, " \
  "(SELECT count (*) FROM m WHERE m.did = t.id) AS measured, " \
  "(SELECT avg (m.change) FROM m WHERE m.did = t.id) AS average_change, " \
  "(SELECT count (*) FROM main.actions a JOIN main.goals g ON g.id = a.goal_id " \
  "JOIN main.households h ON h.id = a.household_id " \
  "WHERE g.domain_term_id = t.id AND " OVERDUE_WHERE ") AS overdue_actions " \
  "FROM main.taxonomy_terms t JOIN main.taxonomies x ON x.id = t.taxonomy_id " \
  "WHERE x.kind = 'life_domain' ORDER BY t.sort_order IS NULL, t.sort_order, t.name, t.id"

/* The rows of @sql bound to the job's team (?1) and today (?2, if asked). */
static GListModel *
demand_rows (KringStoreConn *conn, const char *sql, DemandJob *job, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, sql, error);

  if (stmt == NULL)
    return NULL;
  kring_sql_bind_text (stmt, 1, job->team_id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    kring_sql_bind_text (stmt, 2, job->today);
  return kring_sql_read_records (conn->db, stmt, "demand", error);
}

static guint
row_count (KringRecord *row, const char *column)
{
  return (guint) MAX (kring_record_get_int (row, column, 0), 0);
}

static void
demand_add_statuses (KringDemand *demand, GListModel *rows)
{
  for (guint i = 0; i < G_N_ELEMENTS (flow); i++)
    {
      KringDemandStatus status = { g_strdup (flow[i]), 0 };

      for (guint r = 0; r < g_list_model_get_n_items (rows); r++)
        {
          g_autoptr (KringRecord) row = g_list_model_get_item (rows, r);

          if (g_strcmp0 (kring_record_get_string (row, "status"), flow[i]) == 0)
            status.households = row_count (row, "households");
        }
      if (i + 1 < G_N_ELEMENTS (flow))
        demand->open_households += status.households;
      g_array_append_val (demand->statuses, status);
    }
}

static void
demand_add_domains (KringDemand *demand, GListModel *rows)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      KringDemandDomain domain = {
        .domain_id = g_strdup (kring_record_get_id (row)),
        .domain = g_strdup (kring_record_get_string (row, "name")),
        .households = row_count (row, "households"),
        .measured = row_count (row, "measured"),
        .average_change = kring_record_get_double (row, "average_change", NAN),
        .overdue_actions = row_count (row, "overdue_actions"),
      };

      g_array_append_val (demand->domains, domain);
    }
}

static KringDemand *
demand_new (void)
{
  KringDemand *demand = g_new0 (KringDemand, 1);

  demand->statuses = g_array_new (FALSE, TRUE, sizeof (KringDemandStatus));
  demand->domains = g_array_new (FALSE, TRUE, sizeof (KringDemandDomain));
  return demand;
}

static gboolean
full_demand_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  g_autoptr (KringDemand) demand = demand_new ();
  g_autoptr (GListModel) statuses = demand_rows (conn, STATUS_SQL, data, error);
  g_autoptr (GListModel) domains = statuses ? demand_rows (conn, DOMAINS_DEMAND_SQL, data, error) : NULL;
  g_autoptr (GListModel) overdue = domains ? demand_rows (conn, OVERDUE_SQL, data, error) : NULL;
  g_autoptr (KringRecord) total = NULL;

  if (overdue == NULL)
    return FALSE;
  demand_add_statuses (demand, statuses);
  demand_add_domains (demand, domains);
  total = g_list_model_get_item (overdue, 0);
  demand->overdue_actions = total ? row_count (total, "actions") : 0;
  *result = g_steal_pointer (&demand);
  return TRUE;
}

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
  DemandJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (team_id != NULL);

  job = g_new0 (DemandJob, 1);
  job->team_id = g_strdup (team_id);
  job->today = kring_store_today ();
  kring_store_push_job (self, kring_store_demand_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_READ, full_demand_job, job,
                        (GDestroyNotify) demand_job_free, (GDestroyNotify) kring_demand_free);
}

KringDemand *
kring_store_demand_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_demand_async, error);
}
