/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-store-team.h"
#include "kring-store-directory.h"
#include "kring-store-private.h"

/*
 * Who does what. The job matches the folded query words in C, one pass
 * over members, services and organisations. The services and organisations
 * with their folded words are read once and kept on the connection until
 * the sociale kaart changes (KringWhoIndex), so a keystroke costs the
 * matching only.
 */

typedef struct
{
  char      **words;      /* folded, stemmed query words; empty: no text condition */
  char       *domain_id;  /* life-domain term or NULL */
  char       *team_id;
} WhoJob;

static void
who_job_free (WhoJob *job)
{
  g_strfreev (job->words);
  g_free (job->domain_id);
  g_free (job->team_id);
  g_free (job);
}

void
kring_who_result_free (KringWhoResult *result)
{
  if (result == NULL)
    return;
  g_clear_object (&result->members);
  g_clear_object (&result->organizations);
  g_clear_object (&result->services);
  g_free (result);
}

/* --- words --- */

/* Dutch plurals: "schulden" should find "schuldhulp" and "schuld", so a
 * query word loses a plural "-en" when enough of it is left to mean
 * something ("wonen" stays). */
static char *
stem_word (const char *word)
{
  gsize length = strlen (word);

  if (length > 5 && g_str_has_suffix (word, "en"))
    return g_strndup (word, length - 2);
  return g_strdup (word);
}

/* The folded words of @text, in order. */
static GPtrArray *
split_words (const char *text)
{
  g_autofree char *folded = kring_directory_fold (text != NULL ? text : "");
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gboolean alnum = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (alnum && start == NULL)
        start = p;
      else if (!alnum && start != NULL)
        {
          g_ptr_array_add (words, g_strndup (start, p - start));
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  return words;
}

char **
kring_who_query_words (const char *query)
{
  g_autoptr (GPtrArray) words = split_words (query);
  GPtrArray *stems = g_ptr_array_new ();

  for (guint i = 0; i < words->len; i++)
    g_ptr_array_add (stems, stem_word (g_ptr_array_index (words, i)));
  g_ptr_array_add (stems, NULL);
  return (char **) g_ptr_array_free (stems, FALSE);
}

static gboolean
has_prefix_word (GPtrArray *words, const char *prefix)
{
  for (guint i = 0; i < words->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (words, i), prefix))
      return TRUE;
  return FALSE;
}

/* Whether every one of @words starts a word of @haystack (folded words). */
static gboolean
words_match (GPtrArray *haystack, char **words)
{
  if (words == NULL || words[0] == NULL)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    if (!has_prefix_word (haystack, words[i]))
      return FALSE;
  return TRUE;
}

gboolean
kring_who_text_matches (const char *text, char **words)
{
  g_autoptr (GPtrArray) haystack = NULL;

  if (words == NULL || words[0] == NULL)
    return FALSE;
  haystack = split_words (text);
  return words_match (haystack, words);
}

/* Whether any query word starts a word of @text: used to say why a row
 * matched, not whether it does. */
static gboolean
text_touches (const char *text, char **words)
{
  g_autoptr (GPtrArray) haystack = split_words (text);

  for (guint i = 0; words[i] != NULL; i++)
    if (has_prefix_word (haystack, words[i]))
      return TRUE;
  return FALSE;
}

/* The record's @columns joined by newlines, plus @extra. */
static char *
record_text (KringRecord *record, const char *const *columns, const char *extra)
{
  GString *text = g_string_new (extra);

  for (guint i = 0; columns[i] != NULL; i++)
    {
      const char *value = kring_record_get_string (record, columns[i]);

      if (value != NULL)
        g_string_append_printf (text, "\n%s", value);
    }
  return g_string_free (text, FALSE);
}

/* --- reading --- */

#define TERMS_SQL \
  "SELECT a.id, a.link_id, t.name FROM main.attributes a " \
  "JOIN main.taxonomy_terms t ON t.id = a.taxonomy_term_id " \
  "JOIN main.taxonomies x ON x.id = t.taxonomy_id " \
  "WHERE x.kind IN ('life_domain', 'topic', 'sector') ORDER BY t.sort_order, t.name"

#define DOMAIN_SQL \
  "SELECT id, link_id FROM main.attributes WHERE taxonomy_term_id = ?1"

