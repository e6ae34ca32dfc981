/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-plan.h"
#include "kring-household-plan-private.h"
#include "kring-households-rows.h"
#include "kring-summary.h"

/*
 * The plan of one household in four sections (goals with their actions,
 * evaluations, deviations, journal), each rebuilt from the context whenever
 * the view hands over a new one. Every button goes through an action of the
 * "plan" group, so keyboard users and tests reach the same code.
 */

struct _KringHouseholdPlanTab
{
  AdwBin                 parent_instance;
  KringHouseholdContext *context;

  GtkStack              *sections;
  GtkWidget             *goals_empty;
  GtkBox                *goals_box;
  GtkWidget             *evaluations_empty;
  GtkBox                *evaluations_box;
  GtkWidget             *deviations_empty;
  GtkBox                *deviations_box;
  GtkWidget             *journal_empty;
  GtkBox                *journal_box;
};

G_DEFINE_FINAL_TYPE (KringHouseholdPlanTab, kring_household_plan_tab, ADW_TYPE_BIN)

static const char *const action_names[] = {
  "plan.add-goal", "plan.add-action", "plan.add-goal-action", "plan.add-evaluation",
  "plan.hold-evaluation", "plan.record-evaluation", "plan.add-deviation", "plan.add-note",
  "plan.edit", "plan.remove", "plan.action-done",
};

/* --- small builders --- */

static GListModel *
rows (KringHouseholdPlanTab *self, const char *table)
{
  return kring_household_context_rows (self->context, table);
}

static GtkWidget *
boxed_list_new (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-4");
  return label;
}

