/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Change key (kring_profile_rekey_async): the data opens with the new key
 * and no longer with the old one, nothing is lost, and an interruption at
 * any moment leaves data that the next unlock opens (and finishes the
 * change for). Real SQLCipher files and a real gnome-keyring.
 *
 * KRING_REKEY_KILLS overrides the number of kills (default 20).
 */
#include <signal.h>
#include <sys/resource.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kring-backup.h"
#include "kring-keyring-test.h"
#include "kring-recovery.h"
#include "kring-store-error.h"

typedef struct
{
  char         *dir;
  char         *db_path;
  char         *uuid;
  KringProfile *profile;
  guint         households;
} Rekey;

static guint
count_rows (KringStore *store, const char *table)
{
  g_autoptr (GListModel) rows = kring_test_list (store, table, NULL, NULL, NULL);

  return g_list_model_get_n_items (rows);
}

/* A keyring profile holding the example district. */
static void
rekey_set_up (Rekey *r, gconstpointer data)
{
  KringStore *store;

  r->dir = kring_test_mkdtemp ();
  store = kring_test_profile_open (r->dir, TRUE);
  r->households = count_rows (store, "households");
  g_assert_cmpuint (r->households, >, 0);
  kring_test_store_close (store);
  g_object_unref (store);
  r->profile = kring_profile_new (r->dir);
  r->db_path = g_strdup (kring_profile_get_database_path (r->profile));
  r->uuid = kring_profile_test_uuid (r->dir);
  g_assert_nonnull (r->uuid);
}

static void
rekey_tear_down (Rekey *r, gconstpointer data)
{
  g_autofree char *pending = kring_keyring_pending_id (r->uuid);

  kring_keyring_test_clear (r->uuid, NULL);
  kring_keyring_test_clear (pending, NULL);
  g_clear_object (&r->profile);
  g_free (r->uuid);
  g_free (r->db_path);
  g_free (r->dir);
}

static gboolean
rekey (KringProfile *profile, const char *passphrase, const char *new_passphrase,
       GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kring_profile_rekey_async (profile, passphrase, new_passphrase, NULL, kring_test_store_result,
                             &result);
  return kring_profile_rekey_finish (profile, kring_test_await_borrowed (&result), error);
}

static char *
recovery_key (KringProfile *profile)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  char *text;

  kring_profile_get_recovery_key_async (profile, NULL, kring_test_store_result, &result);
  text = kring_profile_get_recovery_key_finish (profile, kring_test_await_borrowed (&result),
                                                &error);
  g_assert_no_error (error);
  return text;
}

/* Opens the file directly under @key: NULL and @error when it does not fit. */
static KringStore *
open_with (const char *db_path, const KringKey *key, GError **error)
{
  g_autoptr (KringStore) store = kring_store_new (db_path);
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_open_async (store, key, FALSE, NULL, kring_test_store_result, &result);
  if (!kring_store_open_finish (store, kring_test_await_borrowed (&result), error))
    return NULL;
  return g_steal_pointer (&store);
}

static void
assert_key_does_not_fit (const char *db_path, const KringKey *key)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringStore) store = open_with (db_path, key, &error);

  g_assert_null (store);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
}

/* Unlocks as the app does and checks that every household is there. */
static void
assert_unlocks_whole (Rekey *r, const char *passphrase)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringStore) store = kring_profile_test_unlock (r->profile, passphrase, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "households"), ==, r->households);
  kring_test_store_close (store);
}

static void
assert_no_pending (Rekey *r)
{
  g_autofree char *pending = kring_keyring_pending_id (r->uuid);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = kring_keyring_test_lookup (pending, &error);

  g_assert_null (key);
  g_assert_error (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_NOT_FOUND);
}

/* No copy under either key is left in the data folder. */
static void
assert_no_leftovers (Rekey *r)
{
  g_autoptr (GDir) dir = g_dir_open (r->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".part-") != NULL)
      g_error ("left behind: %s", name);
}

