/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include "kring-csv-export.h"
#include "kring-io-write.h"
#include "kring-report.h"

/*
 * The wijkanalyse as CSV tables, one file each, for a spreadsheet. Every
 * table is built as rows (KringRecords of a synthetic table) and written
 * in kring_csv_format's dialect. Anonymous: a report holds counts about
 * households, never a label, name or note, so none can end up here.
 */

/* --- a table under construction --- */

typedef struct
{
  GListStore *rows;
  GPtrArray  *keys;     /* char *: the records' column names */
  GPtrArray  *titles;   /* char *: the header */
} Table;

static Table *
table_new (void)
{
  Table *table = g_new0 (Table, 1);

  table->rows = g_list_store_new (KRING_TYPE_RECORD);
  table->keys = g_ptr_array_new_with_free_func (g_free);
  table->titles = g_ptr_array_new_with_free_func (g_free);
  return table;
}

static void
table_free (Table *table)
{
  g_object_unref (table->rows);
  g_ptr_array_unref (table->keys);
  g_ptr_array_unref (table->titles);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

static void
table_column (Table *table, const char *key, const char *title)
{
  g_ptr_array_add (table->keys, g_strdup (key));
  g_ptr_array_add (table->titles, g_strdup (title));
}

/* A new row at the end; the table keeps it. */
static KringRecord *
table_row (Table *table)
{
  g_autoptr (KringRecord) row = kring_record_new ("report_row");

  g_list_store_append (table->rows, row);
  return row;
}

/* --- formatting --- */

/* kring_csv_format's dialect: BOM, ';', CRLF, a header row, decimal comma. */
static GBytes *
table_format (Table *table)
{
  guint n = table->keys->len;
  g_autofree KringCsvColumn *columns = g_new0 (KringCsvColumn, n);

  for (guint c = 0; c < n; c++)
    {
      columns[c].column = g_ptr_array_index (table->keys, c);
      columns[c].title = g_ptr_array_index (table->titles, c);
    }
  return kring_csv_format (G_LIST_MODEL (table->rows), columns, n);
}

static void
report_table_free (KringReportTable *table)
{
  g_bytes_unref (table->bytes);
  g_free (table);
}

static void
add_table (GPtrArray *tables, const char *name, const char *title, Table *table)
{
  KringReportTable *out = g_new0 (KringReportTable, 1);

  out->name = name;
  out->title = title;
  out->bytes = table_format (table);
  g_ptr_array_add (tables, out);
}

static void
set_count (KringRecord *row, const char *key, guint count)
{
  kring_record_set_int (row, key, count);
}

/* --- buurtcijfers --- */

static void
figures_columns (Table *table, const KringReport *report)
{
  table_column (table, "area", _("Area"));
  table_column (table, "code", _("Area code"));
  table_column (table, "indicator", _("Figure"));
  table_column (table, "stem", _("CBS column"));
  for (guint i = 0; i < report->years->len; i++)
    {
      g_autofree char *key = g_strdup_printf ("y%u", g_array_index (report->years, guint, i));

      table_column (table, key, key + 1);
    }
  table_column (table, "source", _("Source"));
}

/* The row of @figure's indicator in @area: the last row when it is the
 * same, else a new one. */
static KringRecord *
figure_row (Table *table, KringRecord *area, KringRecord *figure, KringRecord *last)
{
  const char *stem = kring_record_get_string (figure, "indicator");
  const char *title = kring_report_indicator_title (stem);
  KringRecord *row;

  if (last != NULL && g_strcmp0 (kring_record_get_string (last, "stem"), stem) == 0)
    return last;
  row = table_row (table);
  kring_record_set_string (row, "area", kring_record_get_string (area, "name"));
  kring_record_set_string (row, "code", kring_record_get_string (area, "code"));
  kring_record_set_string (row, "stem", stem);
  if (title == NULL)
    title = kring_record_get_string (figure, "note");
  kring_record_set_string (row, "indicator", title != NULL ? title : stem);
  return row;
}

/* Wider areas first (gemeente, wijk, buurt), then by name. */
static int
area_rank (KringRecord *area)
{
  static const char *const kinds[] = { "gemeente", "wijk", "buurt" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kring_record_get_string (area, "kind"), kinds[i]) == 0)
      return (int) i;
  return G_N_ELEMENTS (kinds);
}

