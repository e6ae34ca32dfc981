/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-hsds-export.h"
#include "kring-hsds-export-tree.h"

/* The link columns from the most specific parent to the least: a phone with
 * both contact_id and organization_id belongs under its contact. */
static const char * const link_priority[] = {
  "contact_id", "phone_id", "service_at_location_id", "service_id", "location_id",
  "organization_id", "link_id", "resource_id", NULL
};

/* Default ring names, used when a team did not name its rings. */
static const char * const ring_names[] = {
  N_("Kernteam"), N_("Binnenring"), N_("Buitenring"), N_("Sociale kaart")
};

typedef struct
{
  const KringHsdsType *parent;
  const char          *column;
} Place;

struct _KringHsdsTree
{
  GHashTable *tables;      /* table -> GListModel (borrowed from the caller) */
  GHashTable *by_id;       /* table -> GHashTable id -> KringRecord */
  GHashTable *exported;    /* table -> GHashTable set of ids */
  GHashTable *children;    /* "table\ncolumn\nparent id" -> GPtrArray of KringRecord */
  GHashTable *placements;  /* organisation or service id -> GPtrArray of ring_placements */
  GPtrArray  *roots;       /* KringRecord organisations */
};

void
kring_hsds_tree_free (KringHsdsTree *tree)
{
  g_clear_pointer (&tree->by_id, g_hash_table_unref);
  g_clear_pointer (&tree->exported, g_hash_table_unref);
  g_clear_pointer (&tree->children, g_hash_table_unref);
  g_clear_pointer (&tree->placements, g_hash_table_unref);
  g_clear_pointer (&tree->roots, g_ptr_array_unref);
  g_free (tree);
}

static GListModel *
table_rows (KringHsdsTree *tree,
            const char    *table)
{
  return g_hash_table_lookup (tree->tables, table);
}

static GHashTable *
id_set (GHashTable *sets,
        const char *table)
{
  GHashTable *set = g_hash_table_lookup (sets, table);

  if (set == NULL)
    {
      set = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (sets, (gpointer) table, set);
    }
  return set;
}

static void
index_ids (KringHsdsTree *tree)
{
  GHashTableIter iter;
  gpointer table, rows;

  g_hash_table_iter_init (&iter, tree->tables);
  while (g_hash_table_iter_next (&iter, &table, &rows))
    {
      GHashTable *ids = id_set (tree->by_id, table);

      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

          /* The model holds the record, so the borrowed pointer stays valid. */
          g_hash_table_insert (ids, (gpointer) kring_record_get_id (row), row);
        }
    }
}

static KringRecord *
lookup (KringHsdsTree *tree,
        const char    *table,
        const char    *id)
{
  GHashTable *ids = g_hash_table_lookup (tree->by_id, table);

  return ids != NULL && id != NULL ? g_hash_table_lookup (ids, id) : NULL;
}

static void
add_child (KringHsdsTree *tree,
           const char    *table,
           const char    *column,
           const char    *parent_id,
           KringRecord   *row)
{
  char *key = g_strjoin ("\n", table, column, parent_id, NULL);
  GPtrArray *list = g_hash_table_lookup (tree->children, key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (tree->children, key, list);
    }
  else
    g_free (key);
  g_ptr_array_add (list, row);
  g_hash_table_add (id_set (tree->exported, table), (gpointer) kring_record_get_id (row));
}

static GPtrArray *
children_of (KringHsdsTree *tree,
             const char    *table,
             const char    *column,
             const char    *parent_id)
{
  g_autofree char *key = g_strjoin ("\n", table, column, parent_id, NULL);

  return g_hash_table_lookup (tree->children, key);
}

static guint
priority_of (const char *column)
{
  for (guint i = 0; link_priority[i] != NULL; i++)
    if (g_str_equal (link_priority[i], column))
      return i;
  return G_N_ELEMENTS (link_priority);
}

static gint
compare_places (gconstpointer a,
                gconstpointer b)
{
  const Place *pa = a, *pb = b;

  return (int) priority_of (pa->column) - (int) priority_of (pb->column);
}

/* Every (parent type, link column) under which rows of @child can be embedded,
 * most specific first. */
static GArray *
places_of (const KringHsdsType *child)
{
  GArray *places = g_array_new (FALSE, FALSE, sizeof (Place));
  guint n_types;
  const KringHsdsType *const *types = kring_hsds_model_get_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    for (const KringHsdsChild *c = types[t]->children; c->key != NULL; c++)
      {
        Place place = { types[t], NULL };

        if (c->reverse != NULL || !g_str_equal (c->type, child->type))
          continue;
        kring_hsds_model_parent_link (types[t], child, &place.column, NULL);
        if (place.column != NULL)
          g_array_append_val (places, place);
      }
  g_array_sort (places, compare_places);
  return places;
}

