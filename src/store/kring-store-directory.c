/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kring-store-directory.h"
#include "kring-store-private.h"
#include "kring-store-directory-private.h"

/*
 * The directory query runs in a fixed number of statements, whatever the
 * size of the directory: the FTS4 hits go into a TEMP table (one row per
 * organisation or service, a contact counting for what it belongs to); the
 * facet filters select from those into a second TEMP table that also holds
 * each row's ring and freshness; the counts and the first page of rows are
 * read from that table. Only the returned page gets its term names.
 */

static const char *const facet_kinds[KRING_N_TERM_FACETS] = {
  "life_domain", "lijn", "toegang", "sector", "target_group",
};

#define TEMP_TABLES \
  "CREATE TEMP TABLE IF NOT EXISTS kring_dir_match (id TEXT PRIMARY KEY NOT NULL, score REAL);" \
  "CREATE TEMP TABLE IF NOT EXISTS kring_dir_hits (id TEXT PRIMARY KEY NOT NULL, tbl TEXT, " \
  "org_id TEXT, title TEXT, score REAL, ring INTEGER, stale INTEGER);" \
  "DELETE FROM temp.kring_dir_match; DELETE FROM temp.kring_dir_hits;"

/* A contact that matches brings in its service or else its organisation, at
 * half weight, so "Jansen" finds where Jansen works. The hits come from the
 * doclists and matchinfo() alone; directory_fts_docs names the entry of each
 * docid, so no FTS content is read. The LIMIT keeps SQLite from flattening
 * the FTS query into the aggregate, where matchinfo() cannot run. */
#define MATCH_SQL \
  "INSERT INTO temp.kring_dir_match (id, score) " \
  "SELECT f.entry_id, max(m.score * (CASE WHEN f.record_table = 'contacts' THEN 0.5 ELSE 1 END)) " \
  "FROM (SELECT docid, kring_rank(matchinfo(directory_fts, 'pcy')) AS score " \
  "FROM main.directory_fts WHERE directory_fts MATCH :match LIMIT -1) m " \
  "JOIN main.directory_fts_docs f ON f.docid = m.docid " \
  "WHERE f.entry_id IS NOT NULL GROUP BY f.entry_id"

#define ORG_RING \
  "coalesce((SELECT ring FROM main.ring_placements WHERE team_id = :team " \
  "AND organization_id = o.id), -1)"
#define SERVICE_RING \
  "coalesce((SELECT ring FROM main.ring_placements WHERE team_id = :team " \
  "AND service_id = s.id), (SELECT ring FROM main.ring_placements WHERE team_id = :team " \
  "AND organization_id = s.organization_id), -1)"
#define STALE(t) \
  "(" t ".verified_on IS NULL OR " t ".verified_on = '' OR " t ".verified_on < :cutoff)"

#define ORG_ARM \
  "SELECT 'organizations' AS tbl, o.id AS id, o.id AS org_id, o.name AS title, " \
  "%s AS score, NULL AS minimum_age, NULL AS maximum_age, " ORG_RING " AS ring, " \
  STALE ("o") " AS stale FROM %s"
#define SERVICE_ARM \
  "SELECT 'services', s.id, s.organization_id, s.name, %s, s.minimum_age, s.maximum_age, " \
  SERVICE_RING ", " STALE ("s") " FROM %s"

/* The attributes of a row: its own, its organisation's (a service inherits
 * the sector) and its services' (an organisation offers their life domains). */
#define HAS_TERM(param) \
  "(EXISTS (SELECT 1 FROM main.attributes a WHERE a.link_id IN (e.id, e.org_id) " \
  "AND +a.taxonomy_term_id = " param ") OR (e.tbl = 'organizations' AND EXISTS (" \
  "SELECT 1 FROM main.services s2 JOIN main.attributes a ON a.link_id = s2.id " \
  "WHERE s2.organization_id = e.id AND +a.taxonomy_term_id = " param ")))"

/* CROSS JOIN: from the hits to their attributes, whatever SQLite guesses
 * about the size of the TEMP table. */
#define TERM_COUNTS_SQL \
  "SELECT term, count(DISTINCT id) FROM (" \
  "SELECT a.taxonomy_term_id AS term, h.id AS id FROM temp.kring_dir_hits h " \
  "CROSS JOIN main.attributes a ON a.link_id = h.id " \
  "UNION ALL SELECT a.taxonomy_term_id, h.id FROM temp.kring_dir_hits h " \
  "CROSS JOIN main.attributes a ON a.link_id = h.org_id WHERE h.tbl = 'services' " \
  "UNION ALL SELECT a.taxonomy_term_id, h.id FROM temp.kring_dir_hits h " \
  "CROSS JOIN main.services s ON s.organization_id = h.id " \
  "CROSS JOIN main.attributes a ON a.link_id = s.id " \
  "WHERE h.tbl = 'organizations') WHERE term IS NOT NULL GROUP BY term"

