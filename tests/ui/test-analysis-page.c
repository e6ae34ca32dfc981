/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include "kring-analysis-cbs-dialog.h"
#include "kring-analysis-page-private.h"
#include "kring-bar-chart.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The Wijkanalyse page against a real, keyring-unlocked store holding the
 * example district (Wijkteam Noord is shown first): the supply grid and
 * the relationship-health lists show the report's counts (and hand counts),
 * "Op de kaart tonen" asks the window for the map, a CBS file is imported
 * (and a non-CBS file refused, storing nothing), a figure is corrected and
 * added, a note is stored and shown, and locking leaves no text behind.
 */

typedef struct
{
  char              *dir;
  KringStore        *store;
  GtkWindow         *window;
  KringAnalysisPage *page;
  char              *shown_on_map;  /* the target of the test's win.show-on-map */
} Fixture;

static gboolean
page_loaded (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (f->page->stack), "content") == 0
         && f->page->report != NULL;
}

static void
await_page (Fixture *f)
{
  kring_ui_test_wait (page_loaded, f);
}

static void
on_show_on_map (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  Fixture *f = user_data;

  g_free (f->shown_on_map);
  f->shown_on_map = g_variant_dup_string (param, NULL);
}

/* The window's own "win" actions are not under test here: a stand-in
 * records what the page asks for. */
static void
install_win_actions (Fixture *f)
{
  g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr (GSimpleAction) show = g_simple_action_new ("show-on-map", G_VARIANT_TYPE_STRING);

  g_signal_connect (show, "activate", G_CALLBACK (on_show_on_map), f);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (show));
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->page = g_object_new (KRING_TYPE_ANALYSIS_PAGE, NULL);
  f->window = kring_ui_test_window (GTK_WIDGET (f->page), 1366);
  install_win_actions (f);
  kring_analysis_page_set_store (f->page, f->store);
  await_page (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_ui_test_close (f->window, &f->store);
  g_clear_pointer (&f->shown_on_map, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* --- reading what the page shows --- */

/* Prints where a label holding @needle sits, for a failing test. */
static void
debug_where (GtkWidget *widget, const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle))
    for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
      g_printerr ("  in %s\n", G_OBJECT_TYPE_NAME (w));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    debug_where (child, needle);
}


static GtkGrid *
section_grid (Fixture *f, KringAnalysisSection section)
{
  GtkWidget *grid = kring_ui_test_find_widget (GTK_WIDGET (f->page->parts[section].body),
                                               GTK_TYPE_GRID);

  g_assert_nonnull (grid);
  return GTK_GRID (grid);
}

/* The text of a table cell (a label, or the label in a button or box). */
static const char *
cell_text (GtkGrid *grid, int column, int row)
{
  GtkWidget *cell = gtk_grid_get_child_at (grid, column, row);

  if (cell == NULL)
    return NULL;
  if (!GTK_IS_LABEL (cell))
    cell = kring_ui_test_find_widget (cell, GTK_TYPE_LABEL);
  return gtk_label_get_text (GTK_LABEL (cell));
}

static void
assert_cell (GtkGrid *grid, int column, int row, double value)
{
  g_autofree char *expected = kring_bar_chart_format (value);

  g_assert_cmpstr (cell_text (grid, column, row), ==, expected);
}

static KringReport *
load_report (Fixture *f, const char *team)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringReport *report;

  kring_report_load_async (f->store, team, 12, NULL, kring_test_store_result, &result);
  report = kring_report_load_finish (kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return report;
}

static guint
count_rows (Fixture *f, const char *table)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, NULL, NULL, NULL);

  return g_list_model_get_n_items (rows);
}

/* A shot of the window (the top of the page) and of each section, as the
 * page scrolls. */
