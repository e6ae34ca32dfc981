/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kring-map-diff.h"

/*
 * Comparing two versions of a map. Nodes are matched by id through a hash
 * table, but the changes are gathered in the order of the graphs' node
 * arrays and then sorted, so the result never depends on hash order.
 */

void
kring_map_change_free (KringMapChange *change)
{
  if (change == NULL)
    return;
  g_free (change->id);
  g_free (change->label);
  g_free (change->what);
  g_free (change);
}

static void
add_change (GPtrArray          *changes,
            KringMapChangeKind  kind,
            const KringMapNode *node,
            int                 old_ring,
            int                 new_ring,
            char               *what)
{
  KringMapChange *change = g_new0 (KringMapChange, 1);

  change->kind = kind;
  change->id = g_strdup (node->id);
  change->label = g_strdup (node->label != NULL ? node->label : "");
  change->old_ring = old_ring;
  change->new_ring = new_ring;
  change->what = what;
  g_ptr_array_add (changes, change);
}

static const char *
ring_name (const KringMapGraph *graph,
           int                  ring)
{
  const char *name = graph->ring_names[CLAMP (ring, 0, KRING_MAP_N_RINGS - 1)];

  return name != NULL ? name : "";
}

/* Id -> node for every node but the clusters; the first of an id wins. */
static GHashTable *
index_nodes (const KringMapGraph *graph)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      KringMapNode *node = g_ptr_array_index (graph->nodes, i);

      if (node->kind != KRING_MAP_NODE_CLUSTER && node->id != NULL
          && !g_hash_table_contains (index, node->id))
        g_hash_table_insert (index, node->id, node);
    }
  return index;
}

/* Quality sentences */

static const char *
frequency_name (KringMapFrequency frequency)
{
  switch (frequency)
    {
    case KRING_MAP_FREQUENCY_WEEKLY: return C_ ("map contact", "weekly");
    case KRING_MAP_FREQUENCY_MONTHLY: return C_ ("map contact", "monthly");
    case KRING_MAP_FREQUENCY_QUARTERLY: return C_ ("map contact", "quarterly");
    case KRING_MAP_FREQUENCY_YEARLY: return C_ ("map contact", "yearly");
    case KRING_MAP_FREQUENCY_INCIDENTAL: return C_ ("map contact", "now and then");
    case KRING_MAP_FREQUENCY_NONE: return C_ ("map contact", "none");
    case KRING_MAP_FREQUENCY_UNKNOWN:
    default: return _("unknown");
    }
}

static const char *
tie_name (KringMapTie tie)
{
  switch (tie)
    {
    case KRING_MAP_TIE_STRONG: return C_ ("tie", "strong");
    case KRING_MAP_TIE_WEAK: return C_ ("tie", "weak");
    case KRING_MAP_TIE_STRESSFUL: return C_ ("tie", "stressful");
    case KRING_MAP_TIE_NONE:
    default: return C_ ("tie", "none");
    }
}

/* Months since the last contact, in buckets: a later version of the same
 * map is older by a few months everywhere, which is no change to report. */
static int
contact_bucket (int months)
{
  if (months < 0)
    return 0;
  return months < 3 ? 1 : months <= 12 ? 2 : 3;
}

static const char *
contact_bucket_name (int bucket)
{
  switch (bucket)
    {
    case 1: return C_ ("last contact", "within three months");
    case 2: return C_ ("last contact", "three to twelve months ago");
    case 3: return C_ ("last contact", "over a year ago");
    default: return _("unknown");
    }
}

static char *
trust_name (int trust)
{
  return trust > 0 ? g_strdup_printf ("%d", trust) : g_strdup (_("unknown"));
}

static void
add_flag (GPtrArray  *parts,
          gboolean    before,
          gboolean    after,
          const char *made,
          const char *ended)
{
  if (!before != !after)
    g_ptr_array_add (parts, g_strdup (after ? made : ended));
}

static void
add_values (GPtrArray  *parts,
            const char *format,
            const char *before,
            const char *after)
{
  if (g_strcmp0 (before, after) != 0)
    g_ptr_array_add (parts, g_strdup_printf (format, before, after));
}

