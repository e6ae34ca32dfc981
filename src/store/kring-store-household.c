/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kring-store-household.h"
#include "kring-store-directory.h"
#include "kring-store-private.h"

/*
 * The household and its plan. Every job costs a fixed number of statements
 * whatever the size of the household: computed columns (open and overdue
 * actions, the name of an action's actor) are correlated subqueries inside
 * one statement, never a query per row. "Today" is the local date bound
 * from here, not SQLite's date('now'), which is UTC and would call an
 * action overdue an hour early every evening.
 */

static const char *const status_names[KRING_HOUSEHOLD_N_STATUSES] = {
  [KRING_HOUSEHOLD_AANMELDING] = "aanmelding",
  [KRING_HOUSEHOLD_VRAAGVERHELDERING] = "vraagverheldering",
  [KRING_HOUSEHOLD_PLAN] = "plan",
  [KRING_HOUSEHOLD_UITVOERING] = "uitvoering",
  [KRING_HOUSEHOLD_EVALUATIE] = "evaluatie",
  [KRING_HOUSEHOLD_AFGESLOTEN] = "afgesloten",
};

const char *
kring_household_status_name (KringHouseholdStatus status)
{
  g_return_val_if_fail (status >= 0 && status < KRING_HOUSEHOLD_N_STATUSES, NULL);
  return status_names[status];
}

int
kring_household_status_parse (const char *name)
{
  for (int i = 0; i < KRING_HOUSEHOLD_N_STATUSES; i++)
    if (g_strcmp0 (name, status_names[i]) == 0)
      return i;
  return -1;
}

KringHouseholdFilter *
kring_household_filter_new (void)
{
  KringHouseholdFilter *filter = g_new0 (KringHouseholdFilter, 1);

  filter->status = -1;
  return filter;
}

static KringHouseholdFilter *
filter_copy (const KringHouseholdFilter *filter)
{
  KringHouseholdFilter *copy = kring_household_filter_new ();

  if (filter == NULL)
    return copy;
  copy->team_id = g_strdup (filter->team_id);
  copy->regisseur_id = g_strdup (filter->regisseur_id);
  copy->neighbourhood_id = g_strdup (filter->neighbourhood_id);
  copy->domain_term_id = g_strdup (filter->domain_term_id);
  copy->status = filter->status;
  copy->open_only = filter->open_only;
  copy->text = g_strdup (filter->text);
  return copy;
}

void
kring_household_filter_free (KringHouseholdFilter *filter)
{
  if (filter == NULL)
    return;
  g_free (filter->team_id);
  g_free (filter->regisseur_id);
  g_free (filter->neighbourhood_id);
  g_free (filter->domain_term_id);
  g_free (filter->text);
  g_free (filter);
}

/* --- helpers shared by the jobs --- */

static gboolean
rows_done (KringStoreConn *conn, sqlite3_stmt *stmt, int rc, GError **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  kring_sql_set_error (error, conn->db, rc);
  return FALSE;
}

/* Steps @stmt (bound already) into a new list of records of @table. */
static GListModel *
read_records (KringStoreConn *conn, sqlite3_stmt *stmt, const char *table,
              GHashTable *keep, GError **error)
{
  g_autoptr (GListStore) records = g_list_store_new (KRING_TYPE_RECORD);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (KringRecord) record = NULL;

      if (keep != NULL && !g_hash_table_contains (keep, sqlite3_column_text (stmt, 0)))
        continue;
      record = kring_sql_row_to_record (stmt, table);
      g_list_store_append (records, record);
    }
  if (!rows_done (conn, stmt, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&records));
}

static void
set_household_not_found (GError **error, const char *id)
{
  g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND,
               _("There is no household “%s”; it may have been deleted."), id);
}

/* The household's label (and status), or NOT_FOUND. */
#define HOUSEHOLD_SQL "SELECT label, status FROM main.households WHERE id = ?1"

