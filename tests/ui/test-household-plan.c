/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gi18n.h>
#include "kring-form-dialog.h"
#include "kring-household-plan.h"
#include "kring-store-household.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The plan tab against a real, keyring-unlocked store holding the example
 * district: it shows the household's goals and actions; a goal and an
 * action for a sociale kaart contact added through the forms are stored and
 * reach the regisseur's task list; "Gedaan" closes the action; an
 * opschalen evaluation, a deviation (refused without a reason) and a
 * journal note are stored; removing a goal keeps its actions and Undo links
 * them again; every change leaves an 'update' in the audit log.
 */

#define HOUSEHOLD_LABEL "Gezin K."

typedef struct
{
  char                  *dir;
  KringStore            *store;
  GtkWindow             *window;
  KringHouseholdPlanTab *tab;
  KringHouseholdContext *context;
  char                  *household_id;
  guint                  changes;
} Fixture;

/* Reads the plan again and hands it to the tab, as the view does. */
static void
load_context (Fixture *f)
{

  kring_ui_test_reload_context (f->store, f->household_id, &f->context, &f->changes);
  kring_household_plan_tab_set_context (f->tab, f->context);
}

/* Waits for the next saved change, then reloads. */
static void
wait_changed (Fixture *f)
{
  kring_ui_test_await_change (&f->changes, f->changes);
  load_context (f);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) households = NULL;
  g_autoptr (KringRecord) household = NULL;

  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  households = kring_test_list (f->store, "households", "label",
                                data != NULL ? data : HOUSEHOLD_LABEL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (households), ==, 1);
  household = g_list_model_get_item (households, 0);
  f->household_id = g_strdup (kring_record_get_id (household));
  f->tab = KRING_HOUSEHOLD_PLAN_TAB (kring_household_plan_tab_new ());
  f->window = kring_ui_test_window (GTK_WIDGET (f->tab), 1366);
  load_context (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_household_plan_tab_set_context (f->tab, NULL);
  g_clear_pointer (&f->context, kring_household_context_unref);
  kring_ui_test_close (f->window, &f->store);
  g_free (f->household_id);
  g_free (f->dir);
}

/* --- finding what the tab shows --- */

/* How many rows below @widget have the title @title. */
static guint
count_rows (GtkWidget *widget, const char *title)
{
  guint n = 0;

  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    n++;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    n += count_rows (c, title);
  return n;
}

static guint
shown (Fixture *f, const char *title)
{
  return count_rows (GTK_WIDGET (f->tab), title);
}

static void
show_section (Fixture *f, const char *name)
{
  GtkStack *sections = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (f->tab),
                                                                 KRING_TYPE_HOUSEHOLD_PLAN_TAB,
                                                                 "sections"));

  gtk_stack_set_visible_child_name (sections, name);
}

/* Chooses item @index of @column's drop-down and checks it stands for @id. */
static void
choose (KringFormDialog *dialog, const char *column, guint index, const char *id)
{
  kring_ui_test_choose_at (dialog, column, index);
  g_assert_cmpstr (kring_form_dialog_get (dialog, column), ==, id);
}

static void
save (Fixture *f, KringFormDialog *dialog)
{
  g_assert_true (kring_form_dialog_activate_save (dialog));
  wait_changed (f);
}

/* A date @days from today as the Dutch type it ("3-2-2027"), and as stored. */
static char *
date_from_today (int days, gboolean typed)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, typed ? "%-d-%-m-%Y" : "%Y-%m-%d");
}

/* The one stored row of @table where @column = @value. */
static KringRecord *
stored (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  return g_list_model_get_item (rows, 0);
}

static guint
count_stored (Fixture *f, const char *table)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, "household_id",
                                                 f->household_id, NULL);

  return g_list_model_get_n_items (rows);
}

static guint
audit_updates (Fixture *f)
{
  return kring_ui_test_count_audit (f->store, f->household_id, "update");
}

/* Saves a light and a dark picture of the tab when KRING_SHOT_DIR is set. */
static void
maybe_screenshot (Fixture *f, const char *name)
{
  kring_ui_test_screenshot (GTK_WIDGET (f->window), name);
}

/* --- the tests --- */

