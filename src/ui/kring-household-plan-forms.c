/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-form-dialog.h"
#include "kring-household-plan-private.h"
#include "kring-household-view.h"

/* Stored values and their names, in the order the forms offer them. */
static const char *const goal_statuses[] = {
  "open", "in_progress", "achieved", "not_achieved", "cancelled",
};
static const char *const goal_status_titles[] = {
  NC_ ("goal status", "Open"), NC_ ("goal status", "In Progress"),
  NC_ ("goal status", "Achieved"), NC_ ("goal status", "Not Achieved"),
  NC_ ("goal status", "Cancelled"),
};
static const char *const action_statuses[] = { "open", "in_progress", "done", "cancelled" };
static const char *const action_status_titles[] = {
  NC_ ("action status", "Open"), NC_ ("action status", "In Progress"),
  NC_ ("action status", "Done"), NC_ ("action status", "Cancelled"),
};
static const char *const evaluation_kinds[] = { "regular", "opschalen", "afschalen" };
static const char *const evaluation_kind_titles[] = {
  NC_ ("evaluation kind", "Evaluation"), NC_ ("evaluation kind", "Scaling Up"),
  NC_ ("evaluation kind", "Scaling Down"),
};

/* The actor kinds of actions.actor_kind and the tables their ids are in. */
static const char *const actor_kinds[][2] = {
  { "household_member", "household_members" }, { "network_person", "network_persons" },
  { "team_member", "team_members" }, { "contact", "contacts" }, { "service", "services" },
};

/* The form-only choice meaning "someone not in the lists" (name typed). */
#define OTHER_ACTOR "other"

static const char *
title_of (const char *value, const char *const *values, const char *const *titles, guint n,
          const char *context)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (value, values[i]) == 0)
      return g_dpgettext2 (NULL, context, titles[i]);
  return value != NULL ? value : "";
}

const char *
kring_plan_goal_status_title (const char *status)
{
  return title_of (status, goal_statuses, goal_status_titles, G_N_ELEMENTS (goal_statuses),
                   "goal status");
}

const char *
kring_plan_action_status_title (const char *status)
{
  return title_of (status, action_statuses, action_status_titles,
                   G_N_ELEMENTS (action_statuses), "action status");
}

const char *
kring_plan_evaluation_kind_title (const char *kind)
{
  return title_of (kind, evaluation_kinds, evaluation_kind_titles,
                   G_N_ELEMENTS (evaluation_kinds), "evaluation kind");
}

char *
kring_plan_today (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* --- what every form shares --- */

typedef struct _PlanForm PlanForm;
typedef void (*PlanComplete) (PlanForm *form, KringFormDialog *dialog, KringRecord *record);

struct _PlanForm
{
  KringHouseholdContext *context;
  char                  *table;
  char                  *id;      /* of the row edited, or a new one */
  KringRecord           *before;  /* the row as it was, or NULL */
  PlanComplete           complete;/* sets what the fields do not hold directly */
  GStrv                  labels;  /* of the actor choice, for actor_name */
  GStrv                  ids;
};

static void
plan_form_free (gpointer data, GClosure *closure)
{
  PlanForm *form = data;

  kring_household_context_unref (form->context);
  g_free (form->table);
  g_free (form->id);
  g_clear_object (&form->before);
  g_strfreev (form->labels);
  g_strfreev (form->ids);
  g_free (form);
}

static void
plan_form_save (KringFormDialog *dialog, PlanForm *form)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *record = kring_record_new_with_id (form->table, form->id);

  g_ptr_array_add (records, record);
  kring_record_set_string (record, "household_id", form->context->household_id);
  kring_form_dialog_fill_record (dialog, record);
  if (form->complete != NULL)
    form->complete (form, dialog, record);
  kring_household_context_save (form->context, records, NULL,
                                (KringHouseholdDone) kring_form_dialog_done, dialog);
}

