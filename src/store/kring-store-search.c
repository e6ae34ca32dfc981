/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kring-store-private.h"
#include "kring-store-directory-private.h"
#include "kring-store-directory.h"
#include "kring-store-dirindex.h"

void
kring_store_search_free (KringStoreSearch *search)
{
  g_free (search->text);
  g_free (search);
}

static void
uuid_function (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  sqlite3_result_text (context, g_uuid_string_random (), -1, g_free);
}

/* A query reads each term from every index segment. FTS4 merges sixteen
 * segments of one level into one of the next as it goes, so the edits of
 * a working day stay below this; bulk writes leave dozens. */
#define MAX_FTS_SEGMENTS 20

/* Merges the full-text index into one segment when writes have left many:
 * a prefix query then reads one doclist per term instead of one per
 * segment (at 20,000 services: 28 segments, 2.3 ms for "huis*"; one
 * segment, 1.3 ms). Costs a second or so after an import of that size. */
static gboolean
merge_fts_segments (KringStoreConn *conn, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "SELECT count(*) FROM main.directory_fts_segdir", error);
  gint64 segments;
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  segments = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      kring_sql_set_error (error, conn->db, rc);
      return FALSE;
    }
  return segments <= MAX_FTS_SEGMENTS
         || kring_sql_exec (conn->db, "INSERT INTO main.directory_fts (directory_fts) "
                                      "VALUES ('optimize')", error);
}

/* Brings directory_fts up to date with the records noted in
 * directory_fts_dirty (see kring-migration-003.c), and merges its segments
 * when there are many; every reader of the index calls it first, and an
 * import at its end. When nothing waits it only reads: the INSERT would
 * start a write transaction even when it writes nothing. */
gboolean
kring_store_fts_sync (KringStoreConn *conn, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (
      conn, "SELECT 1 FROM main.directory_fts_dirty LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      kring_sql_set_error (error, conn->db, rc);
      return FALSE;
    }
  return kring_sql_exec (conn->db, "INSERT INTO main.directory_fts_sync (pending) VALUES (1)",
                         error)
         && merge_fts_segments (conn, error);
}