static void
screenshots (Fixture *f, const char *name)
{
  static const char *const parts[] = { "figures", "supply", "health", "demand", "need" };

  kring_ui_test_screenshot (GTK_WIDGET (f->window), name);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *shot = g_strdup_printf ("%s-%s", name, parts[i]);

      kring_ui_test_screenshot (GTK_WIDGET (f->page->parts[i].box), shot);
    }
  /* The window scrolled down, as the user sees the lower sections (hiding
   * those above is simpler than waiting for a scroll in a test). */
  gtk_widget_set_visible (GTK_WIDGET (f->page->key_figures), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (f->page->parts[KRING_ANALYSIS_FIGURES].box), FALSE);
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "analysis-window-middle");
  gtk_widget_set_visible (GTK_WIDGET (f->page->parts[KRING_ANALYSIS_SUPPLY].box), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (f->page->parts[KRING_ANALYSIS_HEALTH].box), FALSE);
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "analysis-window-lower");
  gtk_widget_set_visible (GTK_WIDGET (f->page->parts[KRING_ANALYSIS_DEMAND].box), FALSE);
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "analysis-window-end");
  for (guint i = 0; i < KRING_ANALYSIS_N_SECTIONS; i++)
    gtk_widget_set_visible (GTK_WIDGET (f->page->parts[i].box), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (f->page->key_figures), TRUE);
}

/* The first button labelled @label under @root, or NULL. */
static GtkWidget *
find_button (GtkWidget *root, const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* --- the tests --- */

/* Counted by hand from data/demo/voorbeeldwijk.json: the organisations
 * Wijkteam Noord placed in each ring that work on Financiën (themselves or
 * through a service): inner ring Woonstichting Het Vaarthuis and Sociaal
 * Raadslieden Marendal; outer ring Werkplein Vaartland, Stadsbank Vaartland
 * and Zorgverzekeraar De Zorgvaart; ten in the sociale kaart (Voedselbank,
 * Taalhuis, Repair Café, Diaconie, Papierwerk, Formulierenbrigade,
 * Seniorenvereniging, Kledingbank, Meedoenfonds, Geldmaatjes). */
static void
assert_financien (GtkGrid *grid, GArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (cell_text (grid, 0, 1 + i), "Financiën") == 0)
      {
        assert_cell (grid, 2, 1 + i, 2);
        assert_cell (grid, 3, 1 + i, 3);
        assert_cell (grid, 4, 1 + i, 10);
        return;
      }
  g_error ("The supply grid has no row for Financiën");
}

typedef struct
{
  GtkWidget *chart;
  int        height;
} ChartWait;

static gboolean
chart_is_laid_out (gpointer data)
{
  ChartWait *wait = data;

  return gtk_widget_get_height (wait->chart) >= wait->height;
}

/* The households-per-status chart tells screen readers "status: count",
 * and gets room for every bar once it is laid out (after the report came:
 * wait for the layout, which a busy machine delays). */
static void
assert_status_chart (Fixture *f)
{
  GtkWidget *chart = kring_ui_test_find_widget (GTK_WIDGET (f->page->parts[KRING_ANALYSIS_DEMAND].body),
                                                KRING_TYPE_BAR_CHART);
  GArray *statuses = f->page->report->demand->statuses;
  const char *summary;

  g_assert_nonnull (chart);
  g_assert_cmpuint (kring_bar_chart_get_n_bars (KRING_BAR_CHART (chart)), ==, statuses->len);
  summary = kring_bar_chart_get_summary (KRING_BAR_CHART (chart));
  for (guint i = 0; i < statuses->len; i++)
    {
      KringDemandStatus *status = &g_array_index (statuses, KringDemandStatus, i);
      g_autofree char *line = g_strdup_printf (": %u\n", status->households);

      g_assert_nonnull (strstr (summary, line));
    }
  kring_ui_test_wait (chart_is_laid_out, &(ChartWait) { chart, statuses->len * 20 });
}

