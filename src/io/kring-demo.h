/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

#define KRING_IO_ERROR (kring_io_error_quark ())

typedef enum
{
  KRING_IO_ERROR_PARSE,    /* malformed input (JSON, CSV, encoding) */
  KRING_IO_ERROR_INVALID,  /* well-formed, but a value or structure is wrong */
  KRING_IO_ERROR_FAILED,
} KringIoError;

GQuark kring_io_error_quark (void);

/* A JSON parser error as "line L, character C: what" for people to read. */
char  *kring_io_describe_json_error (const GError *error);

/*
 * The example district "Wijkteam Noord" of a fictional municipality (see
 * data/demo/voorbeeldwijk.json). Loaded from
 * the bundled JSON resource through kring_store_save_async(), the same API the
 * UI uses, in one transaction. Dates in the file may be relative to today
 * ("@today-90d", "@today+14d", "@today-3m") so the example never goes stale.
 */
void      kring_demo_load_async   (KringStore          *store,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean  kring_demo_load_finish  (KringStore          *store,
                                   GAsyncResult        *result,
                                   GError             **error);

/*
 * Starts an empty profile: the default vocabularies (life domains, sectors,
 * lijn, toegang, target groups) and one team called @team_name, in one
 * transaction. The example district uses the same vocabularies.
 */
void      kring_demo_start_empty_async  (KringStore          *store,
                                         const char          *team_name,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean  kring_demo_start_empty_finish (KringStore          *store,
                                         GAsyncResult        *result,
                                         GError             **error);

/* Parses a demo document into records (in dependency order); exposed for tests. */
GPtrArray *kring_demo_parse       (GBytes              *json,
                                   GDateTime           *today,
                                   GError             **error);

G_END_DECLS
