/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>

#include "kring-backup.h"
#include "kring-keyring.h"
#include "kring-profile.h"
#include "kring-recovery.h"

#define PROFILE_GROUP "Profile"

struct _KringProfile
{
  GObject       parent_instance;
  char         *data_dir;
  char         *database_path;
  char         *ini_path;
  char         *uuid;      /* from profile.ini; NULL when there is none */
  KringKeyMode  key_mode;
};

G_DEFINE_FINAL_TYPE (KringProfile, kring_profile, G_TYPE_OBJECT)
G_DEFINE_QUARK (kring-profile-error-quark, kring_profile_error)

enum { PROP_0, PROP_DATA_DIR, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef struct
{
  char         *passphrase;
  char         *uuid;
  KringKeyMode  key_mode;
  gboolean      create;
  gboolean      tried_new_key;
  KringKey     *key;       /* the key the store is being opened with */
  KringStore   *store;
} UnlockData;

static void
unlock_data_free (UnlockData *data)
{
  kring_key_wipe_string (data->passphrase);
  g_free (data->uuid);
  kring_key_free (data->key);
  g_clear_object (&data->store);
  g_free (data);
}

static void
kring_profile_finalize (GObject *object)
{
  KringProfile *self = KRING_PROFILE (object);

  g_free (self->data_dir);
  g_free (self->database_path);
  g_free (self->ini_path);
  g_free (self->uuid);
  G_OBJECT_CLASS (kring_profile_parent_class)->finalize (object);
}

static void
kring_profile_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KringProfile *self = KRING_PROFILE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_profile_set_property (GObject *object, guint prop_id, const GValue *value,
                            GParamSpec *pspec)
{
  KringProfile *self = KRING_PROFILE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      self->data_dir = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
load_ini (KringProfile *self)
{
  g_autoptr (GKeyFile) ini = g_key_file_new ();
  g_autofree char *mode = NULL;

  g_clear_pointer (&self->uuid, g_free);
  self->key_mode = KRING_KEY_MODE_KEYRING;
  /* A missing or unreadable profile.ini reads as "no profile yet". */
  if (!g_key_file_load_from_file (ini, self->ini_path, G_KEY_FILE_NONE, NULL))
    return;
  self->uuid = g_key_file_get_string (ini, PROFILE_GROUP, "database", NULL);
  mode = g_key_file_get_string (ini, PROFILE_GROUP, "key-mode", NULL);
  if (g_strcmp0 (mode, "passphrase") == 0)
    self->key_mode = KRING_KEY_MODE_PASSPHRASE;
}

static void
kring_profile_constructed (GObject *object)
{
  KringProfile *self = KRING_PROFILE (object);

  G_OBJECT_CLASS (kring_profile_parent_class)->constructed (object);

  if (self->data_dir == NULL)
    self->data_dir = g_build_filename (g_get_user_data_dir (), "kringkaart", NULL);
  self->database_path = g_build_filename (self->data_dir, "kringkaart.db", NULL);
  self->ini_path = g_build_filename (self->data_dir, "profile.ini", NULL);
  load_ini (self);
}

static void
kring_profile_class_init (KringProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kring_profile_finalize;
  object_class->constructed = kring_profile_constructed;
  object_class->get_property = kring_profile_get_property;
  object_class->set_property = kring_profile_set_property;

  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kring_profile_init (KringProfile *self)
{
}

KringProfile *
kring_profile_new (const char *data_dir)
{
  return g_object_new (KRING_TYPE_PROFILE, "data-dir", data_dir, NULL);
}

const char *
kring_profile_get_data_dir (KringProfile *self)
{
  g_return_val_if_fail (KRING_IS_PROFILE (self), NULL);
  return self->data_dir;
}

const char *
kring_profile_get_database_uuid (KringProfile *self)
{
  g_return_val_if_fail (KRING_IS_PROFILE (self), NULL);
  return self->uuid;
}

const char *
kring_profile_get_database_path (KringProfile *self)
{
  g_return_val_if_fail (KRING_IS_PROFILE (self), NULL);
  return self->database_path;
}

gboolean
kring_profile_is_new (KringProfile *self)
{
  g_return_val_if_fail (KRING_IS_PROFILE (self), FALSE);
  return !g_file_test (self->database_path, G_FILE_TEST_EXISTS);
}

KringKeyMode
kring_profile_get_key_mode (KringProfile *self)
{
  g_return_val_if_fail (KRING_IS_PROFILE (self), KRING_KEY_MODE_KEYRING);
  return self->key_mode;
}

typedef struct
{
  char *path;
  char *contents;
} IniWrite;

static void
ini_write_free (IniWrite *write)
{
  g_free (write->path);
  g_free (write->contents);
  g_free (write);
}

/* The write is fsync'ed (CONSISTENT), so it runs off the main loop. */
static void
write_ini_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  IniWrite *write = task_data;
  GError *error = NULL;

  if (g_file_set_contents_full (write->path, write->contents, -1,
                                G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_ini_async (KringProfile *self, UnlockData *data, GAsyncReadyCallback callback,
                 gpointer user_data)
{
  g_autoptr (GKeyFile) ini = g_key_file_new ();
  g_autoptr (GTask) task = g_task_new (self, NULL, callback, user_data);
  IniWrite *write = g_new0 (IniWrite, 1);

  g_key_file_set_string (ini, PROFILE_GROUP, "database", data->uuid);
  g_key_file_set_string (ini, PROFILE_GROUP, "key-mode",
                         data->key_mode == KRING_KEY_MODE_PASSPHRASE ? "passphrase" : "keyring");
  write->path = g_strdup (self->ini_path);
  write->contents = g_key_file_to_data (ini, NULL, NULL);
  g_task_set_task_data (task, write, (GDestroyNotify) ini_write_free);
  g_task_run_in_thread (task, write_ini_in_thread);
}

/* Undoes a first run that failed half-way, so the next attempt is a first run
 * again rather than a profile without its settings. */
static void
forget_new_database (KringProfile *self, UnlockData *data)
{
  g_autofree char *wal = g_strconcat (self->database_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (self->database_path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (self->database_path);
  if (data->key_mode == KRING_KEY_MODE_KEYRING)
    kring_keyring_clear_async (data->uuid, NULL, NULL, NULL);
}

static void
on_store_closed_after_failure (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringProfile *self = g_task_get_source_object (task);
  UnlockData *data = g_task_get_task_data (task);
  GError *error = g_object_steal_data (G_OBJECT (task), "kring-error");

  kring_store_close_finish (KRING_STORE (source), result, NULL);
  forget_new_database (self, data);
  g_task_return_error (task, error);
}

/* A new profile is complete once its profile.ini is on disk; without it the
 * next start could not tell how to open the database, so it is undone. */
static void
on_ini_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringProfile *self = KRING_PROFILE (source);
  UnlockData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_prefix_error (&error, _("Could not save the profile settings: "));
      g_object_set_data (G_OBJECT (task), "kring-error", g_steal_pointer (&error));
      kring_store_close_async (data->store, NULL, on_store_closed_after_failure,
                               g_steal_pointer (&task));
      return;
    }
  g_free (self->uuid);
  self->uuid = g_strdup (data->uuid);
  self->key_mode = data->key_mode;
  g_task_return_pointer (task, g_steal_pointer (&data->store), g_object_unref);
}

static void open_store (GTask *task, const KringKey *key);

/* A key change (kring-profile-rekey.c) keeps the new key in the keyring
 * under kring_keyring_pending_id() until the database and the keyring both
 * hold it. When it was interrupted after the database got the new key, the
 * usual key no longer fits, and the new one is tried. */
static gboolean
may_hold_new_key (UnlockData *data, const GError *error)
{
  return data->key_mode == KRING_KEY_MODE_KEYRING && !data->tried_new_key
         && g_error_matches (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
}

static void
on_new_key_found (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  GError *first_error = g_object_steal_data (G_OBJECT (task), "kring-error");
  g_autoptr (KringKey) key = kring_keyring_lookup_finish (result, NULL);

  if (key == NULL)
    {
      /* No key change was under way: the usual key's error stands. */
      g_task_return_error (task, first_error);
      g_object_unref (task);
      return;
    }
  g_error_free (first_error);
  open_store (task, key);
}

static void
try_new_key (GTask *task, GError *first_error)
{
  KringProfile *self = g_task_get_source_object (task);
  UnlockData *data = g_task_get_task_data (task);
  g_autofree char *pending = kring_keyring_pending_id (self->uuid);

  data->tried_new_key = TRUE;
  g_object_set_data (G_OBJECT (task), "kring-error", first_error);
  kring_keyring_lookup_async (pending, g_task_get_cancellable (task), on_new_key_found, task);
}

/* Waited for, so that a key change is wholly finished when unlocking is. */
static void
on_stale_key_cleared (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  UnlockData *data = g_task_get_task_data (task);

  kring_keyring_clear_finish (result, NULL);
  g_task_return_pointer (task, g_steal_pointer (&data->store), g_object_unref);
}

static void
on_new_key_kept (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringProfile *self = g_task_get_source_object (task);
  UnlockData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  /* Should this fail, the new key stays where it was and the next start
   * finds it the same way; the data is open either way. */
  if (kring_keyring_store_finish (result, &error))
    {
      g_autofree char *pending = kring_keyring_pending_id (self->uuid);

      kring_keyring_clear_async (pending, NULL, on_stale_key_cleared, g_steal_pointer (&task));
      return;
    }
  g_warning ("The new key could not replace the old one in the keyring: %s", error->message);
  g_task_return_pointer (task, g_steal_pointer (&data->store), g_object_unref);
}

/* The database opened. If it did so with the waiting new key, that key
 * becomes the usual one; if with the usual key, a new key still waiting is
 * left from a change that stopped before the database got it, and goes. */
static void
finish_key_change (GTask *task)
{
  KringProfile *self = g_task_get_source_object (task);
  UnlockData *data = g_task_get_task_data (task);
  g_autofree char *pending = kring_keyring_pending_id (self->uuid);

  if (data->tried_new_key)
    kring_keyring_store_async (self->uuid, data->key, NULL, on_new_key_kept, task);
  else
    kring_keyring_clear_async (pending, NULL, on_stale_key_cleared, task);
}

static char *
passphrase_change_note (KringProfile *self)
{
  return g_build_filename (self->data_dir, KRING_PROFILE_PASSPHRASE_CHANGE, NULL);
}

gboolean
kring_profile_passphrase_change_interrupted (KringProfile *self)
{
  g_autofree char *note = NULL;

  g_return_val_if_fail (KRING_IS_PROFILE (self), FALSE);
  note = passphrase_change_note (self);
  return self->key_mode == KRING_KEY_MODE_PASSPHRASE && g_file_test (note, G_FILE_TEST_EXISTS);
}

/* The passphrase that opened the data is the one that fits now: the note
 * of an interrupted change has done its work. */
static void
forget_passphrase_change (KringProfile *self)
{
  g_autofree char *note = passphrase_change_note (self);

  if (g_unlink (note) != 0 && errno != ENOENT)
    g_warning ("The note of an interrupted passphrase change could not be removed: %s",
               g_strerror (errno));
}

static void
on_store_opened (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringProfile *self = g_task_get_source_object (task);
  UnlockData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  if (!kring_store_open_finish (KRING_STORE (source), result, &error))
    {
      if (data->create)
        forget_new_database (self, data);
      else if (may_hold_new_key (data, error))
        {
          try_new_key (g_steal_pointer (&task), g_steal_pointer (&error));
          return;
        }
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (data->create)
    write_ini_async (self, data, on_ini_written, g_steal_pointer (&task));
  else if (data->key_mode == KRING_KEY_MODE_KEYRING)
    finish_key_change (g_steal_pointer (&task));
  else
    {
      forget_passphrase_change (self);
      g_task_return_pointer (task, g_steal_pointer (&data->store), g_object_unref);
    }
}

static void
open_store (GTask *task, const KringKey *key)
{
  KringProfile *self = g_task_get_source_object (task);
  UnlockData *data = g_task_get_task_data (task);

  g_clear_object (&data->store);
  kring_key_free (data->key);
  data->key = kring_key_copy (key);
  data->store = kring_store_new (self->database_path);
  kring_store_open_async (data->store, key, data->create, g_task_get_cancellable (task),
                          on_store_opened, task);
}

static void
on_key_stored (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  KringKey *key = g_object_get_data (G_OBJECT (task), "kring-key");
  g_autoptr (GError) error = NULL;

  if (kring_keyring_store_finish (result, &error))
    {
      open_store (task, key);
      return;
    }
  if (g_error_matches (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_UNAVAILABLE))
    g_task_return_new_error (task, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_NEEDS_PASSPHRASE,
                             _("There is no keyring on this computer to keep the key to your "
                               "data safe. Choose a passphrase instead; you will need it each "
                               "time you open Kringkaart."));
  else
    g_task_return_error (task, g_steal_pointer (&error));
  g_object_unref (task);
}

static gboolean
ensure_data_dir (KringProfile *self, GError **error)
{
  if (g_mkdir_with_parents (self->data_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_FAILED,
                   _("Could not create the folder “%s”: %s"), self->data_dir,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static void
unlock_new (GTask *task)
{
  KringProfile *self = g_task_get_source_object (task);
  UnlockData *data = g_task_get_task_data (task);
  g_autoptr (KringKey) key = NULL;
  GError *error = NULL;

  data->create = TRUE;
  data->uuid = g_uuid_string_random ();
  if (!ensure_data_dir (self, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  if (data->passphrase != NULL)
    {
      g_autoptr (KringKey) passphrase_key = kring_key_new_passphrase (data->passphrase);

      data->key_mode = KRING_KEY_MODE_PASSPHRASE;
      open_store (task, passphrase_key);
      return;
    }
  if ((key = kring_key_new_random (&error)) == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  /* The key goes into the keyring before the database exists: a database
   * whose key was never stored could not be opened again. */
  g_object_set_data_full (G_OBJECT (task), "kring-key", kring_key_copy (key),
                          (GDestroyNotify) kring_key_free);
  kring_keyring_store_async (data->uuid, key, g_task_get_cancellable (task), on_key_stored, task);
}

static void
on_key_found (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = kring_keyring_lookup_finish (result, &error);

  if (key != NULL)
    {
      open_store (task, key);
      return;
    }
  if (g_error_matches (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_NOT_FOUND))
    g_task_return_new_error (task, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_KEY_NOT_FOUND,
                             _("The keyring holds no key for your data, so the data cannot "
                               "be opened. If the key is in another keyring, for example "
                               "from a backup, restore it and try again. Your data has not "
                               "been changed."));
  else if (g_error_matches (error, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_UNAVAILABLE))
    g_task_return_new_error (task, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_KEYRING_UNAVAILABLE,
                             _("The keyring that holds the key to your data cannot be reached. "
                               "Log in to your desktop session and try again."));
  else
    g_task_return_error (task, g_steal_pointer (&error));
  g_object_unref (task);
}

static void
unlock_existing (GTask *task)
{
  KringProfile *self = g_task_get_source_object (task);
  UnlockData *data = g_task_get_task_data (task);

  data->key_mode = self->key_mode;
  /* Nothing writes a copy while the data is locked; one that is there was
   * left by an interrupted restore or key change. */
  kring_backup_remove_leftovers (self->database_path);
  if (self->uuid == NULL)
    {
      g_task_return_new_error (task, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_FAILED,
                               _("The profile settings file “%s” is missing or damaged, so "
                                 "Kringkaart does not know how to open your data."),
                               self->ini_path);
      g_object_unref (task);
    }
  else if (self->key_mode == KRING_KEY_MODE_KEYRING)
    kring_keyring_lookup_async (self->uuid, g_task_get_cancellable (task), on_key_found, task);
  else if (data->passphrase == NULL)
    {
      g_task_return_new_error (task, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_NEEDS_PASSPHRASE,
                               _("Your data is protected with a passphrase. "
                                 "Enter it to open your data."));
      g_object_unref (task);
    }
  else
    {
      g_autoptr (KringKey) key = kring_key_new_passphrase (data->passphrase);

      open_store (task, key);
    }
}

void
kring_profile_unlock_async (KringProfile        *self,
                            const char          *passphrase,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  UnlockData *data;

  g_return_if_fail (KRING_IS_PROFILE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_profile_unlock_async);
  data = g_new0 (UnlockData, 1);
  /* An empty passphrase protects nothing; it counts as none. */
  if (passphrase != NULL && *passphrase != '\0')
    data->passphrase = g_strdup (passphrase);
  g_task_set_task_data (task, data, (GDestroyNotify) unlock_data_free);
  load_ini (self);
  if (kring_profile_is_new (self))
    unlock_new (task);
  else
    unlock_existing (task);
}

KringStore *
kring_profile_unlock_finish (KringProfile *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_profile_unlock_async,
                        NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Recovery key ------------------------------------------------------------ */

/* Only a profile whose raw key lives in the keyring has a recovery key; a
 * passphrase is its own recovery. */
static gboolean
check_has_recovery (KringProfile *self, GError **error)
{
  load_ini (self);
  if (!kring_profile_is_new (self) && self->uuid != NULL
      && self->key_mode == KRING_KEY_MODE_KEYRING)
    return TRUE;
  g_set_error_literal (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_FAILED,
                       _("Only data whose key is kept in the keyring has a recovery key."));
  return FALSE;
}

static void
on_recovery_key_found (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;
  g_autoptr (KringKey) key = kring_keyring_lookup_finish (result, &error);

  if (key == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, kring_recovery_encode (key), (GDestroyNotify) kring_key_wipe_string);
}

void
kring_profile_get_recovery_key_async (KringProfile        *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (KRING_IS_PROFILE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_profile_get_recovery_key_async);
  if (!check_has_recovery (self, &error))
    g_task_return_error (task, error);
  else
    kring_keyring_lookup_async (self->uuid, cancellable, on_recovery_key_found,
                                g_steal_pointer (&task));
}

char *
kring_profile_get_recovery_key_finish (KringProfile *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  KringKey   *key;
  char       *uuid;
  KringStore *store;
  GError     *error;
} RecoverData;

static void
recover_data_free (RecoverData *data)
{
  kring_key_free (data->key);
  g_free (data->uuid);
  g_clear_object (&data->store);
  g_clear_error (&data->error);
  g_free (data);
}

static void
on_recover_closed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  RecoverData *data = g_task_get_task_data (task);

  kring_store_close_finish (KRING_STORE (source), result, NULL);
  g_task_return_error (task, g_steal_pointer (&data->error));
}

/* The store is only handed out once the keyring holds the key again: an open
 * store whose key is lost would fail the same way at the next start. */
static void
on_recover_key_stored (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  RecoverData *data = g_task_get_task_data (task);

  if (kring_keyring_store_finish (result, &data->error))
    {
      g_task_return_pointer (task, g_steal_pointer (&data->store), g_object_unref);
      return;
    }
  g_prefix_error (&data->error, _("The recovery key is right, but it could not be kept in the "
                                  "keyring: "));
  kring_store_close_async (data->store, NULL, on_recover_closed, g_steal_pointer (&task));
}

static void
on_recover_opened (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  RecoverData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GError *error = NULL;

  if (!kring_store_open_finish (KRING_STORE (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  kring_keyring_store_async (data->uuid, data->key, cancellable, on_recover_key_stored,
                             g_steal_pointer (&task));
}

void
kring_profile_recover_async (KringProfile        *self,
                             const char          *recovery_key,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  RecoverData *data;
  GError *error = NULL;
  KringKey *key = NULL;

  g_return_if_fail (KRING_IS_PROFILE (self));
  g_return_if_fail (recovery_key != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_profile_recover_async);
  /* The checksum is checked before anything is tried. */
  if (!check_has_recovery (self, &error)
      || (key = kring_recovery_decode (recovery_key, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  data = g_new0 (RecoverData, 1);
  data->key = key;
  data->uuid = g_strdup (self->uuid);
  data->store = kring_store_new (self->database_path);
  g_task_set_task_data (task, data, (GDestroyNotify) recover_data_free);
  kring_store_open_async (data->store, key, FALSE, cancellable, on_recover_opened,
                          g_steal_pointer (&task));
}

KringStore *
kring_profile_recover_finish (KringProfile *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_profile_recover_async,
                        NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