static void
test_supply (Fixture *f, gconstpointer data)
{
  g_autoptr (KringReport) report = load_report (f, "Wijkteam Noord");
  GtkGrid *grid = section_grid (f, KRING_ANALYSIS_SUPPLY);
  GArray *rows = report->supply->rows;
  guint gaps = 0;

  g_assert_cmpstr (f->page->report->team_name, ==, "Wijkteam Noord");
  g_assert_cmpuint (rows->len, >, 0);
  for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
    g_assert_cmpstr (cell_text (grid, 1 + r, 0), ==, report->graph->ring_names[r]);
  for (guint i = 0; i < rows->len; i++)
    {
      KringMapSupplyRow *row = &g_array_index (rows, KringMapSupplyRow, i);

      g_assert_cmpstr (cell_text (grid, 0, 1 + i), ==, row->domain);
      for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
        assert_cell (grid, 1 + r, 1 + i, row->counts[r]);
      assert_cell (grid, KRING_MAP_N_RINGS + 1, 1 + i, row->demand);
      /* A gap is said in words, not by colour alone. */
      g_assert_true ((gtk_grid_get_child_at (grid, KRING_MAP_N_RINGS + 2, 1 + i) != NULL)
                     == row->gap);
      gaps += row->gap;
    }
  g_assert_cmpuint (gaps, >, 0);
  g_assert_true (kring_ui_test_shows_text (GTK_WIDGET (grid), _("no partner close by"), TRUE));
  assert_financien (grid, rows);
  assert_status_chart (f);
}

static gboolean
report_of_6_months (gpointer data)
{
  Fixture *f = data;

  return page_loaded (f) && f->page->report->months == 6;
}

static gboolean
report_of_zuid (gpointer data)
{
  Fixture *f = data;

  return page_loaded (f) && g_strcmp0 (f->page->report->team_name, "Wijkteam Zuid") == 0;
}

static void
test_health (Fixture *f, gconstpointer data)
{
  GtkWidget *body = GTK_WIDGET (f->page->parts[KRING_ANALYSIS_HEALTH].body);
  /* Hand counts of Wijkteam Noord, 6 months (as tests/store/test-store-analysis.c). */
  static const guint expected[KRING_HEALTH_N_LISTS] = { 6, 4, 4, 2 };
  static const guint expected_zuid[KRING_HEALTH_N_LISTS] = { 3, 3, 1, 1 };
  GListModel *no_agreement;
  g_autoptr (KringRecord) first = NULL;
  GtkWidget *button;
  g_autofree char *title = NULL;

  /* "Not contacted for 6 months" instead of the 12 it starts with. */
  g_assert_cmpuint (f->page->report->months, ==, 12);
  gtk_drop_down_set_selected (f->page->months_drop, 0);
  kring_ui_test_wait (report_of_6_months, f);
  title = g_strdup_printf (ngettext ("No contact for %u month", "No contact for %u months", 6), 6);
  g_assert_true (kring_ui_test_shows_text (body, title, TRUE));
  for (guint i = 0; i < KRING_HEALTH_N_LISTS; i++)
    {
      GListModel *list = g_ptr_array_index (f->page->report->health, i);
      g_autofree char *count = g_strdup_printf (ngettext ("%u partner", "%u partners", expected[i]),
                                                expected[i]);

      g_assert_cmpuint (g_list_model_get_n_items (list), ==, expected[i]);
      g_assert_true (kring_ui_test_shows_text (body, count, TRUE));
    }
  g_assert_true (kring_ui_test_shows_text (body, "Verslavingszorg Noordoever", TRUE));
  g_assert_true (kring_ui_test_shows_text (body, "Zorgverzekeraar De Zorgvaart", TRUE));
  /* "Op de kaart tonen" of the first partner without agreements. */
  no_agreement = g_ptr_array_index (f->page->report->health, KRING_HEALTH_NO_AGREEMENT);
  first = g_list_model_get_item (no_agreement, 0);
  g_assert_cmpstr (kring_record_get_string (first, "name"), ==, "Gezondheidscentrum De Vaart");
  button = find_button (body, _("Show on Map"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (f->shown_on_map, ==, kring_record_get_id (first));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (kring_ui_test_find_widget (body,
                                                   ADW_TYPE_EXPANDER_ROW)), TRUE);
  screenshots (f, "analysis");

  /* The other team: its own lists (hand counts as above), same 6 months. */
  gtk_drop_down_set_selected (f->page->team_drop, 1);
  kring_ui_test_wait (report_of_zuid, f);
  g_assert_cmpuint (f->page->report->months, ==, 6);
  for (guint i = 0; i < KRING_HEALTH_N_LISTS; i++)
    g_assert_cmpuint (g_list_model_get_n_items (g_ptr_array_index (f->page->report->health, i)),
                      ==, expected_zuid[i]);
  g_assert_true (kring_ui_test_shows_text (GTK_WIDGET (f->page->parts[KRING_ANALYSIS_HEALTH].body),
                             "GGZ Vaartland", TRUE));
}

/* --- CBS import --- */

static GFile *
write_file (Fixture *f, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static KringAnalysisCbsDialog *
open_cbs_dialog (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->page), "analysis.import-cbs", NULL);
  return KRING_ANALYSIS_CBS_DIALOG (kring_ui_test_await_window (KRING_TYPE_ANALYSIS_CBS_DIALOG,
                                                                NULL));
}

