/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * CBS "Kerncijfers wijken en buurten" tables as StatLine exports them to
 * CSV: semicolon-separated, text in double quotes (often padded with
 * spaces), "." for a missing value, one row per region with its code
 * (GM0363 gemeente, WK036300 wijk, BU03630000 buurt), and column names with
 * a suffix that changes from year to year (AantalInwoners_5 in one year,
 * AantalInwoners_6 in the next). Columns are known by their stem, the name
 * without that suffix. Every column is kept: numbers as indicators, other
 * text as text. CBS data is CC BY 4.0: the caller keeps the source.
 */

typedef enum
{
  KRING_CBS_GEMEENTE,
  KRING_CBS_WIJK,
  KRING_CBS_BUURT,
} KringCbsKind;

typedef struct
{
  char         *code;          /* "BU03630000" */
  char         *name;          /* the region's name, or NULL when the file has none */
  char         *municipality;  /* Gemeentenaam, or NULL */
  KringCbsKind  kind;
  double       *values;        /* one per numeric column; NAN where missing ("." or empty) */
  char        **texts;         /* one per text column; NULL where empty */
} KringCbsRegion;

typedef struct
{
  GPtrArray *numeric;   /* stems of the numeric columns, in file order (char *) */
  GPtrArray *text;      /* stems of the other text columns, in file order */
  GPtrArray *regions;   /* KringCbsRegion, in file order */
} KringCbsTable;

/* "AantalInwoners_5" -> "AantalInwoners"; a name without a numeric suffix
 * stays as it is. */
char          *kring_cbs_stem       (const char     *column);
/* The kind a code names, from its prefix; FALSE for anything else. */
gboolean       kring_cbs_code_kind  (const char     *code,
                                     KringCbsKind   *kind);

/* Reads a whole table. @name is the file's name for messages. A file that
 * is not UTF-8, has no region column (WijkenEnBuurten or Codering), holds
 * no region, is cut off (a row with fewer fields, an open quote) or has a
 * region code that is not a CBS code gives KRING_IO_ERROR_PARSE or
 * KRING_IO_ERROR_INVALID with a message in plain Dutch naming the row, and
 * NULL: nothing is half-read. */
KringCbsTable *kring_cbs_parse      (const char     *name,
                                     const char     *text,
                                     gsize           length,
                                     GError        **error);
void           kring_cbs_table_free (KringCbsTable  *table);
/* The index of @stem among @table's numeric columns, or -1. */
int            kring_cbs_find_numeric (const KringCbsTable *table,
                                       const char          *stem);

/* The store rows for @table's figures of @year (kring-cbs-records.c):
 * a "neighbourhoods" row for every region whose code no row of
 * @neighbourhoods (a GListModel of KringRecord, may be NULL) has yet, linked
 * to its wijk and gemeente when those are in the file or the store; then a
 * "neighbourhood_figures" row per region and column: the number (NULL when
 * the file says "."), or for a text column the text as its note; each with
 * @source. A figure's id follows from neighbourhood, year and indicator, so
 * importing the same year again replaces, never duplicates. Parents come
 * before children. */
GPtrArray     *kring_cbs_to_records (const KringCbsTable *table,
                                     int                  year,
                                     const char          *source,
                                     GListModel          *neighbourhoods);

/* The id of the figure of @indicator for the area @area_id in @year: the
 * same three always give the same id, so a figure typed by hand and a later
 * CBS import of that year are one row, never a clash. */
char          *kring_cbs_figure_id  (const char          *area_id,
                                     int                  year,
                                     const char          *indicator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringCbsTable, kring_cbs_table_free)

G_END_DECLS
