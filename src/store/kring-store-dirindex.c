/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kring-store-dirindex.h"
#include "kring-store-directory.h"
#include "kring-store-directory-private.h"

/* The tables the index is read from (and phones, which who-does-what's
 * index in kring-store-team.c reads too); a change to any of them (also
 * through a trigger, as when the full-text index is brought up to date)
 * makes it out of date. */
static const char *const watched[] = {
  "organizations", "services", "contacts", "attributes", "taxonomy_terms", "taxonomies",
  "ring_placements", "directory_fts_docs", "phones",
};

static void
on_update (void *data, int op, const char *database, const char *table, sqlite3_int64 rowid)
{
  KringStoreConn *conn = data;

  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    if (strcmp (table, watched[i]) == 0)
      {
        conn->dir_changes++;
        return;
      }
}

/* A rollback may take back rows the index was just built from. */
static void
on_rollback (void *data)
{
  KringStoreConn *conn = data;

  conn->dir_changes++;
}

void
kring_dir_index_watch (KringStoreConn *conn)
{
  conn->dir_changes = 1;
  sqlite3_update_hook (conn->db, on_update, conn);
  sqlite3_rollback_hook (conn->db, on_rollback, conn);
}

static void
doc_clear (gpointer data)
{
  KringDoc *doc = data;

  g_free (doc->id);
  g_free (doc->title);
}

static void
entry_clear (gpointer data)
{
  KringEntry *entry = data;

  g_free (entry->verified_on);
  g_free (entry->verified_by);
  g_free (entry->services);
}

static void
term_clear (gpointer data)
{
  KringTerm *term = data;

  g_free (term->id);
  g_free (term->name);
}

void
kring_dir_index_free (KringDirIndex *index)
{
  if (index == NULL)
    return;
  g_array_unref (index->docs);
  g_array_unref (index->entries);
  g_array_unref (index->terms);
  g_hash_table_unref (index->term_index);
  g_array_unref (index->term_pool);
  g_string_free (index->names, TRUE);
  g_hash_table_unref (index->entry_index);
  g_free (index->doc_by_docid);
  g_free (index->ring_team);
  g_free (index->rings);
  g_free (index);
}

static KringDirIndex *
index_new (void)
{
  KringDirIndex *index = g_new0 (KringDirIndex, 1);

  index->docs = g_array_new (FALSE, TRUE, sizeof (KringDoc));
  g_array_set_clear_func (index->docs, doc_clear);
  index->entries = g_array_new (FALSE, TRUE, sizeof (KringEntry));
  g_array_set_clear_func (index->entries, entry_clear);
  index->terms = g_array_new (FALSE, TRUE, sizeof (KringTerm));
  g_array_set_clear_func (index->terms, term_clear);
  index->term_index = g_hash_table_new (g_str_hash, g_str_equal);
  index->term_pool = g_array_new (FALSE, FALSE, sizeof (guint32));
  index->names = g_string_new (NULL);
  index->entry_index = g_hash_table_new (g_str_hash, g_str_equal);
  return index;
}

#define DOC(index, i) (&g_array_index ((index)->docs, KringDoc, (i)))
#define ENTRY(index, i) (&g_array_index ((index)->entries, KringEntry, (i)))

static const char *
column_text (sqlite3_stmt *stmt, int column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static int
column_age (sqlite3_stmt *stmt, int column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, column);
}

static gboolean
step_done (sqlite3 *db, int rc, GError **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;
  kring_sql_set_error (error, db, rc);
  return FALSE;
}

/* The folded words of a title, split where FTS4's unicode61 splits, go
 * into the index's name pool as " word word word": a prefix of a word is
 * then " " + prefix anywhere in the slice, and a scan over all names walks
 * one block of memory. Returns the initials of the words. */
