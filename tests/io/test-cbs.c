/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include "kring-cbs.h"
#include "kring-demo.h"
#include "kring-test-util.h"

/*
 * CBS Kerncijfers wijken en buurten as StatLine writes them: two years of
 * the same figures under different column suffixes, "." for missing, text
 * padded with spaces, columns the app does not know; and the files that
 * must be refused whole.
 */

/* The same table in two years: the suffixes differ, the stems do not. */
static const char year_2022[] =
  "\xEF\xBB\xBF\"ID\";\"WijkenEnBuurten\";\"Gemeentenaam_1\";\"SoortRegio_2\";\"Codering_3\";"
  "\"AantalInwoners_5\";\"HuishoudensTotaal_28\";\"Eenpersoonshuishoudens_29\";"
  "\"WmoClienten_104\";\"NieuweKolom_120\";\"Opmerking_121\"\r\n"
  "0;\"Marendal                                \";\"Marendal  \";\"Gemeente  \";\"GM9901    \";"
  "41230;18400;7010;2150;3;\"  \"\r\n"
  "1;\"Wijk 00 Noord  \";\"Marendal  \";\"Wijk      \";\"WK990100  \";9870;4480;1950;610;.;"
  "\"herindeling\"\r\n"
  "2;\"Vaartkwartier  \";\"Marendal  \";\"Buurt     \";\"BU99010001\";4120;2010;     .;"
  "305;1.5;\"\"\r\n";

static const char year_2023[] =
  "\"ID\";\"WijkenEnBuurten\";\"Gemeentenaam_1\";\"SoortRegio_2\";\"Codering_3\";"
  "\"AantalInwoners_6\";\"HuishoudensTotaal_30\";\"Eenpersoonshuishoudens_31\";"
  "\"WmoClienten_112\"\n"
  "0;\"GM9901    \";\"Marendal  \";\"Gemeente  \";\"GM9901    \";41590;18610;7120;2230\n"
  "2;\"BU99010001\";\"Marendal  \";\"Buurt     \";\"BU99010001\";4160;2030;1010;318\n";

static KringCbsTable *
parse (const char *text, GError **error)
{
  return kring_cbs_parse ("kwb.csv", text, strlen (text), error);
}

static double
value (KringCbsTable *table, guint region, const char *stem)
{
  int column = kring_cbs_find_numeric (table, stem);
  KringCbsRegion *r = table->regions->pdata[region];

  g_assert_cmpint (column, >=, 0);
  return r->values[column];
}

static void
test_stems (void)
{
  const char *cases[][2] = {
    { "AantalInwoners_5", "AantalInwoners" }, { "AantalInwoners_112", "AantalInwoners" },
    { "ID", "ID" }, { "Gemeentenaam_1", "Gemeentenaam" }, { "Leeftijd_65_", "Leeftijd_65_" },
    { "k_65JaarOfOuder_12", "k_65JaarOfOuder" }, { "_5", "_5" }, { "Oppervlakte_a", "Oppervlakte_a" },
  };
  KringCbsKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stem = kring_cbs_stem (cases[i][0]);

      g_assert_cmpstr (stem, ==, cases[i][1]);
    }
  g_assert_true (kring_cbs_code_kind ("BU03630000", &kind) && kind == KRING_CBS_BUURT);
  g_assert_true (kring_cbs_code_kind ("WK036300", &kind) && kind == KRING_CBS_WIJK);
  g_assert_true (kring_cbs_code_kind ("GM0363", &kind) && kind == KRING_CBS_GEMEENTE);
  g_assert_false (kring_cbs_code_kind ("BU0363", &kind));
  g_assert_false (kring_cbs_code_kind ("NL01", &kind));
}

static void
test_two_years (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringCbsTable) a = parse (year_2022, &error);
  g_autoptr (KringCbsTable) b = NULL;
  KringCbsRegion *buurt;

  g_assert_no_error (error);
  b = parse (year_2023, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (a->regions->len, ==, 3);
  g_assert_cmpuint (b->regions->len, ==, 2);
  for (guint i = 0; i < b->numeric->len; i++)
    g_assert_cmpint (kring_cbs_find_numeric (a, b->numeric->pdata[i]), >=, 0);
  g_assert_cmpfloat (value (a, 0, "AantalInwoners"), ==, 41230);
  g_assert_cmpfloat (value (b, 0, "AantalInwoners"), ==, 41590);
  g_assert_cmpfloat (value (b, 1, "WmoClienten"), ==, 318);
  buurt = a->regions->pdata[2];
  g_assert_cmpstr (buurt->code, ==, "BU99010001");
  g_assert_cmpstr (buurt->name, ==, "Vaartkwartier");
  g_assert_cmpstr (buurt->municipality, ==, "Marendal");
  g_assert_cmpint (buurt->kind, ==, KRING_CBS_BUURT);
  g_assert_cmpint (((KringCbsRegion *) a->regions->pdata[1])->kind, ==, KRING_CBS_WIJK);
  /* Without labels, WijkenEnBuurten holds the code and there is no name. */
  g_assert_null (((KringCbsRegion *) b->regions->pdata[1])->name);
}