static gboolean
place_row (KringHsdsTree *tree,
           GArray        *places,
           const char    *table,
           KringRecord   *row)
{
  for (guint p = 0; p < places->len; p++)
    {
      const Place *place = &g_array_index (places, Place, p);
      const char *parent_id = kring_record_get_string (row, place->column);
      GHashTable *exported = g_hash_table_lookup (tree->exported, place->parent->table);

      if (parent_id != NULL && exported != NULL && g_hash_table_contains (exported, parent_id))
        {
          add_child (tree, table, place->column, parent_id, row);
          return TRUE;
        }
    }
  return FALSE;
}

/* Places the rows of one type whose parent is already placed; TRUE if any. */
static gboolean
place_type (KringHsdsTree       *tree,
            const KringHsdsType *type)
{
  g_autoptr (GArray) places = places_of (type);
  GListModel *rows = table_rows (tree, type->table);
  GHashTable *done = id_set (tree->exported, type->table);
  gboolean changed = FALSE;

  if (rows == NULL || places->len == 0)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (!g_hash_table_contains (done, kring_record_get_id (row)))
        changed |= place_row (tree, places, type->table, row);
    }
  return changed;
}

/* Parents come first in the model's order, so one pass places nearly all;
 * more passes catch parents listed after their children. */
static void
place_all (KringHsdsTree *tree)
{
  guint n_types;
  const KringHsdsType *const *types = kring_hsds_model_get_types (&n_types);
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      for (guint t = 0; t < n_types; t++)
        changed |= place_type (tree, types[t]);
    }
}

static void
add_root (KringHsdsTree *tree,
          KringRecord   *organization)
{
  GHashTable *exported = id_set (tree->exported, "organizations");

  if (organization == NULL || g_hash_table_contains (exported, kring_record_get_id (organization)))
    return;
  g_ptr_array_add (tree->roots, organization);
  g_hash_table_add (exported, (gpointer) kring_record_get_id (organization));
}

static void
add_roots (KringHsdsTree      *tree,
           const char * const *organization_ids)
{
  GListModel *organizations = table_rows (tree, "organizations");

  if (organization_ids != NULL)
    {
      for (guint i = 0; organization_ids[i] != NULL; i++)
        add_root (tree, lookup (tree, "organizations", organization_ids[i]));
      return;
    }
  for (guint i = 0; organizations != NULL && i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr (KringRecord) organization = g_list_model_get_item (organizations, i);

      add_root (tree, organization);
    }
}

static void
index_placements (KringHsdsTree *tree)
{
  GListModel *rows = table_rows (tree, "ring_placements");

  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      const char *owner = kring_record_get_string (row, "organization_id");
      GPtrArray *list;

      if (owner == NULL)
        owner = kring_record_get_string (row, "service_id");
      if (owner == NULL)
        continue;
      list = g_hash_table_lookup (tree->placements, owner);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (tree->placements, (gpointer) owner, list);
        }
      g_ptr_array_add (list, row);
    }
}

KringHsdsTree *
kring_hsds_tree_new (GHashTable         *tables,
                     const char * const *organization_ids)
{
  KringHsdsTree *tree = g_new0 (KringHsdsTree, 1);

  tree->tables = tables;
  tree->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                       (GDestroyNotify) g_hash_table_unref);
  tree->exported = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) g_hash_table_unref);
  tree->children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  tree->placements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) g_ptr_array_unref);
  tree->roots = g_ptr_array_new ();
  index_ids (tree);
  add_roots (tree, organization_ids);
  place_all (tree);
  index_placements (tree);
  return tree;
}

/* ---- JSON ---- */

static void build_object (KringHsdsTree       *tree,
                          JsonBuilder         *builder,
                          const KringHsdsType *type,
                          KringRecord         *row);

static void
add_string (JsonBuilder *builder,
            GVariant    *value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    json_builder_add_string_value (builder, g_variant_get_string (value, NULL));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    {
      g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, g_variant_get_int64 (value));
      json_builder_add_string_value (builder, buffer);
    }
  else
    json_builder_add_string_value (builder, g_ascii_dtostr (buffer, sizeof buffer,
                                                            g_variant_get_double (value)));
}

/* A number column may hold text when it came from elsewhere; text that is
 * not a number is left out rather than written as an invalid value. */
