/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * KringDomainChart: a household's life-domain scores (1–5, dated) drawn as
 * a chart. It is fed with plain data, so the household page, a report
 * preview and the tests can all use it without a store.
 */

/* No score for a domain on a date (the domain was not assessed). */
#define KRING_DOMAIN_SCORE_NONE 0
#define KRING_DOMAIN_SCORE_MIN 1
#define KRING_DOMAIN_SCORE_MAX 5

/**
 * KringDomainSeries:
 * @id: the life domain's id, as the assessment points refer to it
 * @name: the domain's name as the user sees it ("Financiën")
 *
 * One life domain: one row in the profile, one small chart over time. The
 * chart draws the domains in the order given and copies the strings.
 */
typedef struct
{
  const char *id;
  const char *name;
} KringDomainSeries;

/**
 * KringAssessmentPoint:
 * @date: the day of the assessment, "YYYY-MM-DD"
 * @domain_id: the #KringDomainSeries id the score is for
 * @score: 1–5, or %KRING_DOMAIN_SCORE_NONE
 *
 * One domain's score on one assessment date. An assessment is all points
 * with the same date; a domain without a point on that date has no score
 * there. Points for unknown domains or with a malformed date are ignored;
 * a later point for the same date and domain replaces an earlier one.
 */
typedef struct
{
  const char *date;
  const char *domain_id;
  int score;
} KringAssessmentPoint;

/**
 * KringDomainChartMode:
 * @KRING_DOMAIN_CHART_OVER_TIME: one small line chart per domain, or one
 *   large chart for the domain chosen with kring_domain_chart_set_domain()
 * @KRING_DOMAIN_CHART_PROFILE: every domain as a pair of horizontal bars,
 *   the two dates of kring_domain_chart_compare() side by side
 */
typedef enum
{
  KRING_DOMAIN_CHART_OVER_TIME,
  KRING_DOMAIN_CHART_PROFILE,
} KringDomainChartMode;

#define KRING_TYPE_DOMAIN_CHART (kring_domain_chart_get_type ())
G_DECLARE_FINAL_TYPE (KringDomainChart, kring_domain_chart, KRING, DOMAIN_CHART, GtkWidget)

GtkWidget            *kring_domain_chart_new          (void);
void                  kring_domain_chart_set_data     (KringDomainChart           *self,
                                                       const KringDomainSeries    *domains,
                                                       guint                       n_domains,
                                                       const KringAssessmentPoint *points,
                                                       guint                       n_points);
void                  kring_domain_chart_set_mode     (KringDomainChart           *self,
                                                       KringDomainChartMode        mode);
KringDomainChartMode  kring_domain_chart_get_mode     (KringDomainChart           *self);
/* Over time: only the domain with @domain_id, or all when %NULL. */
void                  kring_domain_chart_set_domain   (KringDomainChart           *self,
                                                       const char                 *domain_id);
/* The profile's two dates ("YYYY-MM-DD", both assessment dates); %NULL for
 * either means the first (@date_a) or the latest (@date_b) assessment. */
void                  kring_domain_chart_compare      (KringDomainChart           *self,
                                                       const char                 *date_a,
                                                       const char                 *date_b);
/* The accessible description: the data in words. Owned by the chart. */
const char           *kring_domain_chart_get_summary  (KringDomainChart           *self);

G_END_DECLS
