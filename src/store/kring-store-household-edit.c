/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-store-household.h"
#include "kring-store-private.h"

/*
 * Changes to one household through its forms: saving and deleting rows of
 * the household's tables in one transaction with one audit entry, so the
 * audit log answers "who changed which household when" for every change,
 * and the life-domain list those forms choose from.
 */

typedef struct
{
  char      *household_id;
  GPtrArray *save;     /* of KringRecord */
  GPtrArray *remove;   /* of KringRecord; only table and id count */
  char      *actor;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_free (job->household_id);
  g_clear_pointer (&job->save, g_ptr_array_unref);
  g_clear_pointer (&job->remove, g_ptr_array_unref);
  g_free (job->actor);
  g_free (job);
}

/* The household a stored row belongs to (NULL: no such row). Scores belong
 * to the household of their assessment. */
static char *
stored_owner (KringStoreConn *conn, const char *table, const char *id, GError **error)
{
  g_autofree char *quoted = kring_sql_quote (table);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  char *owner = NULL;
  int rc;

  if (g_str_equal (table, "households"))
    sql = g_strdup ("SELECT id FROM main.households WHERE id = ?1");
  else if (g_str_equal (table, "assessment_scores"))
    sql = g_strdup ("SELECT a.household_id FROM main.assessment_scores s JOIN main.assessments a "
                    "ON a.id = s.assessment_id WHERE s.id = ?1");
  else
    sql = g_strdup_printf ("SELECT household_id FROM main.%s WHERE id = ?1", quoted);
  if ((stmt = kring_conn_statement (conn, sql, error)) == NULL)
    return NULL;
  kring_sql_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    owner = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    kring_sql_set_error (error, conn->db, rc);
  return owner;
}

/* Whether @table is the households table or one of the household's own. */
static gboolean
is_household_table (KringStoreConn *conn, const char *table, GError **error)
{
  GHashTable *columns;

  if (g_str_equal (table, "households") || g_str_equal (table, "assessment_scores"))
    return TRUE;
  if ((columns = kring_conn_get_columns (conn, table, error)) == NULL)
    return FALSE;
  return g_hash_table_contains (columns, "household_id") && !g_str_equal (table, "audit_log");
}

static gboolean
set_foreign (GError **error, const char *table, const char *id)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("The record “%s” in “%s” does not belong to this household; nothing was saved."),
               id, table);
  return FALSE;
}

/* The assessment a new score belongs to may arrive in the same batch. */
static const char *
batch_owner (GPtrArray *records, const char *assessment_id)
{
  for (guint i = 0; i < records->len; i++)
    {
      KringRecord *record = records->pdata[i];

      if (g_str_equal (kring_record_get_table (record), "assessments")
          && g_strcmp0 (kring_record_get_id (record), assessment_id) == 0)
        return kring_record_get_string (record, "household_id");
    }
  return NULL;
}

/* A record to be saved must name the household, and a stored row it
 * replaces must already be the household's: no row moves between households. */
