/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "kring-map-render.h"
#include "kring-plan-pdf-private.h"
#include "kring-record.h"

/*
 * What the letter says. Only the columns named here are ever read, so
 * nothing that is not meant for the household (notes, journal, scores,
 * consents) can end up on paper by accident. All text from records goes
 * through g_markup_printf_escaped().
 */

/* Secondary lines: dark enough to read on paper, light enough to recede. */
#define DIM "foreground=\"#55555c\""

static GListModel *
plan_table (GHashTable *plan,
            const char *name)
{
  GListModel *model = g_hash_table_lookup (plan, name);

  return model != NULL && G_IS_LIST_MODEL (model) ? model : NULL;
}

static guint
plan_n_rows (GHashTable *plan,
             const char *name)
{
  GListModel *model = plan_table (plan, name);

  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

/* Borrowed: the model holds a reference. */
static KringRecord *
plan_row (GHashTable *plan,
          const char *name,
          guint       i)
{
  g_autoptr (KringRecord) record = g_list_model_get_item (plan_table (plan, name), i);

  return record;
}

static PlanBlock *
add_block (PlanContent  *content,
           PlanBlockKind kind,
           char         *markup)
{
  PlanBlock *block = g_new0 (PlanBlock, 1);

  block->kind = kind;
  block->markup = markup;
  g_ptr_array_add (content->blocks, block);
  return block;
}

static void
plan_block_free (PlanBlock *block)
{
  g_free (block->markup);
  g_free (block);
}

char *
kring_plan_format_iso_date (const char *iso)
{
  g_autoptr (GDateTime) date = NULL;
  int year, month, day;
  char end;

  if (iso == NULL)
    return NULL;
  if (sscanf (iso, "%4d-%2d-%2d%c", &year, &month, &day, &end) >= 3
      && g_date_valid_dmy (day, month, year))
    date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  return date != NULL ? kring_map_format_date (date) : g_strdup (iso);
}

/* Names: who is called what on paper. */

typedef struct
{
  GHashTable *by_id;     /* household_members id -> name on paper */
  GHashTable *by_name;   /* real name -> name on paper (for action actors) */
  guint       counts[4]; /* pseudonyms handed out per role group */
} PlanNames;

static const char *
role_word (const char *role)
{
  if (g_strcmp0 (role, "main") == 0)
    return C_("plan pdf", "Main occupant");
  if (g_strcmp0 (role, "partner") == 0)
    return C_("plan pdf", "Partner");
  if (g_strcmp0 (role, "parent") == 0)
    return C_("plan pdf", "Parent");
  if (g_strcmp0 (role, "child") == 0)
    return C_("plan pdf", "Child");
  if (g_strcmp0 (role, "relative") == 0)
    return C_("plan pdf", "Relative");
  return C_("plan pdf", "Household member");
}

/* Grown-ups of the household are "Ouder 1, 2…", children "Kind 1, 2…". */
static char *
role_pseudonym (PlanNames  *names,
                const char *role)
{
  if (g_strcmp0 (role, "child") == 0)
    return g_strdup_printf (C_("plan pdf", "Child %u"), ++names->counts[1]);
  if (g_strcmp0 (role, "relative") == 0)
    return g_strdup_printf (C_("plan pdf", "Relative %u"), ++names->counts[2]);
  if (g_strcmp0 (role, "other") == 0 || role == NULL)
    return g_strdup_printf (C_("plan pdf", "Member %u"), ++names->counts[3]);
  return g_strdup_printf (C_("plan pdf", "Parent %u"), ++names->counts[0]);
}

/* Under a pseudonym the household's own network is named by what they are
 * to the household ("Buurvrouw", "Oma"), since a first name and a relation
 * together can point to the family. Professionals keep their names: the
 * letter says whom to call. */
static char *
network_pseudonym (KringRecord *person)
{
  const char *relation = kring_record_get_string (person, "relation");
  g_autofree char *trimmed = g_strstrip (g_strdup (relation != NULL ? relation : ""));
  gunichar first;

  if (*trimmed == '\0')
    return g_strdup (C_("plan pdf", "Someone from the network"));
  first = g_utf8_get_char (trimmed);
  return g_strdup_printf ("%C%s", g_unichar_totitle (first), g_utf8_next_char (trimmed));
}

static void
add_network_pseudonyms (PlanNames  *names,
                        GHashTable *plan)
{
  for (guint i = 0; i < plan_n_rows (plan, "network_persons"); i++)
    {
      KringRecord *person = plan_row (plan, "network_persons", i);
      const char *name = kring_record_get_string (person, "name");

      if (name != NULL && *name != '\0')
        g_hash_table_replace (names->by_name, g_strdup (name), network_pseudonym (person));
    }
}

static void
plan_names_init (PlanNames  *names,
                 GHashTable *plan,
                 const char *pseudonym)
{
  names->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  names->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  memset (names->counts, 0, sizeof names->counts);
  for (guint i = 0; i < plan_n_rows (plan, "household_members"); i++)
    {
      KringRecord *member = plan_row (plan, "household_members", i);
      const char *name = kring_record_get_string (member, "name");
      const char *role = kring_record_get_string (member, "role");
      char *shown;

      if (pseudonym != NULL)
        shown = role_pseudonym (names, role);
      else
        shown = g_strdup (name != NULL && *name != '\0' ? name : role_word (role));
      if (name != NULL && *name != '\0')
        g_hash_table_replace (names->by_name, g_strdup (name), g_strdup (shown));
      g_hash_table_replace (names->by_id, g_strdup (kring_record_get_id (member)), shown);
    }
  if (pseudonym != NULL)
    add_network_pseudonyms (names, plan);
}

static void
plan_names_clear (PlanNames *names)
{
  g_clear_pointer (&names->by_id, g_hash_table_unref);
  g_clear_pointer (&names->by_name, g_hash_table_unref);
}

/* Who does an action: a member of the household under the name the letter
 * gives them (their pseudonym, when there is one), anyone else as the store
 * labels them. */
static const char *
actor_name (PlanNames   *names,
            KringRecord *action)
{
  const char *label = kring_record_get_string (action, "actor_label");
  const char *shown = NULL;

  if (g_strcmp0 (kring_record_get_string (action, "actor_kind"), "household_member") == 0)
    shown = g_hash_table_lookup (names->by_id, kring_record_get_string (action, "actor_id") ?: "");
  if (shown == NULL && label != NULL)
    shown = g_hash_table_lookup (names->by_name, label);
  return shown != NULL ? shown : label;
}

/* The title */

static const char *
household_status_sentence (const char *status)
{
  if (g_strcmp0 (status, "aanmelding") == 0)
    return C_("plan pdf", "We are getting to know each other.");
  if (g_strcmp0 (status, "vraagverheldering") == 0)
    return C_("plan pdf", "We are working out together what is needed.");
  if (g_strcmp0 (status, "plan") == 0)
    return C_("plan pdf", "We are making the plan together.");
  if (g_strcmp0 (status, "uitvoering") == 0)
    return C_("plan pdf", "We are carrying out the plan.");
  if (g_strcmp0 (status, "evaluatie") == 0)
    return C_("plan pdf", "We are looking back on the plan together.");
  if (g_strcmp0 (status, "afgesloten") == 0)
    return C_("plan pdf", "The plan has been completed.");
  return NULL;
}

static void
add_title (PlanContent *content,
           KringRecord *household,
           GDateTime   *printed_on)
{
  g_autofree char *date = kring_map_format_date (printed_on);
  /* TRANSLATORS: under the title of the plan letter; %s is a date. */
  g_autofree char *made = g_strdup_printf (C_("plan pdf", "Printed on %s"), date);
  const char *status = household != NULL ? kring_record_get_string (household, "status") : NULL;
  const char *sentence = household_status_sentence (status);

  add_block (content, PLAN_BLOCK_TITLE,
             g_markup_printf_escaped ("%s", C_("plan pdf", "Our plan")));
  add_block (content, PLAN_BLOCK_SUBTITLE,
             g_markup_printf_escaped ("<b>%s</b>\n<span " DIM ">%s</span>", content->household,
                                      made));
  if (sentence != NULL)
    add_block (content, PLAN_BLOCK_TEXT, g_markup_printf_escaped ("%s", sentence));
}

/* The members */

static int
member_age (KringRecord *member,
            GDateTime   *printed_on)
{
  const char *text = kring_record_get_string (member, "birth_year");
  gint64 year = text != NULL ? g_ascii_strtoll (text, NULL, 10)
                             : kring_record_get_int (member, "birth_year", 0);

  /* Only the year of birth is known: the age it turns this year. */
  if (year < 1900 || year > g_date_time_get_year (printed_on))
    return -1;
  return g_date_time_get_year (printed_on) - (int) year;
}

static void
add_member (PlanContent *content,
            PlanNames   *names,
            KringRecord *member,
            GDateTime   *printed_on)
{
  const char *shown = g_hash_table_lookup (names->by_id, kring_record_get_id (member));
  const char *role = role_word (kring_record_get_string (member, "role"));
  int age = member_age (member, printed_on);
  g_autofree char *detail = NULL;

  if (age >= 0)
    /* TRANSLATORS: a member's role and age in the plan letter, "Kind · 9 jaar". */
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d year", "%s · %d years",
                                           age),
                              role, age);
  add_block (content, PLAN_BLOCK_MEMBER,
             g_markup_printf_escaped ("<b>%s</b>\n<span " DIM ">%s</span>", shown,
                                      detail != NULL ? detail : role));
}