/* A dialog editing @before of @table (NULL: a new row). */
static KringFormDialog *
plan_form_new (KringHouseholdContext *context, const char *table, KringRecord *before,
               const char *title, PlanComplete complete, PlanForm **out)
{
  KringFormDialog *dialog = kring_form_dialog_new (kring_household_context_window (context),
                                                   title, NULL);
  PlanForm *form = g_new0 (PlanForm, 1);

  form->context = kring_household_context_ref (context);
  form->table = g_strdup (table);
  form->id = before != NULL ? g_strdup (kring_record_get_id (before)) : kring_uuid_new ();
  form->before = before != NULL ? g_object_ref (before) : NULL;
  form->complete = complete;
  g_signal_connect_data (dialog, "save", G_CALLBACK (plan_form_save), form, plan_form_free, 0);
  if (out != NULL)
    *out = form;
  return dialog;
}

static const char *
value_of (KringRecord *record, const char *column)
{
  return record != NULL ? kring_record_get_string (record, column) : NULL;
}

/* A choice of fixed values with translated titles. */
static void
add_fixed_choice (KringFormDialog *dialog, const char *column, const char *title,
                  const char *const *values, const char *const *titles, guint n,
                  const char *context, const char *selected)
{
  g_autofree const char **shown = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    shown[i] = g_dpgettext2 (NULL, context, titles[i]);
  kring_form_dialog_add_choice (dialog, column, title, values, shown, n, selected, NULL);
}

/* A choice of the rows of @model (ids and their @column), NULL allowed. */
static void
add_model_choice (KringFormDialog *dialog, const char *column, const char *title,
                  GListModel *model, const char *name_column, const char *selected,
                  const char *none_label)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (model, i);
      const char *name = kring_record_get_string (row, name_column);

      g_ptr_array_add (ids, g_strdup (kring_record_get_id (row)));
      g_ptr_array_add (labels, g_strdup (name != NULL ? name : ""));
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, NULL);
  kring_form_dialog_add_choice (dialog, column, title, (const char *const *) ids->pdata,
                                (const char *const *) labels->pdata, n, selected, none_label);
}

static void
present (KringFormDialog *dialog)
{
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Whether date @early lies after @late (both set). */
static gboolean
dates_reversed (const char *early, const char *late)
{
  return early != NULL && late != NULL && g_strcmp0 (early, late) > 0;
}

/* --- goals --- */

static gboolean
status_is_closed (const char *status)
{
  return g_strcmp0 (status, "open") != 0 && g_strcmp0 (status, "in_progress") != 0;
}

/* A goal is closed on the day it got a final status, and open again without one. */
static void
goal_complete (PlanForm *form, KringFormDialog *dialog, KringRecord *goal)
{
  const char *closed_on = value_of (form->before, "closed_on");
  g_autofree char *today = kring_plan_today ();

  if (!status_is_closed (kring_record_get_string (goal, "status")))
    kring_record_set_null (goal, "closed_on");
  else
    kring_record_set_string (goal, "closed_on", closed_on != NULL ? closed_on : today);
}

static char *
goal_check (KringFormDialog *dialog, gpointer user_data)
{
  if (dates_reversed (kring_form_dialog_get (dialog, "set_on"),
                      kring_form_dialog_get (dialog, "target_on")))
    return g_strdup (_("The target date lies before the day the goal was set."));
  return NULL;
}

void
kring_plan_goal_form (KringHouseholdContext *context, KringRecord *goal)
{
  g_autofree char *today = kring_plan_today ();
  KringFormDialog *dialog = plan_form_new (context, "goals", goal,
                                           goal != NULL ? _("Edit Goal") : _("Add Goal"),
                                           goal_complete, NULL);
  const char *status = value_of (goal, "status");

  add_model_choice (dialog, "domain_term_id", _("Life area"), context->domains, "name",
                    value_of (goal, "domain_term_id"), _("No life domain"));
  kring_form_dialog_add_text (dialog, "description", _("Goal"), value_of (goal, "description"),
                              TRUE);
  kring_form_dialog_add_note (dialog, _("In the household's own words: what do they want to "
                                        "have achieved?"), FALSE);
  add_fixed_choice (dialog, "status", _("Status"), goal_statuses, goal_status_titles,
                    G_N_ELEMENTS (goal_statuses), "goal status",
                    status != NULL ? status : "open");
  kring_form_dialog_add_date (dialog, "set_on", _("Set on"),
                              goal != NULL ? value_of (goal, "set_on") : today, FALSE);
  kring_form_dialog_add_date (dialog, "target_on", _("Target date"),
                              value_of (goal, "target_on"), FALSE);
  kring_form_dialog_set_check (dialog, goal_check, NULL);
  present (dialog);
}

/* --- actions --- */

static const char *
actor_table (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (actor_kinds); i++)
    if (g_strcmp0 (kind, actor_kinds[i][0]) == 0)
      return actor_kinds[i][1];
  return NULL;
}

