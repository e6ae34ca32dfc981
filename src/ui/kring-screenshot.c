/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-directory-page.h"
#include "kring-screenshot-analysis.h"
#include "kring-screenshot-import.h"
#include "kring-screenshot-map.h"
#include "kring-screenshot-household.h"
#include "kring-screenshot-security.h"
#include "kring-screenshot-steps.h"
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

#define RENDER_WAIT_USEC (10 * G_USEC_PER_SEC)
#define RENDER_POLL_USEC 5000

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

typedef struct
{
  guint    index;    /* of the page being taken */
  gboolean screen;   /* the window stopped at the welcome or unlock screen */
} Pages;

/* Gives the window a moment to start opening its data before asking it. */
static void
pause_first (KringShotRun *run)
{
  kring_shot_run_next (run, POLL_MS);
}

static void
wait_until_settled (KringShotRun *run)
{
  Pages *pages = kring_shot_run_data (run);
  KringWindow *window = kring_shot_run_window (run);
  const char *state = kring_window_get_state (window);

  if (kring_window_is_busy (window) || g_strcmp0 (state, "locked") == 0)
    kring_shot_run_wait (run, POLL_MS, SETTLE_TIMEOUT_USEC,
                         _("The window did not finish opening its data"));
  else if (g_strcmp0 (state, "main") == 0)
    {
      kring_window_set_visible_view_name (window, kring_window_get_view_names ()[0]);
      kring_shot_run_next (run, FIRST_PAGE_DELAY_MS);
    }
  else
    {
      pages->screen = TRUE;
      kring_shot_run_next (run, PAGE_DELAY_MS);
    }
}

/* Every page in turn; then the sociale kaart with one service open in the
 * detail pane. */
static void
shoot_pages (KringShotRun *run)
{
  Pages *pages = kring_shot_run_data (run);
  KringWindow *window = kring_shot_run_window (run);
  const char *const *names = kring_window_get_view_names ();
  GtkWidget *directory;

  if (pages->screen)
    {
      if (kring_shot_run_save (run, NULL, kring_window_get_state (window)))
        kring_shot_run_done (run);
      return;
    }
  if (!kring_shot_run_save (run, NULL, names[pages->index]))
    return;
  if (names[++pages->index] != NULL)
    {
      kring_window_set_visible_view_name (window, names[pages->index]);
      kring_shot_run_again (run, PAGE_DELAY_MS);
      return;
    }
  kring_window_set_visible_view_name (window, "directory");
  directory = kring_window_get_view (window, "directory");
  kring_directory_page_select_result (KRING_DIRECTORY_PAGE (directory), DETAIL_POSITION);
  kring_shot_run_next (run, PAGE_DELAY_MS);
}

static void
shoot_detail (KringShotRun *run)
{
  if (kring_shot_run_save (run, NULL, "directory-detail"))
    kring_shot_run_next (run, 0);
}

static const KringShotStep page_steps[] = { pause_first, wait_until_settled, shoot_pages,
                                            shoot_detail };
static const KringShotPart pages_part = KRING_SHOT_PART (page_steps, 0, Pages, NULL);

/* The main pages, then the map page's own pictures, the import dialog's,
 * a household's, the issue 6 pages' and the issue 7 ones. */
static const KringShotPart *const parts[] = {
  &pages_part,
  &kring_screenshot_map_part,
  &kring_screenshot_import_part,
  &kring_screenshot_household_part,
  &kring_screenshot_analysis_part,
  &kring_screenshot_security_part,
  NULL,
};

void
kring_screenshot_run_async (KringWindow *window, const char *directory,
                            GCancellable *cancellable, GAsyncReadyCallback callback,
                            gpointer user_data)
{
  g_return_if_fail (KRING_IS_WINDOW (window));
  g_return_if_fail (directory != NULL);

  /* The pages are shot as they are; the tour gets its own picture. */
  kring_tour_inhibit (GTK_WINDOW (window));
  kring_recovery_dialog_inhibit (GTK_WINDOW (window));
  kring_shot_run_async (window, directory, parts, cancellable, callback, user_data);
}

gboolean
kring_screenshot_run_finish (KringWindow *window, GAsyncResult *result, GError **error)
{
  return kring_shot_run_finish (window, result, error);
}
