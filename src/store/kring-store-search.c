/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kring-store-private.h"
#include "kring-store-directory-private.h"

/* Column positions in directory_fts (record_table, record_id, title, body). */
enum { FTS_COLUMN_TITLE = 2, FTS_COLUMN_BODY = 3 };

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

static guint32
matchinfo_at (const guint8 *blob, gsize index)
{
  guint32 value;

  /* The blob is an array of native 32-bit integers with no alignment promise. */
  memcpy (&value, blob + index * sizeof value, sizeof value);
  return value;
}

/* kring_rank(matchinfo(directory_fts, 'pcy')): hits in the title count ten
 * times as much as hits in the body, so a service named after the search
 * comes before one that only mentions it. 'y' counts the hits of this row
 * only; unlike 'x' it needs no totals over all rows, which for a short
 * prefix would mean reading every doclist twice. */
static void
rank_function (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  const guint8 *blob = sqlite3_value_blob (argv[0]);
  gsize size = (gsize) sqlite3_value_bytes (argv[0]);
  guint32 phrases, columns;
  double score = 0;

  if (blob == NULL || size < 2 * sizeof (guint32))
    {
      sqlite3_result_double (context, 0);
      return;
    }
  phrases = matchinfo_at (blob, 0);
  columns = matchinfo_at (blob, 1);
  if (columns <= FTS_COLUMN_BODY
      || size < (2 + (gsize) phrases * columns) * sizeof (guint32))
    {
      sqlite3_result_double (context, 0);
      return;
    }
  for (guint32 p = 0; p < phrases; p++)
    {
      gsize base = 2 + (gsize) p * columns;

      score += 10.0 * matchinfo_at (blob, base + FTS_COLUMN_TITLE);
      score += 1.0 * matchinfo_at (blob, base + FTS_COLUMN_BODY);
    }
  sqlite3_result_double (context, score);
}

/* Brings directory_fts up to date with the records noted in
 * directory_fts_dirty (see kring-migration-003.c); every reader of the
 * index calls it first. Nothing is written when nothing waits. */
gboolean
kring_store_fts_sync (sqlite3 *db, GError **error)
{
  return kring_sql_exec (db, "INSERT INTO main.directory_fts_sync (pending) SELECT 1 "
                         "WHERE EXISTS (SELECT 1 FROM main.directory_fts_dirty)", error);
}

gboolean
kring_store_register_functions (sqlite3 *db, GError **error)
{
  int rc = sqlite3_create_function_v2 (db, "kring_uuid", 0, SQLITE_UTF8, NULL,
                                       uuid_function, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "kring_rank", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                     NULL, rank_function, NULL, NULL, NULL);
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

/* The best hits are chosen from the doclists and matchinfo() alone, ties
 * in hit order; only the rows shown are read from the FTS content (for the
 * title that orders ties) and from their tables. */
#define SEARCH_SQL \
  "SELECT f.record_table, f.record_id FROM (" \
  "SELECT docid, kring_rank(matchinfo(directory_fts, 'pcy')) AS score " \
  "FROM main.directory_fts WHERE directory_fts MATCH ?1 ORDER BY score DESC, docid LIMIT ?2) m " \
  "JOIN main.directory_fts_docs f ON f.docid = m.docid " \
  "JOIN main.directory_fts t ON t.docid = m.docid " \
  "ORDER BY m.score DESC, t.title, m.docid"

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/* One prepared "SELECT *" per table for the whole search, where
 * kring_conn_fetch() would compile one per hit. NULL without an error when
 * the row is gone. */
static KringRecord *
fetch_hit (KringStoreConn *conn, GHashTable *statements, const char *table, const char *id,
           GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (statements, table);
  KringRecord *record = NULL;
  int rc;

  if (stmt == NULL)
    {
      g_autofree char *quoted = NULL;
      g_autofree char *sql = NULL;

      if (kring_conn_get_columns (conn, table, error) == NULL)
        return NULL;
      quoted = kring_sql_quote (table);
      sql = g_strdup_printf ("SELECT * FROM main.%s WHERE \"id\" = ?", quoted);
      if ((stmt = kring_sql_prepare (conn->db, sql, error)) == NULL)
        return NULL;
      g_hash_table_insert (statements, g_strdup (table), stmt);
    }
  kring_sql_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = kring_sql_row_to_record (stmt, table);
  else if (rc != SQLITE_DONE)
    kring_sql_set_error (error, conn->db, rc);
  sqlite3_reset (stmt);
  return record;
}

static gboolean
collect_hits (KringStoreConn *conn, sqlite3_stmt *stmt, GListStore *records, GError **error)
{
  g_autoptr (GHashTable) statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             finalize_statement);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      const char *id = (const char *) sqlite3_column_text (stmt, 1);
      g_autoptr (KringRecord) record = NULL;
      GError *local = NULL;

      if (table == NULL || id == NULL)
        continue;
      record = fetch_hit (conn, statements, table, id, &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }
      if (record != NULL)
        g_list_store_append (records, record);
    }
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, conn->db, rc);
      return FALSE;
    }
  return TRUE;
}

gboolean
kring_store_job_search (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  KringStoreSearch *search = data;
  g_autofree char *match = kring_store_build_match (search->text);
  g_autoptr (GListStore) records = g_list_store_new (KRING_TYPE_RECORD);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (match != NULL)
    {
      if (!kring_store_fts_sync (conn->db, error))
        return FALSE;
      stmt = kring_sql_prepare (conn->db, SEARCH_SQL, error);
      if (stmt == NULL)
        return FALSE;
      kring_sql_bind_text (stmt, 1, match);
      sqlite3_bind_int64 (stmt, 2, search->limit > 0 ? (gint64) search->limit : -1);
      if (!collect_hits (conn, stmt, records, error))
        return FALSE;
    }
  *result = g_steal_pointer (&records);
  return TRUE;
}
