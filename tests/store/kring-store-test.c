/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <sqlite3.h>

#include "kring-migrations.h"
#include "kring-store-test.h"

gboolean
kring_store_test_open (KringStore *store, const KringKey *key, gboolean create, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_open_async (store, key, create, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_store_open_finish (store, result, error);
}

gboolean
kring_store_test_save (KringStore *store, GPtrArray *records, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_save_async (store, records, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_store_save_finish (store, result, error);
}

gboolean
kring_store_test_delete (KringStore *store, const char *table, const char *id, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_delete_async (store, table, id, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_store_delete_finish (store, result, error);
}

KringRecord *
kring_store_test_get (KringStore *store, const char *table, const char *id, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_get_async (store, table, id, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  return kring_store_get_finish (store, result, error);
}

GListModel *
kring_store_test_list (KringStore *store, const char *table, const char *column,
                       const char *value)
{
  return kring_test_list (store, table, column, value, NULL);
}

GListModel *
kring_store_test_search (KringStore *store, const char *text)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *model;

  kring_store_search_async (store, text, 20, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  model = kring_store_search_finish (store, result, &error);
  g_assert_no_error (error);
  return model;
}

char *
kring_store_test_sibling (const char *path, const char *suffix)
{
  return g_strconcat (path, suffix, NULL);
}

static sqlite3 *
raw_open (const char *path, const KringKey *key)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (key != NULL)
    {
      char *pragma = kring_key_pragma (key);

      g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
      kring_key_wipe_string (pragma);
    }
  return db;
}

void
kring_store_test_raw_exec (const char *path, const KringKey *key, const char *sql)
{
  sqlite3 *db = raw_open (path, key);
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

gint64
kring_store_test_raw_int (const char *path, const KringKey *key, const char *sql)
{
  sqlite3 *db = raw_open (path, key);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}
