/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>

#include "kring-backup-private.h"
#include "kring-keyring.h"

/* Writes the data of @source (under @source_key) to @temp under @key, on a
 * connection of its own that has @source as main (sqlcipher_export() copies
 * from main). */
static gboolean
copy_under_key (const char *source, const KringKey *source_key, const char *temp,
                const KringKey *key, GError **error)
{
  sqlite3 *db = NULL;
  char *pragma = kring_key_pragma (source_key);
  int rc = sqlite3_open_v2 (source, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  gboolean ok = FALSE;

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, pragma, NULL, NULL, NULL);
  kring_key_wipe_string (pragma);
  if (rc != SQLITE_OK)
    kring_sql_set_error (error, db, rc);
  else if (kring_backup_attach (db, temp, "kring_restore", key, error))
    {
      ok = kring_backup_export (db, "kring_restore", error);
      sqlite3_exec (db, "DETACH DATABASE kring_restore", NULL, NULL, NULL);
    }
  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
rename_or_fail (const char *from, const char *to, GError **error)
{
  int saved_errno;

  if (g_rename (from, to) == 0)
    return TRUE;
  saved_errno = errno;
  g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO,
               _("The database could not be replaced: %s"), g_strerror (saved_errno));
  return FALSE;
}

/* Moves the database and its write-ahead log (if the store left one) as
 * one: the log may hold committed data. */
static gboolean
move_database (const char *from, const char *to, GError **error)
{
  g_autofree char *from_wal = g_strconcat (from, "-wal", NULL);
  g_autofree char *to_wal = g_strconcat (to, "-wal", NULL);
  g_autofree char *from_shm = g_strconcat (from, "-shm", NULL);

  g_unlink (to_wal);
  if (!rename_or_fail (from, to, error))
    return FALSE;
  if (g_file_test (from_wal, G_FILE_TEST_EXISTS) && !rename_or_fail (from_wal, to_wal, error))
    {
      g_rename (to, from);
      return FALSE;
    }
  g_unlink (from_shm);
  return TRUE;
}

static gboolean
swap_in (const char *db_path, const char *temp, GError **error)
{
  g_autofree char *before = g_strconcat (db_path, KRING_BACKUP_BEFORE_RESTORE_SUFFIX, NULL);

  if (g_file_test (db_path, G_FILE_TEST_EXISTS) && !move_database (db_path, before, error))
    return FALSE;
  if (rename_or_fail (temp, db_path, error))
    return TRUE;
  move_database (before, db_path, NULL);
  return FALSE;
}

/* sqlcipher_export() copies from main, and a connection opened read-only
 * makes what it attaches read-only too; so the backup is read from a copy
 * (still encrypted) beside the database, which also lets a backup on a
 * write-protected stick be restored and leaves the backup itself untouched. */
static char *
copy_backup (GFile *file, const char *db_path, GError **error)
{
  g_autofree char *copy = kring_backup_temp_beside (db_path, error);
  g_autoptr (GFile) target = NULL;
  g_autoptr (GError) local = NULL;

  if (copy == NULL)
    return NULL;
  target = g_file_new_for_path (copy);
  if (g_file_copy (file, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local))
    return g_steal_pointer (&copy);
  g_set_error (error, KRING_STORE_ERROR,
               g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NO_SPACE)
                 ? KRING_STORE_ERROR_NO_SPACE : KRING_STORE_ERROR_IO,
               _("The backup could not be copied: %s"), local->message);
  kring_backup_remove (copy);
  return NULL;
}

gboolean
kring_backup_restore (const char *db_path, GFile *file, const char *passphrase,
                      const KringKey *key, GError **error)
{
  g_autofree char *source = NULL;
  g_autofree char *temp = NULL;
  g_autoptr (KringKey) backup_key = NULL;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL && key != NULL, FALSE);

  if (!kring_backup_verify (file, passphrase, NULL, error)
      || (source = copy_backup (file, db_path, error)) == NULL)
    return FALSE;
  if ((temp = kring_backup_temp_beside (db_path, error)) == NULL)
    {
      kring_backup_remove (source);
      return FALSE;
    }
  /* Up to the swap, only the temporary files are written. */
  backup_key = kring_key_new_passphrase (passphrase);
  ok = copy_under_key (source, backup_key, temp, key, error)
       && kring_backup_check_file (temp, key, NULL, error)
       && swap_in (db_path, temp, error);
  kring_backup_remove (source);
  if (!ok)
    kring_backup_remove (temp);
  return ok;
}

void
kring_backup_restore_done (const char *db_path)
{
  g_autofree char *before = g_strconcat (db_path, KRING_BACKUP_BEFORE_RESTORE_SUFFIX, NULL);

  kring_backup_remove (before);
}

