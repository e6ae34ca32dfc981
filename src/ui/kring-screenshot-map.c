/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-map-compare.h"
#include "kring-map-page.h"
#include "kring-screenshot-map.h"
#include "kring-screenshot.h"

/* Pages and windows fill themselves asynchronously; these pauses let them
 * finish drawing. */
#define SHOT_DELAY_MS 1500
#define POLL_MS 100

typedef struct
{
  char      *directory;
  guint      number;
  char      *partner;
  char      *before;
  GtkWidget *compare;
} Run;

static void
run_free (Run *run)
{
  if (run->compare != NULL)
    gtk_window_destroy (GTK_WINDOW (run->compare));
  g_clear_object (&run->compare);
  g_free (run->directory);
  g_free (run->partner);
  g_free (run->before);
  g_free (run);
}

static KringMapPage *
map_page (GTask *task)
{
  return KRING_MAP_PAGE (kring_window_get_view (g_task_get_source_object (task), "map"));
}

static void
schedule (GTask *task, guint delay_ms, GSourceFunc step)
{
  g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, step, g_object_ref (task), g_object_unref);
}

/* Saves @widget as NN-@name.png; FALSE (and the task returned) on failure. */
static gboolean
save (GTask *task, GtkWidget *widget, const char *name)
{
  Run *run = g_task_get_task_data (task);
  g_autofree char *file = g_strdup_printf ("%02u-%s.png", run->number++, name);
  g_autofree char *path = g_build_filename (run->directory, file, NULL);
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return FALSE;
  if (kring_screenshot_save (widget, path, &error))
    return TRUE;
  g_task_return_error (task, error);
  return FALSE;
}

/* A partner in the inner ring with a known relationship, a fixed contact
 * person first: the panel then has the most to show. */
static const char *
pick_partner (KringMapPage *page)
{
  const KringMapGraph *graph = kring_map_view_get_graph (kring_map_page_get_view (page));
  const char *found = NULL;

  for (guint i = 0; graph != NULL && i < graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (graph->nodes, i);

      if (node->kind != KRING_MAP_NODE_PARTNER || node->ring != 1 || !node->quality.known)
        continue;
      if (node->quality.has_fixed_contact)
        return node->id;
      if (found == NULL)
        found = node->id;
    }
  return found;
}

static gboolean
shoot_overlay (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);

  if (save (task, run->compare, "map-compare-overlay"))
    g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
shoot_compare (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);

  if (!save (task, run->compare, "map-compare"))
    return G_SOURCE_REMOVE;
  kring_map_compare_set_overlay (KRING_MAP_COMPARE (run->compare), TRUE);
  schedule (task, SHOT_DELAY_MS, shoot_overlay);
  return G_SOURCE_REMOVE;
}

static gboolean
wait_for_versions (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  KringMapCompare *compare = KRING_MAP_COMPARE (run->compare);

  if (kring_map_compare_is_loading (compare))
    schedule (task, POLL_MS, wait_for_versions);
  else if (!kring_map_compare_select (compare, run->before, NULL))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                             _("The saved version is not in the list"));
  else
    schedule (task, SHOT_DELAY_MS, shoot_compare);
  return G_SOURCE_REMOVE;
}

static void
on_moved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  if (!kring_map_page_move_node_finish (KRING_MAP_PAGE (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* The earlier version against the map as it is now, which shows the move. */
  run->compare = kring_map_page_open_versions (KRING_MAP_PAGE (source));
  g_object_ref (run->compare);
  /* As large as the main window, like every other picture. */
  gtk_window_set_default_size (GTK_WINDOW (run->compare),
                               gtk_widget_get_width (g_task_get_source_object (task)),
                               gtk_widget_get_height (g_task_get_source_object (task)));
  schedule (task, POLL_MS, wait_for_versions);
}

static void
on_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  run->before = kring_map_page_save_version_finish (KRING_MAP_PAGE (source), result, &error);
  if (run->before == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  kring_map_page_move_node_async (KRING_MAP_PAGE (source), run->partner, 2, NULL, on_moved,
                                  g_steal_pointer (&task));
}

static gboolean
shoot_filtered (gpointer user_data)
{
  GTask *task = user_data;
  KringMapPage *page = map_page (task);

  if (!save (task, g_task_get_source_object (task), "map-filtered"))
    return G_SOURCE_REMOVE;
  kring_map_filters_clear (kring_map_page_get_filters (page));
  kring_map_page_save_version_async (page, _("Before the team meeting"), NULL, on_saved,
                                     g_object_ref (task));
  return G_SOURCE_REMOVE;
}

static gboolean
shoot_selected (gpointer user_data)
{
  GTask *task = user_data;
  KringMapPage *page = map_page (task);

  if (!save (task, g_task_get_source_object (task), "map-selected"))
    return G_SOURCE_REMOVE;
  gtk_widget_activate_action (GTK_WIDGET (page), "map.close-panel", NULL);
  kring_map_filters_set_quality (kring_map_page_get_filters (page),
                                 KRING_MAP_FILTER_NO_AGREEMENT, TRUE);
  schedule (task, SHOT_DELAY_MS, shoot_filtered);
  return G_SOURCE_REMOVE;
}

void
kring_screenshot_map_async (KringWindow *window, const char *directory, guint first_number,
                            GCancellable *cancellable, GAsyncReadyCallback callback,
                            gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  KringMapPage *page;
  Run *run;

  g_return_if_fail (KRING_IS_WINDOW (window));

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_screenshot_map_async);
  run = g_new0 (Run, 1);
  run->directory = g_strdup (directory);
  run->number = first_number;
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  kring_window_set_visible_view_name (window, "map");
  page = map_page (task);
  run->partner = g_strdup (pick_partner (page));
  if (!kring_map_page_is_loaded (page) || run->partner == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("The map has no partner in the inner ring to show"));
      return;
    }
  kring_map_page_show_node (page, run->partner);
  schedule (task, SHOT_DELAY_MS, shoot_selected);
}

gboolean
kring_screenshot_map_finish (KringWindow *window, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, window), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