#define MEMBERS_SQL \
  "SELECT m.*, t.name AS team_name, o.name AS organization_name FROM main.team_members m " \
  "JOIN main.teams t ON t.id = m.team_id " \
  "LEFT JOIN main.organizations o ON o.id = m.home_organization_id " \
  "WHERE (?1 IS NULL OR m.team_id = ?1) AND coalesce (m.active, 1) " \
  "ORDER BY t.name, m.sort_order IS NULL, m.sort_order, m.name"

#define SERVICES_SQL \
  "SELECT s.id, s.name, s.alternate_name, s.description, s.email, s.url, s.organization_id, " \
  "o.name AS organization_name, (SELECT p.number FROM main.phones p " \
  "WHERE p.service_id = s.id ORDER BY p.rowid LIMIT 1) AS phone FROM main.services s " \
  "LEFT JOIN main.organizations o ON o.id = s.organization_id " \
  "WHERE s.status <> 'defunct' ORDER BY s.name, s.id"

#define ORGANIZATIONS_SQL \
  "SELECT o.id, o.name, o.alternate_name, o.description, o.email, o.website, " \
  "(SELECT p.number FROM main.phones p WHERE p.organization_id = o.id " \
  "ORDER BY p.service_id IS NOT NULL, p.rowid LIMIT 1) AS phone, " \
  "coalesce ((SELECT r.ring FROM main.ring_placements r WHERE r.organization_id = o.id " \
  "AND r.team_id = ?1), -1) AS ring FROM main.organizations o ORDER BY o.name, o.id"

static GListModel *
read_rows (KringStoreConn *conn, const char *sql, const char *param, const char *table,
           GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, sql, error);

  if (stmt == NULL)
    return NULL;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    kring_sql_bind_text (stmt, 1, param);
  return kring_sql_read_records (conn->db, stmt, table, error);
}

/* link id -> the names of its life-domain, topic and sector terms, joined
 * by newlines. */
static GHashTable *
read_terms (KringStoreConn *conn, GError **error)
{
  g_autoptr (GListModel) rows = read_rows (conn, TERMS_SQL, NULL, "attributes", error);
  GHashTable *terms;

  if (rows == NULL)
    return NULL;
  terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      const char *link = kring_record_get_string (row, "link_id");
      const char *name = kring_record_get_string (row, "name");
      const char *old = g_hash_table_lookup (terms, link);

      if (link != NULL && name != NULL)
        g_hash_table_replace (terms, g_strdup (link),
                              old != NULL ? g_strconcat (old, "\n", name, NULL) : g_strdup (name));
    }
  return terms;
}

/* The ids of what carries @domain_id; NULL domain: NULL set, no error. */
static gboolean
read_domain (KringStoreConn *conn, const char *domain_id, GHashTable **set, GError **error)
{
  g_autoptr (GListModel) rows = NULL;

  *set = NULL;
  if (domain_id == NULL)
    return TRUE;
  if ((rows = read_rows (conn, DOMAIN_SQL, domain_id, "attributes", error)) == NULL)
    return FALSE;
  *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      g_hash_table_add (*set, g_strdup (kring_record_get_string (row, "link_id")));
    }
  return TRUE;
}

/* --- matching --- */

typedef struct
{
  char       **words;
  GHashTable  *terms;    /* link id -> term names (the index's) */
  GHashTable  *domain;   /* ids carrying the domain, or NULL */
  GHashTable  *org_text; /* organisation id -> name of a matching service */
  GHashTable  *org_dom;  /* organisation ids with a service in the domain */
} Matcher;

static gboolean
has_words (Matcher *m)
{
  return m->words != NULL && m->words[0] != NULL;
}

/* "Financiën · Schuldhulp": the terms that one of the words touches. */
static char *
matched_terms (Matcher *m, const char *id)
{
  const char *names = g_hash_table_lookup (m->terms, id);
  g_auto (GStrv) list = NULL;
  g_autoptr (GPtrArray) hits = g_ptr_array_new ();

  if (names == NULL || !has_words (m))
    return NULL;
  list = g_strsplit (names, "\n", -1);
  for (guint i = 0; list[i] != NULL; i++)
    if (text_touches (list[i], m->words))
      g_ptr_array_add (hits, list[i]);
  g_ptr_array_add (hits, NULL);
  return hits->len > 1 ? g_strjoinv (" · ", (char **) hits->pdata) : NULL;
}

static const char *const entity_columns[] = { "name", "alternate_name", "description", NULL };
static const char *const member_columns[] = { "discipline", "expertise", "name", NULL };

/* --- the index: what is matched against, read once per change --- */

