/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "kring-store-test.h"

#define MARKER "KrMk7q"

typedef struct
{
  char     *dir;
  char     *path;
  KringKey *key;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "kringkaart.db", NULL);
  f->key = kring_key_new_random (NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_free (f->dir);
  g_free (f->path);
  kring_key_free (f->key);
}

/* Creates a database with a few records and closes it. */
static void
make_database (Fixture *f)
{
  g_autoptr (KringStore) store = kring_test_store_create (f->dir, f->key);
  g_autoptr (GPtrArray) records = kring_store_test_generate (MARKER);
  g_autoptr (GError) error = NULL;

  g_assert_true (kring_store_test_save (store, records, &error));
  g_assert_no_error (error);
  kring_test_store_close (store);
}

static void
assert_values_equal (KringRecord *expected, KringRecord *actual)
{
  g_autoptr (GPtrArray) columns = kring_record_get_columns (expected);

  g_assert_cmpstr (kring_record_get_id (expected), ==, kring_record_get_id (actual));
  for (guint i = 0; i < columns->len; i++)
    {
      GVariant *want = kring_record_get_value (expected, columns->pdata[i]);
      GVariant *got = kring_record_get_value (actual, columns->pdata[i]);

      if (got == NULL || !g_variant_equal (want, got))
        g_error ("%s.%s: stored %s, read back %s", kring_record_get_table (expected),
                 (const char *) columns->pdata[i], g_variant_print (want, TRUE),
                 got ? g_variant_print (got, TRUE) : "nothing");
    }
  g_assert_nonnull (kring_record_get_string (actual, "created_at"));
  g_assert_nonnull (kring_record_get_string (actual, "updated_at"));
}

static void
test_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = kring_store_test_generate (MARKER);
  g_autoptr (KringStore) store = kring_test_store_create (f->dir, f->key);
  g_autoptr (KringStore) reopened = kring_store_new (f->path);
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (records->len, >=, 40);
  g_assert_true (kring_store_test_save (store, records, &error));
  g_assert_no_error (error);
  kring_test_store_close (store);

  g_assert_true (kring_store_test_open (reopened, f->key, FALSE, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < records->len; i++)
    {
      KringRecord *expected = records->pdata[i];
      g_autoptr (KringRecord) actual = kring_store_test_get (reopened,
                                                             kring_record_get_table (expected),
                                                             kring_record_get_id (expected),
                                                             &error);

      g_assert_no_error (error);
      assert_values_equal (expected, actual);
    }
  kring_test_store_close (reopened);
}

static void
assert_no_markers (Fixture *f, GPtrArray *records)
{
  g_autofree char *wal = kring_store_test_sibling (f->path, "-wal");
  guint checked = 0;

  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr (GPtrArray) columns = kring_record_get_columns (records->pdata[i]);

      for (guint j = 0; j < columns->len; j++)
        {
          GVariant *value = kring_record_get_value (records->pdata[i], columns->pdata[j]);

          if (!kring_store_test_is_marker (value, MARKER))
            continue;
          g_assert_false (kring_test_file_contains (f->path, g_variant_get_string (value, NULL)));
          g_assert_false (kring_test_file_contains (wal, g_variant_get_string (value, NULL)));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 100);
  g_assert_false (kring_test_file_contains (f->path, MARKER));
  g_assert_false (kring_test_file_contains (wal, MARKER));
}

