/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kring-cbs.h"
#include "kring-csv-scan.h"
#include "kring-demo.h"

/*
 * A CBS table is read whole before anything is returned: cells first, then
 * which columns are numbers, then one region per row. Any fault anywhere
 * returns an error and no table, so an import never stores half a file.
 */

/* Columns that describe the region rather than measure it. */
static const char *const region_columns[] = {
  "ID", "WijkenEnBuurten", "Gemeentenaam", "SoortRegio", "Codering",
};

char *
kring_cbs_stem (const char *column)
{
  const char *underscore = strrchr (column, '_');
  const char *p;

  if (underscore == NULL || underscore == column || underscore[1] == '\0')
    return g_strdup (column);
  for (p = underscore + 1; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return g_strdup (column);
  return g_strndup (column, (gsize) (underscore - column));
}

static gboolean
digits (const char *text, gsize n)
{
  if (strlen (text) != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

gboolean
kring_cbs_code_kind (const char *code, KringCbsKind *kind)
{
  if (g_str_has_prefix (code, "GM") && digits (code + 2, 4))
    *kind = KRING_CBS_GEMEENTE;
  else if (g_str_has_prefix (code, "WK") && digits (code + 2, 6))
    *kind = KRING_CBS_WIJK;
  else if (g_str_has_prefix (code, "BU") && digits (code + 2, 8))
    *kind = KRING_CBS_BUURT;
  else
    return FALSE;
  return TRUE;
}

static void
region_free (KringCbsRegion *region, guint n_texts)
{
  g_free (region->code);
  g_free (region->name);
  g_free (region->municipality);
  g_free (region->values);
  for (guint i = 0; region->texts != NULL && i < n_texts; i++)
    g_free (region->texts[i]);
  g_free (region->texts);
  g_free (region);
}

void
kring_cbs_table_free (KringCbsTable *table)
{
  if (table == NULL)
    return;
  for (guint i = 0; table->regions != NULL && i < table->regions->len; i++)
    region_free (table->regions->pdata[i], table->text->len);
  g_clear_pointer (&table->regions, g_ptr_array_unref);
  g_clear_pointer (&table->numeric, g_ptr_array_unref);
  g_clear_pointer (&table->text, g_ptr_array_unref);
  g_free (table);
}

int
kring_cbs_find_numeric (const KringCbsTable *table, const char *stem)
{
  for (guint i = 0; i < table->numeric->len; i++)
    if (g_str_equal (table->numeric->pdata[i], stem))
      return (int) i;
  return -1;
}

/* --- reading the cells --- */

/* A cell without its padding; "" for none. */
static char *
cell (GPtrArray *row, int column)
{
  return column >= 0 ? g_strstrip (g_strdup (row->pdata[column])) : g_strdup ("");
}

static gboolean
parse_number (const char *text, double *value)
{
  char *end = NULL;

  if (*text == '\0' || g_str_equal (text, "."))
    {
      *value = NAN;
      return TRUE;
    }
  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}

static gboolean
is_empty_row (GPtrArray *fields)
{
  return fields->len == 1 && *(const char *) fields->pdata[0] == '\0';
}

/* Every data row, each as long as the header. */
static GPtrArray *
read_rows (KringCsvScanner *scanner, guint n_columns, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GError *local = NULL;

  for (scanner->row = 2;; scanner->row++)
    {
      g_autoptr (GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);

      if (!kring_csv_scan_row (scanner, fields, &local))
        break;
      if (is_empty_row (fields))
        continue;
      if (fields->len != n_columns)
        {
          g_autofree char *what = g_strdup_printf (
            _("the row has %u fields where the first row names %u columns; the file may be cut "
              "off."), fields->len, n_columns);

          kring_csv_scan_error (scanner, error, what);
          return NULL;
        }
      g_ptr_array_add (rows, g_steal_pointer (&fields));
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* --- the header --- */

typedef struct
{
  GPtrArray *stems;     /* per column */
  int        code;      /* the column with the region code */
  int        name;      /* WijkenEnBuurten, when it holds names */
  int        municipality;
  gboolean  *numeric;   /* per column */
} Columns;

static void
columns_clear (Columns *columns)
{
  g_clear_pointer (&columns->stems, g_ptr_array_unref);
  g_clear_pointer (&columns->numeric, g_free);
}

static int
find_stem (Columns *columns, const char *stem)
{
  for (guint i = 0; i < columns->stems->len; i++)
    if (g_str_equal (columns->stems->pdata[i], stem))
      return (int) i;
  return -1;
}

static gboolean
is_region_column (const char *stem)
{
  for (guint i = 0; i < G_N_ELEMENTS (region_columns); i++)
    if (g_str_equal (stem, region_columns[i]))
      return TRUE;
  return FALSE;
}

static gboolean
read_header (KringCsvScanner *scanner, Columns *columns, GError **error)
{
  g_autoptr (GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  GError *local = NULL;
  int area;

  if (!kring_csv_scan_row (scanner, header, &local))
    {
      if (local == NULL)
        return kring_csv_scan_error (scanner, error, _("the file is empty."));
      g_propagate_error (error, local);
      return FALSE;
    }
  columns->stems = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (header->pdata[i]));

      g_ptr_array_add (columns->stems, kring_cbs_stem (trimmed));
    }
  area = find_stem (columns, "WijkenEnBuurten");
  columns->code = find_stem (columns, "Codering");
  columns->code = columns->code >= 0 ? columns->code : area;
  columns->name = area != columns->code ? area : -1;
  columns->municipality = find_stem (columns, "Gemeentenaam");
  if (columns->code >= 0)
    return TRUE;
  g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
               _("%s is not a CBS table of district and neighbourhood figures: it has no column "
                 "WijkenEnBuurten or Codering. Nothing was imported."), scanner->name);
  return FALSE;
}

/* A column is numeric when every cell is a number, "." or empty. */
static void
classify (Columns *columns, GPtrArray *rows)
{
  columns->numeric = g_new0 (gboolean, columns->stems->len);
  for (guint c = 0; c < columns->stems->len; c++)
    {
      gboolean numeric = !is_region_column (columns->stems->pdata[c]);

      for (guint r = 0; numeric && r < rows->len; r++)
        {
          g_autofree char *text = cell (rows->pdata[r], (int) c);
          double value;

          numeric = parse_number (text, &value);
        }
      columns->numeric[c] = numeric;
    }
}

/* --- the regions --- */

static KringCbsTable *
table_new (Columns *columns)
{
  KringCbsTable *table = g_new0 (KringCbsTable, 1);

  table->numeric = g_ptr_array_new_with_free_func (g_free);
  table->text = g_ptr_array_new_with_free_func (g_free);
  table->regions = g_ptr_array_new ();
  for (guint c = 0; c < columns->stems->len; c++)
    {
      const char *stem = columns->stems->pdata[c];

      if (columns->numeric[c])
        g_ptr_array_add (table->numeric, g_strdup (stem));
      else if (!is_region_column (stem))
        g_ptr_array_add (table->text, g_strdup (stem));
    }
  return table;
}

static void
fill_values (KringCbsRegion *region, Columns *columns, GPtrArray *row, KringCbsTable *table)
{
  guint n = 0, t = 0;

  region->values = g_new (double, MAX (1u, table->numeric->len));
  region->texts = g_new0 (char *, MAX (1u, table->text->len));
  for (guint c = 0; c < columns->stems->len; c++)
    {
      g_autofree char *text = cell (row, (int) c);

      if (columns->numeric[c])
        parse_number (text, &region->values[n++]);
      else if (!is_region_column (columns->stems->pdata[c]))
        region->texts[t++] = *text != '\0' ? g_steal_pointer (&text) : NULL;
    }
}

static char *
nonempty (char *text)
{
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static KringCbsRegion *
read_region (KringCsvScanner *scanner, Columns *columns, GPtrArray *row, KringCbsTable *table,
             GError **error)
{
  KringCbsRegion *region = g_new0 (KringCbsRegion, 1);
  g_autofree char *name = columns->name >= 0 ? cell (row, columns->name) : NULL;
  KringCbsKind kind;

  region->code = cell (row, columns->code);
  if (!kring_cbs_code_kind (region->code, &region->kind))
    {
      g_autofree char *what = g_strdup_printf (_("“%s” is not a CBS region code (GM…, WK… or "
                                                 "BU…)."), region->code);

      region_free (region, 0);
      kring_csv_scan_error (scanner, error, what);
      return NULL;
    }
  /* WijkenEnBuurten holds the name in a labelled export, the code otherwise. */
  if (name != NULL && !kring_cbs_code_kind (name, &kind))
    region->name = nonempty (g_steal_pointer (&name));
  region->municipality = nonempty (columns->municipality >= 0
                                     ? cell (row, columns->municipality) : NULL);
  fill_values (region, columns, row, table);
  return region;
}

static KringCbsTable *
read_regions (KringCsvScanner *scanner, Columns *columns, GPtrArray *rows, GError **error)
{
  g_autoptr (KringCbsTable) table = table_new (columns);

  for (guint r = 0; r < rows->len; r++)
    {
      KringCbsRegion *region;

      scanner->row = r + 2;
      if ((region = read_region (scanner, columns, rows->pdata[r], table, error)) == NULL)
        return NULL;
      g_ptr_array_add (table->regions, region);
    }
  return g_steal_pointer (&table);
}

KringCbsTable *
kring_cbs_parse (const char *name, const char *text, gsize length, GError **error)
{
  KringCsvScanner scanner;
  Columns columns = { NULL, -1, -1, -1, NULL };
  g_autoptr (GPtrArray) rows = NULL;
  KringCbsTable *table = NULL;

  g_return_val_if_fail (name != NULL && (text != NULL || length == 0), NULL);

  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE,
                   _("%s is not UTF-8 text. Save it as “CSV UTF-8” and try again. Nothing was "
                     "imported."), name);
      return NULL;
    }
  kring_csv_scanner_init (&scanner, name, text, length, ';');
  if (read_header (&scanner, &columns, error)
      && (rows = read_rows (&scanner, columns.stems->len, error)) != NULL)
    {
      classify (&columns, rows);
      table = read_regions (&scanner, &columns, rows, error);
    }
  if (table != NULL && table->regions->len == 0)
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("%s holds no regions. Nothing was imported."), name);
      g_clear_pointer (&table, kring_cbs_table_free);
    }
  columns_clear (&columns);
  return table;
}