static void
add_members (PlanContent *content,
             GHashTable  *plan,
             PlanNames   *names,
             GDateTime   *printed_on)
{
  guint n = plan_n_rows (plan, "household_members");

  add_block (content, PLAN_BLOCK_HEADING,
             g_markup_printf_escaped ("%s", C_("plan pdf", "Who belongs to the household")));
  if (n == 0)
    add_block (content, PLAN_BLOCK_TEXT,
               g_markup_printf_escaped ("%s", C_("plan pdf", "No members have been filled in yet.")));
  for (guint i = 0; i < n; i++)
    add_member (content, names, plan_row (plan, "household_members", i), printed_on);
}

/* Goals and actions */

static const char *
goal_status_words (const char *status)
{
  if (g_strcmp0 (status, "in_progress") == 0)
    return C_("plan pdf", "we are working on it");
  if (g_strcmp0 (status, "achieved") == 0)
    return C_("plan pdf", "achieved");
  if (g_strcmp0 (status, "not_achieved") == 0)
    return C_("plan pdf", "not achieved");
  if (g_strcmp0 (status, "cancelled") == 0)
    return C_("plan pdf", "stopped");
  return C_("plan pdf", "not started yet");
}

static const char *
action_status_words (const char *status)
{
  if (g_strcmp0 (status, "in_progress") == 0)
    return C_("plan pdf", "busy with it");
  if (g_strcmp0 (status, "done") == 0)
    return C_("plan pdf", "done");
  if (g_strcmp0 (status, "cancelled") == 0)
    return C_("plan pdf", "no longer needed");
  return C_("plan pdf", "still to do");
}

