/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>

#include "kring-migrations.h"
#include "kring-store-private.h"
#include "kring-store-dirindex.h"

/* The first 16 bytes of every unencrypted SQLite database. SQLCipher puts
 * random salt there instead, so these bytes mean "plain SQLite, not ours". */
static const char plain_header[16] = "SQLite format 3";

/* The page cache of the connection, negative: in KiB. */
#define KRING_STORE_CACHE_KIB "-65536"

static void
set_file_error (GError **error, const char *path, int saved_errno)
{
  if (saved_errno == ENOSPC)
    g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NO_SPACE,
                 _("The disk is full: %s"), g_strerror (saved_errno));
  else
    g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO,
                 _("The database file “%s” cannot be used: %s"), path,
                 g_strerror (saved_errno));
}

static gboolean
check_not_plain (const char *path, GError **error)
{
  char header[sizeof plain_header];
  ssize_t n;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    {
      set_file_error (error, path, errno);
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);
  if (n == sizeof header && memcmp (header, plain_header, sizeof header) == 0)
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_KRINGKAART,
                   _("“%s” is an unencrypted database, not a Kringkaart database."), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
create_file (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_file_error (error, dir, errno);
      return FALSE;
    }
  /* O_EXCL: creating must never take over a file that is already there. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_file_error (error, path, errno);
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static void
remove_created (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

static gboolean
apply_key (sqlite3 *db, const KringKey *key, GError **error)
{
  char *pragma = kring_key_pragma (key);
  int rc = sqlite3_exec (db, pragma, NULL, NULL, NULL);

  kring_key_wipe_string (pragma);
  if (rc != SQLITE_OK)
    {
      kring_sql_set_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

static gboolean
verify_key (sqlite3 *db, GError **error)
{
  int rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);

  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    {
      g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY,
                           _("The database cannot be decrypted: wrong key or damaged file."));
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      kring_sql_set_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_identity (sqlite3 *db, gint64 *application_id, GError **error)
{
  gint64 version = 0, tables = 0;

  if (!kring_sql_query_int (db, "PRAGMA application_id", application_id, error)
      || !kring_sql_query_int (db, "PRAGMA user_version", &version, error)
      || !kring_sql_query_int (db, "SELECT count(*) FROM sqlite_master", &tables, error))
    return FALSE;
  if (*application_id != KRING_STORE_APPLICATION_ID
      && !(*application_id == 0 && version == 0 && tables == 0))
    {
      g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_KRINGKAART,
                           _("This database belongs to another program, not to Kringkaart."));
      return FALSE;
    }
  if (version > kring_store_schema_version ())
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_TOO_NEW,
                   _("This database was written by a newer version of Kringkaart "
                     "(data version %d; this version knows up to %d). Update Kringkaart to open it."),
                   (int) version, kring_store_schema_version ());
      return FALSE;
    }
  return TRUE;
}

static gboolean
configure (sqlite3 *db, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (db, "PRAGMA journal_mode=WAL", error);

  if (stmt == NULL || !kring_sql_run (db, stmt, error))
    return FALSE;
  if (g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO,
                           _("The database cannot use its journal file."));
      return FALSE;
    }
  /* temp_store=MEMORY: sorting and temporary tables never reach the disk
   * unencrypted. cache_size: bulk writes and searches touch many pages of
   * the tables and the FTS index; with SQLite's default cache of 2 MB they
   * spill, and every page read again costs a decryption (a write, an
   * encryption). 64 MB, in KiB, holds the working set of a large directory. */
  return kring_sql_exec (db, "PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;"
                         " PRAGMA temp_store=MEMORY; PRAGMA cache_size=" KRING_STORE_CACHE_KIB ";",
                         error);
}

static gboolean
run_steps (sqlite3 *db, gint64 application_id, GError **error)
{
  guint n_steps = 0;
  const char *const *steps = kring_migrations_get (&n_steps);
  g_autofree char *finish = NULL;
  gint64 version = 0;

  if (!kring_sql_query_int (db, "PRAGMA user_version", &version, error))
    return FALSE;
  if (application_id == 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d",
                                              KRING_STORE_APPLICATION_ID);

      if (!kring_sql_exec (db, sql, error))
        return FALSE;
    }
  for (guint i = (guint) version; i < n_steps; i++)
    if (!kring_sql_exec (db, steps[i], error))
      {
        g_prefix_error (error, _("Could not update the database to data version %u: "), i + 1);
        return FALSE;
      }
  finish = g_strdup_printf ("PRAGMA user_version = %u", n_steps);
  return kring_sql_exec (db, finish, error);
}

static gboolean
migrate (sqlite3 *db, gint64 application_id, GError **error)
{
  if (!kring_sql_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!run_steps (db, application_id, error) || !kring_sql_exec (db, "COMMIT", error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Nothing here writes to the file: a file that fails these checks is left
 * exactly as it was. */
static sqlite3 *
open_verified (const char *path, const KringKey *key, gint64 *application_id, GError **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc != SQLITE_OK)
    {
      kring_sql_set_error (error, db, rc);
      sqlite3_close_v2 (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, 5000);
  if (!apply_key (db, key, error) || !verify_key (db, error)
      || !check_identity (db, application_id, error))
    {
      sqlite3_close_v2 (db);
      return NULL;
    }
  return db;
}

gboolean
kring_conn_open (KringStoreConn *conn, const char *path, const KringKey *key,
                 gboolean create, GError **error)
{
  sqlite3 *db;
  gint64 application_id = 0;

  if (conn->db != NULL)
    {
      g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_FAILED,
                           _("The database is already open."));
      return FALSE;
    }
  if (create ? !create_file (path, error) : !check_not_plain (path, error))
    return FALSE;
  db = open_verified (path, key, &application_id, error);
  if (db != NULL
      && !(configure (db, error) && migrate (db, application_id, error)
           && kring_store_register_functions (db, error)
           && kring_store_install_tombstones (db, error)))
    g_clear_pointer (&db, sqlite3_close_v2);
  if (db == NULL)
    {
      if (create)
        remove_created (path);
      return FALSE;
    }
  conn->db = db;
  kring_conn_reset (conn);
  kring_dir_index_watch (conn);
  return TRUE;
}

gboolean
kring_conn_close (KringStoreConn *conn, GError **error)
{
  int rc;

  if (conn->db == NULL)
    return TRUE;
  /* Folding the WAL back into the main file leaves one encrypted file and
   * no -wal behind; a failure here loses nothing, so it is not reported. */
  kring_conn_drop_statements (conn);
  g_clear_pointer (&conn->dir_index, kring_dir_index_free);
  g_clear_pointer (&conn->who_index, kring_who_index_free);
  sqlite3_exec (conn->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  rc = sqlite3_close_v2 (conn->db);
  conn->db = NULL;
  g_clear_pointer (&conn->columns, g_hash_table_unref);
  if (rc != SQLITE_OK)
    {
      kring_sql_set_error (error, NULL, rc);
      return FALSE;
    }
  return TRUE;
}