/* The records whose attributes count for a row (see HAS_TERM). */
#define LINKS_OF_ROW \
  "(SELECT h.id UNION ALL SELECT h.org_id UNION ALL SELECT s2.id FROM main.services s2 " \
  "WHERE h.tbl = 'organizations' AND s2.organization_id = h.id)"
#define TERM_NAMES(kind) \
  "(SELECT group_concat(DISTINCT t.name) FROM main.attributes a " \
  "JOIN main.taxonomy_terms t ON t.id = a.taxonomy_term_id " \
  "JOIN main.taxonomies x ON x.id = t.taxonomy_id AND x.kind = '" kind "' " \
  "WHERE a.link_id IN " LINKS_OF_ROW ")"

/* The page is cut from the hits first; only its rows get their term names. */
#define ROWS_SQL \
  "SELECT h.tbl, h.id, h.org_id AS organization_id, h.title AS title, " \
  "o.name AS organization_name, CASE h.tbl WHEN 'services' THEN s.description " \
  "ELSE o.description END AS description, " \
  TERM_NAMES ("lijn") " AS lijn, " TERM_NAMES ("toegang") " AS toegang, " \
  TERM_NAMES ("life_domain") " AS life_domains, " \
  TERM_NAMES ("target_group") " AS target_groups, " TERM_NAMES ("sector") " AS sector, " \
  "h.ring AS ring, s.minimum_age AS minimum_age, s.maximum_age AS maximum_age, " \
  "CASE h.tbl WHEN 'services' THEN s.verified_on ELSE o.verified_on END AS verified_on, " \
  "CASE h.tbl WHEN 'services' THEN s.verified_by ELSE o.verified_by END AS verified_by, " \
  "h.stale AS stale, h.score AS score FROM (SELECT * FROM temp.kring_dir_hits " \
  "ORDER BY score DESC, title COLLATE NOCASE, id LIMIT :limit) h " \
  "LEFT JOIN main.organizations o ON o.id = h.org_id " \
  "LEFT JOIN main.services s ON h.tbl = 'services' AND s.id = h.id " \
  "ORDER BY h.score DESC, h.title COLLATE NOCASE, h.id"

typedef struct
{
  KringDirectoryFilter *filter;
  char                 *match;
  char                 *team_id;
  char                 *cutoff;
  int                   months;
} QueryJob;

/* Filters */

KringDirectoryFilter *
kring_directory_filter_new (void)
{
  KringDirectoryFilter *filter = g_new0 (KringDirectoryFilter, 1);

  filter->ring = KRING_RING_ANY;
  filter->age_min = -1;
  filter->age_max = -1;
  return filter;
}

KringDirectoryFilter *
kring_directory_filter_copy (const KringDirectoryFilter *filter)
{
  KringDirectoryFilter *copy;

  g_return_val_if_fail (filter != NULL, NULL);
  copy = g_memdup2 (filter, sizeof *filter);
  copy->text = g_strdup (filter->text);
  copy->team_id = g_strdup (filter->team_id);
  for (guint i = 0; i < KRING_N_TERM_FACETS; i++)
    copy->terms[i] = g_strdup (filter->terms[i]);
  return copy;
}

void
kring_directory_filter_free (KringDirectoryFilter *filter)
{
  if (filter == NULL)
    return;
  g_free (filter->text);
  g_free (filter->team_id);
  for (guint i = 0; i < KRING_N_TERM_FACETS; i++)
    g_free (filter->terms[i]);
  g_free (filter);
}

gboolean
kring_directory_filter_has_facets (const KringDirectoryFilter *filter)
{
  g_return_val_if_fail (filter != NULL, FALSE);
  for (guint i = 0; i < KRING_N_TERM_FACETS; i++)
    if (filter->terms[i] != NULL)
      return TRUE;
  return filter->ring != KRING_RING_ANY || filter->age_min >= 0 || filter->age_max >= 0
         || filter->freshness != KRING_FRESHNESS_ANY;
}

const char *
kring_term_facet_kind (KringTermFacet facet)
{
  g_return_val_if_fail (facet < KRING_N_TERM_FACETS, NULL);
  return facet_kinds[facet];
}

void
kring_directory_result_free (KringDirectoryResult *result)
{
  if (result == NULL)
    return;
  g_clear_object (&result->entries);
  g_clear_pointer (&result->term_counts, g_hash_table_unref);
  g_strfreev (result->match_words);
  g_free (result->team_id);
  g_free (result);
}

