/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kring-application-report.h"
#include "kring-report.h"

/*
 * The wijkanalyse report of the command line: the same load and the same
 * PDF as the Wijkanalyse page, so a coordinator can make it from a script
 * before a meeting.
 */

/* As the Wijkanalyse page first shows it: "no contact for six months". */
#define REPORT_MONTHS 6

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static KringReport *
load_report (KringStore  *store,
             const char  *team,
             GError     **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) local = NULL;
  KringReport *report;

  kring_report_load_async (store, team, REPORT_MONTHS, NULL, store_result, &pending);
  while (pending == NULL)
    g_main_context_iteration (NULL, TRUE);
  result = g_steal_pointer (&pending);
  report = kring_report_load_finish (result, &local);
  if (report != NULL)
    return report;
  if (g_error_matches (local, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND) && team != NULL)
    g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND,
                 _("There is no team “%s”. Use the name of a team as it is on the map."), team);
  else
    g_propagate_prefixed_error (error, g_steal_pointer (&local),
                                _("Could not read the neighbourhood analysis: "));
  return NULL;
}

/* A bare file name is taken as one in the current folder. */
static GFile *
report_file (const char *path)
{
  if (strchr (path, G_DIR_SEPARATOR) == NULL)
    {
      g_autofree char *cwd = g_get_current_dir ();

      return g_file_new_build_filename (cwd, path, NULL);
    }
  return g_file_new_for_commandline_arg (path);
}

gboolean
kring_application_report (KringStore  *store,
                          const char  *path,
                          const char  *team,
                          GError     **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (KringReport) report = NULL;

  g_return_val_if_fail (KRING_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = report_file (path);
  report = load_report (store, team, error);
  if (report == NULL)
    return FALSE;
  if (!kring_report_pdf_write (report, file, error))
    return FALSE;
  g_print (_("Wrote the neighbourhood analysis of %s to “%s”\n"), report->team_name, path);
  return TRUE;
}
