/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include "kring-analysis-page-private.h"
#include "kring-bar-chart.h"
#include "kring-households-rows.h"
#include "kring-summary.h"

/*
 * The contents of the Wijkanalyse page's sections, all from one
 * KringReport: tables as GtkGrids in cards (a coordinator reads across a
 * row), charts as KringBarCharts. A missing figure is "–", never 0.
 */

GtkWidget *
kring_analysis_cell (const char *text, const char *css_class, float xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
kring_analysis_table_new (GtkBox *body)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  g_object_set (grid, "margin-top", 12, "margin-bottom", 12, "margin-start", 18, "margin-end", 18,
                NULL);
  /* A table wider than the page scrolls sideways instead of being cut off. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_widget_add_css_class (scroller, "card");
  gtk_box_append (body, scroller);
  return grid;
}

static void
kring_analysis_body_message (GtkBox *body, const char *text)
{
  GtkWidget *label = kring_analysis_cell (text, "dim-label", 0);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (body, label);
}

static void
kring_analysis_attach (GtkWidget *grid, GtkWidget *cell, int column, int row)
{
  gtk_grid_attach (GTK_GRID (grid), cell, column, row, 1, 1);
}

static void
kring_analysis_header (GtkWidget *grid, const char *text, int column, int width)
{
  GtkWidget *cell = kring_analysis_cell (text, "heading", column == 0 ? 0 : 1);

  gtk_grid_attach (GTK_GRID (grid), cell, column, 0, width, 1);
}

static GtkWidget *
kring_analysis_number (double value)
{
  g_autofree char *text = kring_bar_chart_format (value);
  GtkWidget *cell = kring_analysis_cell (text, "numeric", 1);

  if (isnan (value))
    gtk_widget_set_tooltip_text (cell, _("unknown"));
  return cell;
}

/* --- buurtcijfers --- */

const char *
kring_analysis_indicator_title (KringAnalysisPage *self, const char *indicator)
{
  const char *title = kring_report_indicator_title (indicator);
  GListModel *figures = self->report->figures;

  if (title != NULL)
    return title;
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (figures, i);
      const char *note = kring_record_get_string (figure, "note");

      if (g_strcmp0 (kring_record_get_string (figure, "indicator"), indicator) == 0
          && note != NULL && *note != '\0')
        return note;
    }
  return indicator;
}

static char *
kring_analysis_figure_key (const char *area_id, gint64 year, const char *indicator)
{
  return g_strdup_printf ("%s\t%" G_GINT64_FORMAT "\t%s", area_id, year, indicator);
}

/* Every figure by key, and the indicators in the order they first appear. */
static GHashTable *
kring_analysis_index_figures (GListModel *figures, GPtrArray *indicators)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      KringRecord *figure = g_list_model_get_item (figures, i);
      const char *indicator = kring_record_get_string (figure, "indicator");

      if (!g_ptr_array_find_with_equal_func (indicators, indicator, g_str_equal, NULL))
        g_ptr_array_add (indicators, (gpointer) g_intern_string (indicator));
      g_hash_table_insert (index,
                           kring_analysis_figure_key (kring_record_get_string (figure,
                                                                               "neighbourhood_id"),
                                                      kring_record_get_int (figure, "year", 0),
                                                      indicator),
                           figure);
    }
  return index;
}

/* A value that opens the correction form when clicked. */
static GtkWidget *
kring_analysis_figure_button (KringRecord *figure, const char *key)
{
  double value = figure != NULL ? kring_record_get_double (figure, "value", NAN) : NAN;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = kring_analysis_number (value);
  g_autofree char *tooltip = NULL;

  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "analysis.edit-figure");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", key);
  tooltip = isnan (value) ? g_strdup (_("unknown — click to enter it"))
                          : g_strdup (_("Click to correct this figure"));
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
kring_analysis_figures_header (KringAnalysisPage *self, GtkWidget *grid)
{
  GArray *years = self->report->years;

  kring_analysis_header (grid, _("Figure"), 0, 1);
  for (guint y = 0; y < years->len; y++)
    {
      g_autofree char *year = g_strdup_printf ("%u", g_array_index (years, guint, y));

      kring_analysis_header (grid, year, 1 + y, 1);
    }
}

