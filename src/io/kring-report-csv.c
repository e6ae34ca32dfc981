/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-report.h"

/* STUB: replaced by the analysis-data helper. */

GPtrArray *
kring_report_tables (const KringReport *report)
{
  return g_ptr_array_new ();
}

gboolean
kring_report_csv_write (const KringReport *report, GFile *directory, GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not yet");
  return FALSE;
}