static int
compare_areas (gconstpointer a, gconstpointer b, gpointer user_data)
{
  KringRecord *x = (KringRecord *) a, *y = (KringRecord *) b;
  int order = area_rank (x) - area_rank (y);

  return order != 0 ? order : g_utf8_collate (kring_record_get_string (x, "name"),
                                              kring_record_get_string (y, "name"));
}

static GListModel *
sorted_areas (const KringReport *report)
{
  GListStore *areas = g_list_store_new (KRING_TYPE_RECORD);

  for (guint i = 0; report->neighbourhoods != NULL
                    && i < g_list_model_get_n_items (report->neighbourhoods); i++)
    {
      g_autoptr (KringRecord) area = g_list_model_get_item (report->neighbourhoods, i);

      g_list_store_insert_sorted (areas, area, compare_areas, NULL);
    }
  return G_LIST_MODEL (areas);
}

/* The figures of one area: one row per indicator (the report sorts
 * figures by area, indicator and year), one column per year; a missing
 * figure (CBS's ".") stays empty. */
static void
add_area_figures (Table *table, const KringReport *report, KringRecord *area)
{
  KringRecord *row = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (report->figures); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (report->figures, i);
      g_autofree char *key = g_strdup_printf ("y%" G_GINT64_FORMAT,
                                              kring_record_get_int (figure, "year", 0));
      double value = kring_record_get_double (figure, "value", NAN);

      if (g_strcmp0 (kring_record_get_string (figure, "neighbourhood_id"),
                     kring_record_get_id (area)) != 0)
        continue;
      row = figure_row (table, area, figure, row);
      if (!isnan (value))
        kring_record_set_double (row, key, value);
      if (kring_record_get_string (figure, "source") != NULL)
        kring_record_set_string (row, "source", kring_record_get_string (figure, "source"));
    }
}

static void
add_figures (GPtrArray *tables, const KringReport *report)
{
  g_autoptr (Table) table = table_new ();
  g_autoptr (GListModel) areas = sorted_areas (report);

  figures_columns (table, report);
  for (guint i = 0; report->figures != NULL && i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr (KringRecord) area = g_list_model_get_item (areas, i);

      add_area_figures (table, report, area);
    }
  add_table (tables, "buurtcijfers", _("Neighbourhood figures"), table);
}

/* --- supply and demand --- */

static const char *
yes_no (gboolean value)
{
  return value ? _("yes") : _("no");
}

static void
add_supply (GPtrArray *tables, const KringReport *report)
{
  g_autoptr (Table) table = table_new ();
  static const char *const rings[] = { "ring0", "ring1", "ring2", "ring3" };

  G_STATIC_ASSERT (G_N_ELEMENTS (rings) == KRING_MAP_N_RINGS);
  table_column (table, "domain", _("Life domain"));
  table_column (table, "ring0", _("Core team"));
  table_column (table, "ring1", _("Inner ring"));
  table_column (table, "ring2", _("Outer ring"));
  table_column (table, "ring3", _("Social map"));
  table_column (table, "demand", _("Demand (households)"));
  table_column (table, "gap", _("Gap"));
  for (guint i = 0; report->supply != NULL && i < report->supply->rows->len; i++)
    {
      KringMapSupplyRow *supply = &g_array_index (report->supply->rows, KringMapSupplyRow, i);
      KringRecord *row = table_row (table);

      kring_record_set_string (row, "domain", supply->domain);
      for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
        set_count (row, rings[r], supply->counts[r]);
      set_count (row, "demand", supply->demand);
      kring_record_set_string (row, "gap", yes_no (supply->gap));
    }
  add_table (tables, "aanbod-per-leefgebied", _("Supply per life domain"), table);
}