static void
kring_analysis_figures_row (KringAnalysisPage *self, GtkWidget *grid, GHashTable *index,
                            KringRecord *area, const char *indicator, int row)
{
  GArray *years = self->report->years;
  GtkWidget *title = kring_analysis_cell (kring_analysis_indicator_title (self, indicator), NULL, 0);

  gtk_widget_set_tooltip_text (title, indicator);
  gtk_widget_set_margin_start (title, 12);
  kring_analysis_attach (grid, title, 0, row);
  for (guint y = 0; y < years->len; y++)
    {
      g_autofree char *key = kring_analysis_figure_key (kring_record_get_id (area),
                                                        g_array_index (years, guint, y),
                                                        indicator);

      kring_analysis_attach (grid, kring_analysis_figure_button (g_hash_table_lookup (index, key),
                                                                 key),
                             1 + y, row);
    }
}

/* Whether @area has @indicator in any year. */
static gboolean
kring_analysis_area_has (KringAnalysisPage *self, GHashTable *index, KringRecord *area,
                         const char *indicator)
{
  GArray *years = self->report->years;

  for (guint y = 0; y < years->len; y++)
    {
      g_autofree char *key = kring_analysis_figure_key (kring_record_get_id (area),
                                                        g_array_index (years, guint, y),
                                                        indicator);

      if (g_hash_table_contains (index, key))
        return TRUE;
    }
  return FALSE;
}

/* One block per area: its name, then the indicators it has, a row each. */
static int
kring_analysis_figures_area (KringAnalysisPage *self, GtkWidget *grid, GHashTable *index,
                             GPtrArray *indicators, KringRecord *area, int row)
{
  GtkWidget *name = kring_analysis_cell (kring_record_get_string (area, "name"), "heading", 0);
  const char *code = kring_record_get_string (area, "code");

  gtk_widget_set_margin_top (name, row > 1 ? 12 : 6);
  gtk_widget_set_tooltip_text (name, code);
  gtk_grid_attach (GTK_GRID (grid), name, 0, row++, 1 + self->report->years->len, 1);
  for (guint i = 0; i < indicators->len; i++)
    if (kring_analysis_area_has (self, index, area, g_ptr_array_index (indicators, i)))
      kring_analysis_figures_row (self, grid, index, area, g_ptr_array_index (indicators, i),
                                  row++);
  return row;
}

void
kring_analysis_fill_figures (KringAnalysisPage *self)
{
  GtkBox *body = self->parts[KRING_ANALYSIS_FIGURES].body;
  g_autoptr (GPtrArray) indicators = g_ptr_array_new ();
  g_autoptr (GHashTable) index = kring_analysis_index_figures (self->report->figures, indicators);
  g_autofree char *sources = kring_report_sources_text (self->report);
  GtkWidget *grid;
  int row = 1;

  if (indicators->len == 0)
    {
      kring_analysis_body_message (body, _("No neighbourhood figures yet. Import them from CBS "
                                           "(Kerncijfers wijken en buurten) or add one by hand."));
      return;
    }
  grid = kring_analysis_table_new (body);
  /* The values are buttons, tall enough on their own. */
  gtk_grid_set_row_spacing (GTK_GRID (grid), 0);
  kring_analysis_figures_header (self, grid);
  for (guint a = 0; a < g_list_model_get_n_items (self->report->neighbourhoods); a++)
    {
      g_autoptr (KringRecord) area = g_list_model_get_item (self->report->neighbourhoods, a);

      row = kring_analysis_figures_area (self, grid, index, indicators, area, row);
    }
  if (sources != NULL)
    {
      GtkWidget *label = kring_analysis_cell (sources, "caption", 0);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (body, label);
    }
}

/* --- aanbod --- */

static void
kring_analysis_gap_marker (GtkWidget *grid, int row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), kring_analysis_cell (_("no partner close by"), NULL, 0));
  gtk_widget_add_css_class (box, "error");
  kring_analysis_attach (grid, box, KRING_MAP_N_RINGS + 2, row);
}

