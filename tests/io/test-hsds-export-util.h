/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-demo.h"
#include "kring-hsds-export.h"
#include "kring-test-util.h"

/* A fresh, empty store in a temporary directory, for the export tests. */
typedef struct
{
  char       *dir;
  KringStore *store;
} ExportFixture;

static inline KringStore *
export_test_open_store (const char *dir,
                        const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = kring_key_new_random (&error);
  g_autoptr (GAsyncResult) result = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  KringStore *store;

  g_assert_no_error (error);
  store = kring_store_new (path);
  kring_store_open_async (store, key, TRUE, NULL, kring_test_store_result, &result);
  kring_store_open_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return store;
}

static inline void
export_fixture_set_up (ExportFixture *fixture,
                       gconstpointer  data)
{
  fixture->dir = kring_test_mkdtemp ();
  fixture->store = export_test_open_store (fixture->dir, "kringkaart.db");
}

static inline void
export_fixture_tear_down (ExportFixture *fixture,
                          gconstpointer  data)
{
  kring_test_store_close (fixture->store);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, g_free);
}

static inline void
export_test_load_demo (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_demo_load_async (store, NULL, kring_test_store_result, &result);
  kring_demo_load_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
}

/* Exports to @path; returns the error (NULL on success). */
static inline GError *
export_test_hsds (KringStore         *store,
                  const char * const *organization_ids,
                  const char         *path,
                  GCancellable       *cancellable)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  kring_hsds_export_async (store, organization_ids, file, cancellable, kring_test_store_result,
                           &result);
  kring_hsds_export_finish (store, kring_test_await_borrowed (&result), &error);
  return error;
}

static inline GListModel *
export_test_list (KringStore *store,
                  const char *table)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *rows;

  kring_store_list_async (store, table, NULL, NULL, NULL, NULL, kring_test_store_result,
                          &result);
  rows = kring_store_list_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return rows;
}
