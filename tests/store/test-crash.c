/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Crash consistency: kring-crash-writer saves transactions in a loop and is
 * killed with SIGKILL at a random moment, again and again on the same file.
 * After every kill the database must open the way the app opens it, pass
 * PRAGMA integrity_check (and cipher_integrity_check where SQLCipher has
 * it), hold every transaction the writer reported committed, and hold no
 * half of a transaction.
 *
 * KRING_CRASH_KILLS overrides the number of kills (default 200).
 */
#include <signal.h>
#include <stdlib.h>
#include <sqlite3.h>
#include <stdio.h>

#include "kring-store-test.h"

typedef struct
{
  char     *path;
  KringKey *key;
  char     *writer;
  gboolean  cipher_check;  /* SQLCipher ≥ 4.2 has PRAGMA cipher_integrity_check */
  guint     before_open;   /* killed while opening: no "open" line yet */
  guint     mid;           /* killed after "begin N", transaction N absent */
  guint     unreported;    /* killed after commit N, before "committed N" */
  guint     between;       /* killed right after "committed N" */
  guint     rows;          /* transactions present in the file so far */
  gint64    writing;       /* µs from starting the writer to its death */
  gint64    checking;      /* µs spent checking the file after the kills */
} Crash;

/* What the writer printed before it died. */
typedef struct
{
  gboolean started;
  gboolean opened;
  gint     begun;      /* last "begin N", -1: none */
  gint     committed;  /* last "committed N", -1: none */
} Report;

static gboolean
version_has_cipher_check (const char *version)
{
  guint major = 0, minor = 0;

  /* cipher_integrity_check came with SQLCipher 4.2.0. Debian 12 ships 3.4.1,
   * which silently ignores the unknown pragma, so its empty answer would
   * look like success: only run it where it exists. Page HMACs are checked
   * on every read there too, and integrity_check reads every b-tree page. */
  if (sscanf (version, "%u.%u", &major, &minor) != 2)
    return FALSE;
  return major > 4 || (major == 4 && minor >= 2);
}

