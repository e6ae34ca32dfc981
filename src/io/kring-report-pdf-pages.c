/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kring-record.h"
#include "kring-report-pdf-private.h"

/*
 * The analysis pages of the report: supply per life domain, relationship
 * health, demand and supply next to need. Each is a heading, a table or
 * chart, and the team's note on it.
 */

/* A figure as CBS gives it: counts whole, percentages with one decimal. */
static char *
format_figure (double value)
{
  if (!isnan (value) && fabs (value - round (value)) < 1e-9)
    return report_format_count (value);
  return report_format_decimal (value, 1);
}

/* Neighbourhood figures, on the key figures page */

#define MAX_FIGURE_AREAS 4

/* The team's area and its buurten, at most MAX_FIGURE_AREAS. */
static GPtrArray *
figure_areas (const KringReport *report)
{
  GPtrArray *areas = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = report->neighbourhoods != NULL ? g_list_model_get_n_items (report->neighbourhoods) : 0;

  for (guint i = 0; i < n; i++)
    {
      KringRecord *area = g_list_model_get_item (report->neighbourhoods, i);

      /* The team's own area (a wijk) first, to compare its buurten with. */
      if (g_strcmp0 (kring_record_get_id (area), report->area_id) == 0)
        g_ptr_array_insert (areas, 0, area);
      else if (g_strcmp0 (kring_record_get_string (area, "kind"), "buurt") == 0)
        g_ptr_array_add (areas, area);
      else
        g_object_unref (area);
    }
  if (areas->len > MAX_FIGURE_AREAS)
    g_ptr_array_set_size (areas, MAX_FIGURE_AREAS);
  return areas;
}

/* The indicators of @year, in the order the figures come. */
static GPtrArray *
figure_indicators (const KringReport *report, guint year)
{
  GPtrArray *indicators = g_ptr_array_new_with_free_func (g_free);
  guint n = report->figures != NULL ? g_list_model_get_n_items (report->figures) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (report->figures, i);
      const char *indicator = kring_record_get_string (figure, "indicator");

      if ((guint) kring_record_get_int (figure, "year", 0) != year || indicator == NULL
          || g_ptr_array_find_with_equal_func (indicators, indicator, g_str_equal, NULL))
        continue;
      g_ptr_array_add (indicators, g_strdup (indicator));
    }
  return indicators;
}

static void
figures_row (ReportDoc *doc, const ReportTable *table, GPtrArray *areas, const char *indicator,
             guint year)
{
  const char *title = kring_report_indicator_title (indicator);
  const char *cells[MAX_FIGURE_AREAS + 1] = { title != NULL ? title : indicator };
  char *values[MAX_FIGURE_AREAS] = { NULL };
  double numbers[MAX_FIGURE_AREAS];
  gboolean whole = TRUE;

  for (guint a = 0; a < areas->len; a++)
    {
      KringRecord *area = g_ptr_array_index (areas, a);

      numbers[a] = kring_report_figure (doc->report, kring_record_get_id (area), indicator, year);
      whole = whole && (isnan (numbers[a]) || fabs (numbers[a] - round (numbers[a])) < 1e-9);
    }
  /* One decimal for all of a row or none, so the column reads evenly. */
  for (guint a = 0; a < areas->len; a++)
    cells[a + 1] = values[a] = whole ? report_format_count (numbers[a])
                                     : report_format_decimal (numbers[a], 1);
  report_table_row (doc, table, cells, FALSE, NULL, report_ink);
  for (guint a = 0; a < areas->len; a++)
    g_free (values[a]);
}

void
report_figures_table (ReportDoc *doc, guint year)
{
  g_autoptr (GPtrArray) areas = figure_areas (doc->report);
  g_autoptr (GPtrArray) indicators = figure_indicators (doc->report, year);
  g_autofree char *title = NULL;
  double widths[MAX_FIGURE_AREAS + 1] = { 183 };
  const char *head[MAX_FIGURE_AREAS + 1] = { C_("report pdf", "Figure") };
  ReportTable table = { widths, areas->len + 1, 0 };

  if (areas->len == 0 || indicators->len == 0)
    return;
  for (guint a = 0; a < areas->len; a++)
    {
      widths[a + 1] = (REPORT_BODY_WIDTH - widths[0]) / areas->len;
      head[a + 1] = kring_record_get_string (g_ptr_array_index (areas, a), "name");
    }
  title = g_strdup_printf (C_("report pdf", "Neighbourhood figures %u"), year);
  report_subheading (doc, title);
  report_table_row (doc, &table, head, TRUE, report_tint, report_accent);
  for (guint i = 0; i < indicators->len; i++)
    figures_row (doc, &table, areas, g_ptr_array_index (indicators, i), year);
}

