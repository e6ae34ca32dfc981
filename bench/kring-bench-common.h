/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * A synthetic municipality for the benchmarks: @n_organizations
 * organisations with @n_services services between them, each organisation
 * with a location, an address, a contact and phones, each service with a
 * phone, a service area, a service_at_location and life domain, lijn and
 * toegang attributes linking the default vocabularies. Dutch-like names and
 * descriptions, made from word lists with a fixed seed, so every run builds
 * the same directory. Records in dependency order; the vocabularies
 * (taxonomies, taxonomy_terms) must already be in the store they go to.
 */
GPtrArray *kring_bench_generate (KringStore *store,
                                 guint       n_organizations,
                                 guint       n_services,
                                 guint32     seed);

/* Blocking helpers for benchmark programs (they iterate the main context). */
/* Loads the example district (Voorbeeldwijk) into @store. */
void        kring_bench_load_demo    (KringStore *store);
KringStore *kring_bench_open_store   (const char *path,
                                      KringKey   *key);
void        kring_bench_close_store  (KringStore *store);
void        kring_bench_save         (KringStore *store,
                                      GPtrArray  *records);
GListModel *kring_bench_list         (KringStore *store,
                                      const char *table);
GAsyncResult *kring_bench_wait       (GAsyncResult **result);
void        kring_bench_store_result (GObject      *source,
                                      GAsyncResult *result,
                                      gpointer      user_data);
double      kring_bench_now          (void);
/* The value at @fraction (0…1) of @times (doubles; sorted in place). */
double      kring_bench_percentile   (GArray     *times,
                                      double      fraction);

G_END_DECLS
