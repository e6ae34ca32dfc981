/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-directory-filters.h"

enum { SLOT_LIFE_DOMAIN, SLOT_LIJN, SLOT_TOEGANG, SLOT_RING, SLOT_SECTOR, SLOT_TARGET_GROUP,
       SLOT_AGE, SLOT_FRESHNESS, N_SLOTS };

/* The drop-down slot of each term facet, in KringTermFacet order. */
static const guint term_slots[KRING_N_TERM_FACETS] = {
  SLOT_LIFE_DOMAIN, SLOT_LIJN, SLOT_TOEGANG, SLOT_SECTOR, SLOT_TARGET_GROUP,
};

/* The first item names the facet and means "all", like an unset chip. */
static const char *const all_labels[KRING_N_TERM_FACETS] = {
  N_("Life domain"), N_("Lijn"), N_("Toegang"), N_("Sector"), N_("Target group"),
};

static const char *const default_ring_names[4] = {
  N_("Kernteam"), N_("Binnenring"), N_("Buitenring"), N_("Sociale kaart"),
};

/* Age groups as [min, max] years; the first item of the drop-down means any age. */
static const int age_groups[][2] = { { 0, 11 }, { 12, 17 }, { 18, 64 }, { 65, -1 } };

struct _KringDirectoryFilters
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  GtkDropDown *drop_downs[N_SLOTS];
  GPtrArray   *term_ids[KRING_N_TERM_FACETS];  /* per item; [0] is NULL (all) */
  gboolean     clearing;
};

G_DEFINE_FINAL_TYPE (KringDirectoryFilters, kring_directory_filters, GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_selected (KringDirectoryFilters *self, GParamSpec *pspec, GtkDropDown *drop_down)
{
  /* An active facet looks like a chosen chip. */
  if (gtk_drop_down_get_selected (drop_down) > 0)
    gtk_widget_add_css_class (GTK_WIDGET (drop_down), "kring-filter-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (drop_down), "kring-filter-active");
  if (!self->clearing)
    g_signal_emit (self, signals[CHANGED], 0);
}

static const char *
taxonomy_kind (GListModel *taxonomies, const char *taxonomy_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (taxonomies); i++)
    {
      g_autoptr (KringRecord) taxonomy = g_list_model_get_item (taxonomies, i);

      if (g_strcmp0 (kring_record_get_id (taxonomy), taxonomy_id) == 0)
        return g_intern_string (kring_record_get_string (taxonomy, "kind"));
    }
  return NULL;
}

static void
fill_facet (KringDirectoryFilters *self, KringTermFacet facet, GListModel *taxonomies,
            GListModel *terms)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (labels, _(all_labels[facet]));
  g_ptr_array_add (ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (terms, i);
      const char *kind = taxonomy_kind (taxonomies, kring_record_get_string (term, "taxonomy_id"));

      if (g_strcmp0 (kind, kring_term_facet_kind (facet)) != 0)
        continue;
      gtk_string_list_append (labels, kring_record_get_string (term, "name"));
      g_ptr_array_add (ids, g_strdup (kring_record_get_id (term)));
    }
  g_clear_pointer (&self->term_ids[facet], g_ptr_array_unref);
  self->term_ids[facet] = ids;
  gtk_drop_down_set_model (self->drop_downs[term_slots[facet]], G_LIST_MODEL (labels));
}

void
kring_directory_filters_set_terms (KringDirectoryFilters *self, GListModel *taxonomies,
                                   GListModel *terms)
{
  g_return_if_fail (KRING_IS_DIRECTORY_FILTERS (self));

  self->clearing = TRUE;
  for (guint facet = 0; facet < KRING_N_TERM_FACETS; facet++)
    fill_facet (self, facet, taxonomies, terms);
  self->clearing = FALSE;
}

void
kring_directory_filters_set_ring_names (KringDirectoryFilters *self, const char *const *names)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected;

  g_return_if_fail (KRING_IS_DIRECTORY_FILTERS (self));

  selected = gtk_drop_down_get_selected (self->drop_downs[SLOT_RING]);
  gtk_string_list_append (labels, _("Ring"));
  for (guint ring = 0; ring < 4; ring++)
    gtk_string_list_append (labels, names != NULL && names[ring] != NULL && *names[ring] != '\0'
                                      ? names[ring] : _(default_ring_names[ring]));
  gtk_string_list_append (labels, _("Not in the rings"));
  self->clearing = TRUE;
  gtk_drop_down_set_model (self->drop_downs[SLOT_RING], G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->drop_downs[SLOT_RING], selected);
  self->clearing = FALSE;
}

