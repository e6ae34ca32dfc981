/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-csv-export.h"
#include "kring-io-write.h"

#define BOM "\xEF\xBB\xBF"
#define SEPARATOR ';'
#define NEWLINE "\r\n"

/* OWASP's list for CSV injection: these make a cell a formula. */
static gboolean
starts_formula (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

static gboolean
needs_quotes (const char *text)
{
  return strpbrk (text, ";\"\r\n") != NULL;
}

static void
append_field (GString    *out,
              const char *text,
              gboolean    guard)
{
  gboolean quote = needs_quotes (text);

  if (quote)
    g_string_append_c (out, '"');
  if (guard && starts_formula (text))
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

char *
kring_csv_field (const char *text)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  append_field (out, text, TRUE);
  return g_string_free (out, FALSE);
}

/* Dutch spreadsheets read "2,5" as a number and "2.5" as a date or text. */
static char *
format_double (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  /* 15 significant digits: what a double holds exactly, so 9.1 stays "9,1"
   * instead of the shortest round-trip form's "9,0999999999999996". */
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
  char *point = strchr (text, '.');

  if (point != NULL)
    *point = ',';
  return text;
}

static void
append_value (GString     *out,
              KringRecord *record,
              const char  *column)
{
  GVariant *value;
  g_autofree char *number = NULL;

  if (g_str_equal (column, "id"))
    {
      append_field (out, kring_record_get_id (record), TRUE);
      return;
    }
  value = kring_record_get_value (record, column);
  if (value == NULL || g_variant_is_of_type (value, G_VARIANT_TYPE ("mv")))
    return;
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    append_field (out, g_variant_get_string (value, NULL), TRUE);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    {
      /* A number is data, not a formula: "-3" stays a negative number. */
      number = g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
      append_field (out, number, FALSE);
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    {
      number = format_double (g_variant_get_double (value));
      append_field (out, number, FALSE);
    }
}

static void
append_header (GString              *out,
               const KringCsvColumn *columns,
               guint                 n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    {
      if (i > 0)
        g_string_append_c (out, SEPARATOR);
      append_field (out, columns[i].title ? columns[i].title : columns[i].column, TRUE);
    }
  g_string_append (out, NEWLINE);
}

GBytes *
kring_csv_format (GListModel           *records,
                  const KringCsvColumn *columns,
                  guint                 n_columns)
{
  GString *out;
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), NULL);
  g_return_val_if_fail (columns != NULL && n_columns > 0, NULL);

  out = g_string_new (BOM);
  append_header (out, columns, n_columns);
  n_items = g_list_model_get_n_items (records);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (records, i);

      for (guint c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, SEPARATOR);
          append_value (out, record, columns[c].column);
        }
      g_string_append (out, NEWLINE);
    }
  return g_string_free_to_bytes (out);
}

void
kring_csv_export_async (GListModel           *records,
                        const KringCsvColumn *columns,
                        guint                 n_columns,
                        GFile                *file,
                        GCancellable         *cancellable,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_if_fail (G_IS_LIST_MODEL (records));
  g_return_if_fail (columns != NULL && n_columns > 0);
  g_return_if_fail (G_IS_FILE (file));

  bytes = kring_csv_format (records, columns, n_columns);
  kring_io_write_async (NULL, kring_csv_export_async, file, bytes, cancellable, callback,
                        user_data);
}

gboolean
kring_csv_export_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_csv_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