static gboolean
dialog_read (gpointer data)
{
  const char *state = kring_analysis_cbs_dialog_get_state (data);

  return g_str_equal (state, "preview") || g_str_equal (state, "error");
}

static gboolean
dialog_closed (gpointer data)
{
  return kring_ui_test_find_window (KRING_TYPE_ANALYSIS_CBS_DIALOG, NULL) == NULL;
}

/* A year header "2025" in the figures table (row 0 holds the years). */
static gboolean
shows_year (Fixture *f, const char *year)
{
  GtkGrid *grid = section_grid (f, KRING_ANALYSIS_FIGURES);

  for (int column = 1; gtk_grid_get_child_at (grid, column, 0) != NULL; column++)
    if (g_strcmp0 (cell_text (grid, column, 0), year) == 0)
      return TRUE;
  return FALSE;
}

/* The CBS layout of tests/io/test-cbs.c, for a buurt of the example
 * district: a new year of figures, one of them missing ("."). */
static const char cbs_2025[] =
  "\"ID\";\"WijkenEnBuurten\";\"Gemeentenaam_1\";\"SoortRegio_2\";\"Codering_3\";"
  "\"AantalInwoners_6\";\"HuishoudensTotaal_30\"\r\n"
  "0;\"Oude Dorp      \";\"Marendal  \";\"Buurt     \";\"BU99990101\";3190;     .\r\n";

/* The figure the file had as "." shows "–" with "unknown" as its tooltip. */
static void
assert_missing_shown (Fixture *f, GListModel *stored)
{
  GtkGrid *grid = section_grid (f, KRING_ANALYSIS_FIGURES);
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (stored, i);
      g_autofree char *key = NULL;

      if (!kring_record_is_null (figure, "value"))
        continue;
      key = g_strdup_printf ("%s\t2025\t%s", kring_record_get_string (figure, "neighbourhood_id"),
                             kring_record_get_string (figure, "indicator"));
      for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (grid)); cell != NULL;
           cell = gtk_widget_get_next_sibling (cell))
        {
          GVariant *target = GTK_IS_ACTIONABLE (cell)
                             ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (cell)) : NULL;
          GtkWidget *label;

          if (target == NULL || g_strcmp0 (g_variant_get_string (target, NULL), key) != 0)
            continue;
          label = kring_ui_test_find_widget (cell, GTK_TYPE_LABEL);
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "–");
          g_assert_cmpstr (gtk_widget_get_tooltip_text (label), ==, _("unknown"));
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 1);
}

static void
test_cbs_import (Fixture *f, gconstpointer data)
{
  g_autoptr (GFile) file = write_file (f, "kwb-2025.csv", cbs_2025);
  guint before = count_rows (f, "neighbourhood_figures");
  guint areas = count_rows (f, "neighbourhoods");
  KringAnalysisCbsDialog *dialog;
  g_autoptr (GListModel) stored = NULL;
  guint found = 0;

  g_assert_false (shows_year (f, "2025"));
  dialog = open_cbs_dialog (f);
  kring_analysis_cbs_dialog_load_file (dialog, file);
  kring_ui_test_wait (dialog_read, dialog);
  g_assert_cmpstr (kring_analysis_cbs_dialog_get_state (dialog), ==, "preview");
  /* The year comes from the file name. */
  g_assert_cmpstr (gtk_editable_get_text (kring_analysis_cbs_dialog_get_year (dialog)), ==, "2025");
  kring_ui_test_screenshot (GTK_WIDGET (dialog), "analysis-cbs-preview");
  g_assert_true (kring_analysis_cbs_dialog_import (dialog));
  kring_ui_test_wait (dialog_closed, NULL);
  await_page (f);
  g_assert_cmpuint (count_rows (f, "neighbourhood_figures"), ==, before + 2);
  g_assert_cmpuint (count_rows (f, "neighbourhoods"), ==, areas);
  g_assert_true (shows_year (f, "2025"));
  stored = kring_test_list (f->store, "neighbourhood_figures", "year", "2025", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (stored, i);
      const char *indicator = kring_record_get_string (figure, "indicator");

      g_assert_cmpstr (kring_record_get_string (figure, "source"), ==,
                       _("CBS Kerncijfers wijken en buurten 2025"));
      if (g_str_equal (indicator, "AantalInwoners"))
        found += kring_record_get_double (figure, "value", NAN) == 3190;
      else if (g_str_equal (indicator, "HuishoudensTotaal"))
        found += kring_record_is_null (figure, "value");  /* ".": unknown, not 0 */
    }
  g_assert_cmpuint (found, ==, 2);
  assert_missing_shown (f, stored);
}

