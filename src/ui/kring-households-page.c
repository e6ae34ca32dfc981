/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-households-page.h"
#include "kring-summary.h"

struct _KringHouseholdsPage
{
  AdwBin               parent_instance;

  KringSummary        *summary;

  GtkStack            *stack;
  GtkBox              *figures;
  GtkBox              *status_flow;
  GtkListBox          *households_list;
};

G_DEFINE_FINAL_TYPE (KringHouseholdsPage, kring_households_page, ADW_TYPE_BIN)

static const KringSummaryQuery queries[] = {
  { "households", "label" },
  { "team_members", NULL },
  { "neighbourhoods", NULL },
  { "actions", "due_on" },
  { "evaluations", "planned_on" },
};

/* The plan's steps in the order a household goes through them. */
typedef struct
{
  const char *status;
  const char *title;
} KringHouseholdsStep;

static const KringHouseholdsStep steps[] = {
  { "aanmelding", NC_ ("household status", "Referral") },
  { "vraagverheldering", NC_ ("household status", "Clarifying the Question") },
  { "plan", NC_ ("household status", "Making the Plan") },
  { "uitvoering", NC_ ("household status", "Carrying Out") },
  { "evaluatie", NC_ ("household status", "Evaluation") },
  { "afgesloten", NC_ ("household status", "Closed") },
};

static const char *
kring_households_page_status_title (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (g_strcmp0 (steps[i].status, status) == 0)
      return g_dpgettext2 (NULL, "household status", steps[i].title);
  return status;
}

static gboolean
kring_households_page_action_is_open (KringRecord *action)
{
  const char *status = kring_record_get_string (action, "status");

  return g_strcmp0 (status, "done") != 0 && g_strcmp0 (status, "cancelled") != 0;
}

/* Open and past its due date (a date-only value is due through that day). */
static gboolean
kring_households_page_action_is_overdue (KringRecord *action, GDateTime *today)
{
  g_autoptr (GDateTime) due = kring_summary_parse_date (kring_record_get_string (action, "due_on"));

  return kring_households_page_action_is_open (action) && due != NULL
         && g_date_time_compare (due, today) < 0;
}

static guint
kring_households_page_count_actions (KringSummaryData *data, const char *household_id,
                                     gboolean overdue_only)
{
  GListModel *actions = kring_summary_data_list (data, "actions");
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                       g_date_time_get_month (now),
                                                       g_date_time_get_day_of_month (now),
                                                       0, 0, 0);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (KringRecord) action = g_list_model_get_item (actions, i);

      if (household_id != NULL
          && g_strcmp0 (kring_record_get_string (action, "household_id"), household_id) != 0)
        continue;
      count += overdue_only ? kring_households_page_action_is_overdue (action, today)
                            : kring_households_page_action_is_open (action);
    }
  return count;
}

/* The household's own next evaluation date, else its first planned
 * evaluation that has not been held yet. */
static const char *
kring_households_page_next_evaluation (KringSummaryData *data, KringRecord *household)
{
  const char *next = kring_record_get_string (household, "next_evaluation_on");
  GListModel *evaluations = kring_summary_data_list (data, "evaluations");

  for (guint i = 0; next == NULL && i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr (KringRecord) evaluation = g_list_model_get_item (evaluations, i);

      if (g_strcmp0 (kring_record_get_string (evaluation, "household_id"),
                     kring_record_get_id (household)) == 0
          && kring_record_get_string (evaluation, "held_on") == NULL)
        next = kring_record_get_string (evaluation, "planned_on");
    }
  return next;
}

