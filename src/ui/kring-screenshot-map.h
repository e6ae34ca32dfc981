/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kring-window.h"

G_BEGIN_DECLS

/*
 * The map page's pictures for the screenshot mode, numbered from
 * @first_number: a partner chosen (side panel open), the map filtered to
 * partners without an agreement, and two saved versions compared side by
 * side and overlaid (one partner moved to the outer ring in between).
 */
#define KRING_SCREENSHOT_MAP_COUNT 4

void     kring_screenshot_map_async  (KringWindow         *window,
                                      const char          *directory,
                                      guint                first_number,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean kring_screenshot_map_finish (KringWindow         *window,
                                      GAsyncResult        *result,
                                      GError             **error);

G_END_DECLS