static gboolean
read_household (KringStoreConn *conn, const char *id, char **label, char **status,
                GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, HOUSEHOLD_SQL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *label = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (status != NULL)
        *status = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    set_household_not_found (error, id);
  else if (rc != SQLITE_ROW)
    kring_sql_set_error (error, conn->db, rc);
  return rc == SQLITE_ROW;
}

gboolean
kring_store_audit_household (KringStoreConn *conn, const char *actor, const char *action,
                             const char *id, GError **error)
{
  KringStoreAudit audit = {
    .actor = (char *) actor, .action = (char *) action,
    .table = (char *) "households", .record_id = (char *) id,
  };

  return kring_store_job_audit (conn, &audit, NULL, error);
}

/* The name of an action's actor, whatever its kind; the free-text
 * actor_name when the record is gone or there is none. */
#define ACTOR_LABEL \
  "coalesce(CASE a.actor_kind " \
  "WHEN 'household_member' THEN (SELECT name FROM main.household_members WHERE id = a.actor_id) " \
  "WHEN 'network_person' THEN (SELECT name FROM main.network_persons WHERE id = a.actor_id) " \
  "WHEN 'team_member' THEN (SELECT name FROM main.team_members WHERE id = a.actor_id) " \
  "WHEN 'contact' THEN (SELECT name FROM main.contacts WHERE id = a.actor_id) " \
  "WHEN 'service' THEN (SELECT name FROM main.services WHERE id = a.actor_id) END, " \
  "a.actor_name) AS actor_label"

/* --- the list of households --- */

/* Every household with the text its search looks in. */
#define LIST_TEXT_SQL \
  "SELECT h.id, coalesce(h.label, '') || ' ' || coalesce(h.notes, '') || ' ' || " \
  "coalesce((SELECT group_concat(m.name, ' ') FROM main.household_members m " \
  "WHERE m.household_id = h.id), '') FROM main.households h"

#define OPEN_ACTION "a.household_id = h.id AND a.status IN ('open', 'in_progress')"

/* The computed next_evaluation_on comes after h.* and so replaces the
 * household's own column in the record. */
#define LIST_SQL \
  "SELECT h.*, n.name AS neighbourhood_name, r.name AS regisseur_name, " \
  "(SELECT count(*) FROM main.actions a WHERE " OPEN_ACTION ") AS open_actions, " \
  "(SELECT count(*) FROM main.actions a WHERE " OPEN_ACTION " AND a.due_on < ?1) " \
  "AS overdue_actions, coalesce((SELECT min(e.planned_on) FROM main.evaluations e " \
  "WHERE e.household_id = h.id AND e.held_on IS NULL AND e.planned_on IS NOT NULL), " \
  "h.next_evaluation_on) AS next_evaluation_on " \
  "FROM main.households h LEFT JOIN main.neighbourhoods n ON n.id = h.neighbourhood_id " \
  "LEFT JOIN main.team_members r ON r.id = h.regisseur_id " \
  "WHERE (?2 IS NULL OR h.team_id = ?2) AND (?3 IS NULL OR h.regisseur_id = ?3) " \
  "AND (?4 IS NULL OR h.neighbourhood_id = ?4) AND (?5 IS NULL OR h.status = ?5) " \
  "AND (?6 = 0 OR h.status <> 'afgesloten') AND (?7 IS NULL OR EXISTS (SELECT 1 " \
  "FROM main.goals g WHERE g.household_id = h.id AND g.domain_term_id = ?7)) " \
  "ORDER BY h.label COLLATE NOCASE, h.label, h.id"