static gboolean
number_of (GVariant *value,
           double   *number)
{
  const char *text;
  char *end = NULL;

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    *number = (double) g_variant_get_int64 (value);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    *number = g_variant_get_double (value);
  else
    {
      text = g_variant_get_string (value, NULL);
      *number = g_ascii_strtod (text, &end);
      return *text != '\0' && end != NULL && *end == '\0';
    }
  return TRUE;
}

static void
add_field (JsonBuilder          *builder,
           const KringHsdsField *field,
           GVariant             *value)
{
  double number;

  if (field->kind == KRING_HSDS_STRING)
    {
      json_builder_set_member_name (builder, field->name);
      add_string (builder, value);
      return;
    }
  if (!number_of (value, &number))
    return;
  json_builder_set_member_name (builder, field->name);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    json_builder_add_int_value (builder, g_variant_get_int64 (value));
  else
    json_builder_add_double_value (builder, number);
}

/* Absent and NULL columns are left out: HSDS has no nulls for its strings. */
static void
add_fields (JsonBuilder         *builder,
            const KringHsdsType *type,
            KringRecord         *row)
{
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, kring_record_get_id (row));
  for (const KringHsdsField *field = type->fields; field->name != NULL; field++)
    {
      GVariant *value;

      if (g_str_equal (field->name, "id"))
        continue;
      value = kring_record_get_value (row, field->name);
      if (value != NULL && !g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE))
        add_field (builder, field, value);
      else if (field->required != KRING_HSDS_OPTIONAL)
        {
          /* The schema requires the member; the store may not have the value. */
          json_builder_set_member_name (builder, field->name);
          json_builder_add_string_value (builder, "");
        }
    }
}

char *
kring_hsds_derived_uuid (const char *name)
{
  /* The namespace is a fixed random UUID of Kringkaart's own. */
  static const guint8 namespace[16] = {
    0x6b, 0x72, 0x6b, 0x6b, 0x8d, 0x3e, 0x4f, 0x51, 0x9a, 0x2c, 0x1e, 0x57, 0x0c, 0x44, 0x6e, 0x21
  };
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize length = sizeof digest;

  g_return_val_if_fail (name != NULL, NULL);

  g_checksum_update (checksum, namespace, sizeof namespace);
  g_checksum_update (checksum, (const guchar *) name, -1);
  g_checksum_get_digest (checksum, digest, &length);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

static void
begin_extra_attribute (JsonBuilder         *builder,
                       const KringHsdsType *type,
                       const char          *record_id,
                       const char          *link_type,
                       const char          *value)
{
  g_autofree char *name = g_strconcat (record_id, "/", link_type, NULL);
  g_autofree char *id = kring_hsds_derived_uuid (name);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "link_id");
  json_builder_add_string_value (builder, record_id);
  json_builder_set_member_name (builder, "link_entity");
  json_builder_add_string_value (builder, type->type);
  json_builder_set_member_name (builder, "link_type");
  json_builder_add_string_value (builder, link_type);
  json_builder_set_member_name (builder, "value");
  json_builder_add_string_value (builder, value);
}

static void
add_column_attribute (JsonBuilder         *builder,
                      const KringHsdsType *type,
                      KringRecord         *row,
                      const char          *column)
{
  const char *value = kring_record_get_string (row, column);

  if (value == NULL)
    return;
  begin_extra_attribute (builder, type, kring_record_get_id (row), column, value);
  json_builder_end_object (builder);
}

static const char *
ring_name (KringHsdsTree *tree,
           KringRecord   *team,
           gint64         ring)
{
  g_autofree char *column = g_strdup_printf ("ring%" G_GINT64_FORMAT "_name", ring);
  const char *name = team ? kring_record_get_string (team, column) : NULL;

  return name != NULL ? name : g_dgettext (GETTEXT_PACKAGE, ring_names[ring]);
}

static void
add_ring_term (KringHsdsTree *tree,
               JsonBuilder   *builder,
               KringRecord   *placement,
               gint64         ring)
{
  const char *team_id = kring_record_get_string (placement, "team_id");
  KringRecord *team = lookup (tree, "teams", team_id);
  g_autofree char *name = g_strdup_printf ("ring/%s/%" G_GINT64_FORMAT, team_id, ring);
  g_autofree char *id = kring_hsds_derived_uuid (name);
  g_autofree char *code = g_strdup_printf ("%" G_GINT64_FORMAT, ring);
  const char *team_name = team ? kring_record_get_string (team, "name") : NULL;

  json_builder_set_member_name (builder, "taxonomy_term");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, ring_name (tree, team, ring));
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, team_name ? team_name : "");
  json_builder_set_member_name (builder, "taxonomy");
  json_builder_add_string_value (builder, KRING_HSDS_TAXONOMY_RING);
  json_builder_end_object (builder);
}

