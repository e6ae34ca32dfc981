/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-record.h"

G_BEGIN_DECLS

/*
 * CSV export of a list (the current filtered list of a page) for Dutch
 * spreadsheets: UTF-8 with a byte order mark, ';' between fields, CRLF after
 * every row, a header row of titles. A field is quoted when it holds ';', '"',
 * CR or LF (quotes doubled). Text that starts with '=', '+', '-', '@', a tab
 * or CR gets a leading apostrophe so a spreadsheet never runs it as a
 * formula. Numbers are written as numbers, with a decimal comma.
 */
typedef struct
{
  const char *column;  /* column of the KringRecord */
  const char *title;   /* header text */
} KringCsvColumn;

/* The whole document, BOM included, as bytes. */
GBytes   *kring_csv_format        (GListModel           *records,
                                   const KringCsvColumn *columns,
                                   guint                 n_columns);
/* One field as it appears in the file (quoted and guarded as described). */
char     *kring_csv_field         (const char           *text);

/* Formats @records on the caller's thread (a KringRecord is not thread-safe)
 * and writes the file atomically on a worker thread. */
void      kring_csv_export_async  (GListModel           *records,
                                   const KringCsvColumn *columns,
                                   guint                 n_columns,
                                   GFile                *file,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
gboolean  kring_csv_export_finish (GAsyncResult         *result,
                                   GError              **error);

G_END_DECLS
