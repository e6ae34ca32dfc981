/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include "kring-map-page.h"
#include "kring-summary.h"

#define N_RINGS 4
/* A relationship without contact for this long counts as neglected. */
#define QUIET_MONTHS 6
/* How many names an expander row's subtitle lists before "and N more". */
#define NAMES_SHOWN 3

struct _KringMapPage
{
  AdwBin               parent_instance;

  KringSummary        *summary;

  GtkStack            *stack;
  GtkDrawingArea      *rings_area;
  AdwPreferencesGroup *team_group;
  GtkBox              *figures;
  GtkListBox          *rings_list;
  GtkListBox          *relations_list;

  /* What the ring preview draws. */
  char                *team_name;
  char                *ring_names[N_RINGS];
  guint                ring_counts[N_RINGS];
  guint                n_members;
};

G_DEFINE_FINAL_TYPE (KringMapPage, kring_map_page, ADW_TYPE_BIN)

static const KringSummaryQuery queries[] = {
  { "teams", "name" },
  { "team_members", "sort_order" },
  { "ring_placements", "ring" },
  { "relationships", NULL },
  { "organizations", "name" },
  { "services", "name" },
};

/* The rings a team has not named itself keep these names. */
static const char *
kring_map_page_default_ring_name (guint ring)
{
  switch (ring)
    {
    case 0: return _("Core Team");
    case 1: return _("Inner Ring");
    case 2: return _("Outer Ring");
    default: return _("Social Map");
    }
}

static const char *
kring_map_page_ring_name (KringRecord *team, guint ring)
{
  g_autofree char *column = g_strdup_printf ("ring%u_name", ring);
  const char *name = kring_record_get_string (team, column);

  return name != NULL && *name != '\0' ? name : kring_map_page_default_ring_name (ring);
}

static gboolean
kring_map_page_belongs (KringRecord *record, KringRecord *team)
{
  return g_strcmp0 (kring_record_get_string (record, "team_id"), kring_record_get_id (team)) == 0;
}

/* The organisation or service a placement or relationship points to. */
static KringRecord *
kring_map_page_partner (KringRecord *record, KringSummaryData *data)
{
  const char *org_id = kring_record_get_string (record, "organization_id");

  if (org_id != NULL)
    return kring_summary_data_find (data, "organizations", org_id);
  return kring_summary_data_find (data, "services", kring_record_get_string (record, "service_id"));
}

static GtkWidget *
kring_map_page_partner_row (KringRecord *partner, KringSummaryData *data)
{
  KringRecord *owner = NULL;
  g_autofree char *subtitle = NULL;

  if (g_str_equal (kring_record_get_table (partner), "services"))
    owner = kring_summary_data_find (data, "organizations",
                                     kring_record_get_string (partner, "organization_id"));
  if (owner != NULL)
    subtitle = g_strdup_printf (_("Service of %s"), kring_record_get_string (owner, "name"));
  return kring_summary_row_new (kring_record_get_string (partner, "name"), subtitle);
}

static GtkWidget *
kring_map_page_member_row (KringRecord *member, KringSummaryData *data)
{
  KringRecord *home = kring_summary_data_find (data, "organizations",
                                               kring_record_get_string (member, "home_organization_id"));
  const char *parts[] = {
    kring_record_get_string (member, "discipline"),
    home != NULL ? kring_record_get_string (home, "name") : NULL,
  };
  g_autofree char *subtitle = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));

  return kring_summary_row_new (kring_record_get_string (member, "name"), subtitle);
}

/* Fills an expander with its rows and shows their names and count in the header. */
static void
kring_map_page_finish_expander (GtkWidget *expander, GPtrArray *rows, GPtrArray *names,
                                const char *tag_class)
{
  g_autofree char *subtitle = kring_summary_join_names (names, NAMES_SHOWN);
  g_autofree char *count = g_strdup_printf ("%u", rows->len);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                 rows->len > 0 ? subtitle : _("Nobody yet"));
  kring_summary_row_add_tag (expander, count, rows->len > 0 ? tag_class : "dim-label");
  gtk_widget_set_sensitive (expander, rows->len > 0);
  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), g_ptr_array_index (rows, i));
}

