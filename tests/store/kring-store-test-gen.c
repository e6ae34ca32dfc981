/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <sqlite3.h>

#include "kring-migrations.h"
#include "kring-store-test.h"

/* Values the generic generator cannot derive from a single column's CHECK:
 * constraints that tie two columns together. NULL value means SQL NULL. */
static const struct
{
  const char *table;
  const char *column;
  const char *value;
} overrides[] = {
  /* A placement names an organisation or a service, not both. */
  { "ring_placements", "service_id", NULL },
  /* A household snapshot must name its household (which the generator fills in). */
  { "map_snapshots", "kind", "household" },
};

typedef struct
{
  sqlite3     *db;       /* the schema, in memory */
  GHashTable  *records;  /* table -> KringRecord */
  GPtrArray   *ordered;  /* KringRecord, parents first */
  const char  *prefix;
  int          counter;
} Generator;

static void generate_table (Generator *gen, const char *table);

static sqlite3_stmt *
prepare (Generator *gen, const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (gen->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (gen->db));
  return stmt;
}

static char *
table_sql (Generator *gen, const char *table)
{
  sqlite3_stmt *stmt = prepare (gen, "SELECT sql FROM sqlite_master WHERE name = ?");
  char *sql;

  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  sql = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return sql;
}

/* column -> parent table, from PRAGMA foreign_key_list. */
static GHashTable *
foreign_keys (Generator *gen, const char *table)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_key_list(\"%s\")", table);
  sqlite3_stmt *stmt = prepare (gen, sql);
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (keys, g_strdup ((const char *) sqlite3_column_text (stmt, 3)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
  sqlite3_finalize (stmt);
  return keys;
}

static GVariant *
match_check (const char *create_sql, const char *column, const char *pattern, gboolean text)
{
  g_autofree char *escaped = g_regex_escape_string (column, -1);
  g_autofree char *full = g_strdup_printf ("\\b%s %s", escaped, pattern);
  g_autoptr (GRegex) regex = g_regex_new (full, 0, 0, NULL);
  g_autoptr (GMatchInfo) info = NULL;
  g_autofree char *value = NULL;

  if (!g_regex_match (regex, create_sql, 0, &info))
    return NULL;
  value = g_match_info_fetch (info, 1);
  if (text)
    return g_variant_new_string (value);
  return g_variant_new_int64 (g_ascii_strtoll (value, NULL, 10));
}

/* An allowed value for an enum-like column: the first of CHECK (col IN (...))
 * or the low end of CHECK (col BETWEEN a AND b). */
static GVariant *
check_value (const char *create_sql, const char *column)
{
  GVariant *value = match_check (create_sql, column, "IN \\('([^']*)'", TRUE);

  if (value == NULL)
    value = match_check (create_sql, column, "IN \\((-?\\d+)", FALSE);
  if (value == NULL)
    value = match_check (create_sql, column, "BETWEEN (-?\\d+) AND", FALSE);
  return value;
}

static GVariant *
override_value (const char *table, const char *column, gboolean *found)
{
  for (guint i = 0; i < G_N_ELEMENTS (overrides); i++)
    if (g_str_equal (overrides[i].table, table) && g_str_equal (overrides[i].column, column))
      {
        *found = TRUE;
        if (overrides[i].value == NULL)
          return g_variant_new_maybe (G_VARIANT_TYPE_VARIANT, NULL);
        return g_variant_new_string (overrides[i].value);
      }
  *found = FALSE;
  return NULL;
}

static GVariant *
plain_value (Generator *gen, const char *table, const char *column, const char *type)
{
  int n = ++gen->counter;

  if (g_str_has_suffix (column, "_on"))
    return g_variant_new_take_string (g_strdup_printf ("2024-%02d-%02d", n % 12 + 1, n % 28 + 1));
  if (strstr (type, "INT") != NULL)
    return g_variant_new_int64 (1000 + n);
  if (strstr (type, "REAL") != NULL)
    return g_variant_new_double (n + 0.25);
  return g_variant_new_take_string (g_strdup_printf ("%s-%s-%s-%d", gen->prefix, table, column, n));
}

static GVariant *
column_value (Generator *gen, const char *table, const char *column, const char *type,
              const char *create_sql, GHashTable *keys)
{
  const char *parent = g_hash_table_lookup (keys, column);
  gboolean overridden = FALSE;
  GVariant *value = override_value (table, column, &overridden);

  if (overridden)
    return value;
  if (parent != NULL && g_str_equal (parent, table))
    return g_variant_new_maybe (G_VARIANT_TYPE_VARIANT, NULL);
  if (parent != NULL)
    {
      generate_table (gen, parent);
      return g_variant_new_string (kring_record_get_id (g_hash_table_lookup (gen->records, parent)));
    }
  value = check_value (create_sql, column);
  return value != NULL ? value : plain_value (gen, table, column, type);
}

static void
generate_table (Generator *gen, const char *table)
{
  g_autofree char *create_sql = NULL;
  g_autofree char *info_sql = NULL;
  g_autoptr (GHashTable) keys = NULL;
  g_autoptr (KringRecord) record = NULL;
  sqlite3_stmt *stmt;

  if (g_hash_table_contains (gen->records, table))
    return;
  /* Mark the table as in progress so that a cycle cannot recurse forever. */
  record = kring_record_new (table);
  g_hash_table_insert (gen->records, g_strdup (table), g_object_ref (record));
  create_sql = table_sql (gen, table);
  keys = foreign_keys (gen, table);
  info_sql = g_strdup_printf ("PRAGMA table_info(\"%s\")", table);
  stmt = prepare (gen, info_sql);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (stmt, 1);
      const char *type = (const char *) sqlite3_column_text (stmt, 2);

      if (g_str_equal (column, "id") || g_str_equal (column, "created_at")
          || g_str_equal (column, "updated_at"))
        continue;
      kring_record_set_value (record, column,
                              column_value (gen, table, column, type, create_sql, keys));
    }
  sqlite3_finalize (stmt);
  g_ptr_array_add (gen->ordered, g_steal_pointer (&record));
}

static void
load_schema (Generator *gen)
{
  guint n_steps = 0;
  const char *const *steps = kring_migrations_get (&n_steps);

  g_assert_cmpint (sqlite3_open (":memory:", &gen->db), ==, SQLITE_OK);
  for (guint i = 0; i < n_steps; i++)
    if (sqlite3_exec (gen->db, steps[i], NULL, NULL, NULL) != SQLITE_OK)
      g_error ("migration %u: %s", i + 1, sqlite3_errmsg (gen->db));
}

GPtrArray *
kring_store_test_generate (const char *marker_prefix)
{
  Generator gen = { NULL, NULL, NULL, marker_prefix, 0 };
  sqlite3_stmt *stmt;

  load_schema (&gen);
  gen.records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  gen.ordered = g_ptr_array_new_with_free_func (g_object_unref);
  stmt = prepare (&gen, "SELECT name FROM kring_tables ORDER BY name");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    generate_table (&gen, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_hash_table_unref (gen.records);
  sqlite3_close (gen.db);
  return gen.ordered;
}

gboolean
kring_store_test_is_marker (GVariant *value, const char *marker_prefix)
{
  return g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
         && g_str_has_prefix (g_variant_get_string (value, NULL), marker_prefix);
}