/* A flat icon button at the end of @row for @action with target @target. */
static GtkWidget *
row_button (GtkWidget *row, const char *icon, const char *tooltip, const char *action,
            GVariant *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static void
row_edit_remove (GtkWidget *row, KringRecord *record)
{
  const char *table = kring_record_get_table (record);
  const char *id = kring_record_get_id (record);

  row_button (row, "document-edit-symbolic", _("Edit"), "plan.edit",
              g_variant_new ("(ss)", table, id));
  row_button (row, "user-trash-symbolic", _("Remove"), "plan.remove",
              g_variant_new ("(ss)", table, id));
}

/* A label at the end of @row (a date), styled by @css_class. */
static void
row_add_label (GtkWidget *row, const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

/* A pill at the end of @row coloured like the household status @tone
 * ("uitvoering" green, "aanmelding" accent …), or a plain tag for NULL. */
static void
row_add_pill (GtkWidget *row, const char *text, const char *tone)
{
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *tone_class = tone != NULL ? g_strconcat ("kring-status-", tone, NULL) : NULL;

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, tone != NULL ? "kring-status" : "kring-tag");
  if (tone_class != NULL)
    gtk_widget_add_css_class (label, tone_class);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

/* The pill colour of a goal's or action's status. */
static const char *
status_tone (const char *status)
{
  if (g_strcmp0 (status, "in_progress") == 0)
    return "aanmelding";
  if (g_strcmp0 (status, "achieved") == 0 || g_strcmp0 (status, "done") == 0)
    return "uitvoering";
  if (g_strcmp0 (status, "not_achieved") == 0)
    return "evaluatie";
  if (g_strcmp0 (status, "cancelled") == 0)
    return "afgesloten";
  return NULL;
}

static char *
day (const char *iso)
{
  char *text = kring_households_format_day (iso);

  return text != NULL ? text : g_strdup ("");
}

/* A section shows its rows, or its guiding empty state when it has none. */
static void
section_show (GtkWidget *empty, GtkBox *box, gboolean has_rows)
{
  gtk_widget_set_visible (empty, !has_rows);
  gtk_widget_set_visible (GTK_WIDGET (box), has_rows);
}

/* --- goals and actions --- */

static gboolean
action_is_open (KringRecord *action)
{
  const char *status = kring_record_get_string (action, "status");

  return g_strcmp0 (status, "done") != 0 && g_strcmp0 (status, "cancelled") != 0;
}

static void
done_toggled (GtkCheckButton *check, gpointer user_data)
{
  const char *id = g_object_get_data (G_OBJECT (check), "action-id");

  gtk_widget_activate_action (GTK_WIDGET (check), "plan.action-done", "(sb)", id,
                              gtk_check_button_get_active (check));
}

static void
action_add_done (GtkWidget *row, KringRecord *action)
{
  GtkWidget *check = gtk_check_button_new_with_label (g_dpgettext2 (NULL, "action status",
                                                                    "Done"));
  g_autofree char *name = g_strconcat ("done-", kring_record_get_id (action), NULL);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_name (check, name);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_strcmp0 (kring_record_get_string (action, "status"), "done") == 0);
  g_object_set_data_full (G_OBJECT (check), "action-id",
                          g_strdup (kring_record_get_id (action)), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (done_toggled), NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
}

/* Who does it: the name the plan gives the actor, whatever its kind. */
static char *
action_who (KringRecord *action)
{
  const char *label = kring_record_get_string (action, "actor_label");

  if (label == NULL || *label == '\0')
    label = kring_record_get_string (action, "actor_name");
  if (label == NULL || *label == '\0')
    return g_strdup (_("Nobody yet"));
  return g_strdup_printf (_("Who: %s"), label);
}

static void
action_add_due (GtkWidget *row, KringRecord *action)
{
  const char *due_on = kring_record_get_string (action, "due_on");
  g_autofree char *due = day (due_on);
  g_autofree char *text = NULL;
  gboolean overdue = action_is_open (action) && kring_households_is_past (due_on);

  if (due_on == NULL)
    return;
  text = g_strdup_printf (_("Before %s"), due);
  row_add_label (row, text, overdue ? "kring-overdue" : "dim-label");
}

static GtkWidget *
action_row_new (KringRecord *action)
{
  g_autofree char *who = action_who (action);
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (action, "what"), who);
  const char *status = kring_record_get_string (action, "status");

  action_add_done (row, action);
  action_add_due (row, action);
  if (g_strcmp0 (status, "done") != 0)
    row_add_pill (row, kring_plan_action_status_title (status), status_tone (status));
  else
    gtk_widget_add_css_class (row, "dim-label");
  row_edit_remove (row, action);
  return row;
}

/* The actions of @goal_id (NULL: those without a known goal) into @list. */
static guint
add_actions (KringHouseholdPlanTab *self, GtkListBox *list, const char *goal_id)
{
  GListModel *actions = rows (self, "actions");
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (KringRecord) action = g_list_model_get_item (actions, i);
      const char *of = kring_record_get_string (action, "goal_id");

      if (goal_id != NULL ? g_strcmp0 (of, goal_id) != 0
                          : of != NULL && kring_household_context_find (self->context, "goals",
                                                                        of) != NULL)
        continue;
      gtk_list_box_append (list, action_row_new (action));
      n++;
    }
  return n;
}

static GtkWidget *
goal_row_new (KringRecord *goal)
{
  const char *target_on = kring_record_get_string (goal, "target_on");
  g_autofree char *target = day (target_on);
  g_autofree char *subtitle = target_on != NULL ? g_strdup_printf (_("Target date %s"), target)
                                                : g_strdup (_("No target date"));
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (goal, "description"),
                                          subtitle);
  const char *status = kring_record_get_string (goal, "status");
  GtkWidget *icon = gtk_image_new_from_icon_name ("emoji-flags-symbolic");

  gtk_widget_add_css_class (icon, "accent");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  row_add_pill (row, kring_plan_goal_status_title (status), status_tone (status));
  row_button (row, "list-add-symbolic", _("Add Action to This Goal"), "plan.add-goal-action",
              g_variant_new_string (kring_record_get_id (goal)));
  row_edit_remove (row, goal);
  return row;
}

static void
add_goal (KringHouseholdPlanTab *self, GtkBox *group, KringRecord *goal)
{
  GtkWidget *list = boxed_list_new ();

  gtk_list_box_append (GTK_LIST_BOX (list), goal_row_new (goal));
  if (add_actions (self, GTK_LIST_BOX (list), kring_record_get_id (goal)) == 0)
    {
      GtkWidget *none = kring_summary_row_new (_("No actions yet: add who does what."), NULL);

      gtk_widget_add_css_class (none, "dim-label");
      gtk_list_box_append (GTK_LIST_BOX (list), none);
    }
  gtk_box_append (group, list);
}

