/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kring-store-directory.h"
#include "kring-store-private.h"
#include "kring-store-directory-private.h"
#include "kring-store-dirindex.h"

/*
 * The directory query costs one FTS4 doclist read, whatever the size of the
 * directory: the matching documents come from directory_fts, and the rest
 * (which entry each stands for, the facet filters, the counts, the order
 * and the page) is computed over the directory index in memory
 * (kring-store-dirindex.h). Only the rows of the returned page read their
 * description from the database.
 */

static const char *const facet_kinds[KRING_N_TERM_FACETS] = {
  "life_domain", "lijn", "toegang", "sector", "target_group",
};

typedef struct
{
  KringDirectoryFilter *filter;
  char                 *match;
  char                **words;     /* the folded prefixes of match */
  char                 *team_id;
  char                 *cutoff;
  guint32               cutoff_day;  /* cutoff as YYYYMMDD */
  int                   months;
  gint32                terms[KRING_N_TERM_FACETS]; /* term index, -1 none, -2 unknown */
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
  g_strfreev (job->words);
  g_free (job->team_id);
  g_free (job->cutoff);
  g_free (job);
}

/* The worker side */

/* The team whose rings and freshness period apply, and the date before which
 * a verification counts as stale. */
static gboolean
resolve_team (KringStoreConn *conn, QueryJob *job, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "SELECT id, stale_after_months FROM main.teams WHERE ?1 IS NULL OR id = ?1 "
            "ORDER BY name, id LIMIT 1", error);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) cutoff = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, job->filter->team_id);
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
      kring_sql_set_error (error, conn->db, rc);
      return FALSE;
    }
  cutoff = g_date_time_add_months (now, -job->months);
  job->cutoff = g_date_time_format (cutoff, "%Y-%m-%d");
  job->cutoff_day = kring_dir_day (job->cutoff);
  return TRUE;
}

/* The filter's term ids as indices into the index's terms; an id the
 * directory does not know matches nothing. */
static void
resolve_terms (KringDirIndex *index, QueryJob *job)
{
  for (guint i = 0; i < KRING_N_TERM_FACETS; i++)
    {
      const char *id = job->filter->terms[i];

      job->terms[i] = id == NULL ? -1
                                 : (gint32) GPOINTER_TO_UINT (
                                     g_hash_table_lookup (index->term_index, id)) - 1;
      if (id != NULL && job->terms[i] < 0)
        job->terms[i] = -2;
    }
}

