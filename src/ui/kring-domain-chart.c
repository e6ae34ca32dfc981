/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "kring-domain-chart-private.h"

/*
 * The chart's data, the words that describe it (accessible description and
 * tooltips) and its size. The drawing is in kring-domain-chart-draw.c.
 */

G_DEFINE_FINAL_TYPE (KringDomainChart, kring_domain_chart, GTK_TYPE_WIDGET)

/* Dates */

static const char *const long_months[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"), NC_("month", "July"),
  NC_("month", "August"), NC_("month", "September"), NC_("month", "October"),
  NC_("month", "November"), NC_("month", "December"),
};
/* Short month names follow Dutch usage ("mrt"), not the C library's. */
static const char *const short_months[] = {
  NC_("short month", "Jan"), NC_("short month", "Feb"), NC_("short month", "Mar"),
  NC_("short month", "Apr"), NC_("short month", "May"), NC_("short month", "Jun"),
  NC_("short month", "Jul"), NC_("short month", "Aug"), NC_("short month", "Sep"),
  NC_("short month", "Oct"), NC_("short month", "Nov"), NC_("short month", "Dec"),
};

static gboolean
parse_date (const char *date, guint *year, guint *month, guint *day)
{
  if (date == NULL || strlen (date) != 10
      || sscanf (date, "%4u-%2u-%2u", year, month, day) != 3)
    return FALSE;
  return g_date_valid_dmy (*day, *month, *year);
}

char *
kring_domain_chart_short_date (const char *date)
{
  guint year, month, day;

  if (!parse_date (date, &year, &month, &day))
    return g_strdup ("");
  /* TRANSLATORS: a month and year on the chart's axis, "mrt 2026". */
  return g_strdup_printf (C_("chart date", "%s %u"),
                          g_dpgettext2 (NULL, "short month", short_months[month - 1]), year);
}

char *
kring_domain_chart_long_date (const char *date, gboolean with_year)
{
  guint year, month, day;

  if (!parse_date (date, &year, &month, &day))
    return g_strdup ("");
  if (!with_year)
    /* TRANSLATORS: day and month, "12 januari". */
    return g_strdup_printf (C_("chart date", "%u %s"), day,
                            g_dpgettext2 (NULL, "month", long_months[month - 1]));
  /* TRANSLATORS: day, month and year, "12 januari 2026". */
  return g_strdup_printf (C_("chart date", "%u %s %u"), day,
                          g_dpgettext2 (NULL, "month", long_months[month - 1]), year);
}

/* Data */

int
kring_domain_chart_score (KringDomainChart *self, guint domain, guint date)
{
  g_assert (domain < self->ids->len && date < self->dates->len);
  return self->scores->data[domain * self->dates->len + date];
}

gboolean
kring_domain_chart_is_empty (KringDomainChart *self)
{
  return self->ids->len == 0 || self->dates->len == 0;
}

guint
kring_domain_chart_n_shown (KringDomainChart *self)
{
  return self->domain >= 0 ? 1 : self->ids->len;
}

guint
kring_domain_chart_shown_domain (KringDomainChart *self, guint slot)
{
  return self->domain >= 0 ? (guint) self->domain : slot;
}

static int
find (GPtrArray *strings, const char *s)
{
  guint index;

  if (s == NULL || !g_ptr_array_find_with_equal_func (strings, s, g_str_equal, &index))
    return -1;
  return index;
}

gboolean
kring_domain_chart_compared (KringDomainChart *self, guint *date_a, guint *date_b)
{
  int a = find (self->dates, self->compare_a);
  int b = find (self->dates, self->compare_b);

  if (self->dates->len == 0)
    return FALSE;
  /* Without a choice, the profile shows how far the household came. */
  *date_a = a >= 0 ? (guint) a : 0;
  *date_b = b >= 0 ? (guint) b : self->dates->len - 1;
  return TRUE;
}

static gboolean
valid_point (KringDomainChart *self, const KringAssessmentPoint *p)
{
  guint year, month, day;

  return parse_date (p->date, &year, &month, &day) && find (self->ids, p->domain_id) >= 0
         && (p->score == KRING_DOMAIN_SCORE_NONE
             || (p->score >= KRING_DOMAIN_SCORE_MIN && p->score <= KRING_DOMAIN_SCORE_MAX));
}

