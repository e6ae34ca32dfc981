/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-window.h"

G_BEGIN_DECLS

/*
 * The import dialog's pictures for the screenshot run: the preview of a
 * small HSDS file that adds two organisations and updates one of the
 * example district, then the error for a file with a wrong type in it.
 * Saved into @directory as NN-import-preview.png and NN-import-error.png,
 * numbered from @first_index (1-based).
 */
#define KRING_SCREENSHOT_IMPORT_COUNT 2

void     kring_screenshot_import_async  (KringWindow         *window,
                                         const char          *directory,
                                         guint                first_index,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean kring_screenshot_import_finish (KringWindow         *window,
                                         GAsyncResult        *result,
                                         GError             **error);

G_END_DECLS
