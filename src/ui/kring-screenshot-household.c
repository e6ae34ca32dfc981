/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-household-export.h"
#include "kring-households-page.h"
#include "kring-screenshot-household.h"
#include "kring-screenshot.h"

/* The example district's ids are fixed (uuid5 of their names), and this
 * household has the most to show: three assessments, goals in four
 * domains, a network in every ring. */
#define HOUSEHOLD_ID "2f3bcb08-42dd-5e77-b294-95dd5a2bbd48"
#define SHOT_DELAY_MS 1500
#define POLL_MS 100
#define LOAD_TIMEOUT_USEC (30 * G_USEC_PER_SEC)

static const char *const tabs[] = { "overview", "domains", "plan", "ecomap" };

typedef struct
{
  guint tab;
} Household;

static KringHouseholdView *
household_view (KringShotRun *run)
{
  GtkWidget *page = kring_window_get_view (kring_shot_run_window (run), "households");

  return kring_households_page_get_household_view (KRING_HOUSEHOLDS_PAGE (page));
}

static void
open_household (KringShotRun *run)
{
  KringWindow *window = kring_shot_run_window (run);
  GtkWidget *page = kring_window_get_view (window, "households");

  kring_window_set_visible_view_name (window, "households");
  kring_households_page_open_household (KRING_HOUSEHOLDS_PAGE (page), HOUSEHOLD_ID);
  kring_shot_run_next (run, POLL_MS);
}

static void
wait_for_household (KringShotRun *run)
{
  if (kring_household_view_get_context (household_view (run)) != NULL)
    kring_shot_run_next (run, SHOT_DELAY_MS);
  else
    kring_shot_run_wait (run, POLL_MS, LOAD_TIMEOUT_USEC,
                         _("The example household did not open"));
}

static void
shoot_tabs (KringShotRun *run)
{
  Household *household = kring_shot_run_data (run);
  g_autofree char *name = g_strconcat ("household-", tabs[household->tab], NULL);

  if (!kring_shot_run_save (run, NULL, name))
    return;
  if (++household->tab == G_N_ELEMENTS (tabs))
    {
      kring_shot_run_next (run, 0);
      return;
    }
  kring_household_view_show_tab (household_view (run), tabs[household->tab]);
  kring_shot_run_again (run, SHOT_DELAY_MS);
}

/* The plan letter, as the household would get it, under a pseudonym. */
static void
write_pdf (KringShotRun *run)
{
  KringHouseholdContext *context = kring_household_view_get_context (household_view (run));
  g_autofree char *path = kring_shot_run_take_path (run, "household-plan", "pdf");
  g_autoptr (GFile) file = g_file_new_for_path (path);

  kring_household_export_write_async (context, KRING_HOUSEHOLD_EXPORT_PDF, NULL, file,
                                      kring_shot_run_cancellable (run), kring_shot_run_resume,
                                      kring_shot_run_hold (run));
}

static void
pdf_written (KringShotRun *run)
{
  GError *error = NULL;

  if (kring_household_export_write_finish (kring_shot_run_result (run), &error))
    kring_shot_run_next (run, 0);
  else
    kring_shot_run_fail (run, error);
}

static const KringShotStep steps[] = { open_household, wait_for_household, shoot_tabs,
                                       write_pdf, pdf_written };

const KringShotPart kring_screenshot_household_part =
  KRING_SHOT_PART (steps, KRING_SCREENSHOT_HOUSEHOLD_COUNT, Household, NULL);