void
kring_analysis_fill_supply (KringAnalysisPage *self)
{
  GtkBox *body = self->parts[KRING_ANALYSIS_SUPPLY].body;
  GArray *rows = self->report->supply->rows;
  GtkWidget *grid;

  if (rows->len == 0)
    {
      kring_analysis_body_message (body, _("The team's map has no life domains yet."));
      return;
    }
  grid = kring_analysis_table_new (body);
  kring_analysis_header (grid, _("Life domain"), 0, 1);
  for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
    kring_analysis_header (grid, self->report->graph->ring_names[r], 1 + r, 1);
  kring_analysis_header (grid, _("Demand"), KRING_MAP_N_RINGS + 1, 1);
  for (guint i = 0; i < rows->len; i++)
    {
      KringMapSupplyRow *row = &g_array_index (rows, KringMapSupplyRow, i);
      GtkWidget *domain = kring_analysis_cell (row->domain, row->gap ? "error" : NULL, 0);

      kring_analysis_attach (grid, domain, 0, 1 + i);
      for (guint r = 0; r < KRING_MAP_N_RINGS; r++)
        kring_analysis_attach (grid, kring_analysis_number (row->counts[r]), 1 + r, 1 + i);
      kring_analysis_attach (grid, kring_analysis_number (row->demand), KRING_MAP_N_RINGS + 1,
                             1 + i);
      if (row->gap)
        kring_analysis_gap_marker (grid, 1 + i);
    }
}

/* --- relatiegezondheid --- */

static char *
kring_analysis_health_title (KringAnalysisPage *self, KringHealthList list)
{
  switch (list)
    {
    case KRING_HEALTH_NO_AGREEMENT:
      return g_strdup (_("Without collaboration agreements"));
    case KRING_HEALTH_NO_FIXED_CONTACT:
      return g_strdup (_("Without a fixed contact person"));
    case KRING_HEALTH_NOT_CONTACTED:
      return g_strdup_printf (ngettext ("No contact for %u month", "No contact for %u months",
                                        self->report->months), self->report->months);
    case KRING_HEALTH_LOW_TRUST:
    default:
      return g_strdup (_("Low trust"));
    }
}

static char *
kring_analysis_health_subtitle (KringAnalysisPage *self, KringRecord *organisation)
{
  gint64 ring = kring_record_get_int (organisation, "ring", -1);
  gint64 trust = kring_record_get_int (organisation, "trust", 0);
  g_autofree char *date = kring_summary_format_date (kring_record_get_string (organisation,
                                                                             "last_contact_on"));
  g_autofree char *contact = date != NULL ? g_strdup_printf (_("last contact %s"), date)
                                          : g_strdup (_("no contact recorded"));
  g_autofree char *trusted = trust > 0 ? g_strdup_printf (_("trust %d of 5"), (int) trust) : NULL;
  const char *parts[3] = { NULL, contact, trusted };

  if (ring >= 0 && ring < KRING_MAP_N_RINGS)
    parts[0] = self->report->graph->ring_names[ring];
  return kring_summary_join_parts (parts, 3);
}

static void
kring_analysis_on_show_on_map (GtkButton *button, KringAnalysisPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "organisation-id");

  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-on-map", "s", id))
    kring_analysis_page_toast (self, _("The map cannot be shown here"));
}