static void
assert_all_shown (Fixture *f, const char *table, const char *column)
{
  GListModel *rows = kring_household_context_rows (f->context, table);

  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      g_assert_cmpuint (shown (f, kring_record_get_string (row, column)), >=, 1);
    }
}

static void
test_shown (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) goal = g_list_model_get_item (kring_household_context_rows (f->context,
                                                                                    "goals"), 0);
  g_assert_cmpuint (count_stored (f, "goals"), ==,
                    g_list_model_get_n_items (kring_household_context_rows (f->context, "goals")));
  assert_all_shown (f, "goals", "description");
  assert_all_shown (f, "actions", "what");
  assert_all_shown (f, "deviations", "description");
  maybe_screenshot (f, "household-plan");
  show_section (f, "evaluations");
  maybe_screenshot (f, "household-plan-evaluations");
  show_section (f, "journal");
  maybe_screenshot (f, "household-plan-journal");
  /* Without a context the tab shows nothing of the household. */
  kring_household_plan_tab_set_context (f->tab, NULL);
  g_assert_cmpuint (shown (f, kring_record_get_string (goal, "description")), ==, 0);
}

static gboolean
visible_child (Fixture *f, const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->tab),
                                                  KRING_TYPE_HOUSEHOLD_PLAN_TAB, name);

  return gtk_widget_get_visible (GTK_WIDGET (child));
}

/* A household just registered: the guide to making goals above its two
 * agreements without a goal ("Overige afspraken"), and no deviations. */
static void
test_new_household (Fixture *f, gconstpointer data)
{
  g_assert_cmpuint (count_stored (f, "goals"), ==, 0);
  g_assert_cmpuint (count_stored (f, "deviations"), ==, 0);
  g_assert_true (visible_child (f, "goals_box"));
  g_assert_true (visible_child (f, "goals_empty"));
  g_assert_cmpuint (shown (f, "Eerste huisbezoek plannen en kennismaken met moeder"), ==, 1);
  g_assert_true (visible_child (f, "deviations_empty"));
  g_assert_false (visible_child (f, "deviations_box"));
  maybe_screenshot (f, "household-plan-new");
  show_section (f, "deviations");
  maybe_screenshot (f, "household-plan-no-deviations");
}

static guint
actor_index (Fixture *f, const char *actor)
{
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) labels = NULL;

  kring_household_context_actors (f->context, &ids, &labels);
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], actor))
      return i + 1;  /* after "Nobody yet" */
  g_assert_not_reached ();
}

static char *
add_goal (Fixture *f, KringRecord *domain)
{
  KringFormDialog *dialog;
  g_autoptr (KringRecord) goal = NULL;
  g_autofree char *target = date_from_today (60, TRUE);

  dialog = kring_ui_test_open_form (GTK_WIDGET (f->tab), "plan.add-goal", NULL);
  choose (dialog, "domain_term_id", 1, kring_record_get_id (domain));
  kring_ui_test_type (dialog, "description", "Samen een weekbudget maken");
  kring_ui_test_type (dialog, "target_on", target);
  save (f, dialog);
  goal = stored (f, "goals", "description", "Samen een weekbudget maken");
  g_assert_cmpstr (kring_record_get_string (goal, "domain_term_id"), ==,
                   kring_record_get_id (domain));
  g_assert_cmpstr (kring_record_get_string (goal, "household_id"), ==, f->household_id);
  g_assert_cmpstr (kring_record_get_string (goal, "status"), ==, "open");
  g_assert_cmpuint (shown (f, "Samen een weekbudget maken"), ==, 1);
  return g_strdup (kring_record_get_id (goal));
}

static gboolean
task_listed (KringStore *store, const char *member_id, const char *action_id)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GAsyncResult) done = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) tasks = NULL;
  gboolean found = FALSE;

  kring_store_tasks_async (store, member_id, NULL, kring_test_store_result, &result);
  done = kring_test_await (&result);
  tasks = kring_store_tasks_finish (store, done, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr (KringRecord) task = g_list_model_get_item (tasks, i);

      found |= g_strcmp0 (kring_record_get_id (task), action_id) == 0;
    }
  return found;
}

