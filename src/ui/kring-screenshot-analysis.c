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
  char      *directory;
  guint      first_number;
  guint      step;
  GtkWidget *tour;
} Run;

static void
run_free (Run *run)
{
  if (run->tour != NULL)
    gtk_window_destroy (GTK_WINDOW (run->tour));
  g_free (run->directory);
  g_free (run);
}

/* Prepares step's picture; FALSE when there is nothing to take for it. */
typedef gboolean (*Prepare) (GTask *task);

static gboolean show_analysis (GTask *task);
static gboolean scroll_to_supply (GTask *task);
static gboolean show_team (GTask *task);
static gboolean search_who (GTask *task);
static gboolean show_glossary (GTask *task);
static gboolean show_tour (GTask *task);

static const struct
{
  const char *name;
  Prepare prepare;
} steps[] = {
  { "analysis", show_analysis },
  { "analysis-supply", scroll_to_supply },
  { "team", show_team },
  { "team-who", search_who },
  { "glossary", show_glossary },
  { "tour", show_tour },
};

static KringWindow *
window_of (GTask *task)
{
  return g_task_get_source_object (task);
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

static gboolean
show_analysis (GTask *task)
{
  kring_window_set_visible_view_name (window_of (task), "analysis");
  return TRUE;
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
static gboolean
scroll_to_supply (GTask *task)
{
  GtkWidget *page = kring_window_get_view (window_of (task), "analysis");
  GtkWidget *scroller = find_widget (page, GTK_TYPE_SCROLLED_WINDOW, is_long_scroller);
  GtkWidget *heading;
  GtkAdjustment *adjustment;
  double x = 0, y = 0;

  if (scroller == NULL)
    return FALSE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  heading = find_widget (scroller, GTK_TYPE_LABEL, is_supply_heading);
  if (heading != NULL && gtk_widget_translate_coordinates (heading, scroller, 0, 0, &x, &y))
    y += gtk_adjustment_get_value (adjustment) - 12;
  else
    y = gtk_adjustment_get_value (adjustment) + 0.9 * gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment, y);
  return TRUE;
}

static gboolean
show_team (GTask *task)
{
  kring_window_set_visible_view_name (window_of (task), "team");
  return TRUE;
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
static gboolean
search_who (GTask *task)
{
  GtkWidget *page = kring_window_get_view (window_of (task), "team");
  GtkWidget *who = show_who_section (page);
  GtkWidget *entry = find_widget (who ? who : page, GTK_TYPE_SEARCH_ENTRY, NULL);

  if (entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), WHO_QUERY);
  return TRUE;
}

static gboolean
show_glossary (GTask *task)
{
  GtkWidget *page = kring_window_get_view (window_of (task), "team");

  kring_team_page_show_term (KRING_TEAM_PAGE (page), GLOSSARY_TERM);
  return TRUE;
}

static gboolean
show_tour (GTask *task)
{
  Run *run = g_task_get_task_data (task);

  run->tour = GTK_WIDGET (kring_tour_new (GTK_WINDOW (window_of (task))));
  gtk_window_present (GTK_WINDOW (run->tour));
  return TRUE;
}

static char *
shot_path (Run *run, guint number, const char *name, const char *extension)
{
  g_autofree char *file = g_strdup_printf ("%02u-%s.%s", number, name, extension);

  return g_build_filename (run->directory, file, NULL);
}

static void
on_report_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autoptr (KringReport) report = NULL;
  g_autofree char *path = shot_path (run, run->first_number + G_N_ELEMENTS (steps), "report",
                                     "pdf");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  report = kring_report_load_finish (result, &error);
  if (report != NULL && kring_report_pdf_write (report, file, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The wijkanalyse report of the first team, as the coordinator would share it. */
static void
write_report (GTask *task)
{
  KringStore *store = kring_window_get_store (window_of (task));

  kring_report_load_async (store, NULL, REPORT_MONTHS, g_task_get_cancellable (task),
                           on_report_loaded, g_object_ref (task));
}

static gboolean shoot (gpointer user_data);

static void
schedule (GTask *task, guint delay_ms, GSourceFunc step)
{
  g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, step, g_object_ref (task), g_object_unref);
}

/* Prepares the next step that has a picture to take, or writes the report. */
static void
prepare_from (GTask *task, guint step)
{
  Run *run = g_task_get_task_data (task);

  for (run->step = step; run->step < G_N_ELEMENTS (steps); run->step++)
    if (steps[run->step].prepare (task))
      {
        schedule (task, SHOT_DELAY_MS, shoot);
        return;
      }
  write_report (task);
}

static gboolean
shoot (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autofree char *path = shot_path (run, run->first_number + run->step,
                                     steps[run->step].name, "png");
  GtkWidget *widget = run->tour != NULL ? run->tour : GTK_WIDGET (window_of (task));
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;
  if (!kring_screenshot_save (widget, path, &error))
    {
      g_task_return_error (task, error);
      return G_SOURCE_REMOVE;
    }
  if (run->tour != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&run->tour)));
  prepare_from (task, run->step + 1);
  return G_SOURCE_REMOVE;
}

void
kring_screenshot_analysis_async (KringWindow *window, const char *directory,
                                 guint first_number, GCancellable *cancellable,
                                 GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  Run *run;

  g_return_if_fail (KRING_IS_WINDOW (window));
  g_return_if_fail (directory != NULL);

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_screenshot_analysis_async);
  run = g_new0 (Run, 1);
  run->directory = g_strdup (directory);
  run->first_number = first_number;
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  prepare_from (task, 0);
}

gboolean
kring_screenshot_analysis_finish (KringWindow *window, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, window), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