/* The rows who-does-what matches against and the folded words of each
 * (its texts and its terms' names), kept on the connection until one of
 * the tables they come from changes (conn->dir_changes) or another team
 * asks (the organisations' ring is the team's). Reading and folding them
 * is most of a search's work; matching the words is little. */
typedef struct _KringWhoIndex
{
  guint64     generation;
  char       *team_id;
  GHashTable *terms;          /* link id -> term names */
  GListModel *services;
  GListModel *organizations;
  GPtrArray  *service_words;  /* per service: GPtrArray of its folded words */
  GPtrArray  *org_words;      /* per organisation: the same */
} KringWhoIndex;

void
kring_who_index_free (KringWhoIndex *index)
{
  if (index == NULL)
    return;
  g_free (index->team_id);
  g_clear_pointer (&index->terms, g_hash_table_unref);
  g_clear_object (&index->services);
  g_clear_object (&index->organizations);
  g_clear_pointer (&index->service_words, g_ptr_array_unref);
  g_clear_pointer (&index->org_words, g_ptr_array_unref);
  g_free (index);
}

static GPtrArray *
words_of_rows (GListModel *rows, GHashTable *terms)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      g_autofree char *text = record_text (row, entity_columns,
                                           g_hash_table_lookup (terms, kring_record_get_id (row)));

      g_ptr_array_add (all, split_words (text));
    }
  return all;
}

static KringWhoIndex *
who_index_build (KringStoreConn *conn, const char *team_id, GError **error)
{
  g_autoptr (GHashTable) terms = read_terms (conn, error);
  KringWhoIndex *index;

  if (terms == NULL)
    return NULL;
  index = g_new0 (KringWhoIndex, 1);
  index->team_id = g_strdup (team_id);
  index->terms = g_steal_pointer (&terms);
  if ((index->services = read_rows (conn, SERVICES_SQL, NULL, "services", error)) == NULL
      || (index->organizations = read_rows (conn, ORGANIZATIONS_SQL, team_id, "organizations",
                                            error)) == NULL)
    {
      kring_who_index_free (index);
      return NULL;
    }
  index->service_words = words_of_rows (index->services, index->terms);
  index->org_words = words_of_rows (index->organizations, index->terms);
  return index;
}

static KringWhoIndex *
who_index_get (KringStoreConn *conn, const char *team_id, GError **error)
{
  KringWhoIndex *index = conn->who_index;

  if (index != NULL && index->generation == conn->dir_changes
      && g_strcmp0 (index->team_id, team_id) == 0)
    return index;
  g_clear_pointer (&conn->who_index, kring_who_index_free);
  if ((conn->who_index = who_index_build (conn, team_id, error)) != NULL)
    conn->who_index->generation = conn->dir_changes;
  return conn->who_index;
}

/* --- matching against the index --- */

/* The index's rows are shared by every search: a hit is a copy, which
 * gets its own "matched". */
static void
append_hit (GListStore *hits, KringRecord *row, const char *why)
{
  g_autoptr (KringRecord) hit = kring_record_copy (row);

  kring_record_set_string (hit, "matched", why);
  g_list_store_append (hits, hit);
}

static GListModel *
match_services (Matcher *m, KringWhoIndex *index)
{
  GListStore *hits = g_list_store_new (KRING_TYPE_RECORD);
  GListModel *rows = index->services;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      const char *id = kring_record_get_id (row);
      const char *org = kring_record_get_string (row, "organization_id");
      gboolean in_domain = m->domain != NULL && g_hash_table_contains (m->domain, id);
      gboolean text = has_words (m) && words_match (index->service_words->pdata[i], m->words);
      g_autofree char *why = NULL;

      if (in_domain && org != NULL)
        g_hash_table_add (m->org_dom, g_strdup (org));
      if ((has_words (m) && !text) || (m->domain != NULL && !in_domain))
        continue;
      if (text && org != NULL)
        g_hash_table_insert (m->org_text, g_strdup (org),
                             g_strdup (kring_record_get_string (row, "name")));
      why = matched_terms (m, id);
      append_hit (hits, row, why);
    }
  return G_LIST_MODEL (hits);
}

/* An organisation covers the question through its own texts and terms or
 * through one of its services. */
static gboolean
organization_matches (Matcher *m, KringRecord *row, GPtrArray *words, char **why)
{
  const char *id = kring_record_get_id (row);
  const char *via = g_hash_table_lookup (m->org_text, id);

  if (m->domain != NULL && !g_hash_table_contains (m->domain, id)
      && !g_hash_table_contains (m->org_dom, id))
    return FALSE;
  if (!has_words (m))
    return TRUE;
  if (words_match (words, m->words))
    *why = matched_terms (m, id);
  else if (via != NULL)
    *why = g_strdup (via);
  else
    return FALSE;
  return TRUE;
}

