/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Directory benchmark: search latency per keystroke, HSDS export time, and
 * HSDS import time against a plain bulk insert of the same rows.
 *   kring-bench-directory [--services N] [--organizations N]
 * Defaults: 20,000 services in 8,000 organisations. Prints figures and goals;
 * it is a benchmark, not a test, and always exits 0 unless something fails.
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "kring-bench-common.h"
#include "kring-demo.h"
#include "kring-hsds-export.h"
#include "kring-hsds-import.h"
#include "kring-store-directory.h"

/* What people type at a kitchen table, one character at a time. */
static const char * const queries[] = {
  "schuldhulp", "mantelzorg", "cliëntondersteuning", "jeugdhulp noord", "dagbesteding",
  "taalcafe", "budget coach", "wijkverpleging", "eenzaamheid", "de linde",
  "opvoed", "huiswerk", "voedselbank", "dementie", "stichting het anker",
};
#define SEARCH_LIMIT 50

static double
time_search (KringStore *store,
             const char *text)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) hits = NULL;
  double start = kring_bench_now ();

  kring_store_search_async (store, text, SEARCH_LIMIT, NULL, kring_bench_store_result, &result);
  hits = kring_store_search_finish (store, kring_bench_wait (&result), &error);
  if (error != NULL)
    g_error ("Search “%s” failed: %s", text, error->message);
  return kring_bench_now () - start;
}

static double
time_directory_query (KringStore *store,
                      const char *text)
{
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringDirectoryResult) answer = NULL;
  double start = kring_bench_now ();

  filter->text = g_strdup (text);
  filter->limit = SEARCH_LIMIT;
  kring_store_directory_query_async (store, filter, NULL, kring_bench_store_result, &result);
  answer = kring_store_directory_query_finish (store, kring_bench_wait (&result), &error);
  if (answer == NULL)
    g_error ("Directory query “%s” failed: %s", text, error->message);
  return kring_bench_now () - start;
}

typedef double (*SearchFunc) (KringStore *store, const char *text);

static void
bench_keystrokes (KringStore *store,
                  const char *label,
                  SearchFunc  func)
{
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (const char *end = g_utf8_next_char (queries[q]); ; end = g_utf8_next_char (end))
      {
        g_autofree char *typed = g_strndup (queries[q], (gsize) (end - queries[q]));
        double ms = func (store, typed);

        g_array_append_val (times, ms);
        if (*end == '\0')
          break;
      }
  g_print ("%-34s %5u keystrokes  median %7.2f ms  p95 %7.2f ms  (goal: p95 < 5 ms)\n", label,
           times->len, kring_bench_percentile (times, 0.5), kring_bench_percentile (times, 0.95));
}

static double
time_export (KringStore *store,
             const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  double start = kring_bench_now ();

  kring_hsds_export_async (store, NULL, file, NULL, kring_bench_store_result, &result);
  if (!kring_hsds_export_finish (store, kring_bench_wait (&result), &error))
    g_error ("Export failed: %s", error->message);
  return kring_bench_now () - start;
}

static double
time_import (KringStore *store,
             const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KringHsdsImport) import = kring_hsds_import_new (store, file);
  g_autoptr (GAsyncResult) prepared = NULL;
  g_autoptr (GAsyncResult) committed = NULL;
  g_autoptr (GError) error = NULL;
  double start = kring_bench_now ();

  kring_hsds_import_prepare_async (import, NULL, kring_bench_store_result, &prepared);
  if (!kring_hsds_import_prepare_finish (import, kring_bench_wait (&prepared), &error))
    {
      g_print ("HSDS import failed (prepare): %s\n", error->message);
      return -1;
    }
  kring_hsds_import_commit_async (import, NULL, kring_bench_store_result, &committed);
  if (!kring_hsds_import_commit_finish (import, kring_bench_wait (&committed), &error))
    {
      g_print ("HSDS import failed (commit): %s\n", error->message);
      return -1;
    }
  return kring_bench_now () - start;
}

/* Imports the exported file into a fresh store and prints its time and its
 * ratio to the plain bulk insert of the same rows. */
