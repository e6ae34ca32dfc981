/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * What the five main-window pages share while they show a summary of the
 * store: one asynchronous load of the tables a page needs (cancelled when the
 * store changes or the page goes away), the loading/empty/error states of the
 * page's GtkStack, and small builders for rows, figures and dates.
 *
 * A page's template holds a GtkStack with the children "empty" (an
 * AdwStatusPage) and "content"; kring_summary_new() adds "loading" (a spinner)
 * and "error".
 */

/* One table to read completely, in the order of @order_by (NULL: by rowid). */
typedef struct
{
  const char *table;
  const char *order_by;
} KringSummaryQuery;

/* The rows and counts of one load. Lists of tables that were not queried (or
 * do not exist) are empty, never NULL. */
typedef struct _KringSummaryData KringSummaryData;

guint         kring_summary_data_count (KringSummaryData *data,
                                        const char       *table);
GListModel   *kring_summary_data_list  (KringSummaryData *data,
                                        const char       *table);
/* The record of @table with @id, or NULL (looked up in the loaded list). */
KringRecord  *kring_summary_data_find  (KringSummaryData *data,
                                        const char       *table,
                                        const char       *id);

/* Whether a taxonomy term belongs to a taxonomy of @kind. Needs "taxonomies". */
gboolean      kring_summary_data_term_is (KringSummaryData *data,
                                          KringRecord      *term,
                                          const char       *kind);
/* For every organisation (by id), the taxonomy terms of @kind ("lijn",
 * "toegang", "life_domain", ...) attached to it or to one of its services,
 * without duplicates. Needs "attributes", "taxonomy_terms", "taxonomies" and
 * "services" in the load. Values are GPtrArrays of KringRecord. */
GHashTable   *kring_summary_data_terms_by_organization (KringSummaryData *data,
                                                        const char       *kind);

/* Fills the page's widgets; returns FALSE when there is nothing to show,
 * so the page shows its "empty" status page instead. */
typedef gboolean (*KringSummaryFillFunc)  (gpointer          page,
                                           KringSummaryData *data);
/* Drops every row and text the page shows (on lock and before a refill). */
typedef void     (*KringSummaryClearFunc) (gpointer          page);

typedef struct _KringSummary KringSummary;

KringSummary *kring_summary_new       (gpointer                 page,
                                       GtkStack                *stack,
                                       const KringSummaryQuery *queries,
                                       guint                    n_queries,
                                       KringSummaryFillFunc     fill,
                                       KringSummaryClearFunc    clear);
/* Cancels any load in flight; the page is not touched afterwards. */
void          kring_summary_free      (KringSummary            *self);
void          kring_summary_set_store (KringSummary            *self,
                                       KringStore              *store);
void          kring_summary_reload    (KringSummary            *self);

/* Removes every child of a GtkListBox, GtkFlowBox or GtkBox. */
void          kring_summary_clear     (GtkWidget               *container);

/* An AdwActionRow whose title and subtitle are plain text, never markup. */
GtkWidget    *kring_summary_row_new   (const char              *title,
                                       const char              *subtitle);
/* An AdwExpanderRow with plain-text title and subtitle. */
GtkWidget    *kring_summary_expander_new (const char           *title,
                                          const char           *subtitle);
/* Adds a text at the end of a row (a count, a status), styled by @css_class. */
void          kring_summary_row_add_tag (GtkWidget             *row,
                                         const char            *text,
                                         const char            *css_class);
/* Appends a card with a large figure and a caption to a horizontal box. */
void          kring_summary_add_figure (GtkBox                 *box,
                                        guint                   value,
                                        const char             *caption);

/* "14 jan 2027" for an ISO 8601 date or date-time; NULL if @iso is unusable. */
char         *kring_summary_format_date (const char            *iso);
/* The local date of an ISO 8601 date or date-time, or NULL. */
GDateTime    *kring_summary_parse_date  (const char            *iso);
/* Whether @iso is missing or lies more than @months months before now. */
gboolean      kring_summary_is_older_than (const char          *iso,
                                           int                  months);
/* "A, B, C and 4 more" from a list of names (first @max shown). */
char         *kring_summary_join_names  (GPtrArray             *names,
                                         guint                  max);
/* Joins the non-empty parts (NULL ones are skipped) with " · "; NULL when
 * all are empty. */
char         *kring_summary_join_parts  (const char *const     *parts,
                                         guint                  n_parts);

G_END_DECLS
