/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "kring-application.h"
#include "kring-profile.h"
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * KringWindow shows one profile. Its top-level stack moves between four
 * states: "unlock" (opening the data, asking a passphrase, or explaining why
 * the data cannot be opened), "welcome" (an empty database), "main" (the view
 * stack with the five pages) and "locked".
 */
#define KRING_TYPE_WINDOW (kring_window_get_type ())
G_DECLARE_FINAL_TYPE (KringWindow, kring_window, KRING, WINDOW, AdwApplicationWindow)

KringWindow        *kring_window_new                   (KringApplication *application,
                                                        KringProfile     *profile);
KringProfile       *kring_window_get_profile           (KringWindow      *self);
/* The open store, or NULL while the window is locked or still unlocking. */
KringStore         *kring_window_get_store             (KringWindow      *self);
/* Opens the profile; @passphrase may be NULL (keyring mode, or ask the user). */
void                kring_window_unlock                (KringWindow      *self,
                                                        const char       *passphrase);
/* Empties every page, closes the store and shows the locked screen. */
void                kring_window_lock                  (KringWindow      *self);
/* "unlock", "welcome", "main" or "locked"; notified as the "state" property. */
const char         *kring_window_get_state             (KringWindow      *self);
/* Whether the window is waiting for work to finish (opening, loading the example). */
gboolean            kring_window_is_busy               (KringWindow      *self);
const char         *kring_window_get_visible_view_name (KringWindow      *self);
void                kring_window_set_visible_view_name (KringWindow      *self,
                                                        const char       *name);
/* The page widget of a view ("map", "directory", ...), or NULL. */
GtkWidget          *kring_window_get_view              (KringWindow      *self,
                                                        const char       *name);
void                kring_window_add_toast             (KringWindow      *self,
                                                        const char       *title);

/* The view names in switcher order, NULL-terminated. */
const char *const  *kring_window_get_view_names        (void);
gboolean            kring_window_is_view_name          (const char       *name);

G_END_DECLS
