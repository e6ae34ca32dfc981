/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Queries behind the directory page ("Sociale kaart"): the filtered, ranked
 * list of organisations and services, the detail of one organisation, the
 * records that are due for a check ("Te controleren"), and marking a record
 * as verified. Every query runs as one job on the store's worker thread and
 * costs a fixed number of SQL statements, however many rows match.
 */

/* The facets that are taxonomy terms (attributes linked to a record). */
typedef enum
{
  KRING_FACET_LIFE_DOMAIN,
  KRING_FACET_LIJN,
  KRING_FACET_TOEGANG,
  KRING_FACET_SECTOR,
  KRING_FACET_TARGET_GROUP,
  KRING_N_TERM_FACETS,
} KringTermFacet;

typedef enum
{
  KRING_FRESHNESS_ANY,
  KRING_FRESHNESS_STALE,  /* never verified, or longer ago than the team allows */
  KRING_FRESHNESS_FRESH,
} KringFreshness;

/* No ring filter; KRING_RING_NONE selects records the team has not placed. */
#define KRING_RING_ANY  (-2)
#define KRING_RING_NONE (-1)
/* The default period after which a record needs a check. */
#define KRING_DEFAULT_STALE_MONTHS 12

typedef struct
{
  char           *text;                        /* what the user typed, or NULL */
  char           *team_id;                     /* NULL: the first team by name */
  char           *terms[KRING_N_TERM_FACETS];  /* a taxonomy term id per facet, or NULL */
  int             ring;                        /* KRING_RING_ANY, KRING_RING_NONE or 0…3 */
  int             age_min;                     /* the age range the record must serve, */
  int             age_max;                     /*   -1 for open ends */
  KringFreshness  freshness;
  guint           limit;                       /* rows returned (0: all); counts cover all */
} KringDirectoryFilter;

KringDirectoryFilter *kring_directory_filter_new  (void);
KringDirectoryFilter *kring_directory_filter_copy (const KringDirectoryFilter *filter);
void                  kring_directory_filter_free (KringDirectoryFilter       *filter);
/* Whether any facet (not the text) is set. */
gboolean              kring_directory_filter_has_facets (const KringDirectoryFilter *filter);
/* The taxonomy kind of a term facet ("life_domain", "lijn", …). */
const char           *kring_term_facet_kind       (KringTermFacet              facet);

/*
 * One query's answer. @entries holds KringRecord rows whose table is
 * "organizations" or "services" and whose columns are: title,
 * organization_id, organization_name, description, lijn, toegang,
 * life_domains, target_groups, sector (term names joined by ", "), ring
 * (integer, -1 when not placed), minimum_age, maximum_age, verified_on,
 * verified_by, stale (0/1) and score. Best first: title matches before body matches.
 */
typedef struct
{
  GListModel  *entries;
  guint        total;         /* rows matching, before the limit */
  GHashTable  *term_counts;   /* term id (char *) -> matching rows (GUINT_TO_POINTER) */
  guint        ring_counts[5]; /* index ring + 1: not placed, kernteam, …, sociale kaart */
  guint        stale;         /* matching rows that need a check */
  char       **match_words;   /* folded words of the query (for highlighting) */
  char        *team_id;       /* the team the rings and freshness refer to, or NULL */
  int          stale_months;
} KringDirectoryResult;

void kring_directory_result_free (KringDirectoryResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringDirectoryResult, kring_directory_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringDirectoryFilter, kring_directory_filter_free)

void                  kring_store_directory_query_async  (KringStore                 *self,
                                                          const KringDirectoryFilter *filter,
                                                          GCancellable               *cancellable,
                                                          GAsyncReadyCallback         callback,
                                                          gpointer                    user_data);
KringDirectoryResult *kring_store_directory_query_finish (KringStore                 *self,
                                                          GAsyncResult               *result,
                                                          GError                    **error);

/*
 * Everything the detail pane shows of one organisation: table name ->
 * GListModel of KringRecord for "organizations" (one row), "services",
 * "locations", "addresses", "schedules", "phones", "contacts",
 * "service_areas", "cost_options", "relationships" and "ring_placements"
 * (of @team_id only), "teams" (that team) and "attributes" (with the extra
 * columns term_name and kind).
 */
void                  kring_store_directory_detail_async  (KringStore          *self,
                                                           const char          *organization_id,
                                                           const char          *team_id,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
GHashTable           *kring_store_directory_detail_finish (KringStore          *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

/*
 * Organisations, services, locations and contacts that need a check for
 * @team_id (NULL: the first team): never verified or verified longer ago
 * than the team's stale_after_months. Oldest first, never verified before
 * all. KringRecord rows of their own table with the columns title,
 * organization_id, organization_name, verified_on and verified_by.
 */
void                  kring_store_directory_stale_async   (KringStore          *self,
                                                           const char          *team_id,
                                                           guint                limit,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
GListModel           *kring_store_directory_stale_finish  (KringStore          *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

/* Sets verified_on to today (local date) and verified_by to @verified_by on
 * one organisation, service, location or contact. */
void                  kring_store_mark_verified_async     (KringStore          *self,
                                                           const char          *table,
                                                           const char          *id,
                                                           const char          *verified_by,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
gboolean              kring_store_mark_verified_finish    (KringStore          *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

/* Lower case without diacritics, so "Cliënt" and "client" compare equal. */
char                 *kring_directory_fold                (const char          *text);
/* @text as escaped Pango markup with every word that starts with one of
 * @words (folded) in bold. */
char                 *kring_directory_markup              (const char          *text,
                                                           const char *const   *words);
/* Whether @verified_on (YYYY-MM-DD…) is missing or older than @months before @today. */
gboolean              kring_directory_is_stale            (const char          *verified_on,
                                                           int                  months,
                                                           GDateTime           *today);

G_END_DECLS