static void
test_keyring (Rekey *r, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) old_key = kring_keyring_test_lookup (r->uuid, &error);
  g_autoptr (KringKey) new_key = NULL;
  g_autofree char *old_recovery = recovery_key (r->profile);
  g_autofree char *new_recovery = NULL;
  g_autoptr (KringKey) from_recovery = NULL;
  g_autofree char *new_hex = NULL;
  g_autofree char *recovered_hex = NULL;

  g_assert_no_error (error);
  g_assert_true (rekey (r->profile, NULL, NULL, &error));
  g_assert_no_error (error);

  new_key = kring_keyring_test_lookup (r->uuid, &error);
  g_assert_no_error (error);
  assert_key_does_not_fit (r->db_path, old_key);
  assert_unlocks_whole (r, NULL);
  assert_no_pending (r);
  assert_no_leftovers (r);
  /* The recovery key is the new key's; the old one no longer opens anything. */
  new_recovery = recovery_key (r->profile);
  g_assert_cmpstr (new_recovery, !=, old_recovery);
  from_recovery = kring_recovery_decode (new_recovery, &error);
  g_assert_no_error (error);
  new_hex = kring_key_to_hex (new_key);
  recovered_hex = kring_key_to_hex (from_recovery);
  g_assert_cmpstr (new_hex, ==, recovered_hex);
}

/* Stopped after the new key went into the keyring, before the file
 * changed: the old key still opens it, and the waiting key is removed. */
static void
test_stopped_before_file (Rekey *r, gconstpointer data)
{
  g_autofree char *pending = kring_keyring_pending_id (r->uuid);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) old_key = kring_keyring_test_lookup (r->uuid, &error);
  g_autoptr (KringKey) new_key = kring_key_new_random (&error);
  g_autoptr (KringKey) after = NULL;
  g_autofree char *old_hex = kring_key_to_hex (old_key);
  g_autofree char *after_hex = NULL;

  g_assert_true (kring_keyring_test_store (pending, new_key, &error));
  assert_unlocks_whole (r, NULL);
  assert_no_pending (r);
  after = kring_keyring_test_lookup (r->uuid, &error);
  after_hex = kring_key_to_hex (after);
  g_assert_cmpstr (after_hex, ==, old_hex);
}

/* Stopped after the file got the new key, before the keyring's usual entry
 * did: the next unlock opens with the waiting key and makes it the usual one. */
static void
test_stopped_after_file (Rekey *r, gconstpointer data)
{
  g_autofree char *pending = kring_keyring_pending_id (r->uuid);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) old_key = kring_keyring_test_lookup (r->uuid, &error);
  g_autoptr (KringKey) new_key = kring_key_new_random (&error);
  g_autoptr (KringKey) after = NULL;
  g_autofree char *new_hex = kring_key_to_hex (new_key);
  g_autofree char *after_hex = NULL;

  g_assert_true (kring_keyring_test_store (pending, new_key, &error));
  g_assert_true (kring_database_rekey (r->db_path, old_key, new_key, &error));
  g_assert_no_error (error);
  assert_key_does_not_fit (r->db_path, old_key);
  assert_unlocks_whole (r, NULL);
  assert_no_pending (r);
  after = kring_keyring_test_lookup (r->uuid, &error);
  after_hex = kring_key_to_hex (after);
  g_assert_cmpstr (after_hex, ==, new_hex);
}

