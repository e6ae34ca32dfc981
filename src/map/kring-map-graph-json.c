/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kring-map-graph.h"

/*
 * A saved version of a map (map_snapshots.data) as JSON. The text may come
 * from an older or newer Kringkaart, or be damaged, so reading checks every
 * member's type and range and gives a plain error instead of a graph the
 * layout could trip over.
 */

#define FORMAT_VERSION 1
/* The format nests four levels deep; anything far deeper is not a map, and
 * json-glib's recursive parser should not be asked to descend into it. */
#define MAX_DEPTH 32
#define MAX_LIFE_DOMAINS 32

static const char *const kind_names[] = { "member", "partner", "cluster" };
static const char *const frequency_names[] = {
  "unknown", "weekly", "monthly", "quarterly", "yearly", "incidental", "none",
};
static const char *const tie_names[] = { "none", "strong", "weak", "stressful" };

/* Writing */

static const char *
enum_name (const char *const *names,
           guint              n_names,
           int                value)
{
  return value >= 0 && (guint) value < n_names ? names[value] : names[0];
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_bool (JsonBuilder *builder,
          const char  *member,
          gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

static void
add_quality (JsonBuilder           *builder,
             const KringMapQuality *quality)
{
  json_builder_set_member_name (builder, "quality");
  json_builder_begin_object (builder);
  add_bool (builder, "known", quality->known);
  add_bool (builder, "agreement", quality->has_agreement);
  add_bool (builder, "fixed_contact", quality->has_fixed_contact);
  add_bool (builder, "knows_personally", quality->knows_personally);
  add_bool (builder, "reports_back", quality->reports_back);
  add_int (builder, "trust", quality->trust);
  add_string (builder, "frequency",
              enum_name (frequency_names, G_N_ELEMENTS (frequency_names), quality->frequency));
  add_int (builder, "months_since_contact", quality->months_since_contact);
  add_string (builder, "tie", enum_name (tie_names, G_N_ELEMENTS (tie_names), quality->tie));
  json_builder_end_object (builder);
}

static void
add_node (JsonBuilder        *builder,
          const KringMapNode *node)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", node->id);
  add_string (builder, "table", node->table);
  add_string (builder, "label", node->label);
  add_string (builder, "detail", node->detail);
  add_string (builder, "sector", node->sector);
  add_string (builder, "kind", enum_name (kind_names, G_N_ELEMENTS (kind_names), node->kind));
  add_int (builder, "ring", node->ring);
  add_int (builder, "cluster_size", node->cluster_size);
  add_int (builder, "life_domains", node->life_domains);
  add_int (builder, "lijn", node->lijn);
  add_quality (builder, &node->quality);
  json_builder_end_object (builder);
}

static void
add_strings (JsonBuilder *builder,
             const char  *member,
             char *const *strings,
             guint        n_strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_strings; i++)
    json_builder_add_string_value (builder, strings[i] != NULL ? strings[i] : "");
  json_builder_end_array (builder);
}