static void
add_statuses (GPtrArray *tables, const KringReport *report)
{
  g_autoptr (Table) table = table_new ();

  table_column (table, "status", _("Status"));
  table_column (table, "households", _("Households"));
  for (guint i = 0; report->demand != NULL && i < report->demand->statuses->len; i++)
    {
      KringDemandStatus *status = &g_array_index (report->demand->statuses, KringDemandStatus, i);
      KringRecord *row = table_row (table);

      kring_record_set_string (row, "status", status->status);
      set_count (row, "households", status->households);
    }
  add_table (tables, "vraag-per-status", _("Demand per status"), table);
}

static void
add_demand (GPtrArray *tables, const KringReport *report)
{
  g_autoptr (Table) table = table_new ();

  table_column (table, "domain", _("Life domain"));
  table_column (table, "households", _("Households with an open goal"));
  table_column (table, "measured", _("Households measured twice or more"));
  table_column (table, "change", _("Average score change"));
  table_column (table, "overdue", _("Overdue actions"));
  for (guint i = 0; report->demand != NULL && i < report->demand->domains->len; i++)
    {
      KringDemandDomain *domain = &g_array_index (report->demand->domains, KringDemandDomain, i);
      KringRecord *row = table_row (table);

      kring_record_set_string (row, "domain", domain->domain);
      set_count (row, "households", domain->households);
      set_count (row, "measured", domain->measured);
      /* One decimal: a score change is on a 1–5 scale. */
      if (domain->measured > 0 && !isnan (domain->average_change))
        kring_record_set_double (row, "change", round (domain->average_change * 10) / 10);
      set_count (row, "overdue", domain->overdue_actions);
    }
  add_table (tables, "vraag-per-leefgebied", _("Demand per life domain"), table);
}

/* --- supply next to need --- */

/* The figure kring_report_need_figure chooses, with its area and year, so
 * the spreadsheet says what the page and the PDF say. */
static void
set_need_figure (KringRecord *row, const KringReport *report, const char *domain)
{
  KringReportNeed need;
  const char *title;

  if (!kring_report_need_figure (report, domain, &need))
    return;
  title = kring_report_indicator_title (need.indicator);
  kring_record_set_string (row, "figure", title != NULL ? title : need.indicator);
  kring_record_set_string (row, "area", need.area_name != NULL ? need.area_name
                                                               : _("The neighbourhoods together"));
  kring_record_set_int (row, "year", need.year);
  kring_record_set_double (row, "value", need.value);
}

static void
add_need (GPtrArray *tables, const KringReport *report)
{
  g_autoptr (Table) table = table_new ();
  table_column (table, "domain", _("Life domain"));
  table_column (table, "close", _("Partners in core team and inner ring"));
  table_column (table, "demand", _("Households with demand"));
  table_column (table, "figure", _("Neighbourhood figure"));
  table_column (table, "area", _("Area"));
  table_column (table, "year", _("Year"));
  table_column (table, "value", _("Value"));
  for (guint i = 0; report->supply != NULL && i < report->supply->rows->len; i++)
    {
      KringMapSupplyRow *supply = &g_array_index (report->supply->rows, KringMapSupplyRow, i);
      KringRecord *row = table_row (table);

      kring_record_set_string (row, "domain", supply->domain);
      set_count (row, "close", supply->counts[0] + supply->counts[1]);
      set_count (row, "demand", supply->demand);
      set_need_figure (row, report, supply->domain);
    }
  add_table (tables, "aanbod-naast-behoefte", _("Supply next to need"), table);
}

/* --- relationship health --- */

