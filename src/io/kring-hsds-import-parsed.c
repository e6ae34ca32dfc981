/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kring-demo.h"
#include "kring-hsds-export.h"
#include "kring-hsds-import-private.h"

static void
unit_free (KringHsdsUnit *unit)
{
  g_free (unit->table);
  g_free (unit->id);
  g_free (unit->title);
  g_array_unref (unit->records);
  g_free (unit);
}

KringHsdsParsed *
kring_hsds_parsed_new (void)
{
  KringHsdsParsed *parsed = g_new0 (KringHsdsParsed, 1);

  parsed->records = g_ptr_array_new_with_free_func (g_object_unref);
  parsed->paths = g_ptr_array_new_with_free_func (g_free);
  parsed->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parsed->units = g_ptr_array_new_with_free_func ((GDestroyNotify) unit_free);
  parsed->unit_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return parsed;
}

void
kring_hsds_parsed_free (KringHsdsParsed *parsed)
{
  if (parsed == NULL)
    return;
  g_ptr_array_unref (parsed->records);
  g_ptr_array_unref (parsed->paths);
  g_hash_table_unref (parsed->index);
  g_ptr_array_unref (parsed->units);
  g_hash_table_unref (parsed->unit_index);
  g_free (parsed);
}

static char *
record_key (const char *table, const char *id)
{
  return g_strconcat (table, "\037", id, NULL);
}

KringHsdsUnit *
kring_hsds_parsed_unit (KringHsdsParsed *parsed, const char *table, const char *id,
                        const char *title)
{
  g_autofree char *key = record_key (table, id);
  KringHsdsUnit *unit = g_hash_table_lookup (parsed->unit_index, key);

  if (unit != NULL)
    return unit;
  unit = g_new0 (KringHsdsUnit, 1);
  unit->table = g_strdup (table);
  unit->id = g_strdup (id);
  unit->title = g_strdup (title != NULL ? title : id);
  unit->records = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (parsed->units, unit);
  g_hash_table_insert (parsed->unit_index, g_steal_pointer (&key), unit);
  return unit;
}

static gboolean
merge_column (KringRecord *old, KringRecord *record, const char *column, const char *path,
              const char *first_path, GError **error)
{
  g_autofree char *old_text = kring_hsds_value_text (kring_record_get_value (old, column));
  g_autofree char *new_text = kring_hsds_value_text (kring_record_get_value (record, column));

  if (new_text == NULL)
    return TRUE;
  if (old_text == NULL)
    {
      kring_record_set_value (old, column, kring_record_get_value (record, column));
      return TRUE;
    }
  if (g_str_equal (old_text, new_text))
    return TRUE;
  g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
               _("%s: the id “%s” is used twice with different content: “%s” is “%s” here "
                 "and “%s” at %s."),
               path, kring_record_get_id (record), column, new_text, old_text, first_path);
  return FALSE;
}

static gboolean
merge_record (KringHsdsParsed *parsed, guint index, KringRecord *record, const char *path,
              GError **error)
{
  KringRecord *old = parsed->records->pdata[index];
  g_autoptr (GPtrArray) columns = kring_record_get_columns (record);

  for (guint i = 0; i < columns->len; i++)
    if (!merge_column (old, record, columns->pdata[i], path, parsed->paths->pdata[index], error))
      return FALSE;
  return TRUE;
}

gboolean
kring_hsds_parsed_add (KringHsdsParsed *parsed, KringHsdsUnit *unit, KringRecord *record,
                       const char *path, GError **error)
{
  g_autoptr (KringRecord) owned = record;
  g_autofree char *key = record_key (kring_record_get_table (record), kring_record_get_id (record));
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (parsed->index, key));

  if (index != 0)
    {
      index--;
      if (!merge_record (parsed, index, record, path, error))
        return FALSE;
    }
  else
    {
      index = parsed->records->len;
      g_ptr_array_add (parsed->records, g_steal_pointer (&owned));
      g_ptr_array_add (parsed->paths, g_strdup (path));
      g_hash_table_insert (parsed->index, g_steal_pointer (&key), GUINT_TO_POINTER (index + 1));
    }
  g_array_append_val (unit->records, index);
  return TRUE;
}

