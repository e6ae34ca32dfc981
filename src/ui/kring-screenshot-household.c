/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-household-export.h"
#include "kring-households-page.h"
#include "kring-screenshot-household.h"
#include "kring-screenshot.h"

/* The example district's ids are fixed (uuid5 of their names), and this
 * household has the most to show: three assessments, goals in four
 * domains, a network in every ring. */
#define HOUSEHOLD_ID "2f3bcb08-42dd-5e77-b294-95dd5a2bbd48"
#define SHOT_DELAY_MS 1500
#define POLL_MS 100
#define LOAD_TIMEOUT_USEC (30 * G_USEC_PER_SEC)

static const char *const tabs[] = { "overview", "domains", "plan", "ecomap" };

typedef struct
{
  char   *directory;
  guint   number;
  guint   tab;
  gint64  deadline;
} Run;

static void
run_free (Run *run)
{
  g_free (run->directory);
  g_free (run);
}

static KringHouseholdView *
household_view (GTask *task)
{
  KringWindow *window = g_task_get_source_object (task);

  return kring_households_page_get_household_view (
    KRING_HOUSEHOLDS_PAGE (kring_window_get_view (window, "households")));
}

static void
schedule (GTask *task, guint delay_ms, GSourceFunc step)
{
  g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, step, g_object_ref (task), g_object_unref);
}

static char *
shot_path (Run *run, const char *name, const char *extension)
{
  g_autofree char *file = g_strdup_printf ("%02u-household-%s.%s", run->number++, name,
                                           extension);

  return g_build_filename (run->directory, file, NULL);
}

static void
on_pdf_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;

  if (kring_household_export_write_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The plan letter, as the household would get it, under a pseudonym. */
static void
write_pdf (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  KringHouseholdContext *context = kring_household_view_get_context (household_view (task));
  g_autofree char *path = shot_path (run, "plan", "pdf");
  g_autoptr (GFile) file = g_file_new_for_path (path);

  kring_household_export_write_async (context, KRING_HOUSEHOLD_EXPORT_PDF, NULL, file,
                                      g_task_get_cancellable (task), on_pdf_written,
                                      g_object_ref (task));
}

static gboolean
shoot_tab (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autofree char *path = shot_path (run, tabs[run->tab], "png");
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;
  if (!kring_screenshot_save (g_task_get_source_object (task), path, &error))
    {
      g_task_return_error (task, error);
      return G_SOURCE_REMOVE;
    }
  if (++run->tab == G_N_ELEMENTS (tabs))
    write_pdf (task);
  else
    {
      kring_household_view_show_tab (household_view (task), tabs[run->tab]);
      schedule (task, SHOT_DELAY_MS, shoot_tab);
    }
  return G_SOURCE_REMOVE;
}

static gboolean
wait_for_household (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;
  if (kring_household_view_get_context (household_view (task)) != NULL)
    schedule (task, SHOT_DELAY_MS, shoot_tab);
  else if (g_get_monotonic_time () < run->deadline)
    schedule (task, POLL_MS, wait_for_household);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                             _("The example household did not open"));
  return G_SOURCE_REMOVE;
}

void
kring_screenshot_household_async (KringWindow *window, const char *directory,
                                  guint first_number, GCancellable *cancellable,
                                  GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  GtkWidget *page;
  Run *run;

  g_return_if_fail (KRING_IS_WINDOW (window));

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_screenshot_household_async);
  run = g_new0 (Run, 1);
  run->directory = g_strdup (directory);
  run->number = first_number;
  run->deadline = g_get_monotonic_time () + LOAD_TIMEOUT_USEC;
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  kring_window_set_visible_view_name (window, "households");
  page = kring_window_get_view (window, "households");
  kring_households_page_open_household (KRING_HOUSEHOLDS_PAGE (page), HOUSEHOLD_ID);
  schedule (task, POLL_MS, wait_for_household);
}

gboolean
kring_screenshot_household_finish (KringWindow *window, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, window), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