/* "Agreement made; trust 2 → 4": the first letter of the joined parts up. */
static char *
join_parts (GPtrArray *parts)
{
  g_autofree char *joined = NULL;
  char first[8] = { 0 };
  const char *rest;

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv ("; ", (char **) parts->pdata);
  rest = g_utf8_next_char (joined);
  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (joined)), first);
  return g_strconcat (first, rest, NULL);
}

static char *
quality_changes (const KringMapQuality *a,
                 const KringMapQuality *b)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *trust_a = trust_name (a->trust);
  g_autofree char *trust_b = trust_name (b->trust);

  add_flag (parts, a->known, b->known, _("relationship recorded"),
            _("relationship no longer recorded"));
  add_flag (parts, a->has_agreement, b->has_agreement, _("agreement made"),
            _("agreement ended"));
  add_flag (parts, a->has_fixed_contact, b->has_fixed_contact, _("fixed contact person named"),
            _("no fixed contact person any more"));
  add_flag (parts, a->knows_personally, b->knows_personally,
            _("now know each other personally"), _("no longer know each other personally"));
  add_flag (parts, a->reports_back, b->reports_back, _("reports back"),
            _("no longer reports back"));
  add_values (parts, _("trust %s → %s"), trust_a, trust_b);
  add_values (parts, _("contact frequency %s → %s"), frequency_name (a->frequency),
              frequency_name (b->frequency));
  add_values (parts, _("last contact %s → %s"),
              contact_bucket_name (contact_bucket (a->months_since_contact)),
              contact_bucket_name (contact_bucket (b->months_since_contact)));
  add_values (parts, _("tie %s → %s"), tie_name (a->tie), tie_name (b->tie));
  return join_parts (parts);
}

/* Gathering and sorting */

static void
compare_node (GPtrArray           *changes,
              const KringMapGraph *before,
              const KringMapGraph *after,
              const KringMapNode  *old_node,
              const KringMapNode  *new_node)
{
  char *what;

  if (old_node->ring != new_node->ring)
    add_change (changes, KRING_MAP_CHANGE_MOVED, new_node, old_node->ring, new_node->ring,
                g_strdup_printf (_("Moved from %s to %s"), ring_name (before, old_node->ring),
                                 ring_name (after, new_node->ring)));
  what = quality_changes (&old_node->quality, &new_node->quality);
  if (what != NULL)
    add_change (changes, KRING_MAP_CHANGE_QUALITY, new_node, old_node->ring, new_node->ring,
                what);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const KringMapChange *x = *(KringMapChange *const *) a;
  const KringMapChange *y = *(KringMapChange *const *) b;
  int cmp;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if ((cmp = g_utf8_collate (x->label, y->label)) != 0)
    return cmp;
  return strcmp (x->id, y->id);
}

GPtrArray *
kring_map_diff (const KringMapGraph *before,
                const KringMapGraph *after)
{
  g_autoptr (GHashTable) old_nodes = NULL;
  g_autoptr (GHashTable) new_nodes = NULL;
  GPtrArray *changes;

  g_return_val_if_fail (before != NULL && after != NULL, NULL);

  old_nodes = index_nodes (before);
  new_nodes = index_nodes (after);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kring_map_change_free);
  for (guint i = 0; i < after->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (after->nodes, i);
      const KringMapNode *old_node;

      if (node->id == NULL || g_hash_table_lookup (new_nodes, node->id) != node)
        continue;  /* a cluster or a repeated id */
      old_node = g_hash_table_lookup (old_nodes, node->id);
      if (old_node == NULL)
        add_change (changes, KRING_MAP_CHANGE_ADDED, node, -1, node->ring,
                    g_strdup_printf (_("Added to %s"), ring_name (after, node->ring)));
      else
        compare_node (changes, before, after, old_node, node);
    }
  for (guint i = 0; i < before->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (before->nodes, i);

      if (node->id != NULL && g_hash_table_lookup (old_nodes, node->id) == node
          && !g_hash_table_contains (new_nodes, node->id))
        add_change (changes, KRING_MAP_CHANGE_REMOVED, node, node->ring, -1,
                    g_strdup_printf (_("Removed from %s"), ring_name (before, node->ring)));
    }
  g_ptr_array_sort (changes, compare_changes);
  return changes;
}