/* Whether every word of @words occurs in @text once both are folded. */
static gboolean
text_matches (const char *text, char **words)
{
  g_autofree char *folded = kring_directory_fold (text != NULL ? text : "");

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (folded, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* The ids of the households whose label, notes or members' names hold
 * every word of @text (case and accents aside). Matching happens here
 * because SQLite's lower() knows neither accents nor non-ASCII case. */
static GHashTable *
matching_ids (KringStoreConn *conn, const char *text, GError **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = kring_directory_fold (text);
  g_auto (GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  sqlite3_stmt *stmt = kring_conn_statement (conn, LIST_TEXT_SQL, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (text_matches ((const char *) sqlite3_column_text (stmt, 1), words))
      g_hash_table_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  return rows_done (conn, stmt, rc, error) ? g_steal_pointer (&ids) : NULL;
}

static void
bind_filter (sqlite3_stmt *stmt, const KringHouseholdFilter *filter, const char *today)
{
  kring_sql_bind_text (stmt, 1, today);
  kring_sql_bind_text (stmt, 2, filter->team_id);
  kring_sql_bind_text (stmt, 3, filter->regisseur_id);
  kring_sql_bind_text (stmt, 4, filter->neighbourhood_id);
  kring_sql_bind_text (stmt, 5, filter->status >= 0 && filter->status < KRING_HOUSEHOLD_N_STATUSES
                                  ? status_names[filter->status] : NULL);
  sqlite3_bind_int (stmt, 6, filter->open_only ? 1 : 0);
  kring_sql_bind_text (stmt, 7, filter->domain_term_id);
}

static gboolean
households_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  KringHouseholdFilter *filter = data;
  g_autofree char *today = kring_store_today ();
  g_autoptr (GHashTable) keep = NULL;
  sqlite3_stmt *stmt;

  if (filter->text != NULL && *g_strstrip (filter->text) != '\0'
      && (keep = matching_ids (conn, filter->text, error)) == NULL)
    return FALSE;
  if ((stmt = kring_conn_statement (conn, LIST_SQL, error)) == NULL)
    return FALSE;
  bind_filter (stmt, filter, today);
  /* h.id is the first column of h.*, which read_records() filters on. */
  *result = read_records (conn, stmt, "households", keep, error);
  return *result != NULL;
}

void
kring_store_households_async (KringStore                 *self,
                              const KringHouseholdFilter *filter,
                              GCancellable               *cancellable,
                              GAsyncReadyCallback         callback,
                              gpointer                    user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));

  kring_store_push_job (self, kring_store_households_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_READ, households_job, filter_copy (filter),
                        (GDestroyNotify) kring_household_filter_free, g_object_unref);
}

static gpointer
propagate_pointer (KringStore *self, GAsyncResult *result, gpointer tag, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tag, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

GListModel *
kring_store_households_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_households_async, error);
}

/* --- the plan of one household --- */

typedef struct
{
  char *household_id;
  char *actor;
} PlanJob;

static void
plan_job_free (PlanJob *job)
{
  g_free (job->household_id);
  g_free (job->actor);
  g_free (job);
}

#define OF_HOUSEHOLD(table, order) \
  "SELECT * FROM main." table " WHERE household_id = ?1 ORDER BY " order

/* One statement per table of the plan, each bound to the household's id. */
static const struct
{
  const char *table;
  const char *sql;
} plan_parts[] = {
  { "households", "SELECT * FROM main.households WHERE id = ?1" },
  { "household_status_changes", OF_HOUSEHOLD ("household_status_changes",
                                              "changed_on, created_at, rowid") },
  { "household_members", OF_HOUSEHOLD ("household_members", "rowid") },
  { "network_persons", OF_HOUSEHOLD ("network_persons", "rowid") },
  { "household_professionals", OF_HOUSEHOLD ("household_professionals", "rowid") },
  { "consents", OF_HOUSEHOLD ("consents", "given_on, rowid") },
  { "assessments", OF_HOUSEHOLD ("assessments", "assessed_on, rowid") },
  { "assessment_scores",
    "SELECT s.*, t.name AS domain_name FROM main.assessment_scores s "
    "JOIN main.assessments a ON a.id = s.assessment_id "
    "LEFT JOIN main.taxonomy_terms t ON t.id = s.domain_term_id "
    "WHERE a.household_id = ?1 ORDER BY a.assessed_on, a.rowid, t.name, s.rowid" },
  { "goals", OF_HOUSEHOLD ("goals", "rowid") },
  { "actions", "SELECT a.*, " ACTOR_LABEL " FROM main.actions a WHERE a.household_id = ?1 "
               "ORDER BY a.due_on IS NULL, a.due_on, a.rowid" },
  { "evaluations", OF_HOUSEHOLD ("evaluations", "coalesce(planned_on, held_on), rowid") },
  { "deviations", OF_HOUSEHOLD ("deviations", "occurred_on, rowid") },
  { "journal_notes", OF_HOUSEHOLD ("journal_notes", "written_on DESC, created_at DESC, "
                                                     "rowid DESC") },
  { "map_snapshots", "SELECT * FROM main.map_snapshots WHERE kind = 'household' "
                     "AND household_id = ?1 ORDER BY taken_on, rowid" },
};