/* Supply per life domain */

static const double supply_widths[] = { 171, 62, 62, 62, 62, 64 };

static void
supply_head (ReportDoc *doc, const ReportTable *table)
{
  const KringMapGraph *graph = doc->report->graph;
  const char *cells[] = {
    C_("report pdf", "Life domain"), graph->ring_names[0], graph->ring_names[1],
    graph->ring_names[2], graph->ring_names[3], C_("report pdf", "Demand"),
  };

  report_table_row (doc, table, cells, TRUE, report_tint, report_accent);
}

static void
supply_row (ReportDoc *doc, const ReportTable *table, const KringMapSupplyRow *row)
{
  char *counts[KRING_MAP_N_RINGS];
  g_autofree char *demand = NULL;
  const char *cells[6];

  for (guint i = 0; i < KRING_MAP_N_RINGS; i++)
    cells[i + 1] = counts[i] = g_strdup_printf ("%u", row->counts[i]);
  if (row->gap)
    /* TRANSLATORS: the demand cell of a life domain without partners close by. */
    demand = g_strdup_printf (C_("report pdf", "%u · gap"), row->demand);
  else
    demand = g_strdup_printf ("%u", row->demand);
  cells[0] = row->domain;
  cells[5] = demand;
  report_table_row (doc, table, cells, FALSE, row->gap ? report_gap_fill : NULL,
                    row->gap ? report_gap : report_ink);
  for (guint i = 0; i < KRING_MAP_N_RINGS; i++)
    g_free (counts[i]);
}

void
report_page_supply (ReportDoc *doc)
{
  const KringMapSupply *supply = doc->report->supply;
  ReportTable table = { supply_widths, G_N_ELEMENTS (supply_widths) };

  report_new_page (doc, FALSE);
  report_heading (doc, C_("report pdf", "Supply per life domain"),
                  C_("report pdf", "How many partners work on each life domain, per ring, and "
                                   "how many open households ask for help in it. A red row is "
                                   "a gap: there is demand, but nobody in the core team or the "
                                   "inner ring works on it."));
  if (supply == NULL || doc->report->graph == NULL || supply->rows->len == 0)
    report_paragraph (doc, C_("report pdf", "The team’s map has no life domains yet."), 11,
                      report_dim);
  else
    {
      supply_head (doc, &table);
      for (guint i = 0; i < supply->rows->len; i++)
        supply_row (doc, &table, &g_array_index (supply->rows, KringMapSupplyRow, i));
    }
  report_note (doc, KRING_REPORT_NOTE_SUPPLY);
}

/* Relationship health */

static char *
health_title (KringHealthList list, guint months, guint count)
{
  switch (list)
    {
    case KRING_HEALTH_NO_AGREEMENT:
      return g_strdup_printf (C_("report pdf", "No written agreements (%u)"), count);
    case KRING_HEALTH_NO_FIXED_CONTACT:
      return g_strdup_printf (C_("report pdf", "No fixed contact person (%u)"), count);
    case KRING_HEALTH_NOT_CONTACTED:
      {
        g_autofree char *since = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "No contact in the last %u month",
                                                               "No contact in the last %u months",
                                                               months),
                                                  months);

        return g_strdup_printf ("%s (%u)", since, count);
      }
    case KRING_HEALTH_LOW_TRUST:
    default:
      return g_strdup_printf (C_("report pdf", "Low trust: 1 or 2 out of 5 (%u)"), count);
    }
}

/* The names of the organisations on one list, in one flowing paragraph. */
static char *
health_names (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (model, i);
      const char *name = kring_record_get_string (record, "name");

      g_ptr_array_add (names, g_strdup (name != NULL ? name : "?"));
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("  ·  ", (char **) names->pdata);
}

void
report_page_health (ReportDoc *doc)
{
  GPtrArray *health = doc->report->health;

  report_new_page (doc, FALSE);
  report_heading (doc, C_("report pdf", "Relationship health"),
                  C_("report pdf", "Partners in the inner and outer ring whose relationship with "
                                   "the team needs attention. One partner can be on more than "
                                   "one list."));
  for (guint i = 0; i < KRING_HEALTH_N_LISTS; i++)
    {
      GListModel *model = health != NULL && i < health->len ? g_ptr_array_index (health, i) : NULL;
      guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
      g_autofree char *title = health_title (i, doc->report->months, n);
      g_autofree char *names = n > 0 ? health_names (model) : NULL;

      report_subheading (doc, title);
      report_paragraph (doc, names != NULL ? names : C_("report pdf", "No partners on this list."),
                        10.5, names != NULL ? report_ink : report_dim);
      doc->y += 10;
    }
  report_note (doc, KRING_REPORT_NOTE_HEALTH);
}

