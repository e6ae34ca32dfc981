/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-record.h"

struct _KringRecord
{
  GObject     parent_instance;
  char       *table;
  char       *id;
  GHashTable *values; /* column name -> GVariant */
};

G_DEFINE_FINAL_TYPE (KringRecord, kring_record, G_TYPE_OBJECT)

enum { PROP_0, PROP_TABLE, PROP_ID, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
kring_record_finalize (GObject *object)
{
  KringRecord *self = KRING_RECORD (object);

  g_free (self->table);
  g_free (self->id);
  g_hash_table_unref (self->values);
  G_OBJECT_CLASS (kring_record_parent_class)->finalize (object);
}

static void
kring_record_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KringRecord *self = KRING_RECORD (object);

  switch (prop_id)
    {
    case PROP_TABLE:
      g_value_set_string (value, self->table);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_record_class_init (KringRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kring_record_finalize;
  object_class->get_property = kring_record_get_property;

  properties[PROP_TABLE] = g_param_spec_string ("table", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kring_record_init (KringRecord *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_variant_unref);
}

char *
kring_uuid_new (void)
{
  return g_uuid_string_random ();
}

char *
kring_now_iso8601 (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

KringRecord *
kring_record_new_with_id (const char *table, const char *id)
{
  KringRecord *self;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (KRING_TYPE_RECORD, NULL);
  self->table = g_strdup (table);
  self->id = g_strdup (id);
  return self;
}

KringRecord *
kring_record_new (const char *table)
{
  g_autofree char *id = kring_uuid_new ();

  return kring_record_new_with_id (table, id);
}

KringRecord *
kring_record_copy (KringRecord *self)
{
  KringRecord *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (KRING_IS_RECORD (self), NULL);

  copy = kring_record_new_with_id (self->table, self->id);
  g_hash_table_iter_init (&iter, self->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->values, g_strdup (key), g_variant_ref (value));
  return copy;
}

const char *
kring_record_get_table (KringRecord *self)
{
  g_return_val_if_fail (KRING_IS_RECORD (self), NULL);
  return self->table;
}

const char *
kring_record_get_id (KringRecord *self)
{
  g_return_val_if_fail (KRING_IS_RECORD (self), NULL);
  return self->id;
}

void
kring_record_set_value (KringRecord *self, const char *column, GVariant *value)
{
  g_return_if_fail (KRING_IS_RECORD (self));
  g_return_if_fail (column != NULL && value != NULL);
  g_return_if_fail (g_strcmp0 (column, "id") != 0);

  g_hash_table_insert (self->values, g_strdup (column), g_variant_ref_sink (value));
}

void
kring_record_set_string (KringRecord *self, const char *column, const char *value)
{
  if (value == NULL)
    kring_record_set_null (self, column);
  else
    kring_record_set_value (self, column, g_variant_new_string (value));
}

void
kring_record_set_int (KringRecord *self, const char *column, gint64 value)
{
  kring_record_set_value (self, column, g_variant_new_int64 (value));
}

void
kring_record_set_double (KringRecord *self, const char *column, double value)
{
  kring_record_set_value (self, column, g_variant_new_double (value));
}

void
kring_record_set_null (KringRecord *self, const char *column)
{
  kring_record_set_value (self, column, g_variant_new_maybe (G_VARIANT_TYPE_VARIANT, NULL));
}

gboolean
kring_record_has (KringRecord *self, const char *column)
{
  g_return_val_if_fail (KRING_IS_RECORD (self), FALSE);
  return g_hash_table_contains (self->values, column);
}

GVariant *
kring_record_get_value (KringRecord *self, const char *column)
{
  g_return_val_if_fail (KRING_IS_RECORD (self), NULL);
  return g_hash_table_lookup (self->values, column);
}

gboolean
kring_record_is_null (KringRecord *self, const char *column)
{
  GVariant *value = kring_record_get_value (self, column);

  return value == NULL || g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE);
}

const char *
kring_record_get_string (KringRecord *self, const char *column)
{
  GVariant *value = kring_record_get_value (self, column);

  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return NULL;
  return g_variant_get_string (value, NULL);
}

gint64
kring_record_get_int (KringRecord *self, const char *column, gint64 fallback)
{
  GVariant *value = kring_record_get_value (self, column);

  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return fallback;
  return g_variant_get_int64 (value);
}

double
kring_record_get_double (KringRecord *self, const char *column, double fallback)
{
  GVariant *value = kring_record_get_value (self, column);

  if (value == NULL)
    return fallback;
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_variant_get_double (value);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return (double) g_variant_get_int64 (value);
  return fallback;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
kring_record_get_columns (KringRecord *self)
{
  GPtrArray *columns;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (KRING_IS_RECORD (self), NULL);

  columns = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->values);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (columns, key);
  g_ptr_array_sort (columns, compare_names);
  return columns;
}

gboolean
kring_record_equal (KringRecord *a, KringRecord *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_strcmp0 (a->table, b->table) != 0 || g_strcmp0 (a->id, b->id) != 0)
    return FALSE;
  if (g_hash_table_size (a->values) != g_hash_table_size (b->values))
    return FALSE;
  g_hash_table_iter_init (&iter, a->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GVariant *other = g_hash_table_lookup (b->values, key);

      if (other == NULL || !g_variant_equal (value, other))
        return FALSE;
    }
  return TRUE;
}
