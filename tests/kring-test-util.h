/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/* Use as the GAsyncReadyCallback of an _async call with user_data = &result
 * (a GAsyncResult * initialised to NULL); then kring_test_await_borrowed (&result). */
void          kring_test_store_result (GObject       *source,
                                       GAsyncResult  *result,
                                       gpointer       user_data);
/* Iterates the thread-default main context until *result is set; returns it
 * (transfer full). Fails the test after kring_test_await_seconds(). */
GAsyncResult *kring_test_await        (GAsyncResult **result);
/* 60, or $KRING_TEST_AWAIT_SECONDS (slow runs: valgrind). */
guint         kring_test_await_seconds (void);
/* The same for a result handed straight to an _finish call: the test keeps
 * no reference, the result lives until the next call of this function, so
 * kring_foo_finish (x, kring_test_await_borrowed (&result), &error) leaks
 * nothing. */
GAsyncResult *kring_test_await_borrowed (GAsyncResult **result);
/* A fresh directory under $KRING_TEST_TMP (or g_get_tmp_dir()); free with g_free. */
char         *kring_test_mkdtemp      (void);
/* Whether @needle occurs anywhere in the bytes of @path (FALSE if the file is absent). */
gboolean      kring_test_file_contains (const char   *path,
                                        const char   *needle);
/* SHA-256 of a file's bytes, hex; NULL if the file does not exist. */
char         *kring_test_file_checksum (const char   *path);

/* A new, open store in @dir/kringkaart.db under @key (NULL: a random raw key). */
KringStore   *kring_test_store_create  (const char     *dir,
                                        const KringKey *key);
/* Closes @store and checks that it closed cleanly. */
void          kring_test_store_close   (KringStore     *store);

/* The rows of @table (where @column = @value when @column is set), ordered
 * by @order_by or the store's default; fails the test on an error. */
GListModel   *kring_test_list          (KringStore     *store,
                                        const char     *table,
                                        const char     *column,
                                        const char     *value,
                                        const char     *order_by);
/* The name of every table of @store (GPtrArray of char *). */
GPtrArray    *kring_test_store_tables  (KringStore     *store);
/* Loads the example district into @store. */
void          kring_test_load_demo     (KringStore     *store);
/* Opens (or creates) the profile in @dir with the keyring of the test's
 * session, as the app does, optionally with the example district. */
KringStore   *kring_test_profile_open  (const char     *dir,
                                        gboolean        with_demo);

/* A g_test_add() fixture: a fresh store in a new directory. */
typedef struct
{
  char       *dir;
  KringStore *store;
} KringTestStoreFixture;

/* Creates the store and saves @records (NULL: none) in one transaction. */
void          kring_test_store_fixture_set_up    (KringTestStoreFixture *f,
                                                  GPtrArray             *records);
void          kring_test_store_fixture_tear_down (KringTestStoreFixture *f);

/* Appends a record of @table (@id, or a new UUID when NULL) with the
 * given text columns (name, value, …, NULL) to @records; returns it. */
KringRecord  *kring_test_record_add    (GPtrArray      *records,
                                        const char     *table,
                                        const char     *id,
                                        const char     *first_column,
                                        ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
