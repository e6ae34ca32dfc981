/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "kring-directory-page.h"
#include "kring-screenshot-analysis.h"
#include "kring-screenshot-import.h"
#include "kring-screenshot-map.h"
#include "kring-screenshot-household.h"
#include "kring-screenshot-security.h"
#include "kring-screenshot.h"
#include "kring-recovery-dialog.h"
#include "kring-tour.h"

/* How long the window may take to open the data and load the example. */
#define SETTLE_TIMEOUT_USEC (120 * G_USEC_PER_SEC)
#define POLL_MS 200
/* Pages fill themselves asynchronously; these pauses let them finish drawing. */
#define FIRST_PAGE_DELAY_MS 2000
#define PAGE_DELAY_MS 1200
/* The second result of the example district: a service with hours, phones and a contact. */
#define DETAIL_POSITION 1

typedef struct
{
  char *directory;
  gint64 deadline;
  guint index;
} Run;

#define RENDER_WAIT_USEC (10 * G_USEC_PER_SEC)
#define RENDER_POLL_USEC 5000

static void
run_free (Run *run)
{
  g_free (run->directory);
  g_free (run);
}

/* What the window showed in its last frame. A redraw that was queued since
 * (a spinner, a late layout) throws that picture away until the next frame
 * is painted, which on a slow build can take a while: wait for it. */
static GskRenderNode *
widget_render_node (GtkWidget *widget, int width, int height)
{
  gint64 deadline = g_get_monotonic_time () + RENDER_WAIT_USEC;

  for (;;)
    {
      g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
      g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
      GskRenderNode *node;

      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node != NULL || g_get_monotonic_time () > deadline)
        return node;
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (RENDER_POLL_USEC);
    }
}

gboolean
kring_screenshot_save (GtkWidget *widget, const char *path, GError **error)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (width <= 0 || height <= 0 || renderer == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The window is not shown"));
      return FALSE;
    }
  node = widget_render_node (widget, width, height);
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The window drew nothing"));
      return FALSE;
    }
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s"), path);
      return FALSE;
    }
  return TRUE;
}

static void
schedule (GTask *task, guint delay_ms, GSourceFunc step)
{
  g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, step, g_object_ref (task), g_object_unref);
}

static gboolean
save_named (GTask *task, const char *name)
{
  Run *run = g_task_get_task_data (task);
  GtkWidget *window = g_task_get_source_object (task);
  g_autofree char *file = g_strdup_printf ("%02u-%s.png", run->index + 1, name);
  g_autofree char *path = g_build_filename (run->directory, file, NULL);
  GError *error = NULL;

  if (kring_screenshot_save (window, path, &error))
    return TRUE;
  g_task_return_error (task, error);
  return FALSE;
}

static gboolean shoot_page (gpointer user_data);

