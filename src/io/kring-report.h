/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-map-graph.h"
#include "kring-map-supply.h"
#include "kring-store.h"
#include "kring-store-analysis.h"

G_BEGIN_DECLS

/*
 * The wijkanalyse of one team, everything read once: the Wijkanalyse page
 * shows it, the report PDF prints it and the CSV export writes its tables,
 * so the three never disagree. Anonymous by construction: it holds counts
 * about households, never a household's label, name, member or note.
 */
typedef struct
{
  char            *team_id;
  char            *team_name;
  char            *municipality;     /* may be NULL */
  char            *area_id;          /* the team's own area (teams.neighbourhood_id), may be NULL */
  GDateTime       *made_on;          /* when it was read (local time) */
  guint            months;           /* "not contacted for N months" of the health lists */

  KringMapGraph   *graph;            /* the team's ecosystem map (life-domain sectors) */
  KringMapSupply  *supply;           /* from @graph, with the demand of @demand set */
  KringDemand     *demand;           /* households per status and per domain, score change, overdue */
  GPtrArray       *health;           /* KRING_HEALTH_N_LISTS GListModels of organisations */

  GListModel      *neighbourhoods;   /* "neighbourhoods" rows with figures, by name */
  GListModel      *figures;          /* "neighbourhood_figures" rows, by neighbourhood, indicator, year */
  GArray          *years;            /* guint, the distinct years of @figures, ascending */
  GHashTable      *notes;            /* chart key (KRING_REPORT_NOTE_*) -> note text; only non-empty */
  GPtrArray       *sources;          /* char *: the distinct sources of @figures */
} KringReport;

/* The charts and tables a note can go with (analysis_notes.chart). */
#define KRING_REPORT_NOTE_FIGURES  "figures"
#define KRING_REPORT_NOTE_SUPPLY   "supply"
#define KRING_REPORT_NOTE_HEALTH   "health"
#define KRING_REPORT_NOTE_DEMAND   "demand"
#define KRING_REPORT_NOTE_NEED     "need"      /* supply next to need */
#define KRING_REPORT_NOTE_GENERAL  "general"   /* the report's own notes page */

/* Reads the wijkanalyse of @team (an id or exact name; NULL: the first team
 * by name). Unknown team: KRING_STORE_ERROR_NOT_FOUND. */
void         kring_report_load_async  (KringStore          *store,
                                       const char          *team,
                                       guint                months,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
KringReport *kring_report_load_finish (GAsyncResult        *result,
                                       GError             **error);
void         kring_report_free        (KringReport         *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringReport, kring_report_free)

/* The stored figure of @indicator (a CBS stem) for the area with id
 * @neighbourhood_id in @year (0: the latest year that has a value). With
 * @neighbourhood_id NULL, the whole area: the team's own area when it has
 * the figure, else a gemeente or wijk that has it, else — for counts only,
 * never for rates or percentages — the sum over every buurt (NAN when one
 * lacks it). Never one buurt standing in for the whole. NAN when there is
 * none or the value is missing ("." in the CBS file). */
double       kring_report_figure      (const KringReport   *report,
                                       const char          *neighbourhood_id,
                                       const char          *indicator,
                                       guint                year);

/* The neighbourhood figure that says something about the need in a life
 * domain (by the domain's name: Sociaal netwerk → single-person
 * households, Financiën → households at the social minimum, …), for the
 * whole area as kring_report_figure (NULL) finds it. */
typedef struct
{
  const char *indicator;   /* the CBS stem */
  const char *area_name;   /* the area it is of; NULL: the buurten together */
  guint       year;
  double      value;
} KringReportNeed;

/* FALSE when the domain has no such figure or the report has no value. */
gboolean     kring_report_need_figure (const KringReport *report,
                                       const char        *domain,
                                       KringReportNeed   *need);

/* The partners close by: organisations and services in the kernteam and
 * inner ring (a cluster counts as many as it stands for; team members are
 * people, not partners). */
guint        kring_report_close_partners (const KringReport *report);
/* The life domains with demand and nobody in the kernteam or inner ring. */
guint        kring_report_gaps           (const KringReport *report);

/* A known CBS stem in plain words ("Inwoners"), else NULL. */
const char  *kring_report_indicator_title (const char       *indicator);

/* "Bron: CBS Kerncijfers wijken en buurten 2023 (CC BY 4.0)": every source,
 * with the licence named when a source is CBS. NULL when there are none. */
char        *kring_report_sources_text (const KringReport  *report);

/* One table of the report as CSV (kring_csv_format's dialect). */
typedef struct
{
  const char *name;     /* file name without ".csv", e.g. "aanbod-per-leefgebied" */
  const char *title;    /* translated, e.g. "Aanbod per leefgebied" */
  GBytes     *bytes;
} KringReportTable;

/* Every table of the report: buurtcijfers (all years side by side), aanbod
 * (supply matrix with gaps), vraag per status, vraag per leefgebied
 * (households, score change, overdue actions), aanbod naast behoefte, and
 * one list per relationship-health question. Call on the thread that
 * loaded @report. GPtrArray of KringReportTable, freed with the array. */
GPtrArray   *kring_report_tables       (const KringReport  *report);
/* Writes every table as NAME.csv into @directory (created if missing),
 * each file atomically. Blocking. */
gboolean     kring_report_csv_write    (const KringReport  *report,
                                        GFile              *directory,
                                        GError            **error);

/* The multi-page A4 report: cover, key figures, the ecosystem map, the
 * supply matrix, relationship health, demand, supply next to need, notes,
 * sources (CBS under CC BY 4.0). Written to a temporary file beside @file
 * and renamed. Blocking: call it from a worker thread or the CLI. */
gboolean     kring_report_pdf_write    (const KringReport  *report,
                                        GFile              *file,
                                        GError            **error);

G_END_DECLS