/* Whether @goal belongs under @domain_id (NULL: "Other", no known domain). */
static gboolean
goal_in_domain (KringHouseholdPlanTab *self, KringRecord *goal, const char *domain_id)
{
  const char *of = kring_record_get_string (goal, "domain_term_id");

  if (domain_id != NULL)
    return g_strcmp0 (of, domain_id) == 0;
  return *kring_household_context_domain_name (self->context, of) == '\0';
}

/* One life domain with its goals; nothing when it has none. */
static guint
add_domain (KringHouseholdPlanTab *self, const char *domain_id, const char *title)
{
  GListModel *goals = rows (self, "goals");
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  guint n = 0;

  gtk_box_append (self->goals_box, group);
  gtk_box_append (GTK_BOX (group), heading_new (title));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr (KringRecord) goal = g_list_model_get_item (goals, i);

      if (!goal_in_domain (self, goal, domain_id))
        continue;
      add_goal (self, GTK_BOX (group), goal);
      n++;
    }
  if (n == 0)
    gtk_box_remove (self->goals_box, group);
  return n;
}

static guint
add_other_agreements (KringHouseholdPlanTab *self)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = boxed_list_new ();
  guint n;

  gtk_box_append (self->goals_box, group);
  gtk_box_append (GTK_BOX (group), heading_new (_("Other Agreements")));
  gtk_box_append (GTK_BOX (group), list);
  n = add_actions (self, GTK_LIST_BOX (list), NULL);
  if (n == 0)
    gtk_box_remove (self->goals_box, group);
  return n;
}

static void
fill_goals (KringHouseholdPlanTab *self)
{
  GListModel *domains = self->context->domains;
  guint n = 0;

  for (guint i = 0; domains != NULL && i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr (KringRecord) domain = g_list_model_get_item (domains, i);

      n += add_domain (self, kring_record_get_id (domain),
                       kring_record_get_string (domain, "name"));
    }
  n += add_domain (self, NULL, _("Other"));
  /* Without goals the guide stays, above any agreements made already. */
  gtk_widget_set_visible (self->goals_empty, n == 0);
  n += add_other_agreements (self);
  gtk_widget_set_visible (GTK_WIDGET (self->goals_box), n > 0);
}

/* --- evaluations --- */

static const char *
evaluation_day (KringRecord *evaluation)
{
  const char *held_on = kring_record_get_string (evaluation, "held_on");

  return held_on != NULL ? held_on : kring_record_get_string (evaluation, "planned_on");
}

/* The planned evaluation not held yet that comes first, or NULL. */
static KringRecord *
next_evaluation (KringHouseholdPlanTab *self)
{
  GListModel *evaluations = rows (self, "evaluations");
  KringRecord *next = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr (KringRecord) evaluation = g_list_model_get_item (evaluations, i);
      const char *planned_on = kring_record_get_string (evaluation, "planned_on");

      if (kring_record_get_string (evaluation, "held_on") != NULL || planned_on == NULL)
        continue;
      if (next == NULL || g_strcmp0 (planned_on, kring_record_get_string (next, "planned_on")) < 0)
        next = evaluation;
    }
  return next;
}

static char *
evaluation_subtitle (KringHouseholdPlanTab *self, KringRecord *evaluation)
{
  const char *planned_on = kring_record_get_string (evaluation, "planned_on");
  const char *held_on = kring_record_get_string (evaluation, "held_on");
  const char *led_by = kring_record_get_string (evaluation, "led_by_id");
  g_autofree char *planned = planned_on != NULL ? day (planned_on) : NULL;
  g_autofree char *held = held_on != NULL ? day (held_on) : NULL;
  g_autofree char *leader = led_by != NULL ? kring_household_context_name (self->context,
                                                                          "team_members", led_by)
                                           : NULL;
  char *parts[3] = {
    planned != NULL ? g_strdup_printf (_("Planned on %s"), planned) : NULL,
    held != NULL ? g_strdup_printf (_("Held on %s"), held) : NULL,
    leader != NULL && *leader != '\0' ? g_strdup_printf (_("Led by %s"), leader) : NULL,
  };
  g_autofree char *facts = kring_summary_join_parts ((const char *const *) parts, 3);
  const char *summary = kring_record_get_string (evaluation, "summary");

  for (guint i = 0; i < 3; i++)
    g_free (parts[i]);
  if (summary == NULL)
    return g_steal_pointer (&facts);
  return g_strdup_printf ("%s\n%s", facts != NULL ? facts : "", summary);
}

