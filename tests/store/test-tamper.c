/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Tamper: a database holding the example district with a few bytes flipped
 * in one page. Opening it must fail with KRING_STORE_ERROR_WRONG_KEY ("wrong
 * key or damaged file") when the open touches the page, and otherwise the
 * first read that touches it must fail: never a crash, never altered data.
 * SQLCipher's per-page HMAC is what catches it.
 */
#include <sqlite3.h>

#include "kring-store-test.h"

typedef struct
{
  char       *dir;
  char       *path;
  KringKey   *key;
  GBytes     *original;
  GPtrArray  *tables;     /* names from kring_tables */
  GHashTable *contents;   /* table → its rows as text, before tampering */
  gsize       page_size;
  gsize       n_pages;
} Fixture;

/* Every row of @table as the store lists it, as text; NULL on an error. */
static char *
table_text (KringStore *store, const char *table, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GListModel) rows = NULL;
  GString *text = g_string_new (NULL);

  kring_store_list_async (store, table, NULL, NULL, NULL, NULL, kring_test_store_result, &result);
  rows = kring_store_list_finish (store, kring_test_await_borrowed (&result), error);
  if (rows == NULL)
    return (g_string_free (text, TRUE), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (rows, i);
      g_autoptr (GPtrArray) columns = kring_record_get_columns (record);

      g_string_append_printf (text, "%s\n", kring_record_get_id (record));
      for (guint j = 0; j < columns->len; j++)
        {
          g_autofree char *value =
            g_variant_print (kring_record_get_value (record, columns->pdata[j]), FALSE);

          g_string_append_printf (text, " %s=%s\n", (const char *) columns->pdata[j], value);
        }
    }
  return g_string_free (text, FALSE);
}

static sqlite3 *
raw_open (Fixture *f)
{
  sqlite3 *db = NULL;
  char *pragma = kring_key_pragma (f->key);

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  kring_key_wipe_string (pragma);
  return db;
}

static void
read_layout (Fixture *f)
{
  sqlite3 *db = raw_open (f);
  sqlite3_stmt *stmt = NULL;

  f->page_size = kring_store_test_raw_int (f->path, f->key, "PRAGMA page_size");
  /* Every page is part of a b-tree (no free pages), so damage anywhere
   * is damage to data the app reads. */
  g_assert_cmpint (kring_store_test_raw_int (f->path, f->key, "PRAGMA freelist_count"), ==, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM kring_tables ORDER BY name", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (f->tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpuint (f->tables->len, >, 20);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (KringStore) store = NULL;
  g_autofree char *bytes = NULL;
  gsize length = 0;

  f->dir = kring_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "kringkaart.db", NULL);
  f->key = kring_key_new_random (NULL);
  f->tables = g_ptr_array_new_with_free_func (g_free);
  f->contents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  store = kring_test_store_create (f->dir, f->key);
  kring_test_load_demo (store);
  kring_test_store_close (store);
  read_layout (f);
  g_assert_true (kring_store_test_open (store, f->key, FALSE, NULL));
  for (guint i = 0; i < f->tables->len; i++)
    g_hash_table_insert (f->contents, g_strdup (f->tables->pdata[i]),
                         table_text (store, f->tables->pdata[i], NULL));
  kring_test_store_close (store);
  g_assert_true (g_file_get_contents (f->path, &bytes, &length, NULL));
  f->original = g_bytes_new_take (g_steal_pointer (&bytes), length);
  f->n_pages = length / f->page_size;
  g_assert_cmpuint (f->n_pages, >, 20);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_free (f->dir);
  g_free (f->path);
  kring_key_free (f->key);
  g_bytes_unref (f->original);
  g_ptr_array_unref (f->tables);
  g_hash_table_unref (f->contents);
}

/* Writes the original file back with 8 bytes inverted at @offset. */
static void
tamper (Fixture *f, gsize offset)
{
  gsize length = g_bytes_get_size (f->original);
  g_autofree guint8 *bytes = g_memdup2 (g_bytes_get_data (f->original, NULL), length);

  g_assert_cmpuint (offset + 8, <=, length);
  for (gsize i = offset; i < offset + 8; i++)
    bytes[i] ^= 0xff;
  g_assert_true (g_file_set_contents (f->path, (const char *) bytes, length, NULL));
}

/* The whole file must be refused by integrity_check with a raw connection:
 * proof the flipped bytes sit in a page in use and are detected. */
static void
assert_raw_check_fails (Fixture *f)
{
  sqlite3 *db = raw_open (f);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), !=, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Opens the damaged file as the app does. Returns the number of tables
 * whose read failed; fails the test on a table that reads differently. */
static guint
open_and_read (Fixture *f, gboolean *opened)
{
  g_autoptr (KringStore) store = kring_store_new (f->path);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = kring_test_file_checksum (f->path);
  guint failed = 0;

  *opened = kring_store_test_open (store, f->key, FALSE, &error);
  if (!*opened)
    {
      g_autofree char *after = kring_test_file_checksum (f->path);

      g_test_message ("open: %s", error->message);
      g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
      g_assert_false (kring_store_is_open (store));
      /* A refused file is left exactly as it was: nothing "repairs" it. */
      g_assert_cmpstr (before, ==, after);
      return 0;
    }
  for (guint i = 0; i < f->tables->len; i++)
    {
      const char *table = f->tables->pdata[i];
      g_autoptr (GError) read_error = NULL;
      g_autofree char *text = table_text (store, table, &read_error);

      if (text == NULL)
        {
          g_test_message ("%s: %s", table, read_error->message);
          /* The clear "damaged or wrong key", not SQLite's own words. */
          g_assert_error (read_error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
          failed++;
        }
      else
        g_assert_cmpstr (text, ==, g_hash_table_lookup (f->contents, table));
    }
  kring_test_store_close (store);
  return failed;
}

static void
check_page (Fixture *f, gsize page, gsize offset_in_page, gboolean must_refuse_open)
{
  gboolean opened = FALSE;
  guint failed;

  g_test_message ("page %zu of %zu, offset %zu", page, f->n_pages, offset_in_page);
  tamper (f, (page - 1) * f->page_size + offset_in_page);
  assert_raw_check_fails (f);
  failed = open_and_read (f, &opened);
  if (must_refuse_open)
    g_assert_false (opened);
  else if (opened)
    g_assert_cmpuint (failed, >, 0);
}

/* Page 1 after the 16 bytes of salt: the open itself reads it. */
static void
test_first_page (Fixture *f, gconstpointer data)
{
  check_page (f, 1, 16, TRUE);
  check_page (f, 1, f->page_size / 2, TRUE);
}

static void
test_middle_page (Fixture *f, gconstpointer data)
{
  check_page (f, f->n_pages / 2, f->page_size / 2, FALSE);
}

static void
test_last_page (Fixture *f, gconstpointer data)
{
  check_page (f, f->n_pages, 32, FALSE);
}

static void
add (const char *path, void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  add ("/store/tamper/first-page", test_first_page);
  add ("/store/tamper/middle-page", test_middle_page);
  add ("/store/tamper/last-page", test_last_page);
  return g_test_run ();
}
