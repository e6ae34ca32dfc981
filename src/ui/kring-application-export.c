/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-application-export.h"
#include "kring-map-render.h"
#include "kring-store-map.h"

/*
 * The map export of the command line. The layout and drawing are the ones
 * the map page uses, so the file shows what the window would.
 */

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static KringMapGraph *
load_graph (KringStore  *store,
            const char  *team,
            GError     **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_map_load_async (store, team, KRING_MAP_SECTORS_SECTOR, TRUE, NULL, store_result,
                              &pending);
  while (pending == NULL)
    g_main_context_iteration (NULL, TRUE);
  result = g_steal_pointer (&pending);
  return kring_store_map_load_finish (store, result, NULL, error);
}

gboolean
kring_application_export_map (KringStore  *store,
                              const char  *path,
                              const char  *team,
                              GError     **error)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (KringMapGraph) graph = NULL;
  g_autoptr (KringMapLayout) layout = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = kring_map_format_date (now);
  KringMapLayoutOptions options;

  g_return_val_if_fail (KRING_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  graph = load_graph (store, team, error);
  if (graph == NULL)
    return FALSE;
  /* Clustered, as the map page first shows it: a page has no room for
   * every organisation of the sociale kaart by name. */
  kring_map_layout_options_init (&options);
  options.expand_all = FALSE;
  options.measure = kring_map_render_measure;
  layout = kring_map_layout_compute (graph, &options);
  if (!kring_map_export (layout, graph->title, date, file, error))
    return FALSE;
  g_print (_("Exported the map to “%s”\n"), path);
  return TRUE;
}