/* Actions by due date, those without one last; equal dates keep the
 * store's order (g_ptr_array_sort is stable). */
static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const char *da = kring_record_get_string (*(KringRecord **) a, "due_on");
  const char *db = kring_record_get_string (*(KringRecord **) b, "due_on");

  if (da == NULL || db == NULL)
    return (da == NULL) - (db == NULL);
  return strcmp (da, db);
}

static char *
action_detail (PlanNames   *names,
               KringRecord *action)
{
  const char *who = actor_name (names, action);
  g_autofree char *when = kring_plan_format_iso_date (kring_record_get_string (action, "due_on"));
  GString *detail = g_string_new (NULL);

  if (who != NULL && *who != '\0')
    /* TRANSLATORS: who does an action, in the plan letter. */
    g_string_append_printf (detail, C_("plan pdf", "Who: %s"), who);
  if (when != NULL)
    {
      if (detail->len > 0)
        g_string_append (detail, "  ·  ");
      /* TRANSLATORS: by when an action is done, in the plan letter; %s is a date. */
      g_string_append_printf (detail, C_("plan pdf", "When: %s"), when);
    }
  if (detail->len > 0)
    g_string_append (detail, "  ·  ");
  g_string_append (detail, action_status_words (kring_record_get_string (action, "status")));
  return g_string_free (detail, FALSE);
}

