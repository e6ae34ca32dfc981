/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>

#include "kring-backup-private.h"

G_DEFINE_QUARK (kring-backup-error-quark, kring_backup_error)

void
kring_backup_info_clear (KringBackupInfo *info)
{
  g_clear_pointer (&info->modified, g_date_time_unref);
}

gboolean
kring_backup_check_passphrase (const char *passphrase, GError **error)
{
  if (passphrase != NULL && g_utf8_strlen (passphrase, -1) >= KRING_BACKUP_MIN_PASSPHRASE)
    return TRUE;
  g_set_error (error, KRING_BACKUP_ERROR, KRING_BACKUP_ERROR_WEAK_PASSPHRASE,
               _("The passphrase must be at least %d characters long."),
               KRING_BACKUP_MIN_PASSPHRASE);
  return FALSE;
}

static void
set_file_error (GError **error, const char *path, int saved_errno)
{
  g_autofree char *name = g_path_get_basename (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NO_SPACE,
                 _("The disk is full: %s"), g_strerror (saved_errno));
  else
    g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO,
                 _("The file “%s” cannot be written: %s"), name, g_strerror (saved_errno));
}

char *
kring_backup_temp_beside (const char *target, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s.part-XXXXXX", base);
  char *path = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      set_file_error (error, target, errno);
      g_free (path);
      return NULL;
    }
  close (fd);
  return path;
}

void
kring_backup_remove (const char *path)
{
  static const char *const suffixes[] = { "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *extra = g_strconcat (path, suffixes[i], NULL);

      g_unlink (extra);
    }
  g_unlink (path);
}

void
kring_backup_remove_leftovers (const char *target)
{
  g_autofree char *dir_path = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *prefix = g_strdup_printf (".%s.part-", base);
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && !g_str_has_suffix (name, "-journal")
        && !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      {
        g_autofree char *path = g_build_filename (dir_path, name, NULL);

        kring_backup_remove (path);
      }
}

/* kring_key_pragma() keys the main database ("PRAGMA key = …; [PRAGMA
 * kdf_iter = …;]"); the same statements with a schema name key an attached
 * one. KringKey stays opaque this way, whatever kind of key it is. */
static char *
pragma_for_schema (const KringKey *key, const char *name)
{
  char *pragma = kring_key_pragma (key);
  g_autofree char *prefix = g_strdup_printf ("PRAGMA %s.", name);
  const char *kdf = kring_key_is_passphrase (key) ? g_strrstr (pragma, " PRAGMA kdf_iter") : NULL;
  GString *out = g_string_sized_new (strlen (pragma) + 2 * strlen (prefix));
  char *result;

  g_assert (g_str_has_prefix (pragma, "PRAGMA "));
  g_string_append (out, prefix);
  g_string_append_len (out, pragma + strlen ("PRAGMA "),
                       (kdf != NULL ? kdf : pragma + strlen (pragma)) - pragma - strlen ("PRAGMA "));
  if (kdf != NULL)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, prefix);
      g_string_append (out, kdf + strlen (" PRAGMA "));
    }
  kring_key_wipe_string (pragma);
  /* Not g_string_free (…, FALSE): that may reallocate and leave a copy of the key behind. */
  result = g_strdup (out->str);
  explicit_bzero (out->str, out->allocated_len);
  g_string_free (out, TRUE);
  return result;
}

gboolean
kring_backup_attach (sqlite3 *db, const char *path, const char *name, const KringKey *key,
                     GError **error)
{
  g_autofree char *attach = g_strdup_printf ("ATTACH DATABASE ?1 AS %s", name);
  g_autoptr (sqlite3_stmt) stmt = kring_sql_prepare (db, attach, error);
  char *pragma;
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, path);
  if (!kring_sql_run (db, stmt, error))
    return FALSE;
  /* Without a KEY clause the attached file first shares main's key; the
   * pragmas replace it before the first page is read or written. */
  pragma = pragma_for_schema (key, name);
  rc = sqlite3_exec (db, pragma, NULL, NULL, NULL);
  kring_key_wipe_string (pragma);
  if (rc == SQLITE_OK)
    return TRUE;
  kring_sql_set_error (error, db, rc);
  return FALSE;
}

