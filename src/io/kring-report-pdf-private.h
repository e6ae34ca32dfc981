/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>
#include "kring-report.h"

G_BEGIN_DECLS

/*
 * The report PDF in two files: kring-report-pdf.c owns the document (pages,
 * footer, text and table helpers, cover, key figures, map, notes, sources),
 * kring-report-pdf-pages.c draws the analysis pages (supply, health, demand,
 * supply next to need). The whole report is drawn twice: once to count the
 * pages, then for real, so every footer says "Pagina 3 van 9".
 */

#define REPORT_PAGE_WIDTH 595.0     /* A4 portrait, points */
#define REPORT_PAGE_HEIGHT 842.0
#define REPORT_MARGIN_X 56.0
#define REPORT_MARGIN_TOP 56.0
#define REPORT_MARGIN_BOTTOM 72.0
#define REPORT_BODY_WIDTH (REPORT_PAGE_WIDTH - 2 * REPORT_MARGIN_X)
#define REPORT_FONT "Cantarell, DejaVu Sans, sans-serif"

/* Key figures, map, supply, health, demand, need, notes, sources. */
#define REPORT_N_SECTIONS 8

typedef struct
{
  cairo_surface_t   *surface;
  cairo_t           *cr;
  const KringReport *report;
  char              *date;          /* "22 november 2026" */
  guint              page;          /* 1-based; 0 before the first page */
  guint              n_pages;       /* from the first pass; 0 during it */
  gboolean           landscape;
  double             y;             /* where the next thing goes */
  guint              sections[REPORT_N_SECTIONS];  /* the page each section starts on */
  guint              n_sections;
  const guint       *contents;      /* @sections of the first pass, for the cover; or NULL */
} ReportDoc;

typedef enum
{
  REPORT_ALIGN_LEFT,
  REPORT_ALIGN_CENTRE,
  REPORT_ALIGN_RIGHT,
} ReportAlign;

typedef struct
{
  double      size;
  gboolean    bold;
  const double *rgb;
  ReportAlign align;
} ReportTextStyle;

extern const double report_ink[3];
extern const double report_accent[3];
extern const double report_dim[3];
extern const double report_rule[3];
extern const double report_gap[3];       /* the red of a gap */
extern const double report_gap_fill[3];
extern const double report_tint[3];      /* light fill of tiles and table heads */

void     report_set_rgb      (cairo_t *cr, const double *rgb);
void     report_new_page     (ReportDoc *doc, gboolean landscape);
double   report_bottom       (ReportDoc *doc);
void     report_ensure       (ReportDoc *doc, double height);
double   report_text_at      (ReportDoc *doc, const char *text, const ReportTextStyle *style,
                              double x, double y, double width);
void     report_heading      (ReportDoc *doc, const char *title, const char *intro);
void     report_subheading   (ReportDoc *doc, const char *title);
void     report_paragraph    (ReportDoc *doc, const char *text, double size, const double *rgb);
void     report_note         (ReportDoc *doc, const char *chart);

/* A table row: @cells[0] left aligned, the others centred in their columns
 * (or left aligned from @left_from on). */
typedef struct
{
  const double *widths;     /* points, n_columns of them */
  guint         n_columns;
  guint         left_from;  /* 0: only the first column is left aligned */
} ReportTable;

void     report_table_row    (ReportDoc *doc, const ReportTable *table, const char *const *cells,
                              gboolean head, const double *fill, const double *rgb);

char    *report_format_count (double value);
char    *report_format_decimal (double value, int digits);

/* kring-report-pdf-pages.c */
void     report_figures_table (ReportDoc *doc, guint year);
void     report_page_supply  (ReportDoc *doc);
void     report_page_health  (ReportDoc *doc);
void     report_page_demand  (ReportDoc *doc);
void     report_page_need    (ReportDoc *doc);

G_END_DECLS
