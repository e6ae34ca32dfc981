/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kring-demo.h"

#define VOCABULARIES_RESOURCE "/nl/kringkaart/Kringkaart/demo/vocabularies.json"
#define DEMO_RESOURCE "/nl/kringkaart/Kringkaart/demo/voorbeeldwijk.json"
#define DEMO_FORMAT "kringkaart-demo"
#define DEMO_VERSION 1
#define TODAY "@today"
/* Offsets beyond this are typing errors, not dates anyone means. */
#define MAX_OFFSET 10000

/* Where in the document a value sits, for error messages. */
typedef struct
{
  const char *table;
  guint       row;  /* 1-based */
  const char *id;
} Place;

static gboolean
is_identifier (const char *name)
{
  if (name == NULL || !(g_ascii_islower (*name) || *name == '_'))
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_'))
      return FALSE;
  return TRUE;
}

/* Unlike json_object_get_*_member_with_default(), these accept any node type. */
static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gint64
member_int (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return -1;
  return json_node_get_int (node);
}

static void
set_field_error (GError     **error,
                 const Place *place,
                 const char  *field,
                 const char  *problem)
{
  if (place->id != NULL)
    g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                 _("Table “%s”, row %u (id “%s”), field “%s”: %s"),
                 place->table, place->row, place->id, field, problem);
  else
    g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                 _("Table “%s”, row %u, field “%s”: %s"),
                 place->table, place->row, field, problem);
}

static GDateTime *
shift_date (GDateTime *today,
            char       unit,
            int        amount)
{
  switch (unit)
    {
    case 'd': return g_date_time_add_days (today, amount);
    case 'w': return g_date_time_add_weeks (today, amount);
    case 'm': return g_date_time_add_months (today, amount);
    case 'y': return g_date_time_add_years (today, amount);
    default:  return NULL;
    }
}

/* "@today", "@today-90d", "@today+14d", "@today+2w", "@today-3m", "@today-2y":
 * the date that many days, weeks, months or years from @today. */
static char *
resolve_relative_date (const char *text,
                       GDateTime  *today)
{
  const char *rest = text + strlen (TODAY);
  g_autofree char *digits = NULL;
  g_autoptr (GDateTime) date = NULL;
  guint64 amount;
  size_t len;
  char unit;

  if (*rest == '\0')
    return g_date_time_format (today, "%Y-%m-%d");
  len = strlen (rest);
  if ((rest[0] != '+' && rest[0] != '-') || len < 3)
    return NULL;
  unit = rest[len - 1];
  digits = g_strndup (rest + 1, len - 2);
  if (!g_ascii_string_to_unsigned (digits, 10, 0, MAX_OFFSET, &amount, NULL))
    return NULL;
  date = shift_date (today, unit, rest[0] == '-' ? -(int) amount : (int) amount);
  return date ? g_date_time_format (date, "%Y-%m-%d") : NULL;
}

static gboolean
set_string (KringRecord *record,
            const char  *column,
            const char  *text,
            GDateTime   *today,
            const Place *place,
            GError     **error)
{
  g_autofree char *date = NULL;
  g_autofree char *problem = NULL;

  if (!g_str_has_prefix (text, TODAY))
    {
      kring_record_set_string (record, column, text);
      return TRUE;
    }
  date = resolve_relative_date (text, today);
  if (date == NULL)
    {
      problem = g_strdup_printf (_("“%s” is not a relative date like @today-90d, @today+2w, "
                                   "@today-3m or @today-2y"), text);
      set_field_error (error, place, column, problem);
      return FALSE;
    }
  kring_record_set_string (record, column, date);
  return TRUE;
}

static gboolean
set_scalar (KringRecord *record,
            const char  *column,
            JsonNode    *node,
            GDateTime   *today,
            const Place *place,
            GError     **error)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_STRING)
    return set_string (record, column, json_node_get_string (node), today, place, error);
  if (type == G_TYPE_INT64)
    kring_record_set_int (record, column, json_node_get_int (node));
  else if (type == G_TYPE_DOUBLE)
    kring_record_set_double (record, column, json_node_get_double (node));
  else if (type == G_TYPE_BOOLEAN)
    kring_record_set_int (record, column, json_node_get_boolean (node) ? 1 : 0);
  else
    {
      set_field_error (error, place, column, _("unsupported value type"));
      return FALSE;
    }
  return TRUE;
}