/* sqlcipher_export() reports every failure as a plain SQLITE_ERROR; the
 * operating system's errno says whether the disk was full. */
static gboolean
set_export_error (sqlite3 *db, int rc, GError **error)
{
  int saved_errno = sqlite3_system_errno (db);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT || saved_errno == EFBIG)
    g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NO_SPACE,
                 _("The disk is full: %s"), g_strerror (saved_errno));
  else if (saved_errno != 0)
    g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO,
                 _("The backup cannot be written: %s"), g_strerror (saved_errno));
  else
    kring_sql_set_error (error, db, rc);
  return FALSE;
}

gboolean
kring_backup_export (sqlite3 *db, const char *name, GError **error)
{
  gint64 version = 0, application_id = 0;
  g_autofree char *export = g_strdup_printf ("SELECT sqlcipher_export('%s')", name);
  g_autofree char *stamp = NULL;
  int rc;

  if (!kring_sql_query_int (db, "PRAGMA main.user_version", &version, error)
      || !kring_sql_query_int (db, "PRAGMA main.application_id", &application_id, error))
    return FALSE;
  rc = sqlite3_exec (db, export, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return set_export_error (db, rc, error);
  /* sqlcipher_export() copies the tables, not the header fields. */
  stamp = g_strdup_printf ("PRAGMA %s.user_version = %d; PRAGMA %s.application_id = %d;",
                           name, (int) version, name, (int) application_id);
  return kring_sql_exec (db, stamp, error);
}

/* --- checking a file --- */

static sqlite3 *
open_keyed (const char *path, const KringKey *key, GError **error)
{
  sqlite3 *db = NULL;
  char *pragma;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc == SQLITE_OK)
    {
      pragma = kring_key_pragma (key);
      rc = sqlite3_exec (db, pragma, NULL, NULL, NULL);
      kring_key_wipe_string (pragma);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    return db;
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY,
                         _("The file cannot be decrypted: wrong passphrase or not a backup."));
  else
    kring_sql_set_error (error, db, rc);
  sqlite3_close_v2 (db);
  return NULL;
}

static gboolean
set_damaged (GError **error)
{
  g_set_error_literal (error, KRING_BACKUP_ERROR, KRING_BACKUP_ERROR_DAMAGED,
                       _("The file is damaged: some of its data cannot be read."));
  return FALSE;
}

/* integrity_check reads every page, so a page whose authentication code
 * fails shows here even when the first page decrypted. cipher_integrity_check
 * (SQLCipher 4) returns a row per bad page; older SQLCipher has no such
 * pragma and returns no rows. */
static gboolean
check_whole (sqlite3 *db, GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW
      || g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    return set_damaged (error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (sqlite3_prepare_v2 (db, "PRAGMA cipher_integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    return TRUE;
  rc = sqlite3_step (stmt);
  return rc == SQLITE_DONE ? TRUE : set_damaged (error);
}

static gboolean
check_identity (sqlite3 *db, KringBackupInfo *info, GError **error)
{
  gint64 application_id = 0, version = 0, tables = 0;

  if (!kring_sql_query_int (db, "PRAGMA application_id", &application_id, error)
      || !kring_sql_query_int (db, "PRAGMA user_version", &version, error)
      || !kring_sql_query_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                               " AND name IN ('kring_tables', 'organizations', 'households')",
                               &tables, error))
    return FALSE;
  if (application_id != KRING_STORE_APPLICATION_ID || tables != 3)
    {
      g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_KRINGKAART,
                           _("The file is not a Kringkaart backup."));
      return FALSE;
    }
  if (version > kring_store_schema_version ())
    {
      g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_TOO_NEW,
                           _("The backup was made by a newer version of Kringkaart. "
                             "Update Kringkaart to restore it."));
      return FALSE;
    }
  info->schema_version = (int) version;
  return kring_sql_query_int (db, "SELECT count(*) FROM organizations", &info->organizations, error)
         && kring_sql_query_int (db, "SELECT count(*) FROM households", &info->households, error);
}