static guint
selected (KringDirectoryFilters *self, guint slot)
{
  guint index = gtk_drop_down_get_selected (self->drop_downs[slot]);

  return index == GTK_INVALID_LIST_POSITION ? 0 : index;
}

void
kring_directory_filters_apply (KringDirectoryFilters *self, KringDirectoryFilter *filter)
{
  guint ring, age;

  g_return_if_fail (KRING_IS_DIRECTORY_FILTERS (self));

  for (guint facet = 0; facet < KRING_N_TERM_FACETS; facet++)
    {
      guint index = selected (self, term_slots[facet]);
      GPtrArray *ids = self->term_ids[facet];

      g_free (filter->terms[facet]);
      filter->terms[facet] = ids != NULL && index < ids->len
                               ? g_strdup (g_ptr_array_index (ids, index)) : NULL;
    }
  ring = selected (self, SLOT_RING);
  filter->ring = ring == 0 ? KRING_RING_ANY : ring == 5 ? KRING_RING_NONE : (int) ring - 1;
  age = selected (self, SLOT_AGE);
  filter->age_min = age > 0 ? age_groups[age - 1][0] : -1;
  filter->age_max = age > 0 ? age_groups[age - 1][1] : -1;
  filter->freshness = (KringFreshness) selected (self, SLOT_FRESHNESS);
}

gboolean
kring_directory_filters_is_active (KringDirectoryFilters *self)
{
  g_return_val_if_fail (KRING_IS_DIRECTORY_FILTERS (self), FALSE);

  for (guint slot = 0; slot < N_SLOTS; slot++)
    if (selected (self, slot) > 0)
      return TRUE;
  return FALSE;
}

void
kring_directory_filters_clear (KringDirectoryFilters *self)
{
  gboolean was_active;

  g_return_if_fail (KRING_IS_DIRECTORY_FILTERS (self));

  was_active = kring_directory_filters_is_active (self);
  self->clearing = TRUE;
  for (guint slot = 0; slot < N_SLOTS; slot++)
    gtk_drop_down_set_selected (self->drop_downs[slot], 0);
  self->clearing = FALSE;
  if (was_active)
    g_signal_emit (self, signals[CHANGED], 0);
}

GtkDropDown *
kring_directory_filters_get_drop_down (KringDirectoryFilters *self, guint index)
{
  g_return_val_if_fail (KRING_IS_DIRECTORY_FILTERS (self), NULL);
  g_return_val_if_fail (index < N_SLOTS, NULL);

  return self->drop_downs[index];
}

static void
kring_directory_filters_dispose (GObject *object)
{
  KringDirectoryFilters *self = KRING_DIRECTORY_FILTERS (object);

  for (guint facet = 0; facet < KRING_N_TERM_FACETS; facet++)
    g_clear_pointer (&self->term_ids[facet], g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KRING_TYPE_DIRECTORY_FILTERS);
  G_OBJECT_CLASS (kring_directory_filters_parent_class)->dispose (object);
}

static void
kring_directory_filters_class_init (KringDirectoryFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *const names[N_SLOTS] = {
    "life_domain", "lijn", "toegang", "ring", "sector", "target_group", "age", "freshness",
  };

  object_class->dispose = kring_directory_filters_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/nl/kringkaart/Kringkaart/kring-directory-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryFilters, box);
  for (guint slot = 0; slot < N_SLOTS; slot++)
    gtk_widget_class_bind_template_child_full (
        widget_class, names[slot], FALSE,
        G_STRUCT_OFFSET (KringDirectoryFilters, drop_downs) + slot * sizeof (GtkDropDown *));
  gtk_widget_class_bind_template_callback (widget_class, on_selected);
}

static void
kring_directory_filters_init (KringDirectoryFilters *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kring_directory_filters_set_ring_names (self, NULL);
}