static GtkWidget *
evaluation_row_new (KringHouseholdPlanTab *self, KringRecord *evaluation, gboolean next)
{
  g_autofree char *subtitle = evaluation_subtitle (self, evaluation);
  const char *kind = kring_record_get_string (evaluation, "kind");
  GtkWidget *row = kring_summary_row_new (kring_plan_evaluation_kind_title (kind), subtitle);
  gboolean held = kring_record_get_string (evaluation, "held_on") != NULL;

  if (next)
    row_add_pill (row, _("Next"), "aanmelding");
  if (!held && kring_households_is_past (kring_record_get_string (evaluation, "planned_on")))
    kring_summary_row_add_tag (row, _("Not recorded yet"), "kring-overdue-badge");
  if (!held)
    row_button (row, "object-select-symbolic", _("Record Evaluation"), "plan.record-evaluation",
                g_variant_new_string (kring_record_get_id (evaluation)));
  row_edit_remove (row, evaluation);
  return row;
}

static int
later_first (gconstpointer a, gconstpointer b)
{
  KringRecord *x = *(KringRecord **) a;
  KringRecord *y = *(KringRecord **) b;

  return -g_strcmp0 (evaluation_day (x), evaluation_day (y));
}

static void
fill_evaluations (KringHouseholdPlanTab *self)
{
  GListModel *evaluations = rows (self, "evaluations");
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *next = next_evaluation (self);
  GtkWidget *list = boxed_list_new ();

  for (guint i = 0; i < g_list_model_get_n_items (evaluations); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (evaluations, i));
  g_ptr_array_sort (sorted, later_first);
  for (guint i = 0; i < sorted->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         evaluation_row_new (self, sorted->pdata[i], sorted->pdata[i] == next));
  gtk_box_append (self->evaluations_box, list);
  section_show (self->evaluations_empty, self->evaluations_box, sorted->len > 0);
}

/* --- deviations and journal --- */

/* "3 maart 2027 · Daan Hoekstra": a day and, when known, a team member. */
static char *
day_and_member (KringHouseholdPlanTab *self, const char *iso, const char *member_id,
                const char *fallback)
{
  g_autofree char *date = day (iso);
  g_autofree char *name = member_id != NULL ? kring_household_context_name (self->context,
                                                                           "team_members",
                                                                           member_id) : NULL;
  const char *parts[] = { date, name != NULL && *name != '\0' ? name : fallback };

  return kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
}

static GtkWidget *
deviation_row_new (KringHouseholdPlanTab *self, KringRecord *deviation)
{
  g_autofree char *when = day_and_member (self, kring_record_get_string (deviation, "occurred_on"),
                                          kring_record_get_string (deviation, "decided_by_id"),
                                          NULL);
  g_autofree char *reason = g_strdup_printf (_("Reason: %s"),
                                             kring_record_get_string (deviation, "reason"));
  const char *note = kring_record_get_string (deviation, "note");
  g_autofree char *subtitle = g_strjoin ("\n", reason, when != NULL ? when : "", note, NULL);
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (deviation, "description"),
                                          subtitle);

  row_edit_remove (row, deviation);
  return row;
}

static GtkWidget *
note_row_new (KringHouseholdPlanTab *self, KringRecord *note)
{
  g_autofree char *when = day_and_member (self, kring_record_get_string (note, "written_on"),
                                          kring_record_get_string (note, "author_id"),
                                          kring_record_get_string (note, "author"));
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (note, "text"), when);

  row_edit_remove (row, note);
  return row;
}