/* Neither key fits (a real wrong key): the usual error, nothing changed. */
static void
test_neither_fits (Rekey *r, gconstpointer data)
{
  g_autofree char *pending = kring_keyring_pending_id (r->uuid);
  g_autofree char *before = kring_test_file_checksum (r->db_path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) wrong = kring_key_new_random (NULL);
  g_autoptr (KringKey) wrong_too = kring_key_new_random (NULL);
  g_autoptr (KringStore) store = NULL;

  g_assert_true (kring_keyring_test_store (r->uuid, wrong, NULL));
  g_assert_true (kring_keyring_test_store (pending, wrong_too, NULL));
  store = kring_profile_test_unlock (r->profile, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  after = kring_test_file_checksum (r->db_path);
  g_assert_cmpstr (after, ==, before);
}

/* The disk fills up while the copy under the new key is written (a file
 * size limit, SIGXFSZ ignored): a clear error, the database, its key and
 * the keyring as they were, and no copy left. */
static void
test_disk_full (Rekey *r, gconstpointer data)
{
  g_autofree char *before = kring_test_file_checksum (r->db_path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) old_key = kring_keyring_test_lookup (r->uuid, &error);
  g_autoptr (KringKey) key_after = NULL;
  g_autofree char *old_hex = kring_key_to_hex (old_key);
  g_autofree char *after_hex = NULL;
  struct rlimit saved, small;
  GStatBuf st;

  g_assert_cmpint (g_stat (r->db_path, &st), ==, 0);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = st.st_size / 2;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  g_assert_false (rekey (r->profile, NULL, NULL, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NO_SPACE);

  after = kring_test_file_checksum (r->db_path);
  g_assert_cmpstr (after, ==, before);
  key_after = kring_keyring_test_lookup (r->uuid, NULL);
  after_hex = kring_key_to_hex (key_after);
  g_assert_cmpstr (after_hex, ==, old_hex);
  assert_no_pending (r);
  assert_no_leftovers (r);
  assert_unlocks_whole (r, NULL);
}

/* Where a passphrase change leaves its note while it runs. */
static char *
note_path (KringProfile *profile)
{
  return g_build_filename (kring_profile_get_data_dir (profile), KRING_PROFILE_PASSPHRASE_CHANGE,
                           NULL);
}

/* Watches @dir for the note of a passphrase change being written. */
static void
on_folder_changed (GFileMonitor     *monitor,
                   GFile            *file,
                   GFile            *other,
                   GFileMonitorEvent event,
                   gboolean         *noted)
{
  GFile *written = event == G_FILE_MONITOR_EVENT_RENAMED ? other : file;
  g_autofree char *name = written != NULL ? g_file_get_basename (written) : NULL;

  if ((event == G_FILE_MONITOR_EVENT_CREATED || event == G_FILE_MONITOR_EVENT_MOVED_IN
       || event == G_FILE_MONITOR_EVENT_RENAMED)
      && g_strcmp0 (name, KRING_PROFILE_PASSPHRASE_CHANGE) == 0)
    *noted = TRUE;
}

static GFileMonitor *
watch_for_note (KringProfile *profile, gboolean *noted)
{
  g_autoptr (GFile) folder = g_file_new_for_path (kring_profile_get_data_dir (profile));
  g_autoptr (GError) error = NULL;
  GFileMonitor *monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL,
                                                    &error);

  g_assert_no_error (error);
  g_signal_connect (monitor, "changed", G_CALLBACK (on_folder_changed), noted);
  return monitor;
}

/* A change of @profile's passphrase while no file may grow past 16 bytes. */
static void
refuse_without_note (KringProfile *profile, GError **error)
{
  struct rlimit saved, tiny;

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  tiny = saved;
  tiny.rlim_cur = 16;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &tiny), ==, 0);
  g_assert_false (rekey (profile, "oude wachtwoordzin", "nieuwe wachtwoordzin", error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
}

static void
test_passphrase (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autoptr (KringProfile) profile = kring_profile_new (dir);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringStore) store = kring_profile_test_unlock (profile, "oude wachtwoordzin",
                                                            &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *note = note_path (profile);
  g_autoptr (GFileMonitor) monitor = NULL;
  gboolean noted = FALSE;

  g_assert_no_error (error);
  g_assert_cmpint (kring_profile_get_key_mode (profile), ==, KRING_KEY_MODE_PASSPHRASE);
  kring_test_load_demo (store);
  kring_test_store_close (store);
  g_clear_object (&store);
  before = kring_test_file_checksum (kring_profile_get_database_path (profile));

  /* Too short a new one, or a wrong current one: refused, file unchanged. */
  g_assert_false (rekey (profile, "oude wachtwoordzin", "kort", &error));
  g_assert_error (error, KRING_BACKUP_ERROR, KRING_BACKUP_ERROR_WEAK_PASSPHRASE);
  g_clear_error (&error);
  g_assert_false (rekey (profile, "verkeerde wachtwoordzin", "nieuwe wachtwoordzin", &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  /* The note cannot be written (a file-size limit smaller than the note):
   * the change does not start, and says so. */
  refuse_without_note (profile, &error);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_FILE_ERROR);
  g_assert_true (g_str_has_prefix (error->message, "The passphrase was not changed."));
  g_clear_error (&error);
  g_assert_false (g_file_test (note, G_FILE_TEST_EXISTS));
  after = kring_test_file_checksum (kring_profile_get_database_path (profile));
  g_assert_cmpstr (after, ==, before);
  g_assert_false (kring_profile_passphrase_change_interrupted (profile));

  monitor = watch_for_note (profile, &noted);
  g_assert_true (rekey (profile, "oude wachtwoordzin", "nieuwe wachtwoordzin", &error));
  g_assert_no_error (error);
  /* The note was written while the change ran (the folder's events may
   * come a little later), and a finished change leaves none. */
  for (gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       !noted && g_get_monotonic_time () < end; g_usleep (1000))
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (noted);
  g_assert_false (kring_profile_passphrase_change_interrupted (profile));
  g_assert_false (g_file_test (note, G_FILE_TEST_EXISTS));
  store = kring_profile_test_unlock (profile, "oude wachtwoordzin", &error);
  g_assert_null (store);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  store = kring_profile_test_unlock (profile, "nieuwe wachtwoordzin", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "households"), >, 0);
  kring_test_store_close (store);
}

/* A passphrase change stopped after the file got the new passphrase (the
 * state built by hand: the change's note, then the new file). The profile
 * says the change was interrupted until a passphrase opens the data; the
 * old one no longer does, the new one does and ends the note. */
static void
test_passphrase_interrupted (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autoptr (KringProfile) profile = kring_profile_new (dir);
  g_autoptr (KringProfile) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringStore) store = kring_profile_test_unlock (profile, "oude wachtwoordzin",
                                                            &error);
  g_autoptr (KringKey) old_key = kring_key_new_passphrase ("oude wachtwoordzin");
  g_autoptr (KringKey) new_key = kring_key_new_passphrase ("nieuwe wachtwoordzin");
  g_autofree char *note = note_path (profile);

  g_assert_no_error (error);
  kring_test_load_demo (store);
  kring_test_store_close (store);
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (note, "", 0, &error));
  g_assert_true (kring_database_rekey (kring_profile_get_database_path (profile), old_key,
                                       new_key, &error));
  g_assert_no_error (error);

  again = kring_profile_new (dir);
  g_assert_true (kring_profile_passphrase_change_interrupted (again));
  store = kring_profile_test_unlock (again, "oude wachtwoordzin", &error);
  g_assert_null (store);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_true (kring_profile_passphrase_change_interrupted (again));
  store = kring_profile_test_unlock (again, "nieuwe wachtwoordzin", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "households"), >, 0);
  g_assert_false (kring_profile_passphrase_change_interrupted (again));
  g_assert_false (g_file_test (note, G_FILE_TEST_EXISTS));
  kring_test_store_close (store);
}