static int
compare_dates (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
collect_dates (KringDomainChart *self, const KringAssessmentPoint *points, guint n_points)
{
  for (guint i = 0; i < n_points; i++)
    if (valid_point (self, &points[i]) && find (self->dates, points[i].date) < 0)
      g_ptr_array_add (self->dates, g_strdup (points[i].date));
  /* ISO dates sort as strings. */
  g_ptr_array_sort (self->dates, compare_dates);
}

static void
collect_scores (KringDomainChart *self, const KringAssessmentPoint *points, guint n_points)
{
  g_byte_array_set_size (self->scores, self->ids->len * self->dates->len);
  /* An empty GByteArray has no data at all, and memset wants a pointer. */
  if (self->scores->len > 0)
    memset (self->scores->data, KRING_DOMAIN_SCORE_NONE, self->scores->len);
  for (guint i = 0; i < n_points; i++)
    if (valid_point (self, &points[i]))
      {
        guint domain = find (self->ids, points[i].domain_id);
        guint date = find (self->dates, points[i].date);

        self->scores->data[domain * self->dates->len + date] = points[i].score;
      }
}

/* Words */

static void
append_score (GString *text, int score, const char *date, gboolean with_year)
{
  g_autofree char *day = kring_domain_chart_long_date (date, with_year);

  if (score == KRING_DOMAIN_SCORE_NONE)
    /* TRANSLATORS: a domain not assessed on a date, "geen score op 4 maart". */
    g_string_append_printf (text, _("no score on %s"), day);
  else
    /* TRANSLATORS: a score on a date, "2 op 12 januari". */
    g_string_append_printf (text, _("%d on %s"), score, day);
}

/* The year is only said when the assessments span more than one. */
static gboolean
needs_year (KringDomainChart *self)
{
  const char *first = g_ptr_array_index (self->dates, 0);
  const char *last = g_ptr_array_index (self->dates, self->dates->len - 1);

  return strncmp (first, last, 4) != 0;
}

static void
describe_over_time (KringDomainChart *self, guint domain, GString *text)
{
  gboolean with_year = needs_year (self);
  gboolean any = FALSE;

  for (guint t = 0; t < self->dates->len; t++)
    {
      int score = kring_domain_chart_score (self, domain, t);

      if (score == KRING_DOMAIN_SCORE_NONE)
        continue;
      g_string_append (text, any ? ", " : " ");
      append_score (text, score, g_ptr_array_index (self->dates, t), with_year);
      any = TRUE;
    }
  if (!any)
    g_string_append_printf (text, " %s", _("no scores"));
}

static void
describe_profile (KringDomainChart *self, guint domain, GString *text)
{
  gboolean with_year = needs_year (self);
  guint a, b;
  int score_a, score_b;

  kring_domain_chart_compared (self, &a, &b);
  score_a = kring_domain_chart_score (self, domain, a);
  score_b = kring_domain_chart_score (self, domain, b);
  g_string_append_c (text, ' ');
  append_score (text, score_a, g_ptr_array_index (self->dates, a), with_year);
  g_string_append (text, ", ");
  append_score (text, score_b, g_ptr_array_index (self->dates, b), with_year);
  if (score_a != KRING_DOMAIN_SCORE_NONE && score_b != KRING_DOMAIN_SCORE_NONE)
    g_string_append_printf (text, " (%+d)", score_b - score_a);
}

/* The profile always shows every domain; over time may show only one. */
static guint
n_described (KringDomainChart *self)
{
  return self->mode == KRING_DOMAIN_CHART_PROFILE ? self->ids->len
                                                  : kring_domain_chart_n_shown (self);
}

static guint
described_domain (KringDomainChart *self, guint slot)
{
  return self->mode == KRING_DOMAIN_CHART_PROFILE ? slot
                                                  : kring_domain_chart_shown_domain (self, slot);
}

static void
describe_domain (KringDomainChart *self, guint domain, GString *text)
{
  g_string_append_printf (text, "%s:", (const char *) g_ptr_array_index (self->names, domain));
  if (self->mode == KRING_DOMAIN_CHART_PROFILE)
    describe_profile (self, domain, text);
  else
    describe_over_time (self, domain, text);
}

static char *
describe (KringDomainChart *self)
{
  GString *text = g_string_new (NULL);

  if (kring_domain_chart_is_empty (self))
    return g_strdup (_("No scores yet. Record a first assessment."));
  for (guint slot = 0; slot < n_described (self); slot++)
    {
      if (slot > 0)
        g_string_append (text, ". ");
      describe_domain (self, described_domain (self, slot), text);
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

/* Something changed: say it again and draw it again. */
static void
refresh (KringDomainChart *self)
{
  g_free (self->summary);
  self->summary = describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->summary, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Tooltips */

/* Over time: the point nearest to @x in the cell, if it is close. */
static int
nearest_date (KringDomainChart *self, guint domain, const graphene_rect_t *plot, double x)
{
  double best = 16.0;
  int found = -1;

  for (guint t = 0; t < self->dates->len; t++)
    {
      double d = fabs (kring_domain_chart_date_x (self, plot, t) - x);

      if (kring_domain_chart_score (self, domain, t) != KRING_DOMAIN_SCORE_NONE && d < best)
        {
          best = d;
          found = t;
        }
    }
  return found;
}

static char *
tooltip_over_time (KringDomainChart *self, int width, double x, double y)
{
  for (guint slot = 0; slot < kring_domain_chart_n_shown (self); slot++)
    {
      guint domain = kring_domain_chart_shown_domain (self, slot);
      graphene_rect_t cell, plot;
      g_autofree char *day = NULL;
      int t;

      kring_domain_chart_cell (self, slot, width, &cell);
      if (!graphene_rect_contains_point (&cell, &GRAPHENE_POINT_INIT (x, y)))
        continue;
      kring_domain_chart_plot (&cell, &plot);
      t = nearest_date (self, domain, &plot, x);
      if (t < 0)
        return NULL;
      day = kring_domain_chart_long_date (g_ptr_array_index (self->dates, t), TRUE);
      /* TRANSLATORS: a point's tooltip, "Financiën, 4 maart 2026: 3". */
      return g_strdup_printf (_("%s, %s: %d"), (const char *) g_ptr_array_index (self->names, domain),
                              day, kring_domain_chart_score (self, domain, t));
    }
  return NULL;
}

static char *
tooltip_profile (KringDomainChart *self, int width, double x, double y)
{
  for (guint domain = 0; domain < self->ids->len; domain++)
    {
      graphene_rect_t row;
      GString *text;

      kring_domain_chart_row (self, domain, width, &row);
      if (!graphene_rect_contains_point (&row, &GRAPHENE_POINT_INIT (x, y)))
        continue;
      text = g_string_new (NULL);
      describe_domain (self, domain, text);
      return g_string_free (text, FALSE);
    }
  return NULL;
}

char *
kring_domain_chart_tooltip_at (KringDomainChart *self, double x, double y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (kring_domain_chart_is_empty (self))
    return NULL;
  if (self->mode == KRING_DOMAIN_CHART_PROFILE)
    return tooltip_profile (self, width, x, y);
  return tooltip_over_time (self, width, x, y);
}

static gboolean
on_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip)
{
  KringDomainChart *self = KRING_DOMAIN_CHART (widget);
  g_autofree char *text = NULL;

  /* The keyboard has no point to hover: it gets the whole summary. */
  if (keyboard)
    text = kring_domain_chart_is_empty (self) ? NULL : g_strdup (self->summary);
  else
    text = kring_domain_chart_tooltip_at (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* GtkWidget */

static GtkSizeRequestMode
kring_domain_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

#define MIN_WIDTH 240
#define NATURAL_WIDTH 720

static void
kring_domain_chart_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                            int *minimum, int *natural, int *minimum_baseline,
                            int *natural_baseline)
{
  KringDomainChart *self = KRING_DOMAIN_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
      return;
    }
  *minimum = *natural = kring_domain_chart_height_for (self, for_size < 0 ? NATURAL_WIDTH
                                                                        : for_size);
}

static void
kring_domain_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  kring_domain_chart_draw (KRING_DOMAIN_CHART (widget), snapshot);
}

static void
kring_domain_chart_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kring_domain_chart_parent_class)->css_changed (widget, change);
  /* The palette comes from CSS named colours (dark, high contrast). */
  gtk_widget_queue_draw (widget);
}