/* Demand */

static const struct
{
  const char *status;
  const char *label;
} status_labels[] = {
  { "aanmelding", NC_("household status", "Referral") },
  { "vraagverheldering", NC_("household status", "Clarifying the Question") },
  { "plan", NC_("household status", "Making the Plan") },
  { "uitvoering", NC_("household status", "Carrying Out") },
  { "evaluatie", NC_("household status", "Evaluation") },
  { "afgesloten", NC_("household status", "Closed") },
};

static const char *
status_label (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_labels); i++)
    if (g_strcmp0 (status, status_labels[i].status) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "household status", status_labels[i].label);
  return status;
}

#define BAR_LABEL_WIDTH 130.0
#define BAR_HEIGHT 18.0
#define BAR_STEP 26.0

/* Households per status as horizontal bars, the longest bar the largest count. */
static void
draw_status_bars (ReportDoc *doc, GArray *statuses)
{
  ReportTextStyle label = { 10, FALSE, report_ink, REPORT_ALIGN_LEFT };
  ReportTextStyle count = { 10, TRUE, report_ink, REPORT_ALIGN_LEFT };
  double full = REPORT_BODY_WIDTH - BAR_LABEL_WIDTH - 40;
  guint max = 1;

  for (guint i = 0; i < statuses->len; i++)
    max = MAX (max, g_array_index (statuses, KringDemandStatus, i).households);
  report_ensure (doc, statuses->len * BAR_STEP);
  for (guint i = 0; i < statuses->len; i++)
    {
      const KringDemandStatus *s = &g_array_index (statuses, KringDemandStatus, i);
      double width = full * s->households / max, x = REPORT_MARGIN_X + BAR_LABEL_WIDTH;
      g_autofree char *number = g_strdup_printf ("%u", s->households);
      gboolean closed = g_strcmp0 (s->status, "afgesloten") == 0;

      report_text_at (doc, status_label (s->status), &label, REPORT_MARGIN_X, doc->y + 2,
                      BAR_LABEL_WIDTH - 8);
      cairo_rectangle (doc->cr, x, doc->y, MAX (width, 1.5), BAR_HEIGHT);
      report_set_rgb (doc->cr, closed ? report_rule : report_accent);
      cairo_fill (doc->cr);
      report_text_at (doc, number, &count, x + MAX (width, 1.5) + 6, doc->y + 2, 40);
      doc->y += BAR_STEP;
    }
  doc->y += 6;
}

static const double domain_widths[] = { 183, 100, 100, 100 };

static void
draw_domain_table (ReportDoc *doc, GArray *domains)
{
  ReportTable table = { domain_widths, G_N_ELEMENTS (domain_widths) };
  const char *head[] = {
    C_("report pdf", "Life domain"), C_("report pdf", "Households"),
    C_("report pdf", "Average score change"), C_("report pdf", "Overdue actions"),
  };
  guint shown = 0;

  for (guint i = 0; i < domains->len; i++)
    {
      const KringDemandDomain *d = &g_array_index (domains, KringDemandDomain, i);
      g_autofree char *households = g_strdup_printf ("%u", d->households);
      g_autofree char *change = report_format_decimal (d->average_change, 1);
      g_autofree char *signed_change = NULL;
      g_autofree char *overdue = g_strdup_printf ("%u", d->overdue_actions);
      const char *cells[4];

      if (d->households == 0 && d->measured == 0 && d->overdue_actions == 0)
        continue;
      if (shown == 0)
        report_table_row (doc, &table, head, TRUE, report_tint, report_accent);
      signed_change = !isnan (d->average_change) && d->average_change > 0
                        ? g_strconcat ("+", change, NULL) : g_strdup (change);
      cells[0] = d->domain;
      cells[1] = households;
      cells[2] = signed_change;
      cells[3] = overdue;
      report_table_row (doc, &table, cells, FALSE, NULL,
                        d->overdue_actions > 0 ? report_gap : report_ink);
      shown++;
    }
  if (shown == 0)
    report_paragraph (doc, C_("report pdf", "No household has a goal in a life domain yet."), 10,
                      report_dim);
}

