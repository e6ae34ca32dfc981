/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-map-filters.h"

/* A tie without contact for this long needs attention. */
#define QUIET_MONTHS 6
/* Trust at or below this (of 5) counts as low. */
#define LOW_TRUST 2
#define N_LIJNEN 3

struct _KringMapFilters
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkDropDown    *life_domain;
  GtkDropDown    *lijn;
  GtkDropDown    *sector;
  GtkCheckButton *qualities[KRING_MAP_N_QUALITY_FILTERS];

  /* Per drop-down item after the first ("all"): the life domain name and
   * the sector key, so a choice survives a reload of the graph. */
  GPtrArray      *domain_names;
  GPtrArray      *sector_keys;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (KringMapFilters, kring_map_filters, GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
emit_changed (KringMapFilters *self)
{
  if (!self->filling)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
mark_active (GtkWidget *widget, gboolean active)
{
  if (active)
    gtk_widget_add_css_class (widget, "kring-filter-active");
  else
    gtk_widget_remove_css_class (widget, "kring-filter-active");
}

static void
on_selected (KringMapFilters *self, GParamSpec *pspec, GtkDropDown *drop_down)
{
  mark_active (GTK_WIDGET (drop_down), gtk_drop_down_get_selected (drop_down) > 0);
  emit_changed (self);
}

static void
on_toggled (KringMapFilters *self)
{
  emit_changed (self);
}

/* Fills @drop_down with "all" (@all_label) and @labels; selects the item
 * whose key in @keys equals @chosen, or "all". */
static void
fill_drop_down (GtkDropDown *drop_down, const char *all_label, GPtrArray *labels,
                GPtrArray *keys, const char *chosen)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (list, all_label);
  for (guint i = 0; i < labels->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (labels, i));
      if (chosen != NULL && g_strcmp0 (g_ptr_array_index (keys, i), chosen) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (drop_down, selected);
  mark_active (GTK_WIDGET (drop_down), selected > 0);
}

/* The key of the chosen item of @drop_down, or NULL for "all". */
static const char *
chosen_key (GtkDropDown *drop_down, GPtrArray *keys)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (keys == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION
      || selected > keys->len)
    return NULL;
  return g_ptr_array_index (keys, selected - 1);
}

static void
fill_domains (KringMapFilters *self, const KringMapGraph *graph)
{
  g_autofree char *chosen = g_strdup (chosen_key (self->life_domain, self->domain_names));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < graph->life_domain_names->len && i < 32; i++)
    g_ptr_array_add (names, g_strdup (g_ptr_array_index (graph->life_domain_names, i)));
  g_clear_pointer (&self->domain_names, g_ptr_array_unref);
  self->domain_names = names;
  fill_drop_down (self->life_domain, _("Life domain"), names, names, chosen);
}

static void
fill_sectors (KringMapFilters *self, const KringMapGraph *graph, gboolean sector_mode)
{
  g_autofree char *chosen = g_strdup (chosen_key (self->sector, self->sector_keys));
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  /* In life-domain mode the sectors are the life domains: no second menu. */
  for (guint i = 0; sector_mode && i < graph->sectors->len; i++)
    {
      KringMapSector *sector = g_ptr_array_index (graph->sectors, i);

      g_ptr_array_add (labels, sector->label);
      g_ptr_array_add (keys, g_strdup (sector->key));
    }
  g_clear_pointer (&self->sector_keys, g_ptr_array_unref);
  self->sector_keys = keys;
  fill_drop_down (self->sector, _("Sector"), labels, keys, sector_mode ? chosen : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->sector), sector_mode);
}

void
kring_map_filters_set_graph (KringMapFilters *self, const KringMapGraph *graph,
                             gboolean sector_mode)
{
  gboolean was_active;

  g_return_if_fail (KRING_IS_MAP_FILTERS (self));
  g_return_if_fail (graph != NULL);

  was_active = kring_map_filters_is_active (self);
  self->filling = TRUE;
  fill_domains (self, graph);
  fill_sectors (self, graph, sector_mode);
  self->filling = FALSE;
  if (was_active != kring_map_filters_is_active (self))
    emit_changed (self);
}

gboolean
kring_map_filters_is_active (KringMapFilters *self)
{
  g_return_val_if_fail (KRING_IS_MAP_FILTERS (self), FALSE);

  if (gtk_drop_down_get_selected (self->life_domain) > 0
      || gtk_drop_down_get_selected (self->lijn) > 0
      || chosen_key (self->sector, self->sector_keys) != NULL)
    return TRUE;
  for (guint i = 0; i < KRING_MAP_N_QUALITY_FILTERS; i++)
    if (gtk_check_button_get_active (self->qualities[i]))
      return TRUE;
  return FALSE;
}

/* Whether @node lacks the quality @filter asks about. Only partners have a
 * tie to judge: team members never match, nor do organisations the team has
 * neither placed nor recorded a relationship with. */
