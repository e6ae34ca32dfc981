/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-hsds-import.h"

G_BEGIN_DECLS

/* Helpers of the HSDS import tests: a fresh store per test, the import run
 * through its public API, and a fingerprint of everything in the database. */
typedef struct
{
  char       *dir;
  KringStore *store;
} ImportFixture;

void             import_fixture_set_up    (ImportFixture *fixture,
                                           gconstpointer  data);
void             import_fixture_tear_down (ImportFixture *fixture,
                                           gconstpointer  data);
/* A file of the official HSDS examples (KRING_HSDS_DIR/examples/@name). */
char            *hsds_example_path        (const char    *name);
/* Prepares an import of @path; NULL and @error when that fails. */
KringHsdsImport *import_prepare           (KringStore    *store,
                                           const char    *path,
                                           GError       **error);
gboolean         import_commit            (KringHsdsImport *import,
                                           GCancellable  *cancellable,
                                           GError       **error);
/* Prepares and commits; asserts both succeed. */
KringHsdsImport *import_run               (KringStore    *store,
                                           const char    *path);
/* The stored record, or NULL when there is none. */
KringRecord     *store_get                (KringStore    *store,
                                           const char    *table,
                                           const char    *id);
void             store_save               (KringStore    *store,
                                           KringRecord   *record);
/* A SHA-256 over every row of every table, and the number of rows. */
char            *store_fingerprint        (KringStore    *store,
                                           guint         *n_rows);

G_END_DECLS