static void
kring_map_page_collect_placements (KringRecord *team, guint ring, KringSummaryData *data,
                                   GPtrArray *rows, GPtrArray *names)
{
  GListModel *placements = kring_summary_data_list (data, "ring_placements");

  for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
    {
      g_autoptr (KringRecord) placement = g_list_model_get_item (placements, i);
      KringRecord *partner = kring_map_page_partner (placement, data);

      if (partner == NULL || !kring_map_page_belongs (placement, team)
          || kring_record_get_int (placement, "ring", -1) != ring)
        continue;
      g_ptr_array_add (rows, kring_map_page_partner_row (partner, data));
      g_ptr_array_add (names, (gpointer) kring_record_get_string (partner, "name"));
    }
}

/* Ring 0 is the kernteam: the team's own members sit at the table. */
static void
kring_map_page_collect_members (KringRecord *team, KringSummaryData *data,
                                GPtrArray *rows, GPtrArray *names)
{
  GListModel *members = kring_summary_data_list (data, "team_members");

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KringRecord) member = g_list_model_get_item (members, i);

      if (!kring_map_page_belongs (member, team)
          || kring_record_get_int (member, "active", 1) == 0)
        continue;
      g_ptr_array_add (rows, kring_map_page_member_row (member, data));
      g_ptr_array_add (names, (gpointer) kring_record_get_string (member, "name"));
    }
}

static GtkWidget *
kring_map_page_ring_row (KringMapPage *self, KringRecord *team, guint ring,
                         KringSummaryData *data)
{
  GtkWidget *expander = kring_summary_expander_new (kring_map_page_ring_name (team, ring), NULL);
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  if (ring == 0)
    {
      kring_map_page_collect_members (team, data, rows, names);
      self->n_members = rows->len;
    }
  kring_map_page_collect_placements (team, ring, data, rows, names);
  self->ring_counts[ring] = rows->len;
  g_free (self->ring_names[ring]);
  self->ring_names[ring] = g_strdup (kring_map_page_ring_name (team, ring));
  kring_map_page_finish_expander (expander, rows, names, "kring-count");
  return expander;
}

/* Relationship qualities the seeds name as what makes collaboration work;
 * each predicate is TRUE when the relationship lacks it. */

static gboolean
kring_map_page_lacks_agreement (KringRecord *relationship)
{
  return kring_record_get_int (relationship, "has_agreement", 0) == 0;
}

static gboolean
kring_map_page_lacks_contact (KringRecord *relationship)
{
  return kring_record_get_string (relationship, "fixed_contact_id") == NULL;
}

static gboolean
kring_map_page_is_quiet (KringRecord *relationship)
{
  return kring_summary_is_older_than (kring_record_get_string (relationship, "last_contact_on"),
                                      QUIET_MONTHS);
}

typedef struct
{
  const char *title;
  gboolean  (*lacks) (KringRecord *relationship);
} KringMapPageQuality;

static const KringMapPageQuality qualities[] = {
  { N_("Without a written agreement"), kring_map_page_lacks_agreement },
  { N_("Without a fixed contact person"), kring_map_page_lacks_contact },
  { N_("No contact for six months or more"), kring_map_page_is_quiet },
};

static GtkWidget *
kring_map_page_relationship_row (KringRecord *relationship, KringRecord *partner)
{
  g_autofree char *date = kring_summary_format_date (
      kring_record_get_string (relationship, "last_contact_on"));
  g_autofree char *subtitle = date != NULL ? g_strdup_printf (_("Last contact on %s"), date)
                                           : g_strdup (_("No contact recorded"));

  return kring_summary_row_new (kring_record_get_string (partner, "name"), subtitle);
}

static GtkWidget *
kring_map_page_quality_row (const KringMapPageQuality *quality, KringRecord *team,
                            KringSummaryData *data)
{
  GtkWidget *expander = kring_summary_expander_new (_(quality->title), NULL);
  GListModel *relationships = kring_summary_data_list (data, "relationships");
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (relationships); i++)
    {
      g_autoptr (KringRecord) relationship = g_list_model_get_item (relationships, i);
      KringRecord *partner = kring_map_page_partner (relationship, data);

      if (partner == NULL || !kring_map_page_belongs (relationship, team)
          || !quality->lacks (relationship))
        continue;
      g_ptr_array_add (rows, kring_map_page_relationship_row (relationship, partner));
      g_ptr_array_add (names, (gpointer) kring_record_get_string (partner, "name"));
    }
  kring_map_page_finish_expander (expander, rows, names, "kring-attention");
  return expander;
}