static sqlite3 *
raw_open (Crash *c)
{
  sqlite3 *db = NULL;
  char *pragma = kring_key_pragma (c->key);

  g_assert_cmpint (sqlite3_open_v2 (c->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  kring_key_wipe_string (pragma);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

/* All rows of @sql's first column, as one string joined by "\n". */
static char *
raw_column (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (out, "%s%s", out->len ? "\n" : "",
                            (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

static gint64
raw_count (sqlite3 *db, const char *sql)
{
  g_autofree char *text = raw_column (db, sql);

  return g_ascii_strtoll (text, NULL, 10);
}

static void
read_report (GDataInputStream *in, Report *report, const char *until)
{
  char *line;

  while ((line = g_data_input_stream_read_line (in, NULL, NULL, NULL)) != NULL)
    {
      gboolean stop = until != NULL && g_str_equal (line, until);

      if (g_str_equal (line, "start"))
        report->started = TRUE;
      else if (g_str_equal (line, "open"))
        report->opened = TRUE;
      else if (g_str_has_prefix (line, "begin "))
        report->begun = atoi (line + 6);
      else if (g_str_has_prefix (line, "committed "))
        report->committed = atoi (line + 10);
      else
        g_error ("writer said: %s", line);
      g_free (line);
      if (stop)
        return;
    }
}

static GSubprocess *
spawn_writer (Crash *c, guint run)
{
  g_autoptr (GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autofree char *hex = kring_key_to_hex (c->key);
  g_autofree char *run_text = g_strdup_printf ("%u", run);
  g_autoptr (GError) error = NULL;
  GSubprocess *writer;

  writer = g_subprocess_launcher_spawn (launcher, &error, c->writer, c->path, hex, run_text, NULL);
  kring_key_wipe_string (g_steal_pointer (&hex));
  g_assert_no_error (error);
  return writer;
}

/* Runs the writer once and kills it: a quarter of the kills land 0–20 ms
 * after its start, mostly while it opens the store (and its WAL left by the
 * last kill), the rest 0–40 ms after the store is open, among the
 * transactions (each takes a few ms, most of it the WAL's fsync). */
static void
kill_writer (Crash *c, guint run, Report *report)
{
  g_autoptr (GSubprocess) writer = spawn_writer (c, run);
  g_autoptr (GDataInputStream) in =
    g_data_input_stream_new (g_subprocess_get_stdout_pipe (writer));
  g_autoptr (GError) error = NULL;

  if (g_test_rand_int_range (0, 4) == 0)
    {
      read_report (in, report, "start");
      g_assert_true (report->started);
      g_usleep (g_test_rand_int_range (0, 20000));
    }
  else
    {
      read_report (in, report, "open");
      g_assert_true (report->opened);
      g_usleep (g_test_rand_int_range (0, 40000));
    }
  g_subprocess_send_signal (writer, SIGKILL);
  g_assert_true (g_subprocess_wait (writer, NULL, &error));
  g_assert_no_error (error);
  /* A writer that died on its own (an error) is a failure, not a crash. */
  g_assert_true (g_subprocess_get_if_signaled (writer));
  g_assert_cmpint (g_subprocess_get_term_sig (writer), ==, SIGKILL);
  read_report (in, report, NULL);
}

static gint64
count_pair (sqlite3 *db, guint run, guint i, gboolean *intact)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT count(*) FROM glossary_terms WHERE id IN ('crash-%u-%u-a', 'crash-%u-%u-b')"
    " AND length(definition) = %u", run, i, run, i, 40 + (i * 7919) % 2460);
  gint64 n = raw_count (db, sql);

  *intact = n != 1;
  return n;
}

/* The transactions of @run in the file: 0 … n-1, each complete. */
static guint
check_run (Crash *c, sqlite3 *db, guint run, const Report *report)
{
  g_autofree char *like = g_strdup_printf (
    "SELECT count(*) FROM glossary_terms WHERE id LIKE 'crash-%u-%%'", run);
  gint64 total = raw_count (db, like);
  guint present = 0;
  gboolean intact;

  while (count_pair (db, run, present, &intact) == 2)
    present++;
  if (!intact)
    g_error ("run %u: transaction %u is there only by half", run, present);
  if (total != 2 * (gint64) present)
    g_error ("run %u: %" G_GINT64_FORMAT " rows, but transactions 0 to %d in order",
             run, total, (int) present - 1);
  if ((gint) present <= report->committed)
    g_error ("run %u: writer reported %d committed, file holds 0 to %d",
             run, report->committed, (int) present - 1);
  /* At most the one transaction it had begun can be there unreported. */
  g_assert_cmpint ((gint) present, <=, MAX (report->begun, report->committed) + 1);
  return present;
}

static void
classify (Crash *c, const Report *report, guint present)
{
  if (!report->opened)
    c->before_open++;
  else if (report->begun > report->committed && (gint) present > report->begun)
    c->unreported++;
  else if (report->begun > report->committed)
    c->mid++;
  else
    c->between++;
}

static void
check_integrity (Crash *c, sqlite3 *db)
{
  g_autofree char *integrity = raw_column (db, "PRAGMA integrity_check");

  g_assert_cmpstr (integrity, ==, "ok");
  if (c->cipher_check)
    {
      /* Rows only for pages whose HMAC does not match. */
      g_autofree char *cipher = raw_column (db, "PRAGMA cipher_integrity_check");

      g_assert_cmpstr (cipher, ==, "");
    }
}

/* Opens the file as the app does (recovering the WAL the killed writer left)
 * and, while that connection is open, checks it with a raw one. */
static void
check_after_kill (Crash *c, guint run, const Report *report)
{
  g_autoptr (KringStore) store = kring_store_new (c->path);
  g_autoptr (GError) error = NULL;
  sqlite3 *db;
  guint present;

  if (!kring_store_test_open (store, c->key, FALSE, &error))
    g_error ("run %u: the store does not open after the kill: %s", run, error->message);
  db = raw_open (c);
  check_integrity (c, db);
  present = check_run (c, db, run, report);
  c->rows += present;
  g_assert_cmpint (raw_count (db, "SELECT count(*) FROM glossary_terms WHERE id LIKE 'crash-%'"),
                   ==, 2 * c->rows);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  kring_test_store_close (store);
  classify (c, report, present);
}

static void
crash_init (Crash *c, const char *dir)
{
  g_autoptr (KringStore) store = NULL;
  sqlite3 *db;
  g_autofree char *version = NULL;

  c->path = g_build_filename (dir, "kringkaart.db", NULL);
  /* A raw key: no KDF runs on each of the hundreds of opens. */
  c->key = kring_key_new_random (NULL);
  c->writer = g_test_build_filename (G_TEST_BUILT, "store", "kring-crash-writer", NULL);
  g_assert_true (g_file_test (c->writer, G_FILE_TEST_IS_EXECUTABLE));
  store = kring_test_store_create (dir, c->key);
  kring_test_store_close (store);
  db = raw_open (c);
  version = raw_column (db, "PRAGMA cipher_version");
  sqlite3_close (db);
  c->cipher_check = version_has_cipher_check (version);
  g_test_message ("SQLCipher %s: cipher_integrity_check %s", version,
                  c->cipher_check ? "used" : "not available, integrity_check only");
}

static void
test_kill_writer (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  const char *env = g_getenv ("KRING_CRASH_KILLS");
  guint kills = env != NULL ? (guint) atoi (env) : 200;
  gint64 start = g_get_monotonic_time ();
  Crash c = { 0 };

  crash_init (&c, dir);
  for (guint run = 0; run < kills; run++)
    {
      Report report = { FALSE, FALSE, -1, -1 };
      gint64 t0 = g_get_monotonic_time (), t1;

      kill_writer (&c, run, &report);
      t1 = g_get_monotonic_time ();
      check_after_kill (&c, run, &report);
      c.writing += t1 - t0;
      c.checking += g_get_monotonic_time () - t1;
    }
  g_test_message ("%u kills in %.1f s: %u while opening, %u mid-transaction, "
                  "%u after the commit was written but before its report (mostly during fsync), "
                  "%u between transactions; "
                  "%u transactions kept; %.1f s writing, %.1f s checking",
                  kills, (g_get_monotonic_time () - start) / 1e6, c.before_open, c.mid,
                  c.unreported, c.between, c.rows, c.writing / 1e6, c.checking / 1e6);
  /* The kills must really have hit transactions, or the test proved nothing. */
  g_assert_cmpuint (c.rows, >, 0);
  g_assert_cmpuint (c.mid + c.unreported, >, 0);
  g_free (c.path);
  g_free (c.writer);
  kring_key_free (c.key);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/crash/kill-writer", test_kill_writer);
  return g_test_run ();
}