static gboolean
entry_has_term (const KringEntry *entry, guint32 term)
{
  guint lo = 0, hi = entry->n_terms;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (entry->terms[mid] == term)
        return TRUE;
      if (entry->terms[mid] < term)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

static gboolean
serves_ages (const KringEntry *service, const KringDirectoryFilter *filter)
{
  if (filter->age_min >= 0 && service->maximum_age >= 0 && service->maximum_age < filter->age_min)
    return FALSE;
  return !(filter->age_max >= 0 && service->minimum_age >= 0
           && service->minimum_age > filter->age_max);
}

/* A service by its own age range; an organisation when one of its services
 * fits. */
static gboolean
entry_serves_ages (KringDirIndex *index, guint e, const KringDirectoryFilter *filter)
{
  const KringEntry *entry = &g_array_index (index->entries, KringEntry, e);

  if (filter->age_min < 0 && filter->age_max < 0)
    return TRUE;
  if ((guint) entry->organization != e)
    return serves_ages (entry, filter);
  for (guint s = 0; s < entry->n_services; s++)
    if (serves_ages (&g_array_index (index->entries, KringEntry, entry->services[s]), filter))
      return TRUE;
  return FALSE;
}

/* Never verified (day 0), or before the cutoff. */
static gboolean
entry_is_stale (const KringEntry *entry, guint32 cutoff_day)
{
  return entry->verified_day < cutoff_day;
}

static gboolean
entry_passes (KringDirIndex *index, guint e, QueryJob *job)
{
  const KringDirectoryFilter *filter = job->filter;
  const KringEntry *entry = &g_array_index (index->entries, KringEntry, e);

  for (guint i = 0; i < KRING_N_TERM_FACETS; i++)
    if (job->terms[i] != -1 && (job->terms[i] < 0 || !entry_has_term (entry, (guint32) job->terms[i])))
      return FALSE;
  if (filter->ring != KRING_RING_ANY && index->rings[e] != filter->ring)
    return FALSE;
  if (filter->freshness != KRING_FRESHNESS_ANY
      && entry_is_stale (entry, job->cutoff_day) != (filter->freshness == KRING_FRESHNESS_STALE))
    return FALSE;
  return entry_serves_ages (index, e, filter);
}

/* Twice the best score per entry (plus one, so 0 means no hit). */
static guint32 *
best_scores (KringStoreConn *conn, KringDirIndex *index, QueryJob *job, GError **error)
{
  guint32 *best = g_new0 (guint32, MAX (index->entries->len, 1));
  g_autoptr (GArray) hits = NULL;

  if (job->match == NULL)
    {
      for (guint e = 0; e < index->entries->len; e++)
        best[e] = 1;
      return best;
    }
  hits = kring_dir_index_match (conn, index, job->match, job->words, error);
  if (hits == NULL)
    {
      g_free (best);
      return NULL;
    }
  for (guint i = 0; i < hits->len; i++)
    {
      const KringDocHit *hit = &g_array_index (hits, KringDocHit, i);
      const KringDoc *doc = &g_array_index (index->docs, KringDoc, hit->doc);
      guint32 score2 = (doc->kind == KRING_DOC_CONTACT ? 1 : 2) * hit->score + 1;

      if (doc->entry >= 0 && best[doc->entry] < score2)
        best[doc->entry] = score2;
    }
  return best;
}

static void
count_entry (KringDirIndex *index, guint e, QueryJob *job, KringDirectoryResult *result,
             guint *term_counts)
{
  const KringEntry *entry = &g_array_index (index->entries, KringEntry, e);

  result->total++;
  result->ring_counts[index->rings[e] + 1]++;
  if (entry_is_stale (entry, job->cutoff_day))
    result->stale++;
  for (guint t = 0; t < entry->n_terms; t++)
    term_counts[entry->terms[t]]++;
}

static void
store_term_counts (KringDirIndex *index, const guint *term_counts, KringDirectoryResult *result)
{
  for (guint t = 0; t < index->terms->len; t++)
    if (term_counts[t] > 0)
      g_hash_table_insert (result->term_counts,
                           g_strdup (g_array_index (index->terms, KringTerm, t).id),
                           GUINT_TO_POINTER (term_counts[t]));
}

/* Filters, counts and picks the page in one pass over the entries. */
static GArray *
select_page (KringStoreConn *conn, KringDirIndex *index, QueryJob *job,
             KringDirectoryResult *result, GError **error)
{
  g_autofree guint32 *best = best_scores (conn, index, job, error);
  g_autofree guint *term_counts = g_new0 (guint, MAX (index->terms->len, 1));
  guint limit = job->filter->limit > 0 ? job->filter->limit : G_MAXUINT;
  GArray *page = g_array_new (FALSE, FALSE, sizeof (KringRanked));

  if (best == NULL)
    {
      g_array_unref (page);
      return NULL;
    }
  for (guint e = 0; e < index->entries->len; e++)
    {
      if (best[e] == 0 || !entry_passes (index, e, job))
        continue;
      count_entry (index, e, job, result, term_counts);
      kring_ranked_push (page, limit, e, best[e] - 1,
                         g_array_index (index->entries, KringEntry, e).title_rank);
    }
  kring_ranked_sort (page);
  store_term_counts (index, term_counts, result);
  return page;
}

/* The names of an entry's terms of one facet, in name order, or NULL. */
static char *
term_names (KringDirIndex *index, const KringEntry *entry, KringTermFacet facet)
{
  GString *names = NULL;

  for (guint t = 0; t < entry->n_terms; t++)
    {
      const KringTerm *term = &g_array_index (index->terms, KringTerm, entry->terms[t]);

      if (term->facet != (int) facet || term->name == NULL)
        continue;
      if (names == NULL)
        names = g_string_new (term->name);
      else
        g_string_append_printf (names, ", %s", term->name);
    }
  return names != NULL ? g_string_free (names, FALSE) : NULL;
}

static void
set_optional_string (KringRecord *record, const char *column, const char *value)
{
  if (value != NULL)
    kring_record_set_string (record, column, value);
  else
    kring_record_set_null (record, column);
}

static void
set_optional_int (KringRecord *record, const char *column, int value)
{
  if (value >= 0)
    kring_record_set_int (record, column, value);
  else
    kring_record_set_null (record, column);
}

static gboolean
set_description (KringStoreConn *conn, KringRecord *record, GError **error)
{
  gboolean service = g_strcmp0 (kring_record_get_table (record), "services") == 0;
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, service ? "SELECT description FROM main.services WHERE id = ?"
                    : "SELECT description FROM main.organizations WHERE id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, kring_record_get_id (record));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, conn->db, rc);
      return FALSE;
    }
  set_optional_string (record, "description",
                       rc == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0) : NULL);
  sqlite3_reset (stmt);
  return TRUE;
}