static gboolean
check_save (KringStoreConn *conn, SaveJob *job, KringRecord *record, GError **error)
{
  const char *table = kring_record_get_table (record);
  const char *id = kring_record_get_id (record);
  g_autofree char *stored = NULL;
  const char *named;
  GError *local = NULL;

  if (!is_household_table (conn, table, error))
    return *error != NULL ? FALSE : set_foreign (error, table, id);
  if (g_str_equal (table, "households"))
    named = id;
  else if (g_str_equal (table, "assessment_scores"))
    {
      const char *assessment = kring_record_get_string (record, "assessment_id");
      g_autofree char *owner = assessment != NULL ? stored_owner (conn, "assessments", assessment,
                                                                  error) : NULL;

      named = batch_owner (job->save, assessment);
      if (named == NULL && owner != NULL)
        named = g_str_equal (owner, job->household_id) ? job->household_id : NULL;
    }
  else
    named = kring_record_get_string (record, "household_id");
  stored = stored_owner (conn, table, id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (g_strcmp0 (named, job->household_id) != 0
      || (stored != NULL && !g_str_equal (stored, job->household_id)))
    return set_foreign (error, table, id);
  return TRUE;
}

static gboolean
check_remove (KringStoreConn *conn, SaveJob *job, KringRecord *record, GError **error)
{
  const char *table = kring_record_get_table (record);
  const char *id = kring_record_get_id (record);
  g_autofree char *stored = NULL;
  GError *local = NULL;

  if (!is_household_table (conn, table, error) || g_str_equal (table, "households"))
    return *error != NULL ? FALSE : set_foreign (error, table, id);
  stored = stored_owner (conn, table, id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return stored == NULL || g_str_equal (stored, job->household_id)
         ? TRUE : set_foreign (error, table, id);
}

/* The first row of @table in the batch, if any. */
static KringRecord *
batch_row (SaveJob *job, const char *table)
{
  for (guint i = 0; i < job->save->len; i++)
    {
      KringRecord *record = job->save->pdata[i];

      if (g_str_equal (kring_record_get_table (record), table))
        return record;
    }
  return NULL;
}

/* A new household's history starts with the status it was created in. */
static gboolean
add_first_step (KringStoreConn *conn, KringRecord *household, const char *now, GError **error)
{
  g_autoptr (KringRecord) step = kring_record_new ("household_status_changes");
  const char *status = kring_record_get_string (household, "status");
  const char *opened = kring_record_get_string (household, "opened_on");
  g_autofree char *today = kring_store_today ();

  kring_record_set_string (step, "household_id", kring_record_get_id (household));
  kring_record_set_string (step, "status", status != NULL ? status : "aanmelding");
  kring_record_set_string (step, "changed_on", opened != NULL ? opened : today);
  return kring_store_save_record (conn, step, now, error);
}

static gboolean
delete_row (KringStoreConn *conn, KringRecord *record, GError **error)
{
  g_autofree char *quoted = kring_sql_quote (kring_record_get_table (record));
  g_autofree char *sql = g_strdup_printf ("DELETE FROM main.%s WHERE id = ?1", quoted);
  sqlite3_stmt *stmt = kring_conn_statement (conn, sql, error);

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, kring_record_get_id (record));
  return kring_sql_run (conn->db, stmt, error);
}

static gboolean
check_all (KringStoreConn *conn, SaveJob *job, GError **error)
{
  for (guint i = 0; i < job->save->len; i++)
    if (!check_save (conn, job, job->save->pdata[i], error))
      return FALSE;
  for (guint i = 0; i < job->remove->len; i++)
    if (!check_remove (conn, job, job->remove->pdata[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
save_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  SaveJob *job = data;
  g_autofree char *now = kring_now_iso8601 ();
  g_autofree char *before = NULL;
  KringRecord *household = batch_row (job, "households");
  gboolean created;

  if (!check_all (conn, job, error))
    return FALSE;
  before = stored_owner (conn, "households", job->household_id, error);
  if (before == NULL && (*error != NULL || household == NULL))
    return *error != NULL ? FALSE : set_foreign (error, "households", job->household_id);
  created = before == NULL;
  /* Parents go first: a households row or an assessment before its scores,
   * as the caller lists them. */
  for (guint i = 0; i < job->save->len; i++)
    if (!kring_store_save_record (conn, job->save->pdata[i], now, error))
      return FALSE;
  /* A household brought back by Undo comes with its own history. */
  if (created && batch_row (job, "household_status_changes") == NULL
      && !add_first_step (conn, household, now, error))
    return FALSE;
  for (guint i = 0; i < job->remove->len; i++)
    if (!delete_row (conn, job->remove->pdata[i], error))
      return FALSE;
  return kring_store_audit_household (conn, job->actor, created ? "create" : "update", job->household_id, error);
}

void
kring_store_household_save_async (KringStore          *self,
                                  const char          *household_id,
                                  GPtrArray           *records,
                                  GPtrArray           *removals,
                                  const char          *actor,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  SaveJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (household_id != NULL && records != NULL);

  job = g_new0 (SaveJob, 1);
  job->household_id = g_strdup (household_id);
  job->save = kring_store_copy_records (records);
  job->remove = kring_store_copy_records (removals);
  job->actor = g_strdup (actor);
  kring_store_push_job (self, kring_store_household_save_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_WRITE, save_job, job, (GDestroyNotify) save_job_free,
                        NULL);
}

gboolean
kring_store_household_save_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_household_save_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- removing a row with what cascades from it --- */

typedef struct
{
  KringStoreQuery query;   /* first, so the subtree job can read it */
  char           *household_id;
  char           *actor;
} RemoveJob;

static void
remove_job_free (RemoveJob *job)
{
  g_free (job->query.table);
  g_free (job->query.id);
  g_free (job->household_id);
  g_free (job->actor);
  g_free (job);
}

static gboolean
remove_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  RemoveJob *job = data;
  gboolean whole = g_str_equal (job->query.table, "households");
  g_autofree char *owner = NULL;

  if (!is_household_table (conn, job->query.table, error))
    return *error != NULL ? FALSE : set_foreign (error, job->query.table, job->query.id);
  owner = stored_owner (conn, job->query.table, job->query.id, error);
  if (owner == NULL && *error != NULL)
    return FALSE;
  if (owner != NULL && !g_str_equal (owner, job->household_id))
    return set_foreign (error, job->query.table, job->query.id);
  if (!kring_store_job_delete_subtree (conn, &job->query, result, error))
    return FALSE;
  return kring_store_audit_household (conn, job->actor, whole ? "delete" : "update", job->household_id, error);
}

void
kring_store_household_remove_async (KringStore          *self,
                                    const char          *household_id,
                                    const char          *table,
                                    const char          *id,
                                    const char          *actor,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  RemoveJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (household_id != NULL && table != NULL && id != NULL);

  job = g_new0 (RemoveJob, 1);
  job->query.table = g_strdup (table);
  job->query.id = g_strdup (id);
  job->household_id = g_strdup (household_id);
  job->actor = g_strdup (actor);
  kring_store_push_job (self, kring_store_household_remove_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_WRITE, remove_job, job,
                        (GDestroyNotify) remove_job_free, (GDestroyNotify) g_ptr_array_unref);
}

GPtrArray *
kring_store_household_remove_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_household_remove_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* --- what the forms choose from --- */

/* The rows of @sql (no parameters) as records of @table. */
static GListModel *
read_rows (KringStoreConn *conn, const char *sql, const char *table, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, sql, error);

  return stmt != NULL ? kring_sql_read_records (conn->db, stmt, table, error) : NULL;
}

#define DOMAINS_SQL \
  "SELECT t.* FROM main.taxonomy_terms t JOIN main.taxonomies x ON x.id = t.taxonomy_id " \
  "WHERE x.kind = 'life_domain' ORDER BY t.sort_order IS NULL, t.sort_order, t.name, t.id"

static gboolean
domains_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  return (*result = read_rows (conn, DOMAINS_SQL, "taxonomy_terms", error)) != NULL;
}

static const struct
{
  const char *table;
  const char *sql;
} choice_lists[] = {
  { "organizations", "SELECT id, name FROM main.organizations ORDER BY name, id" },
  { "services", "SELECT s.id, s.name, s.organization_id, o.name AS organization_name "
                "FROM main.services s LEFT JOIN main.organizations o ON o.id = s.organization_id "
                "ORDER BY s.name, s.id" },
  { "contacts", "SELECT c.id, c.name, c.title, c.email, c.organization_id, "
                "o.name AS organization_name FROM main.contacts c "
                "LEFT JOIN main.organizations o ON o.id = c.organization_id ORDER BY c.name, c.id" },
};

static gboolean
choices_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  g_autoptr (GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (choice_lists); i++)
    {
      GListModel *rows = read_rows (conn, choice_lists[i].sql, choice_lists[i].table, error);

      if (rows == NULL)
        return FALSE;
      g_ptr_array_add (lists, rows);
    }
  *result = g_steal_pointer (&lists);
  return TRUE;
}

void
kring_store_household_choices_async (KringStore          *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));

  kring_store_push_job (self, kring_store_household_choices_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_READ, choices_job, NULL, NULL,
                        (GDestroyNotify) g_ptr_array_unref);
}

GPtrArray *
kring_store_household_choices_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_household_choices_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
kring_store_life_domains_async (KringStore          *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));

  kring_store_push_job (self, kring_store_life_domains_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_READ, domains_job, NULL, NULL, g_object_unref);
}

GListModel *
kring_store_life_domains_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_life_domains_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
