/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <libsecret/secret.h>
#include <glib/gi18n.h>

#include "kring-keyring.h"
#include "kring-store-error.h"

static const SecretSchema *
kring_keyring_schema (void)
{
  static const SecretSchema schema = {
    "nl.kringkaart.Kringkaart.DatabaseKey", SECRET_SCHEMA_NONE,
    {
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

static gboolean
is_unavailable (const GError *error)
{
  if (error->domain == G_DBUS_ERROR)
    return error->code == G_DBUS_ERROR_SERVICE_UNKNOWN
           || error->code == G_DBUS_ERROR_NAME_HAS_NO_OWNER
           || error->code == G_DBUS_ERROR_NO_SERVER
           || error->code == G_DBUS_ERROR_FILE_NOT_FOUND
           || error->code == G_DBUS_ERROR_DISCONNECTED
           || error->code == G_DBUS_ERROR_SPAWN_EXEC_FAILED
           || error->code == G_DBUS_ERROR_SPAWN_CHILD_EXITED
           || error->code == G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND
           || error->code == G_DBUS_ERROR_SPAWN_SERVICE_INVALID;
  /* Errors of the I/O domain come from reaching the session bus at all
   * (no socket, no address, connection refused). */
  return error->domain == G_IO_ERROR && error->code != G_IO_ERROR_CANCELLED;
}

/* Turns a libsecret or D-Bus error into a KRING_KEYRING_ERROR, keeping
 * cancellation by the caller as it is. */
static GError *
map_error (const GError *error, GCancellable *cancellable)
{
  if (g_cancellable_is_cancelled (cancellable))
    return g_error_copy (error);
  if (g_error_matches (error, SECRET_ERROR, SECRET_ERROR_IS_LOCKED)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* A prompt to unlock the keyring that the user dismissed ends as a
     * cancellation nobody asked for. */
    return g_error_new (KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_LOCKED,
                        _("The keyring is locked. Unlock it to open your data."));
  if (is_unavailable (error))
    return g_error_new (KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_UNAVAILABLE,
                        _("No keyring service is available on this computer (%s)."),
                        error->message);
  return g_error_new (KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_FAILED,
                      _("The keyring reported an error: %s"), error->message);
}

static void
on_stored (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_task_return_error (task, map_error (error, g_task_get_cancellable (task)));
  else
    g_task_return_boolean (task, TRUE);
}

void
kring_keyring_store_async (const char          *database_uuid,
                           const KringKey      *key,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *label = NULL;
  char *hex;

  g_return_if_fail (database_uuid != NULL);
  g_return_if_fail (key != NULL && !kring_key_is_passphrase (key));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_keyring_store_async);
  label = g_strdup_printf (_("Kringkaart database key (%s)"), database_uuid);
  hex = kring_key_to_hex (key);
  /* libsecret copies the secret into its own non-pageable memory at once. */
  secret_password_store (kring_keyring_schema (), SECRET_COLLECTION_DEFAULT, label, hex,
                         cancellable, on_stored, g_steal_pointer (&task),
                         "database", database_uuid, NULL);
  kring_key_wipe_string (hex);
}

gboolean
kring_keyring_store_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_looked_up (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = NULL;
  char *hex;

  hex = secret_password_lookup_finish (result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, map_error (error, g_task_get_cancellable (task)));
      return;
    }
  if (hex == NULL)
    {
      g_task_return_new_error (task, KRING_KEYRING_ERROR, KRING_KEYRING_ERROR_NOT_FOUND,
                               _("The keyring holds no key for this database."));
      return;
    }
  key = kring_key_new_from_hex (hex, &error);
  secret_password_free (hex);
  if (key == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&key), (GDestroyNotify) kring_key_free);
}

void
kring_keyring_lookup_async (const char          *database_uuid,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (database_uuid != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_keyring_lookup_async);
  secret_password_lookup (kring_keyring_schema (), cancellable, on_looked_up, task,
                          "database", database_uuid, NULL);
}

KringKey *
kring_keyring_lookup_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_cleared (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;

  /* Clearing a key that is not there is not an error: the goal is reached. */
  secret_password_clear_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, map_error (error, g_task_get_cancellable (task)));
  else
    g_task_return_boolean (task, TRUE);
}

void
kring_keyring_clear_async (const char          *database_uuid,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (database_uuid != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_keyring_clear_async);
  secret_password_clear (kring_keyring_schema (), cancellable, on_cleared, task,
                         "database", database_uuid, NULL);
}

gboolean
kring_keyring_clear_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
kring_keyring_pending_id (const char *database_uuid)
{
  g_return_val_if_fail (database_uuid != NULL, NULL);
  return g_strconcat (database_uuid, "+new-key", NULL);
}
