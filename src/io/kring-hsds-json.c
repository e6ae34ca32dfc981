/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kring-demo.h"
#include "kring-hsds-import-private.h"

/*
 * HSDS 3.0 JSON: one organization, service, location, service_at_location,
 * taxonomy or taxonomy_term object, an array of them, a paginated *_list
 * page ({"contents": […]}), or the tabular package as one JSON object keyed
 * by CSV file name. HSDS objects carry no type name, so the type of a
 * top-level object is the candidate that knows most of its keys.
 */

typedef struct
{
  KringHsdsParsed *parsed;
  GCancellable    *cancellable;
  KringHsdsTick    tick;
  gpointer         tick_data;
  gboolean         cells;  /* tabular rows: a number is fine as text, like a CSV cell */
} Reader;

static const char *const top_types[] = {
  "organization", "service", "location", "service_at_location", "taxonomy_term", "taxonomy",
};

/* Integers beyond 2^53 do not survive a trip through a JSON double. */
#define MAX_EXACT 9007199254740992.0

static gboolean read_object (Reader *reader, KringHsdsUnit *unit, const KringHsdsType *type,
                             JsonObject *object, const char *path, const KringHsdsType *parent,
                             const char *parent_id, const char **id_out, GError **error);

static const char *
describe (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static gboolean
wrong_type (JsonNode *node, const char *path, const char *expected, GError **error)
{
  g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
               _("%s: expected %s, found %s."), path, expected, describe (node));
  return FALSE;
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
number_out_of_range (const char *path, GError **error)
{
  g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
               _("%s: the number is too large."), path);
  return FALSE;
}

static gboolean
read_integer (JsonNode *node, const char *path, GVariant **value, GError **error)
{
  double number;

  if (!is_number (node))
    return wrong_type (node, path, _("a whole number"), error);
  number = json_node_get_double (node);
  if (!isfinite (number) || fabs (number) > MAX_EXACT)
    return number_out_of_range (path, error);
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    *value = g_variant_new_int64 (json_node_get_int (node));
  else if (number == floor (number))
    *value = g_variant_new_int64 ((gint64) number);
  else
    return wrong_type (node, path, _("a whole number"), error);
  return TRUE;
}

static char *
number_text (JsonNode *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
}

static gboolean
read_string (const KringHsdsField *field, JsonNode *node, const char *path, gboolean cells,
             GVariant **value, GError **error)
{
  g_autofree char *owned = NULL;
  const char *text;

  if (cells && is_number (node))
    text = owned = number_text (node);
  else if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (node, path, _("text"), error);
  else
    text = json_node_get_string (node);
  if (kring_hsds_value_parse (field, text, value, error))
    return TRUE;
  g_prefix_error (error, "%s: ", path);
  return FALSE;
}

static gboolean
read_field (const KringHsdsField *field, JsonNode *node, const char *path, gboolean cells,
            GVariant **value, GError **error)
{
  *value = NULL;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (field->kind == KRING_HSDS_STRING)
    return read_string (field, node, path, cells, value, error);
  if (field->kind == KRING_HSDS_INTEGER)
    return read_integer (node, path, value, error);
  if (!is_number (node))
    return wrong_type (node, path, _("a number"), error);
  if (!isfinite (json_node_get_double (node)))
    return number_out_of_range (path, error);
  *value = g_variant_new_double (json_node_get_double (node));
  return TRUE;
}

static gboolean
read_fields (Reader *reader, const KringHsdsType *type, JsonObject *object, KringRecord *record,
             const char *path, GError **error)
{
  for (const KringHsdsField *field = type->fields; field->name != NULL; field++)
    {
      JsonNode *node = json_object_get_member (object, field->name);
      g_autofree char *where = NULL;
      GVariant *value = NULL;

      if (node == NULL || g_str_equal (field->name, "id"))
        continue;
      where = g_strdup_printf ("%s.%s", path, field->name);
      if (!read_field (field, node, where, reader->cells, &value, error))
        return FALSE;
      if (value != NULL)
        kring_record_set_value (record, field->name, value);
      else
        kring_record_set_null (record, field->name);
    }
  return TRUE;
}

