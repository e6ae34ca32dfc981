/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kring-demo.h"
#include "kring-profile.h"
#include "kring-test-util.h"

void
kring_test_store_result (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

/* 60 s, or KRING_TEST_AWAIT_SECONDS: under valgrind (build-aux/kringkaart-valgrind)
 * one key derivation alone takes longer than that. */
guint
kring_test_await_seconds (void)
{
  const char *env = g_getenv ("KRING_TEST_AWAIT_SECONDS");
  guint64 seconds = env != NULL ? g_ascii_strtoull (env, NULL, 10) : 0;

  return seconds > 0 && seconds < G_MAXUINT ? (guint) seconds : 60;
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("Timed out waiting for an asynchronous result");
  return G_SOURCE_REMOVE;
}

GAsyncResult *
kring_test_await (GAsyncResult **result)
{
  guint timeout = g_timeout_add_seconds (kring_test_await_seconds (), on_timeout, NULL);

  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  return g_steal_pointer (result);
}

GAsyncResult *
kring_test_await_borrowed (GAsyncResult **result)
{
  /* Tests run their awaits on one thread, one _finish at a time. */
  static GAsyncResult *last;

  g_clear_object (&last);
  last = kring_test_await (result);
  return last;
}

char *
kring_test_mkdtemp (void)
{
  const char *base = g_getenv ("KRING_TEST_TMP");
  g_autofree char *tmpl = g_build_filename (base ? base : g_get_tmp_dir (), "kring-XXXXXX", NULL);
  char *dir = g_mkdtemp (g_steal_pointer (&tmpl));

  g_assert_nonnull (dir);
  return dir;
}

gboolean
kring_test_file_contains (const char *path, const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return memmem (contents, length, needle, strlen (needle)) != NULL;
}

char *
kring_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

KringStore *
kring_test_store_create (const char *dir, const KringKey *key)
{
  g_autofree char *path = g_build_filename (dir, "kringkaart.db", NULL);
  g_autoptr (KringStore) store = kring_store_new (path);
  g_autoptr (KringKey) random = key == NULL ? kring_key_new_random (NULL) : NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_store_open_async (store, key != NULL ? key : random, TRUE, NULL,
                          kring_test_store_result, &result);
  g_assert_true (kring_store_open_finish (store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
  g_assert_true (kring_store_is_open (store));
  return g_steal_pointer (&store);
}

void
kring_test_store_close (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_store_close_async (store, NULL, kring_test_store_result, &result);
  g_assert_true (kring_store_close_finish (store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
  g_assert_false (kring_store_is_open (store));
}

void
kring_test_load_demo (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_demo_load_async (store, NULL, kring_test_store_result, &result);
  g_assert_true (kring_demo_load_finish (store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
}

KringStore *
kring_test_profile_open (const char *dir, gboolean with_demo)
{
  g_autoptr (KringProfile) profile = kring_profile_new (dir);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringStore *store;

  kring_profile_unlock_async (profile, NULL, NULL, kring_test_store_result, &result);
  store = kring_profile_unlock_finish (profile, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (with_demo)
    kring_test_load_demo (store);
  return store;
}

void
kring_test_store_fixture_set_up (KringTestStoreFixture *f, GPtrArray *records)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_store_create (f->dir, NULL);
  if (records == NULL || records->len == 0)
    return;
  kring_store_save_async (f->store, records, NULL, kring_test_store_result, &result);
  g_assert_true (kring_store_save_finish (f->store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
}

void
kring_test_store_fixture_tear_down (KringTestStoreFixture *f)
{
  kring_test_store_close (f->store);
  g_clear_object (&f->store);
  g_clear_pointer (&f->dir, g_free);
}

KringRecord *
kring_test_record_add (GPtrArray *records, const char *table, const char *id,
                       const char *first_column, ...)
{
  KringRecord *record = id != NULL ? kring_record_new_with_id (table, id)
                                   : kring_record_new (table);
  va_list args;

  va_start (args, first_column);
  for (const char *column = first_column; column != NULL; column = va_arg (args, const char *))
    kring_record_set_string (record, column, va_arg (args, const char *));
  va_end (args);
  g_ptr_array_add (records, record);
  return record;
}

GListModel *
kring_test_list (KringStore *store, const char *table, const char *column, const char *value,
                 const char *order_by)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *rows;

  kring_store_list_async (store, table, column, value, order_by, NULL, kring_test_store_result,
                          &result);
  rows = kring_store_list_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return rows;
}

GPtrArray *
kring_test_store_tables (KringStore *store)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) counts = NULL;
  GPtrArray *tables = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer table;

  kring_store_count_async (store, NULL, kring_test_store_result, &result);
  counts = kring_store_count_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &table, NULL))
    g_ptr_array_add (tables, g_strdup (table));
  return tables;
}
