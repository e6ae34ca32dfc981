/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-domain-chart.h"
#include "kring-household-assessment.h"
#include "kring-household-domains.h"
#include "kring-households-rows.h"

/*
 * The Leefgebieden tab: the chart of every scored domain (over time, or two
 * dates compared), a card per domain with its latest score and texts, and
 * the list of assessments to edit or remove. The form is in
 * kring-household-assessment.c.
 */

struct _KringHouseholdDomains
{
  AdwBin                 parent_instance;
  KringHouseholdContext *context;

  GtkStack         *stack;
  KringDomainChart *chart;
  GtkToggleButton  *over_time_button;
  GtkToggleButton  *compare_button;
  GtkDropDown      *domain_drop;
  GtkStringList    *domain_names;
  GtkBox           *compare_box;
  GtkDropDown      *date_a_drop;
  GtkDropDown      *date_b_drop;
  GtkStringList    *date_a_names;
  GtkStringList    *date_b_names;
  GtkSwitch        *all_switch;
  GtkFlowBox       *domain_cards;
  GtkListBox       *assessment_list;

  GPtrArray *domain_ids; /* of domain_drop's items after "Alle leefgebieden" */
  GPtrArray *dates;      /* the distinct assessment dates, oldest first */
  gboolean   filling;    /* the drop-downs change because the data did */
};

G_DEFINE_FINAL_TYPE (KringHouseholdDomains, kring_household_domains, ADW_TYPE_BIN)

/* Data */

static GListModel *
rows (KringHouseholdDomains *self, const char *table)
{
  return kring_household_context_rows (self->context, table);
}

static const char *
date_of (KringHouseholdDomains *self, KringRecord *score)
{
  KringRecord *assessment = kring_household_context_find (
    self->context, "assessments", kring_record_get_string (score, "assessment_id"));

  return assessment != NULL ? kring_record_get_string (assessment, "assessed_on") : NULL;
}

/* The scores of one domain in the order of the assessments (oldest first). */
static GPtrArray *
domain_history (KringHouseholdDomains *self, const char *domain_id)
{
  GListModel *assessments = rows (self, "assessments");
  GListModel *scores = rows (self, "assessment_scores");
  GPtrArray *history = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint a = 0; a < g_list_model_get_n_items (assessments); a++)
    {
      g_autoptr (KringRecord) assessment = g_list_model_get_item (assessments, a);

      for (guint s = 0; s < g_list_model_get_n_items (scores); s++)
        {
          g_autoptr (KringRecord) score = g_list_model_get_item (scores, s);

          if (g_strcmp0 (kring_record_get_string (score, "assessment_id"),
                         kring_record_get_id (assessment)) == 0
              && g_strcmp0 (kring_record_get_string (score, "domain_term_id"), domain_id) == 0)
            g_ptr_array_add (history, g_object_ref (score));
        }
    }
  return history;
}