static void
test_cbs_refused (Fixture *f, gconstpointer data)
{
  g_autoptr (GFile) file = write_file (f, "adressen-2024.csv",
                                       "naam;adres;plaats\r\nJan;Dorpsstraat 1;Marendal\r\n");
  g_autoptr (GFile) good = write_file (f, "kwb-2025.csv", cbs_2025);
  guint before = count_rows (f, "neighbourhood_figures");
  KringAnalysisCbsDialog *dialog = open_cbs_dialog (f);

  kring_analysis_cbs_dialog_load_file (dialog, file);
  kring_ui_test_wait (dialog_read, dialog);
  g_assert_cmpstr (kring_analysis_cbs_dialog_get_state (dialog), ==, "error");
  g_assert_nonnull (kring_analysis_cbs_dialog_get_error (dialog));
  g_assert_true (kring_ui_test_shows_text (GTK_WIDGET (dialog), kring_analysis_cbs_dialog_get_error (dialog),
                             TRUE));
  kring_ui_test_screenshot (GTK_WIDGET (dialog), "analysis-cbs-error");
  g_assert_false (kring_analysis_cbs_dialog_import (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  kring_ui_test_wait (dialog_closed, NULL);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_cmpuint (count_rows (f, "neighbourhood_figures"), ==, before);

  /* A good file, looked at and then cancelled: nothing stored either. */
  dialog = open_cbs_dialog (f);
  kring_analysis_cbs_dialog_load_file (dialog, good);
  kring_ui_test_wait (dialog_read, dialog);
  g_assert_cmpstr (kring_analysis_cbs_dialog_get_state (dialog), ==, "preview");
  gtk_window_close (GTK_WINDOW (dialog));
  kring_ui_test_wait (dialog_closed, NULL);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_cmpuint (count_rows (f, "neighbourhood_figures"), ==, before);
}

/* --- manual figures --- */

static KringRecord *
stored_figure (Fixture *f, const char *id)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, "neighbourhood_figures", "id", id, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  return g_list_model_get_item (rows, 0);
}

static void
test_correct_figure (Fixture *f, gconstpointer data)
{
  GtkGrid *grid = section_grid (f, KRING_ANALYSIS_FIGURES);
  /* The latest year of the first area's first figure. */
  int column = f->page->report->years->len;
  GtkWidget *cell = gtk_grid_get_child_at (grid, column, 2);
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (cell));
  g_auto (GStrv) key = g_strsplit (g_variant_get_string (target, NULL), "\t", 3);
  g_autoptr (KringRecord) before = NULL, after = NULL;
  guint figures = count_rows (f, "neighbourhood_figures");
  KringFormDialog *dialog;
  g_autoptr (GListModel) rows = NULL;

  /* The first value of the table: find its row by what the cell names. */
  rows = kring_test_list (f->store, "neighbourhood_figures", "neighbourhood_id", key[0], NULL);
  for (guint i = 0; i < g_list_model_get_n_items (rows) && before == NULL; i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_str_equal (kring_record_get_string (row, "indicator"), key[2])
          && kring_record_get_int (row, "year", 0) == g_ascii_strtoll (key[1], NULL, 10))
        before = g_object_ref (row);
    }
  g_assert_nonnull (before);
  dialog = kring_ui_test_open_form (GTK_WIDGET (f->page), "analysis.edit-figure",
                                    g_variant_get_string (target, NULL));
  kring_ui_test_type (dialog, "_value", "twaalf");
  g_assert_false (kring_form_dialog_activate_save (dialog));
  kring_ui_test_type (dialog, "_value", "1234,5");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_ui_test_await_form_closed ();
  await_page (f);
  after = stored_figure (f, kring_record_get_id (before));
  g_assert_cmpfloat (kring_record_get_double (after, "value", NAN), ==, 1234.5);
  g_assert_cmpuint (count_rows (f, "neighbourhood_figures"), ==, figures);
  assert_cell (section_grid (f, KRING_ANALYSIS_FIGURES), column, 2, 1234.5);
}