static void
add_action (PlanContent *content,
            PlanNames   *names,
            KringRecord *action)
{
  g_autofree char *detail = action_detail (names, action);

  add_block (content, PLAN_BLOCK_ACTION,
             g_markup_printf_escaped ("%s\n<span " DIM ">%s</span>",
                                      kring_record_get_string (action, "what") ?: "", detail));
}

/* The actions of @goal_id (NULL: those of no goal in @goal_ids), by date. */
static GPtrArray *
actions_of (GHashTable *plan,
            const char *goal_id,
            GHashTable *goal_ids)
{
  GPtrArray *actions = g_ptr_array_new ();

  for (guint i = 0; i < plan_n_rows (plan, "actions"); i++)
    {
      KringRecord *action = plan_row (plan, "actions", i);
      const char *of = kring_record_get_string (action, "goal_id");

      if (goal_id != NULL ? g_strcmp0 (of, goal_id) == 0
                          : of == NULL || !g_hash_table_contains (goal_ids, of))
        g_ptr_array_add (actions, action);
    }
  g_ptr_array_sort (actions, compare_due);
  return actions;
}

static void
add_goal (PlanContent *content,
          GHashTable  *plan,
          PlanNames   *names,
          KringRecord *goal,
          guint        number)
{
  g_autofree char *target = kring_plan_format_iso_date (kring_record_get_string (goal, "target_on"));
  g_autofree char *detail = NULL;
  g_autoptr (GPtrArray) actions = actions_of (plan, kring_record_get_id (goal), NULL);
  const char *status = goal_status_words (kring_record_get_string (goal, "status"));

  if (target != NULL)
    /* TRANSLATORS: under a goal in the plan letter: the date it should be
     * reached by, and how it stands ("nog niet begonnen"). */
    detail = g_strdup_printf (C_("plan pdf", "Aim to reach it by %s  ·  %s"), target, status);
  add_block (content, PLAN_BLOCK_GOAL,
             g_markup_printf_escaped ("<b>%u.  %s</b>\n<span " DIM ">%s</span>", number,
                                      kring_record_get_string (goal, "description") ?: "",
                                      detail != NULL ? detail : status));
  for (guint i = 0; i < actions->len; i++)
    add_action (content, names, g_ptr_array_index (actions, i));
}

static void
add_goals (PlanContent *content,
           GHashTable  *plan,
           PlanNames   *names)
{
  g_autoptr (GHashTable) goal_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) others = NULL;
  guint n = plan_n_rows (plan, "goals");

  add_block (content, PLAN_BLOCK_HEADING,
             g_markup_printf_escaped ("%s", C_("plan pdf", "What we want to achieve")));
  if (n == 0)
    add_block (content, PLAN_BLOCK_TEXT,
               g_markup_printf_escaped ("%s", C_("plan pdf", "We have not set any goals yet.")));
  for (guint i = 0; i < n; i++)
    {
      KringRecord *goal = plan_row (plan, "goals", i);

      g_hash_table_add (goal_ids, (gpointer) kring_record_get_id (goal));
      add_goal (content, plan, names, goal, i + 1);
    }
  others = actions_of (plan, NULL, goal_ids);
  if (others->len == 0)
    return;
  add_block (content, PLAN_BLOCK_HEADING,
             g_markup_printf_escaped ("%s", C_("plan pdf", "Other agreements")));
  for (guint i = 0; i < others->len; i++)
    add_action (content, names, g_ptr_array_index (others, i));
}

/* The evaluation */

/* The store gives households.next_evaluation_on already; a plan built
 * elsewhere may only have the evaluations: the earliest one not held. */