static guint64
add_name_words (GString *names, const char *title)
{
  g_autofree char *folded = kring_directory_fold (title != NULL ? title : "");
  const char *start = NULL;
  guint64 initials = 0;

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));

      if (word_char && start == NULL)
        start = p;
      else if (!word_char && start != NULL)
        {
          g_string_append_c (names, ' ');
          g_string_append_len (names, start, p - start);
          initials |= kring_dir_initial (start);
          start = NULL;
        }
      if (c == 0)
        break;
    }
  return initials;
}

static guint
add_doc (KringDirIndex *index, KringDocKind kind, const char *table, const char *id,
         const char *title)
{
  KringDoc doc = { 0 };

  doc.id = g_strdup (id);
  doc.table = table;
  doc.title = g_strdup (title != NULL ? title : "");
  doc.names_at = (guint32) index->names->len;
  doc.initials = add_name_words (index->names, title);
  doc.names_length = (guint32) index->names->len - doc.names_at;
  doc.kind = kind;
  doc.entry = -1;
  g_array_append_val (index->docs, doc);
  return index->docs->len - 1;
}

static guint
add_entry (KringDirIndex *index, guint doc, sqlite3_stmt *stmt, int verified_column)
{
  KringEntry entry = { 0 };

  entry.doc = doc;
  entry.organization = -1;
  entry.minimum_age = entry.maximum_age = -1;
  entry.verified_on = g_strdup (column_text (stmt, verified_column));
  entry.verified_day = kring_dir_day (entry.verified_on);
  entry.verified_by = g_strdup (column_text (stmt, verified_column + 1));
  g_array_append_val (index->entries, entry);
  DOC (index, doc)->entry = (gint32) index->entries->len - 1;
  g_hash_table_insert (index->entry_index, DOC (index, doc)->id,
                       GUINT_TO_POINTER (index->entries->len));
  return index->entries->len - 1;
}

static gint32
entry_of (KringDirIndex *index, const char *id)
{
  return id != NULL ? (gint32) GPOINTER_TO_UINT (g_hash_table_lookup (index->entry_index, id)) - 1
                    : -1;
}

static gboolean
read_organizations (KringStoreConn *conn, KringDirIndex *index, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "SELECT id, name, verified_on, verified_by FROM main.organizations", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint doc = add_doc (index, KRING_DOC_ORGANIZATION, "organizations", column_text (stmt, 0),
                           column_text (stmt, 1));
      guint entry = add_entry (index, doc, stmt, 2);

      ENTRY (index, entry)->organization = (gint32) entry;
    }
  return step_done (conn->db, rc, error);
}

static void
add_service_of (KringEntry *organization, guint service)
{
  organization->services = g_renew (guint32, organization->services,
                                    organization->n_services + 1);
  organization->services[organization->n_services++] = service;
}

static gboolean
read_services (KringStoreConn *conn, KringDirIndex *index, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "SELECT id, name, verified_on, verified_by, organization_id, minimum_age, "
            "maximum_age FROM main.services", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint doc = add_doc (index, KRING_DOC_SERVICE, "services", column_text (stmt, 0),
                           column_text (stmt, 1));
      guint entry = add_entry (index, doc, stmt, 2);
      gint32 organization = entry_of (index, column_text (stmt, 4));
      KringEntry *e = ENTRY (index, entry);

      e->organization = organization;
      e->minimum_age = column_age (stmt, 5);
      e->maximum_age = column_age (stmt, 6);
      if (organization >= 0)
        add_service_of (ENTRY (index, organization), entry);
    }
  return step_done (conn->db, rc, error);
}

static int
facet_of_kind (const char *kind)
{
  for (int i = 0; i < KRING_N_TERM_FACETS; i++)
    if (g_strcmp0 (kind, kring_term_facet_kind ((KringTermFacet) i)) == 0)
      return i;
  return -1;
}

