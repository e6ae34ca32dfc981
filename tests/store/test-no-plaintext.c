/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * No plaintext: a session stores a unique marker in every text column of
 * every kind of record (one record per table, from the schema itself:
 * directory, teams, households, journal notes, glossary, analysis notes …)
 * through the store API of a keyring-unlocked profile, as the app does, and
 * searches for one. No marker may appear in the database file, its -wal or
 * -shm (while open and after close), anywhere under the session's private
 * directory (HOME, data dir, GSettings keyfiles under XDG_CONFIG_HOME, the
 * private TMPDIR), nor in a file the session left in the system's tmp dir.
 */
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "kring-profile.h"
#include "kring-store-test.h"

typedef struct
{
  char   *prefix;
  gint64  start;     /* wall-clock µs: files in the system tmp dir newer than this are ours */
  guint   n_files;   /* files read by the last walk */
} Session;

/* Fails the test if a regular file under @dir (recursively when @deep)
 * contains the marker prefix. */
static void
walk (Session *s, const char *dir, gboolean deep, gint64 newer_than)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      /* lstat: never follow links, never read a FIFO or socket (it would block). */
      if (g_lstat (path, &st) != 0)
        continue;
      if (S_ISDIR (st.st_mode) && deep)
        walk (s, path, deep, newer_than);
      if (!S_ISREG (st.st_mode) || (gint64) st.st_mtime * G_USEC_PER_SEC < newer_than)
        continue;
      s->n_files++;
      if (kring_test_file_contains (path, s->prefix))
        g_error ("%s holds plaintext (%s...)", path, s->prefix);
    }
}

static void
assert_nothing_leaked (Session *s, const char *private_dir, const char *system_tmp)
{
  s->n_files = 0;
  walk (s, private_dir, TRUE, 0);
  g_assert_cmpuint (s->n_files, >=, 2);
  walk (s, system_tmp, FALSE, s->start - 2 * G_USEC_PER_SEC);
}

static void
assert_database_clean (Session *s, const char *path, GPtrArray *records, gboolean open)
{
  const char *suffixes[] = { "", "-wal", "-shm" };
  guint markers = 0;

  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[k], NULL);

      /* While open, WAL mode keeps both side files; the new pages are in the WAL. */
      if (open)
        g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
      g_assert_false (kring_test_file_contains (file, s->prefix));
      for (guint i = 0; i < records->len; i++)
        {
          g_autoptr (GPtrArray) columns = kring_record_get_columns (records->pdata[i]);

          for (guint j = 0; j < columns->len; j++)
            {
              GVariant *value = kring_record_get_value (records->pdata[i], columns->pdata[j]);

              if (!kring_store_test_is_marker (value, s->prefix))
                continue;
              g_assert_false (kring_test_file_contains (file, g_variant_get_string (value, NULL)));
              markers++;
            }
        }
    }
  g_assert_cmpuint (markers, >, 300);
}

/* The generated records cover every table the app stores; spot-check the
 * kinds the issue names so a shrunken generator cannot hollow this out. */
static void
assert_every_kind (GPtrArray *records)
{
  const char *kinds[] = { "organizations", "services", "teams", "team_members", "households",
                          "household_members", "journal_notes", "glossary_terms",
                          "analysis_notes", "goals", "relationships" };
  g_autoptr (GHashTable) tables = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    g_hash_table_add (tables, (gpointer) kring_record_get_table (records->pdata[i]));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (!g_hash_table_contains (tables, kinds[i]))
      g_error ("no record of %s generated", kinds[i]);
}

static void
use_the_data (KringStore *store, GPtrArray *records, Session *s)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = NULL;
  g_autoptr (GListModel) notes = NULL;

  kring_store_test_save (store, records, &error);
  g_assert_no_error (error);
  /* Searching and sorting must not spill to an unencrypted temp file. */
  found = kring_store_test_search (store, s->prefix);
  g_assert_cmpuint (g_list_model_get_n_items (found), >, 0);
  notes = kring_test_list (store, "journal_notes", NULL, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (notes), >, 0);
}

static void
test_session (void)
{
  const char *private_dir = g_getenv ("KRING_TEST_TMP");
  g_autofree char *system_tmp = g_strdup (g_get_tmp_dir ());
  g_autofree char *data_dir = NULL;
  g_autoptr (KringProfile) profile = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GPtrArray) records = NULL;
  Session s = { 0 };

  if (private_dir == NULL)
    {
      g_test_skip ("needs kring-session.sh (KRING_TEST_TMP)");
      return;
    }
  /* SQLite puts any temp file under $SQLITE_TMPDIR/$TMPDIR: make that the
   * private dir, which is checked file by file. */
  g_setenv ("SQLITE_TMPDIR", private_dir, TRUE);
  g_setenv ("TMPDIR", private_dir, TRUE);
  s.start = g_get_real_time ();
  s.prefix = g_strdup_printf ("MARKER-%08x", g_random_int ());
  records = kring_store_test_generate (s.prefix);
  assert_every_kind (records);
  data_dir = g_build_filename (g_get_user_data_dir (), "kringkaart", NULL);
  g_assert_true (g_str_has_prefix (data_dir, private_dir));
  g_assert_true (g_str_has_prefix (g_get_user_config_dir (), private_dir));
  store = kring_test_profile_open (data_dir, FALSE);
  profile = kring_profile_new (data_dir);
  use_the_data (store, records, &s);
  assert_database_clean (&s, kring_profile_get_database_path (profile), records, TRUE);
  assert_nothing_leaked (&s, private_dir, system_tmp);
  kring_test_store_close (store);
  assert_database_clean (&s, kring_profile_get_database_path (profile), records, FALSE);
  assert_nothing_leaked (&s, private_dir, system_tmp);
  g_test_message ("%u files checked for %s...", s.n_files, s.prefix);
  g_free (s.prefix);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/no-plaintext/session", test_session);
  return g_test_run ();
}