/* "kind:id" of the action's actor, OTHER_ACTOR for a typed name, or NULL. */
static char *
actor_selected (KringRecord *action)
{
  const char *kind = value_of (action, "actor_kind");
  const char *id = value_of (action, "actor_id");

  if (kind != NULL && id != NULL)
    return g_strdup_printf ("%s:%s", kind, id);
  if (value_of (action, "actor_name") != NULL)
    return g_strdup (OTHER_ACTOR);
  return NULL;
}

/* Splits the actor choice into actor_kind, actor_id and actor_name (the
 * name as well, so the action still says who when that row is gone). */
static void
action_set_actor (PlanForm *form, KringFormDialog *dialog, KringRecord *action)
{
  const char *chosen = kring_form_dialog_get (dialog, "_actor");
  g_auto (GStrv) parts = chosen != NULL ? g_strsplit (chosen, ":", 2) : NULL;
  g_autofree char *name = NULL;

  kring_record_set_null (action, "actor_kind");
  kring_record_set_null (action, "actor_id");
  kring_record_set_null (action, "actor_name");
  if (g_strcmp0 (chosen, OTHER_ACTOR) == 0)
    kring_record_set_string (action, "actor_name", kring_form_dialog_get (dialog, "_actor_name"));
  if (parts == NULL || parts[0] == NULL || parts[1] == NULL || actor_table (parts[0]) == NULL)
    return;
  kring_record_set_string (action, "actor_kind", parts[0]);
  kring_record_set_string (action, "actor_id", parts[1]);
  name = kring_household_context_name (form->context, actor_table (parts[0]), parts[1]);
  if (name != NULL && *name != '\0')
    kring_record_set_string (action, "actor_name", name);
}

static void
action_complete (PlanForm *form, KringFormDialog *dialog, KringRecord *action)
{
  const char *done_on = value_of (form->before, "done_on");
  g_autofree char *today = kring_plan_today ();

  action_set_actor (form, dialog, action);
  if (g_strcmp0 (kring_record_get_string (action, "status"), "done") != 0)
    kring_record_set_null (action, "done_on");
  else
    kring_record_set_string (action, "done_on", done_on != NULL ? done_on : today);
}

static char *
action_check (KringFormDialog *dialog, gpointer user_data)
{
  if (g_strcmp0 (kring_form_dialog_get (dialog, "_actor"), OTHER_ACTOR) == 0 &&
      kring_form_dialog_get (dialog, "_actor_name") == NULL)
    return g_strdup (_("Fill in the name of who does it."));
  return NULL;
}

/* Every actor of the context, then "Someone else" with a typed name. */
static void
add_actor_choice (KringFormDialog *dialog, PlanForm *form, KringRecord *action)
{
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) labels = NULL;
  g_autoptr (GStrvBuilder) all_ids = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) all_labels = g_strv_builder_new ();
  g_autofree char *selected = actor_selected (action);

  kring_household_context_actors (form->context, &ids, &labels);
  if (ids != NULL && labels != NULL)
    {
      g_strv_builder_addv (all_ids, (const char **) ids);
      g_strv_builder_addv (all_labels, (const char **) labels);
    }
  g_strv_builder_add (all_ids, OTHER_ACTOR);
  g_strv_builder_add (all_labels, _("Someone else"));
  form->ids = g_strv_builder_end (all_ids);
  form->labels = g_strv_builder_end (all_labels);
  kring_form_dialog_add_choice (dialog, "_actor", _("Who"), (const char *const *) form->ids,
                                (const char *const *) form->labels,
                                g_strv_length (form->ids), selected, _("Nobody yet"));
  kring_form_dialog_add_text (dialog, "_actor_name", _("Name of someone else"),
                              value_of (action, "actor_kind") == NULL
                                ? value_of (action, "actor_name") : NULL, FALSE);
  kring_form_dialog_add_note (dialog, _("Choose \"Someone else\" and type a name when the person "
                                        "is not in the list."), FALSE);
}

