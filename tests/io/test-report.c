/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "kring-record.h"
#include "kring-report.h"
#include "kring-test-util.h"

/*
 * The wijkanalyse of the example district as loaded once (supply, demand,
 * figures) and as CSV tables read back the way a spreadsheet would: the
 * headers, the year columns, CBS's missing figures as empty cells, counts
 * made by hand from data/demo/voorbeeldwijk.json, and not one household
 * label or name.
 */

typedef struct
{
  char        *dir;
  KringStore  *store;
  KringReport *report;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  kring_report_load_async (f->store, "Wijkteam Noord", 6, NULL, kring_test_store_result,
                           &pending);
  result = kring_test_await (&pending);
  f->report = kring_report_load_finish (result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->report);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_pointer (&f->report, kring_report_free);
  kring_test_store_close (f->store);
  g_clear_object (&f->store);
  g_clear_pointer (&f->dir, g_free);
}

/* --- the load --- */

static char *
supply_text (const KringReport *report)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < report->supply->rows->len; i++)
    {
      KringMapSupplyRow *row = &g_array_index (report->supply->rows, KringMapSupplyRow, i);

      g_string_append_printf (out, "%s=%u/%u/%u/%u/%u/%s;", row->domain, row->counts[0],
                              row->counts[1], row->counts[2], row->counts[3], row->demand,
                              row->gap ? "gap" : "-");
    }
  return g_string_free (out, FALSE);
}

/* Hand-counted by tests/data/hand-counts/supply.py over voorbeeldwijk.json
 * and vocabularies.json, following kring-store-map.c: every active member
 * of Wijkteam Noord in the kernteam with the life domains of their home
 * organisation, a partner node per ring placement (an organisation with its
 * own life domains and its services', a placed service with its own;
 * kernteam organisations that members come from are shown as the members),
 * then every organisation the team did not place in the sociale kaart
 * (ring 3). Domains by name. Demand: open households with an open goal per
 * domain (tests/data/hand-counts/demand.py); a gap where there is demand
 * and nobody in the kernteam or inner ring. */
static void
test_load (Fixture *f, gconstpointer data)
{
  g_autofree char *supply = supply_text (f->report);
  KringDemandStatus *uitvoering;

  g_assert_cmpstr (f->report->team_name, ==, "Wijkteam Noord");
  g_assert_cmpstr (supply, ==,
                   "Basale ADL=3/0/1/4/0/-;Financiën=4/2/3/10/1/-;"
                   "Geestelijke gezondheid=5/3/3/4/2/-;Huiselijke relaties=4/1/2/0/1/-;"
                   "Huisvesting=3/2/1/4/1/-;Instrumentele ADL=4/0/0/6/1/-;"
                   "Justitie=2/2/0/1/0/-;Lichamelijke gezondheid=1/4/1/5/0/-;"
                   "Maatschappelijke participatie=3/0/1/7/0/-;Middelengebruik=0/0/2/0/1/gap;"
                   "Opvoeding en ontwikkeling kinderen=2/4/4/4/1/-;"
                   "Sociaal netwerk=5/0/1/15/1/-;Tijdsbesteding=4/0/1/6/1/-;"
                   "Veiligheid=2/1/3/1/0/-;Werk en opleiding=2/1/2/2/3/-;");
  /* The nine organisations Wijkteam Noord placed in its inner ring (the
   * kernteam's organisations are shown by their members, who are people,
   * not partners); one gap, Middelengebruik. */
  g_assert_cmpuint (kring_report_close_partners (f->report), ==, 9);
  g_assert_cmpuint (kring_report_gaps (f->report), ==, 1);
  /* 7 households, one closed; 5 open actions past due. */
  g_assert_cmpuint (f->report->demand->open_households, ==, 6);
  g_assert_cmpuint (f->report->demand->overdue_actions, ==, 5);
  g_assert_cmpuint (f->report->demand->statuses->len, ==, 6);
  uitvoering = &g_array_index (f->report->demand->statuses, KringDemandStatus, 3);
  g_assert_cmpstr (uitvoering->status, ==, "uitvoering");
  g_assert_cmpuint (uitvoering->households, ==, 2);
  g_assert_cmpuint (f->report->demand->domains->len, ==, 15);
  /* Figures of the wijk and its 3 buurten: 2023 and 2024 for 8 indicators,
   * 2021 and 2022 for 5: 4 × (16 + 10). */
  g_assert_cmpuint (f->report->years->len, ==, 4);
  g_assert_cmpuint (g_array_index (f->report->years, guint, 0), ==, 2021);
  g_assert_cmpuint (g_array_index (f->report->years, guint, 3), ==, 2024);
  g_assert_cmpuint (g_list_model_get_n_items (f->report->figures), ==, 104);
}