static void
print_import (const char *path, KringKey *key, const char *json, guint n_rows,
              double ms_bulk)
{
  g_autoptr (KringStore) target = kring_bench_open_store (path, key);
  double ms_import = time_import (target, json);

  if (ms_import >= 0)
    {
      g_print ("%-34s %10.0f ms  (%.0f rows/s)\n", "HSDS import (prepare + commit)", ms_import,
               n_rows / (ms_import / 1000.0));
      g_print ("%-34s %10.2f    (goal: <= 2.0)\n", "Import / bulk insert", ms_import / ms_bulk);
    }
  kring_bench_close_store (target);
}

static void
check_sql (sqlite3    *db,
           int         rc,
           const char *what)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_error ("%s: %s", what, sqlite3_errmsg (db));
}

static char *
insert_sql (KringRecord *record,
            GPtrArray   *columns)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO \"%s\" (id, created_at, updated_at",
                          kring_record_get_table (record));
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, ", \"%s\"", (const char *) columns->pdata[i]);
  g_string_append (sql, ") VALUES (?1, ?2, ?2");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, ", ?%u", i + 3);
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

static void
bind_column (sqlite3_stmt *stmt,
             int           index,
             GVariant     *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    sqlite3_bind_text (stmt, index, g_variant_get_string (value, NULL), -1, SQLITE_STATIC);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    sqlite3_bind_double (stmt, index, g_variant_get_double (value));
  else
    sqlite3_bind_null (stmt, index);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/* Prepared statements are cached per table and column list, as any careful
 * bulk loader would. */
static void
insert_record (sqlite3     *db,
               GHashTable  *statements,
               KringRecord *record,
               const char  *now)
{
  g_autoptr (GPtrArray) columns = kring_record_get_columns (record);
  g_autofree char *sql = insert_sql (record, columns);
  sqlite3_stmt *stmt = g_hash_table_lookup (statements, sql);

  if (stmt == NULL)
    {
      check_sql (db, sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), sql);
      g_hash_table_insert (statements, g_strdup (sql), stmt);
    }
  sqlite3_bind_text (stmt, 1, kring_record_get_id (record), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  for (guint i = 0; i < columns->len; i++)
    bind_column (stmt, (int) i + 3, kring_record_get_value (record, columns->pdata[i]));
  check_sql (db, sqlite3_step (stmt), "insert");
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* The same rows, straight into a fresh SQLCipher database with the same
 * schema (triggers and full-text index included), in one transaction. */
static double
time_bulk_insert (const char *path,
                  KringKey   *key,
                  GPtrArray  *rows)
{
  g_autoptr (KringStore) store = kring_bench_open_store (path, key);
  g_autoptr (GHashTable) statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             finalize_statement);
  char *pragma = kring_key_pragma (key);
  g_autofree char *now = kring_now_iso8601 ();
  sqlite3 *db = NULL;
  double start;

  kring_bench_close_store (store);
  check_sql (db, sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), "open");
  check_sql (db, sqlite3_exec (db, pragma, NULL, NULL, NULL), "key");
  /* kring_key_wipe_string() also frees it. */
  g_clear_pointer (&pragma, kring_key_wipe_string);
  check_sql (db, sqlite3_exec (db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL), "pragma");
  start = kring_bench_now ();
  check_sql (db, sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), "begin");
  for (guint i = 0; i < rows->len; i++)
    insert_record (db, statements, rows->pdata[i], now);
  check_sql (db, sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), "commit");
  start = kring_bench_now () - start;
  g_hash_table_remove_all (statements);
  sqlite3_close (db);
  return start;
}

static void
seed_vocabularies (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_demo_start_empty_async (store, "Wijkteam Benchmark", NULL, kring_bench_store_result,
                                &result);
  if (!kring_demo_start_empty_finish (store, kring_bench_wait (&result), &error))
    g_error ("Cannot seed the vocabularies: %s", error->message);
}