static void
test_goal_and_action (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) domain = g_list_model_get_item (f->context->domains, 0);
  g_autoptr (KringRecord) contact = g_list_model_get_item (f->context->contacts, 0);
  g_autofree char *actor = g_strconcat ("contact:", kring_record_get_id (contact), NULL);
  g_autofree char *due = date_from_today (7, TRUE);
  g_autofree char *due_iso = date_from_today (7, FALSE);
  g_autofree char *today = date_from_today (0, FALSE);
  g_autofree char *goal_id = NULL;
  g_autofree char *done_name = NULL;
  g_autofree char *regisseur = g_strdup (kring_record_get_string (f->context->household,
                                                                  "regisseur_id"));
  guint updates = audit_updates (f);
  KringFormDialog *dialog;
  g_autoptr (KringRecord) action = NULL;
  g_autoptr (KringRecord) closed = NULL;

  goal_id = add_goal (f, domain);
  dialog = kring_ui_test_open_form (GTK_WIDGET (f->tab), "plan.add-goal-action", goal_id);
  g_assert_cmpstr (kring_form_dialog_get (dialog, "goal_id"), ==, goal_id);
  kring_ui_test_type (dialog, "what", "Afspraak maken bij de schuldhulp");
  choose (dialog, "_actor", actor_index (f, actor), actor);
  kring_ui_test_type (dialog, "due_on", due);
  kring_ui_test_screenshot (GTK_WIDGET (dialog), "household-plan-action-form");
  save (f, dialog);
  action = stored (f, "actions", "what", "Afspraak maken bij de schuldhulp");
  g_assert_cmpstr (kring_record_get_string (action, "goal_id"), ==, goal_id);
  g_assert_cmpstr (kring_record_get_string (action, "actor_kind"), ==, "contact");
  g_assert_cmpstr (kring_record_get_string (action, "actor_id"), ==,
                   kring_record_get_id (contact));
  g_assert_cmpstr (kring_record_get_string (action, "due_on"), ==, due_iso);
  g_assert_cmpstr (kring_record_get_string (action, "status"), ==, "open");
  g_assert_cmpuint (shown (f, "Afspraak maken bij de schuldhulp"), ==, 1);
  /* The regisseur's task list has it. */
  g_assert_true (task_listed (f->store, regisseur, kring_record_get_id (action)));
  maybe_screenshot (f, "household-plan-added");

  /* "Gedaan" closes it, today. */
  done_name = g_strconcat ("done-", kring_record_get_id (action), NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (kring_ui_test_find_named (GTK_WIDGET (f->tab), done_name)),
                               TRUE);
  wait_changed (f);
  closed = stored (f, "actions", "id", kring_record_get_id (action));
  g_assert_cmpstr (kring_record_get_string (closed, "status"), ==, "done");
  g_assert_cmpstr (kring_record_get_string (closed, "done_on"), ==, today);
  g_assert_false (task_listed (f->store, regisseur, kring_record_get_id (action)));
  g_assert_cmpuint (audit_updates (f), >=, updates + 3);
}

/* "Evaluatie vastleggen" holds the next planned one (@id), today. */
static void
record_next_evaluation (Fixture *f, const char *id)
{
  g_autofree char *today = date_from_today (0, FALSE);
  g_autoptr (KringRecord) held = NULL;
  KringFormDialog *dialog;

  dialog = kring_ui_test_open_form (GTK_WIDGET (f->tab), "plan.hold-evaluation", NULL);
  g_assert_false (kring_form_dialog_activate_save (dialog));  /* the summary is required */
  kring_ui_test_type (dialog, "summary", "Schuldhulp loopt; de tweede lijn kijkt mee.");
  save (f, dialog);
  held = stored (f, "evaluations", "id", id);
  g_assert_cmpstr (kring_record_get_string (held, "held_on"), ==, today);
  g_assert_cmpstr (kring_record_get_string (held, "summary"), ==,
                   "Schuldhulp loopt; de tweede lijn kijkt mee.");
}