/* Objects and arrays are stored as their JSON text: columns such as
 * map_snapshots.data hold a JSON document. */
static gboolean
set_column (KringRecord *record,
            const char  *column,
            JsonNode    *node,
            GDateTime   *today,
            const Place *place,
            GError     **error)
{
  g_autofree char *text = NULL;

  if (!is_identifier (column))
    {
      set_field_error (error, place, column, _("not a valid column name"));
      return FALSE;
    }
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_NULL:
      kring_record_set_null (record, column);
      return TRUE;
    case JSON_NODE_VALUE:
      return set_scalar (record, column, node, today, place, error);
    case JSON_NODE_OBJECT:
    case JSON_NODE_ARRAY:
    default:
      text = json_to_string (node, FALSE);
      kring_record_set_string (record, column, text);
      return TRUE;
    }
}

static const char *
row_id (JsonObject  *row,
        const Place *place,
        GError     **error)
{
  JsonNode *node = json_object_get_member (row, "id");
  const char *id;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_field_error (error, place, "id", _("a string id is required"));
      return NULL;
    }
  id = json_node_get_string (node);
  if (*id == '\0')
    {
      set_field_error (error, place, "id", _("the id is empty"));
      return NULL;
    }
  return id;
}

static KringRecord *
parse_row (JsonObject *row,
           GDateTime  *today,
           Place      *place,
           GError    **error)
{
  g_autoptr (KringRecord) record = NULL;
  g_autoptr (GList) members = NULL;

  place->id = row_id (row, place, error);
  if (place->id == NULL)
    return NULL;
  record = kring_record_new_with_id (place->table, place->id);
  members = json_object_get_members (row);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *column = l->data;

      if (g_str_equal (column, "id"))
        continue;
      if (!set_column (record, column, json_object_get_member (row, column), today, place,
                       error))
        return NULL;
    }
  return g_steal_pointer (&record);
}

static void
set_table_error (GError    **error,
                 guint       index,
                 const char *problem)
{
  g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
               _("Table entry %u: %s"), index + 1, problem);
}

static gboolean
parse_rows (JsonArray  *rows,
            const char *table,
            GDateTime  *today,
            GHashTable *seen,
            GPtrArray  *records,
            GError    **error)
{
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonNode *node = json_array_get_element (rows, i);
      Place place = { table, i + 1, NULL };
      KringRecord *record;
      char *key;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                       _("Table “%s”, row %u: a row must be a JSON object"), table, i + 1);
          return FALSE;
        }
      record = parse_row (json_node_get_object (node), today, &place, error);
      if (record == NULL)
        return FALSE;
      g_ptr_array_add (records, record);
      key = g_strconcat (table, "/", place.id, NULL);
      if (!g_hash_table_add (seen, key))
        {
          set_field_error (error, &place, "id", _("the same id occurs twice in this table"));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
parse_table (JsonNode   *node,
             guint       index,
             GDateTime  *today,
             GHashTable *seen,
             GPtrArray  *records,
             GError    **error)
{
  JsonObject *object;
  JsonNode *rows;
  const char *table;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_table_error (error, index, _("must be a JSON object with “table” and “rows”"));
      return FALSE;
    }
  object = json_node_get_object (node);
  table = member_string (object, "table");
  if (!is_identifier (table))
    {
      set_table_error (error, index, _("“table” must name a table"));
      return FALSE;
    }
  rows = json_object_get_member (object, "rows");
  if (rows == NULL || !JSON_NODE_HOLDS_ARRAY (rows))
    {
      set_table_error (error, index, _("“rows” must be an array"));
      return FALSE;
    }
  return parse_rows (json_node_get_array (rows), table, today, seen, records, error);
}

static JsonArray *
document_tables (JsonNode  *root,
                 GError   **error)
{
  JsonObject *object;
  JsonNode *tables;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                           _("The example district must be a JSON object"));
      return NULL;
    }
  object = json_node_get_object (root);
  if (g_strcmp0 (member_string (object, "format"),
                 DEMO_FORMAT) != 0 ||
      member_int (object, "version") != DEMO_VERSION)
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("Not a Kringkaart example district (format “%s”, version %d expected)"),
                   DEMO_FORMAT, DEMO_VERSION);
      return NULL;
    }
  tables = json_object_get_member (object, "tables");
  if (tables == NULL || !JSON_NODE_HOLDS_ARRAY (tables))
    {
      g_set_error_literal (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                           _("The example district has no “tables” array"));
      return NULL;
    }
  return json_node_get_array (tables);
}

