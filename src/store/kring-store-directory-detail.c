/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kring-store-directory.h"
#include "kring-store-private.h"

/*
 * The directory's other jobs: the detail of one organisation, the records
 * due for a check, marking a record verified; and the text helpers the
 * search shares with its highlighting.
 */

#define ORG_SERVICES "(SELECT id FROM main.services WHERE organization_id = :org)"
#define ORG_LOCATIONS \
  "(SELECT id FROM main.locations WHERE organization_id = :org UNION " \
  "SELECT location_id FROM main.service_at_locations WHERE service_id IN " ORG_SERVICES ")"
#define ORG_CONTACTS \
  "(SELECT id FROM main.contacts WHERE organization_id = :org OR service_id IN " ORG_SERVICES ")"

typedef struct
{
  const char *table;
  const char *sql;
} DetailQuery;

static const DetailQuery detail_queries[] = {
  { "organizations", "SELECT * FROM main.organizations WHERE id = :org" },
  { "services", "SELECT * FROM main.services WHERE organization_id = :org "
                "ORDER BY name COLLATE NOCASE" },
  { "locations", "SELECT * FROM main.locations WHERE id IN " ORG_LOCATIONS
                 " ORDER BY name COLLATE NOCASE" },
  { "addresses", "SELECT * FROM main.addresses WHERE location_id IN " ORG_LOCATIONS },
  { "schedules", "SELECT * FROM main.schedules WHERE location_id IN " ORG_LOCATIONS
                 " OR service_id IN " ORG_SERVICES },
  { "phones", "SELECT * FROM main.phones WHERE organization_id = :org OR service_id IN "
              ORG_SERVICES " OR location_id IN " ORG_LOCATIONS " OR contact_id IN "
              ORG_CONTACTS },
  { "contacts", "SELECT * FROM main.contacts WHERE id IN " ORG_CONTACTS
                " ORDER BY name COLLATE NOCASE" },
  { "service_areas", "SELECT * FROM main.service_areas WHERE service_id IN " ORG_SERVICES },
  { "cost_options", "SELECT * FROM main.cost_options WHERE service_id IN " ORG_SERVICES },
  { "relationships", "SELECT * FROM main.relationships WHERE team_id = :team "
                     "AND organization_id = :org" },
  { "ring_placements", "SELECT * FROM main.ring_placements WHERE team_id = :team "
                       "AND (organization_id = :org OR service_id IN " ORG_SERVICES ")" },
  { "teams", "SELECT * FROM main.teams WHERE id = :team" },
  { "attributes", "SELECT a.*, t.name AS term_name, x.kind AS kind FROM main.attributes a "
                  "JOIN main.taxonomy_terms t ON t.id = a.taxonomy_term_id "
                  "LEFT JOIN main.taxonomies x ON x.id = t.taxonomy_id "
                  "WHERE a.link_id = :org OR a.link_id IN " ORG_SERVICES
                  " ORDER BY t.sort_order, t.name" },
};

#define STALE_ARM(table, title, org) \
  "SELECT '" table "' AS tbl, r.id AS id, " title " AS title, " org " AS organization_id, " \
  "(SELECT name FROM main.organizations WHERE id = " org ") AS organization_name, " \
  "r.verified_on AS verified_on, r.verified_by AS verified_by FROM main." table " r " \
  "WHERE r.verified_on IS NULL OR r.verified_on = '' OR r.verified_on < :cutoff"

#define STALE_SQL \
  "SELECT * FROM (" \
  STALE_ARM ("organizations", "r.name", "r.id") " UNION ALL " \
  STALE_ARM ("services", "r.name", "r.organization_id") " UNION ALL " \
  STALE_ARM ("locations", "coalesce(r.name, (SELECT address_1 FROM main.addresses " \
             "WHERE location_id = r.id))", "r.organization_id") " UNION ALL " \
  STALE_ARM ("contacts", "coalesce(r.name, r.title)", \
             "coalesce(r.organization_id, (SELECT organization_id FROM main.services " \
             "WHERE id = r.service_id))") \
  ") ORDER BY coalesce(verified_on, '') , title COLLATE NOCASE LIMIT :limit"

typedef struct
{
  char  *organization_id;
  char  *team_id;
  guint  limit;
} DetailJob;