static const char *
read_id (JsonObject *object, const KringHsdsType *type, const char *path, GError **error)
{
  JsonNode *node = json_object_get_member (object, "id");
  g_autofree char *where = g_strdup_printf ("%s.id", path);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("%s: this required field of the HSDS %s is missing."), where, type->type);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      wrong_type (node, where, _("text"), error);
      return NULL;
    }
  if (*json_node_get_string (node) == '\0')
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("%s: the id is empty."), where);
      return NULL;
    }
  return json_node_get_string (node);
}

static void
link_parent (KringRecord *record, const KringHsdsType *type, const KringHsdsType *parent,
             const char *parent_id)
{
  const char *id_column = NULL, *entity_column = NULL;

  if (parent == NULL)
    return;
  kring_hsds_model_parent_link (parent, type, &id_column, &entity_column);
  if (id_column != NULL && kring_record_is_null (record, id_column))
    kring_record_set_string (record, id_column, parent_id);
  if (entity_column != NULL && kring_record_is_null (record, entity_column))
    kring_record_set_string (record, entity_column, parent->type);
}

static gboolean
read_child_object (Reader *reader, KringHsdsUnit *unit, const KringHsdsChild *child,
                   JsonNode *node, const char *path, const KringHsdsType *parent,
                   const char *parent_id, const char **id_out, GError **error)
{
  const KringHsdsType *type = kring_hsds_model_lookup (child->type);

  g_assert (type != NULL);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (node, path, _("an object"), error);
  return read_object (reader, unit, type, json_node_get_object (node), path, parent, parent_id,
                      id_out, error);
}

/* An embedded object the parent points at (service.organization …). */
static gboolean
read_reverse_child (Reader *reader, KringHsdsUnit *unit, const KringHsdsChild *child,
                    JsonObject *object, KringRecord *record, const char *path, GError **error)
{
  JsonNode *node = json_object_get_member (object, child->key);
  g_autofree char *where = g_strdup_printf ("%s.%s", path, child->key);
  const char *id = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!read_child_object (reader, unit, child, node, where, NULL, NULL, &id, error))
    return FALSE;
  if (kring_record_is_null (record, child->reverse))
    kring_record_set_string (record, child->reverse, id);
  return TRUE;
}

