/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Reading delimited text as RFC 4180 describes it, with the separator as a
 * parameter: the HSDS tabular package uses commas, CBS tables semicolons.
 * Fields may be in double quotes, with quotes doubled inside and line breaks
 * allowed; lines end in CRLF or LF; a UTF-8 byte order mark is skipped.
 * Errors are KRING_IO_ERROR_PARSE and name the file and the row (the first
 * row is row 1, as in a spreadsheet).
 */
typedef struct
{
  const char *name;       /* the file's base name, for messages */
  const char *p;          /* the next character */
  const char *end;
  guint       row;        /* 1-based row of the record being read */
  char        separator;
} KringCsvScanner;

void     kring_csv_scanner_init (KringCsvScanner *scanner,
                                 const char      *name,
                                 const char      *text,
                                 gsize            length,
                                 char             separator);
/* Reads one record into @fields (char *, freed by the array); FALSE with
 * no error at the end of the text. Does not advance scanner->row. */
gboolean kring_csv_scan_row     (KringCsvScanner *scanner,
                                 GPtrArray       *fields,
                                 GError         **error);
/* Sets "<name> row <row>: @what" and returns FALSE. */
gboolean kring_csv_scan_error   (KringCsvScanner *scanner,
                                 GError         **error,
                                 const char      *what);

G_END_DECLS