static gboolean
ever_scored (KringHouseholdDomains *self, const char *domain_id)
{
  GListModel *scores = rows (self, "assessment_scores");

  for (guint s = 0; s < g_list_model_get_n_items (scores); s++)
    {
      g_autoptr (KringRecord) score = g_list_model_get_item (scores, s);

      if (g_strcmp0 (kring_record_get_string (score, "domain_term_id"), domain_id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The domains the chart shows: the scored ones in their configured order,
 * or every domain with "Ook niet gescoorde". */
static GPtrArray *
shown_domains (KringHouseholdDomains *self)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *domains = self->context->domains;
  gboolean all = gtk_switch_get_active (self->all_switch);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      KringRecord *domain = g_list_model_get_item (domains, i);

      if (all || ever_scored (self, kring_record_get_id (domain)))
        g_ptr_array_add (shown, domain);
      else
        g_object_unref (domain);
    }
  return shown;
}

/* ISO dates sort as strings; the array holds pointers to them. */
static int
compare_dates (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static void
collect_dates (KringHouseholdDomains *self)
{
  GListModel *assessments = rows (self, "assessments");

  g_ptr_array_set_size (self->dates, 0);
  for (guint a = 0; a < g_list_model_get_n_items (assessments); a++)
    {
      g_autoptr (KringRecord) assessment = g_list_model_get_item (assessments, a);
      const char *date = kring_record_get_string (assessment, "assessed_on");

      if (date != NULL && !g_ptr_array_find_with_equal_func (self->dates, date, g_str_equal, NULL))
        g_ptr_array_add (self->dates, g_strdup (date));
    }
  g_ptr_array_sort (self->dates, compare_dates);
}

/* Chart */

static void
chart_set_data (KringHouseholdDomains *self, GPtrArray *domains)
{
  GListModel *scores = rows (self, "assessment_scores");
  guint n_points = g_list_model_get_n_items (scores);
  g_autofree KringDomainSeries *series = g_new0 (KringDomainSeries, domains->len + 1);
  g_autofree KringAssessmentPoint *points = g_new0 (KringAssessmentPoint, n_points + 1);
  g_autoptr (GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < domains->len; i++)
    {
      series[i].id = kring_record_get_id (domains->pdata[i]);
      series[i].name = kring_record_get_string (domains->pdata[i], "name");
    }
  for (guint i = 0; i < n_points; i++)
    {
      KringRecord *score = g_list_model_get_item (scores, i);

      g_ptr_array_add (keep, score);
      points[i].date = date_of (self, score);
      points[i].domain_id = kring_record_get_string (score, "domain_term_id");
      points[i].score = (int) kring_record_get_int (score, "score", KRING_DOMAIN_SCORE_NONE);
    }
  kring_domain_chart_set_data (self->chart, series, domains->len, points, n_points);
}

static guint
position_of (GPtrArray *strings, const char *s, guint fallback)
{
  guint index;

  if (s != NULL && g_ptr_array_find_with_equal_func (strings, s, g_str_equal, &index))
    return index;
  return fallback;
}

static const char *
selected_domain (KringHouseholdDomains *self)
{
  guint selected = gtk_drop_down_get_selected (self->domain_drop);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION
      || selected > self->domain_ids->len)
    return NULL;
  return self->domain_ids->pdata[selected - 1];
}

/* Refills the domain drop-down, keeping the domain chosen when it is still there. */
static void
fill_domain_drop (KringHouseholdDomains *self, GPtrArray *domains)
{
  g_autofree char *chosen = g_strdup (selected_domain (self));
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->domain_names));

  g_ptr_array_set_size (self->domain_ids, 0);
  gtk_string_list_splice (self->domain_names, 0, n_old, NULL);
  gtk_string_list_append (self->domain_names, _("All Life Domains"));
  for (guint i = 0; i < domains->len; i++)
    {
      g_ptr_array_add (self->domain_ids, g_strdup (kring_record_get_id (domains->pdata[i])));
      gtk_string_list_append (self->domain_names,
                              kring_record_get_string (domains->pdata[i], "name"));
    }
  /* Position 0 is "Alle leefgebieden". */
  gtk_drop_down_set_selected (self->domain_drop,
                              chosen != NULL ? position_of (self->domain_ids, chosen, -1) + 1 : 0);
}

static const char *
selected_date (KringHouseholdDomains *self, GtkDropDown *drop)
{
  guint selected = gtk_drop_down_get_selected (drop);

  return selected < self->dates->len ? self->dates->pdata[selected] : NULL;
}

/* Refills both date drop-downs; the first defaults to the first assessment
 * and the second to the latest, as the chart does. */
static void
fill_date_drops (KringHouseholdDomains *self)
{
  g_autofree char *a = g_strdup (selected_date (self, self->date_a_drop));
  g_autofree char *b = g_strdup (selected_date (self, self->date_b_drop));
  GtkStringList *lists[] = { self->date_a_names, self->date_b_names };

  collect_dates (self);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n_old = g_list_model_get_n_items (G_LIST_MODEL (lists[l]));

      gtk_string_list_splice (lists[l], 0, n_old, NULL);
      for (guint i = 0; i < self->dates->len; i++)
        {
          g_autofree char *day = kring_households_format_day (self->dates->pdata[i]);

          gtk_string_list_append (lists[l], day != NULL ? day : self->dates->pdata[i]);
        }
    }
  gtk_drop_down_set_selected (self->date_a_drop, position_of (self->dates, a, 0));
  gtk_drop_down_set_selected (self->date_b_drop,
                              position_of (self->dates, b, MAX (self->dates->len, 1) - 1));
}