static const char *
ring_name (gint64 ring)
{
  switch (ring)
    {
    case 0: return _("core team");
    case 1: return _("inner ring");
    case 2: return _("outer ring");
    default: return _("social map");
    }
}

static void
add_health_list (GPtrArray *tables, GListModel *partners, const char *name, const char *title)
{
  g_autoptr (Table) table = table_new ();

  table_column (table, "name", _("Partner"));
  table_column (table, "ring", _("Ring"));
  table_column (table, "last_contact_on", _("Last contact"));
  table_column (table, "trust", _("Trust (1–5)"));
  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr (KringRecord) partner = g_list_model_get_item (partners, i);
      KringRecord *row = table_row (table);
      gint64 trust = kring_record_get_int (partner, "trust", -1);

      kring_record_set_string (row, "name", kring_record_get_string (partner, "name"));
      kring_record_set_string (row, "ring", ring_name (kring_record_get_int (partner, "ring", 3)));
      kring_record_set_string (row, "last_contact_on",
                               kring_record_get_string (partner, "last_contact_on"));
      if (trust >= 0)
        kring_record_set_int (row, "trust", trust);
    }
  add_table (tables, name, title, table);
}

static void
add_health (GPtrArray *tables, const KringReport *report)
{
  static const char *const names[KRING_HEALTH_N_LISTS] = {
    [KRING_HEALTH_NO_AGREEMENT] = "zonder-samenwerkingsafspraken",
    [KRING_HEALTH_NO_FIXED_CONTACT] = "zonder-vaste-contactpersoon",
    [KRING_HEALTH_NOT_CONTACTED] = "geen-contact-sinds",
    [KRING_HEALTH_LOW_TRUST] = "laag-vertrouwen",
  };
  const char *titles[KRING_HEALTH_N_LISTS] = {
    [KRING_HEALTH_NO_AGREEMENT] = _("Partners without written agreements"),
    [KRING_HEALTH_NO_FIXED_CONTACT] = _("Partners without a fixed contact person"),
    [KRING_HEALTH_NOT_CONTACTED] = _("Partners without recent contact"),
    [KRING_HEALTH_LOW_TRUST] = _("Partners with low trust"),
  };

  for (guint i = 0; i < KRING_HEALTH_N_LISTS; i++)
    add_health_list (tables,
                     report->health != NULL && i < report->health->len
                       ? g_ptr_array_index (report->health, i) : NULL,
                     names[i], titles[i]);
}

GPtrArray *
kring_report_tables (const KringReport *report)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) report_table_free);

  g_return_val_if_fail (report != NULL, tables);

  add_figures (tables, report);
  add_supply (tables, report);
  add_statuses (tables, report);
  add_demand (tables, report);
  add_need (tables, report);
  add_health (tables, report);
  return tables;
}

/* --- writing --- */

static gboolean
ensure_directory (GFile *directory, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autofree char *name = NULL;

  if (!g_file_make_directory_with_parents (directory, NULL, &local)
      && !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (g_file_query_file_type (directory, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    return TRUE;
  name = g_file_get_parse_name (directory);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
               _("Could not save the tables: “%s” is not a folder"), name);
  return FALSE;
}

gboolean
kring_report_csv_write (const KringReport *report, GFile *directory, GError **error)
{
  g_autoptr (GPtrArray) tables = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (directory), FALSE);

  /* Everything is formatted before the first file is written. */
  tables = kring_report_tables (report);
  if (!ensure_directory (directory, error))
    return FALSE;
  for (guint i = 0; i < tables->len; i++)
    {
      KringReportTable *table = g_ptr_array_index (tables, i);
      g_autofree char *basename = g_strconcat (table->name, ".csv", NULL);
      g_autoptr (GFile) file = g_file_get_child (directory, basename);

      if (!kring_io_write_atomic (file, table->bytes, NULL, error))
        return FALSE;
    }
  return TRUE;
}