typedef GtkWidget *(*RowNew) (KringHouseholdPlanTab *self, KringRecord *record);

/* @table's rows in the plan's order, one row each, into @box. */
static void
fill_list (KringHouseholdPlanTab *self, const char *table, GtkWidget *empty, GtkBox *box,
           RowNew row_new)
{
  GListModel *records = rows (self, table);
  GtkWidget *list = boxed_list_new ();
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (records, i);

      gtk_list_box_append (GTK_LIST_BOX (list), row_new (self, record));
    }
  gtk_box_append (box, list);
  section_show (empty, box, n > 0);
}

static void
clear_all (KringHouseholdPlanTab *self)
{
  kring_summary_clear (GTK_WIDGET (self->goals_box));
  kring_summary_clear (GTK_WIDGET (self->evaluations_box));
  kring_summary_clear (GTK_WIDGET (self->deviations_box));
  kring_summary_clear (GTK_WIDGET (self->journal_box));
  section_show (self->goals_empty, self->goals_box, TRUE);
  section_show (self->evaluations_empty, self->evaluations_box, TRUE);
  section_show (self->deviations_empty, self->deviations_box, TRUE);
  section_show (self->journal_empty, self->journal_box, TRUE);
}

static void
fill_all (KringHouseholdPlanTab *self)
{
  fill_goals (self);
  fill_evaluations (self);
  fill_list (self, "deviations", self->deviations_empty, self->deviations_box,
             deviation_row_new);
  fill_list (self, "journal_notes", self->journal_empty, self->journal_box, note_row_new);
}

/* --- actions --- */

static KringHouseholdContext *
context_of (GtkWidget *widget)
{
  return KRING_HOUSEHOLD_PLAN_TAB (widget)->context;
}

static void
add_goal_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  kring_plan_goal_form (context_of (widget), NULL);
}

static void
add_action_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  kring_plan_action_form (context_of (widget), NULL,
                          param != NULL ? g_variant_get_string (param, NULL) : NULL);
}

static void
add_evaluation_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  kring_plan_evaluation_form (context_of (widget), NULL, FALSE);
}

/* Records the next planned evaluation, or one that was not planned. */
static void
hold_evaluation_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KringHouseholdContext *context = context_of (widget);
  KringRecord *evaluation = param != NULL
    ? kring_household_context_find (context, "evaluations", g_variant_get_string (param, NULL))
    : next_evaluation (KRING_HOUSEHOLD_PLAN_TAB (widget));

  kring_plan_evaluation_form (context, evaluation, TRUE);
}

static void
add_deviation_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  kring_plan_deviation_form (context_of (widget), NULL);
}

static void
add_note_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  kring_plan_note_form (context_of (widget), NULL);
}

/* The row (table, id) a row button points at; a toast when it is gone. */
static KringRecord *
target_record (KringHouseholdContext *context, GVariant *param)
{
  const char *table = NULL;
  const char *id = NULL;
  KringRecord *record;

  g_variant_get (param, "(&s&s)", &table, &id);
  record = kring_household_context_find (context, table, id);
  if (record == NULL)
    kring_household_context_toast (context, _("This item no longer exists."));
  return record;
}

static void
edit_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KringHouseholdContext *context = context_of (widget);
  KringRecord *record = target_record (context, param);
  const char *table = record != NULL ? kring_record_get_table (record) : "";

  if (g_str_equal (table, "goals"))
    kring_plan_goal_form (context, record);
  else if (g_str_equal (table, "actions"))
    kring_plan_action_form (context, record, NULL);
  else if (g_str_equal (table, "evaluations"))
    kring_plan_evaluation_form (context, record, FALSE);
  else if (g_str_equal (table, "deviations"))
    kring_plan_deviation_form (context, record);
  else if (g_str_equal (table, "journal_notes"))
    kring_plan_note_form (context, record);
}

static const char *
removed_what (const char *table)
{
  if (g_str_equal (table, "goals"))
    return _("Goal");
  if (g_str_equal (table, "actions"))
    return _("Action");
  if (g_str_equal (table, "evaluations"))
    return _("Evaluation");
  if (g_str_equal (table, "deviations"))
    return _("Deviation");
  return _("Note");
}