static int
compare_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/*
 * Kringkaart's own additions that travel as attributes (kring-hsds-export.h)
 * are folded back here, for JSON and CSV alike. A verified_on or verified_by
 * attribute becomes the column of the same name on the record it belongs to.
 * A ring attribute is left out, with the ring term only it uses: where an
 * organisation sits in the rings is the receiving team's own decision (its
 * ring_placements), not directory data, and the sender's team and ring names
 * mean nothing to it.
 */

static const char *const folded_columns[] = {
  KRING_HSDS_LINK_TYPE_VERIFIED_ON, KRING_HSDS_LINK_TYPE_VERIFIED_BY, NULL
};
static const char *const no_columns[] = { NULL };
/* The HSDS types whose tables have the freshness columns. */
static const char *const freshness_types[] = {
  "organization", "service", "location", "contact", NULL
};

const char *const *
kring_hsds_folded_columns (const KringHsdsType *type)
{
  return g_strv_contains (freshness_types, type->type) ? folded_columns : no_columns;
}

static guint
lookup_index (KringHsdsParsed *parsed, const char *table, const char *id)
{
  g_autofree char *key = NULL;

  if (id == NULL)
    return 0;
  key = record_key (table, id);
  return GPOINTER_TO_UINT (g_hash_table_lookup (parsed->index, key));
}

static gboolean
has_link_type (KringRecord *record, const char *link_type)
{
  return g_str_equal (kring_record_get_table (record), "attributes")
         && g_strcmp0 (kring_record_get_string (record, "link_type"), link_type) == 0;
}

/* Moves a freshness attribute onto its record; FALSE when it stays an
 * attribute (another link type, or a record that is not in the source). */
static gboolean
fold_freshness (KringHsdsParsed *parsed, KringRecord *attribute)
{
  const char *entity = kring_record_get_string (attribute, "link_entity");
  const KringHsdsType *type = entity != NULL ? kring_hsds_model_lookup (entity) : NULL;
  const char *column = kring_record_get_string (attribute, "link_type");
  GVariant *value = kring_record_get_value (attribute, "value");
  guint owner;

  if (type == NULL || column == NULL
      || !g_strv_contains (kring_hsds_folded_columns (type), column)
      || !has_link_type (attribute, column))
    return FALSE;
  owner = lookup_index (parsed, type->table, kring_record_get_string (attribute, "link_id"));
  if (owner == 0)
    return FALSE;
  if (value != NULL)
    kring_record_set_value (parsed->records->pdata[owner - 1], column, value);
  else
    kring_record_set_null (parsed->records->pdata[owner - 1], column);
  return TRUE;
}

/* The ring terms no attribute that stays uses. */
static void
drop_ring_terms (KringHsdsParsed *parsed, gboolean *dropped)
{
  g_autoptr (GHashTable) ring_terms = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < parsed->records->len; i++)
    {
      KringRecord *record = parsed->records->pdata[i];
      const char *term = kring_record_get_string (record, "taxonomy_term_id");

      if (dropped[i] && term != NULL && has_link_type (record, KRING_HSDS_LINK_TYPE_RING))
        g_hash_table_add (ring_terms, (gpointer) term);
    }
  for (guint i = 0; i < parsed->records->len; i++)
    {
      const char *term = kring_record_get_string (parsed->records->pdata[i], "taxonomy_term_id");

      if (!dropped[i] && term != NULL)
        g_hash_table_remove (ring_terms, term);
    }
  for (guint i = 0; i < parsed->records->len; i++)
    {
      KringRecord *record = parsed->records->pdata[i];

      if (g_str_equal (kring_record_get_table (record), "taxonomy_terms")
          && g_hash_table_contains (ring_terms, kring_record_get_id (record)))
        dropped[i] = TRUE;
    }
}