static void
test_evaluation_deviation_note (Fixture *f, gconstpointer data)
{
  g_autofree char *planned = date_from_today (23, TRUE);
  g_autofree char *planned_iso = date_from_today (23, FALSE);
  guint deviations = count_stored (f, "deviations");
  guint updates = audit_updates (f);
  KringFormDialog *dialog;
  g_autoptr (KringRecord) evaluation = NULL;
  g_autoptr (KringRecord) deviation = NULL;
  g_autoptr (KringRecord) note = NULL;

  dialog = kring_ui_test_open_form (GTK_WIDGET (f->tab), "plan.add-evaluation", NULL);
  choose (dialog, "kind", 1, "opschalen");
  kring_ui_test_type (dialog, "planned_on", planned);
  save (f, dialog);
  evaluation = stored (f, "evaluations", "planned_on", planned_iso);
  g_assert_cmpstr (kring_record_get_string (evaluation, "kind"), ==, "opschalen");
  g_assert_null (kring_record_get_string (evaluation, "held_on"));
  g_assert_cmpuint (shown (f, g_dpgettext2 (NULL, "evaluation kind", "Scaling Up")), >=, 1);
  record_next_evaluation (f, kring_record_get_id (evaluation));

  /* A deviation without its reason is refused. */
  dialog = kring_ui_test_open_form (GTK_WIDGET (f->tab), "plan.add-deviation", NULL);
  kring_ui_test_type (dialog, "description", "Huisbezoek verplaatst naar school");
  g_assert_false (kring_form_dialog_activate_save (dialog));
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_cmpuint (count_stored (f, "deviations"), ==, deviations);
  kring_ui_test_type (dialog, "reason", "Moeder wilde niet dat de kinderen het gesprek hoorden");
  save (f, dialog);
  deviation = stored (f, "deviations", "description", "Huisbezoek verplaatst naar school");
  g_assert_cmpstr (kring_record_get_string (deviation, "reason"), ==,
                   "Moeder wilde niet dat de kinderen het gesprek hoorden");
  g_assert_cmpuint (shown (f, "Huisbezoek verplaatst naar school"), ==, 1);

  dialog = kring_ui_test_open_form (GTK_WIDGET (f->tab), "plan.add-note", NULL);
  kring_ui_test_type (dialog, "text", "Gebeld met de school over de nieuwe afspraak.");
  save (f, dialog);
  note = stored (f, "journal_notes", "text", "Gebeld met de school over de nieuwe afspraak.");
  g_assert_true (kring_record_get_string (note, "author") != NULL ||
                 kring_record_get_string (note, "author_id") != NULL);
  g_assert_cmpuint (audit_updates (f), >=, updates + 3);
  show_section (f, "evaluations");
  maybe_screenshot (f, "household-plan-evaluations-added");
}

/* Editing: a goal achieved gets closed today; an action given to someone
 * outside the lists keeps only the typed name. */
static void
test_edit (Fixture *f, gconstpointer data)
{
  g_autofree char *today = date_from_today (0, FALSE);
  g_autoptr (KringRecord) goal = g_list_model_get_item (kring_household_context_rows (f->context,
                                                                                    "goals"), 0);
  g_autoptr (KringRecord) action = g_list_model_get_item (
    kring_household_context_rows (f->context, "actions"), 0);
  g_autoptr (KringRecord) achieved = NULL;
  g_autoptr (KringRecord) given = NULL;
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) labels = NULL;
  KringFormDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->tab), "plan.edit", "(ss)", "goals",
                              kring_record_get_id (goal));
  dialog = kring_ui_test_await_form ();
  g_assert_cmpstr (kring_form_dialog_get (dialog, "description"), ==,
                   kring_record_get_string (goal, "description"));
  choose (dialog, "status", 2, "achieved");
  save (f, dialog);
  achieved = stored (f, "goals", "id", kring_record_get_id (goal));
  g_assert_cmpstr (kring_record_get_string (achieved, "status"), ==, "achieved");
  g_assert_cmpstr (kring_record_get_string (achieved, "closed_on"), ==, today);

  kring_household_context_actors (f->context, &ids, &labels);
  gtk_widget_activate_action (GTK_WIDGET (f->tab), "plan.edit", "(ss)", "actions",
                              kring_record_get_id (action));
  dialog = kring_ui_test_await_form ();
  choose (dialog, "_actor", g_strv_length (ids) + 1, "other");
  g_assert_false (kring_form_dialog_activate_save (dialog));  /* a name is needed */
  kring_ui_test_type (dialog, "_actor_name", "Buurvrouw Els");
  save (f, dialog);
  given = stored (f, "actions", "id", kring_record_get_id (action));
  g_assert_null (kring_record_get_string (given, "actor_kind"));
  g_assert_null (kring_record_get_string (given, "actor_id"));
  g_assert_cmpstr (kring_record_get_string (given, "actor_name"), ==, "Buurvrouw Els");
  g_assert_cmpstr (kring_record_get_string (given, "what"), ==,
                   kring_record_get_string (action, "what"));
}