static const struct
{
  const char     *column;
  KringTermFacet  facet;
} term_columns[] = {
  { "lijn", KRING_FACET_LIJN }, { "toegang", KRING_FACET_TOEGANG },
  { "life_domains", KRING_FACET_LIFE_DOMAIN }, { "target_groups", KRING_FACET_TARGET_GROUP },
  { "sector", KRING_FACET_SECTOR },
};

static KringRecord *
entry_record (KringDirIndex *index, const KringRanked *hit, guint32 cutoff_day)
{
  const KringEntry *entry = &g_array_index (index->entries, KringEntry, hit->item);
  const KringDoc *doc = &g_array_index (index->docs, KringDoc, entry->doc);
  const KringDoc *organization = entry->organization >= 0
    ? &g_array_index (index->docs, KringDoc,
                      g_array_index (index->entries, KringEntry, entry->organization).doc)
    : NULL;
  KringRecord *record = kring_record_new_with_id (doc->table, doc->id);

  kring_record_set_string (record, "title", doc->title);
  set_optional_string (record, "organization_id", organization ? organization->id : NULL);
  set_optional_string (record, "organization_name", organization ? organization->title : NULL);
  for (guint i = 0; i < G_N_ELEMENTS (term_columns); i++)
    {
      g_autofree char *names = term_names (index, entry, term_columns[i].facet);

      set_optional_string (record, term_columns[i].column, names);
    }
  kring_record_set_int (record, "ring", index->rings[hit->item]);
  set_optional_int (record, "minimum_age", entry->minimum_age);
  set_optional_int (record, "maximum_age", entry->maximum_age);
  set_optional_string (record, "verified_on", entry->verified_on);
  set_optional_string (record, "verified_by", entry->verified_by);
  kring_record_set_int (record, "stale", entry_is_stale (entry, cutoff_day));
  kring_record_set_double (record, "score", hit->score / 2.0);
  return record;
}

static gboolean
read_rows (KringStoreConn *conn, KringDirIndex *index, QueryJob *job, GArray *page,
           KringDirectoryResult *result, GError **error)
{
  GListStore *entries = g_list_store_new (KRING_TYPE_RECORD);

  result->entries = G_LIST_MODEL (entries);
  for (guint i = 0; i < page->len; i++)
    {
      g_autoptr (KringRecord) record = entry_record (index, &g_array_index (page, KringRanked, i),
                                                     job->cutoff_day);

      if (!set_description (conn, record, error))
        return FALSE;
      g_list_store_append (entries, record);
    }
  return TRUE;
}

static gboolean
query_job (KringStoreConn *conn, gpointer data, gpointer *out, GError **error)
{
  QueryJob *job = data;
  g_autoptr (KringDirectoryResult) result = g_new0 (KringDirectoryResult, 1);
  g_autoptr (GArray) page = NULL;
  KringDirIndex *index;

  result->term_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!resolve_team (conn, job, error) || (index = kring_dir_index_get (conn, error)) == NULL
      || !kring_dir_index_rings (conn, index, job->team_id, error))
    return FALSE;
  resolve_terms (index, job);
  page = select_page (conn, index, job, result, error);
  if (page == NULL || !read_rows (conn, index, job, page, result, error))
    return FALSE;
  result->match_words = g_strdupv (job->words);
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
  job->words = kring_dir_match_words (job->match);
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