/* Which records the import leaves out because they were folded or dropped. */
static gboolean *
fold_extras (KringHsdsParsed *parsed)
{
  gboolean *dropped = g_new0 (gboolean, parsed->records->len + 1);

  for (guint i = 0; i < parsed->records->len; i++)
    {
      KringRecord *record = parsed->records->pdata[i];

      dropped[i] = has_link_type (record, KRING_HSDS_LINK_TYPE_RING)
                   || fold_freshness (parsed, record);
    }
  drop_ring_terms (parsed, dropped);
  return dropped;
}

/* Sorts @unit's records, leaving out repeats and dropped records. */
static void
finish_unit (KringHsdsUnit *unit, const gboolean *dropped)
{
  guint n = 0;

  g_array_sort (unit->records, compare_uint);
  for (guint i = 0; i < unit->records->len; i++)
    {
      guint index = g_array_index (unit->records, guint, i);

      if (!dropped[index] && (n == 0 || index != g_array_index (unit->records, guint, n - 1)))
        g_array_index (unit->records, guint, n++) = index;
    }
  g_array_set_size (unit->records, n);
}

void
kring_hsds_parsed_finish (KringHsdsParsed *parsed)
{
  g_autofree gboolean *dropped = fold_extras (parsed);

  for (guint u = parsed->units->len; u > 0; u--)
    {
      KringHsdsUnit *unit = parsed->units->pdata[u - 1];
      g_autofree char *key = NULL;

      finish_unit (unit, dropped);
      if (unit->records->len > 0)
        continue;
      /* A CSV row that was only a folded attribute leaves nothing to plan. */
      key = record_key (unit->table, unit->id);
      g_hash_table_remove (parsed->unit_index, key);
      g_ptr_array_remove_index (parsed->units, u - 1);
    }
}

char *
kring_hsds_record_title (KringRecord *record)
{
  static const char *const columns[] = {
    "name", "title", "number", "address_1", "identifier", "document", "source", "value",
    "description",
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const char *text = kring_record_get_string (record, columns[i]);

      if (text != NULL && *text != '\0')
        return g_strdup (text);
    }
  return g_strdup (kring_record_get_id (record));
}

char *
kring_hsds_value_text (GVariant *value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == NULL || g_variant_is_of_type (value, G_VARIANT_TYPE ("mv")))
    return NULL;
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_dup_string (value, NULL);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, g_variant_get_double (value)));
  return g_variant_print (value, FALSE);
}

static gboolean
parse_integer (const char *text, GVariant **value, GError **error)
{
  gint64 number;

  /* HSDS numbers here are counts and ages; JSON numbers beyond 2^53 lose
   * precision elsewhere, so they are refused rather than silently rounded. */
  if (!g_ascii_string_to_signed (text, 10, -(G_GINT64_CONSTANT (1) << 53),
                                 G_GINT64_CONSTANT (1) << 53, &number, NULL))
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("“%s” is not a whole number in the allowed range."), text);
      return FALSE;
    }
  *value = g_variant_new_int64 (number);
  return TRUE;
}

static gboolean
parse_number (const char *text, GVariant **value, GError **error)
{
  char *end = NULL;
  double number = g_ascii_strtod (text, &end);

  if (end == text || *end != '\0' || !isfinite (number))
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("“%s” is not a number in the allowed range."), text);
      return FALSE;
    }
  *value = g_variant_new_double (number);
  return TRUE;
}

/* The one place that decides what a text value means, for JSON strings and
 * CSV cells alike. Blank text is no value: a CSV cell cannot tell "" from
 * absent, and the export writes "" for a required member it has no value
 * for, so taking "" as NULL keeps JSON, CSV and the round trip in step. */