static const char *
next_evaluation (GHashTable  *plan,
                 KringRecord *household)
{
  const char *next = household != NULL
                       ? kring_record_get_string (household, "next_evaluation_on") : NULL;

  for (guint i = 0; next == NULL && i < plan_n_rows (plan, "evaluations"); i++)
    {
      KringRecord *evaluation = plan_row (plan, "evaluations", i);
      const char *planned = kring_record_get_string (evaluation, "planned_on");

      if (planned != NULL && kring_record_get_string (evaluation, "held_on") == NULL
          && (next == NULL || strcmp (planned, next) < 0))
        next = planned;
    }
  return next;
}

static void
add_evaluation (PlanContent *content,
                GHashTable  *plan,
                KringRecord *household)
{
  g_autofree char *date = kring_plan_format_iso_date (next_evaluation (plan, household));

  add_block (content, PLAN_BLOCK_HEADING,
             g_markup_printf_escaped ("%s", C_("plan pdf", "Next evaluation")));
  if (date == NULL)
    add_block (content, PLAN_BLOCK_TEXT,
               g_markup_printf_escaped ("%s", C_("plan pdf", "We have not set a date yet.")));
  else
    /* TRANSLATORS: in the plan letter; %s is a date in bold. */
    add_block (content, PLAN_BLOCK_TEXT,
               g_markup_printf_escaped (C_("plan pdf", "On <b>%s</b> we will look at the plan "
                                                       "together again: what went well, and what "
                                                       "should change."), date));
}

/* The ecomap */

/* The centre of the ecomap carries the household's label, and members may
 * appear among the nodes: on paper they get the names the letter uses. */
static KringMapGraph *
ecomap_for_paper (const KringMapGraph *ecomap,
                  PlanContent         *content,
                  PlanNames           *names)
{
  KringMapGraph *copy = kring_map_graph_copy (ecomap);

  g_free (copy->title);
  copy->title = g_strdup (content->household);
  for (guint i = 0; i < copy->nodes->len; i++)
    {
      KringMapNode *node = g_ptr_array_index (copy->nodes, i);
      const char *shown = g_hash_table_lookup (names->by_name, node->label ?: "");

      if (shown != NULL)
        {
          g_free (node->label);
          node->label = g_strdup (shown);
        }
    }
  return copy;
}

static void
add_ecomap (PlanContent *content)
{
  PlanBlock *heading;

  heading = add_block (content, PLAN_BLOCK_HEADING,
                       g_markup_printf_escaped ("%s", C_("plan pdf", "The people around us")));
  heading->new_page = TRUE;
  add_block (content, PLAN_BLOCK_TEXT,
             g_markup_printf_escaped ("%s", C_("plan pdf", "Who is close to the household, who "
                                                           "helps, and how strong each tie is.")));
  add_block (content, PLAN_BLOCK_ECOMAP, NULL);
}

PlanContent *
kring_plan_content_new (GHashTable          *plan,
                        const KringMapGraph *ecomap,
                        const char          *pseudonym,
                        GDateTime           *printed_on)
{
  PlanContent *content = g_new0 (PlanContent, 1);
  KringRecord *household = plan_n_rows (plan, "households") > 0
                             ? plan_row (plan, "households", 0) : NULL;
  const char *label = household != NULL ? kring_record_get_string (household, "label") : NULL;
  PlanNames names;

  content->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_block_free);
  content->household = g_strdup (pseudonym != NULL ? pseudonym : label != NULL ? label : "");
  plan_names_init (&names, plan, pseudonym);
  add_title (content, household, printed_on);
  add_members (content, plan, &names, printed_on);
  add_goals (content, plan, &names);
  add_evaluation (content, plan, household);
  if (ecomap != NULL)
    {
      content->ecomap = ecomap_for_paper (ecomap, content, &names);
      add_ecomap (content);
    }
  plan_names_clear (&names);
  return content;
}

void
kring_plan_content_free (PlanContent *content)
{
  g_clear_pointer (&content->blocks, g_ptr_array_unref);
  g_clear_pointer (&content->ecomap, kring_map_graph_free);
  g_free (content->household);
  g_free (content);
}