typedef struct
{
  char *table;
  char *id;
  char *verified_by;
  char *today;
} VerifyJob;

static void
detail_job_free (DetailJob *job)
{
  g_free (job->organization_id);
  g_free (job->team_id);
  g_free (job);
}

static void
verify_job_free (VerifyJob *job)
{
  g_free (job->table);
  g_free (job->id);
  g_free (job->verified_by);
  g_free (job->today);
  g_free (job);
}

static void
bind_named (sqlite3_stmt *stmt, const char *name, const char *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    kring_sql_bind_text (stmt, index, value);
}

static GListModel *
collect (sqlite3 *db, sqlite3_stmt *stmt, const char *table, GError **error)
{
  g_autoptr (GListStore) records = g_list_store_new (KRING_TYPE_RECORD);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *row_table = table != NULL ? table : (const char *) sqlite3_column_text (stmt, 0);
      g_autoptr (KringRecord) record = kring_sql_row_to_record (stmt, row_table);

      g_list_store_append (records, record);
    }
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, db, rc);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&records));
}

/* The first team by name when the caller names none. */
static char *
default_team (sqlite3 *db, const char *team_id, int *months, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (
      db, "SELECT id, stale_after_months FROM main.teams WHERE :team IS NULL OR id = :team "
          "ORDER BY name, id LIMIT 1", error);
  char *id = NULL;

  *months = KRING_DEFAULT_STALE_MONTHS;
  if (stmt == NULL)
    return NULL;
  bind_named (stmt, ":team", team_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *months = MAX (1, sqlite3_column_int (stmt, 1));
    }
  return id;
}

static gboolean
detail_job (KringStoreConn *conn, gpointer data, gpointer *out, GError **error)
{
  DetailJob *job = data;
  int months;
  g_autofree char *team = default_team (conn->db, job->team_id, &months, error);
  g_autoptr (GHashTable) detail = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (detail_queries); i++)
    {
      g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (conn->db, detail_queries[i].sql, error);
      GListModel *rows;

      if (stmt == NULL)
        return FALSE;
      bind_named (stmt, ":org", job->organization_id);
      bind_named (stmt, ":team", team);
      rows = collect (conn->db, stmt, detail_queries[i].table, error);
      if (rows == NULL)
        return FALSE;
      g_hash_table_insert (detail, (gpointer) detail_queries[i].table, rows);
    }
  *out = g_steal_pointer (&detail);
  return TRUE;
}

void
kring_store_directory_detail_async (KringStore          *self,
                                    const char          *organization_id,
                                    const char          *team_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  DetailJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (organization_id != NULL);

  job = g_new0 (DetailJob, 1);
  job->organization_id = g_strdup (organization_id);
  job->team_id = g_strdup (team_id);
  kring_store_push_job (self, kring_store_directory_detail_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_READ, detail_job, job,
                        (GDestroyNotify) detail_job_free, (GDestroyNotify) g_hash_table_unref);
}

GHashTable *
kring_store_directory_detail_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_directory_detail_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static char *
cutoff_date (int months)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) cutoff = g_date_time_add_months (now, -months);

  return g_date_time_format (cutoff, "%Y-%m-%d");
}

static gboolean
stale_job (KringStoreConn *conn, gpointer data, gpointer *out, GError **error)
{
  DetailJob *job = data;
  int months;
  g_autofree char *team = default_team (conn->db, job->team_id, &months, error);
  g_autofree char *cutoff = cutoff_date (months);
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (conn->db, STALE_SQL, error);
  GListModel *rows;

  if (stmt == NULL)
    return FALSE;
  bind_named (stmt, ":cutoff", cutoff);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"),
                      job->limit > 0 ? (gint64) job->limit : -1);
  rows = collect (conn->db, stmt, NULL, error);
  if (rows == NULL)
    return FALSE;
  *out = rows;
  return TRUE;
}

void
kring_store_directory_stale_async (KringStore          *self,
                                   const char          *team_id,
                                   guint                limit,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  DetailJob *job;

  g_return_if_fail (KRING_IS_STORE (self));

  job = g_new0 (DetailJob, 1);
  job->team_id = g_strdup (team_id);
  job->limit = limit;
  kring_store_push_job (self, kring_store_directory_stale_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_READ, stale_job, job,
                        (GDestroyNotify) detail_job_free, g_object_unref);
}

