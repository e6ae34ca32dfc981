/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-backup-dialog.h"
#include "kring-key.h"
#include "kring-recovery-dialog.h"
#include "kring-recovery.h"
#include "kring-screenshot-security.h"
#include "kring-screenshot.h"

#define SHOT_DELAY_MS 1500
/* The example key: a fixed raw key, so the picture is the same every run
 * and never shows the key of a real profile. */
#define EXAMPLE_KEY_HEX "4b72696e676b616172742d766f6f726265656c642d73637265656e73686f7473"

typedef struct
{
  char      *directory;
  guint      first_number;
  guint      step;
  GtkWidget *dialog;
} Run;

static void
run_free (Run *run)
{
  if (run->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (run->dialog));
  g_free (run->directory);
  g_free (run);
}

/* Prepares a step's picture: a dialog to shoot, or NULL for the window. */
typedef GtkWidget *(*Prepare) (KringWindow *window, GError **error);

static GtkWidget *show_recovery_key (KringWindow *window, GError **error);
static GtkWidget *show_backup (KringWindow *window, GError **error);
static GtkWidget *lock_window (KringWindow *window, GError **error);

/* In the order taken; the lock closes the store, so it comes last. */
static const struct
{
  guint offset;
  const char *name;
  Prepare prepare;
} steps[] = {
  { 1, "recovery-key", show_recovery_key },
  { 2, "backup", show_backup },
  { 0, "lock", lock_window },
};

static GtkWidget *
show_recovery_key (KringWindow *window, GError **error)
{
  g_autoptr (KringKey) key = kring_key_new_from_hex (EXAMPLE_KEY_HEX, error);
  g_autofree char *text = NULL;
  GtkWidget *dialog;

  if (key == NULL)
    return NULL;
  text = kring_recovery_encode (key);
  dialog = GTK_WIDGET (kring_recovery_dialog_new_show (GTK_WINDOW (window), text));
  kring_key_wipe_string (g_steal_pointer (&text));
  return dialog;
}

static GtkWidget *
show_backup (KringWindow *window, GError **error)
{
  KringStore *store = kring_window_get_store (window);

  if (store == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED, _("The data is not open"));
      return NULL;
    }
  return GTK_WIDGET (kring_backup_dialog_new_backup (GTK_WINDOW (window), store));
}

static GtkWidget *
lock_window (KringWindow *window, G_GNUC_UNUSED GError **error)
{
  kring_window_lock (window);
  return GTK_WIDGET (window);
}

static gboolean shoot (gpointer user_data);

static void
prepare (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  KringWindow *window = g_task_get_source_object (task);
  GtkWidget *widget;
  GError *error = NULL;

  if (run->step == G_N_ELEMENTS (steps))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  widget = steps[run->step].prepare (window, &error);
  if (widget == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (widget != GTK_WIDGET (window))
    {
      run->dialog = widget;
      gtk_window_present (GTK_WINDOW (widget));
    }
  g_timeout_add_full (G_PRIORITY_DEFAULT, SHOT_DELAY_MS, shoot, g_object_ref (task),
                      g_object_unref);
}

static gboolean
shoot (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  GtkWidget *widget = run->dialog != NULL ? run->dialog : g_task_get_source_object (task);
  g_autofree char *file = g_strdup_printf ("%02u-%s.png",
                                           run->first_number + steps[run->step].offset,
                                           steps[run->step].name);
  g_autofree char *path = g_build_filename (run->directory, file, NULL);
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;
  if (!kring_screenshot_save (widget, path, &error))
    {
      g_task_return_error (task, error);
      return G_SOURCE_REMOVE;
    }
  if (run->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&run->dialog)));
  run->step++;
  prepare (task);
  return G_SOURCE_REMOVE;
}

void
kring_screenshot_security_async (KringWindow *window, const char *directory,
                                 guint first_number, GCancellable *cancellable,
                                 GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  Run *run;

  g_return_if_fail (KRING_IS_WINDOW (window));
  g_return_if_fail (directory != NULL);

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_screenshot_security_async);
  run = g_new0 (Run, 1);
  run->directory = g_strdup (directory);
  run->first_number = first_number;
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  prepare (task);
}

gboolean
kring_screenshot_security_finish (KringWindow *window, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, window), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
