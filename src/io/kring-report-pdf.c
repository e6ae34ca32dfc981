/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-report.h"

/* STUB: replaced by the report-PDF helper. */

gboolean
kring_report_pdf_write (const KringReport *report, GFile *file, GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not yet");
  return FALSE;
}
