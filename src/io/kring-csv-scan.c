/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gi18n.h>

#include "kring-csv-scan.h"
#include "kring-demo.h"

void
kring_csv_scanner_init (KringCsvScanner *scanner, const char *name, const char *text,
                        gsize length, char separator)
{
  scanner->name = name;
  scanner->p = text;
  scanner->end = text + length;
  scanner->row = 1;
  scanner->separator = separator;
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    scanner->p += 3;
}

gboolean
kring_csv_scan_error (KringCsvScanner *scanner, GError **error, const char *what)
{
  g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE, _("%s row %u: %s"), scanner->name,
               scanner->row, what);
  return FALSE;
}

static gboolean
at_line_end (KringCsvScanner *scanner)
{
  return scanner->p >= scanner->end || *scanner->p == '\n' || *scanner->p == '\r';
}

static void
skip_line_end (KringCsvScanner *scanner)
{
  if (scanner->p < scanner->end && *scanner->p == '\r')
    scanner->p++;
  if (scanner->p < scanner->end && *scanner->p == '\n')
    scanner->p++;
}

static gboolean
scan_quoted (KringCsvScanner *scanner, GString *field, GError **error)
{
  scanner->p++;
  for (;;)
    {
      const char *quote = memchr (scanner->p, '"', (gsize) (scanner->end - scanner->p));

      if (quote == NULL)
        return kring_csv_scan_error (scanner, error, _("a quoted field is not closed."));
      g_string_append_len (field, scanner->p, quote - scanner->p);
      scanner->p = quote + 1;
      if (scanner->p < scanner->end && *scanner->p == '"')
        {
          g_string_append_c (field, '"');
          scanner->p++;
          continue;
        }
      if (scanner->p < scanner->end && *scanner->p != scanner->separator && !at_line_end (scanner))
        return kring_csv_scan_error (scanner, error, _("a quoted field goes on after its closing quote."));
      return TRUE;
    }
}

static gboolean
scan_field (KringCsvScanner *scanner, GString *field, GError **error)
{
  g_string_truncate (field, 0);
  if (scanner->p < scanner->end && *scanner->p == '"')
    return scan_quoted (scanner, field, error);
  while (scanner->p < scanner->end && *scanner->p != scanner->separator && !at_line_end (scanner))
    {
      if (*scanner->p == '"')
        return kring_csv_scan_error (scanner, error, _("a quote inside a field that is not quoted."));
      g_string_append_c (field, *scanner->p++);
    }
  return TRUE;
}

gboolean
kring_csv_scan_row (KringCsvScanner *scanner, GPtrArray *fields, GError **error)
{
  g_autoptr (GString) field = g_string_new (NULL);

  g_ptr_array_set_size (fields, 0);
  if (scanner->p >= scanner->end)
    return FALSE;
  for (;;)
    {
      if (!scan_field (scanner, field, error))
        return FALSE;
      g_ptr_array_add (fields, g_strndup (field->str, field->len));
      if (scanner->p < scanner->end && *scanner->p == scanner->separator)
        {
          scanner->p++;
          continue;
        }
      skip_line_end (scanner);
      return TRUE;
    }
}

