/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kring-backup.h"
#include "kring-keyring.h"
#include "kring-profile.h"

/*
 * Change key. The order is what makes it safe to interrupt:
 * 1. keyring profile: the new key is stored under the pending id;
 * 2. the database is copied under the new key, verified, and renamed over
 *    the old file (kring_database_rekey());
 * 3. keyring profile: the new key replaces the old one, the pending entry goes.
 * Stopped after 1, the old key still fits and the next unlock removes the
 * pending entry; stopped after 2, the old key no longer fits and the next
 * unlock finds the pending one and finishes 3 (kring-profile.c).
 */

typedef struct
{
  char         *note_path; /* passphrase profile: KRING_PROFILE_PASSPHRASE_CHANGE */
  char         *db_path;
  char         *uuid;
  KringKeyMode  mode;
  KringKey     *old_key;
  KringKey     *new_key;
} RekeyData;

static void
rekey_data_free (RekeyData *data)
{
  g_free (data->note_path);
  g_free (data->db_path);
  g_free (data->uuid);
  kring_key_free (data->old_key);
  kring_key_free (data->new_key);
  g_free (data);
}

static void
on_pending_cleared (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;

  /* A pending entry that stays is removed at the next unlock. */
  if (!kring_keyring_clear_finish (result, &error))
    g_warning ("The new key's temporary keyring entry could not be removed: %s",
               error->message);
  g_task_return_boolean (task, TRUE);
}

static void
on_new_key_kept (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  RekeyData *data = g_task_get_task_data (task);
  g_autofree char *pending = kring_keyring_pending_id (data->uuid);
  GError *error = NULL;

  if (!kring_keyring_store_finish (result, &error))
    {
      g_prefix_error (&error, _("Your data is now encrypted with the new key, which is in the "
                                "keyring, but the old key could not be replaced; Kringkaart "
                                "finishes this the next time it opens your data. "));
      g_task_return_error (task, error);
      return;
    }
  kring_keyring_clear_async (pending, NULL, on_pending_cleared, g_steal_pointer (&task));
}

/* The file kept its old key: the new one goes from the keyring again
 * before the failure is reported. */
static void
on_new_key_dropped (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;

  kring_keyring_clear_finish (result, NULL);
  g_task_return_error (task, g_object_steal_data (G_OBJECT (task), "kring-error"));
}

/* Passphrase profile: the note that a change is under way (see
 * kring_profile_passphrase_change_interrupted()). It is written, with the
 * folder synced, before the file can change; a change that cannot leave it
 * does not start. */
static gboolean
write_note (RekeyData *data, GError **error)
{
  static const char text[] = "Kringkaart: a passphrase change was started. If this file stays, "
                             "the data opens with either the old or the new passphrase.\n";

  if (!g_file_set_contents_full (data->note_path, text, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, error))
    return FALSE;
  kring_backup_sync_folder_of (data->note_path);
  return TRUE;
}

static void
remove_note (RekeyData *data)
{
  if (g_unlink (data->note_path) != 0 && errno != ENOENT)
    g_warning ("The note of a passphrase change could not be removed: %s", g_strerror (errno));
}

static void
on_file_rekeyed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  RekeyData *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (data->mode == KRING_KEY_MODE_KEYRING)
        {
          g_autofree char *pending = kring_keyring_pending_id (data->uuid);

          g_object_set_data (G_OBJECT (task), "kring-error", error);
          kring_keyring_clear_async (pending, NULL, on_new_key_dropped, g_steal_pointer (&task));
        }
      else
        g_task_return_error (task, error);
    }
  else if (data->mode == KRING_KEY_MODE_KEYRING)
    kring_keyring_store_async (data->uuid, data->new_key, NULL, on_new_key_kept,
                               g_steal_pointer (&task));
  else
    g_task_return_boolean (task, TRUE);
}

static void
rekey_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  RekeyData *data = task_data;
  GError *error = NULL;
  gboolean done;

  if (data->note_path != NULL && !write_note (data, &error))
    {
      g_prefix_error (&error, _("The passphrase was not changed. "));
      g_task_return_error (task, error);
      return;
    }
  done = kring_database_rekey (data->db_path, data->old_key, data->new_key, &error);
  /* Finished or failed, the data opens with one known passphrase again. */
  if (data->note_path != NULL)
    remove_note (data);
  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The file is rewritten in a thread of its own: the store is closed, and
 * copying a large database takes seconds. Once started it runs to its end. */
static void
rekey_file (GTask *task)
{
  RekeyData *data = g_task_get_task_data (task);
  g_autoptr (GTask) inner = g_task_new (NULL, NULL, on_file_rekeyed, task);

  g_task_set_task_data (inner, data, NULL);
  g_task_run_in_thread (inner, rekey_thread);
}

static void
on_pending_stored (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  GError *error = NULL;

  if (kring_keyring_store_finish (result, &error))
    {
      rekey_file (task);
      return;
    }
  g_task_return_error (task, error);
  g_object_unref (task);
}

static void
on_old_key (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  RekeyData *data = g_task_get_task_data (task);
  g_autofree char *pending = NULL;
  GError *error = NULL;

  data->old_key = kring_backup_profile_key_finish (result, &error);
  if (data->old_key == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  if (data->mode == KRING_KEY_MODE_PASSPHRASE)
    {
      rekey_file (task);
      return;
    }
  pending = kring_keyring_pending_id (data->uuid);
  kring_keyring_store_async (pending, data->new_key, g_task_get_cancellable (task),
                             on_pending_stored, task);
}

static KringKey *
make_new_key (KringKeyMode mode, const char *passphrase, const char *new_passphrase,
              GError **error)
{
  if (mode == KRING_KEY_MODE_KEYRING)
    return kring_key_new_random (error);
  if (passphrase == NULL || *passphrase == '\0')
    {
      g_set_error_literal (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_NEEDS_PASSPHRASE,
                           _("Enter your current passphrase."));
      return NULL;
    }
  if (!kring_backup_check_passphrase (new_passphrase, error))
    return NULL;
  return kring_key_new_passphrase (new_passphrase);
}

void
kring_profile_rekey_async (KringProfile        *self,
                           const char          *passphrase,
                           const char          *new_passphrase,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task;
  RekeyData *data;
  GError *error = NULL;

  g_return_if_fail (KRING_IS_PROFILE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_profile_rekey_async);
  g_task_set_check_cancellable (task, FALSE);
  data = g_new0 (RekeyData, 1);
  data->db_path = g_strdup (kring_profile_get_database_path (self));
  data->uuid = g_strdup (kring_profile_get_database_uuid (self));
  data->mode = kring_profile_get_key_mode (self);
  if (data->mode == KRING_KEY_MODE_PASSPHRASE)
    data->note_path = g_build_filename (kring_profile_get_data_dir (self),
                                        KRING_PROFILE_PASSPHRASE_CHANGE, NULL);
  g_task_set_task_data (task, data, (GDestroyNotify) rekey_data_free);
  if (kring_profile_is_new (self) || data->uuid == NULL)
    g_set_error_literal (&error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_FAILED,
                         _("There is no data to give a new key yet."));
  else
    data->new_key = make_new_key (data->mode, passphrase, new_passphrase, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  kring_backup_profile_key_async (kring_profile_get_data_dir (self), passphrase, cancellable,
                                  on_old_key, task);
}

gboolean
kring_profile_rekey_finish (KringProfile *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_profile_rekey_async,
                        FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