static void
query_job_free (QueryJob *job)
{
  kring_directory_filter_free (job->filter);
  g_free (job->match);
  g_free (job->team_id);
  g_free (job->cutoff);
  g_free (job);
}

/* The worker side */

static void
bind_named_text (sqlite3_stmt *stmt, const char *name, const char *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    kring_sql_bind_text (stmt, index, value);
}

static void
bind_named_int (sqlite3_stmt *stmt, const char *name, gint64 value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_common (sqlite3_stmt *stmt, QueryJob *job)
{
  static const char *const names[KRING_N_TERM_FACETS] = { ":t0", ":t1", ":t2", ":t3", ":t4" };

  bind_named_text (stmt, ":match", job->match);
  bind_named_text (stmt, ":team", job->team_id);
  bind_named_text (stmt, ":cutoff", job->cutoff);
  for (guint i = 0; i < KRING_N_TERM_FACETS; i++)
    bind_named_text (stmt, names[i], job->filter->terms[i]);
  bind_named_int (stmt, ":ring", job->filter->ring);
  bind_named_int (stmt, ":age_min", job->filter->age_min);
  bind_named_int (stmt, ":age_max", job->filter->age_max);
  bind_named_int (stmt, ":limit", job->filter->limit > 0 ? (gint64) job->filter->limit : -1);
}

static gboolean
run_sql (sqlite3 *db, const char *sql, QueryJob *job, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_common (stmt, job);
  return kring_sql_run (db, stmt, error);
}

/* The team whose rings and freshness period apply, and the date before which
 * a verification counts as stale. */
static gboolean
resolve_team (sqlite3 *db, QueryJob *job, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (
      db, "SELECT id, stale_after_months FROM main.teams WHERE :team IS NULL OR id = :team "
          "ORDER BY name, id LIMIT 1", error);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) cutoff = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_named_text (stmt, ":team", job->filter->team_id);
  job->months = KRING_DEFAULT_STALE_MONTHS;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_free (job->team_id);
      job->team_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      job->months = MAX (1, sqlite3_column_int (stmt, 1));
    }
  else if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, db, rc);
      return FALSE;
    }
  cutoff = g_date_time_add_months (now, -job->months);
  job->cutoff = g_date_time_format (cutoff, "%Y-%m-%d");
  return TRUE;
}

static void
append_age_condition (GString *sql, const KringDirectoryFilter *filter, const char *t)
{
  g_string_append (sql, "1");
  if (filter->age_min >= 0)
    g_string_append_printf (sql, " AND (%s.maximum_age IS NULL OR %s.maximum_age >= :age_min)",
                            t, t);
  if (filter->age_max >= 0)
    g_string_append_printf (sql, " AND (%s.minimum_age IS NULL OR %s.minimum_age <= :age_max)",
                            t, t);
}

static void
append_conditions (GString *sql, const KringDirectoryFilter *filter)
{
  static const char *const terms[KRING_N_TERM_FACETS] = {
    HAS_TERM (":t0"), HAS_TERM (":t1"), HAS_TERM (":t2"), HAS_TERM (":t3"), HAS_TERM (":t4"),
  };

  g_string_append (sql, " WHERE 1");
  for (guint i = 0; i < KRING_N_TERM_FACETS; i++)
    if (filter->terms[i] != NULL)
      g_string_append_printf (sql, " AND %s", terms[i]);
  if (filter->ring != KRING_RING_ANY)
    g_string_append (sql, " AND e.ring = :ring");
  if (filter->freshness != KRING_FRESHNESS_ANY)
    g_string_append (sql, filter->freshness == KRING_FRESHNESS_STALE ? " AND e.stale = 1"
                                                                     : " AND e.stale = 0");
  if (filter->age_min < 0 && filter->age_max < 0)
    return;
  g_string_append (sql, " AND ((e.tbl = 'services' AND ");
  append_age_condition (sql, filter, "e");
  g_string_append (sql, ") OR (e.tbl = 'organizations' AND EXISTS (SELECT 1 FROM "
                        "main.services s3 WHERE s3.organization_id = e.id AND ");
  append_age_condition (sql, filter, "s3");
  g_string_append (sql, ")))");
}

static char *
hits_sql (QueryJob *job)
{
  gboolean text = job->match != NULL;
  GString *sql = g_string_new ("INSERT INTO temp.kring_dir_hits "
                               "(id, tbl, org_id, title, score, ring, stale) "
                               "SELECT id, tbl, org_id, title, score, ring, stale FROM (");

  g_string_append_printf (sql, ORG_ARM, text ? "m.score" : "0",
                          text ? "temp.kring_dir_match m JOIN main.organizations o ON o.id = m.id"
                               : "main.organizations o");
  g_string_append (sql, " UNION ALL ");
  g_string_append_printf (sql, SERVICE_ARM, text ? "m.score" : "0",
                          text ? "temp.kring_dir_match m JOIN main.services s ON s.id = m.id"
                               : "main.services s");
  g_string_append (sql, ") e");
  append_conditions (sql, job->filter);
  return g_string_free (sql, FALSE);
}