void
report_page_demand (ReportDoc *doc)
{
  const KringDemand *demand = doc->report->demand;

  report_new_page (doc, FALSE);
  report_heading (doc, C_("report pdf", "Demand"),
                  C_("report pdf", "The team’s households, counted: where they are in the "
                                   "flow, and per life domain how many ask for help, how their "
                                   "scores changed (last score minus first, for households "
                                   "assessed at least twice) and how many actions are overdue."));
  if (demand == NULL)
    {
      report_paragraph (doc, C_("report pdf", "The team has no households yet."), 11, report_dim);
      return;
    }
  report_subheading (doc, C_("report pdf", "Households per status"));
  draw_status_bars (doc, demand->statuses);
  doc->y += 8;
  report_subheading (doc, C_("report pdf", "Per life domain"));
  draw_domain_table (doc, demand->domains);
  report_note (doc, KRING_REPORT_NOTE_DEMAND);
}

/* Supply next to need */

/* "7,5 tot 15,2" over the buurten, or NULL when fewer than two have it. */
static char *
figure_range (const KringReport *report, const char *indicator)
{
  g_autoptr (GPtrArray) areas = figure_areas (report);
  double low = NAN, high = NAN;
  guint n = 0;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  for (guint i = 0; i < areas->len; i++)
    {
      KringRecord *area = g_ptr_array_index (areas, i);
      double value;

      if (g_strcmp0 (kring_record_get_string (area, "kind"), "buurt") != 0)
        continue;
      value = kring_report_figure (report, kring_record_get_id (area), indicator, 0);
      if (isnan (value))
        continue;
      low = n == 0 ? value : MIN (low, value);
      high = n == 0 ? value : MAX (high, value);
      n++;
    }
  if (n < 2)
    return NULL;
  a = format_figure (low);
  b = format_figure (high);
  /* TRANSLATORS: the lowest and highest value over the buurten, "7,5 tot 15,2". */
  return g_strdup_printf (C_("report pdf", "%s to %s"), a, b);
}

/* "Eenpersoonshuishoudens (%): 41 (per buurt 37 tot 45)": the figure
 * kring_report_need_figure chooses, as the page and the CSV have it. */
static char *
domain_figure (const KringReport *report, const char *domain)
{
  KringReportNeed need;
  const char *title;
  g_autofree char *shown = NULL;
  g_autofree char *range = NULL;

  if (!kring_report_need_figure (report, domain, &need))
    return NULL;
  title = kring_report_indicator_title (need.indicator);
  if (title == NULL)
    title = need.indicator;
  shown = format_figure (need.value);
  range = figure_range (report, need.indicator);
  if (range != NULL)
    /* TRANSLATORS: a figure of the team's area, then its range over the buurten. */
    return g_strdup_printf (C_("report pdf", "%s: %s (per buurt %s)"), title, shown, range);
  return g_strdup_printf ("%s: %s", title, shown);
}

static const double need_widths[] = { 150, 80, 65, 188 };

void
report_page_need (ReportDoc *doc)
{
  const KringMapSupply *supply = doc->report->supply;
  ReportTable table = { need_widths, G_N_ELEMENTS (need_widths), 3 };
  const char *head[] = {
    C_("report pdf", "Life domain"), C_("report pdf", "Partners close by"),
    C_("report pdf", "Demand"), C_("report pdf", "Neighbourhood figure"),
  };

  report_new_page (doc, FALSE);
  report_heading (doc, C_("report pdf", "Supply next to need"),
                  C_("report pdf", "Per life domain: partners in the core team and the inner "
                                   "ring, the open households that ask for help in it, and a "
                                   "neighbourhood figure that says something about the need."));
  if (supply == NULL || supply->rows->len == 0)
    {
      report_paragraph (doc, C_("report pdf", "The team’s map has no life domains yet."), 11,
                        report_dim);
      return;
    }
  report_table_row (doc, &table, head, TRUE, report_tint, report_accent);
  for (guint i = 0; i < supply->rows->len; i++)
    {
      const KringMapSupplyRow *row = &g_array_index (supply->rows, KringMapSupplyRow, i);
      g_autofree char *close = g_strdup_printf ("%u", row->counts[0] + row->counts[1]);
      g_autofree char *demand = g_strdup_printf ("%u", row->demand);
      g_autofree char *figure = domain_figure (doc->report, row->domain);
      const char *cells[] = { row->domain, close, demand, figure != NULL ? figure : "–" };

      report_table_row (doc, &table, cells, FALSE, row->gap ? report_gap_fill : NULL,
                        row->gap ? report_gap : report_ink);
    }
  report_note (doc, KRING_REPORT_NOTE_NEED);
}