/* --- reading CSV back --- */

/* One line of the dialect (';', '"' quoting with doubled quotes) into
 * fields. No field of these tables holds a line break. */
static GPtrArray *
parse_line (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line;; p++)
    {
      if (*p == '"' && quoted && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if ((*p == ';' && !quoted) || *p == '\0')
        {
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          if (*p == '\0')
            return fields;
          field = g_string_new (NULL);
        }
      else
        g_string_append_c (field, *p);
    }
}

/* The rows of NAME.csv in @dir, header first: a GPtrArray of GPtrArrays. */
static GPtrArray *
read_csv (const char *dir, const char *name)
{
  g_autofree char *basename = g_strconcat (name, ".csv", NULL);
  g_autofree char *path = g_build_filename (dir, basename, NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text + 3, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    g_ptr_array_add (rows, parse_line (lines[i]));
  return rows;
}

static const char *
cell (GPtrArray *row, guint column)
{
  g_assert_cmpuint (column, <, row->len);
  return g_ptr_array_index (row, column);
}

/* The first row whose cells @a and @b are @va and @vb. */
static GPtrArray *
find_row (GPtrArray *rows, guint a, const char *va, guint b, const char *vb)
{
  for (guint i = 1; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (cell (row, a), va) == 0 && (vb == NULL || g_strcmp0 (cell (row, b), vb) == 0))
        return row;
    }
  g_error ("no row with %s / %s", va, vb);
  return NULL;
}

/* The row's cells from @first on, joined with "|". */
static char *
cells (GPtrArray *row, guint first)
{
  GString *out = g_string_new (NULL);

  for (guint i = first; i < row->len; i++)
    g_string_append_printf (out, "%s%s", i > first ? "|" : "", cell (row, i));
  return g_string_free (out, FALSE);
}

#define ASSERT_CELLS(row, first, expected) \
  G_STMT_START { g_autofree char *c_ = cells ((row), (first)); \
                 g_assert_cmpstr (c_, ==, (expected)); } G_STMT_END

static const char *const table_names[] = {
  "buurtcijfers", "aanbod-per-leefgebied", "vraag-per-status", "vraag-per-leefgebied",
  "aanbod-naast-behoefte", "zonder-samenwerkingsafspraken", "zonder-vaste-contactpersoon",
  "geen-contact-sinds", "laag-vertrouwen",
};

static char *
write_tables (Fixture *f)
{
  char *dir = g_build_filename (f->dir, "export", "wijkanalyse", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (GError) error = NULL;

  g_assert_true (kring_report_csv_write (f->report, folder, &error));
  g_assert_no_error (error);
  return dir;
}

static void
test_tables (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) tables = kring_report_tables (f->report);

  g_assert_cmpuint (tables->len, ==, G_N_ELEMENTS (table_names));
  for (guint i = 0; i < tables->len; i++)
    {
      KringReportTable *table = g_ptr_array_index (tables, i);

      g_assert_cmpstr (table->name, ==, table_names[i]);
      g_assert_true (table->title != NULL && *table->title != '\0');
      g_assert_cmpuint (g_bytes_get_size (table->bytes), >, 3);
    }
}

#define SOURCE "CBS Kerncijfers wijken en buurten (fictief voorbeeld)"

/* Columns: area, code, figure, CBS column, 2021…2024, source. 3 buurten ×
 * 8 indicators and the wijk's 3 totals; Lindenhof has no 2021 figure for
 * the social minimum (null in the demo: CBS's "."), and the earlier years
 * cover only 5 indicators. */