/* Shows what the toolbar says: the mode, one domain or all, the two dates. */
static void
apply_view (KringHouseholdDomains *self)
{
  gboolean compare = gtk_toggle_button_get_active (self->compare_button);

  if (self->filling)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->domain_drop), !compare);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_box), compare);
  kring_domain_chart_set_mode (self->chart, compare ? KRING_DOMAIN_CHART_PROFILE
                                                    : KRING_DOMAIN_CHART_OVER_TIME);
  kring_domain_chart_set_domain (self->chart, selected_domain (self));
  kring_domain_chart_compare (self->chart, selected_date (self, self->date_a_drop),
                              selected_date (self, self->date_b_drop));
}

static void
fill_chart (KringHouseholdDomains *self)
{
  g_autoptr (GPtrArray) domains = shown_domains (self);

  self->filling = TRUE;
  chart_set_data (self, domains);
  fill_domain_drop (self, domains);
  fill_date_drops (self);
  self->filling = FALSE;
  apply_view (self);
}

/* Domain cards */

static GtkWidget *
label_new (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static const char *
score_class (gint64 score)
{
  return score <= 2 ? "error" : score == 3 ? "warning" : "success";
}

/* "↑ 1" since the previous score, "gelijk", or "Eerste meting". */
static GtkWidget *
change_label (KringHouseholdDomains *self, KringRecord *latest, KringRecord *previous)
{
  gint64 change;
  g_autofree char *text = NULL;
  g_autofree char *day = NULL;
  GtkWidget *label;

  if (previous == NULL)
    return label_new (_("First assessment"), "dim-label");
  change = kring_record_get_int (latest, "score", 0) - kring_record_get_int (previous, "score", 0);
  if (change == 0)
    label = label_new (_("Unchanged"), "dim-label");
  else
    {
      text = g_strdup_printf ("%s %" G_GINT64_FORMAT, change > 0 ? "↑" : "↓", ABS (change));
      label = label_new (text, change > 0 ? "success" : "error");
    }
  day = kring_households_format_day (date_of (self, previous));
  text = g_strdup_printf (_("Since the assessment of %s"), day != NULL ? day : "");
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
card_header (KringHouseholdDomains *self, KringRecord *domain, GPtrArray *history)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = label_new (kring_record_get_string (domain, "name"), "heading");
  KringRecord *latest = history->pdata[history->len - 1];

  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box),
                  change_label (self, latest,
                                history->len > 1 ? history->pdata[history->len - 2] : NULL));
  return box;
}

static GtkWidget *
card_score (KringHouseholdDomains *self, KringRecord *latest)
{
  gint64 score = kring_record_get_int (latest, "score", 0);
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT " · %s", score,
                                           kring_assessment_score_label (score));
  g_autofree char *day = kring_households_format_day (date_of (self, latest));
  g_autofree char *when = g_strdup_printf (_("Assessed on %s"), day != NULL ? day : "");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), label_new (text, "title-3"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), score_class (score));
  gtk_box_append (GTK_BOX (box), label_new (when, "caption"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "dim-label");
  return box;
}

static void
card_add_texts (GtkBox *card, KringRecord *latest)
{
  const char *columns[] = { "strengths", "concerns", "own_strength" };
  const char *titles[] = { _("Strengths"), _("Concerns"), _("Own strength") };
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const char *text = kring_record_get_string (latest, columns[i]);

      if (text == NULL || *text == '\0')
        continue;
      gtk_box_append (card, label_new (titles[i], "caption-heading"));
      gtk_widget_set_margin_top (gtk_widget_get_last_child (GTK_WIDGET (card)), 6);
      gtk_box_append (card, label_new (text, NULL));
      any = TRUE;
    }
  if (!any)
    gtk_box_append (card, label_new (_("No strengths or concerns written down."), "dim-label"));
}

static GtkWidget *
domain_card (KringHouseholdDomains *self, KringRecord *domain, GPtrArray *history)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  KringRecord *latest = history->pdata[history->len - 1];

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_valign (card, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (card), card_header (self, domain, history));
  gtk_box_append (GTK_BOX (card), card_score (self, latest));
  card_add_texts (GTK_BOX (card), latest);
  for (GtkWidget *child = gtk_widget_get_first_child (card); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_margin_start (child, 12);
      gtk_widget_set_margin_end (child, 12);
    }
  gtk_widget_set_margin_top (gtk_widget_get_first_child (card), 12);
  gtk_widget_set_margin_bottom (gtk_widget_get_last_child (card), 12);
  return card;
}

static void
remove_all (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
    }
}