/* Runs kring-rekey-child and kills it @delay_us after it started. Returns
 * how many changes it reported finished. */
static guint
kill_child (Rekey *r, const char *child, gint64 delay_us)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                                      child, r->dir, NULL);
  g_autoptr (GBytes) out = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  gsize size;
  guint finished = 0;

  g_assert_no_error (error);
  g_usleep (delay_us);
  g_subprocess_send_signal (process, SIGKILL);
  g_assert_true (g_subprocess_communicate (process, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  /* A child that died on its own (an error) is a failure, not an interruption. */
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
  text = out != NULL && g_bytes_get_size (out) > 0
           ? g_strndup (g_bytes_get_data (out, &size), g_bytes_get_size (out)) : g_strdup ("");
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "rekeyed "))
      finished++;
  return finished;
}

/* Where a change was stopped: 0 no new key waiting (between changes, or
 * before it was stored), 1 a new key waiting and the file still under the
 * old key, 2 the file already under the new key. */
static guint
stopped_where (Rekey *r)
{
  g_autofree char *pending = kring_keyring_pending_id (r->uuid);
  g_autoptr (KringKey) waiting = kring_keyring_test_lookup (pending, NULL);
  g_autoptr (KringKey) usual = NULL;
  g_autoptr (KringStore) store = NULL;

  if (waiting == NULL)
    return 0;
  usual = kring_keyring_test_lookup (r->uuid, NULL);
  g_assert_nonnull (usual);
  store = open_with (r->db_path, usual, NULL);
  if (store == NULL)
    return 2;
  kring_test_store_close (store);
  return 1;
}

