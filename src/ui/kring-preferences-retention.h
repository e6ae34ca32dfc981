/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The "Retention" page of Preferences: per team of the open store how long
 * closed households are kept (teams.retention_months), the households that
 * are past it, and deleting them after a confirmation. It follows the state
 * of @window (a KringWindow): locked, it is insensitive and shows no
 * household.
 */
#define KRING_TYPE_PREFERENCES_RETENTION (kring_preferences_retention_get_type ())
G_DECLARE_FINAL_TYPE (KringPreferencesRetention, kring_preferences_retention, KRING,
                      PREFERENCES_RETENTION, AdwPreferencesPage)

GtkWidget *kring_preferences_retention_new (GtkWindow *window);

G_END_DECLS