static void
add_sectors (JsonBuilder         *builder,
             const KringMapGraph *graph)
{
  json_builder_set_member_name (builder, "sectors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < graph->sectors->len; i++)
    {
      const KringMapSector *sector = g_ptr_array_index (graph->sectors, i);

      json_builder_begin_object (builder);
      add_string (builder, "key", sector->key);
      add_string (builder, "label", sector->label);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

char *
kring_map_graph_to_json (const KringMapGraph *graph)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (graph != NULL, NULL);

  json_builder_begin_object (builder);
  add_int (builder, "version", FORMAT_VERSION);
  add_string (builder, "title", graph->title);
  add_strings (builder, "ring_names", (char *const *) graph->ring_names, KRING_MAP_N_RINGS);
  add_sectors (builder, graph);
  add_strings (builder, "life_domains", (char *const *) graph->life_domain_names->pdata,
               graph->life_domain_names->len);
  json_builder_set_member_name (builder, "nodes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < graph->nodes->len; i++)
    add_node (builder, g_ptr_array_index (graph->nodes, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Reading */

typedef struct
{
  guint    node;   /* 1-based number of the node being read, 0 outside nodes */
  GError **error;
} Reader;

static gboolean
invalid (Reader     *reader,
         const char *member)
{
  if (reader->node > 0)
    g_set_error (reader->error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("Node %u of the saved map has a missing or invalid “%s”."),
                 reader->node, member);
  else
    g_set_error (reader->error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("The saved map has a missing or invalid “%s”."), member);
  return FALSE;
}

static gboolean
is_absent (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

/* A string member; absent or null gives NULL unless @required. */
static gboolean
read_string (Reader     *reader,
             JsonObject *object,
             const char *member,
             gboolean    required,
             char      **out)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value;

  *out = NULL;
  if (is_absent (object, member))
    return !required || invalid (reader, member);
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (reader, member);
  value = json_node_get_string (node);
  if (value == NULL || !g_utf8_validate (value, -1, NULL))
    return invalid (reader, member);
  *out = g_strdup (value);
  return TRUE;
}

/* An integer member within @min…@max; absent gives @fallback unless
 * @required. Fractions and numbers beyond 64 bits are doubles in
 * json-glib, so they fail the type check. */
static gboolean
read_int (Reader     *reader,
          JsonObject *object,
          const char *member,
          gboolean    required,
          gint64      min,
          gint64      max,
          gint64      fallback,
          gint64     *out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = fallback;
  if (is_absent (object, member))
    return !required || invalid (reader, member);
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return invalid (reader, member);
  *out = json_node_get_int (node);
  return (*out >= min && *out <= max) || invalid (reader, member);
}

static gboolean
read_bool (Reader     *reader,
           JsonObject *object,
           const char *member,
           gboolean   *out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = FALSE;
  if (is_absent (object, member))
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return invalid (reader, member);
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_enum (Reader            *reader,
           JsonObject        *object,
           const char        *member,
           const char *const *names,
           guint              n_names,
           int                fallback,
           int               *out)
{
  g_autofree char *name = NULL;

  *out = fallback;
  if (!read_string (reader, object, member, FALSE, &name))
    return FALSE;
  if (name == NULL)
    return TRUE;
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (name, names[i]))
      {
        *out = (int) i;
        return TRUE;
      }
  return invalid (reader, member);
}

/* An object or array member; absent or null gives NULL unless @required. */
static gboolean
read_container (Reader      *reader,
                JsonObject  *object,
                const char  *member,
                JsonNodeType type,
                gboolean     required,
                JsonNode   **out)
{
  *out = NULL;
  if (is_absent (object, member))
    return !required || invalid (reader, member);
  *out = json_object_get_member (object, member);
  return JSON_NODE_TYPE (*out) == type || invalid (reader, member);
}

static gboolean
read_quality (Reader          *reader,
              JsonObject      *object,
              KringMapQuality *quality)
{
  JsonNode *member;
  JsonObject *q;
  gint64 trust, months;
  int frequency, tie;

  if (!read_container (reader, object, "quality", JSON_NODE_OBJECT, FALSE, &member))
    return FALSE;
  if (member == NULL)
    return TRUE;
  q = json_node_get_object (member);
  if (!read_bool (reader, q, "known", &quality->known)
      || !read_bool (reader, q, "agreement", &quality->has_agreement)
      || !read_bool (reader, q, "fixed_contact", &quality->has_fixed_contact)
      || !read_bool (reader, q, "knows_personally", &quality->knows_personally)
      || !read_bool (reader, q, "reports_back", &quality->reports_back)
      || !read_int (reader, q, "trust", FALSE, 0, 5, 0, &trust)
      || !read_enum (reader, q, "frequency", frequency_names, G_N_ELEMENTS (frequency_names),
                     KRING_MAP_FREQUENCY_UNKNOWN, &frequency)
      || !read_int (reader, q, "months_since_contact", FALSE, -1, 100000, -1, &months)
      || !read_enum (reader, q, "tie", tie_names, G_N_ELEMENTS (tie_names), KRING_MAP_TIE_NONE,
                     &tie))
    return FALSE;
  quality->trust = (int) trust;
  quality->frequency = frequency;
  quality->months_since_contact = (int) months;
  quality->tie = tie;
  return TRUE;
}

/* The members that identify a node and where it goes. */
static KringMapNode *
read_node_place (Reader        *reader,
                 JsonObject    *object,
                 KringMapGraph *graph)
{
  g_autofree char *id = NULL;
  g_autofree char *label = NULL;
  g_autofree char *table = NULL;
  g_autofree char *sector = NULL;
  gint64 ring;
  int kind;

  if (!read_string (reader, object, "id", TRUE, &id))
    return NULL;
  if (*id == '\0')
    {
      invalid (reader, "id");
      return NULL;
    }
  if (!read_string (reader, object, "label", TRUE, &label)
      || !read_string (reader, object, "table", FALSE, &table)
      || !read_string (reader, object, "sector", FALSE, &sector)
      || !read_enum (reader, object, "kind", kind_names, G_N_ELEMENTS (kind_names),
                     KRING_MAP_NODE_PARTNER, &kind)
      || !read_int (reader, object, "ring", TRUE, 0, KRING_MAP_N_RINGS - 1, 0, &ring))
    return NULL;
  return kring_map_graph_add_node (graph, kind, table, id, label, sector, (int) ring);
}

static gboolean
read_node (Reader        *reader,
           JsonNode      *element,
           KringMapGraph *graph)
{
  JsonObject *object;
  KringMapNode *node;
  gint64 cluster_size, life_domains, lijn;

  if (!JSON_NODE_HOLDS_OBJECT (element))
    return invalid (reader, "nodes");
  object = json_node_get_object (element);
  node = read_node_place (reader, object, graph);
  if (node == NULL
      || !read_string (reader, object, "detail", FALSE, &node->detail)
      || !read_int (reader, object, "cluster_size", FALSE, 0, G_MAXUINT32, node->cluster_size,
                    &cluster_size)
      || !read_int (reader, object, "life_domains", FALSE, 0, G_MAXUINT32, 0, &life_domains)
      || !read_int (reader, object, "lijn", FALSE, -1, 2, -1, &lijn)
      || !read_quality (reader, object, &node->quality))
    return FALSE;
  node->cluster_size = (guint) cluster_size;
  node->life_domains = (guint32) life_domains;
  node->lijn = (int) lijn;
  return TRUE;
}

/* Fills @out (n entries) from an array of strings of exactly that length,
 * or of at most @n when @exact is FALSE. */
static gboolean
read_string_array (Reader     *reader,
                   JsonObject *object,
                   const char *member,
                   guint       n,
                   gboolean    exact,
                   GPtrArray  *out)
{
  JsonNode *node;
  JsonArray *array;

  if (!read_container (reader, object, member, JSON_NODE_ARRAY, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  array = json_node_get_array (node);
  if (json_array_get_length (array) > n || (exact && json_array_get_length (array) != n))
    return invalid (reader, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *value;

      if (json_node_get_value_type (element) != G_TYPE_STRING)
        return invalid (reader, member);
      value = json_node_get_string (element);
      if (value == NULL || !g_utf8_validate (value, -1, NULL))
        return invalid (reader, member);
      g_ptr_array_add (out, g_strdup (value));
    }
  return TRUE;
}

static gboolean
read_sector (Reader        *reader,
             JsonNode      *element,
             KringMapGraph *graph)
{
  g_autofree char *key = NULL;
  g_autofree char *label = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (element))
    return invalid (reader, "sectors");
  if (!read_string (reader, json_node_get_object (element), "key", TRUE, &key)
      || !read_string (reader, json_node_get_object (element), "label", FALSE, &label))
    return FALSE;
  kring_map_graph_add_sector (graph, key, label);
  return TRUE;
}

static gboolean
read_sectors (Reader        *reader,
              JsonObject    *object,
              KringMapGraph *graph)
{
  JsonNode *node;
  JsonArray *array;

  if (!read_container (reader, object, "sectors", JSON_NODE_ARRAY, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!read_sector (reader, json_array_get_element (array, i), graph))
      return FALSE;
  return TRUE;
}

static gboolean
read_ring_names (Reader        *reader,
                 JsonObject    *object,
                 KringMapGraph *graph)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (!read_string_array (reader, object, "ring_names", KRING_MAP_N_RINGS, TRUE, names))
    return FALSE;
  for (guint ring = 0; ring < names->len; ring++)
    {
      /* An empty name keeps the default, as kring_map_graph_new() does. */
      if (*(char *) g_ptr_array_index (names, ring) == '\0')
        continue;
      g_free (graph->ring_names[ring]);
      graph->ring_names[ring] = g_strdup (g_ptr_array_index (names, ring));
    }
  return TRUE;
}

static gboolean
read_nodes (Reader        *reader,
            JsonObject    *object,
            KringMapGraph *graph)
{
  JsonNode *node;
  JsonArray *array;

  if (!read_container (reader, object, "nodes", JSON_NODE_ARRAY, TRUE, &node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      reader->node = i + 1;
      if (!read_node (reader, json_array_get_element (array, i), graph))
        return FALSE;
    }
  reader->node = 0;
  return TRUE;
}

static gboolean
read_version (Reader     *reader,
              JsonObject *object)
{
  gint64 version;

  if (!read_int (reader, object, "version", TRUE, 1, G_MAXINT64, 0, &version))
    return FALSE;
  if (version > FORMAT_VERSION)
    {
      g_set_error (reader->error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The saved map was made by a newer version of Kringkaart."));
      return FALSE;
    }
  return TRUE;
}

static KringMapGraph *
read_graph (Reader     *reader,
            JsonObject *object)
{
  g_autoptr (KringMapGraph) graph = NULL;
  g_autofree char *title = NULL;

  if (!read_version (reader, object) || !read_string (reader, object, "title", FALSE, &title))
    return NULL;
  graph = kring_map_graph_new (title, NULL);
  if (!read_ring_names (reader, object, graph)
      || !read_sectors (reader, object, graph)
      || !read_string_array (reader, object, "life_domains", MAX_LIFE_DOMAINS, FALSE,
                             graph->life_domain_names)
      || !read_nodes (reader, object, graph))
    return NULL;
  return g_steal_pointer (&graph);
}

/* How deeply arrays and objects nest, outside strings. */
static guint
nesting_depth (const char *text)
{
  guint depth = 0, max_depth = 0;
  gboolean in_string = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '[' || *p == '{')
        {
          /* Not inside MAX (), which evaluates its arguments twice. */
          depth++;
          max_depth = MAX (max_depth, depth);
        }
      else if ((*p == ']' || *p == '}') && depth > 0)
        depth--;
    }
  return max_depth;
}

static gboolean
check_text (const char *json,
            GError    **error)
{
  if (!g_utf8_validate (json, -1, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The saved map is not valid text."));
      return FALSE;
    }
  if (nesting_depth (json) > MAX_DEPTH)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The saved map is damaged: it is nested too deeply."));
      return FALSE;
    }
  return TRUE;
}

KringMapGraph *
kring_map_graph_from_json (const char *json,
                           GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) parse_error = NULL;
  Reader reader = { 0, error };
  JsonNode *root;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (json == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The saved map is not a map."));
      return NULL;
    }
  if (!check_text (json, error))
    return NULL;
  if (!json_parser_load_from_data (parser, json, -1, &parse_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The saved map is damaged: %s"), parse_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The saved map is not a map."));
      return NULL;
    }
  return read_graph (&reader, json_node_get_object (root));
}