static void
add_ring_attributes (KringHsdsTree       *tree,
                     JsonBuilder         *builder,
                     const KringHsdsType *type,
                     KringRecord         *row)
{
  GPtrArray *placements = g_hash_table_lookup (tree->placements, kring_record_get_id (row));

  for (guint i = 0; placements != NULL && i < placements->len; i++)
    {
      KringRecord *placement = placements->pdata[i];
      gint64 ring = kring_record_get_int (placement, "ring", -1);
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, ring);

      if (ring < 0 || ring >= (gint64) G_N_ELEMENTS (ring_names))
        continue;
      begin_extra_attribute (builder, type, kring_record_get_id (placement),
                             KRING_HSDS_LINK_TYPE_RING, value);
      add_ring_term (tree, builder, placement, ring);
      json_builder_end_object (builder);
    }
}

static gboolean
has_extra_attributes (KringHsdsTree *tree,
                      KringRecord   *row)
{
  return kring_record_get_string (row, KRING_HSDS_LINK_TYPE_VERIFIED_ON) != NULL
         || kring_record_get_string (row, KRING_HSDS_LINK_TYPE_VERIFIED_BY) != NULL
         || g_hash_table_contains (tree->placements, kring_record_get_id (row));
}

static void
add_children (KringHsdsTree        *tree,
              JsonBuilder          *builder,
              const KringHsdsType  *type,
              const KringHsdsChild *child,
              KringRecord          *row)
{
  const KringHsdsType *child_type = kring_hsds_model_lookup (child->type);
  gboolean attributes = g_str_equal (child->type, "attribute");
  const char *column = NULL;
  GPtrArray *list;

  kring_hsds_model_parent_link (type, child_type, &column, NULL);
  list = column ? children_of (tree, child_type->table, column, kring_record_get_id (row)) : NULL;
  if (list == NULL && !(attributes && has_extra_attributes (tree, row)))
    return;
  json_builder_set_member_name (builder, child->key);
  json_builder_begin_array (builder);
  for (guint i = 0; list != NULL && i < list->len; i++)
    build_object (tree, builder, child_type, list->pdata[i]);
  if (attributes)
    {
      add_column_attribute (builder, type, row, KRING_HSDS_LINK_TYPE_VERIFIED_ON);
      add_column_attribute (builder, type, row, KRING_HSDS_LINK_TYPE_VERIFIED_BY);
      add_ring_attributes (tree, builder, type, row);
    }
  json_builder_end_array (builder);
}

/* A record the parent points at is embedded only when it has no place of its
 * own in the tree (taxonomy terms and taxonomies); an organisation inside its
 * own service would only repeat it. */
static void
add_referenced (KringHsdsTree        *tree,
                JsonBuilder          *builder,
                const KringHsdsChild *child,
                KringRecord          *row)
{
  const KringHsdsType *child_type = kring_hsds_model_lookup (child->type);
  KringRecord *target;

  if (!g_str_equal (child_type->table, "taxonomy_terms")
      && !g_str_equal (child_type->table, "taxonomies"))
    return;
  target = lookup (tree, child_type->table, kring_record_get_string (row, child->reverse));
  if (target == NULL)
    return;
  json_builder_set_member_name (builder, child->key);
  build_object (tree, builder, child_type, target);
}

static void
build_object (KringHsdsTree       *tree,
              JsonBuilder         *builder,
              const KringHsdsType *type,
              KringRecord         *row)
{
  json_builder_begin_object (builder);
  add_fields (builder, type, row);
  for (const KringHsdsChild *child = type->children; child->key != NULL; child++)
    {
      if (child->reverse != NULL)
        add_referenced (tree, builder, child, row);
      else
        add_children (tree, builder, type, child, row);
    }
  json_builder_end_object (builder);
}

static void
add_paging (JsonBuilder *builder,
            guint        n_items)
{
  json_builder_set_member_name (builder, "total_items");
  json_builder_add_int_value (builder, n_items);
  json_builder_set_member_name (builder, "total_pages");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "page_number");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "size");
  json_builder_add_int_value (builder, n_items);
  json_builder_set_member_name (builder, "first_page");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "last_page");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "empty");
  json_builder_add_boolean_value (builder, n_items == 0);
}

JsonNode *
kring_hsds_tree_to_json (KringHsdsTree *tree)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  const KringHsdsType *organization = kring_hsds_model_for_table ("organizations");

  json_builder_begin_object (builder);
  add_paging (builder, tree->roots->len);
  json_builder_set_member_name (builder, "contents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tree->roots->len; i++)
    build_object (tree, builder, organization, tree->roots->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