static gboolean
read_terms (KringStoreConn *conn, KringDirIndex *index, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "SELECT t.id, t.name, x.kind FROM main.taxonomy_terms t "
            "LEFT JOIN main.taxonomies x ON x.id = t.taxonomy_id ORDER BY t.name, t.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KringTerm term = { g_strdup (column_text (stmt, 0)), g_strdup (column_text (stmt, 1)),
                         facet_of_kind (column_text (stmt, 2)) };

      g_array_append_val (index->terms, term);
      g_hash_table_insert (index->term_index, term.id, GUINT_TO_POINTER (index->terms->len));
    }
  return step_done (conn->db, rc, error);
}

static void
append_term (GArray **own, guint entry, guint32 term)
{
  if (own[entry] == NULL)
    own[entry] = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (own[entry], term);
}

static void
append_all (GArray *into, GArray *from)
{
  if (from != NULL)
    g_array_append_vals (into, from->data, from->len);
}

static int
compare_uint32 (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

/* An entry's terms: its own, its organisation's (a service inherits the
 * sector) and its services' (an organisation offers their life domains). */
static void
combine_terms (KringDirIndex *index, GArray **own, guint e)
{
  KringEntry *entry = ENTRY (index, e);
  g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n = 0;

  append_all (all, own[e]);
  if (entry->organization >= 0 && (guint) entry->organization != e)
    append_all (all, own[entry->organization]);
  for (guint s = 0; s < entry->n_services; s++)
    append_all (all, own[entry->services[s]]);
  g_array_sort (all, compare_uint32);
  for (guint i = 0; i < all->len; i++)
    if (n == 0 || g_array_index (all, guint32, i) != g_array_index (all, guint32, n - 1))
      g_array_index (all, guint32, n++) = g_array_index (all, guint32, i);
  entry->n_terms = n;
  /* An offset for now: the pool still grows. */
  entry->terms = GUINT_TO_POINTER (index->term_pool->len);
  g_array_append_vals (index->term_pool, all->data, n);
}

static gboolean
read_attributes (KringStoreConn *conn, KringDirIndex *index, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "SELECT link_id, taxonomy_term_id FROM main.attributes "
            "WHERE taxonomy_term_id IS NOT NULL", error);
  guint n = index->entries->len;
  GArray **own = g_new0 (GArray *, n);
  int rc;

  if (stmt == NULL)
    {
      g_free (own);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint32 entry = entry_of (index, column_text (stmt, 0));
      guint term = GPOINTER_TO_UINT (g_hash_table_lookup (index->term_index, column_text (stmt, 1)));

      if (entry >= 0 && term > 0)
        append_term (own, (guint) entry, term - 1);
    }
  for (guint e = 0; e < n; e++)
    combine_terms (index, own, e);
  for (guint e = 0; e < n; e++)
    ENTRY (index, e)->terms = &g_array_index (index->term_pool, guint32,
                                              GPOINTER_TO_UINT (ENTRY (index, e)->terms));
  for (guint e = 0; e < n; e++)
    if (own[e] != NULL)
      g_array_unref (own[e]);
  g_free (own);
  return step_done (conn->db, rc, error);
}

/* The FTS4 documents: organisations and services are known already; a
 * contact stands for its service or else its organisation. */
static gboolean
read_docids (KringStoreConn *conn, KringDirIndex *index, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "SELECT f.docid, f.record_table, f.record_id, f.entry_id, "
            "coalesce(c.name, c.title, '') FROM main.directory_fts_docs f "
            "LEFT JOIN main.contacts c ON f.record_table = 'contacts' AND c.id = f.record_id "
            "ORDER BY f.docid DESC", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 docid = sqlite3_column_int64 (stmt, 0);
      gint32 entry = entry_of (index, column_text (stmt, 2));
      gint32 doc;

      if (docid < 0 || docid > G_MAXINT32)
        continue;
      if (index->doc_by_docid == NULL)
        {
          /* Descending order: the first row tells the size. */
          index->n_docids = docid + 1;
          index->doc_by_docid = g_new (gint32, (gsize) index->n_docids);
          memset (index->doc_by_docid, 0xff, (gsize) index->n_docids * sizeof (gint32));
        }
      if (g_strcmp0 (column_text (stmt, 1), "contacts") == 0)
        {
          doc = (gint32) add_doc (index, KRING_DOC_CONTACT, "contacts", column_text (stmt, 2),
                                  column_text (stmt, 4));
          DOC (index, doc)->entry = entry_of (index, column_text (stmt, 3));
        }
      else
        doc = entry >= 0 ? (gint32) ENTRY (index, entry)->doc : -1;
      index->doc_by_docid[docid] = doc;
    }
  return step_done (conn->db, rc, error);
}

