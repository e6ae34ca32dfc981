/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-household-view.h"
#include "kring-store.h"

G_BEGIN_DECLS

/* One page of the main window's view stack. Setting a store loads the page's
 * content asynchronously; setting NULL (on lock) drops everything it showed. */
#define KRING_TYPE_HOUSEHOLDS_PAGE (kring_households_page_get_type ())
G_DECLARE_FINAL_TYPE (KringHouseholdsPage, kring_households_page, KRING, HOUSEHOLDS_PAGE, AdwBin)

void  kring_households_page_set_store (KringHouseholdsPage *self,
                                              KringStore *store);
/* Re-reads the store (after an import, the example district, an edit elsewhere). */
void  kring_households_page_reload    (KringHouseholdsPage *self);

/* Opens one household over the whole page (NULL: back to the list), and the
 * view that shows it. */
void                kring_households_page_open_household (KringHouseholdsPage *self,
                                                          const char          *household_id);
KringHouseholdView *kring_households_page_get_household_view (KringHouseholdsPage *self);

G_END_DECLS
