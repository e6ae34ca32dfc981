/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-map-node-widget.h"
#include "kring-map-view-private.h"

struct _KringMapNodeWidget
{
  GtkWidget  parent_instance;

  char      *id;
  char      *label;
  int        place;
  gboolean   is_cluster;
};

G_DEFINE_FINAL_TYPE (KringMapNodeWidget, kring_map_node_widget, GTK_TYPE_WIDGET)

enum { ACTIVATE, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Words */

static const KringMapNode *
node_of (const KringMapLayout *layout, int place)
{
  const KringMapPlace *p = &g_array_index (layout->places, KringMapPlace, place);

  return g_ptr_array_index (layout->graph->nodes, p->node);
}

static const char *
yes_no (gboolean value)
{
  return value ? C_("map node", "yes") : C_("map node", "no");
}

static const char *
sector_name (const KringMapGraph *graph, const char *key)
{
  int index = kring_map_graph_sector_index (graph, key);

  if (index < 0)
    return C_("map sector", "Other");
  return ((KringMapSector *) g_ptr_array_index (graph->sectors, index))->label;
}

static char *
describe_partner (const KringMapNode *node, const char *ring)
{
  if (!node->quality.known)
    /* TRANSLATORS: a map node for screen readers: name, ring. */
    return g_strdup_printf (_("%s, %s, no relationship recorded"), node->label, ring);
  /* TRANSLATORS: a map node for screen readers: name, ring, then yes or no twice. */
  return g_strdup_printf (_("%s, %s, agreement: %s, fixed contact: %s"), node->label, ring,
                          yes_no (node->quality.has_agreement),
                          yes_no (node->quality.has_fixed_contact));
}

char *
kring_map_node_describe (const KringMapLayout *layout, int place)
{
  const KringMapNode *node;
  const char *ring;

  g_return_val_if_fail (place >= 0 && (guint) place < layout->places->len, NULL);

  node = node_of (layout, place);
  ring = layout->graph->ring_names[CLAMP (node->ring, 0, KRING_MAP_N_RINGS - 1)];
  if (node->kind == KRING_MAP_NODE_CLUSTER)
    /* TRANSLATORS: a group of map nodes: its sector, how many, its ring. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u entry grouped in %s",
                                         "%s, %u entries grouped in %s", node->cluster_size),
                            sector_name (layout->graph, node->sector), node->cluster_size, ring);
  if (node->kind == KRING_MAP_NODE_PARTNER)
    return describe_partner (node, ring);
  if (node->detail != NULL && node->detail[0] != '\0')
    return g_strdup_printf ("%s, %s, %s", node->label, node->detail, ring);
  return g_strdup_printf ("%s, %s", node->label, ring);
}

static const char *
frequency_words (KringMapFrequency frequency)
{
  switch (frequency)
    {
    case KRING_MAP_FREQUENCY_WEEKLY:
      return C_("map contact", "weekly");
    case KRING_MAP_FREQUENCY_MONTHLY:
      return C_("map contact", "monthly");
    case KRING_MAP_FREQUENCY_QUARTERLY:
      return C_("map contact", "quarterly");
    case KRING_MAP_FREQUENCY_YEARLY:
      return C_("map contact", "yearly");
    case KRING_MAP_FREQUENCY_INCIDENTAL:
      return C_("map contact", "now and then");
    case KRING_MAP_FREQUENCY_NONE:
      return C_("map contact", "none");
    case KRING_MAP_FREQUENCY_UNKNOWN:
    default:
      return NULL;
    }
}

static const char *
tie_words (KringMapTie tie)
{
  switch (tie)
    {
    case KRING_MAP_TIE_STRONG:
      return C_("map node", "Strong tie");
    case KRING_MAP_TIE_WEAK:
      return C_("map node", "Weak tie");
    case KRING_MAP_TIE_STRESSFUL:
      return C_("map node", "Stressful tie");
    case KRING_MAP_TIE_NONE:
    default:
      return NULL;
    }
}

static void
append_last_contact (GString *text, int months)
{
  if (months < 0)
    return;
  g_string_append_c (text, '\n');
  if (months == 0)
    g_string_append (text, C_("map node", "Last contact this month"));
  else
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, "Last contact %d month ago",
                                         "Last contact %d months ago", months),
                            months);
}

/* The relationship's qualities in words, one per line. */
static void
append_quality (GString *text, const KringMapQuality *q)
{
  const char *frequency = frequency_words (q->frequency);
  const char *tie = tie_words (q->tie);

  if (tie != NULL)
    g_string_append_printf (text, "\n%s", tie);
  if (!q->known)
    {
      if (tie == NULL)
        g_string_append_printf (text, "\n%s", C_("map node", "No relationship recorded"));
      return;
    }
  g_string_append_printf (text, "\n%s %s", C_("map node", "Agreement:"), yes_no (q->has_agreement));
  g_string_append_printf (text, "\n%s %s", C_("map node", "Fixed contact person:"),
                          yes_no (q->has_fixed_contact));
  g_string_append_printf (text, "\n%s %s", C_("map node", "Know each other personally:"),
                          yes_no (q->knows_personally));
  g_string_append_printf (text, "\n%s %s", C_("map node", "Reports back:"), yes_no (q->reports_back));
  if (q->trust > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Trust: %d of 5"), q->trust);
    }
  if (frequency != NULL)
    g_string_append_printf (text, "\n%s %s", C_("map node", "Contact:"), frequency);
  append_last_contact (text, q->months_since_contact);
}

char *
kring_map_node_tooltip (const KringMapLayout *layout, int place)
{
  const KringMapNode *node = node_of (layout, place);
  const char *ring = layout->graph->ring_names[CLAMP (node->ring, 0, KRING_MAP_N_RINGS - 1)];
  GString *text = g_string_new (NULL);

  if (node->kind == KRING_MAP_NODE_CLUSTER)
    {
      g_string_append_printf (text, "%s\n", sector_name (layout->graph, node->sector));
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, "%u entry in %s",
                                           "%u entries in %s", node->cluster_size),
                              node->cluster_size, ring);
      g_string_append_printf (text, "\n%s", C_("map node", "Click to show them one by one"));
      return g_string_free (text, FALSE);
    }
  g_string_append (text, node->label);
  if (node->detail != NULL && node->detail[0] != '\0')
    g_string_append_printf (text, "\n%s", node->detail);
  g_string_append_printf (text, "\n%s · %s", ring, sector_name (layout->graph, node->sector));
  if (node->kind == KRING_MAP_NODE_PARTNER || node->quality.tie != KRING_MAP_TIE_NONE)
    append_quality (text, &node->quality);
  return g_string_free (text, FALSE);
}

