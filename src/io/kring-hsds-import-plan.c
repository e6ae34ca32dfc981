/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-hsds-import-private.h"

/*
 * The merge plan. Each unit (a top-level record with what is embedded in
 * it) gets three hashes over the HSDS fields of its records and the columns
 * folded back from Kringkaart's own attributes, NULL and absent alike:
 *   source  - the records as the source has them;
 *   stored  - the same records as the store holds them now;
 *   after   - what the store would hold after taking the source (the
 *             source's fields over the stored ones).
 * import_state remembers the source and after hashes of the last import.
 * Then: not in the store -> add; the source is what was imported last time
 * -> unchanged; the store still holds what the last import left -> update;
 * never imported but taking it changes nothing -> unchanged; anything else
 * was changed on both sides (or never imported) -> conflict.
 */

typedef enum { SIDE_SOURCE, SIDE_STORED, SIDE_AFTER } Side;

static void
hash_value (GChecksum *checksum, GVariant *value)
{
  g_autofree char *text = kring_hsds_value_text (value);

  /* A NUL byte cannot occur in text, so it marks NULL unambiguously. */
  if (text == NULL)
    g_checksum_update (checksum, (const guchar *) "\0", 1);
  else
    g_checksum_update (checksum, (const guchar *) text, -1);
  g_checksum_update (checksum, (const guchar *) "\036", 1);
}

static void
hash_column (GChecksum *checksum, KringRecord *source, KringRecord *stored, Side side,
             const char *column)
{
  KringRecord *from = source;

  if (side == SIDE_STORED || (side == SIDE_AFTER && !kring_record_has (source, column)))
    from = stored;
  hash_value (checksum, from != NULL ? kring_record_get_value (from, column) : NULL);
}

static void
hash_record (GChecksum *checksum, KringRecord *source, KringRecord *stored, Side side)
{
  const KringHsdsType *type = kring_hsds_model_for_table (kring_record_get_table (source));

  g_checksum_update (checksum, (const guchar *) kring_record_get_table (source), -1);
  g_checksum_update (checksum, (const guchar *) "\037", 1);
  g_checksum_update (checksum, (const guchar *) kring_record_get_id (source), -1);
  g_checksum_update (checksum, (const guchar *) "\035", 1);
  if (side == SIDE_STORED && stored == NULL)
    {
      g_checksum_update (checksum, (const guchar *) "\0missing", 8);
      return;
    }
  for (const KringHsdsField *field = type->fields; field->name != NULL; field++)
    if (!g_str_equal (field->name, "id"))
      hash_column (checksum, source, stored, side, field->name);
  for (const char *const *column = kring_hsds_folded_columns (type); *column != NULL; column++)
    hash_column (checksum, source, stored, side, *column);
}

static char *
hash_unit (KringHsdsParsed *parsed, KringHsdsUnit *unit, GPtrArray *stored, Side side)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < unit->records->len; i++)
    {
      guint index = g_array_index (unit->records, guint, i);

      hash_record (checksum, parsed->records->pdata[index], stored->pdata[index], side);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static GHashTable *
index_states (GListModel *states)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      KringRecord *state = g_list_model_get_item (states, i);

      g_hash_table_insert (index,
                           g_strconcat (kring_record_get_string (state, "record_table"), "\037",
                                        kring_record_get_string (state, "record_id"), NULL),
                           state);
    }
  return index;
}

static KringRecord *
stored_top (KringHsdsParsed *parsed, KringHsdsUnit *unit, GPtrArray *stored)
{
  g_autofree char *key = g_strconcat (unit->table, "\037", unit->id, NULL);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (parsed->index, key));

  return index == 0 ? NULL : stored->pdata[index - 1];
}

static KringImportAction
classify (KringRecord *state, const char *source, const char *now, const char *after)
{
  if (state != NULL)
    {
      if (g_strcmp0 (kring_record_get_string (state, "source_hash"), source) == 0)
        return KRING_IMPORT_ACTION_UNCHANGED;
      if (g_strcmp0 (kring_record_get_string (state, "local_hash"), now) == 0)
        return KRING_IMPORT_ACTION_UPDATE;
      return KRING_IMPORT_ACTION_CONFLICT;
    }
  return g_str_equal (now, after) ? KRING_IMPORT_ACTION_UNCHANGED : KRING_IMPORT_ACTION_CONFLICT;
}

