/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kring-csv-scan.h"
#include "kring-demo.h"
#include "kring-hsds-import-private.h"

/*
 * The HSDS tabular data package: datapackage.json beside one CSV file per
 * table, comma-separated as kring-csv-scan.h reads it. The first row names
 * the columns. Errors name the file, the row (the header is row 1, as in a
 * spreadsheet) and the column.
 */

typedef struct
{
  const KringHsdsType *type;
  GFile               *file;
} Resource;


static void
resource_clear (Resource *resource)
{
  g_clear_object (&resource->file);
}

static gboolean
read_header (KringCsvScanner *scanner, const KringHsdsType *type, GPtrArray *header,
             GPtrArray **columns, GError **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_autoptr (GError) local = NULL;

  if (!kring_csv_scan_row (scanner, header, &local))
    {
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      return kring_csv_scan_error (scanner, error, _("the file is empty."));
    }
  *columns = g_ptr_array_new ();
  for (guint i = 0; i < header->len; i++)
    {
      g_strstrip (header->pdata[i]);
      if (!g_hash_table_add (seen, header->pdata[i]))
        {
          g_autofree char *what = g_strdup_printf (_("the column “%s” appears twice."),
                                                   (char *) header->pdata[i]);
          return kring_csv_scan_error (scanner, error, what);
        }
      g_ptr_array_add (*columns, (gpointer) kring_hsds_type_get_field (type, header->pdata[i]));
    }
  if (!g_hash_table_contains (seen, "id"))
    return kring_csv_scan_error (scanner, error, _("there is no “id” column."));
  return TRUE;
}

static gboolean
cell_to_record (KringCsvScanner *scanner, const KringHsdsField *field, const char *text,
                KringRecord *record, GError **error)
{
  g_autoptr (GError) local = NULL;
  GVariant *value = NULL;

  if (!kring_hsds_value_parse (field, text, &value, &local))
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID, _("%s row %u, column “%s”: %s"),
                   scanner->name, scanner->row, field->name, local->message);
      return FALSE;
    }
  if (value != NULL)
    kring_record_set_value (record, field->name, value);
  else
    kring_record_set_null (record, field->name);
  return TRUE;
}

static KringRecord *
row_to_record (KringCsvScanner *scanner, const KringHsdsType *type, GPtrArray *header,
               GPtrArray *columns, GPtrArray *cells, GError **error)
{
  g_autoptr (KringRecord) record = NULL;
  g_autofree char *where = g_strdup_printf (_("%s row %u"), scanner->name, scanner->row);
  const char *id = NULL;

  if (cells->len != header->len)
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE,
                   _("%s: %u fields, but the header names %u columns."), where, cells->len,
                   header->len);
      return NULL;
    }
  for (guint i = 0; i < header->len && id == NULL; i++)
    if (g_str_equal (header->pdata[i], "id") && *(char *) cells->pdata[i] != '\0')
      id = cells->pdata[i];
  if (id == NULL)
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("%s, column “%s”: this required field of the HSDS %s is empty."), where, "id",
                   type->type);
      return NULL;
    }
  record = kring_record_new_with_id (type->table, id);
  for (guint i = 0; i < columns->len; i++)
    if (columns->pdata[i] != NULL && !g_str_equal (header->pdata[i], "id")
        && !cell_to_record (scanner, columns->pdata[i], cells->pdata[i], record, error))
      return NULL;
  if (!kring_hsds_check_required (type, record, where, FALSE, error))
    return NULL;
  return g_steal_pointer (&record);
}

static gboolean
add_row (KringHsdsParsed *parsed, KringCsvScanner *scanner, KringRecord *record, GError **error)
{
  g_autofree char *title = kring_hsds_record_title (record);
  g_autofree char *where = g_strdup_printf (_("%s row %u"), scanner->name, scanner->row);
  KringHsdsUnit *unit = kring_hsds_parsed_unit (parsed, kring_record_get_table (record),
                                                kring_record_get_id (record), title);

  return kring_hsds_parsed_add (parsed, unit, record, where, error);
}

static gboolean
read_rows (KringHsdsParsed *parsed, KringCsvScanner *scanner, const KringHsdsType *type,
           GCancellable *cancellable, GError **error)
{
  g_autoptr (GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) columns = NULL;
  g_autoptr (GError) local = NULL;

  scanner->row = 1;
  if (!read_header (scanner, type, header, &columns, error))
    return FALSE;
  for (scanner->row = 2; kring_csv_scan_row (scanner, cells, &local); scanner->row++)
    {
      KringRecord *record;

      /* A blank line is no record. */
      if (cells->len == 1 && *(char *) cells->pdata[0] == '\0')
        continue;
      if (scanner->row % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      record = row_to_record (scanner, type, header, columns, cells, error);
      if (record == NULL || !add_row (parsed, scanner, record, error))
        return FALSE;
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_csv (KringHsdsParsed *parsed, Resource *resource, GCancellable *cancellable,
          GError **error)
{
  g_autofree char *name = g_file_get_basename (resource->file);
  gsize length = 0;
  g_autofree char *text = kring_hsds_read_text (resource->file, &length, cancellable, error);
  KringCsvScanner scanner;

  if (text == NULL)
    return FALSE;
  kring_csv_scanner_init (&scanner, name, text, length, ',');
  return read_rows (parsed, &scanner, resource->type, cancellable, error);
}

static int
compare_resources (gconstpointer a, gconstpointer b)
{
  const Resource *x = a, *y = b;
  guint n = 0;
  const KringHsdsType *const *types = kring_hsds_model_get_types (&n);
  guint i = 0, j = 0;

  while (i < n && types[i] != x->type)
    i++;
  while (j < n && types[j] != y->type)
    j++;
  return (int) i - (int) j;
}

static gboolean
add_resource (GArray *resources, GFile *dir, const char *name, const char *path,
              GError **error)
{
  g_autofree char *base = g_path_get_basename (path);
  const KringHsdsType *type = NULL;
  Resource resource;

  if (name != NULL)
    type = kring_hsds_model_for_resource (name);
  if (type == NULL)
    type = kring_hsds_model_for_resource (base);
  if (type == NULL)
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("“%s” is not the name of an HSDS table (such as services.csv)."),
                   name != NULL ? name : path);
      return FALSE;
    }
  resource.type = type;
  resource.file = g_file_resolve_relative_path (dir, path);
  g_array_append_val (resources, resource);
  return TRUE;
}

static gboolean
read_descriptor_resource (GArray *resources, GFile *dir, JsonNode *node, guint i,
                          GError **error)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *path = object != NULL ? json_object_get_string_member_with_default (object, "path", NULL)
                                    : NULL;

  if (path == NULL || g_path_is_absolute (path) || strstr (path, "..") != NULL)
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("datapackage.json: $.resources[%u].path: expected the name of a CSV file "
                     "beside it."), i);
      return FALSE;
    }
  return add_resource (resources, dir,
                       json_object_get_string_member_with_default (object, "name", NULL), path,
                       error);
}

