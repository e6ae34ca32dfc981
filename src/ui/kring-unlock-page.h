/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The screen shown while the data is being opened: a spinner, a passphrase
 * form (create with confirmation, or enter), or one plain-language error state
 * per reason the data cannot be opened. It never touches the data itself: it
 * emits "unlock" with the passphrase (or NULL to try again), or "recover"
 * when the keyring lost the key and the user chooses the recovery key, and
 * the window does the work.
 */
#define KRING_TYPE_UNLOCK_PAGE (kring_unlock_page_get_type ())
G_DECLARE_FINAL_TYPE (KringUnlockPage, kring_unlock_page, KRING, UNLOCK_PAGE, AdwBin)

GtkWidget *kring_unlock_page_new             (void);
void       kring_unlock_page_show_busy       (KringUnlockPage *self,
                                              const char      *message);
/* @create: a new profile (ask twice); @problem: why the last try failed, or NULL. */
void       kring_unlock_page_ask_passphrase  (KringUnlockPage *self,
                                              gboolean         create,
                                              const char      *problem);
/* An error from kring_profile_unlock_finish(); @path is the database file. */
void       kring_unlock_page_show_error      (KringUnlockPage *self,
                                              const GError    *error,
                                              const char      *path);
gboolean   kring_unlock_page_is_busy         (KringUnlockPage *self);
/* "busy", "passphrase" or "error". */
const char *kring_unlock_page_get_mode       (KringUnlockPage *self);

G_END_DECLS