gboolean
kring_hsds_value_parse (const KringHsdsField *field, const char *text, GVariant **value,
                        GError **error)
{
  *value = NULL;
  if (*text == '\0')
    return TRUE;
  if (field->kind == KRING_HSDS_INTEGER)
    return parse_integer (text, value, error);
  if (field->kind == KRING_HSDS_NUMBER)
    return parse_number (text, value, error);
  if (!kring_hsds_field_allows (field, text))
    {
      g_autofree char *allowed = g_strjoinv (", ", (char **) field->values);

      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("“%s” is not an allowed value; use one of: %s."), text, allowed);
      return FALSE;
    }
  *value = g_variant_new_string (text);
  return TRUE;
}

/* A field the schema requires is satisfied by a value; one that only needs
 * the member also by a blank or null member. The id lives outside the
 * record's columns; the readers check it. */
static gboolean
is_satisfied (const KringHsdsField *field, KringRecord *record)
{
  if (field->required == KRING_HSDS_OPTIONAL || g_str_equal (field->name, "id")
      || !kring_record_is_null (record, field->name))
    return TRUE;
  return field->required == KRING_HSDS_REQUIRED_MEMBER && kring_record_has (record, field->name);
}

gboolean
kring_hsds_check_required (const KringHsdsType *type, KringRecord *record, const char *where,
                           gboolean json, GError **error)
{
  for (const KringHsdsField *field = type->fields; field->name != NULL; field++)
    {
      if (is_satisfied (field, record))
        continue;
      if (json && !kring_record_has (record, field->name))
        g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                     _("%s.%s: this required field of the HSDS %s is missing."), where, field->name,
                     type->type);
      else if (json)
        g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                     _("%s.%s: this required field of the HSDS %s is empty."), where, field->name,
                     type->type);
      else
        g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                     _("%s, column “%s”: this required field of the HSDS %s is empty."), where,
                     field->name, type->type);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_size (GFile *file, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                  G_FILE_QUERY_INFO_NONE, cancellable, error);

  if (info == NULL)
    return FALSE;
  if (g_file_info_get_size (info) > KRING_HSDS_MAX_FILE_SIZE)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *size = g_format_size ((guint64) g_file_info_get_size (info));

      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                   _("“%s” is too large to import (%s; at most 64 MB)."), name, size);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_text (GFile *file, const char *text, gsize length, GError **error)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *end = NULL;
  guint line = 1;

  if (memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE,
                   _("“%s” holds binary data, not text."), name);
      return FALSE;
    }
  if (g_utf8_validate (text, (gssize) length, &end))
    return TRUE;
  for (const char *p = text; p < end; p++)
    line += *p == '\n';
  g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE,
               _("“%s”, line %u: the text is not UTF-8; save the file as UTF-8 and try again."),
               name, line);
  return FALSE;
}

/* GIO says "Error opening file /full/path: No such file or directory" in
 * English; people get the file's name in their own language. Cancelling
 * stays G_IO_ERROR_CANCELLED, which callers look for. */
static void
read_failed (GFile *file, GError *local, GError **error)
{
  g_autofree char *name = g_file_get_basename (file);

  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, local);
  else
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                     _("“%s” was not found. Nothing was imported."), name);
      else
        g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_FAILED,
                     _("“%s” could not be read. Nothing was imported."), name);
      g_error_free (local);
    }
}

char *
kring_hsds_read_text (GFile *file, gsize *length, GCancellable *cancellable, GError **error)
{
  g_autofree char *contents = NULL;
  GError *local = NULL;
  gsize size = 0;

  if (!check_size (file, cancellable, &local)
      || !g_file_load_contents (file, cancellable, &contents, &size, NULL, &local))
    {
      if (local->domain == KRING_IO_ERROR)
        g_propagate_error (error, local);
      else
        read_failed (file, local, error);
      return NULL;
    }
  if (!check_text (file, contents, size, error))
    return NULL;
  *length = size;
  return g_steal_pointer (&contents);
}