/* A goal of the household that has actions. */
static KringRecord *
goal_with_actions (Fixture *f, guint *n_actions)
{
  GListModel *goals = kring_household_context_rows (f->context, "goals");

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      KringRecord *goal = g_list_model_get_item (goals, i);
      g_autoptr (GListModel) actions = kring_test_list (f->store, "actions", "goal_id",
                                                        kring_record_get_id (goal), NULL);

      *n_actions = g_list_model_get_n_items (actions);
      if (*n_actions > 0)
        return goal;
      g_object_unref (goal);
    }
  g_assert_not_reached ();
}

static guint
count_with (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, NULL);

  return g_list_model_get_n_items (rows);
}

static void
test_remove_undo (Fixture *f, gconstpointer data)
{
  guint n_actions = 0;
  g_autoptr (KringRecord) goal = goal_with_actions (f, &n_actions);
  g_autofree char *id = g_strdup (kring_record_get_id (goal));
  const char *description = kring_record_get_string (goal, "description");
  guint actions = count_stored (f, "actions");
  guint updates = audit_updates (f);
  g_autoptr (KringHouseholdContext) before = kring_household_context_ref (f->context);
  g_autoptr (GListModel) linked = kring_test_list (f->store, "actions", "goal_id", id, NULL);
  g_autoptr (KringRecord) first = g_list_model_get_item (linked, 0);
  g_autofree char *what = g_strdup (kring_record_get_string (first, "what"));

  gtk_widget_activate_action (GTK_WIDGET (f->tab), "plan.remove", "(ss)", "goals", id);
  wait_changed (f);
  g_assert_cmpuint (count_with (f, "goals", "id", id), ==, 0);
  g_assert_cmpuint (count_with (f, "actions", "goal_id", id), ==, 0);
  g_assert_cmpuint (count_stored (f, "actions"), ==, actions);
  g_assert_cmpuint (shown (f, description), ==, 0);
  g_assert_cmpuint (shown (f, what), ==, 1);
  maybe_screenshot (f, "household-plan-removed");

  /* Undo brings the goal back, with its actions linked to it again. */
  g_assert_true (kring_household_context_undo (before));
  wait_changed (f);
  g_assert_cmpuint (count_with (f, "goals", "id", id), ==, 1);
  g_assert_cmpuint (count_with (f, "actions", "goal_id", id), ==, n_actions);
  g_assert_cmpuint (shown (f, description), ==, 1);
  g_assert_cmpuint (audit_updates (f), >=, updates + 2);
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  g_test_add ("/ui/household-plan/shown", Fixture, NULL, fixture_set_up, test_shown,
              fixture_tear_down);
  g_test_add ("/ui/household-plan/new-household", Fixture, "Gezin A.", fixture_set_up,
              test_new_household, fixture_tear_down);
  g_test_add ("/ui/household-plan/goal-and-action", Fixture, NULL, fixture_set_up,
              test_goal_and_action, fixture_tear_down);
  g_test_add ("/ui/household-plan/evaluation-deviation-note", Fixture, NULL, fixture_set_up,
              test_evaluation_deviation_note, fixture_tear_down);
  g_test_add ("/ui/household-plan/edit", Fixture, NULL, fixture_set_up, test_edit,
              fixture_tear_down);
  g_test_add ("/ui/household-plan/remove-undo", Fixture, NULL, fixture_set_up,
              test_remove_undo, fixture_tear_down);
  return g_test_run ();
}