gboolean
kring_backup_check_file (const char *path, const KringKey *key, KringBackupInfo *info,
                         GError **error)
{
  KringBackupInfo scratch = { 0 };
  sqlite3 *db = open_keyed (path, key, error);
  gboolean ok;

  if (db == NULL)
    return FALSE;
  ok = check_whole (db, error) && check_identity (db, info != NULL ? info : &scratch, error);
  sqlite3_close_v2 (db);
  return ok;
}

gboolean
kring_backup_verify (GFile *file, const char *passphrase, KringBackupInfo *info, GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (KringKey) key = NULL;
  GStatBuf st;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (path == NULL || g_stat (path, &st) != 0)
    {
      g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO,
                   _("The backup file cannot be read: %s"),
                   g_strerror (path == NULL ? ENOENT : errno));
      return FALSE;
    }
  key = kring_key_new_passphrase (passphrase != NULL ? passphrase : "");
  if (!kring_backup_check_file (path, key, info, error))
    return FALSE;
  if (info != NULL)
    info->modified = g_date_time_new_from_unix_local (st.st_mtime);
  return TRUE;
}

static void
info_free (KringBackupInfo *info)
{
  kring_backup_info_clear (info);
  g_free (info);
}

static void
verify_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  GFile *file = g_object_get_data (G_OBJECT (task), "kring-file");
  KringBackupInfo *info = g_new0 (KringBackupInfo, 1);
  GError *error = NULL;

  if (kring_backup_verify (file, data, info, &error))
    g_task_return_pointer (task, info, (GDestroyNotify) info_free);
  else
    {
      info_free (info);
      g_task_return_error (task, error);
    }
}

void
kring_backup_verify_async (GFile *file, const char *passphrase, GCancellable *cancellable,
                           GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, kring_backup_verify_async);
  g_object_set_data_full (G_OBJECT (task), "kring-file", g_object_ref (file), g_object_unref);
  g_task_set_task_data (task, g_strdup (passphrase), (GDestroyNotify) kring_key_wipe_string);
  g_task_run_in_thread (task, verify_thread);
}

KringBackupInfo *
kring_backup_verify_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* --- writing a backup on the store's worker --- */

typedef struct
{
  char *path;
  char *passphrase;
} BackupJob;

static void
backup_job_free (BackupJob *job)
{
  g_free (job->path);
  kring_key_wipe_string (job->passphrase);
  g_free (job);
}

static gboolean
export_to (sqlite3 *db, const char *temp, const KringKey *key, GError **error)
{
  gboolean ok;

  if (!kring_backup_attach (db, temp, "kring_backup", key, error))
    return FALSE;
  ok = kring_backup_export (db, "kring_backup", error);
  /* DETACH fails only while a statement on it is running; none is. */
  sqlite3_exec (db, "DETACH DATABASE kring_backup", NULL, NULL, NULL);
  return ok;
}

static gboolean
job_backup (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  BackupJob *job = data;
  g_autoptr (KringKey) key = kring_key_new_passphrase (job->passphrase);
  g_autofree char *temp = kring_backup_temp_beside (job->path, error);

  if (temp == NULL)
    return FALSE;
  if (!export_to (conn->db, temp, key, error)
      || !kring_backup_check_file (temp, key, NULL, error))
    {
      kring_backup_remove (temp);
      return FALSE;
    }
  if (g_rename (temp, job->path) != 0)
    {
      set_file_error (error, job->path, errno);
      kring_backup_remove (temp);
      return FALSE;
    }
  return TRUE;
}

void
kring_store_backup_async (KringStore *self, GFile *file, const char *passphrase,
                          GCancellable *cancellable, GAsyncReadyCallback callback,
                          gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  BackupJob *job;

  g_return_if_fail (KRING_IS_STORE (self));

  if (!kring_backup_check_passphrase (passphrase, &error) || path == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO,
                             _("A backup can only be written to a local folder."));
      g_task_report_error (self, callback, user_data, kring_store_backup_async,
                           g_steal_pointer (&error));
      return;
    }
  job = g_new0 (BackupJob, 1);
  job->path = g_steal_pointer (&path);
  job->passphrase = g_strdup (passphrase);
  kring_store_push_job (self, kring_store_backup_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_PLAIN, job_backup, job,
                        (GDestroyNotify) backup_job_free, NULL);
}

gboolean
kring_store_backup_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
