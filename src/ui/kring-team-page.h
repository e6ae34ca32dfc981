/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/* One page of the main window's view stack. Setting a store loads the page's
 * content asynchronously; setting NULL (on lock) drops everything it showed. */
#define KRING_TYPE_TEAM_PAGE (kring_team_page_get_type ())
G_DECLARE_FINAL_TYPE (KringTeamPage, kring_team_page, KRING, TEAM_PAGE, AdwBin)

void  kring_team_page_set_store (KringTeamPage *self,
                                  KringStore *store);
/* Re-reads the store (after an import, the example district, an edit elsewhere). */
void  kring_team_page_reload    (KringTeamPage *self);

/* Shows the glossary with @term looked up (its entry opened when it exists). */
void  kring_team_page_show_term (KringTeamPage *self,
                                 const char    *term);

G_END_DECLS
