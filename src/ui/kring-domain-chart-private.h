/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-domain-chart.h"

G_BEGIN_DECLS

/*
 * What the chart's files share: the data as the chart keeps it, and the
 * geometry, so the drawing, the tooltip and the tests agree on where each
 * point and bar is.
 */

struct _KringDomainChart
{
  GtkWidget            parent_instance;

  GPtrArray           *ids;        /* domain ids, in the order given */
  GPtrArray           *names;      /* domain names, same order */
  GPtrArray           *dates;      /* assessment dates "YYYY-MM-DD", ascending, unique */
  GByteArray          *scores;     /* [domain * dates->len + date], 0 for none */
  KringDomainChartMode mode;
  int                  domain;     /* over time: the one domain shown, or -1 for all */
  char                *compare_a;  /* profile dates as asked, NULL for the default */
  char                *compare_b;
  char                *summary;
};

/* The score of @domain on the @date-th assessment, or KRING_DOMAIN_SCORE_NONE. */
int      kring_domain_chart_score         (KringDomainChart *self,
                                           guint             domain,
                                           guint             date);
/* The profile's two dates as indices into dates; FALSE without assessments. */
gboolean kring_domain_chart_compared      (KringDomainChart *self,
                                           guint            *date_a,
                                           guint            *date_b);
gboolean kring_domain_chart_is_empty      (KringDomainChart *self);
/* The domains over time shows: all, or the one chosen. */
guint    kring_domain_chart_n_shown       (KringDomainChart *self);
guint    kring_domain_chart_shown_domain  (KringDomainChart *self,
                                           guint             slot);

/* Short and long Dutch-style dates ("mrt 2026", "4 maart 2026"); @with_year
 * FALSE leaves the year out of the long form. */
char    *kring_domain_chart_short_date    (const char       *date);
char    *kring_domain_chart_long_date     (const char       *date,
                                           gboolean          with_year);

/* Geometry, in widget coordinates for a chart @width wide. */
int      kring_domain_chart_height_for    (KringDomainChart *self,
                                           int               width);
void     kring_domain_chart_cell          (KringDomainChart *self,
                                           guint             slot,
                                           int               width,
                                           graphene_rect_t  *cell);
void     kring_domain_chart_plot          (const graphene_rect_t *cell,
                                           graphene_rect_t  *plot);
double   kring_domain_chart_score_y       (const graphene_rect_t *plot,
                                           double            score);
double   kring_domain_chart_date_x        (KringDomainChart *self,
                                           const graphene_rect_t *plot,
                                           guint             date);
/* The profile row of domain @domain, and its bar for the first (@second
 * FALSE) or second date, as long as the score; empty without a score. */
void     kring_domain_chart_row           (KringDomainChart *self,
                                           guint             domain,
                                           int               width,
                                           graphene_rect_t  *row);
void     kring_domain_chart_bar           (KringDomainChart *self,
                                           guint             domain,
                                           gboolean          second,
                                           int               width,
                                           graphene_rect_t  *bar);

/* What the tooltip says at (@x, @y); NULL where there is nothing to say. */
char    *kring_domain_chart_tooltip_at    (KringDomainChart *self,
                                           double            x,
                                           double            y);

void     kring_domain_chart_draw          (KringDomainChart *self,
                                           GtkSnapshot      *snapshot);

G_END_DECLS