static void
check_figures (const char *dir)
{
  g_autoptr (GPtrArray) rows = read_csv (dir, "buurtcijfers");
  GPtrArray *header = g_ptr_array_index (rows, 0);
  g_autofree char *titles = g_strjoin ("|", _("Area"), _("Area code"), _("Figure"),
                                       _("CBS column"), "2021", "2022", "2023", "2024",
                                       _("Source"), NULL);
  g_autofree char *inhabitants = g_strdup_printf ("BU99990101|%s|AantalInwoners|3155|3140|3120|"
                                                  "3095|" SOURCE,
                                                  kring_report_indicator_title ("AantalInwoners"));

  ASSERT_CELLS (header, 0, titles);
  g_assert_cmpuint (rows->len, ==, 1 + 4 * 8);
  /* The wijk first, then the buurten by name. */
  g_assert_cmpstr (cell (g_ptr_array_index (rows, 1), 0), ==, "Marendal-Noord");
  g_assert_cmpstr (cell (g_ptr_array_index (rows, 9), 0), ==, "Lindenhof");
  g_assert_cmpstr (cell (g_ptr_array_index (rows, 25), 0), ==, "Vaartkwartier");
  ASSERT_CELLS (find_row (rows, 0, "Lindenhof", 3, "HuishOnderOfRondSociaalMinimum"), 4,
                "|8,8|9|9,4|" SOURCE);
  ASSERT_CELLS (find_row (rows, 0, "Oude Dorp", 3, "AantalInwoners"), 1, inhabitants);
  /* Only 2023 and 2024 for the over-65s; the wijk's are the buurten's sum,
   * and its social minimum of 2021 is missing like Lindenhof's; 2022's
   * weighted mean is 10,05, published rounded as 10. */
  ASSERT_CELLS (find_row (rows, 0, "Marendal-Noord", 3, "HuishOnderOfRondSociaalMinimum"), 4,
                "|10|10,3|10,8|" SOURCE);
  ASSERT_CELLS (find_row (rows, 0, "Marendal-Noord", 3, "k_65JaarOfOuder"), 4,
                "||2260|2353|" SOURCE);
  ASSERT_CELLS (find_row (rows, 0, "Vaartkwartier", 3, "PercentageJongerenMetJeugdzorg"), 4,
                "||15,3|16|" SOURCE);
}

/* The hand counts of test_load, as cells. */
static void
check_supply_and_demand (const char *dir)
{
  g_autoptr (GPtrArray) supply = read_csv (dir, "aanbod-per-leefgebied");
  g_autoptr (GPtrArray) statuses = read_csv (dir, "vraag-per-status");
  g_autoptr (GPtrArray) demand = read_csv (dir, "vraag-per-leefgebied");
  g_autofree char *titles = g_strjoin ("|", _("Life domain"), _("Core team"), _("Inner ring"),
                                       _("Outer ring"), _("Social map"),
                                       _("Demand (households)"), _("Gap"), NULL);
  g_autofree char *financien = g_strjoin ("|", "4|2|3|10|1", _("no"), NULL);
  g_autofree char *social = g_strjoin ("|", "5|0|1|15|1", _("no"), NULL);
  g_autofree char *drugs = g_strjoin ("|", "0|0|2|0|1", _("yes"), NULL);

  g_assert_cmpuint (supply->len, ==, 1 + 15);
  ASSERT_CELLS (g_ptr_array_index (supply, 0), 0, titles);
  ASSERT_CELLS (find_row (supply, 0, "Financiën", 0, NULL), 1, financien);
  ASSERT_CELLS (find_row (supply, 0, "Sociaal netwerk", 0, NULL), 1, social);
  ASSERT_CELLS (find_row (supply, 0, "Middelengebruik", 0, NULL), 1, drugs);
  g_assert_cmpuint (statuses->len, ==, 1 + 6);
  ASSERT_CELLS (g_ptr_array_index (statuses, 4), 0, "uitvoering|2");
  ASSERT_CELLS (g_ptr_array_index (statuses, 6), 0, "afgesloten|1");
  /* Domains in the configured order; the mean change with one decimal
   * (Financiën +1 +0 +1 +1 → 0,75 → 0,8; Huisvesting 4/3 → 1,3), empty
   * where nobody was measured twice. */
  g_assert_cmpuint (demand->len, ==, 1 + 15);
  ASSERT_CELLS (g_ptr_array_index (demand, 1), 0, "Financiën|1|4|0,8|1");
  ASSERT_CELLS (find_row (demand, 0, "Werk en opleiding", 0, NULL), 1, "3|3|1|2");
  ASSERT_CELLS (find_row (demand, 0, "Huisvesting", 0, NULL), 1, "1|3|1,3|0");
  ASSERT_CELLS (find_row (demand, 0, "Justitie", 0, NULL), 1, "0|0||0");
}