static guint
kring_map_page_count_of_team (KringSummaryData *data, const char *table, KringRecord *team)
{
  GListModel *list = kring_summary_data_list (data, table);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (list, i);

      count += kring_map_page_belongs (record, team);
    }
  return count;
}

static void
kring_map_page_fill_team (KringMapPage *self, KringRecord *team, KringSummaryData *data)
{
  const char *parts[] = {
    kring_record_get_string (team, "municipality"),
    kring_record_get_string (team, "description"),
  };
  g_autofree char *description = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));

  g_free (self->team_name);
  self->team_name = g_strdup (kring_record_get_string (team, "name"));
  adw_preferences_group_set_title (self->team_group, self->team_name);
  adw_preferences_group_set_description (self->team_group, description);
}

static void
kring_map_page_fill_figures (KringMapPage *self, KringRecord *team, KringSummaryData *data)
{
  guint partners = self->ring_counts[0] - self->n_members + self->ring_counts[1]
                   + self->ring_counts[2] + self->ring_counts[3];

  kring_summary_add_figure (self->figures, self->n_members, _("Kernteam members"));
  kring_summary_add_figure (self->figures, partners, _("Partners in the rings"));
  kring_summary_add_figure (self->figures,
                            kring_map_page_count_of_team (data, "relationships", team),
                            _("Relationships"));
}

/* Screen readers get the preview as one sentence. */
static void
kring_map_page_describe_preview (KringMapPage *self)
{
  g_autofree char *text = g_strdup_printf (_("Rings of %s: %u at the team table, %u in the "
                                             "inner ring, %u in the outer ring, %u in the "
                                             "social map"),
                                           self->team_name, self->ring_counts[0],
                                           self->ring_counts[1], self->ring_counts[2],
                                           self->ring_counts[3]);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rings_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static gboolean
kring_map_page_fill (gpointer page, KringSummaryData *data)
{
  KringMapPage *self = page;
  GListModel *teams = kring_summary_data_list (data, "teams");
  g_autoptr (KringRecord) team = g_list_model_get_item (teams, 0);

  if (team == NULL)
    return FALSE;

  kring_map_page_fill_team (self, team, data);
  for (guint ring = 0; ring < N_RINGS; ring++)
    gtk_list_box_append (self->rings_list, kring_map_page_ring_row (self, team, ring, data));
  for (guint i = 0; i < G_N_ELEMENTS (qualities); i++)
    gtk_list_box_append (self->relations_list,
                         kring_map_page_quality_row (&qualities[i], team, data));
  kring_map_page_fill_figures (self, team, data);
  kring_map_page_describe_preview (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->rings_area));
  return TRUE;
}

static void
kring_map_page_clear (gpointer page)
{
  KringMapPage *self = page;

  kring_summary_clear (GTK_WIDGET (self->figures));
  kring_summary_clear (GTK_WIDGET (self->rings_list));
  kring_summary_clear (GTK_WIDGET (self->relations_list));
  adw_preferences_group_set_title (self->team_group, "");
  adw_preferences_group_set_description (self->team_group, NULL);
  g_clear_pointer (&self->team_name, g_free);
  for (guint ring = 0; ring < N_RINGS; ring++)
    g_clear_pointer (&self->ring_names[ring], g_free);
  memset (self->ring_counts, 0, sizeof self->ring_counts);
  self->n_members = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self->rings_area));
}

/* The ring preview: concentric bands with one dot per partner. It is a
 * summary, not the map; colours come from the theme so dark and
 * high-contrast styles follow. */

typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent;
  GdkRGBA accent_fg;
  double  cx, cy;
  double  core;   /* radius of the team disc */
  double  band;   /* width of one ring */
} KringMapPagePaint;

static void
kring_map_page_paint_init (KringMapPage *self, KringMapPagePaint *paint, int width, int height)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self->rings_area));
  double radius = MAX (MIN (width, height) / 2.0 - 24, 40);

  gtk_style_context_get_color (style, &paint->fg);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &paint->accent))
    paint->accent = paint->fg;
  if (!gtk_style_context_lookup_color (style, "accent_fg_color", &paint->accent_fg))
    paint->accent_fg = (GdkRGBA) { 1, 1, 1, 1 };
  paint->cx = width / 2.0;
  paint->cy = height / 2.0;
  paint->core = radius * 0.22;
  paint->band = (radius - paint->core) / N_RINGS;
}