static void
on_security_shot (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;

  if (kring_screenshot_security_finish (KRING_WINDOW (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_analysis_shot (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  if (!kring_screenshot_analysis_finish (KRING_WINDOW (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  kring_screenshot_security_async (KRING_WINDOW (source), run->directory,
                                   run->index + 2 + KRING_SCREENSHOT_MAP_COUNT
                                     + KRING_SCREENSHOT_IMPORT_COUNT
                                     + KRING_SCREENSHOT_HOUSEHOLD_COUNT
                                     + KRING_SCREENSHOT_ANALYSIS_COUNT,
                                   g_task_get_cancellable (task), on_security_shot,
                                   g_object_ref (task));
}

static void
on_household_shot (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  if (!kring_screenshot_household_finish (KRING_WINDOW (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  kring_screenshot_analysis_async (KRING_WINDOW (source), run->directory,
                                   run->index + 2 + KRING_SCREENSHOT_MAP_COUNT
                                     + KRING_SCREENSHOT_IMPORT_COUNT
                                     + KRING_SCREENSHOT_HOUSEHOLD_COUNT,
                                   g_task_get_cancellable (task), on_analysis_shot,
                                   g_object_ref (task));
}

static void
on_import_shot (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  if (!kring_screenshot_import_finish (KRING_WINDOW (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  kring_screenshot_household_async (KRING_WINDOW (source), run->directory,
                                    run->index + 2 + KRING_SCREENSHOT_MAP_COUNT
                                      + KRING_SCREENSHOT_IMPORT_COUNT,
                                    g_task_get_cancellable (task), on_household_shot,
                                    g_object_ref (task));
}

static void
on_map_shot (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GError *error = NULL;

  if (!kring_screenshot_map_finish (KRING_WINDOW (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  kring_screenshot_import_async (KRING_WINDOW (source), run->directory,
                                 run->index + 2 + KRING_SCREENSHOT_MAP_COUNT, cancellable,
                                 on_import_shot, g_object_ref (task));
}

/* The sociale kaart with one service open in the detail pane; then the
 * map page's own pictures (kring-screenshot-map.c) and the import dialog's
 * (kring-screenshot-import.c). */
static gboolean
shoot_detail (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);

  if (!g_task_return_error_if_cancelled (task) && save_named (task, "directory-detail"))
    kring_screenshot_map_async (g_task_get_source_object (task), run->directory,
                                run->index + 2, g_task_get_cancellable (task), on_map_shot,
                                g_object_ref (task));
  return G_SOURCE_REMOVE;
}

static void
show_detail (GTask *task)
{
  KringWindow *window = g_task_get_source_object (task);
  GtkWidget *page = kring_window_get_view (window, "directory");

  kring_window_set_visible_view_name (window, "directory");
  kring_directory_page_select_result (KRING_DIRECTORY_PAGE (page), DETAIL_POSITION);
  schedule (task, PAGE_DELAY_MS, shoot_detail);
}

static void
show_page (GTask *task, guint delay_ms)
{
  Run *run = g_task_get_task_data (task);
  KringWindow *window = g_task_get_source_object (task);

  kring_window_set_visible_view_name (window, kring_window_get_view_names ()[run->index]);
  schedule (task, delay_ms, shoot_page);
}

static gboolean
shoot_page (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  const char *name = kring_window_get_view_names ()[run->index];

  if (g_task_return_error_if_cancelled (task) || !save_named (task, name))
    return G_SOURCE_REMOVE;
  run->index++;
  if (kring_window_get_view_names ()[run->index] == NULL)
    show_detail (task);
  else
    show_page (task, PAGE_DELAY_MS);
  return G_SOURCE_REMOVE;
}

static gboolean
shoot_screen (gpointer user_data)
{
  GTask *task = user_data;
  KringWindow *window = g_task_get_source_object (task);

  if (save_named (task, kring_window_get_state (window)))
    g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
wait_until_settled (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  KringWindow *window = g_task_get_source_object (task);
  const char *state = kring_window_get_state (window);

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;
  if (kring_window_is_busy (window) || g_strcmp0 (state, "locked") == 0)
    {
      if (g_get_monotonic_time () < run->deadline)
        schedule (task, POLL_MS, wait_until_settled);
      else
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                                 _("The window did not finish opening its data"));
    }
  else if (g_strcmp0 (state, "main") == 0)
    show_page (task, FIRST_PAGE_DELAY_MS);
  else
    schedule (task, PAGE_DELAY_MS, shoot_screen);
  return G_SOURCE_REMOVE;
}

void
kring_screenshot_run_async (KringWindow *window, const char *directory,
                            GCancellable *cancellable, GAsyncReadyCallback callback,
                            gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  Run *run;

  g_return_if_fail (KRING_IS_WINDOW (window));
  g_return_if_fail (directory != NULL);

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_screenshot_run_async);
  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (errno),
                               _("Could not create %s"), directory);
      return;
    }
  run = g_new0 (Run, 1);
  run->directory = g_strdup (directory);
  run->deadline = g_get_monotonic_time () + SETTLE_TIMEOUT_USEC;
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  /* The pages are shot as they are; the tour gets its own picture. */
  kring_tour_inhibit (GTK_WINDOW (window));
  kring_recovery_dialog_inhibit (GTK_WINDOW (window));
  schedule (task, POLL_MS, wait_until_settled);
}

gboolean
kring_screenshot_run_finish (KringWindow *window, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, window), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
