/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "kring-screenshot-steps.h"
#include "kring-screenshot.h"

struct _KringShotRun
{
  GTask                       *task;   /* owns the run */
  char                        *directory;
  const KringShotPart *const  *parts;
  guint                        part;
  guint                        step;
  gpointer                     data;
  guint                        first_number;
  guint                        number;
  gint64                       step_started;
  gboolean                     advance;
  gboolean                     continued;
  GAsyncResult                *result;
};

static void
begin_part (KringShotRun *run)
{
  run->data = g_malloc0 (run->parts[run->part]->data_size);
  run->first_number = run->number;
}

static void
end_part (KringShotRun *run)
{
  const KringShotPart *part = run->parts[run->part];

  if (run->data == NULL)
    return;
  if (part->data_clear != NULL)
    part->data_clear (run->data);
  g_clear_pointer (&run->data, g_free);
  if (part->count > 0)
    run->number = run->first_number + part->count;
}

static void
run_free (KringShotRun *run)
{
  end_part (run);
  g_clear_object (&run->result);
  g_free (run->directory);
  g_free (run);
}

/* Moves on to the next step; FALSE when there is none left. */
static gboolean
advance (KringShotRun *run)
{
  run->advance = FALSE;
  run->step_started = 0;
  if (++run->step < run->parts[run->part]->n_steps)
    return TRUE;
  end_part (run);
  run->step = 0;
  if (run->parts[++run->part] == NULL)
    {
      run->part--;   /* so that run_free finds a part */
      return FALSE;
    }
  begin_part (run);
  return TRUE;
}

static void
run_step (KringShotRun *run)
{
  if (g_task_return_error_if_cancelled (run->task))
    return;
  if (run->advance && !advance (run))
    {
      g_task_return_boolean (run->task, TRUE);
      return;
    }
  if (run->step_started == 0)
    run->step_started = g_get_monotonic_time ();
  run->continued = FALSE;
  run->parts[run->part]->steps[run->step] (run);
  g_clear_object (&run->result);
  /* A step that says nothing would leave the run hanging for ever. */
  if (!run->continued)
    g_task_return_new_error (run->task, G_IO_ERROR, G_IO_ERROR_FAILED,
                             "Screenshot step %u of part %u did not go on",
                             run->step, run->part);
}

static gboolean
on_timeout (gpointer task)
{
  run_step (g_task_get_task_data (task));
  return G_SOURCE_REMOVE;
}

static void
schedule (KringShotRun *run, guint delay_ms)
{
  run->continued = TRUE;
  g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, on_timeout, g_object_ref (run->task),
                      g_object_unref);
}

void
kring_shot_run_async (KringWindow *window, const char *directory,
                      const KringShotPart *const *parts, GCancellable *cancellable,
                      GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  KringShotRun *run;

  g_return_if_fail (KRING_IS_WINDOW (window));
  g_return_if_fail (directory != NULL && parts != NULL && parts[0] != NULL);

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_shot_run_async);
  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (errno),
                               _("Could not create %s"), directory);
      return;
    }
  run = g_new0 (KringShotRun, 1);
  run->task = task;
  run->directory = g_strdup (directory);
  run->parts = parts;
  run->number = 1;
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  begin_part (run);
  schedule (run, 0);
}

gboolean
kring_shot_run_finish (KringWindow *window, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, window), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

KringWindow *
kring_shot_run_window (KringShotRun *run)
{
  return g_task_get_source_object (run->task);
}

gpointer
kring_shot_run_data (KringShotRun *run)
{
  return run->data;
}

GCancellable *
kring_shot_run_cancellable (KringShotRun *run)
{
  return g_task_get_cancellable (run->task);
}

char *
kring_shot_run_take_path (KringShotRun *run, const char *name, const char *extension)
{
  g_autofree char *file = g_strdup_printf ("%02u-%s.%s", run->number++, name, extension);

  return g_build_filename (run->directory, file, NULL);
}

gboolean
kring_shot_run_save (KringShotRun *run, GtkWidget *widget, const char *name)
{
  g_autofree char *path = kring_shot_run_take_path (run, name, "png");
  GError *error = NULL;

  if (widget == NULL)
    widget = GTK_WIDGET (kring_shot_run_window (run));
  if (kring_screenshot_save (widget, path, &error))
    return TRUE;
  kring_shot_run_fail (run, error);
  return FALSE;
}

void
kring_shot_run_set_number (KringShotRun *run, guint offset)
{
  run->number = run->first_number + offset;
}

void
kring_shot_run_next (KringShotRun *run, guint delay_ms)
{
  run->advance = TRUE;
  schedule (run, delay_ms);
}

void
kring_shot_run_again (KringShotRun *run, guint delay_ms)
{
  schedule (run, delay_ms);
}

void
kring_shot_run_wait (KringShotRun *run, guint delay_ms, gint64 timeout_usec,
                     const char *message)
{
  if (g_get_monotonic_time () - run->step_started < timeout_usec)
    schedule (run, delay_ms);
  else
    kring_shot_run_fail (run, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_TIMED_OUT, message));
}

gpointer
kring_shot_run_hold (KringShotRun *run)
{
  run->continued = TRUE;
  run->advance = TRUE;
  return g_object_ref (run->task);
}

void
kring_shot_run_resume (G_GNUC_UNUSED GObject *source, GAsyncResult *result,
                       gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringShotRun *run = g_task_get_task_data (task);

  g_set_object (&run->result, result);
  run_step (run);
}

GAsyncResult *
kring_shot_run_result (KringShotRun *run)
{
  return run->result;
}

void
kring_shot_run_fail (KringShotRun *run, GError *error)
{
  run->continued = TRUE;
  g_task_return_error (run->task, error);
}

void
kring_shot_run_done (KringShotRun *run)
{
  run->continued = TRUE;
  g_task_return_boolean (run->task, TRUE);
}