static GtkWidget *
kring_analysis_health_row (KringAnalysisPage *self, KringRecord *organisation)
{
  g_autofree char *subtitle = kring_analysis_health_subtitle (self, organisation);
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (organisation, "name"), subtitle);
  GtkWidget *button = gtk_button_new_with_label (_("Show on Map"));

  g_object_set_data_full (G_OBJECT (button), "organisation-id",
                          g_strdup (kring_record_get_id (organisation)), g_free);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_object (button, "clicked", G_CALLBACK (kring_analysis_on_show_on_map), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
kring_analysis_health_list (KringAnalysisPage *self, KringHealthList list)
{
  GListModel *organisations = g_ptr_array_index (self->report->health, list);
  guint n = g_list_model_get_n_items (organisations);
  g_autofree char *title = kring_analysis_health_title (self, list);
  g_autofree char *count = g_strdup_printf (ngettext ("%u partner", "%u partners", n), n);
  g_autoptr (GPtrArray) list_names = g_ptr_array_new ();
  g_autofree char *names = NULL;
  GtkWidget *row;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) organisation = g_list_model_get_item (organisations, i);

      g_ptr_array_add (list_names, g_strdup (kring_record_get_string (organisation, "name")));
    }
  g_ptr_array_set_free_func (list_names, g_free);
  names = kring_summary_join_names (list_names, 3);

  if (n == 0)
    {
      row = kring_summary_row_new (title, _("None: nothing to do here"));
      kring_summary_row_add_tag (row, "0", "kring-count");
      return row;
    }
  row = kring_summary_expander_new (title, names);
  kring_summary_row_add_tag (row, count, "kring-attention");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) organisation = g_list_model_get_item (organisations, i);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                kring_analysis_health_row (self, organisation));
    }
  return row;
}

void
kring_analysis_fill_health (KringAnalysisPage *self)
{
  GtkBox *body = self->parts[KRING_ANALYSIS_HEALTH].body;
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < KRING_HEALTH_N_LISTS && i < self->report->health->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), kring_analysis_health_list (self, i));
  gtk_box_append (body, list);
}

/* --- vraag --- */

static GtkWidget *
kring_analysis_chart_card (GtkBox *body, const char *title)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *chart = kring_bar_chart_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), kring_analysis_cell (title, "heading", 0));
  gtk_box_append (GTK_BOX (card), chart);
  g_object_set (card, "hexpand", TRUE, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (card); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_object_set (child, "margin-start", 18, "margin-end", 18, "margin-top", 12, NULL);
  gtk_widget_set_margin_bottom (chart, 12);
  gtk_box_append (body, card);
  return chart;
}

static char *
kring_analysis_format_change (const KringDemandDomain *domain)
{
  if (domain->measured == 0 || isnan (domain->average_change))
    return g_strdup ("–");
  return g_strdup_printf ("%+'.1f", domain->average_change);
}

static void
kring_analysis_demand_table (KringAnalysisPage *self, GtkBox *body)
{
  GArray *domains = self->report->demand->domains;
  GtkWidget *grid = kring_analysis_table_new (body);
  int row = 1;

  kring_analysis_header (grid, _("Life domain"), 0, 1);
  kring_analysis_header (grid, _("Open households with a goal"), 1, 1);
  kring_analysis_header (grid, _("Average score change"), 2, 1);
  kring_analysis_header (grid, _("Overdue actions"), 3, 1);
  for (guint i = 0; i < domains->len; i++)
    {
      KringDemandDomain *domain = &g_array_index (domains, KringDemandDomain, i);
      g_autofree char *change = kring_analysis_format_change (domain);
      GtkWidget *change_cell = kring_analysis_cell (change, "numeric", 1);

      if (domain->households == 0 && domain->measured == 0 && domain->overdue_actions == 0)
        continue;
      if (domain->measured == 0)
        gtk_widget_set_tooltip_text (change_cell, _("Nobody was measured twice yet"));
      kring_analysis_attach (grid, kring_analysis_cell (domain->domain, NULL, 0), 0, row);
      kring_analysis_attach (grid, kring_analysis_number (domain->households), 1, row);
      kring_analysis_attach (grid, change_cell, 2, row);
      kring_analysis_attach (grid, kring_analysis_number (domain->overdue_actions), 3, row);
      row++;
    }
}