/* The rows an import of the export writes: the vocabularies and the directory. */
static GPtrArray *
rows_to_insert (KringStore *store,
                GPtrArray  *generated)
{
  static const char * const vocabulary[] = { "taxonomies", "taxonomy_terms" };
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint t = 0; t < G_N_ELEMENTS (vocabulary); t++)
    {
      g_autoptr (GListModel) list = kring_bench_list (store, vocabulary[t]);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (rows, g_list_model_get_item (list, i));
    }
  for (guint i = 0; i < generated->len; i++)
    g_ptr_array_add (rows, g_object_ref (generated->pdata[i]));
  return rows;
}

/* The databases and the export are large: leave nothing behind. */
static void
remove_dir (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);

  for (const char *name; handle != NULL && (name = g_dir_read_name (handle)) != NULL;)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* For inspection with the sqlcipher shell: PRAGMA key = "x'<hex>'". */
static void
print_kept (const char *dir,
            KringKey   *key)
{
  char *hex = kring_key_to_hex (key);

  g_print ("Kept %s (key x'%s')\n", dir, hex);
  kring_key_wipe_string (hex);
}

int
main (int argc, char *argv[])
{
  int n_services = 20000, n_organizations = 0;
  gboolean skip_directory = FALSE, keep = FALSE;
  GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep,
      "Keep the databases and print their key (for EXPLAIN QUERY PLAN)", NULL },
    { "skip-directory-query", 0, 0, G_OPTION_ARG_NONE, &skip_directory,
      "Do not time kring_store_directory_query", NULL },
    { "services", 0, 0, G_OPTION_ARG_INT, &n_services, "Number of services", "N" },
    { "organizations", 0, 0, G_OPTION_ARG_INT, &n_organizations, "Number of organisations", "N" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- directory benchmark");
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = kring_key_new_random (&error);
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  g_autofree char *path_a = NULL, *path_b = NULL, *path_c = NULL, *json = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GPtrArray) generated = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  double ms_save, ms_export, ms_bulk;
  GStatBuf st;

  /* Figures appear as they are measured, also through a pipe. */
  setvbuf (stdout, NULL, _IOLBF, 0);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || key == NULL || dir == NULL)
    g_error ("%s", error->message);
  if (n_organizations <= 0)
    n_organizations = MAX (1, n_services * 2 / 5);
  path_a = g_build_filename (dir, "directory.db", NULL);
  path_b = g_build_filename (dir, "import.db", NULL);
  path_c = g_build_filename (dir, "bulk.db", NULL);
  json = g_build_filename (dir, "export.json", NULL);

  store = kring_bench_open_store (path_a, key);
  seed_vocabularies (store);
  generated = kring_bench_generate (store, (guint) n_organizations, (guint) n_services, 20240601);
  g_print ("Synthetic directory: %d services in %d organisations, %u rows\n", n_services,
           n_organizations, generated->len);
  ms_save = kring_bench_now ();
  kring_bench_save (store, generated);
  ms_save = kring_bench_now () - ms_save;
  g_print ("%-34s %10.0f ms  (%.0f rows/s)\n", "kring_store_save (one transaction)", ms_save,
           generated->len / (ms_save / 1000.0));

  /* The first search after a write brings the full-text index and the
   * directory index up to date; the keystrokes after it do not. */
  g_print ("%-34s %10.1f ms\n", "First search after the writes", time_search (store, "zorg"));
  bench_keystrokes (store, "kring_store_search (FTS4)", time_search);
  if (!skip_directory)
    bench_keystrokes (store, "kring_store_directory_query", time_directory_query);
  ms_export = time_export (store, json);
  g_stat (json, &st);
  g_print ("%-34s %10.0f ms  (%.1f MB)\n", "HSDS export", ms_export, st.st_size / 1e6);

  rows = rows_to_insert (store, generated);
  ms_bulk = time_bulk_insert (path_c, key, rows);
  g_print ("%-34s %10.0f ms  (%u rows, raw prepared INSERTs)\n", "Bulk insert (one transaction)",
           ms_bulk, rows->len);
  print_import (path_b, key, json, rows->len, ms_bulk);
  kring_bench_close_store (store);
  if (keep)
    print_kept (dir, key);
  else
    remove_dir (dir);
  return 0;
}