static gboolean
read_child_array (Reader *reader, KringHsdsUnit *unit, const KringHsdsChild *child,
                  JsonNode *node, const char *path, const KringHsdsType *parent,
                  const char *parent_id, GError **error)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (node, path, _("a list"), error);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s[%u]", path, i);

      if (!read_child_object (reader, unit, child, json_array_get_element (array, i), where,
                              parent, parent_id, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_children (Reader *reader, KringHsdsUnit *unit, const KringHsdsType *type,
               JsonObject *object, const char *path, const char *id, GError **error)
{
  for (const KringHsdsChild *child = type->children; child->key != NULL; child++)
    {
      JsonNode *node = json_object_get_member (object, child->key);
      g_autofree char *where = NULL;

      if (child->reverse != NULL || node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      where = g_strdup_printf ("%s.%s", path, child->key);
      if (child->array ? !read_child_array (reader, unit, child, node, where, type, id, error)
                       : !read_child_object (reader, unit, child, node, where, type, id, NULL,
                                             error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_object (Reader *reader, KringHsdsUnit *unit, const KringHsdsType *type, JsonObject *object,
             const char *path, const KringHsdsType *parent, const char *parent_id,
             const char **id_out, GError **error)
{
  const char *id = read_id (object, type, path, error);
  g_autoptr (KringRecord) record = NULL;

  if (id == NULL)
    return FALSE;
  record = kring_record_new_with_id (type->table, id);
  if (!read_fields (reader, type, object, record, path, error))
    return FALSE;
  link_parent (record, type, parent, parent_id);
  for (const KringHsdsChild *child = type->children; child->key != NULL; child++)
    if (child->reverse != NULL
        && !read_reverse_child (reader, unit, child, object, record, path, error))
      return FALSE;
  if (!kring_hsds_check_required (type, record, path, TRUE, error)
      || !kring_hsds_parsed_add (reader->parsed, unit, g_steal_pointer (&record), path, error))
    return FALSE;
  if (id_out != NULL)
    *id_out = id;
  return read_children (reader, unit, type, object, path, id, error);
}

static const KringHsdsType *
detect_type (JsonObject *object)
{
  const KringHsdsType *best = NULL;
  guint best_score = 0;
  g_autoptr (GList) members = json_object_get_members (object);

  for (guint i = 0; i < G_N_ELEMENTS (top_types); i++)
    {
      const KringHsdsType *type = kring_hsds_model_lookup (top_types[i]);
      guint score = 0;

      for (GList *l = members; l != NULL; l = l->next)
        {
          gboolean known = kring_hsds_type_get_field (type, l->data) != NULL;

          for (const KringHsdsChild *child = type->children; !known && child->key; child++)
            known = g_str_equal (child->key, l->data);
          score += known;
        }
      if (score > best_score)
        {
          best = type;
          best_score = score;
        }
    }
  return best;
}

static char *
object_title (JsonObject *object, const char *fallback)
{
  static const char *const keys[] = { "name", "title", "description" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      JsonNode *node = json_object_get_member (object, keys[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
          && json_node_get_value_type (node) == G_TYPE_STRING)
        return g_strdup (json_node_get_string (node));
    }
  return g_strdup (fallback);
}

static gboolean
read_top (Reader *reader, const KringHsdsType *type, JsonNode *node, const char *path,
          GError **error)
{
  JsonObject *object;
  const char *id;
  g_autofree char *title = NULL;
  KringHsdsUnit *unit;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (node, path, _("an object"), error);
  object = json_node_get_object (node);
  if (type == NULL && (type = detect_type (object)) == NULL)
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("%s: this is not an HSDS organization, service, location or taxonomy term."),
                   path);
      return FALSE;
    }
  if ((id = read_id (object, type, path, error)) == NULL)
    return FALSE;
  title = object_title (object, id);
  unit = kring_hsds_parsed_unit (reader->parsed, type->table, id, title);
  return read_object (reader, unit, type, object, path, NULL, NULL, NULL, error);
}

static gboolean
read_array (Reader *reader, const KringHsdsType *type, JsonArray *array, const char *path,
            double from, double to, GError **error)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = g_strdup_printf ("%s[%u]", path, i);

      if (g_cancellable_set_error_if_cancelled (reader->cancellable, error)
          || !read_top (reader, type, json_array_get_element (array, i), where, error))
        return FALSE;
      if (reader->tick != NULL && (i % 64 == 0 || i + 1 == n))
        reader->tick (from + (to - from) * (i + 1) / n, reader->tick_data);
    }
  return TRUE;
}

static gboolean
is_tabular (JsonObject *object)
{
  g_autoptr (GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_str_has_suffix (l->data, ".csv"))
      return FALSE;
  return members != NULL;
}

/* examples/tabular.json: {"organizations.csv": [rows …], …}; each row is a unit. */
static gboolean
read_tabular (Reader *reader, JsonObject *object, GError **error)
{
  g_autoptr (GList) members = json_object_get_members (object);
  guint n = g_list_length (members), i = 0;

  reader->cells = TRUE;
  for (GList *l = members; l != NULL; l = l->next, i++)
    {
      const KringHsdsType *type = kring_hsds_model_for_resource (l->data);
      JsonNode *node = json_object_get_member (object, l->data);
      g_autofree char *path = g_strdup_printf ("$['%s']", (const char *) l->data);

      if (type == NULL)
        {
          g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                       _("%s: “%s” is not an HSDS table."), path, (const char *) l->data);
          return FALSE;
        }
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return wrong_type (node, path, _("a list"), error);
      if (!read_array (reader, type, json_node_get_array (node), path, (double) i / n,
                       (double) (i + 1) / n, error))
        return FALSE;
    }
  return TRUE;
}

/* The API's base document ({"version", "profile", "openapi_url"}) holds no records. */
static gboolean
is_api_description (JsonObject *object)
{
  static const char *const keys[] = { "version", "profile", "openapi_url", NULL };
  g_autoptr (GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (keys, l->data))
      return FALSE;
  return members != NULL;
}

static gboolean
read_root (Reader *reader, JsonNode *root, GError **error)
{
  JsonObject *object;
  JsonNode *contents;

  if (JSON_NODE_HOLDS_ARRAY (root))
    return read_array (reader, NULL, json_node_get_array (root), "$", 0, 1, error);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return wrong_type (root, "$", _("an HSDS object, a list of them or a page with “contents”"),
                       error);
  object = json_node_get_object (root);
  if ((contents = json_object_get_member (object, "contents")) != NULL)
    {
      if (!JSON_NODE_HOLDS_ARRAY (contents))
        return wrong_type (contents, "$.contents", _("a list"), error);
      return read_array (reader, NULL, json_node_get_array (contents), "$.contents", 0, 1, error);
    }
  if (is_tabular (object))
    return read_tabular (reader, object, error);
  if (is_api_description (object))
    return TRUE;
  return read_top (reader, NULL, root, "$", error);
}

static gsize
number_length (const char *p, const char *end)
{
  const char *start = p;

  while (p < end && (g_ascii_isdigit (*p) || strchr ("+-.eE", *p) != NULL))
    p++;
  return (gsize) (p - start);
}

static gboolean
overflows (const char *token, gsize length)
{
  g_autofree char *text = g_strndup (token, length);

  return strpbrk (text, ".eE") == NULL
         && !g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, NULL, NULL);
}

/* json-glib reads an integer beyond 64 bits as -1, silently. Such a literal
 * gets ".0" appended, so it reads as the double it is and the field checks
 * can name it as too large. */
static char *
widen_big_integers (const char *text, gsize length, gsize *new_length)
{
  GString *out = g_string_sized_new (length + 16);
  const char *p = text, *end = text + length;
  gboolean in_string = FALSE;

  while (p < end)
    {
      gsize n = 1;

      if (in_string && *p == '\\' && p + 1 < end)
        n = 2;
      else if (*p == '"')
        in_string = !in_string;
      else if (!in_string && (g_ascii_isdigit (*p) || *p == '-'))
        n = number_length (p, end);
      g_string_append_len (out, p, (gssize) n);
      if (!in_string && n > 1 && overflows (p, n))
        g_string_append (out, ".0");
      p += n;
    }
  *new_length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
load (JsonParser *parser, GFile *file, GCancellable *cancellable, GError **error)
{
  g_autoptr (GError) local = NULL;
  gsize length = 0;
  g_autofree char *text = kring_hsds_read_text (file, &length, cancellable, error);
  g_autofree char *widened = NULL;
  g_autofree char *where = NULL;

  if (text == NULL)
    return FALSE;
  widened = widen_big_integers (text, length, &length);
  g_clear_pointer (&text, g_free);
  if (json_parser_load_from_data (parser, widened, (gssize) length, &local))
    return TRUE;
  where = kring_io_describe_json_error (local);
  g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE,
               _("The file is not valid JSON: %s"), where);
  return FALSE;
}

static gboolean
is_datapackage (JsonNode *root)
{
  return JSON_NODE_HOLDS_OBJECT (root)
         && json_object_has_member (json_node_get_object (root), "resources");
}

KringHsdsParsed *
kring_hsds_json_parse (GFile *file, GCancellable *cancellable, KringHsdsTick tick,
                       gpointer tick_data, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  Reader reader = { NULL, cancellable, tick, tick_data, FALSE };
  JsonNode *root;

  if (!load (parser, file, cancellable, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE,
                           _("The file is empty."));
      return NULL;
    }
  if (is_datapackage (root))
    return kring_hsds_csv_parse (file, cancellable, tick, tick_data, error);
  reader.parsed = kring_hsds_parsed_new ();
  if (!read_root (&reader, root, error))
    {
      kring_hsds_parsed_free (reader.parsed);
      return NULL;
    }
  kring_hsds_parsed_finish (reader.parsed);
  return reader.parsed;
}