static GPtrArray *
parse_document (JsonArray *tables,
                GDateTime *today,
                GError   **error)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (tables); i++)
    if (!parse_table (json_array_get_element (tables, i), i, today, seen, records, error))
      return NULL;
  return g_steal_pointer (&records);
}

/* @today may be NULL: relative dates are then resolved against the local date now. */
GPtrArray *
kring_demo_parse (GBytes     *json,
                  GDateTime  *today,
                  GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GError) local_error = NULL;
  JsonArray *tables;
  gsize size;
  const char *data;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (json, &size);
  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_autofree char *where = kring_io_describe_json_error (local_error);

      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE,
                   _("The example district is not valid JSON: %s"), where);
      return NULL;
    }
  tables = document_tables (json_parser_get_root (parser), error);
  if (tables == NULL)
    return NULL;
  if (today == NULL)
    today = now = g_date_time_new_now_local ();
  return parse_document (tables, today, error);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;

  if (kring_store_save_finish (KRING_STORE (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static GPtrArray *
load_resource (const char *path,
               GError    **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_FAILED,
                   _("Data that comes with Kringkaart is missing from this build: %s"),
                   local_error->message);
      return NULL;
    }
  return kring_demo_parse (bytes, NULL, error);
}

/* The default vocabularies followed by @path's records (NULL: none), as one batch. */
static GPtrArray *
load_with_vocabularies (const char *path,
                        GError    **error)
{
  g_autoptr (GPtrArray) records = load_resource (VOCABULARIES_RESOURCE, error);
  g_autoptr (GPtrArray) more = NULL;

  if (records == NULL || path == NULL)
    return g_steal_pointer (&records);
  more = load_resource (path, error);
  if (more == NULL)
    return NULL;
  for (guint i = 0; i < more->len; i++)
    g_ptr_array_add (records, g_object_ref (g_ptr_array_index (more, i)));
  return g_steal_pointer (&records);
}

typedef struct
{
  const char *path;      /* a static resource path, or NULL */
  char       *team_name; /* for the empty start, or NULL */
} SeedData;

static void
seed_data_free (gpointer data)
{
  SeedData *seed = data;

  g_free (seed->team_name);
  g_free (seed);
}

/* Parsing the bundled JSON takes tens of milliseconds: not on the main loop. */
static void
parse_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  SeedData *seed = task_data;
  GError *error = NULL;
  GPtrArray *records = load_with_vocabularies (seed->path, &error);

  if (records == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (seed->team_name != NULL)
    {
      /* A fresh UUID: teams from different profiles must never share an id. */
      KringRecord *team = kring_record_new ("teams");

      kring_record_set_string (team, "name", seed->team_name);
      g_ptr_array_add (records, team);
    }
  g_task_return_pointer (task, records, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_parsed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr (GPtrArray) records = NULL;
  GError *error = NULL;

  records = g_task_propagate_pointer (G_TASK (result), &error);
  if (records == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  kring_store_save_async (KRING_STORE (source), records, cancellable, on_saved,
                          g_steal_pointer (&task));
}

static void
seed_async (KringStore          *store,
            const char          *path,
            const char          *team_name,
            gpointer             source_tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);
  g_autoptr (GTask) parse = g_task_new (store, cancellable, on_parsed, task);
  SeedData *seed = g_new0 (SeedData, 1);

  g_task_set_source_tag (task, source_tag);
  seed->path = path;
  seed->team_name = g_strdup (team_name);
  g_task_set_task_data (parse, seed, seed_data_free);
  g_task_run_in_thread (parse, parse_in_thread);
}

void
kring_demo_load_async (KringStore          *store,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (store));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  seed_async (store, DEMO_RESOURCE, NULL, kring_demo_load_async, cancellable, callback,
              user_data);
}

void
kring_demo_start_empty_async (KringStore          *store,
                              const char          *team_name,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (store));
  g_return_if_fail (team_name != NULL && *team_name != '\0');

  seed_async (store, NULL, team_name, kring_demo_start_empty_async, cancellable, callback,
              user_data);
}

gboolean
kring_demo_start_empty_finish (KringStore    *store,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (KRING_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
kring_demo_load_finish (KringStore    *store,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (KRING_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_demo_load_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