static gboolean
read_counts (sqlite3 *db, KringDirectoryResult *result, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (
      db, "SELECT ring, count(*), total(stale) FROM temp.kring_dir_hits GROUP BY ring", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int ring = sqlite3_column_int (stmt, 0);
      guint count = (guint) sqlite3_column_int64 (stmt, 1);

      if (ring >= -1 && ring <= 3)
        result->ring_counts[ring + 1] += count;
      result->total += count;
      result->stale += (guint) sqlite3_column_double (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    kring_sql_set_error (error, db, rc);
  return rc == SQLITE_DONE;
}

static gboolean
read_term_counts (sqlite3 *db, KringDirectoryResult *result, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (db, TERM_COUNTS_SQL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (result->term_counts,
                         g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 1)));
  if (rc != SQLITE_DONE)
    kring_sql_set_error (error, db, rc);
  return rc == SQLITE_DONE;
}

/* group_concat(DISTINCT) only separates with ','; the list reads better with ', '. */
static void
tidy_term_lists (KringRecord *record)
{
  static const char *const columns[] = { "lijn", "toegang", "life_domains", "target_groups",
                                         "sector" };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const char *value = kring_record_get_string (record, columns[i]);
      g_auto (GStrv) parts = NULL;
      g_autofree char *joined = NULL;

      if (value == NULL)
        continue;
      parts = g_strsplit (value, ",", -1);
      joined = g_strjoinv (", ", parts);
      kring_record_set_string (record, columns[i], joined);
    }
}

static gboolean
read_rows (sqlite3 *db, QueryJob *job, KringDirectoryResult *result, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (db, ROWS_SQL, error);
  GListStore *entries = g_list_store_new (KRING_TYPE_RECORD);
  int rc;

  result->entries = G_LIST_MODEL (entries);
  if (stmt == NULL)
    return FALSE;
  bind_common (stmt, job);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (KringRecord) record = kring_sql_row_to_record (
          stmt, (const char *) sqlite3_column_text (stmt, 0));

      tidy_term_lists (record);
      g_list_store_append (entries, record);
    }
  if (rc != SQLITE_DONE)
    kring_sql_set_error (error, db, rc);
  return rc == SQLITE_DONE;
}

static char **
match_words (const char *match)
{
  g_auto (GStrv) parts = g_strsplit (match != NULL ? match : "", " ", -1);
  GPtrArray *words = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *bare = g_strdup (parts[i]);
      char *star = strchr (bare, '*');

      if (star != NULL)
        *star = '\0';
      if (*bare != '\0')
        g_ptr_array_add (words, kring_directory_fold (bare));
    }
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

static gboolean
query_job (KringStoreConn *conn, gpointer data, gpointer *out, GError **error)
{
  QueryJob *job = data;
  g_autoptr (KringDirectoryResult) result = g_new0 (KringDirectoryResult, 1);
  g_autofree char *hits = NULL;

  result->term_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!resolve_team (conn->db, job, error) || !kring_sql_exec (conn->db, TEMP_TABLES, error))
    return FALSE;
  if (job->match != NULL
      && !(kring_store_fts_sync (conn->db, error) && run_sql (conn->db, MATCH_SQL, job, error)))
    return FALSE;
  hits = hits_sql (job);
  if (!run_sql (conn->db, hits, job, error) || !read_counts (conn->db, result, error)
      || !read_term_counts (conn->db, result, error) || !read_rows (conn->db, job, result, error))
    return FALSE;
  result->match_words = match_words (job->match);
  result->team_id = g_strdup (job->team_id);
  result->stale_months = job->months;
  *out = g_steal_pointer (&result);
  return TRUE;
}

void
kring_store_directory_query_async (KringStore                 *self,
                                   const KringDirectoryFilter *filter,
                                   GCancellable               *cancellable,
                                   GAsyncReadyCallback         callback,
                                   gpointer                    user_data)
{
  QueryJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (filter != NULL);

  job = g_new0 (QueryJob, 1);
  job->filter = kring_directory_filter_copy (filter);
  job->match = filter->text != NULL ? kring_store_build_match (filter->text) : NULL;
  kring_store_push_job (self, kring_store_directory_query_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_READ, query_job, job,
                        (GDestroyNotify) query_job_free,
                        (GDestroyNotify) kring_directory_result_free);
}

KringDirectoryResult *
kring_store_directory_query_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_directory_query_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