static void
test_add_figure (Fixture *f, gconstpointer data)
{
  guint figures = count_rows (f, "neighbourhood_figures");
  KringFormDialog *dialog;
  g_autoptr (GListModel) added = NULL;
  g_autoptr (KringRecord) figure = NULL;

  g_assert_false (kring_ui_test_shows_text (GTK_WIDGET (section_grid (f, KRING_ANALYSIS_FIGURES)), "Marendal",
                              TRUE));
  dialog = kring_ui_test_open_form (GTK_WIDGET (f->page), "analysis.edit-figure", "");
  /* The gemeente has no figures yet: its first one can be typed too. */
  kring_ui_test_choose (dialog, "neighbourhood_id", "Marendal");
  kring_ui_test_type (dialog, "year", "2020");
  kring_ui_test_type (dialog, "indicator", "WmoClientenRelatief");
  kring_ui_test_type (dialog, "_value", "61,2");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_ui_test_await_form_closed ();
  await_page (f);
  g_assert_cmpuint (count_rows (f, "neighbourhood_figures"), ==, figures + 1);
  added = kring_test_list (f->store, "neighbourhood_figures", "year", "2020", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (added), ==, 1);
  figure = g_list_model_get_item (added, 0);
  g_assert_cmpfloat (kring_record_get_double (figure, "value", NAN), ==, 61.2);
  g_assert_true (shows_year (f, "2020"));
  g_assert_true (kring_ui_test_shows_text (GTK_WIDGET (section_grid (f, KRING_ANALYSIS_FIGURES)), "Marendal",
                             TRUE));
}

/* --- notes --- */

static void
write_note (Fixture *f, const char *chart, const char *text)
{
  KringFormDialog *dialog = kring_ui_test_open_form (GTK_WIDGET (f->page), "analysis.edit-note",
                                                     chart);

  kring_ui_test_type (dialog, "note", text);
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_ui_test_await_form_closed ();
  await_page (f);
}

static void
test_note (Fixture *f, gconstpointer data)
{
  GtkLabel *note = f->page->parts[KRING_ANALYSIS_SUPPLY].note;
  g_autoptr (GListModel) notes = NULL;
  g_autoptr (KringRecord) row = NULL;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (note)));
  write_note (f, KRING_REPORT_NOTE_SUPPLY, "Voor schulden ontbreekt een partner dichtbij.");
  g_assert_cmpstr (gtk_label_get_text (f->page->parts[KRING_ANALYSIS_SUPPLY].note), ==,
                   "Voor schulden ontbreekt een partner dichtbij.");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->parts[KRING_ANALYSIS_SUPPLY].note)));
  /* One note per team and chart: a second save updates it. */
  write_note (f, KRING_REPORT_NOTE_SUPPLY, "Stadsbank komt in de binnenring.");
  notes = kring_test_list (f->store, "analysis_notes", NULL, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  row = g_list_model_get_item (notes, 0);
  g_assert_cmpstr (kring_record_get_string (row, "note"), ==, "Stadsbank komt in de binnenring.");
  g_assert_cmpstr (kring_record_get_string (row, "chart"), ==, "supply");
  g_assert_cmpstr (kring_record_get_string (row, "team_id"), ==, f->page->report->team_id);
  /* Shown after a fresh load too. */
  kring_analysis_page_reload (f->page);
  await_page (f);
  g_assert_true (kring_ui_test_shows_text (GTK_WIDGET (f->page), "Stadsbank komt in de binnenring.", TRUE));
}