typedef struct
{
  char    *key;
  guint32  doc;
} RankKey;

static int
compare_rank_keys (gconstpointer a, gconstpointer b, gpointer data)
{
  const RankKey *x = a, *y = b;
  KringDirIndex *index = data;
  int order = strcmp (x->key, y->key);

  return order != 0 ? order : strcmp (DOC (index, x->doc)->id, DOC (index, y->doc)->id);
}

/* Title order (case and accents aside, then by id) as one number per
 * document, so sorting hits compares integers. */
static void
rank_titles (KringDirIndex *index)
{
  guint n = index->docs->len;
  RankKey *keys = g_new (RankKey, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *folded = g_utf8_casefold (DOC (index, i)->title, -1);

      keys[i].key = g_utf8_collate_key (folded, -1);
      keys[i].doc = i;
    }
  g_qsort_with_data (keys, (gint) n, sizeof (RankKey), compare_rank_keys, index);
  for (guint i = 0; i < n; i++)
    {
      DOC (index, keys[i].doc)->title_rank = i;
      g_free (keys[i].key);
    }
  for (guint e = 0; e < index->entries->len; e++)
    ENTRY (index, e)->title_rank = DOC (index, ENTRY (index, e)->doc)->title_rank;
  g_free (keys);
}

static KringDirIndex *
index_build (KringStoreConn *conn, GError **error)
{
  KringDirIndex *index = index_new ();

  if (!(read_organizations (conn, index, error) && read_services (conn, index, error)
        && read_terms (conn, index, error) && read_attributes (conn, index, error)
        && read_docids (conn, index, error)))
    {
      kring_dir_index_free (index);
      return NULL;
    }
  rank_titles (index);
  return index;
}

KringDirIndex *
kring_dir_index_get (KringStoreConn *conn, GError **error)
{
  if (!kring_store_fts_sync (conn, error))
    return NULL;
  if (conn->dir_index != NULL && conn->dir_index->generation == conn->dir_changes)
    return conn->dir_index;
  g_clear_pointer (&conn->dir_index, kring_dir_index_free);
  conn->dir_index = index_build (conn, error);
  if (conn->dir_index != NULL)
    conn->dir_index->generation = conn->dir_changes;
  return conn->dir_index;
}

gboolean
kring_dir_index_rings (KringStoreConn *conn, KringDirIndex *index, const char *team_id,
                       GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (index->rings != NULL && g_strcmp0 (index->ring_team, team_id) == 0)
    return TRUE;
  g_free (index->rings);
  g_free (index->ring_team);
  index->ring_team = g_strdup (team_id);
  index->rings = g_new (gint8, MAX (index->entries->len, 1));
  memset (index->rings, -1, MAX (index->entries->len, 1));
  stmt = kring_conn_statement (conn, "SELECT organization_id, service_id, ring "
                                     "FROM main.ring_placements WHERE team_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, team_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint32 entry = entry_of (index, column_text (stmt, 1) != NULL ? column_text (stmt, 1)
                                                                    : column_text (stmt, 0));

      if (entry >= 0)
        index->rings[entry] = (gint8) CLAMP (sqlite3_column_int (stmt, 2), -1, 3);
    }
  if (!step_done (conn->db, rc, error))
    return FALSE;
  /* A service the team has not placed itself sits where its organisation sits. */
  for (guint e = 0; e < index->entries->len; e++)
    {
      gint32 organization = ENTRY (index, e)->organization;

      if (index->rings[e] < 0 && organization >= 0)
        index->rings[e] = index->rings[organization];
    }
  return TRUE;
}