/* The child changes the key in a loop and is killed at random moments;
 * after every kill the data unlocks whole, and no key waits any more. */
static void
test_killed (Rekey *r, gconstpointer data)
{
  g_autofree char *child = g_test_build_filename (G_TEST_BUILT, "store", "kring-rekey-child",
                                                  NULL);
  const char *env = g_getenv ("KRING_REKEY_KILLS");
  guint kills = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 20;
  gint64 start = g_get_monotonic_time ();
  gint64 one;
  guint finished = 0;
  guint stopped[3] = { 0 };

  g_assert_true (g_file_test (child, G_FILE_TEST_IS_EXECUTABLE));
  /* How long one change takes here sets the range of the kill moments. */
  g_assert_true (rekey (r->profile, NULL, NULL, NULL));
  one = MAX (g_get_monotonic_time () - start, 1000);
  for (guint i = 0; i < kills; i++)
    {
      finished += kill_child (r, child, g_test_rand_int_range (0, (gint32) (2 * one) + 20000));
      stopped[stopped_where (r)]++;
      assert_unlocks_whole (r, NULL);
      assert_no_pending (r);
    }
  g_test_message ("%u kills, one change %" G_GINT64_FORMAT " ms, %u changes finished; "
                  "stopped with no new key waiting %u, before the file changed %u, "
                  "after it changed %u", kills, one / 1000, finished, stopped[0], stopped[1],
                  stopped[2]);
  assert_no_leftovers (r);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/rekey/keyring", Rekey, NULL, rekey_set_up, test_keyring, rekey_tear_down);
  g_test_add ("/rekey/stopped-before-file", Rekey, NULL, rekey_set_up, test_stopped_before_file,
              rekey_tear_down);
  g_test_add ("/rekey/stopped-after-file", Rekey, NULL, rekey_set_up, test_stopped_after_file,
              rekey_tear_down);
  g_test_add ("/rekey/neither-fits", Rekey, NULL, rekey_set_up, test_neither_fits,
              rekey_tear_down);
  g_test_add ("/rekey/disk-full", Rekey, NULL, rekey_set_up, test_disk_full, rekey_tear_down);
  g_test_add_func ("/rekey/passphrase", test_passphrase);
  g_test_add_func ("/rekey/passphrase-interrupted", test_passphrase_interrupted);
  g_test_add ("/rekey/killed", Rekey, NULL, rekey_set_up, test_killed, rekey_tear_down);
  return g_test_run ();
}
