/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-store.h"
#include "kring-test-util.h"

G_BEGIN_DECLS

/* Helpers shared by the store tests: synchronous wrappers around the async
 * store API (they iterate the main context) and a generator of one valid
 * record per table, derived from the schema itself. */

gboolean      kring_store_test_open      (KringStore     *store,
                                          const KringKey *key,
                                          gboolean        create,
                                          GError        **error);
void          kring_store_test_close     (KringStore     *store);
gboolean      kring_store_test_save      (KringStore     *store,
                                          GPtrArray      *records,
                                          GError        **error);
gboolean      kring_store_test_delete    (KringStore     *store,
                                          const char     *table,
                                          const char     *id,
                                          GError        **error);
KringRecord  *kring_store_test_get       (KringStore     *store,
                                          const char     *table,
                                          const char     *id,
                                          GError        **error);
GListModel   *kring_store_test_list      (KringStore     *store,
                                          const char     *table,
                                          const char     *column,
                                          const char     *value);
GListModel   *kring_store_test_search    (KringStore     *store,
                                          const char     *text);

/* A new store at DIR/kringkaart.db, created and open with @key. */
/* Path with a suffix ("-wal", "-shm"); free with g_free. */
char         *kring_store_test_sibling   (const char     *path,
                                          const char     *suffix);
/* Runs @sql on the file with a raw SQLCipher connection (key may be NULL). */
void          kring_store_test_raw_exec  (const char     *path,
                                          const KringKey *key,
                                          const char     *sql);
gint64        kring_store_test_raw_int   (const char     *path,
                                          const KringKey *key,
                                          const char     *sql);

/* One record for every table in kring_tables, parents before children, every
 * column filled; text columns get a unique marker that starts with
 * @marker_prefix. The schema is read from an in-memory copy of the migrations. */
GPtrArray    *kring_store_test_generate  (const char     *marker_prefix);
/* Whether a value generated for @table.@column is a marker string. */
gboolean      kring_store_test_is_marker (GVariant       *value,
                                          const char     *marker_prefix);

G_END_DECLS
