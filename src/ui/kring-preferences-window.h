/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kring-profile.h"

G_BEGIN_DECLS

/* Automatic locking (bound to GSettings) and, read-only, where the data lives
 * and how its key is kept. */
#define KRING_TYPE_PREFERENCES_WINDOW (kring_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (KringPreferencesWindow, kring_preferences_window, KRING, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWindow *kring_preferences_window_new (GtkWindow    *parent,
                                         KringProfile *profile);

/* Shows the Retention page (periods per team, households due). */
void       kring_preferences_window_show_retention (KringPreferencesWindow *self);

G_END_DECLS