static gboolean
read_descriptor (GArray *resources, GFile *dir, JsonNode *root, GError **error)
{
  JsonNode *list = JSON_NODE_HOLDS_OBJECT (root)
                   ? json_object_get_member (json_node_get_object (root), "resources") : NULL;
  JsonArray *array;

  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error_literal (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                           _("datapackage.json: $.resources: expected a list of CSV files."));
      return FALSE;
    }
  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_descriptor_resource (resources, dir, json_array_get_element (array, i), i, error))
      return FALSE;
  return TRUE;
}

/* Without a usable descriptor, the CSV files beside it count by their names. */
static gboolean
scan_directory (GArray *resources, GFile *dir, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFileEnumerator) children = g_file_enumerate_children (
    dir, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NONE, cancellable, error);
  GFileInfo *info;

  if (children == NULL)
    return FALSE;
  while ((info = g_file_enumerator_next_file (children, cancellable, NULL)) != NULL)
    {
      g_autoptr (GFileInfo) owned = info;
      const char *name = g_file_info_get_name (owned);

      if (g_str_has_suffix (name, ".csv") && kring_hsds_model_for_resource (name) != NULL)
        add_resource (resources, dir, NULL, name, NULL);
    }
  if (resources->len > 0)
    return TRUE;
  g_set_error_literal (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                       _("There is no datapackage.json and no HSDS CSV file here."));
  return FALSE;
}

/* The official example ships datapackage.json as a one-line link file: it
 * names another file. Such a link, or a missing file, counts as absent. */
static gboolean
is_link_file (const char *text)
{
  return strchr (text, '{') == NULL && strchr (text, '[') == NULL
         && strchr (g_strstrip ((char *) text), '\n') == NULL;
}

static gboolean
read_package (GArray *resources, GFile *descriptor, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFile) dir = g_file_get_parent (descriptor);
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) local = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  if (!g_file_query_exists (descriptor, cancellable))
    return scan_directory (resources, dir, cancellable, error);
  if ((text = kring_hsds_read_text (descriptor, &length, cancellable, error)) == NULL)
    return FALSE;
  if (is_link_file (text))
    return scan_directory (resources, dir, cancellable, error);
  if (!json_parser_load_from_data (parser, text, (gssize) length, &local))
    {
      g_autofree char *where = kring_io_describe_json_error (local);

      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE,
                   _("datapackage.json is not valid JSON: %s"), where);
      return FALSE;
    }
  return read_descriptor (resources, dir, json_parser_get_root (parser), error);
}

static gboolean
find_resources (GArray *resources, GFile *file, GCancellable *cancellable, GError **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr (GFile) descriptor = NULL;
  g_autoptr (GFile) dir = NULL;

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_DIRECTORY)
    {
      descriptor = g_file_get_child (file, "datapackage.json");
      return read_package (resources, descriptor, cancellable, error);
    }
  if (g_str_has_suffix (name, ".csv"))
    {
      dir = g_file_get_parent (file);
      return add_resource (resources, dir, NULL, name, error);
    }
  return read_package (resources, file, cancellable, error);
}

KringHsdsParsed *
kring_hsds_csv_parse (GFile *file, GCancellable *cancellable, KringHsdsTick tick,
                      gpointer tick_data, GError **error)
{
  g_autoptr (GArray) resources = g_array_new (FALSE, FALSE, sizeof (Resource));
  KringHsdsParsed *parsed;

  g_array_set_clear_func (resources, (GDestroyNotify) resource_clear);
  if (!find_resources (resources, file, cancellable, error))
    return NULL;
  g_array_sort (resources, compare_resources);
  parsed = kring_hsds_parsed_new ();
  for (guint i = 0; i < resources->len; i++)
    {
      if (!read_csv (parsed, &g_array_index (resources, Resource, i), cancellable, error))
        {
          kring_hsds_parsed_free (parsed);
          return NULL;
        }
      if (tick != NULL)
        tick ((double) (i + 1) / resources->len, tick_data);
    }
  kring_hsds_parsed_finish (parsed);
  return parsed;
}