/* --- report and tables --- */

static gboolean
report_done (gpointer data)
{
  Fixture *f = data;

  return f->page->last_message != NULL
         && g_strcmp0 (f->page->last_message, _("Making the report…")) != 0;
}

static void
make_report (Fixture *f, GFile *file)
{
  kring_analysis_write_report_to (f->page, file);
  g_assert_cmpstr (f->page->last_message, ==, _("Making the report…"));
  kring_ui_test_wait (report_done, f);
}

static void
test_report (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "wijkanalyse.pdf", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "weg", "nergens", "rapport.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) nowhere = g_file_new_for_path (bad);
  g_autofree char *saved = g_strdup_printf (_("Report saved as %s"), "wijkanalyse.pdf");
  g_autofree char *contents = NULL;
  gsize length;

  make_report (f, file);
  g_assert_cmpstr (f->page->last_message, ==, saved);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (length > 1000 && g_str_has_prefix (contents, "%PDF"));
  /* A folder that is not there: told, not silently dropped. */
  make_report (f, nowhere);
  g_assert_true (g_str_has_prefix (f->page->last_message, _("The report could not be made")));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

static void
test_tables (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "tabellen", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (path);
  g_autoptr (GPtrArray) tables = kring_report_tables (f->page->report);
  g_autofree char *told = g_strdup_printf (_("Tables exported to %s"), "tabellen");

  kring_analysis_export_csv_to (f->page, folder);
  g_assert_cmpstr (f->page->last_message, ==, told);
  g_assert_cmpuint (tables->len, >=, 5);
  for (guint i = 0; i < tables->len; i++)
    {
      KringReportTable *table = g_ptr_array_index (tables, i);
      g_autofree char *name = g_strdup_printf ("%s.csv", table->name);
      g_autofree char *csv = g_build_filename (path, name, NULL);

      g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
    }
}

/* --- lock --- */

static void
test_lock (Fixture *f, gconstpointer data)
{
  static const char *const texts[] = {
    "Wijkteam Noord", "Gezondheidscentrum De Vaart", "Oude Dorp", "fictief voorbeeld",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_true (kring_ui_test_shows_text (GTK_WIDGET (f->page), texts[i], FALSE));
  kring_analysis_page_set_store (f->page, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->page->stack), ==, "loading");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (kring_ui_test_shows_text (GTK_WIDGET (f->page), texts[i], FALSE))
      {
        debug_where (GTK_WIDGET (f->page), texts[i]);
        g_error ("“%s” is still shown after the lock", texts[i]);
      }
  g_assert_null (f->page->report);
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);

  g_test_add ("/ui/analysis-page/supply", Fixture, NULL, fixture_set_up, test_supply,
              fixture_tear_down);
  g_test_add ("/ui/analysis-page/health", Fixture, NULL, fixture_set_up, test_health,
              fixture_tear_down);
  g_test_add ("/ui/analysis-page/cbs-import", Fixture, NULL, fixture_set_up, test_cbs_import,
              fixture_tear_down);
  g_test_add ("/ui/analysis-page/cbs-refused", Fixture, NULL, fixture_set_up, test_cbs_refused,
              fixture_tear_down);
  g_test_add ("/ui/analysis-page/correct-figure", Fixture, NULL, fixture_set_up,
              test_correct_figure, fixture_tear_down);
  g_test_add ("/ui/analysis-page/add-figure", Fixture, NULL, fixture_set_up, test_add_figure,
              fixture_tear_down);
  g_test_add ("/ui/analysis-page/note", Fixture, NULL, fixture_set_up, test_note,
              fixture_tear_down);
  g_test_add ("/ui/analysis-page/report", Fixture, NULL, fixture_set_up, test_report,
              fixture_tear_down);
  g_test_add ("/ui/analysis-page/tables", Fixture, NULL, fixture_set_up, test_tables,
              fixture_tear_down);
  g_test_add ("/ui/analysis-page/lock", Fixture, NULL, fixture_set_up, test_lock,
              fixture_tear_down);
  return g_test_run ();
}