/* Sociaal netwerk's figure is the share of single-person households of the
 * team's own area, the wijk Marendal-Noord, latest year 2024: 41,1 % (the
 * buurten's 42, 37 and 45 % weighted by their 1602, 2085 and 1765
 * households). Financiën likewise shows the wijk's social minimum. */
static void
check_need_and_health (Fixture *f, const char *dir)
{
  g_autoptr (GPtrArray) need = read_csv (dir, "aanbod-naast-behoefte");
  g_autoptr (GPtrArray) agreements = read_csv (dir, "zonder-samenwerkingsafspraken");
  g_autoptr (GPtrArray) trust = read_csv (dir, "laag-vertrouwen");
  double single = kring_report_figure (f->report, NULL, "PercentageEenpersoonshuishoudens", 0);
  g_autofree char *social = g_strjoin ("|", "5|1",
                                       kring_report_indicator_title ("PercentageEenpersoonshuishoudens"),
                                       "Marendal-Noord|2024|41,1", NULL);
  g_autofree char *money = g_strjoin ("|", "6|1",
                                      kring_report_indicator_title ("HuishOnderOfRondSociaalMinimum"),
                                      "Marendal-Noord|2024|10,8", NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_months (now, -14);
  g_autofree char *day = g_date_time_format (then, "%Y-%m-%d");
  g_autofree char *zorgvaart = g_strjoin ("|", _("outer ring"), day, "2", NULL);

  /* The same figure the page and the PDF show. */
  g_assert_cmpfloat_with_epsilon (single, 41.1, 1e-9);
  ASSERT_CELLS (find_row (need, 0, "Sociaal netwerk", 0, NULL), 1, social);
  ASSERT_CELLS (find_row (need, 0, "Financiën", 0, NULL), 1, money);
  /* No figure fits Justitie: the figure cells stay empty. */
  ASSERT_CELLS (find_row (need, 0, "Justitie", 0, NULL), 1, "4|0||||");
  /* The six partners of test-store-analysis's hand count, by name. */
  g_assert_cmpuint (agreements->len, ==, 1 + 6);
  g_assert_cmpstr (cell (g_ptr_array_index (agreements, 1), 0), ==,
                   "Gezondheidscentrum De Vaart");
  /* Outer ring, last contact "@today-14m", trust 2. */
  ASSERT_CELLS (find_row (trust, 0, "Zorgverzekeraar De Zorgvaart", 0, NULL), 1, zorgvaart);
}

/* Every household label and every name of a household member or network
 * person of the example district. */
static GPtrArray *
private_words (KringStore *store)
{
  static const char *const sources[][2] = {
    { "households", "label" }, { "household_members", "name" }, { "network_persons", "name" },
  };
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      g_autoptr (GListModel) rows = kring_test_list (store, sources[s][0], NULL, NULL, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
          const char *word = kring_record_get_string (row, sources[s][1]);

          if (word != NULL && *word != '\0')
            g_ptr_array_add (words, g_strdup (word));
        }
    }
  g_assert_cmpuint (words->len, >=, 7);
  return words;
}

static void
check_private (Fixture *f, const char *dir)
{
  g_autoptr (GPtrArray) words = private_words (f->store);

  for (guint t = 0; t < G_N_ELEMENTS (table_names); t++)
    {
      g_autofree char *basename = g_strconcat (table_names[t], ".csv", NULL);
      g_autofree char *path = g_build_filename (dir, basename, NULL);

      for (guint i = 0; i < words->len; i++)
        if (kring_test_file_contains (path, words->pdata[i]))
          g_error ("%s holds “%s”", basename, (char *) words->pdata[i]);
    }
}

static void
test_csv (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = write_tables (f);

  check_figures (dir);
  check_supply_and_demand (dir);
  check_need_and_health (f, dir);
  check_private (f, dir);
}

