/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-store-private.h"

void
kring_sql_set_error (GError **error, sqlite3 *db, int rc)
{
  const char *message = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NO_SPACE,
                   _("The disk is full: %s"), message);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO,
                   _("The database file cannot be read or written: %s"), message);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      /* A page that fails SQLCipher's check: damaged, or another key. */
      g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY,
                           _("Part of the database cannot be read: the file is damaged or "
                             "the key is wrong. Restore a backup."));
      break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID,
                   _("The data does not fit the database rules: %s"), message);
      break;
    default:
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_FAILED,
                   _("The database reported an error: %s"), message);
    }
}

gboolean
kring_sql_exec (sqlite3 *db, const char *sql, GError **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      kring_sql_set_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
kring_sql_prepare (sqlite3 *db, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      kring_sql_set_error (error, db, rc);
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

gboolean
kring_sql_run (sqlite3 *db, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      kring_sql_set_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

gboolean
kring_sql_query_int (sqlite3 *db, const char *sql, gint64 *value, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      kring_sql_set_error (error, db, rc == SQLITE_DONE ? SQLITE_ERROR : rc);
      return FALSE;
    }
  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

char *
kring_sql_quote (const char *identifier)
{
  GString *quoted = g_string_new ("\"");

  for (const char *p = identifier; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');
  return g_string_free (quoted, FALSE);
}

void
kring_sql_bind_text (sqlite3_stmt *stmt, int index, const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

gboolean
kring_sql_bind_value (sqlite3_stmt *stmt, int index, GVariant *value,
                      const char *column, GError **error)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    sqlite3_bind_text (stmt, index, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    sqlite3_bind_double (stmt, index, g_variant_get_double (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE))
    sqlite3_bind_null (stmt, index);
  else
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID,
                   _("The value for “%s” has a type the database cannot store (%s)."),
                   column, g_variant_get_type_string (value));
      return FALSE;
    }
  return TRUE;
}

static GVariant *
column_to_variant (sqlite3_stmt *stmt, int i)
{
  switch (sqlite3_column_type (stmt, i))
    {
    case SQLITE_INTEGER:
      return g_variant_new_int64 (sqlite3_column_int64 (stmt, i));
    case SQLITE_FLOAT:
      return g_variant_new_double (sqlite3_column_double (stmt, i));
    case SQLITE_NULL:
      return g_variant_new_maybe (G_VARIANT_TYPE_VARIANT, NULL);
    default:
      /* TEXT, and BLOB read as text: the schema stores no binary data. */
      return g_variant_new_string ((const char *) sqlite3_column_text (stmt, i));
    }
}

KringRecord *
kring_sql_row_to_record (sqlite3_stmt *stmt, const char *table)
{
  KringRecord *record = NULL;
  int n = sqlite3_column_count (stmt);

  for (int i = 0; i < n; i++)
    if (g_strcmp0 (sqlite3_column_name (stmt, i), "id") == 0)
      record = kring_record_new_with_id (table, (const char *) sqlite3_column_text (stmt, i));
  g_assert (record != NULL);
  for (int i = 0; i < n; i++)
    {
      const char *name = sqlite3_column_name (stmt, i);

      if (g_strcmp0 (name, "id") != 0)
        kring_record_set_value (record, name, column_to_variant (stmt, i));
    }
  return record;
}

GListModel *
kring_sql_read_records (sqlite3 *db, sqlite3_stmt *stmt, const char *table, GError **error)
{
  g_autoptr (GListStore) rows = g_list_store_new (KRING_TYPE_RECORD);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (KringRecord) row = kring_sql_row_to_record (stmt, table);

      g_list_store_append (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, db, rc);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&rows));
}

static void
statement_free (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

void
kring_conn_drop_statements (KringStoreConn *conn)
{
  g_clear_pointer (&conn->statements, g_hash_table_unref);
}

void
kring_conn_reset (KringStoreConn *conn)
{
  g_clear_pointer (&conn->columns, g_hash_table_unref);
  conn->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_hash_table_unref);
  kring_conn_drop_statements (conn);
  conn->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            statement_free);
}

/* Saves and imports write the same few statement shapes thousands of times;
 * preparing each once is most of what makes a bulk write fast. */
sqlite3_stmt *
kring_conn_statement (KringStoreConn *conn, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (conn->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if ((stmt = kring_sql_prepare (conn->db, sql, error)) == NULL)
    return NULL;
  g_hash_table_insert (conn->statements, g_strdup (sql), stmt);
  return stmt;
}

void
kring_conn_reset_statements (KringStoreConn *conn)
{
  GHashTableIter iter;
  gpointer stmt;

  if (conn->statements == NULL)
    return;
  g_hash_table_iter_init (&iter, conn->statements);
  while (g_hash_table_iter_next (&iter, NULL, &stmt))
    sqlite3_reset (stmt);
}

static GHashTable *
read_columns (sqlite3 *db, const char *table, GError **error)
{
  g_autofree char *quoted = kring_sql_quote (table);
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info(%s)", quoted);
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (db, sql, error);
  g_autoptr (GHashTable) columns = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, db, rc);
      return NULL;
    }
  return g_steal_pointer (&columns);
}

GHashTable *
kring_conn_get_columns (KringStoreConn *conn, const char *table, GError **error)
{
  GHashTable *columns = g_hash_table_lookup (conn->columns, table);
  g_autoptr (GHashTable) read = NULL;

  if (columns != NULL)
    return columns;
  read = read_columns (conn->db, table, error);
  if (read == NULL)
    return NULL;
  /* Only entity tables (with a UUID id) are reachable this way; that keeps
   * the search index and SQLite's own tables out of reach. */
  if (!g_hash_table_contains (read, "id"))
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID,
                   _("The database has no table named “%s”."), table);
      return NULL;
    }
  columns = read;
  g_hash_table_insert (conn->columns, g_strdup (table), g_steal_pointer (&read));
  return columns;
}

gboolean
kring_conn_check_column (KringStoreConn *conn, const char *table, const char *column,
                         GError **error)
{
  GHashTable *columns = kring_conn_get_columns (conn, table, error);

  if (columns == NULL)
    return FALSE;
  if (!g_hash_table_contains (columns, column))
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_INVALID,
                   _("The table “%s” has no column named “%s”."), table, column);
      return FALSE;
    }
  return TRUE;
}