static void
fill_cards (KringHouseholdDomains *self)
{
  GListModel *domains = self->context->domains;

  remove_all (GTK_WIDGET (self->domain_cards));
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr (KringRecord) domain = g_list_model_get_item (domains, i);
      g_autoptr (GPtrArray) history = domain_history (self, kring_record_get_id (domain));

      if (history->len == 0)
        continue;
      gtk_flow_box_append (self->domain_cards, domain_card (self, domain, history));
      /* A card is read, not chosen. */
      gtk_widget_set_focusable (gtk_widget_get_last_child (GTK_WIDGET (self->domain_cards)),
                                FALSE);
    }
}

/* Assessment list */

static guint
n_scores (KringHouseholdDomains *self, const char *assessment_id)
{
  GListModel *scores = rows (self, "assessment_scores");
  guint n = 0;

  for (guint s = 0; s < g_list_model_get_n_items (scores); s++)
    {
      g_autoptr (KringRecord) score = g_list_model_get_item (scores, s);

      n += g_strcmp0 (kring_record_get_string (score, "assessment_id"), assessment_id) == 0;
    }
  return n;
}

static char *
assessment_subtitle (KringHouseholdDomains *self, KringRecord *assessment)
{
  guint n = n_scores (self, kring_record_get_id (assessment));
  g_autofree char *by = kring_household_context_name (
    self->context, "team_members", kring_record_get_string (assessment, "assessed_by_id"));
  g_autofree char *count = g_strdup_printf (ngettext ("%u life domain scored",
                                                      "%u life domains scored", n), n);
  g_autofree char *who = by != NULL && *by != '\0' ? g_strdup_printf (_("by %s"), by) : NULL;
  const char *note = kring_record_get_string (assessment, "note");

  if (who == NULL)
    return note != NULL ? g_strdup_printf ("%s · %s", count, note) : g_strdup (count);
  return note != NULL ? g_strdup_printf ("%s · %s · %s", who, count, note)
                      : g_strdup_printf ("%s · %s", who, count);
}

static GtkWidget *
row_button (const char *icon, const char *tooltip, const char *action, const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  return button;
}

static GtkWidget *
assessment_row (KringHouseholdDomains *self, KringRecord *assessment)
{
  const char *id = kring_record_get_id (assessment);
  const char *date = kring_record_get_string (assessment, "assessed_on");
  g_autofree char *day = kring_households_format_day (date);
  g_autofree char *subtitle = assessment_subtitle (self, assessment);
  GtkWidget *row = adw_action_row_new ();

  /* Names and notes are the user's text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), day != NULL ? day : date);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("document-edit-symbolic", _("Edit assessment"),
                                         "domains.edit-assessment", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("user-trash-symbolic", _("Remove assessment"),
                                         "domains.remove-assessment", id));
  return row;
}

static void
fill_assessments (KringHouseholdDomains *self)
{
  GListModel *assessments = rows (self, "assessments");
  guint n = g_list_model_get_n_items (assessments);

  remove_all (GTK_WIDGET (self->assessment_list));
  /* Newest first: the one most likely to need a correction. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr (KringRecord) assessment = g_list_model_get_item (assessments, i - 1);

      gtk_list_box_append (self->assessment_list, assessment_row (self, assessment));
    }
}

/* Filling */

static void
clear (KringHouseholdDomains *self)
{
  self->filling = TRUE;
  kring_domain_chart_set_data (self->chart, NULL, 0, NULL, 0);
  gtk_string_list_splice (self->domain_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->domain_names)), NULL);
  gtk_string_list_splice (self->date_a_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->date_a_names)), NULL);
  gtk_string_list_splice (self->date_b_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->date_b_names)), NULL);
  g_ptr_array_set_size (self->domain_ids, 0);
  g_ptr_array_set_size (self->dates, 0);
  remove_all (GTK_WIDGET (self->domain_cards));
  remove_all (GTK_WIDGET (self->assessment_list));
  self->filling = FALSE;
}

static void
fill (KringHouseholdDomains *self)
{
  gboolean any = g_list_model_get_n_items (rows (self, "assessments")) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "content" : "empty");
  if (!any)
    return;
  fill_chart (self);
  fill_cards (self);
  fill_assessments (self);
}

/* Actions */

static void
new_assessment (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdDomains *self = KRING_HOUSEHOLD_DOMAINS (widget);

  kring_assessment_form_open (self->context, NULL);
}

