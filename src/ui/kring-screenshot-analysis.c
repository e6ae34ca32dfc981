/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-report.h"
#include "kring-screenshot-analysis.h"
#include "kring-screenshot.h"
#include "kring-team-page.h"
#include "kring-tour.h"

#define SHOT_DELAY_MS 1500
/* The "no contact for N months" of the report, as the page chooses it by default. */
#define REPORT_MONTHS 12
/* What who-does-what is shown searching for: the example district has
 * several partners and colleagues for money and debts. */
#define WHO_QUERY "schulden"
#define GLOSSARY_TERM "Toegang"

typedef struct
{
  guint       shot;   /* of the next picture, counted from the part's first */
  const char *name;   /* of the next picture; NULL: there is none to take */
  GtkWidget  *tour;
} Analysis;

static void
analysis_clear (Analysis *analysis)
{
  if (analysis->tour != NULL)
    gtk_window_destroy (GTK_WINDOW (analysis->tour));
}

/* The next picture, once the page has drawn what the step changed. */
static void
take (KringShotRun *run, const char *name)
{
  Analysis *analysis = kring_shot_run_data (run);

  analysis->name = name;
  kring_shot_run_next (run, name != NULL ? SHOT_DELAY_MS : 0);
}

static GtkWidget *
find_widget (GtkWidget *widget, GType type, gboolean (*accept) (GtkWidget *widget))
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (accept == NULL || accept (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, accept);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
show_analysis (KringShotRun *run)
{
  kring_window_set_visible_view_name (kring_shot_run_window (run), "analysis");
  take (run, "analysis");
}

static gboolean
is_long_scroller (GtkWidget *widget)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));

  return gtk_widget_get_mapped (widget)
         && gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) + 1;
}

/* A heading of the supply part, in Dutch or (without the locale) English. */
static gboolean
is_supply_heading (GtkWidget *widget)
{
  const char *text = gtk_label_get_text (GTK_LABEL (widget));

  return gtk_widget_get_mapped (widget)
         && (g_str_has_prefix (text, "Aanbod") || g_str_has_prefix (text, "Supply"));
}

/* Scrolls the page's long column so that its supply part is at the top;
 * without such a heading, one screen down. */
static void
scroll_to_supply (KringShotRun *run)
{
  GtkWidget *page = kring_window_get_view (kring_shot_run_window (run), "analysis");
  GtkWidget *scroller = find_widget (page, GTK_TYPE_SCROLLED_WINDOW, is_long_scroller);
  GtkWidget *heading;
  GtkAdjustment *adjustment;
  double x = 0, y = 0;

  if (scroller == NULL)
    {
      take (run, NULL);
      return;
    }
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  heading = find_widget (scroller, GTK_TYPE_LABEL, is_supply_heading);
  if (heading != NULL && gtk_widget_translate_coordinates (heading, scroller, 0, 0, &x, &y))
    y += gtk_adjustment_get_value (adjustment) - 12;
  else
    y = gtk_adjustment_get_value (adjustment) + 0.9 * gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment, y);
  take (run, "analysis-supply");
}

static void
show_team (KringShotRun *run)
{
  kring_window_set_visible_view_name (kring_shot_run_window (run), "team");
  take (run, "team");
}

/* The team page's who-does-what section ("who" in its own view stack),
 * shown; NULL when the page has no such section. */
static GtkWidget *
show_who_section (GtkWidget *page)
{
  GtkWidget *views = find_widget (page, ADW_TYPE_VIEW_STACK, NULL);
  GtkWidget *who = views ? adw_view_stack_get_child_by_name (ADW_VIEW_STACK (views), "who") : NULL;

  if (who != NULL)
    adw_view_stack_set_visible_child (ADW_VIEW_STACK (views), who);
  return who;
}

/* Types the query into the search of who-does-what; when the page has no
 * such section or search, the page is taken as it is. */
static void
search_who (KringShotRun *run)
{
  GtkWidget *page = kring_window_get_view (kring_shot_run_window (run), "team");
  GtkWidget *who = show_who_section (page);
  GtkWidget *entry = find_widget (who ? who : page, GTK_TYPE_SEARCH_ENTRY, NULL);

  if (entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), WHO_QUERY);
  take (run, "team-who");
}

static void
show_glossary (KringShotRun *run)
{
  GtkWidget *page = kring_window_get_view (kring_shot_run_window (run), "team");

  kring_team_page_show_term (KRING_TEAM_PAGE (page), GLOSSARY_TERM);
  take (run, "glossary");
}

static void
show_tour (KringShotRun *run)
{
  Analysis *analysis = kring_shot_run_data (run);

  analysis->tour = GTK_WIDGET (kring_tour_new (GTK_WINDOW (kring_shot_run_window (run))));
  gtk_window_present (GTK_WINDOW (analysis->tour));
  take (run, "tour");
}

/* Takes the picture a step prepared: the tour when it is open, else the
 * window. */
static void
shoot (KringShotRun *run)
{
  Analysis *analysis = kring_shot_run_data (run);

  kring_shot_run_set_number (run, analysis->shot++);
  if (analysis->name != NULL
      && !kring_shot_run_save (run, analysis->tour, analysis->name))
    return;
  if (analysis->tour != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&analysis->tour)));
  kring_shot_run_next (run, 0);
}

/* The wijkanalyse report of the first team, as the coordinator would share it. */
static void
write_report (KringShotRun *run)
{
  KringStore *store = kring_window_get_store (kring_shot_run_window (run));

  kring_shot_run_set_number (run, KRING_SCREENSHOT_ANALYSIS_COUNT - 1);
  kring_report_load_async (store, NULL, REPORT_MONTHS, kring_shot_run_cancellable (run),
                           kring_shot_run_resume, kring_shot_run_hold (run));
}

static void
report_loaded (KringShotRun *run)
{
  g_autoptr (KringReport) report = NULL;
  g_autofree char *path = kring_shot_run_take_path (run, "report", "pdf");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  report = kring_report_load_finish (kring_shot_run_result (run), &error);
  if (report != NULL && kring_report_pdf_write (report, file, &error))
    kring_shot_run_next (run, 0);
  else
    kring_shot_run_fail (run, error);
}

/* Each page as it is prepared, then the report. */
static const KringShotStep steps[] = {
  show_analysis, shoot, scroll_to_supply, shoot, show_team, shoot, search_who, shoot,
  show_glossary, shoot, show_tour, shoot, write_report, report_loaded,
};

const KringShotPart kring_screenshot_analysis_part =
  KRING_SHOT_PART (steps, KRING_SCREENSHOT_ANALYSIS_COUNT, Analysis, analysis_clear);
