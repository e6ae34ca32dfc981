/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "kring-cbs.h"
#include "kring-record.h"

/*
 * From a parsed CBS table to the store's rows. Regions are matched on their
 * CBS code; a buurt's wijk and gemeente follow from its code (BU0363 01 00 →
 * WK0363 01 → GM0363), so the hierarchy needs no extra column.
 */

typedef struct
{
  GHashTable *ids;      /* code -> neighbourhood id, stored or new (owned strings) */
  GPtrArray  *records;  /* the result */
} Builder;

static const char *const kind_names[] = { "gemeente", "wijk", "buurt" };

static void
index_stored (Builder *b, GListModel *neighbourhoods)
{
  for (guint i = 0; neighbourhoods != NULL && i < g_list_model_get_n_items (neighbourhoods); i++)
    {
      g_autoptr (KringRecord) area = g_list_model_get_item (neighbourhoods, i);
      const char *code = kring_record_get_string (area, "code");

      if (code != NULL)
        g_hash_table_insert (b->ids, g_strdup (code), g_strdup (kring_record_get_id (area)));
    }
}

/* The code of the area @region lies in: WK for a buurt, GM for a wijk. */
static char *
parent_code (const KringCbsRegion *region)
{
  if (region->kind == KRING_CBS_BUURT)
    return g_strdup_printf ("WK%.6s", region->code + 2);
  if (region->kind == KRING_CBS_WIJK)
    return g_strdup_printf ("GM%.4s", region->code + 2);
  return NULL;
}

static void
add_area (Builder *b, const KringCbsRegion *region)
{
  g_autoptr (KringRecord) area = NULL;
  g_autofree char *parent = NULL;
  const char *parent_id;

  if (g_hash_table_contains (b->ids, region->code))
    return;
  area = kring_record_new ("neighbourhoods");
  g_hash_table_insert (b->ids, g_strdup (region->code), g_strdup (kring_record_get_id (area)));
  kring_record_set_string (area, "code", region->code);
  kring_record_set_string (area, "name", region->name != NULL ? region->name : region->code);
  kring_record_set_string (area, "kind", kind_names[region->kind]);
  parent = parent_code (region);
  parent_id = parent != NULL ? g_hash_table_lookup (b->ids, parent) : NULL;
  if (parent_id != NULL)
    kring_record_set_string (area, "parent_id", parent_id);
  g_ptr_array_add (b->records, g_steal_pointer (&area));
}

char *
kring_cbs_figure_id (const char *area_id, int year, const char *indicator)
{
  g_autofree char *key = g_strdup_printf ("%s|%d|%s", area_id, year, indicator);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  return g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", hash, hash + 8, hash + 12, hash + 16,
                          hash + 20);
}

static KringRecord *
figure_new (const char *area_id, int year, const char *indicator, const char *source)
{
  g_autofree char *id = kring_cbs_figure_id (area_id, year, indicator);
  KringRecord *figure = kring_record_new_with_id ("neighbourhood_figures", id);

  kring_record_set_string (figure, "neighbourhood_id", area_id);
  kring_record_set_int (figure, "year", year);
  kring_record_set_string (figure, "indicator", indicator);
  kring_record_set_string (figure, "source", source);
  return figure;
}

static void
add_figures (Builder *b, const KringCbsTable *table, const KringCbsRegion *region, int year,
             const char *source)
{
  const char *area_id = g_hash_table_lookup (b->ids, region->code);

  for (guint i = 0; i < table->numeric->len; i++)
    {
      KringRecord *figure = figure_new (area_id, year, table->numeric->pdata[i], source);

      /* Missing is NULL, never zero: "." means CBS has no figure. */
      if (isnan (region->values[i]))
        kring_record_set_null (figure, "value");
      else
        kring_record_set_double (figure, "value", region->values[i]);
      g_ptr_array_add (b->records, figure);
    }
  for (guint i = 0; i < table->text->len; i++)
    if (region->texts[i] != NULL)
      {
        KringRecord *figure = figure_new (area_id, year, table->text->pdata[i], source);

        kring_record_set_null (figure, "value");
        kring_record_set_string (figure, "note", region->texts[i]);
        g_ptr_array_add (b->records, figure);
      }
}

GPtrArray *
kring_cbs_to_records (const KringCbsTable *table, int year, const char *source,
                      GListModel *neighbourhoods)
{
  Builder b = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
                g_ptr_array_new_with_free_func (g_object_unref) };

  g_return_val_if_fail (table != NULL, NULL);

  index_stored (&b, neighbourhoods);
  /* Gemeente, then wijken, then buurten: a parent exists before its child. */
  for (int kind = KRING_CBS_GEMEENTE; kind <= KRING_CBS_BUURT; kind++)
    for (guint i = 0; i < table->regions->len; i++)
      {
        const KringCbsRegion *region = table->regions->pdata[i];

        if ((int) region->kind == kind)
          add_area (&b, region);
      }
  for (guint i = 0; i < table->regions->len; i++)
    add_figures (&b, table, table->regions->pdata[i], year, source);
  g_hash_table_unref (b.ids);
  return b.records;
}