static gboolean
plan_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  PlanJob *job = data;
  g_autoptr (GHashTable) plan = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (plan_parts); i++)
    {
      sqlite3_stmt *stmt = kring_conn_statement (conn, plan_parts[i].sql, error);
      GListModel *rows;

      if (stmt == NULL)
        return FALSE;
      kring_sql_bind_text (stmt, 1, job->household_id);
      if ((rows = read_records (conn, stmt, plan_parts[i].table, NULL, error)) == NULL)
        return FALSE;
      g_hash_table_insert (plan, g_strdup (plan_parts[i].table), rows);
      if (i == 0 && g_list_model_get_n_items (rows) == 0)
        {
          set_household_not_found (error, job->household_id);
          return FALSE;
        }
    }
  /* A read job runs in a transaction too, so the view is logged with it. */
  if (job->actor != NULL
      && !kring_store_audit_household (conn, job->actor, "view", job->household_id, error))
    return FALSE;
  *result = g_steal_pointer (&plan);
  return TRUE;
}

void
kring_store_household_plan_async (KringStore          *self,
                                  const char          *household_id,
                                  const char          *actor,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  PlanJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (household_id != NULL);

  job = g_new0 (PlanJob, 1);
  job->household_id = g_strdup (household_id);
  job->actor = g_strdup (actor);
  kring_store_push_job (self, kring_store_household_plan_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_READ, plan_job, job, (GDestroyNotify) plan_job_free,
                        (GDestroyNotify) g_hash_table_unref);
}

GHashTable *
kring_store_household_plan_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_household_plan_async, error);
}

/* --- the status flow --- */

typedef struct
{
  char                 *household_id;
  KringHouseholdStatus  status;
  char                 *changed_on;
  char                 *note;
  char                 *actor;
} StatusJob;

static void
status_job_free (StatusJob *job)
{
  g_free (job->household_id);
  g_free (job->changed_on);
  g_free (job->note);
  g_free (job->actor);
  g_free (job);
}

/* Going back from afgesloten reopens the case, so closed_on is cleared. */
#define SET_STATUS_SQL \
  "UPDATE main.households SET status = ?2, updated_at = ?3, " \
  "opened_on = coalesce(opened_on, ?4), " \
  "closed_on = CASE WHEN ?2 = 'afgesloten' THEN ?4 ELSE NULL END WHERE id = ?1"

/* changed_by_id names the team member only when the actor is one. */
#define ADD_CHANGE_SQL \
  "INSERT INTO main.household_status_changes (id, created_at, updated_at, household_id, " \
  "status, changed_on, changed_by_id, note) VALUES (?1, ?2, ?2, ?3, ?4, ?5, " \
  "(SELECT id FROM main.team_members WHERE id = ?6), ?7)"

static gboolean
run_status_update (KringStoreConn *conn, StatusJob *job, const char *now, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, SET_STATUS_SQL, error);

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, job->household_id);
  kring_sql_bind_text (stmt, 2, status_names[job->status]);
  kring_sql_bind_text (stmt, 3, now);
  kring_sql_bind_text (stmt, 4, job->changed_on);
  return kring_sql_run (conn->db, stmt, error);
}

