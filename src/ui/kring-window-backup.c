/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-backup.h"
#include "kring-backup-dialog.h"
#include "kring-profile.h"
#include "kring-window-private.h"
#include "kring-window-backup.h"

/* win.backup and win.restore. Restoring replaces the database file, so the
 * window locks first (its store closes), restores, then opens the profile
 * again: every page loads the restored data as after unlocking. */

static void
on_backup_done (KringWindow *self, const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  kring_window_add_toast (self, escaped);
}

static void
backup_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);
  KringStore *store = kring_window_get_store (self);
  KringBackupDialog *dialog;

  if (store == NULL || g_strcmp0 (kring_window_get_state (self), "main") != 0)
    {
      kring_window_add_toast (self, _("Open your data first, then make a backup."));
      return;
    }
  dialog = kring_backup_dialog_new_backup (GTK_WINDOW (self), store);
  g_signal_connect_object (dialog, "done", G_CALLBACK (on_backup_done), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  KringWindow *window;
  GFile       *file;
  char        *passphrase;
  char        *profile_passphrase;
  char        *db_path;
  KringKey    *key;
} RestoreOp;

static void
restore_op_free (RestoreOp *op)
{
  g_clear_object (&op->window);
  g_clear_object (&op->file);
  kring_key_wipe_string (op->passphrase);
  kring_key_wipe_string (op->profile_passphrase);
  g_free (op->db_path);
  kring_key_free (op->key);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RestoreOp, restore_op_free)

static void
restore_failed (RestoreOp *op, const GError *error)
{
  g_autofree char *text = kring_backup_describe_error (error);
  g_autofree char *title = g_strdup_printf (_("Restoring did not work; your data is unchanged. %s"),
                                            text);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  kring_window_work_done (op->window, op->profile_passphrase);
  kring_window_add_toast (op->window, escaped);
}

/* The restored database is opened once, with the profile's key and the
 * same migrations as at every start, before the previous one is removed:
 * if it does not open, the previous one is put back. */
static void
on_trial_closed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (RestoreOp) op = user_data;

  kring_store_close_finish (KRING_STORE (source), result, NULL);
  kring_backup_restore_done (op->db_path);
  kring_window_work_done (op->window, op->profile_passphrase);
  kring_window_add_toast (op->window, _("Backup restored"));
}

static void
on_trial_opened (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (RestoreOp) op = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) undo_error = NULL;
  KringStore *store = KRING_STORE (source);

  if (kring_store_open_finish (store, result, &error))
    {
      kring_store_close_async (store, NULL, on_trial_closed, g_steal_pointer (&op));
      return;
    }
  if (!kring_backup_restore_undo (op->db_path, &undo_error))
    g_warning ("Could not put the previous database back: %s", undo_error->message);
  restore_failed (op, error);
}

static void
on_restored (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (RestoreOp) op = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringStore) store = NULL;

  if (!kring_backup_restore_finish (result, &error))
    {
      restore_failed (op, error);
      return;
    }
  store = kring_store_new (op->db_path);
  kring_store_open_async (store, op->key, FALSE, NULL, on_trial_opened, op);
  op = NULL;
}

static void
on_key (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (RestoreOp) op = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = kring_backup_profile_key_finish (result, &error);
  RestoreOp *owned;

  if (key == NULL)
    {
      restore_failed (op, error);
      return;
    }
  /* Not g_steal_pointer (&op) among the arguments: they are evaluated in
   * any order, and op must be read before it is NULL. */
  owned = g_steal_pointer (&op);
  owned->key = g_steal_pointer (&key);
  kring_backup_restore_async (owned->db_path, owned->file, owned->passphrase, owned->key, NULL,
                              on_restored, owned);
}

static void
start_restore (KringWindow *self, gpointer user_data)
{
  RestoreOp *op = user_data;

  kring_backup_profile_key_async (kring_profile_get_data_dir (kring_window_get_profile (self)),
                                  op->profile_passphrase, NULL, on_key, op);
}

static gboolean
lock_and_restore (gpointer user_data)
{
  RestoreOp *op = user_data;

  op->db_path = g_strdup (kring_profile_get_database_path (kring_window_get_profile (op->window)));
  kring_window_work_locked (op->window, _("Restoring the backup…"), start_restore, op);
  return G_SOURCE_REMOVE;
}

static void
on_restore_confirmed (KringWindow *self, GFile *file, const char *passphrase,
                      const char *profile_passphrase)
{
  RestoreOp *op = g_new0 (RestoreOp, 1);

  op->window = g_object_ref (self);
  op->file = g_object_ref (file);
  op->passphrase = g_strdup (passphrase);
  op->profile_passphrase = *profile_passphrase != '\0' ? g_strdup (profile_passphrase) : NULL;
  /* After the dialog has gone: locking closes every dialog of the window. */
  g_idle_add (lock_and_restore, op);
}

static void
restore_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);
  KringProfile *profile = kring_window_get_profile (self);
  KringBackupDialog *dialog;

  if (profile == NULL || kring_window_is_busy (self))
    {
      kring_window_add_toast (self, _("Kringkaart is still busy; try again in a moment."));
      return;
    }
  dialog = kring_backup_dialog_new_restore (
    GTK_WINDOW (self), kring_profile_get_key_mode (profile) == KRING_KEY_MODE_PASSPHRASE);
  g_signal_connect_object (dialog, "restore", G_CALLBACK (on_restore_confirmed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
kring_window_class_init_backup (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_activated);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_activated);
}