/* The widget */

static void
kring_map_node_widget_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  const KringMapPalette *palette;
  GskRoundedRect outline;
  GdkRGBA color;
  float width = 2.0;

  /* The disc and label are the map's drawing; the focus ring is ours. */
  if (!gtk_widget_has_visible_focus (widget) || !KRING_IS_MAP_VIEW (parent))
    return;
  palette = kring_map_view_get_palette (KRING_MAP_VIEW (parent));
  color = (GdkRGBA) { palette->highlight.red, palette->highlight.green, palette->highlight.blue,
                      1.0 };
  if (palette->high_contrast)
    width = 3.0;
  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                        gtk_widget_get_height (widget)),
                                   6.0);
  gtk_snapshot_append_border (snapshot, &outline, (float[4]) { width, width, width, width },
                              (GdkRGBA[4]) { color, color, color, color });
}

static void
kring_map_node_widget_state_flags_changed (GtkWidget *widget, GtkStateFlags previous)
{
  GTK_WIDGET_CLASS (kring_map_node_widget_parent_class)->state_flags_changed (widget, previous);
  /* The focus ring is drawn by hand, so a focus change must redraw it. */
  if ((previous ^ gtk_widget_get_state_flags (widget))
      & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    gtk_widget_queue_draw (widget);
}

static void
kring_map_node_widget_finalize (GObject *object)
{
  KringMapNodeWidget *self = KRING_MAP_NODE_WIDGET (object);

  g_free (self->id);
  g_free (self->label);
  G_OBJECT_CLASS (kring_map_node_widget_parent_class)->finalize (object);
}

static void
kring_map_node_widget_class_init (KringMapNodeWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kring_map_node_widget_finalize;
  widget_class->snapshot = kring_map_node_widget_snapshot;
  widget_class->state_flags_changed = kring_map_node_widget_state_flags_changed;
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_set_css_name (widget_class, "kring-map-node");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
kring_map_node_widget_init (KringMapNodeWidget *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

GtkWidget *
kring_map_node_widget_new (const KringMapLayout *layout, int place)
{
  KringMapNodeWidget *self;
  const KringMapNode *node;
  g_autofree char *tooltip = NULL;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (place >= 0 && (guint) place < layout->places->len, NULL);

  self = g_object_new (KRING_TYPE_MAP_NODE_WIDGET, NULL);
  node = node_of (layout, place);
  self->id = g_strdup (node->id);
  self->place = place;
  self->is_cluster = node->kind == KRING_MAP_NODE_CLUSTER;
  self->label = kring_map_node_describe (layout, place);
  tooltip = kring_map_node_tooltip (layout, place);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->label, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
  return GTK_WIDGET (self);
}

const char *
kring_map_node_widget_get_id (KringMapNodeWidget *self)
{
  g_return_val_if_fail (KRING_IS_MAP_NODE_WIDGET (self), NULL);
  return self->id;
}

int
kring_map_node_widget_get_place (KringMapNodeWidget *self)
{
  g_return_val_if_fail (KRING_IS_MAP_NODE_WIDGET (self), -1);
  return self->place;
}

gboolean
kring_map_node_widget_is_cluster (KringMapNodeWidget *self)
{
  g_return_val_if_fail (KRING_IS_MAP_NODE_WIDGET (self), FALSE);
  return self->is_cluster;
}

const char *
kring_map_node_widget_get_label (KringMapNodeWidget *self)
{
  g_return_val_if_fail (KRING_IS_MAP_NODE_WIDGET (self), NULL);
  return self->label;
}