static KringImportItem *
plan_unit (KringHsdsParsed *parsed, KringHsdsUnit *unit, GPtrArray *stored, GHashTable *states)
{
  g_autofree char *key = g_strconcat (unit->table, "\037", unit->id, NULL);
  KringRecord *state = g_hash_table_lookup (states, key);
  g_autofree char *source = hash_unit (parsed, unit, stored, SIDE_SOURCE);
  g_autofree char *after = hash_unit (parsed, unit, stored, SIDE_AFTER);
  g_autofree char *now = NULL;
  KringImportAction action = KRING_IMPORT_ACTION_ADD;

  if (stored_top (parsed, unit, stored) != NULL)
    {
      now = hash_unit (parsed, unit, stored, SIDE_STORED);
      action = classify (state, source, now, after);
    }
  return kring_import_item_new (unit, action, source, after,
                                state != NULL ? kring_record_get_id (state) : NULL);
}

GPtrArray *
kring_hsds_plan (KringHsdsParsed *parsed, GPtrArray *stored, GListModel *states)
{
  g_autoptr (GHashTable) index = index_states (states);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert (stored->len == parsed->records->len);
  for (guint i = 0; i < parsed->units->len; i++)
    g_ptr_array_add (items, plan_unit (parsed, parsed->units->pdata[i], stored, index));
  return items;
}

static guint
type_rank (KringRecord *record)
{
  guint n = 0;
  const KringHsdsType *const *types = kring_hsds_model_get_types (&n);
  const char *table = kring_record_get_table (record);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (types[i]->table, table))
      return i;
  return n;
}

static int
compare_rank (gconstpointer a, gconstpointer b)
{
  guint x = type_rank (*(KringRecord **) a), y = type_rank (*(KringRecord **) b);

  return x < y ? -1 : x > y;
}

static KringRecord *
state_record (KringImportItem *item, const char *now)
{
  const char *id = kring_import_item_get_state_id (item);
  g_autofree char *new_id = id == NULL ? kring_uuid_new () : NULL;
  KringRecord *state = kring_record_new_with_id ("import_state", id != NULL ? id : new_id);

  kring_record_set_string (state, "record_table", kring_import_item_get_table (item));
  kring_record_set_string (state, "record_id", kring_import_item_get_id (item));
  kring_record_set_string (state, "source_hash", kring_import_item_get_source_hash (item));
  kring_record_set_string (state, "local_hash", kring_import_item_get_local_hash (item));
  kring_record_set_string (state, "imported_at", now);
  return state;
}

static gboolean
takes_source (KringImportItem *item)
{
  return kring_import_item_get_action (item) != KRING_IMPORT_ACTION_UNCHANGED
         && kring_import_item_get_resolution (item) == KRING_IMPORT_RESOLUTION_TAKE_THEIRS;
}

/* An unchanged unit that was never imported is remembered too, so that a
 * later change in the source counts as an update, not a conflict. */
static gboolean
needs_state (KringImportItem *item)
{
  return takes_source (item)
         || (kring_import_item_get_action (item) == KRING_IMPORT_ACTION_UNCHANGED
             && kring_import_item_get_state_id (item) == NULL);
}

GPtrArray *
kring_hsds_plan_records (KringHsdsParsed *parsed, GListModel *items)
{
  g_autofree gboolean *taken = g_new0 (gboolean, parsed->records->len + 1);
  g_autofree char *now = kring_now_iso8601 ();
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (KringImportItem) item = g_list_model_get_item (items, i);
      KringHsdsUnit *unit = kring_import_item_get_unit (item);

      for (guint j = 0; takes_source (item) && j < unit->records->len; j++)
        {
          guint index = g_array_index (unit->records, guint, j);

          if (!taken[index])
            g_ptr_array_add (records, g_object_ref (parsed->records->pdata[index]));
          taken[index] = TRUE;
        }
    }
  /* Parents first, so the search index of a service sees its organisation. */
  g_ptr_array_sort (records, compare_rank);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (KringImportItem) item = g_list_model_get_item (items, i);

      if (needs_state (item))
        g_ptr_array_add (records, state_record (item, now));
    }
  return records;
}
