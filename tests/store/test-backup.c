/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "kring-backup.h"
#include "kring-keyring-test.h"
#include "kring-store-test.h"

/* Real SQLCipher, real gnome-keyring (kring-session.sh). */

#define PASSPHRASE "lange zin voor de back-up's"

static void
make_backup (KringStore *store, const char *path, const char *passphrase, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_backup_async (store, file, passphrase, NULL, kring_test_store_result, &result);
  kring_store_backup_finish (store, kring_test_await_borrowed (&result), error);
}

static guint
count_rows (KringStore *store, const char *table)
{
  g_autoptr (GListModel) rows = kring_test_list (store, table, NULL, NULL, NULL);

  return g_list_model_get_n_items (rows);
}

static char *
first_label (KringStore *store)
{
  g_autoptr (GListModel) rows = kring_test_list (store, "households", NULL, NULL, NULL);
  g_autoptr (KringRecord) first = g_list_model_get_item (rows, 0);

  g_assert_nonnull (first);
  return g_strdup (kring_record_get_string (first, "label"));
}

/* A Kringkaart profile in @dir (example district or an empty one) whose
 * store is left open; @key gets the keyring's key. */
static KringStore *
open_profile (const char *dir, gboolean demo, KringKey **key)
{
  KringStore *store = kring_test_profile_open (dir, demo);
  g_autofree char *uuid = kring_profile_test_uuid (dir);
  g_autoptr (GError) error = NULL;

  *key = kring_keyring_test_lookup (uuid, &error);
  g_assert_no_error (error);
  return store;
}