static gboolean
run_status_change (KringStoreConn *conn, StatusJob *job, const char *now, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, ADD_CHANGE_SQL, error);
  g_autofree char *id = kring_uuid_new ();

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, id);
  kring_sql_bind_text (stmt, 2, now);
  kring_sql_bind_text (stmt, 3, job->household_id);
  kring_sql_bind_text (stmt, 4, status_names[job->status]);
  kring_sql_bind_text (stmt, 5, job->changed_on);
  kring_sql_bind_text (stmt, 6, job->actor);
  kring_sql_bind_text (stmt, 7, job->note);
  return kring_sql_run (conn->db, stmt, error);
}

static gboolean
status_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  StatusJob *job = data;
  g_autofree char *now = kring_now_iso8601 ();
  g_autofree char *label = NULL;
  g_autofree char *current = NULL;

  if (!read_household (conn, job->household_id, &label, &current, error))
    return FALSE;
  if (g_strcmp0 (current, status_names[job->status]) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The household “%s” already has this status."), label);
      return FALSE;
    }
  return run_status_update (conn, job, now, error) && run_status_change (conn, job, now, error)
         && kring_store_audit_household (conn, job->actor, "update", job->household_id, error);
}

/* Whether @date is a real calendar day written YYYY-MM-DD. */
static gboolean
is_date (const char *date)
{
  int year, month, day;
  char end;

  return strlen (date) == 10 && sscanf (date, "%4d-%2d-%2d%c", &year, &month, &day, &end) == 3
         && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

void
kring_store_household_set_status_async (KringStore          *self,
                                        const char          *household_id,
                                        KringHouseholdStatus status,
                                        const char          *changed_on,
                                        const char          *note,
                                        const char          *actor,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  StatusJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (household_id != NULL);
  g_return_if_fail (status >= 0 && status < KRING_HOUSEHOLD_N_STATUSES);

  if (changed_on != NULL && !is_date (changed_on))
    {
      g_task_report_new_error (self, callback, user_data, kring_store_household_set_status_async,
                               G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("“%s” is not a date; use year-month-day."), changed_on);
      return;
    }
  job = g_new0 (StatusJob, 1);
  job->household_id = g_strdup (household_id);
  job->status = status;
  job->changed_on = changed_on != NULL ? g_strdup (changed_on) : kring_store_today ();
  job->note = g_strdup (note);
  job->actor = g_strdup (actor);
  kring_store_push_job (self, kring_store_household_set_status_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_WRITE, status_job, job,
                        (GDestroyNotify) status_job_free, NULL);
}

gboolean
kring_store_household_set_status_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == kring_store_household_set_status_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- "Mijn taken" --- */

#define TASKS_SQL \
  "SELECT a.*, h.label AS household_label, " ACTOR_LABEL ", " \
  "(a.due_on IS NOT NULL AND a.due_on < ?2) AS overdue " \
  "FROM main.actions a JOIN main.households h ON h.id = a.household_id " \
  "WHERE a.status IN ('open', 'in_progress') AND (h.regisseur_id = ?1 " \
  "OR (a.actor_kind = 'team_member' AND a.actor_id = ?1)) " \
  "ORDER BY overdue DESC, a.due_on IS NULL, a.due_on, h.label COLLATE NOCASE, a.rowid"

static gboolean
tasks_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  g_autofree char *today = kring_store_today ();
  sqlite3_stmt *stmt = kring_conn_statement (conn, TASKS_SQL, error);

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, data);
  kring_sql_bind_text (stmt, 2, today);
  *result = read_records (conn, stmt, "actions", NULL, error);
  return *result != NULL;
}

void
kring_store_tasks_async (KringStore          *self,
                         const char          *team_member_id,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (team_member_id != NULL);

  kring_store_push_job (self, kring_store_tasks_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_READ, tasks_job, g_strdup (team_member_id), g_free,
                        g_object_unref);
}

GListModel *
kring_store_tasks_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return propagate_pointer (self, result, kring_store_tasks_async, error);
}
