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
  char      *partner;
  char      *before;
  GtkWidget *compare;
} Map;

static void
map_clear (Map *map)
{
  if (map->compare != NULL)
    gtk_window_destroy (GTK_WINDOW (map->compare));
  g_clear_object (&map->compare);
  g_free (map->partner);
  g_free (map->before);
}

static KringMapPage *
map_page (KringShotRun *run)
{
  return KRING_MAP_PAGE (kring_window_get_view (kring_shot_run_window (run), "map"));
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

static void
select_partner (KringShotRun *run)
{
  Map *map = kring_shot_run_data (run);
  KringMapPage *page;

  kring_window_set_visible_view_name (kring_shot_run_window (run), "map");
  page = map_page (run);
  map->partner = g_strdup (pick_partner (page));
  if (!kring_map_page_is_loaded (page) || map->partner == NULL)
    {
      kring_shot_run_fail (run, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                                     _("The map has no partner in the inner ring to show")));
      return;
    }
  kring_map_page_show_node (page, map->partner);
  kring_shot_run_next (run, SHOT_DELAY_MS);
}

static void
shoot_selected (KringShotRun *run)
{
  KringMapPage *page = map_page (run);

  if (!kring_shot_run_save (run, NULL, "map-selected"))
    return;
  gtk_widget_activate_action (GTK_WIDGET (page), "map.close-panel", NULL);
  kring_map_filters_set_quality (kring_map_page_get_filters (page),
                                 KRING_MAP_FILTER_NO_AGREEMENT, TRUE);
  kring_shot_run_next (run, SHOT_DELAY_MS);
}

static void
shoot_filtered (KringShotRun *run)
{
  KringMapPage *page = map_page (run);

  if (!kring_shot_run_save (run, NULL, "map-filtered"))
    return;
  kring_map_filters_clear (kring_map_page_get_filters (page));
  kring_map_page_save_version_async (page, _("Before the team meeting"), NULL,
                                     kring_shot_run_resume, kring_shot_run_hold (run));
}

static void
move_partner (KringShotRun *run)
{
  Map *map = kring_shot_run_data (run);
  KringMapPage *page = map_page (run);
  GError *error = NULL;

  map->before = kring_map_page_save_version_finish (page, kring_shot_run_result (run), &error);
  if (map->before == NULL)
    kring_shot_run_fail (run, error);
  else
    kring_map_page_move_node_async (page, map->partner, 2, NULL, kring_shot_run_resume,
                                    kring_shot_run_hold (run));
}

static void
open_versions (KringShotRun *run)
{
  Map *map = kring_shot_run_data (run);
  GtkWidget *window = GTK_WIDGET (kring_shot_run_window (run));
  GError *error = NULL;

  if (!kring_map_page_move_node_finish (map_page (run), kring_shot_run_result (run), &error))
    {
      kring_shot_run_fail (run, error);
      return;
    }
  /* The earlier version against the map as it is now, which shows the move. */
  map->compare = g_object_ref (kring_map_page_open_versions (map_page (run)));
  /* As large as the main window, like every other picture. */
  gtk_window_set_default_size (GTK_WINDOW (map->compare), gtk_widget_get_width (window),
                               gtk_widget_get_height (window));
  kring_shot_run_next (run, POLL_MS);
}

static void
select_before (KringShotRun *run)
{
  Map *map = kring_shot_run_data (run);
  KringMapCompare *compare = KRING_MAP_COMPARE (map->compare);

  if (kring_map_compare_is_loading (compare))
    kring_shot_run_again (run, POLL_MS);
  else if (!kring_map_compare_select (compare, map->before, NULL))
    kring_shot_run_fail (run, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                                   _("The saved version is not in the list")));
  else
    kring_shot_run_next (run, SHOT_DELAY_MS);
}

static void
shoot_compare (KringShotRun *run)
{
  Map *map = kring_shot_run_data (run);

  if (!kring_shot_run_save (run, map->compare, "map-compare"))
    return;
  kring_map_compare_set_overlay (KRING_MAP_COMPARE (map->compare), TRUE);
  kring_shot_run_next (run, SHOT_DELAY_MS);
}

static void
shoot_overlay (KringShotRun *run)
{
  Map *map = kring_shot_run_data (run);

  if (kring_shot_run_save (run, map->compare, "map-compare-overlay"))
    kring_shot_run_next (run, 0);
}

static const KringShotStep steps[] = {
  select_partner, shoot_selected, shoot_filtered, move_partner, open_versions, select_before,
  shoot_compare, shoot_overlay,
};

const KringShotPart kring_screenshot_map_part =
  KRING_SHOT_PART (steps, KRING_SCREENSHOT_MAP_COUNT, Map, map_clear);