/* "." is missing, never zero; unknown columns are kept. */
static void
test_missing_and_unknown (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringCbsTable) table = parse (year_2022, &error);
  KringCbsRegion *wijk, *buurt;

  g_assert_no_error (error);
  g_assert_true (isnan (value (table, 2, "Eenpersoonshuishoudens")));
  g_assert_true (isnan (value (table, 1, "NieuweKolom")));
  g_assert_cmpfloat (value (table, 2, "NieuweKolom"), ==, 1.5);
  g_assert_cmpuint (table->text->len, ==, 1);
  g_assert_cmpstr (table->text->pdata[0], ==, "Opmerking");
  wijk = table->regions->pdata[1];
  buurt = table->regions->pdata[2];
  g_assert_cmpstr (wijk->texts[0], ==, "herindeling");
  g_assert_null (buurt->texts[0]);
  g_assert_cmpint (kring_cbs_find_numeric (table, "ID"), ==, -1);
}

/* @length -1: up to the NUL. */
static void
assert_refused (const char *text, gssize length, int code, const char *fragment)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringCbsTable) table = kring_cbs_parse ("kwb.csv", text, length < 0 ? strlen (text)
                                                                             : (gsize) length,
                                                     &error);

  g_assert_null (table);
  g_assert_error (error, KRING_IO_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_refused (void)
{
  g_autofree char *cut = g_strndup (year_2022, strlen (year_2022) - 30);
  g_autofree char *open_quote = g_strndup (year_2022, strlen (year_2022) - 3);
  const char latin1[] = "\"WijkenEnBuurten\";\"Gemeentenaam_1\"\n\"BU99010001\";\"Caf\xe9\"\n";

  assert_refused ("naam;adres;postcode\n\"Buurthuis\";\"Dorpsstraat 1\";\"9999 AA\"\n", -1,
                  KRING_IO_ERROR_INVALID, "WijkenEnBuurten");
  assert_refused (cut, -1, KRING_IO_ERROR_PARSE, "row 4");
  assert_refused (open_quote, -1, KRING_IO_ERROR_PARSE, "row 4");
  assert_refused (latin1, sizeof latin1 - 1, KRING_IO_ERROR_PARSE, "UTF-8");
  assert_refused ("", -1, KRING_IO_ERROR_PARSE, "empty");
  assert_refused ("\"WijkenEnBuurten\";\"AantalInwoners_5\"\n", -1, KRING_IO_ERROR_INVALID,
                  "no regions");
  assert_refused ("\"WijkenEnBuurten\";\"AantalInwoners_5\"\n\"Amsterdam\";5\n", -1,
                  KRING_IO_ERROR_PARSE, "region code");
}

static KringRecord *
record_with (GPtrArray *records, const char *table, const char *column, const char *value)
{
  for (guint i = 0; i < records->len; i++)
    {
      KringRecord *record = records->pdata[i];

      if (g_str_equal (kring_record_get_table (record), table)
          && g_strcmp0 (kring_record_get_string (record, column), value) == 0)
        return record;
    }
  return NULL;
}

static guint
count_table (GPtrArray *records, const char *table)
{
  guint n = 0;

  for (guint i = 0; i < records->len; i++)
    n += g_str_equal (kring_record_get_table (records->pdata[i]), table);
  return n;
}

/* New regions become neighbourhoods under their wijk and gemeente; every
 * number a figure, "." a figure without a value, text a note. */
static void
test_records (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringCbsTable) table = parse (year_2022, &error);
  g_autoptr (GPtrArray) records = kring_cbs_to_records (table, 2022, "CBS 2022", NULL);
  KringRecord *gemeente = record_with (records, "neighbourhoods", "code", "GM9901");
  KringRecord *wijk = record_with (records, "neighbourhoods", "code", "WK990100");
  KringRecord *buurt = record_with (records, "neighbourhoods", "code", "BU99010001");
  KringRecord *missing = NULL, *note;

  g_assert_nonnull (gemeente);
  g_assert_cmpstr (kring_record_get_string (buurt, "name"), ==, "Vaartkwartier");
  g_assert_cmpstr (kring_record_get_string (buurt, "kind"), ==, "buurt");
  g_assert_cmpstr (kring_record_get_string (buurt, "parent_id"), ==, kring_record_get_id (wijk));
  g_assert_cmpstr (kring_record_get_string (wijk, "parent_id"), ==,
                   kring_record_get_id (gemeente));
  g_assert_cmpuint (count_table (records, "neighbourhoods"), ==, 3);
  /* Three regions × five numeric columns, and one note. */
  g_assert_cmpuint (count_table (records, "neighbourhood_figures"), ==, 16);
  for (guint i = 0; i < records->len; i++)
    if (g_strcmp0 (kring_record_get_string (records->pdata[i], "neighbourhood_id"),
                   kring_record_get_id (buurt)) == 0
        && g_strcmp0 (kring_record_get_string (records->pdata[i], "indicator"),
                      "Eenpersoonshuishoudens") == 0)
      missing = records->pdata[i];
  g_assert_nonnull (missing);
  g_assert_true (kring_record_is_null (missing, "value"));
  note = record_with (records, "neighbourhood_figures", "indicator", "Opmerking");
  g_assert_cmpstr (kring_record_get_string (note, "note"), ==, "herindeling");
  g_assert_cmpstr (kring_record_get_string (note, "source"), ==, "CBS 2022");
}