void
kring_analysis_fill_demand (KringAnalysisPage *self)
{
  GtkBox *body = self->parts[KRING_ANALYSIS_DEMAND].body;
  KringDemand *demand = self->report->demand;
  GtkWidget *charts = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *status_chart, *domain_chart;

  gtk_box_set_homogeneous (GTK_BOX (charts), TRUE);
  gtk_box_append (body, charts);
  status_chart = kring_analysis_chart_card (GTK_BOX (charts), _("Households per status"));
  domain_chart = kring_analysis_chart_card (GTK_BOX (charts), _("Open households per life domain"));
  for (guint i = 0; i < demand->statuses->len; i++)
    {
      KringDemandStatus *status = &g_array_index (demand->statuses, KringDemandStatus, i);

      kring_bar_chart_add (KRING_BAR_CHART (status_chart),
                           kring_households_status_title (status->status), status->households,
                           NAN);
    }
  for (guint i = 0; i < demand->domains->len; i++)
    {
      KringDemandDomain *domain = &g_array_index (demand->domains, KringDemandDomain, i);

      if (domain->households > 0)
        kring_bar_chart_add (KRING_BAR_CHART (domain_chart), domain->domain, domain->households,
                             NAN);
    }
  if (kring_bar_chart_get_n_bars (KRING_BAR_CHART (domain_chart)) == 0)
    gtk_widget_set_visible (gtk_widget_get_parent (domain_chart), FALSE);
  kring_analysis_demand_table (self, body);
}

/* --- aanbod naast behoefte --- */

/* Where a need figure is from: "Marendal-Noord, 2024" or "buurten samen, 2024". */
static char *
kring_analysis_need_where (const KringReportNeed *need)
{
  const char *area = need->area_name != NULL ? need->area_name : _("the buurten together");

  if (need->year == 0)
    return g_strdup (area);
  return g_strdup_printf ("%s, %u", area, need->year);
}

static void
kring_analysis_need_row (KringAnalysisPage *self, GtkWidget *grid, KringMapSupplyRow *row,
                         const KringReportNeed *need, gboolean has_need, int line)
{
  g_autofree char *where = has_need ? kring_analysis_need_where (need) : g_strdup ("");

  kring_analysis_attach (grid, kring_analysis_cell (row->domain, row->gap ? "error" : NULL, 0), 0,
                         line);
  kring_analysis_attach (grid, kring_analysis_number (row->counts[0] + row->counts[1]), 1, line);
  kring_analysis_attach (grid, kring_analysis_number (row->demand), 2, line);
  kring_analysis_attach (grid,
                         kring_analysis_cell (has_need
                                              ? kring_analysis_indicator_title (self, need->indicator)
                                              : "–", NULL, 0), 3, line);
  kring_analysis_attach (grid, kring_analysis_number (has_need ? need->value : NAN), 4, line);
  kring_analysis_attach (grid, kring_analysis_cell (where, "dim-label", 0), 5, line);
}

void
kring_analysis_fill_need (KringAnalysisPage *self)
{
  GtkBox *body = self->parts[KRING_ANALYSIS_NEED].body;
  GArray *rows = self->report->supply->rows;
  GtkWidget *chart = kring_analysis_chart_card (body, _("Partners close by and households with a question"));
  GtkWidget *grid = kring_analysis_table_new (body);
  int line = 1;

  kring_bar_chart_set_series (KRING_BAR_CHART (chart), _("Partners close by"),
                              _("Households with a question"));
  kring_analysis_header (grid, _("Life domain"), 0, 1);
  kring_analysis_header (grid, _("Partners close by"), 1, 1);
  kring_analysis_header (grid, _("Demand"), 2, 1);
  kring_analysis_attach (grid, kring_analysis_cell (_("Neighbourhood figure"), "heading", 0), 3, 0);
  kring_analysis_header (grid, _("Value"), 4, 1);
  kring_analysis_attach (grid, kring_analysis_cell (_("Area"), "heading", 0), 5, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      KringMapSupplyRow *row = &g_array_index (rows, KringMapSupplyRow, i);

      KringReportNeed need = { NULL };
      gboolean has_need = kring_report_need_figure (self->report, row->domain, &need);

      if (row->demand == 0 && !has_need)
        continue;
      if (row->demand > 0 || row->counts[0] + row->counts[1] > 0)
        kring_bar_chart_add (KRING_BAR_CHART (chart), row->domain,
                             row->counts[0] + row->counts[1], row->demand);
      kring_analysis_need_row (self, grid, row, &need, has_need, line++);
    }
}