static char *
kring_households_page_subtitle (KringSummaryData *data, KringRecord *household)
{
  KringRecord *buurt = kring_summary_data_find (data, "neighbourhoods",
                                                kring_record_get_string (household, "neighbourhood_id"));
  KringRecord *regisseur = kring_summary_data_find (data, "team_members",
                                                    kring_record_get_string (household, "regisseur_id"));
  g_autofree char *date = kring_summary_format_date (
      kring_households_page_next_evaluation (data, household));
  g_autofree char *lead = regisseur != NULL
      ? g_strdup_printf (_("Regisseur %s"), kring_record_get_string (regisseur, "name"))
      : g_strdup (_("No regisseur yet"));
  g_autofree char *evaluation = date != NULL ? g_strdup_printf (_("Next evaluation %s"), date) : NULL;
  const char *parts[] = {
    buurt != NULL ? kring_record_get_string (buurt, "name") : NULL,
    lead,
    evaluation,
  };

  return kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
}

static GtkWidget *
kring_households_page_household_row (KringSummaryData *data, KringRecord *household)
{
  g_autofree char *subtitle = kring_households_page_subtitle (data, household);
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (household, "label"), subtitle);
  const char *status = kring_record_get_string (household, "status");
  guint overdue = kring_households_page_count_actions (data, kring_record_get_id (household), TRUE);

  if (overdue > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u overdue", "%u overdue", overdue),
                                               overdue);

      kring_summary_row_add_tag (row, text, "kring-attention");
    }
  kring_summary_row_add_tag (row, kring_households_page_status_title (status), "kring-tag");
  return row;
}

static guint
kring_households_page_count_status (GListModel *households, const char *status)
{
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr (KringRecord) household = g_list_model_get_item (households, i);

      count += g_strcmp0 (kring_record_get_string (household, "status"), status) == 0;
    }
  return count;
}

static void
kring_households_page_fill_status (KringHouseholdsPage *self, GListModel *households)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      guint count = kring_households_page_count_status (households, steps[i].status);

      kring_summary_add_figure (self->status_flow, count,
                                g_dpgettext2 (NULL, "household status", steps[i].title));
    }
}

static gboolean
kring_households_page_fill (gpointer page, KringSummaryData *data)
{
  KringHouseholdsPage *self = page;
  GListModel *households = kring_summary_data_list (data, "households");
  guint n = g_list_model_get_n_items (households);

  if (n == 0)
    return FALSE;

  kring_summary_add_figure (self->figures, n, ngettext ("Household", "Households", n));
  kring_summary_add_figure (self->figures,
                            kring_households_page_count_actions (data, NULL, FALSE),
                            _("Open actions"));
  kring_summary_add_figure (self->figures,
                            kring_households_page_count_actions (data, NULL, TRUE),
                            _("Overdue actions"));
  kring_households_page_fill_status (self, households);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) household = g_list_model_get_item (households, i);

      gtk_list_box_append (self->households_list,
                           kring_households_page_household_row (data, household));
    }
  return TRUE;
}

static void
kring_households_page_clear (gpointer page)
{
  KringHouseholdsPage *self = page;

  kring_summary_clear (GTK_WIDGET (self->figures));
  kring_summary_clear (GTK_WIDGET (self->status_flow));
  kring_summary_clear (GTK_WIDGET (self->households_list));
}

static void
kring_households_page_dispose (GObject *object)
{
  KringHouseholdsPage *self = KRING_HOUSEHOLDS_PAGE (object);

  g_clear_pointer (&self->summary, kring_summary_free);
  G_OBJECT_CLASS (kring_households_page_parent_class)->dispose (object);
}

static void
kring_households_page_class_init (KringHouseholdsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_households_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-households-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdsPage, figures);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdsPage, status_flow);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdsPage, households_list);
}

static void
kring_households_page_init (KringHouseholdsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->summary = kring_summary_new (self, self->stack, queries, G_N_ELEMENTS (queries),
                                     kring_households_page_fill, kring_households_page_clear);
}

void
kring_households_page_set_store (KringHouseholdsPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_HOUSEHOLDS_PAGE (self));

  kring_summary_set_store (self->summary, store);
}

void
kring_households_page_reload (KringHouseholdsPage *self)
{
  g_return_if_fail (KRING_IS_HOUSEHOLDS_PAGE (self));

  kring_summary_reload (self->summary);
}
