/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-analysis-page.h"
#include "kring-report.h"

G_BEGIN_DECLS

/* The page's sections that can carry a note, top to bottom. */
typedef enum
{
  KRING_ANALYSIS_FIGURES,
  KRING_ANALYSIS_SUPPLY,
  KRING_ANALYSIS_HEALTH,
  KRING_ANALYSIS_DEMAND,
  KRING_ANALYSIS_NEED,
  KRING_ANALYSIS_N_SECTIONS,
} KringAnalysisSection;

typedef struct
{
  GtkBox    *box;         /* the whole section */
  GtkBox    *body;        /* refilled on every load */
  GtkLabel  *note;        /* the note under the chart, hidden when empty */
  GtkButton *note_button;
} KringAnalysisPart;

struct _KringAnalysisPage
{
  AdwBin            parent_instance;

  GtkStack         *stack;
  GtkSpinner       *spinner;
  AdwStatusPage    *error_page;
  AdwToastOverlay  *overlay;
  GtkBox           *sections;
  GtkBox           *key_figures;
  GtkDropDown      *team_drop;
  GtkDropDown      *months_drop;
  KringAnalysisPart parts[KRING_ANALYSIS_N_SECTIONS];

  KringStore       *store;
  GCancellable     *cancellable;
  KringReport      *report;
  GListModel       *teams;      /* "teams" rows, by name */
  char             *team_id;    /* the chosen team, remembered while the app runs */
  guint             months;
  gboolean          filling;    /* set while the drop-downs are refilled */
  char             *last_message; /* the last toast's text, for tests */
};

/* The chart key (KRING_REPORT_NOTE_*) of each section. */
const char *kring_analysis_section_chart (KringAnalysisSection section);

/* kring-analysis-tables.c: the sections' contents from self->report. */
void        kring_analysis_fill_figures (KringAnalysisPage *self);
void        kring_analysis_fill_supply  (KringAnalysisPage *self);
void        kring_analysis_fill_health  (KringAnalysisPage *self);
void        kring_analysis_fill_demand  (KringAnalysisPage *self);
void        kring_analysis_fill_need    (KringAnalysisPage *self);
/* A table cell: plain text, optionally with a style class. */
GtkWidget  *kring_analysis_cell         (const char *text,
                                         const char *css_class,
                                         float       xalign);
/* A GtkGrid in a card, ready for cells. */
GtkWidget  *kring_analysis_table_new    (GtkBox *body);
/* "Inwoners" for a known stem, else the figure's own note, else the stem. */
const char *kring_analysis_indicator_title (KringAnalysisPage *self,
                                            const char        *indicator);

/* kring-analysis-forms.c: the actions of the page. */
void        kring_analysis_edit_figure  (KringAnalysisPage *self,
                                         const char        *target);
void        kring_analysis_edit_note    (KringAnalysisPage *self,
                                         const char        *chart);
void        kring_analysis_write_report (KringAnalysisPage *self);
void        kring_analysis_export_csv   (KringAnalysisPage *self);
/* The same, once the file or folder is chosen (also for tests). */
void        kring_analysis_write_report_to (KringAnalysisPage *self,
                                            GFile             *file);
void        kring_analysis_export_csv_to   (KringAnalysisPage *self,
                                            GFile             *folder);

/* kring-analysis-page.c */
void        kring_analysis_page_toast   (KringAnalysisPage *self,
                                         const char        *text);
void        kring_analysis_page_toast_error (KringAnalysisPage *self,
                                             const char        *what,
                                             const GError      *error);
GtkWindow  *kring_analysis_page_window  (KringAnalysisPage *self);

G_END_DECLS
