/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-window.h"

G_BEGIN_DECLS

/*
 * One household of the example district for the screenshot run: its tabs
 * Overzicht, Leefgebieden, Plan and Ecogram, saved into @directory as
 * NN-household-<tab>.png numbered from @first_number, and the plan as the
 * PDF letter the household gets (NN-household-plan.pdf; the screenshot
 * script renders its pages to PNG).
 */
#define KRING_SCREENSHOT_HOUSEHOLD_COUNT 5

void     kring_screenshot_household_async  (KringWindow         *window,
                                            const char          *directory,
                                            guint                first_number,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean kring_screenshot_household_finish (KringWindow         *window,
                                            GAsyncResult        *result,
                                            GError             **error);

G_END_DECLS