static void
kring_map_page_set_source (cairo_t *cr, const GdkRGBA *rgba, double alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static void
kring_map_page_draw_label (KringMapPage *self, cairo_t *cr, const char *text,
                           double x, double y, double max_width, gboolean bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->rings_area), text);
  PangoAttrList *attrs = pango_attr_list_new ();
  int w, h;

  pango_attr_list_insert (attrs, bold ? pango_attr_weight_new (PANGO_WEIGHT_BOLD)
                                      : pango_attr_scale_new (0.85));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_height (layout, bold ? -2 : -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - max_width / 2.0, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
kring_map_page_draw_ring (KringMapPage *self, cairo_t *cr, const KringMapPagePaint *paint,
                          guint ring)
{
  double outer = paint->core + (ring + 1) * paint->band;
  double middle = outer - paint->band / 2.0;
  guint n = self->ring_counts[ring];
  /* Dots leave the top of each band free for the ring's name. */
  double gap = G_PI / 5, span = 2 * G_PI - 2 * gap;
  double dot = MIN (6.0, paint->band / 5.0);

  /* A label leaves a current point behind; start every shape afresh. */
  cairo_new_path (cr);
  cairo_arc (cr, paint->cx, paint->cy, outer, 0, 2 * G_PI);
  /* Each inner band paints over the outer ones, so the shade deepens inwards. */
  kring_map_page_set_source (cr, &paint->fg, 0.04);
  cairo_fill_preserve (cr);
  kring_map_page_set_source (cr, &paint->fg, 0.15);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + gap + span * (i + 0.5) / n;

      cairo_arc (cr, paint->cx + middle * cos (angle), paint->cy + middle * sin (angle),
                 dot, 0, 2 * G_PI);
      kring_map_page_set_source (cr, &paint->accent, 1.0 - 0.2 * ring);
      cairo_fill (cr);
    }
  if (self->ring_names[ring] != NULL)
    {
      kring_map_page_set_source (cr, &paint->fg, 0.75);
      kring_map_page_draw_label (self, cr, self->ring_names[ring], paint->cx,
                                 paint->cy - middle, 2 * middle * sin (gap), FALSE);
    }
}

static void
kring_map_page_draw (GtkDrawingArea *area, cairo_t *cr, int width, int height,
                     gpointer user_data)
{
  KringMapPage *self = user_data;
  KringMapPagePaint paint;

  if (self->team_name == NULL)
    return;
  kring_map_page_paint_init (self, &paint, width, height);
  /* Outer rings first, so each inner band paints over the one around it. */
  for (guint ring = N_RINGS; ring-- > 0;)
    kring_map_page_draw_ring (self, cr, &paint, ring);

  cairo_new_path (cr);
  cairo_arc (cr, paint.cx, paint.cy, paint.core, 0, 2 * G_PI);
  kring_map_page_set_source (cr, &paint.accent, 1.0);
  cairo_fill (cr);
  kring_map_page_set_source (cr, &paint.accent_fg, 1.0);
  kring_map_page_draw_label (self, cr, self->team_name, paint.cx, paint.cy,
                             paint.core * 1.8, TRUE);
}

static void
kring_map_page_dispose (GObject *object)
{
  KringMapPage *self = KRING_MAP_PAGE (object);

  g_clear_pointer (&self->summary, kring_summary_free);
  G_OBJECT_CLASS (kring_map_page_parent_class)->dispose (object);
}

static void
kring_map_page_finalize (GObject *object)
{
  KringMapPage *self = KRING_MAP_PAGE (object);

  g_free (self->team_name);
  for (guint ring = 0; ring < N_RINGS; ring++)
    g_free (self->ring_names[ring]);
  G_OBJECT_CLASS (kring_map_page_parent_class)->finalize (object);
}

static void
kring_map_page_class_init (KringMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_map_page_dispose;
  object_class->finalize = kring_map_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, rings_area);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, team_group);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, figures);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, rings_list);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, relations_list);
}

static void
kring_map_page_init (KringMapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->rings_area, kring_map_page_draw, self, NULL);
  self->summary = kring_summary_new (self, self->stack, queries, G_N_ELEMENTS (queries),
                                     kring_map_page_fill, kring_map_page_clear);
}

void
kring_map_page_set_store (KringMapPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_MAP_PAGE (self));

  kring_summary_set_store (self->summary, store);
}

void
kring_map_page_reload (KringMapPage *self)
{
  g_return_if_fail (KRING_IS_MAP_PAGE (self));

  kring_summary_reload (self->summary);
}