gboolean
kring_store_register_functions (sqlite3 *db, GError **error)
{
  int rc = sqlite3_create_function_v2 (db, "kring_uuid", 0, SQLITE_UTF8, NULL,
                                       uuid_function, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      kring_sql_set_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

static char *
tombstone_triggers_sql (const char *table)
{
  g_autofree char *quoted = kring_sql_quote (table);
  g_autofree char *on_delete = g_strconcat ("kring_tombstone_ad_", table, NULL);
  g_autofree char *on_insert = g_strconcat ("kring_tombstone_ai_", table, NULL);
  g_autofree char *quoted_delete = kring_sql_quote (on_delete);
  g_autofree char *quoted_insert = kring_sql_quote (on_insert);
  char *literal = sqlite3_mprintf ("%Q", table);
  char *sql;

  /* Re-inserting a deleted record (Undo) takes its tombstone away again. */
  sql = g_strdup_printf (
    "CREATE TEMP TRIGGER %s AFTER DELETE ON main.%s BEGIN "
    "INSERT INTO tombstones (id, record_table, record_id, deleted_at, created_at, updated_at) "
    "VALUES (kring_uuid(), %s, OLD.id, strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now'), "
    "strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now'), strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now')); "
    "END; "
    "CREATE TEMP TRIGGER %s AFTER INSERT ON main.%s BEGIN "
    "DELETE FROM tombstones WHERE record_table = %s AND record_id = NEW.id; END;",
    quoted_delete, quoted, literal, quoted_insert, quoted, literal);
  sqlite3_free (literal);
  return sql;
}

gboolean
kring_store_install_tombstones (sqlite3 *db, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (db,
                                                     "SELECT name FROM kring_tables WHERE shared = 1",
                                                     error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *sql = tombstone_triggers_sql ((const char *) sqlite3_column_text (stmt, 0));

      if (!kring_sql_exec (db, sql, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

static void
flush_word (GString *match, GString *word)
{
  if (word->len == 0)
    return;
  if (match->len > 0)
    g_string_append_c (match, ' ');
  g_string_append_len (match, word->str, (gssize) word->len);
  g_string_append_c (match, '*');
  g_string_truncate (word, 0);
}

/* Turns what the user typed into an FTS4 query of prefix terms, all of which
 * must match. Only letters and digits survive, so quotes, parentheses, '-',
 * ':' and '*' cannot change the meaning of the query; lower case keeps words
 * like "or" and "not" from becoming operators. NULL when nothing is left. */
char *
kring_store_build_match (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *normal = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
  g_autofree char *folded = g_utf8_strdown (normal, -1);
  g_autoptr (GString) word = g_string_new (NULL);
  GString *match = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        g_string_append_unichar (word, c);
      else
        flush_word (match, word);
    }
  flush_word (match, word);
  if (match->len == 0)
    {
      g_string_free (match, TRUE);
      return NULL;
    }
  return g_string_free (match, FALSE);
}

/* One record of a hit; NULL without an error when the row is gone. */
static KringRecord *
fetch_hit (KringStoreConn *conn, const char *table, const char *id, GError **error)
{
  g_autofree char *quoted = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  KringRecord *record = NULL;
  int rc;

  if (kring_conn_get_columns (conn, table, error) == NULL)
    return NULL;
  quoted = kring_sql_quote (table);
  sql = g_strdup_printf ("SELECT * FROM main.%s WHERE \"id\" = ?", quoted);
  if ((stmt = kring_conn_statement (conn, sql, error)) == NULL)
    return NULL;
  kring_sql_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = kring_sql_row_to_record (stmt, table);
  else if (rc != SQLITE_DONE)
    kring_sql_set_error (error, conn->db, rc);
  sqlite3_reset (stmt);
  return record;
}

/* The best hits, title hits first, then in title order; their records are
 * read with the connection's prepared "SELECT *" of their table. */
static gboolean
collect_hits (KringStoreConn *conn, KringDirIndex *index, GArray *hits, guint limit,
              GListStore *records, GError **error)
{
  g_autoptr (GArray) best = g_array_new (FALSE, FALSE, sizeof (KringRanked));

  for (guint i = 0; i < hits->len; i++)
    {
      const KringDocHit *hit = &g_array_index (hits, KringDocHit, i);

      kring_ranked_push (best, limit > 0 ? limit : G_MAXUINT, hit->doc, hit->score,
                         g_array_index (index->docs, KringDoc, hit->doc).title_rank);
    }
  kring_ranked_sort (best);
  for (guint i = 0; i < best->len; i++)
    {
      const KringDoc *doc = &g_array_index (index->docs, KringDoc,
                                            g_array_index (best, KringRanked, i).item);
      g_autoptr (KringRecord) record = NULL;
      GError *local = NULL;

      record = fetch_hit (conn, doc->table, doc->id, &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }
      if (record != NULL)
        g_list_store_append (records, record);
    }
  return TRUE;
}

gboolean
kring_store_job_search (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  KringStoreSearch *search = data;
  g_autofree char *match = kring_store_build_match (search->text);
  g_autoptr (GListStore) records = g_list_store_new (KRING_TYPE_RECORD);

  if (match != NULL)
    {
      g_auto (GStrv) words = kring_dir_match_words (match);
      KringDirIndex *index = kring_dir_index_get (conn, error);
      g_autoptr (GArray) hits = NULL;

      if (index == NULL
          || (hits = kring_dir_index_match (conn, index, match, words, error)) == NULL
          || !collect_hits (conn, index, hits, search->limit, records, error))
        return FALSE;
    }
  *result = g_steal_pointer (&records);
  return TRUE;
}
