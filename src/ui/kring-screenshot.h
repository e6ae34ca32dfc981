/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kring-window.h"

G_BEGIN_DECLS

/* Renders @widget as it is on screen into a PNG file at @path. */
gboolean kring_screenshot_save         (GtkWidget           *widget,
                                        const char          *path,
                                        GError             **error);

/*
 * Waits until @window has finished opening, then saves one picture per page
 * into @directory as NN-<page>.png (01-map.png … 05-team.png). When the window
 * stops at the welcome or unlock screen instead, that screen is saved as
 * 01-welcome.png or 01-unlock.png.
 */
void     kring_screenshot_run_async    (KringWindow         *window,
                                        const char          *directory,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean kring_screenshot_run_finish   (KringWindow         *window,
                                        GAsyncResult        *result,
                                        GError             **error);

G_END_DECLS
