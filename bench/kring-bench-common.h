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

/* The example district in a new store in a temporary folder, under a
 * random key; @path gets the database's path. kring_bench_remove_store()
 * closes the store and deletes the file and its folder. */
KringStore *kring_bench_open_demo_store (const char  *name,
                                         char       **path);
void        kring_bench_remove_store    (KringStore  *store,
                                         const char  *path);
/* Adds a synthetic municipality (kring_bench_generate(), fixed seed) of
 * @n_services services and two organisations for every five services;
 * returns its records. */
GPtrArray  *kring_bench_add_municipality (KringStore *store,
                                          int         n_services);
/* The number of services from the command line (argv[1]), 20,000 without
 * one; exits with a message on a number that is not positive. */
int         kring_bench_n_services   (int         argc,
                                      char       *argv[]);
/* The value at @fraction (0…1) of @times (doubles; sorted in place). */
double      kring_bench_percentile   (GArray     *times,
                                      double      fraction);

G_END_DECLS