static void
kring_domain_chart_finalize (GObject *object)
{
  KringDomainChart *self = KRING_DOMAIN_CHART (object);

  g_ptr_array_unref (self->ids);
  g_ptr_array_unref (self->names);
  g_ptr_array_unref (self->dates);
  g_byte_array_unref (self->scores);
  g_free (self->compare_a);
  g_free (self->compare_b);
  g_free (self->summary);
  G_OBJECT_CLASS (kring_domain_chart_parent_class)->finalize (object);
}

static void
kring_domain_chart_class_init (KringDomainChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kring_domain_chart_finalize;
  widget_class->get_request_mode = kring_domain_chart_get_request_mode;
  widget_class->measure = kring_domain_chart_measure;
  widget_class->snapshot = kring_domain_chart_snapshot;
  widget_class->css_changed = kring_domain_chart_css_changed;
  widget_class->query_tooltip = on_query_tooltip;
  gtk_widget_class_set_css_name (widget_class, "kring-domain-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kring_domain_chart_init (KringDomainChart *self)
{
  self->ids = g_ptr_array_new_with_free_func (g_free);
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->dates = g_ptr_array_new_with_free_func (g_free);
  self->scores = g_byte_array_new ();
  self->domain = -1;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Life domain scores"), -1);
  refresh (self);
}

/* Public API */

GtkWidget *
kring_domain_chart_new (void)
{
  return g_object_new (KRING_TYPE_DOMAIN_CHART, NULL);
}

void
kring_domain_chart_set_data (KringDomainChart *self, const KringDomainSeries *domains,
                             guint n_domains, const KringAssessmentPoint *points,
                             guint n_points)
{
  g_return_if_fail (KRING_IS_DOMAIN_CHART (self));
  g_return_if_fail (domains != NULL || n_domains == 0);
  g_return_if_fail (points != NULL || n_points == 0);

  g_ptr_array_set_size (self->ids, 0);
  g_ptr_array_set_size (self->names, 0);
  g_ptr_array_set_size (self->dates, 0);
  for (guint i = 0; i < n_domains; i++)
    if (domains[i].id != NULL && find (self->ids, domains[i].id) < 0)
      {
        g_ptr_array_add (self->ids, g_strdup (domains[i].id));
        g_ptr_array_add (self->names, g_strdup (domains[i].name ? domains[i].name : ""));
      }
  collect_dates (self, points, n_points);
  collect_scores (self, points, n_points);
  /* A chosen domain that is gone falls back to all. */
  self->domain = -1;
  refresh (self);
}

void
kring_domain_chart_set_mode (KringDomainChart *self, KringDomainChartMode mode)
{
  g_return_if_fail (KRING_IS_DOMAIN_CHART (self));
  g_return_if_fail (mode == KRING_DOMAIN_CHART_OVER_TIME || mode == KRING_DOMAIN_CHART_PROFILE);

  if (self->mode == mode)
    return;
  self->mode = mode;
  refresh (self);
}

KringDomainChartMode
kring_domain_chart_get_mode (KringDomainChart *self)
{
  g_return_val_if_fail (KRING_IS_DOMAIN_CHART (self), KRING_DOMAIN_CHART_OVER_TIME);
  return self->mode;
}

void
kring_domain_chart_set_domain (KringDomainChart *self, const char *domain_id)
{
  g_return_if_fail (KRING_IS_DOMAIN_CHART (self));

  self->domain = find (self->ids, domain_id);
  refresh (self);
}

void
kring_domain_chart_compare (KringDomainChart *self, const char *date_a, const char *date_b)
{
  g_return_if_fail (KRING_IS_DOMAIN_CHART (self));

  g_free (self->compare_a);
  g_free (self->compare_b);
  self->compare_a = g_strdup (date_a);
  self->compare_b = g_strdup (date_b);
  refresh (self);
}

const char *
kring_domain_chart_get_summary (KringDomainChart *self)
{
  g_return_val_if_fail (KRING_IS_DOMAIN_CHART (self), NULL);
  return self->summary;
}