/* Removing a goal keeps its actions: they move to "Other agreements", and
 * Undo links them again. */
static void
remove_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KringHouseholdContext *context = context_of (widget);
  KringRecord *record = target_record (context, param);

  if (record != NULL)
    kring_household_context_remove (context, record,
                                    removed_what (kring_record_get_table (record)));
}

/* When "Gedaan" could not be saved (the context says why), the check
 * goes back to what is stored. */
static void
action_done_saved (gpointer user_data, const GError *error)
{
  g_autoptr (KringHouseholdPlanTab) self = user_data;

  if (error != NULL && self->context != NULL)
    {
      clear_all (self);
      fill_all (self);
    }
}

static void
action_done_activated (GtkWidget *widget, const char *name, GVariant *param)
{
  KringHouseholdContext *context = context_of (widget);
  const char *id = NULL;
  gboolean done = FALSE;
  KringRecord *action;

  g_variant_get (param, "(&sb)", &id, &done);
  action = kring_household_context_find (context, "actions", id);
  if (action == NULL)
    kring_household_context_toast (context, _("This item no longer exists."));
  else
    kring_plan_action_set_done (context, action, done, action_done_saved, g_object_ref (widget));
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.add-goal", NULL, add_goal_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-action", NULL, add_action_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-goal-action", "s",
                                   add_action_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-evaluation", NULL,
                                   add_evaluation_activated);
  gtk_widget_class_install_action (widget_class, "plan.hold-evaluation", NULL,
                                   hold_evaluation_activated);
  gtk_widget_class_install_action (widget_class, "plan.record-evaluation", "s",
                                   hold_evaluation_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-deviation", NULL,
                                   add_deviation_activated);
  gtk_widget_class_install_action (widget_class, "plan.add-note", NULL, add_note_activated);
  gtk_widget_class_install_action (widget_class, "plan.edit", "(ss)", edit_activated);
  gtk_widget_class_install_action (widget_class, "plan.remove", "(ss)", remove_activated);
  gtk_widget_class_install_action (widget_class, "plan.action-done", "(sb)",
                                   action_done_activated);
}

static void
set_actions_enabled (KringHouseholdPlanTab *self, gboolean enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), action_names[i], enabled);
}

/* --- the type --- */

static void
kring_household_plan_tab_dispose (GObject *object)
{
  KringHouseholdPlanTab *self = KRING_HOUSEHOLD_PLAN_TAB (object);

  g_clear_pointer (&self->context, kring_household_context_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KRING_TYPE_HOUSEHOLD_PLAN_TAB);
  G_OBJECT_CLASS (kring_household_plan_tab_parent_class)->dispose (object);
}

static void
kring_household_plan_tab_class_init (KringHouseholdPlanTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kring_household_plan_tab_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/"
                                               "kring-household-plan.ui");
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdPlanTab, sections);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdPlanTab, goals_empty);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdPlanTab, goals_box);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdPlanTab, evaluations_empty);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdPlanTab, evaluations_box);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdPlanTab, deviations_empty);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdPlanTab, deviations_box);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdPlanTab, journal_empty);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdPlanTab, journal_box);
  install_actions (widget_class);
}

static void
kring_household_plan_tab_init (KringHouseholdPlanTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_actions_enabled (self, FALSE);
}

GtkWidget *
kring_household_plan_tab_new (void)
{
  return g_object_new (KRING_TYPE_HOUSEHOLD_PLAN_TAB, NULL);
}

void
kring_household_plan_tab_set_context (KringHouseholdPlanTab *self, KringHouseholdContext *context)
{
  g_return_if_fail (KRING_IS_HOUSEHOLD_PLAN_TAB (self));

  if (context != NULL)
    kring_household_context_ref (context);
  g_clear_pointer (&self->context, kring_household_context_unref);
  self->context = context;
  clear_all (self);
  set_actions_enabled (self, context != NULL);
  if (context != NULL)
    fill_all (self);
}
