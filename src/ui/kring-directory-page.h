/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * The sociale kaart: search as you type with facet filters on the left, a
 * "To check" list beside the results, and the detail of the chosen
 * organisation or service on the right. Setting a store loads the page;
 * setting NULL (on lock) drops everything it showed.
 */
#define KRING_TYPE_DIRECTORY_PAGE (kring_directory_page_get_type ())
G_DECLARE_FINAL_TYPE (KringDirectoryPage, kring_directory_page, KRING, DIRECTORY_PAGE, AdwBin)

void  kring_directory_page_set_store   (KringDirectoryPage *self,
                                        KringStore         *store);
/* Re-reads the store (after an import, the example district, an edit elsewhere). */
void  kring_directory_page_reload      (KringDirectoryPage *self);
/* Shows one organisation, service or contact (its organisation) in the detail pane. */
void  kring_directory_page_show_record (KringDirectoryPage *self,
                                        const char         *table,
                                        const char         *id);

/* Selects the result at @position (as a click would) and shows its detail. */
void  kring_directory_page_select_result (KringDirectoryPage *self,
                                          guint               position);

G_END_DECLS
