/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * Shown when the database is empty. Its buttons activate window actions
 * (win.load-example, win.start-empty, win.import); while the example district
 * loads the page shows progress.
 */
#define KRING_TYPE_WELCOME_PAGE (kring_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (KringWelcomePage, kring_welcome_page, KRING, WELCOME_PAGE, AdwBin)

GtkWidget *kring_welcome_page_new      (void);
void       kring_welcome_page_set_busy (KringWelcomePage *self,
                                        gboolean          busy);
gboolean   kring_welcome_page_get_busy (KringWelcomePage *self);

G_END_DECLS