static int
compare_organizations (gconstpointer a, gconstpointer b, gpointer user_data)
{
  KringRecord *x = (KringRecord *) a, *y = (KringRecord *) b;
  gint64 rx = kring_record_get_int (x, "ring", -1), ry = kring_record_get_int (y, "ring", -1);

  /* Not placed (-1) goes after the sociale kaart (3). */
  rx = rx < 0 ? 4 : rx;
  ry = ry < 0 ? 4 : ry;
  if (rx != ry)
    return rx < ry ? -1 : 1;
  return g_utf8_collate (kring_record_get_string (x, "name"), kring_record_get_string (y, "name"));
}

static GListModel *
match_organizations (Matcher *m, KringWhoIndex *index)
{
  GListStore *hits = g_list_store_new (KRING_TYPE_RECORD);
  GListModel *rows = index->organizations;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      g_autofree char *why = NULL;

      if (!organization_matches (m, row, index->org_words->pdata[i], &why))
        continue;
      append_hit (hits, row, why);
    }
  g_list_store_sort (hits, compare_organizations, NULL);
  return G_LIST_MODEL (hits);
}

/* Members have no life domains: they are found by the words alone. */
static GListModel *
match_members (Matcher *m, GListModel *rows)
{
  GListStore *hits = g_list_store_new (KRING_TYPE_RECORD);

  for (guint i = 0; has_words (m) && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      g_autofree char *text = record_text (row, member_columns, NULL);

      if (kring_who_text_matches (text, m->words))
        g_list_store_append (hits, row);
    }
  return G_LIST_MODEL (hits);
}

/* --- the job --- */

static void
matcher_clear (Matcher *m)
{
  g_clear_pointer (&m->domain, g_hash_table_unref);
  g_clear_pointer (&m->org_text, g_hash_table_unref);
  g_clear_pointer (&m->org_dom, g_hash_table_unref);
}

static gboolean
who_read_and_match (KringStoreConn *conn, WhoJob *job, Matcher *m, KringWhoResult *out,
                    GError **error)
{
  g_autoptr (GListModel) members = NULL;
  KringWhoIndex *index = who_index_get (conn, job->team_id, error);

  if (index == NULL || !read_domain (conn, job->domain_id, &m->domain, error)
      || (members = read_rows (conn, MEMBERS_SQL, job->team_id, "team_members", error)) == NULL)
    return FALSE;
  m->terms = index->terms;
  out->members = match_members (m, members);
  out->services = match_services (m, index);
  out->organizations = match_organizations (m, index);
  return TRUE;
}

static gboolean
who_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  WhoJob *job = data;
  g_autoptr (KringWhoResult) out = g_new0 (KringWhoResult, 1);
  Matcher m = { job->words, NULL, NULL, NULL, NULL };
  gboolean ok;

  m.org_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  m.org_dom = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (job->words[0] == NULL && job->domain_id == NULL)
    {
      out->members = G_LIST_MODEL (g_list_store_new (KRING_TYPE_RECORD));
      out->services = G_LIST_MODEL (g_list_store_new (KRING_TYPE_RECORD));
      out->organizations = G_LIST_MODEL (g_list_store_new (KRING_TYPE_RECORD));
      ok = TRUE;
    }
  else
    ok = who_read_and_match (conn, job, &m, out, error);
  matcher_clear (&m);
  if (ok)
    *result = g_steal_pointer (&out);
  return ok;
}

void
kring_store_who_does_what_async (KringStore *self, const char *query, const char *domain_term_id,
                                 const char *team_id, GCancellable *cancellable,
                                 GAsyncReadyCallback callback, gpointer user_data)
{
  WhoJob *job;

  g_return_if_fail (KRING_IS_STORE (self));

  job = g_new0 (WhoJob, 1);
  job->words = kring_who_query_words (query);
  job->domain_id = domain_term_id != NULL && *domain_term_id ? g_strdup (domain_term_id) : NULL;
  job->team_id = g_strdup (team_id);
  kring_store_push_job (self, kring_store_who_does_what_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_READ, who_job, job, (GDestroyNotify) who_job_free,
                        (GDestroyNotify) kring_who_result_free);
}

KringWhoResult *
kring_store_who_does_what_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_store_who_does_what_async,
                        NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