static gboolean
lacks_quality (const KringMapNode *node, KringMapQualityFilter filter)
{
  const KringMapQuality *quality = &node->quality;

  if (node->kind != KRING_MAP_NODE_PARTNER || (!quality->known && node->ring == 3))
    return FALSE;
  switch (filter)
    {
    case KRING_MAP_FILTER_NO_AGREEMENT:
      return !quality->has_agreement;
    case KRING_MAP_FILTER_NO_RECENT_CONTACT:
      return quality->months_since_contact < 0 || quality->months_since_contact >= QUIET_MONTHS;
    case KRING_MAP_FILTER_NO_FIXED_CONTACT:
      return !quality->has_fixed_contact;
    case KRING_MAP_FILTER_LOW_TRUST:
      return quality->trust > 0 && quality->trust <= LOW_TRUST;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
matches_domain (KringMapFilters *self, const KringMapGraph *graph, const KringMapNode *node)
{
  const char *chosen = chosen_key (self->life_domain, self->domain_names);

  if (chosen == NULL)
    return TRUE;
  for (guint i = 0; i < graph->life_domain_names->len && i < 32; i++)
    if (g_strcmp0 (g_ptr_array_index (graph->life_domain_names, i), chosen) == 0)
      return (node->life_domains & (1u << i)) != 0;
  return FALSE;
}

gboolean
kring_map_filters_match (KringMapFilters *self, const KringMapGraph *graph,
                         const KringMapNode *node)
{
  guint lijn;
  const char *sector;

  g_return_val_if_fail (KRING_IS_MAP_FILTERS (self), TRUE);

  lijn = gtk_drop_down_get_selected (self->lijn);
  if (lijn > 0 && lijn != GTK_INVALID_LIST_POSITION && node->lijn != (int) lijn - 1)
    return FALSE;
  sector = chosen_key (self->sector, self->sector_keys);
  if (sector != NULL && g_strcmp0 (node->sector, sector) != 0)
    return FALSE;
  if (!matches_domain (self, graph, node))
    return FALSE;
  for (guint i = 0; i < KRING_MAP_N_QUALITY_FILTERS; i++)
    if (gtk_check_button_get_active (self->qualities[i]) && !lacks_quality (node, i))
      return FALSE;
  return TRUE;
}

void
kring_map_filters_set_quality (KringMapFilters *self, KringMapQualityFilter filter,
                               gboolean active)
{
  g_return_if_fail (KRING_IS_MAP_FILTERS (self));
  g_return_if_fail (filter < KRING_MAP_N_QUALITY_FILTERS);

  gtk_check_button_set_active (self->qualities[filter], active);
}

void
kring_map_filters_clear (KringMapFilters *self)
{
  gboolean was_active;

  g_return_if_fail (KRING_IS_MAP_FILTERS (self));

  was_active = kring_map_filters_is_active (self);
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->life_domain, 0);
  gtk_drop_down_set_selected (self->lijn, 0);
  gtk_drop_down_set_selected (self->sector, 0);
  for (guint i = 0; i < KRING_MAP_N_QUALITY_FILTERS; i++)
    gtk_check_button_set_active (self->qualities[i], FALSE);
  self->filling = FALSE;
  if (was_active)
    emit_changed (self);
}

static void
clear_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  kring_map_filters_clear (KRING_MAP_FILTERS (widget));
}

static void
kring_map_filters_dispose (GObject *object)
{
  KringMapFilters *self = KRING_MAP_FILTERS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KRING_TYPE_MAP_FILTERS);
  g_clear_pointer (&self->domain_names, g_ptr_array_unref);
  g_clear_pointer (&self->sector_keys, g_ptr_array_unref);
  G_OBJECT_CLASS (kring_map_filters_parent_class)->dispose (object);
}

static void
kring_map_filters_class_init (KringMapFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_map_filters_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-map-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, KringMapFilters, box);
  gtk_widget_class_bind_template_child (widget_class, KringMapFilters, life_domain);
  gtk_widget_class_bind_template_child (widget_class, KringMapFilters, lijn);
  gtk_widget_class_bind_template_child (widget_class, KringMapFilters, sector);
  gtk_widget_class_bind_template_child_full (widget_class, "no_agreement", FALSE,
      G_STRUCT_OFFSET (KringMapFilters, qualities[KRING_MAP_FILTER_NO_AGREEMENT]));
  gtk_widget_class_bind_template_child_full (widget_class, "no_recent_contact", FALSE,
      G_STRUCT_OFFSET (KringMapFilters, qualities[KRING_MAP_FILTER_NO_RECENT_CONTACT]));
  gtk_widget_class_bind_template_child_full (widget_class, "no_fixed_contact", FALSE,
      G_STRUCT_OFFSET (KringMapFilters, qualities[KRING_MAP_FILTER_NO_FIXED_CONTACT]));
  gtk_widget_class_bind_template_child_full (widget_class, "low_trust", FALSE,
      G_STRUCT_OFFSET (KringMapFilters, qualities[KRING_MAP_FILTER_LOW_TRUST]));
  gtk_widget_class_bind_template_callback (widget_class, on_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_toggled);
  gtk_widget_class_install_action (widget_class, "filters.clear", NULL, clear_activated);
}

static void
kring_map_filters_init (KringMapFilters *self)
{
  static const char *const lijnen[N_LIJNEN] = {
    N_("Zeroth line"), N_("First line"), N_("Second line"),
  };
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (list, _("Lijn"));
  for (guint i = 0; i < N_LIJNEN; i++)
    gtk_string_list_append (list, _(lijnen[i]));
  gtk_drop_down_set_model (self->lijn, G_LIST_MODEL (list));
  gtk_widget_set_visible (GTK_WIDGET (self->sector), FALSE);
}