/* A regular file where the folder should be: a clear error, nothing written. */
static void
test_not_a_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "wijkanalyse", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autofree char *contents = NULL;
  guint n_csv = 0;
  const char *name;

  g_assert_true (g_file_set_contents (path, "mijn bestand", -1, NULL));
  g_assert_false (kring_report_csv_write (f->report, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "mijn bestand");
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    n_csv += g_str_has_suffix (name, ".csv");
  g_assert_cmpuint (n_csv, ==, 0);
}

/* --- the whole area's figure, on areas made here --- */

static KringRecord *
area_new (GListStore *areas, const char *id, const char *kind)
{
  g_autoptr (KringRecord) area = kring_record_new_with_id ("neighbourhoods", id);

  kring_record_set_string (area, "name", id);
  kring_record_set_string (area, "kind", kind);
  g_list_store_append (areas, area);
  return area;
}

static void
figure_add (GListStore *figures, const char *area, const char *indicator, guint year,
            double value)
{
  g_autoptr (KringRecord) figure = kring_record_new ("neighbourhood_figures");

  kring_record_set_string (figure, "neighbourhood_id", area);
  kring_record_set_string (figure, "indicator", indicator);
  kring_record_set_int (figure, "year", year);
  if (isnan (value))
    kring_record_set_null (figure, "value");
  else
    kring_record_set_double (figure, "value", value);
  g_list_store_append (figures, figure);
}

/* Two buurten and a wijk without figures of its own: counts add up, a
 * percentage never comes from one buurt standing in for the whole, a
 * missing buurt makes the sum unknown, and a gemeente row wins. */
static void
test_whole_area (void)
{
  g_autoptr (KringReport) report = g_new0 (KringReport, 1);
  GListStore *areas = g_list_store_new (KRING_TYPE_RECORD);
  GListStore *figures = g_list_store_new (KRING_TYPE_RECORD);
  guint years[] = { 2023, 2024 };
  KringReportNeed need;

  area_new (areas, "wijk", "wijk");
  area_new (areas, "a", "buurt");
  area_new (areas, "b", "buurt");
  report->area_id = g_strdup ("wijk");
  report->neighbourhoods = G_LIST_MODEL (areas);
  report->figures = G_LIST_MODEL (figures);
  report->years = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (report->years, years, 2);
  figure_add (figures, "a", "AantalInwoners", 2023, 100);
  figure_add (figures, "b", "AantalInwoners", 2023, 50);
  figure_add (figures, "a", "AantalInwoners", 2024, 110);
  figure_add (figures, "b", "AantalInwoners", 2024, NAN);
  figure_add (figures, "a", "PercentageEenpersoonshuishoudens", 2024, 37);

  /* 2024 misses b: the latest complete year is 2023. */
  g_assert_cmpfloat (kring_report_figure (report, NULL, "AantalInwoners", 0), ==, 150);
  g_assert_true (isnan (kring_report_figure (report, NULL, "AantalInwoners", 2024)));
  g_assert_true (isnan (kring_report_figure (report, NULL, "PercentageEenpersoonshuishoudens", 0)));
  g_assert_cmpfloat (kring_report_figure (report, "a", "PercentageEenpersoonshuishoudens", 0),
                     ==, 37);
  g_assert_false (kring_report_need_figure (report, "Sociaal netwerk", &need));

  area_new (areas, "gemeente", "gemeente");
  figure_add (figures, "gemeente", "PercentageEenpersoonshuishoudens", 2024, 40);
  g_assert_true (kring_report_need_figure (report, "Sociaal netwerk", &need));
  g_assert_cmpstr (need.indicator, ==, "PercentageEenpersoonshuishoudens");
  g_assert_cmpstr (need.area_name, ==, "gemeente");
  g_assert_cmpuint (need.year, ==, 2024);
  g_assert_cmpfloat (need.value, ==, 40);
  g_assert_false (kring_report_need_figure (report, "Justitie", &need));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/whole-area", test_whole_area);
  g_test_add ("/report/load", Fixture, NULL, fixture_set_up, test_load, fixture_tear_down);
  g_test_add ("/report/tables", Fixture, NULL, fixture_set_up, test_tables, fixture_tear_down);
  g_test_add ("/report/csv", Fixture, NULL, fixture_set_up, test_csv, fixture_tear_down);
  g_test_add ("/report/not-a-folder", Fixture, NULL, fixture_set_up, test_not_a_folder,
              fixture_tear_down);
  return g_test_run ();
}