static const char demo_year[] =
  "\"WijkenEnBuurten\";\"Codering_3\";\"AantalInwoners_5\";\"WmoClienten_104\"\n"
  "\"Oude Dorp\";\"BU99990101\";3150;.\n"
  "\"Nieuwbouw Oost\";\"BU99990104\";1200;40\n";

static guint
stored (KringStore *store, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (store, table, column, value, NULL);

  return g_list_model_get_n_items (rows);
}

static void
import (KringStore *store, int year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringCbsTable) table = parse (demo_year, &error);
  g_autoptr (GListModel) areas = kring_test_list (store, "neighbourhoods", NULL, NULL, NULL);
  g_autoptr (GPtrArray) records = kring_cbs_to_records (table, year, "CBS", areas);
  g_autoptr (GAsyncResult) result = NULL;

  g_assert_no_error (error);
  kring_store_save_async (store, records, NULL, kring_test_store_result, &result);
  g_assert_true (kring_store_save_finish (store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
}

/* Into the example district's store: a known buurt keeps its row, a new one
 * goes under the wijk, and the same year again replaces what it wrote. */
static void
test_store (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  KringStore *store = kring_test_store_create (dir, NULL);
  g_autoptr (GListModel) oude_dorp = NULL;
  g_autoptr (GListModel) nieuw = NULL;
  g_autoptr (KringRecord) area = NULL;
  guint areas, figures;

  kring_test_load_demo (store);
  areas = stored (store, "neighbourhoods", NULL, NULL);
  figures = stored (store, "neighbourhood_figures", NULL, NULL);
  import (store, 2025);
  import (store, 2025);
  g_assert_cmpuint (stored (store, "neighbourhoods", NULL, NULL), ==, areas + 1);
  g_assert_cmpuint (stored (store, "neighbourhood_figures", NULL, NULL), ==, figures + 4);
  import (store, 2026);
  g_assert_cmpuint (stored (store, "neighbourhood_figures", NULL, NULL), ==, figures + 8);
  oude_dorp = kring_test_list (store, "neighbourhoods", "code", "BU99990101", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (oude_dorp), ==, 1);
  nieuw = kring_test_list (store, "neighbourhoods", "code", "BU99990104", NULL);
  area = g_list_model_get_item (nieuw, 0);
  g_assert_cmpstr (kring_record_get_string (area, "name"), ==, "Nieuwbouw Oost");
  g_assert_nonnull (kring_record_get_string (area, "parent_id"));
  kring_test_store_close (store);
  g_object_unref (store);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/io/cbs/stems", test_stems);
  g_test_add_func ("/io/cbs/two-years", test_two_years);
  g_test_add_func ("/io/cbs/missing-and-unknown", test_missing_and_unknown);
  g_test_add_func ("/io/cbs/refused", test_refused);
  g_test_add_func ("/io/cbs/records", test_records);
  g_test_add_func ("/io/cbs/store", test_store);
  return g_test_run ();
}