guint64
kring_dir_initial (const char *word)
{
  char c = word[0];

  if (c >= 'a' && c <= 'z')
    return G_GUINT64_CONSTANT (1) << (c - 'a');
  if (c >= '0' && c <= '9')
    return G_GUINT64_CONSTANT (1) << (26 + c - '0');
  return G_GUINT64_CONSTANT (1) << 63;
}

guint32
kring_dir_day (const char *date)
{
  guint32 day = 0;

  if (date == NULL)
    return 0;
  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (date[i] != '-')
            return 0;
          continue;
        }
      if (!g_ascii_isdigit (date[i]))
        return 0;
      day = day * 10 + (guint32) (date[i] - '0');
    }
  return day;
}


/* Up to this many characters a word is looked for in names only. */
#define SHORT_WORD 2

/* One word of the query, ready to be compared with every name. */
typedef struct
{
  char    *needle;   /* " " + the word: the start of a word in the name pool */
  gsize    length;
  guint64  initial;
  gboolean is_short;
  gboolean by_initial; /* one ASCII letter or digit: the initials answer */
} Word;

static void
words_free (Word *words)
{
  for (Word *w = words; w->needle != NULL; w++)
    g_free (w->needle);
  g_free (words);
}

static Word *
words_new (char **query)
{
  guint n = query != NULL ? g_strv_length (query) : 0;
  Word *words = g_new0 (Word, n + 1);

  for (guint i = 0; i < n; i++)
    {
      words[i].needle = g_strconcat (" ", query[i], NULL);
      words[i].length = strlen (words[i].needle);
      words[i].initial = kring_dir_initial (query[i]);
      words[i].is_short = g_utf8_strlen (query[i], SHORT_WORD + 1) <= SHORT_WORD;
      words[i].by_initial = query[i][1] == '\0'
                            && words[i].initial != G_GUINT64_CONSTANT (1) << 63;
    }
  return words;
}

/* Whether the word starts a word of the document's name. */
static gboolean
name_matches (KringDirIndex *index, const KringDoc *doc, const Word *word)
{
  if ((doc->initials & word->initial) == 0)
    return FALSE;
  if (word->by_initial)
    return TRUE;
  return memmem (index->names->str + doc->names_at, doc->names_length, word->needle,
                 word->length) != NULL;
}

/* Ten for every word that starts a word of the name, one for another hit;
 * FALSE when a short word is not in the name: then the document does not match. */
static gboolean
score_doc (KringDirIndex *index, const KringDoc *doc, const Word *words, guint32 *score)
{
  *score = 0;
  for (const Word *w = words; w->needle != NULL; w++)
    {
      gboolean in_name = name_matches (index, doc, w);

      if (w->is_short && !in_name)
        return FALSE;
      *score += in_name ? 10 : 1;
    }
  return TRUE;
}

static void
add_hit (GArray *hits, KringDirIndex *index, guint doc, const Word *words)
{
  KringDocHit hit = { doc, 0 };

  if (score_doc (index, DOC (index, doc), words, &hit.score))
    g_array_append_val (hits, hit);
}

/* The FTS4 query for the words that are not short, or NULL. */
static char *
long_words_match (const char *match)
{
  g_auto (GStrv) parts = g_strsplit (match, " ", -1);
  GString *longer = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    if (g_utf8_strlen (parts[i], -1) > SHORT_WORD + 1)  /* the word and its '*' */
      g_string_append_printf (longer, "%s%s", longer->len > 0 ? " " : "", parts[i]);
  if (longer->len == 0)
    {
      g_string_free (longer, TRUE);
      return NULL;
    }
  return g_string_free (longer, FALSE);
}

