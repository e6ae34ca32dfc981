/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store-directory.h"

G_BEGIN_DECLS

/*
 * The facet menus of the directory page: life domain, lijn, toegang, ring,
 * sector, target group, age and freshness. Each is a drop-down whose first
 * item means "all"; the chosen ones combine. Emits "changed" when one changes.
 */
#define KRING_TYPE_DIRECTORY_FILTERS (kring_directory_filters_get_type ())
G_DECLARE_FINAL_TYPE (KringDirectoryFilters, kring_directory_filters, KRING, DIRECTORY_FILTERS,
                      GtkWidget)

/* @taxonomies and @terms: KringRecord rows of those tables (terms in display order). */
void     kring_directory_filters_set_terms      (KringDirectoryFilters *self,
                                                 GListModel            *taxonomies,
                                                 GListModel            *terms);
/* The team's names of rings 0…3 (NULL entries: the default names). */
void     kring_directory_filters_set_ring_names (KringDirectoryFilters *self,
                                                 const char *const     *names);
/* Copies the chosen facets into @filter. */
void     kring_directory_filters_apply          (KringDirectoryFilters *self,
                                                 KringDirectoryFilter  *filter);
/* Back to "all" everywhere; emits "changed" once if anything was set. */
void     kring_directory_filters_clear          (KringDirectoryFilters *self);
gboolean kring_directory_filters_is_active      (KringDirectoryFilters *self);
/* The drop-down of one facet (tests, keyboard focus): 0…7 in display order. */
GtkDropDown *kring_directory_filters_get_drop_down (KringDirectoryFilters *self,
                                                    guint                  index);

G_END_DECLS