static void
test_no_plaintext (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = kring_store_test_generate (MARKER);
  g_autoptr (KringStore) store = kring_test_store_create (f->dir, f->key);
  g_autofree char *wal = kring_store_test_sibling (f->path, "-wal");
  g_autoptr (GError) error = NULL;

  g_assert_true (kring_store_test_save (store, records, &error));
  g_assert_no_error (error);
  /* While open, the new pages sit in the WAL, not yet checkpointed. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  assert_no_markers (f, records);
  kring_test_store_close (store);
  assert_no_markers (f, records);
}

/* Checks that opening @path with @key fails with @code and changes nothing. */
static void
assert_refused (const char *path, const KringKey *key, int code)
{
  g_autofree char *wal = kring_store_test_sibling (path, "-wal");
  g_autofree char *shm = kring_store_test_sibling (path, "-shm");
  g_autofree char *before = kring_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr (KringStore) store = kring_store_new (path);
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (before);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_false (kring_store_test_open (store, key, FALSE, &error));
  g_assert_error (error, KRING_STORE_ERROR, code);
  g_assert_false (kring_store_is_open (store));
  g_clear_object (&store);
  after = kring_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_wrong_key (Fixture *f, gconstpointer data)
{
  g_autoptr (KringKey) other = kring_key_new_random (NULL);
  g_autoptr (KringKey) passphrase = kring_key_new_passphrase ("not the key");

  make_database (f);
  assert_refused (f->path, other, KRING_STORE_ERROR_WRONG_KEY);
  assert_refused (f->path, passphrase, KRING_STORE_ERROR_WRONG_KEY);
}

static void
test_not_kringkaart (Fixture *f, gconstpointer data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);

  kring_store_test_raw_exec (f->path, NULL, "CREATE TABLE notes (text TEXT);"
                                            "INSERT INTO notes VALUES ('plain');");
  assert_refused (f->path, f->key, KRING_STORE_ERROR_NOT_KRINGKAART);
  /* Encrypted with our key, but another program's database. */
  kring_store_test_raw_exec (other, f->key, "CREATE TABLE notes (text TEXT);");
  assert_refused (other, f->key, KRING_STORE_ERROR_NOT_KRINGKAART);
}

static void
test_too_new (Fixture *f, gconstpointer data)
{
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d",
                                           kring_store_schema_version () + 1);

  make_database (f);
  kring_store_test_raw_exec (f->path, f->key, bump);
  assert_refused (f->path, f->key, KRING_STORE_ERROR_TOO_NEW);
}

static void
test_migrate_empty_file (Fixture *f, gconstpointer data)
{
  g_autoptr (KringStore) store = kring_store_new (f->path);
  g_autoptr (KringStore) reopened = kring_store_new (f->path);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (kring_store_schema_version (), >=, 1);
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  g_assert_true (kring_store_test_open (store, f->key, FALSE, &error));
  g_assert_no_error (error);
  kring_test_store_close (store);
  g_assert_cmpint (kring_store_test_raw_int (f->path, f->key, "PRAGMA user_version"), ==,
                   kring_store_schema_version ());
  g_assert_cmpint (kring_store_test_raw_int (f->path, f->key, "PRAGMA application_id"), ==,
                   KRING_STORE_APPLICATION_ID);
  g_assert_true (kring_store_test_open (reopened, f->key, FALSE, &error));
  g_assert_no_error (error);
  kring_test_store_close (reopened);
}

static void
test_create_refuses_existing (Fixture *f, gconstpointer data)
{
  g_autoptr (KringStore) store = kring_store_new (f->path);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_database (f);
  before = kring_test_file_checksum (f->path);
  g_assert_false (kring_store_test_open (store, f->key, TRUE, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO);
  after = kring_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_missing_file (Fixture *f, gconstpointer data)
{
  g_autoptr (KringStore) store = kring_store_new (f->path);
  g_autoptr (GError) error = NULL;

  g_assert_false (kring_store_test_open (store, f->key, FALSE, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
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
  add ("/store/file/round-trip-every-table", test_round_trip);
  add ("/store/file/no-plaintext", test_no_plaintext);
  add ("/store/file/wrong-key", test_wrong_key);
  add ("/store/file/not-kringkaart", test_not_kringkaart);
  add ("/store/file/too-new", test_too_new);
  add ("/store/file/migrate-empty-file", test_migrate_empty_file);
  add ("/store/file/create-refuses-existing", test_create_refuses_existing);
  add ("/store/file/missing-file", test_missing_file);
  return g_test_run ();
}