static void
test_backup_is_encrypted (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *data_dir = g_build_filename (dir, "profile", NULL);
  g_autofree char *path = g_build_filename (dir, "kringkaart-2026-01-01.kkbackup", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KringKey) key = NULL;
  g_autoptr (KringStore) store = open_profile (data_dir, TRUE, &key);
  g_autofree char *label = first_label (store);
  KringBackupInfo info = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) listing = NULL;

  make_backup (store, path, PASSPHRASE, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (strlen (label), >, 3);
  g_assert_false (kring_test_file_contains (path, label));
  g_assert_false (kring_test_file_contains (path, "SQLite format 3"));

  g_assert_false (kring_backup_verify (file, "verkeerde wachtzin", &info, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  /* The app's own key does not open it either: only the passphrase does. */
  g_assert_true (kring_backup_verify (file, PASSPHRASE, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.households, ==, count_rows (store, "households"));
  g_assert_cmpint (info.organizations, ==, count_rows (store, "organizations"));
  g_assert_cmpint (info.households, >, 0);
  g_assert_cmpint (info.schema_version, ==, kring_store_schema_version ());
  g_assert_nonnull (info.modified);
  kring_backup_info_clear (&info);

  /* No temporary file is left beside the backup. */
  listing = g_dir_open (dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    g_assert_false (g_str_has_prefix (name, "."));
  kring_test_store_close (store);
}

static void
test_backup_refuses (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *data_dir = g_build_filename (dir, "profile", NULL);
  g_autofree char *path = g_build_filename (dir, "kort.kkbackup", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "readonly", "x.kkbackup", NULL);
  g_autofree char *readonly = g_path_get_dirname (nowhere);
  g_autoptr (KringKey) key = NULL;
  g_autoptr (KringStore) store = open_profile (data_dir, FALSE, &key);
  g_autoptr (GError) error = NULL;

  make_backup (store, path, "kort", &error);
  g_assert_error (error, KRING_BACKUP_ERROR, KRING_BACKUP_ERROR_WEAK_PASSPHRASE);
  g_clear_error (&error);
  make_backup (store, path, "", &error);
  g_assert_error (error, KRING_BACKUP_ERROR, KRING_BACKUP_ERROR_WEAK_PASSPHRASE);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_mkdir (readonly, 0500), ==, 0);
  make_backup (store, nowhere, PASSPHRASE, &error);
  if (getuid () != 0)
    {
      g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO);
      g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
    }
  g_chmod (readonly, 0700);
  kring_test_store_close (store);
}

/* A disk that fills up half-way: the file size limit stops the writes to
 * the backup (SIGXFSZ ignored, so write() fails instead). */
static void
test_backup_disk_full (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *data_dir = g_build_filename (dir, "profile", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "stick", NULL);
  g_autofree char *path = g_build_filename (out_dir, "vol.kkbackup", NULL);
  g_autoptr (KringKey) key = NULL;
  g_autoptr (KringStore) store = open_profile (data_dir, TRUE, &key);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) listing = NULL;
  struct rlimit saved, small;

  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 64 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  make_backup (store, path, PASSPHRASE, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NO_SPACE);
  listing = g_dir_open (out_dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  kring_test_store_close (store);
}

typedef struct
{
  char       *dir;
  char       *backup;       /* of the example district */
  char       *target_dir;   /* a second profile with other data */
  char       *target_db;
  KringKey   *target_key;
  guint       households;
  guint       organizations;
  char       *label;
} RestoreFixture;

/* The example district's backup and what it holds, made once: each backup
 * is one key derivation of 256,000 iterations to write and the example
 * district takes a while to load, and no restore test changes the file. */
typedef struct
{
  char  *backup;
  guint  households;
  guint  organizations;
  char  *label;
} Source;

static const Source *
source_backup (void)
{
  static Source source;
  g_autoptr (KringKey) key = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *data_dir = NULL;

  if (source.backup != NULL)
    return &source;
  dir = kring_test_mkdtemp ();
  data_dir = g_build_filename (dir, "source", NULL);
  source.backup = g_build_filename (dir, "wijk.kkbackup", NULL);
  store = open_profile (data_dir, TRUE, &key);
  source.households = count_rows (store, "households");
  source.organizations = count_rows (store, "organizations");
  source.label = first_label (store);
  make_backup (store, source.backup, PASSPHRASE, &error);
  g_assert_no_error (error);
  kring_test_store_close (store);
  return &source;
}

static void
restore_set_up (RestoreFixture *f, gconstpointer data)
{
  const Source *source = source_backup ();
  g_autoptr (GFile) original = g_file_new_for_path (source->backup);
  g_autoptr (GFile) copy = NULL;
  g_autoptr (KringStore) target = NULL;
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *team = kring_record_new ("teams");
  g_autoptr (GError) error = NULL;

  f->dir = kring_test_mkdtemp ();
  f->backup = g_build_filename (f->dir, "wijk.kkbackup", NULL);
  f->target_dir = g_build_filename (f->dir, "target", NULL);
  f->target_db = g_build_filename (f->target_dir, "kringkaart.db", NULL);
  f->households = source->households;
  f->organizations = source->organizations;
  f->label = g_strdup (source->label);
  /* A fresh copy for each test: a restore must not rely on an earlier one. */
  copy = g_file_new_for_path (f->backup);
  g_assert_true (g_file_copy (original, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  target = open_profile (f->target_dir, FALSE, &f->target_key);
  kring_record_set_string (team, "name", "Wijkteam Anders");
  g_ptr_array_add (records, team);
  g_assert_true (kring_store_test_save (target, records, &error));
  g_assert_no_error (error);
  kring_test_store_close (target);
}

static void
restore_tear_down (RestoreFixture *f, gconstpointer data)
{
  kring_key_free (f->target_key);
  g_free (f->dir);
  g_free (f->backup);
  g_free (f->target_dir);
  g_free (f->target_db);
  g_free (f->label);
}

static void
test_restore (RestoreFixture *f, gconstpointer data)
{
  g_autoptr (GFile) file = g_file_new_for_path (f->backup);
  g_autofree char *before = g_strconcat (f->target_db, KRING_BACKUP_BEFORE_RESTORE_SUFFIX, NULL);
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GListModel) teams = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok = kring_backup_restore (f->target_db, file, PASSPHRASE, f->target_key, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (g_file_test (before, G_FILE_TEST_IS_REGULAR));
  g_assert_false (kring_test_file_contains (f->target_db, f->label));

  /* The profile opens it with the keyring's key, as at every start. */
  store = kring_test_profile_open (f->target_dir, FALSE);
  g_assert_cmpuint (count_rows (store, "households"), ==, f->households);
  g_assert_cmpuint (count_rows (store, "organizations"), ==, f->organizations);
  teams = kring_test_list (store, "teams", "name", "Wijkteam Anders", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (teams), ==, 0);
  kring_backup_restore_done (f->target_db);
  g_assert_false (g_file_test (before, G_FILE_TEST_EXISTS));
  kring_test_store_close (store);
}

/* A profile without keyring keeps its data under a passphrase: the
 * restored copy is under that passphrase (and its key derivation) too. */
static void
test_restore_passphrase_profile (RestoreFixture *f, gconstpointer data)
{
  g_autofree char *dir = g_build_filename (f->dir, "passphrase", NULL);
  g_autofree char *db = g_build_filename (dir, "kringkaart.db", NULL);
  g_autoptr (KringKey) key = kring_key_new_passphrase ("de wachtwoordzin van deze laptop");
  g_autoptr (KringKey) wrong = kring_key_new_passphrase ("een andere wachtwoordzin");
  g_autoptr (GFile) file = g_file_new_for_path (f->backup);
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  store = kring_test_store_create (dir, key);
  kring_test_store_close (store);
  g_clear_object (&store);
  ok = kring_backup_restore (db, file, PASSPHRASE, key, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  store = kring_store_new (db);
  kring_store_open_async (store, wrong, FALSE, NULL, kring_test_store_result, &result);
  g_assert_false (kring_store_open_finish (store, kring_test_await_borrowed (&result), &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_clear_object (&result);
  kring_store_open_async (store, key, FALSE, NULL, kring_test_store_result, &result);
  g_assert_true (kring_store_open_finish (store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "households"), ==, f->households);
  kring_test_store_close (store);
}

static void
assert_refused (RestoreFixture *f, const char *backup, const char *passphrase,
                GQuark domain, int code)
{
  g_autoptr (GFile) file = g_file_new_for_path (backup);
  g_autofree char *sum = kring_test_file_checksum (f->target_db);
  g_autofree char *after = NULL;
  g_autoptr (GDir) listing = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_false (kring_backup_restore (f->target_db, file, passphrase, f->target_key, &error));
  g_assert_error (error, domain, code);
  after = kring_test_file_checksum (f->target_db);
  g_assert_cmpstr (sum, ==, after);
  listing = g_dir_open (f->target_dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    g_assert_true (g_str_equal (name, "kringkaart.db") || g_str_equal (name, "profile.ini"));
}

static void
test_restore_wrong_passphrase (RestoreFixture *f, gconstpointer data)
{
  assert_refused (f, f->backup, "niet de goede wachtzin", KRING_STORE_ERROR,
                  KRING_STORE_ERROR_WRONG_KEY);
}

static char *
damaged_copy (RestoreFixture *f)
{
  g_autofree char *contents = NULL;
  char *copy = g_build_filename (f->dir, "beschadigd.kkbackup", NULL);
  gsize length = 0;

  g_assert_true (g_file_get_contents (f->backup, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  for (gsize i = length / 2; i < length / 2 + 16; i++)
    contents[i] ^= 0x5a;
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  return copy;
}

static void
test_restore_damaged (RestoreFixture *f, gconstpointer data)
{
  g_autofree char *copy = damaged_copy (f);

  assert_refused (f, copy, PASSPHRASE, KRING_BACKUP_ERROR, KRING_BACKUP_ERROR_DAMAGED);
}

/* A backup stamped with a data version above ours, written as a newer
 * Kringkaart would: under the passphrase, with the same header fields. */
static char *
newer_copy (RestoreFixture *f)
{
  char *copy = g_build_filename (f->dir, "nieuwer.kkbackup", NULL);
  g_autoptr (KringKey) key = kring_key_new_passphrase (PASSPHRASE);
  char *pragma = kring_key_pragma (key);
  g_autofree char *stamp = g_strdup_printf ("PRAGMA user_version = %d",
                                            kring_store_schema_version () + 1);
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (f->backup, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  g_assert_cmpint (sqlite3_open (copy, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, stamp, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  kring_key_wipe_string (pragma);
  return copy;
}

static void
test_restore_too_new (RestoreFixture *f, gconstpointer data)
{
  g_autofree char *copy = newer_copy (f);

  assert_refused (f, copy, PASSPHRASE, KRING_STORE_ERROR, KRING_STORE_ERROR_TOO_NEW);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/backup/encrypted", test_backup_is_encrypted);
  g_test_add_func ("/backup/refuses", test_backup_refuses);
  g_test_add_func ("/backup/disk-full", test_backup_disk_full);
  g_test_add ("/backup/restore", RestoreFixture, NULL, restore_set_up, test_restore,
              restore_tear_down);
  g_test_add ("/backup/restore-passphrase-profile", RestoreFixture, NULL, restore_set_up,
              test_restore_passphrase_profile, restore_tear_down);
  g_test_add ("/backup/restore-wrong-passphrase", RestoreFixture, NULL, restore_set_up,
              test_restore_wrong_passphrase, restore_tear_down);
  g_test_add ("/backup/restore-damaged", RestoreFixture, NULL, restore_set_up,
              test_restore_damaged, restore_tear_down);
  g_test_add ("/backup/restore-too-new", RestoreFixture, NULL, restore_set_up,
              test_restore_too_new, restore_tear_down);
  return g_test_run ();
}