static void
edit_assessment (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdDomains *self = KRING_HOUSEHOLD_DOMAINS (widget);

  kring_assessment_form_open (self->context, g_variant_get_string (parameter, NULL));
}

static void
remove_assessment (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdDomains *self = KRING_HOUSEHOLD_DOMAINS (widget);
  KringRecord *assessment = kring_household_context_find (self->context, "assessments",
                                                          g_variant_get_string (parameter,
                                                                                NULL));
  g_autofree char *day = NULL;
  g_autofree char *what = NULL;

  if (assessment == NULL)
    {
      kring_household_context_toast (self->context, _("This assessment no longer exists."));
      return;
    }
  day = kring_households_format_day (kring_record_get_string (assessment, "assessed_on"));
  /* TRANSLATORS: the toast then says "Meting van 12 januari 2026 verwijderd". */
  what = g_strdup_printf (_("Assessment of %s"), day != NULL ? day : "");
  kring_household_context_remove (self->context, assessment, what);
}

static void
update_actions (KringHouseholdDomains *self)
{
  gboolean enabled = self->context != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "domains.new-assessment", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "domains.edit-assessment", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "domains.remove-assessment", enabled);
}

/* Toolbar */

static void
on_view_changed (KringHouseholdDomains *self)
{
  apply_view (self);
}

static void
on_all_changed (KringHouseholdDomains *self)
{
  if (self->context != NULL && !self->filling)
    fill_chart (self);
}

/* Life cycle */

static void
kring_household_domains_dispose (GObject *object)
{
  KringHouseholdDomains *self = KRING_HOUSEHOLD_DOMAINS (object);

  g_clear_pointer (&self->context, kring_household_context_unref);
  /* AdwBin unparents its child (the template's stack) itself. */
  G_OBJECT_CLASS (kring_household_domains_parent_class)->dispose (object);
}

static void
kring_household_domains_finalize (GObject *object)
{
  KringHouseholdDomains *self = KRING_HOUSEHOLD_DOMAINS (object);

  g_ptr_array_unref (self->domain_ids);
  g_ptr_array_unref (self->dates);
  G_OBJECT_CLASS (kring_household_domains_parent_class)->finalize (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, stack);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, chart);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, over_time_button);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, compare_button);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, domain_drop);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, domain_names);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, compare_box);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, date_a_drop);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, date_b_drop);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, date_a_names);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, date_b_names);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, all_switch);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, domain_cards);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdDomains, assessment_list);
}

static void
kring_household_domains_class_init (KringHouseholdDomainsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_household_domains_dispose;
  object_class->finalize = kring_household_domains_finalize;
  g_type_ensure (KRING_TYPE_DOMAIN_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/"
                                               "kring-household-domains.ui");
  bind_children (widget_class);
  gtk_widget_class_install_action (widget_class, "domains.new-assessment", NULL, new_assessment);
  gtk_widget_class_install_action (widget_class, "domains.edit-assessment", "s",
                                   edit_assessment);
  gtk_widget_class_install_action (widget_class, "domains.remove-assessment", "s",
                                   remove_assessment);
}

static void
kring_household_domains_init (KringHouseholdDomains *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->domain_ids = g_ptr_array_new_with_free_func (g_free);
  self->dates = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect_swapped (self->compare_button, "notify::active",
                            G_CALLBACK (on_view_changed), self);
  g_signal_connect_swapped (self->domain_drop, "notify::selected",
                            G_CALLBACK (on_view_changed), self);
  g_signal_connect_swapped (self->date_a_drop, "notify::selected",
                            G_CALLBACK (on_view_changed), self);
  g_signal_connect_swapped (self->date_b_drop, "notify::selected",
                            G_CALLBACK (on_view_changed), self);
  g_signal_connect_swapped (self->all_switch, "notify::active",
                            G_CALLBACK (on_all_changed), self);
  update_actions (self);
}

GtkWidget *
kring_household_domains_new (void)
{
  return g_object_new (KRING_TYPE_HOUSEHOLD_DOMAINS, NULL);
}

void
kring_household_domains_set_context (KringHouseholdDomains *self, KringHouseholdContext *context)
{
  g_return_if_fail (KRING_IS_HOUSEHOLD_DOMAINS (self));

  if (context != NULL)
    kring_household_context_ref (context);
  g_clear_pointer (&self->context, kring_household_context_unref);
  self->context = context;
  update_actions (self);
  clear (self);
  if (context != NULL)
    fill (self);
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}