void
kring_plan_action_form (KringHouseholdContext *context, KringRecord *action,
                        const char *goal_id)
{
  PlanForm *form = NULL;
  KringFormDialog *dialog = plan_form_new (context, "actions", action,
                                           action != NULL ? _("Edit Action") : _("Add Action"),
                                           action_complete, &form);
  const char *status = value_of (action, "status");

  kring_form_dialog_add_text (dialog, "what", _("What"), value_of (action, "what"), TRUE);
  add_model_choice (dialog, "goal_id", _("Goal"), kring_household_context_rows (context, "goals"),
                    "description", action != NULL ? value_of (action, "goal_id") : goal_id,
                    _("No goal (other agreement)"));
  add_actor_choice (dialog, form, action);
  kring_form_dialog_add_group (dialog, NULL, NULL);
  kring_form_dialog_add_date (dialog, "due_on", _("Due date"), value_of (action, "due_on"),
                              FALSE);
  add_fixed_choice (dialog, "status", _("Status"), action_statuses, action_status_titles,
                    G_N_ELEMENTS (action_statuses), "action status",
                    status != NULL ? status : "open");
  kring_form_dialog_add_long_text (dialog, "notes", _("Notes"), value_of (action, "notes"),
                                   FALSE);
  kring_form_dialog_set_check (dialog, action_check, NULL);
  present (dialog);
}

void
kring_plan_action_set_done (KringHouseholdContext *context, KringRecord *action, gboolean done,
                            KringHouseholdDone done_func, gpointer user_data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *record = kring_record_new_with_id ("actions", kring_record_get_id (action));
  g_autofree char *today = kring_plan_today ();

  g_ptr_array_add (records, record);
  kring_record_set_string (record, "household_id", context->household_id);
  kring_record_set_string (record, "what", kring_record_get_string (action, "what"));
  kring_record_set_string (record, "status", done ? "done" : "open");
  if (done)
    kring_record_set_string (record, "done_on", today);
  else
    kring_record_set_null (record, "done_on");
  kring_household_context_save (context, records, NULL, done_func, user_data);
}

/* --- evaluations --- */

static char *
evaluation_check (KringFormDialog *dialog, gpointer user_data)
{
  if (kring_form_dialog_get (dialog, "planned_on") == NULL &&
      kring_form_dialog_get (dialog, "held_on") == NULL)
    return g_strdup (_("Fill in when the evaluation is planned or was held."));
  return NULL;
}

/* Who leads it at first: as before, else the user, else the regisseur. */
static const char *
evaluation_leader (KringHouseholdContext *context, KringRecord *evaluation)
{
  if (evaluation != NULL)
    return value_of (evaluation, "led_by_id");
  if (context->current_member_id != NULL)
    return context->current_member_id;
  return value_of (context->household, "regisseur_id");
}

static const char *
evaluation_title (KringRecord *evaluation, gboolean hold)
{
  if (hold)
    return _("Record Evaluation");
  return evaluation != NULL ? _("Edit Evaluation") : _("Plan Evaluation");
}

