/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include "kring-report.h"

/* STUB: the loader is being written. */

void
kring_report_load_async (KringStore *store, const char *team, guint months,
                         GCancellable *cancellable, GAsyncReadyCallback callback,
                         gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (store, cancellable, callback, user_data);

  g_task_set_source_tag (task, kring_report_load_async);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not yet");
}

KringReport *
kring_report_load_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
kring_report_free (KringReport *report)
{
  g_free (report);
}

double
kring_report_figure (const KringReport *report, const char *neighbourhood_id,
                     const char *indicator, guint year)
{
  return NAN;
}

const char *
kring_report_indicator_title (const char *indicator)
{
  return NULL;
}

char *
kring_report_sources_text (const KringReport *report)
{
  return NULL;
}