GListModel *
kring_store_directory_stale_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_directory_stale_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
verify_job (KringStoreConn *conn, gpointer data, gpointer *out, GError **error)
{
  VerifyJob *job = data;
  g_autofree char *quoted = kring_sql_quote (job->table);
  g_autofree char *sql = g_strdup_printf (
      "UPDATE main.%s SET verified_on = ?1, verified_by = ?2, "
      "updated_at = strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now') WHERE id = ?3", quoted);
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (conn->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, job->today);
  kring_sql_bind_text (stmt, 2, job->verified_by);
  kring_sql_bind_text (stmt, 3, job->id);
  if (!kring_sql_run (conn->db, stmt, error))
    return FALSE;
  if (sqlite3_changes (conn->db) == 0)
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND,
                   "No %s record with id %s", job->table, job->id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
has_freshness (const char *table)
{
  static const char *const tables[] = { "organizations", "services", "locations", "contacts" };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (table, tables[i]) == 0)
      return TRUE;
  return FALSE;
}

void
kring_store_mark_verified_async (KringStore          *self,
                                 const char          *table,
                                 const char          *id,
                                 const char          *verified_by,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  VerifyJob *job;

  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (has_freshness (table));
  g_return_if_fail (id != NULL);

  job = g_new0 (VerifyJob, 1);
  job->table = g_strdup (table);
  job->id = g_strdup (id);
  job->verified_by = g_strdup (verified_by);
  job->today = g_date_time_format (now, "%Y-%m-%d");
  kring_store_push_job (self, kring_store_mark_verified_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_WRITE, verify_job, job, (GDestroyNotify) verify_job_free,
                        NULL);
}

gboolean
kring_store_mark_verified_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_store_mark_verified_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Text helpers */

static gunichar
fold_char (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

  /* The base letter of "ë" is "e"; "ı" (dotless i) has no decomposition. */
  if (n > 0)
    c = decomposed[0];
  if (c == 0x0131)
    c = 'i';
  return g_unichar_tolower (c);
}

char *
kring_directory_fold (const char *text)
{
  GString *folded = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (!g_unichar_ismark (c))
        g_string_append_unichar (folded, fold_char (c));
    }
  return g_string_free (folded, FALSE);
}

static gboolean
word_matches (const char *word, gsize length, const char *const *words)
{
  g_autofree char *piece = g_strndup (word, length);
  g_autofree char *folded = kring_directory_fold (piece);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (*words[i] != '\0' && g_str_has_prefix (folded, words[i]))
      return TRUE;
  return FALSE;
}

static void
append_piece (GString *markup, const char *start, gsize length, gboolean bold)
{
  g_autofree char *escaped = g_markup_escape_text (start, (gssize) length);

  if (bold)
    g_string_append_printf (markup, "<b>%s</b>", escaped);
  else
    g_string_append (markup, escaped);
}

char *
kring_directory_markup (const char *text, const char *const *words)
{
  GString *markup = g_string_new (NULL);
  const char *p = text;

  g_return_val_if_fail (text != NULL && g_utf8_validate (text, -1, NULL), NULL);
  while (*p)
    {
      const char *start = p;
      gboolean in_word = g_unichar_isalnum (g_utf8_get_char (p));

      while (*p && (g_unichar_isalnum (g_utf8_get_char (p))
                    || g_unichar_ismark (g_utf8_get_char (p))) == in_word)
        p = g_utf8_next_char (p);
      append_piece (markup, start, (gsize) (p - start),
                    in_word && word_matches (start, (gsize) (p - start), words));
    }
  return g_string_free (markup, FALSE);
}

gboolean
kring_directory_is_stale (const char *verified_on, int months, GDateTime *today)
{
  g_autoptr (GDateTime) cutoff = NULL;
  g_autofree char *limit = NULL;

  g_return_val_if_fail (today != NULL, TRUE);
  if (verified_on == NULL || *verified_on == '\0')
    return TRUE;
  cutoff = g_date_time_add_months (today, -months);
  limit = g_date_time_format (cutoff, "%Y-%m-%d");
  return strcmp (verified_on, limit) < 0;
}