void
kring_plan_evaluation_form (KringHouseholdContext *context, KringRecord *evaluation,
                            gboolean hold)
{
  g_autofree char *today = kring_plan_today ();
  KringFormDialog *dialog = plan_form_new (context, "evaluations", evaluation,
                                           evaluation_title (evaluation, hold), NULL, NULL);
  const char *kind = value_of (evaluation, "kind");
  const char *held_on = value_of (evaluation, "held_on");

  add_fixed_choice (dialog, "kind", _("Kind"), evaluation_kinds, evaluation_kind_titles,
                    G_N_ELEMENTS (evaluation_kinds), "evaluation kind",
                    kind != NULL ? kind : "regular");
  kring_form_dialog_add_note (dialog, _("Scaling up: the team brings in specialist care. "
                                        "Scaling down: care goes back to the basics."), FALSE);
  kring_form_dialog_add_date (dialog, "planned_on", _("Planned on"),
                              value_of (evaluation, "planned_on"), !hold && evaluation == NULL);
  if (hold || evaluation != NULL)
    kring_form_dialog_add_date (dialog, "held_on", _("Held on"),
                                held_on != NULL || !hold ? held_on : today, hold);
  add_model_choice (dialog, "led_by_id", _("Led by"), context->team_members, "name",
                    evaluation_leader (context, evaluation), _("Not known yet"));
  if (hold || evaluation != NULL)
    kring_form_dialog_add_long_text (dialog, "summary", _("Summary"),
                                     value_of (evaluation, "summary"), hold);
  kring_form_dialog_set_check (dialog, evaluation_check, NULL);
  present (dialog);
}

/* --- deviations --- */

void
kring_plan_deviation_form (KringHouseholdContext *context, KringRecord *deviation)
{
  g_autofree char *today = kring_plan_today ();
  KringFormDialog *dialog = plan_form_new (context, "deviations", deviation,
                                           deviation != NULL ? _("Edit Deviation")
                                                             : _("Record Deviation"),
                                           NULL, NULL);

  kring_form_dialog_add_date (dialog, "occurred_on", _("Occurred on"),
                              deviation != NULL ? value_of (deviation, "occurred_on") : today,
                              TRUE);
  kring_form_dialog_add_long_text (dialog, "description", _("What went differently"),
                                   value_of (deviation, "description"), TRUE);
  kring_form_dialog_add_long_text (dialog, "reason", _("Reason"),
                                   value_of (deviation, "reason"), TRUE);
  kring_form_dialog_add_note (dialog, _("Why the agreed approach was not followed."), FALSE);
  add_model_choice (dialog, "decided_by_id", _("Decided by"), context->team_members, "name",
                    deviation != NULL ? value_of (deviation, "decided_by_id")
                                      : context->current_member_id, _("Not known"));
  kring_form_dialog_add_long_text (dialog, "note", _("Note"), value_of (deviation, "note"),
                                   FALSE);
  present (dialog);
}

/* --- journal notes --- */

/* The author's name is kept as text too, so the note says who wrote it
 * when the team member has left. */
static void
note_complete (PlanForm *form, KringFormDialog *dialog, KringRecord *note)
{
  const char *author_id = kring_record_get_string (note, "author_id");
  g_autofree char *name = NULL;

  if (author_id == NULL)
    return;
  name = kring_household_context_name (form->context, "team_members", author_id);
  if (name != NULL && *name != '\0')
    kring_record_set_string (note, "author", name);
}

static char *
note_check (KringFormDialog *dialog, gpointer user_data)
{
  if (kring_form_dialog_get (dialog, "author_id") == NULL &&
      kring_form_dialog_get (dialog, "author") == NULL)
    return g_strdup (_("Fill in who writes the note."));
  return NULL;
}

void
kring_plan_note_form (KringHouseholdContext *context, KringRecord *note)
{
  g_autofree char *today = kring_plan_today ();
  KringFormDialog *dialog = plan_form_new (context, "journal_notes", note,
                                           note != NULL ? _("Edit Note") : _("Write Note"),
                                           note_complete, NULL);
  const char *author_id = note != NULL ? value_of (note, "author_id")
                                       : context->current_member_id;
  const char *author = note != NULL ? value_of (note, "author")
                                    : kring_household_view_actor_name ();

  kring_form_dialog_add_date (dialog, "written_on", _("Date"),
                              note != NULL ? value_of (note, "written_on") : today, TRUE);
  add_model_choice (dialog, "author_id", _("Author"), context->team_members, "name", author_id,
                    _("Not in the team"));
  kring_form_dialog_add_text (dialog, "author", _("Name of the author"),
                              author_id == NULL ? author : NULL, FALSE);
  kring_form_dialog_add_long_text (dialog, "text", _("Note"), value_of (note, "text"), TRUE);
  kring_form_dialog_set_check (dialog, note_check, NULL);
  present (dialog);
}