gboolean
kring_backup_restore_undo (const char *db_path, GError **error)
{
  g_autofree char *before = g_strconcat (db_path, KRING_BACKUP_BEFORE_RESTORE_SUFFIX, NULL);

  if (!g_file_test (before, G_FILE_TEST_EXISTS))
    return TRUE;
  kring_backup_remove (db_path);
  return move_database (before, db_path, error);
}

/* --- a new key for the database --- */

/* The new name is in the folder on disk, not only in the page cache. */
void
kring_backup_sync_folder_of (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* The copy under the new key replaces the database in one rename(), so the
 * file on disk is always one whole database, under the old key or the new.
 * A write-ahead log left beside it would belong to the old file, so the
 * copy is only put in place when there is none. */
static gboolean
replace_with (const char *temp, const char *db_path, GError **error)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);

  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO,
                           _("The database is still in use by another program. Close it "
                             "and try again."));
      return FALSE;
    }
  if (!rename_or_fail (temp, db_path, error))
    return FALSE;
  g_unlink (shm);
  kring_backup_sync_folder_of (db_path);
  return TRUE;
}

gboolean
kring_database_rekey (const char *db_path, const KringKey *old_key, const KringKey *new_key,
                      GError **error)
{
  g_autofree char *temp = NULL;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL && old_key != NULL && new_key != NULL, FALSE);

  if ((temp = kring_backup_temp_beside (db_path, error)) == NULL)
    return FALSE;
  /* Opening the database under the old key also folds a log that a crash
   * left into it; closing it leaves none behind. */
  ok = copy_under_key (db_path, old_key, temp, new_key, error)
       && kring_backup_check_file (temp, new_key, NULL, error)
       && replace_with (temp, db_path, error);
  if (!ok)
    kring_backup_remove (temp);
  return ok;
}

typedef struct
{
  char     *db_path;
  GFile    *file;
  char     *passphrase;
  KringKey *key;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_free (data->db_path);
  g_clear_object (&data->file);
  kring_key_wipe_string (data->passphrase);
  kring_key_free (data->key);
  g_free (data);
}

static void
restore_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  RestoreData *data = task_data;
  GError *error = NULL;

  if (kring_backup_restore (data->db_path, data->file, data->passphrase, data->key, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
kring_backup_restore_async (const char *db_path, GFile *file, const char *passphrase,
                            const KringKey *key, GCancellable *cancellable,
                            GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  RestoreData *data = g_new0 (RestoreData, 1);

  data->db_path = g_strdup (db_path);
  data->file = g_object_ref (file);
  data->passphrase = g_strdup (passphrase);
  data->key = kring_key_copy (key);
  g_task_set_source_tag (task, kring_backup_restore_async);
  g_task_set_task_data (task, data, (GDestroyNotify) restore_data_free);
  /* Once started, a restore runs to its end: stopping half-way would
   * gain nothing, as nothing is replaced before the last step. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, restore_thread);
}

gboolean
kring_backup_restore_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* --- the profile's key --- */

static void
on_key_found (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;
  KringKey *key = kring_keyring_lookup_finish (result, &error);

  if (key != NULL)
    g_task_return_pointer (task, key, (GDestroyNotify) kring_key_free);
  else
    g_task_return_error (task, error);
}

void
kring_backup_profile_key_async (const char *data_dir, const char *passphrase,
                                GCancellable *cancellable, GAsyncReadyCallback callback,
                                gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr (GKeyFile) ini = g_key_file_new ();
  g_autofree char *ini_path = g_build_filename (data_dir, "profile.ini", NULL);
  g_autofree char *uuid = NULL;
  g_autofree char *mode = NULL;

  /* profile.ini as kring-profile.c writes it: [Profile] database, key-mode. */
  g_key_file_load_from_file (ini, ini_path, G_KEY_FILE_NONE, NULL);
  uuid = g_key_file_get_string (ini, "Profile", "database", NULL);
  mode = g_key_file_get_string (ini, "Profile", "key-mode", NULL);
  if (g_strcmp0 (mode, "passphrase") == 0 && passphrase != NULL)
    g_task_return_pointer (task, kring_key_new_passphrase (passphrase),
                           (GDestroyNotify) kring_key_free);
  else if (g_strcmp0 (mode, "passphrase") == 0 || uuid == NULL)
    g_task_return_new_error (task, KRING_STORE_ERROR, KRING_STORE_ERROR_FAILED, "%s",
                             _("The key of the data on this computer is not available."));
  else
    kring_keyring_lookup_async (uuid, cancellable, on_key_found, g_steal_pointer (&task));
}

KringKey *
kring_backup_profile_key_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