static gboolean
match_fts (KringStoreConn *conn, KringDirIndex *index, const char *match, const Word *words,
           GArray *hits, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "SELECT docid FROM main.directory_fts WHERE directory_fts MATCH ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, match);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 docid = sqlite3_column_int64 (stmt, 0);

      if (docid >= 0 && docid < index->n_docids && index->doc_by_docid[docid] >= 0)
        add_hit (hits, index, (guint) index->doc_by_docid[docid], words);
    }
  return step_done (conn->db, rc, error);
}

/* A word of one or two characters matches the start of a word in a name
 * only: in the body text nearly every record has a word that starts that
 * way ("de", "en", "v"), so such a hit says nothing, and reading those
 * doclists would cost the most of all. Names are in memory; only longer
 * words go to FTS4. */
GArray *
kring_dir_index_match (KringStoreConn *conn, KringDirIndex *index, const char *match,
                       char **words, GError **error)
{
  g_autoptr (GArray) hits = g_array_sized_new (FALSE, FALSE, sizeof (KringDocHit), 1024);
  g_autofree char *longer = long_words_match (match);
  Word *query = words_new (words);
  gboolean ok = TRUE;

  if (longer != NULL)
    ok = match_fts (conn, index, longer, query, hits, error);
  else
    for (guint doc = 0; doc < index->docs->len; doc++)
      add_hit (hits, index, doc, query);
  words_free (query);
  return ok ? g_steal_pointer (&hits) : NULL;
}

char **
kring_dir_match_words (const char *match)
{
  g_auto (GStrv) parts = g_strsplit (match != NULL ? match : "", " ", -1);
  GPtrArray *words = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *bare = g_strndup (parts[i], strcspn (parts[i], "*"));

      if (*bare != '\0')
        g_ptr_array_add (words, kring_directory_fold (bare));
    }
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

static void
ranked_sift_down (KringRanked *heap, guint n, guint i)
{
  for (;;)
    {
      guint largest = i, l = 2 * i + 1, r = l + 1;
      KringRanked swap;

      if (l < n && heap[l].key > heap[largest].key)
        largest = l;
      if (r < n && heap[r].key > heap[largest].key)
        largest = r;
      if (largest == i)
        return;
      swap = heap[i], heap[i] = heap[largest], heap[largest] = swap;
      i = largest;
    }
}

static void
ranked_sift_up (KringRanked *heap, guint i)
{
  while (i > 0 && heap[(i - 1) / 2].key < heap[i].key)
    {
      KringRanked swap = heap[i];

      heap[i] = heap[(i - 1) / 2];
      heap[(i - 1) / 2] = swap;
      i = (i - 1) / 2;
    }
}

void
kring_ranked_push (GArray *heap, guint limit, guint32 item, guint32 score, guint32 title_rank)
{
  KringRanked hit = { ((guint64) (G_MAXUINT32 - score) << 32) | title_rank, item, score };
  KringRanked *items = (KringRanked *) (gpointer) heap->data;

  if (limit == 0)
    return;
  if (heap->len < limit)
    {
      g_array_append_val (heap, hit);
      ranked_sift_up ((KringRanked *) (gpointer) heap->data, heap->len - 1);
    }
  else if (hit.key < items[0].key)
    {
      items[0] = hit;
      ranked_sift_down (items, heap->len, 0);
    }
}

static int
compare_ranked (gconstpointer a, gconstpointer b)
{
  guint64 x = ((const KringRanked *) a)->key, y = ((const KringRanked *) b)->key;

  return (x > y) - (x < y);
}

void
kring_ranked_sort (GArray *heap)
{
  g_array_sort (heap, compare_ranked);
}
