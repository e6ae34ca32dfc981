/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <locale.h>
#include <string.h>
#include "kring-domain-chart.h"
#include "kring-household-domains.h"
#include "kring-household-overview.h"
#include "kring-household-plan.h"
#include "kring-households-page.h"
#include "kring-store-household.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The acceptance path, as a social worker walks it, on a real
 * keyring-unlocked store holding the example district: create a household,
 * add its members, score three life domains on two dates, add a goal and
 * an action given to a sociale kaart contact, record a consent for that
 * contact; then the chart shows both assessments and the regisseur's task
 * list holds the new action. Every step goes through the app's own forms.
 */

#define LABEL "Familie Testers"
#define REGISSEUR "Sanne de Vries"
#define CONTACT "Karin Mulder"
#define ACTION "Intake bij de schuldhulp plannen"

typedef struct
{
  char                *dir;
  KringStore          *store;
  GtkWindow           *window;
  KringHouseholdsPage *page;
} Fixture;

static gpointer
child (Fixture *f, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (f->page), KRING_TYPE_HOUSEHOLDS_PAGE, name);
}

static gboolean
page_loaded (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (child (f, "stack")), "content") == 0;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->page = g_object_new (KRING_TYPE_HOUSEHOLDS_PAGE, NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1366, 768);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  kring_households_page_set_store (f->page, f->store);
  kring_ui_test_wait (page_loaded, f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_households_page_set_store (f->page, NULL);
  gtk_window_destroy (f->window);
  kring_test_store_close (f->store);
  g_clear_object (&f->store);
  g_free (f->dir);
}

/* --- the store as it is now --- */

static KringRecord *
first_row (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, NULL);

  return g_list_model_get_item (rows, 0);
}

static guint
count (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, NULL);

  return g_list_model_get_n_items (rows);
}

/* --- the open household --- */

static KringHouseholdView *
view (Fixture *f)
{
  return kring_households_page_get_household_view (f->page);
}

static gboolean
shows_household (gpointer data)
{
  Fixture *f = data;
  KringHouseholdContext *context = kring_household_view_get_context (view (f));

  return context != NULL && g_strcmp0 (kring_record_get_string (context->household, "label"),
                                       LABEL) == 0;
}

/* Waits until the view has read the household again after a change. */
static const char *waiting_table;
static guint waiting_count;

static gboolean
reloaded (gpointer data)
{
  Fixture *f = data;
  KringHouseholdContext *context = kring_household_view_get_context (view (f));

  return context != NULL && g_list_model_get_n_items (kring_household_context_rows (
                              context, waiting_table)) == waiting_count;
}

static void
await_rows (Fixture *f, const char *table, guint n)
{
  waiting_table = table;
  waiting_count = n;
  kring_ui_test_wait (reloaded, f);
}

static GtkWidget *
tab (Fixture *f, const char *name, GType type)
{
  kring_household_view_show_tab (view (f), name);
  return kring_ui_test_find_widget (GTK_WIDGET (view (f)), type);
}

static KringFormDialog *
open_form (GtkWidget *widget, const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  return kring_ui_test_await_form ();
}

static void
save_form (KringFormDialog *dialog)
{
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_ui_test_await_form_closed ();
}

/* --- the steps --- */

static void
create_household (Fixture *f)
{
  KringFormDialog *dialog = open_form (GTK_WIDGET (f->page), "households.new");

  kring_ui_test_type (dialog, "label", LABEL);
  kring_ui_test_choose (dialog, "team_id", "Wijkteam Noord");
  kring_ui_test_choose (dialog, "regisseur_id", REGISSEUR);
  save_form (dialog);
  kring_ui_test_wait (shows_household, f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "stack")), ==, "household");
}

static void
add_member (Fixture *f, const char *name, const char *year, guint n)
{
  GtkWidget *overview = tab (f, "overview", KRING_TYPE_HOUSEHOLD_OVERVIEW);
  KringFormDialog *dialog = open_form (overview, "overview.add-member");

  kring_ui_test_type (dialog, "name", name);
  kring_ui_test_type (dialog, "birth_year", year);
  save_form (dialog);
  await_rows (f, "household_members", n);
}

/* Scores the first three life domains on @date. */
static void
assess (Fixture *f, GListModel *domains, const char *date, const int scores[3], guint n)
{
  GtkWidget *widget = tab (f, "domains", KRING_TYPE_HOUSEHOLD_DOMAINS);
  KringFormDialog *dialog = open_form (widget, "domains.new-assessment");

  kring_ui_test_type (dialog, "assessed_on", date);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (KringRecord) domain = g_list_model_get_item (domains, i);
      g_autofree char *column = g_strconcat ("_score:", kring_record_get_id (domain), NULL);
      g_autofree char *label = g_strdup_printf ("%d ·", scores[i]);

      kring_ui_test_choose (dialog, column, label);
    }
  save_form (dialog);
  await_rows (f, "assessments", n);
}

static void
add_goal_and_action (Fixture *f, const char *domain)
{
  GtkWidget *plan = tab (f, "plan", KRING_TYPE_HOUSEHOLD_PLAN_TAB);
  KringFormDialog *dialog = open_form (plan, "plan.add-goal");

  kring_ui_test_choose (dialog, "domain_term_id", domain);
  kring_ui_test_type (dialog, "description", "De vaste lasten worden op tijd betaald");
  save_form (dialog);
  await_rows (f, "goals", 1);
  dialog = open_form (plan, "plan.add-action");
  kring_ui_test_type (dialog, "what", ACTION);
  kring_ui_test_choose (dialog, "goal_id", "vaste lasten");
  kring_ui_test_choose (dialog, "_actor", CONTACT);
  kring_ui_test_type (dialog, "due_on", "1-12-2026");
  save_form (dialog);
  await_rows (f, "actions", 1);
}

static void
record_consent (Fixture *f)
{
  GtkWidget *overview = tab (f, "overview", KRING_TYPE_HOUSEHOLD_OVERVIEW);
  KringFormDialog *dialog = open_form (overview, "overview.add-consent");

  kring_ui_test_type (dialog, "information", "Schulden en inkomen");
  kring_ui_test_choose (dialog, "_recipient", CONTACT);
  kring_ui_test_type (dialog, "purpose", "Aanmelding bij de schuldhulp");
  kring_ui_test_type (dialog, "given_on", "1-11-2026");
  save_form (dialog);
  await_rows (f, "consents", 1);
}

/* --- what the user sees afterwards --- */

/* The over-time summary names each domain with its score on both dates,
 * in order: "Financiën: 2 on 3 February, 3 on 3 August." */
static void
assert_chart (Fixture *f, GListModel *domains, const int first[3], const int second[3])
{
  GtkWidget *widget = tab (f, "domains", KRING_TYPE_HOUSEHOLD_DOMAINS);
  KringDomainChart *chart = KRING_DOMAIN_CHART (kring_ui_test_find_widget (
    widget, KRING_TYPE_DOMAIN_CHART));
  const char *summary = kring_domain_chart_get_summary (chart);

  g_test_message ("%s", summary);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (KringRecord) domain = g_list_model_get_item (domains, i);
      g_autofree char *start = g_strdup_printf ("%s: %d ", kring_record_get_string (domain,
                                                                                    "name"),
                                                first[i]);
      g_autofree char *then = g_strdup_printf (", %d ", second[i]);
      const char *at = strstr (summary, start);

      g_assert_nonnull (at);
      g_assert_nonnull (strstr (at, then));
    }
}

static gboolean
tasks_show_action (gpointer data)
{
  Fixture *f = data;
  GListModel *tasks = G_LIST_MODEL (child (f, "tasks"));

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr (KringRecord) task = g_list_model_get_item (tasks, i);

      if (g_strcmp0 (kring_record_get_string (task, "what"), ACTION) == 0)
        return g_strcmp0 (kring_record_get_string (task, "household_label"), LABEL) == 0;
    }
  return FALSE;
}

static void
assert_tasks (Fixture *f)
{
  GtkDropDown *members = child (f, "member_drop");
  GListModel *names = gtk_drop_down_get_model (members);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view (f)), "household.back", NULL));
  gtk_stack_set_visible_child_name (child (f, "views"), "tasks");
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), REGISSEUR))
      gtk_drop_down_set_selected (members, i);
  kring_ui_test_wait (tasks_show_action, f);
}

static void
assert_stored (Fixture *f, const char *id)
{
  g_autoptr (KringRecord) contact = first_row (f, "contacts", "name", CONTACT);
  g_autoptr (KringRecord) action = first_row (f, "actions", "household_id", id);
  g_autoptr (KringRecord) consent = first_row (f, "consents", "household_id", id);
  g_autoptr (GListModel) log = kring_test_list (f->store, "audit_log", "record_id", id, NULL);
  g_autoptr (KringRecord) first = g_list_model_get_item (log, 0);

  g_assert_cmpuint (count (f, "household_members", "household_id", id), ==, 2);
  g_assert_cmpuint (count (f, "assessments", "household_id", id), ==, 2);
  g_assert_cmpstr (kring_record_get_string (action, "actor_kind"), ==, "contact");
  g_assert_cmpstr (kring_record_get_string (action, "actor_id"), ==, kring_record_get_id (contact));
  g_assert_cmpstr (kring_record_get_string (action, "due_on"), ==, "2026-12-01");
  g_assert_cmpstr (kring_record_get_string (consent, "contact_id"), ==,
                   kring_record_get_id (contact));
  g_assert_cmpstr (kring_record_get_string (first, "action"), ==, "create");
  g_assert_cmpuint (g_list_model_get_n_items (log), >, 8);
}

static GListModel *
life_domains (Fixture *f)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *domains;

  kring_store_life_domains_async (f->store, NULL, kring_test_store_result, &result);
  domains = kring_store_life_domains_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return domains;
}

static void
test_flow (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) domains = life_domains (f);
  g_autoptr (KringRecord) household = NULL;
  g_autoptr (KringRecord) first_domain = g_list_model_get_item (domains, 0);
  const int first[3] = { 2, 3, 2 }, second[3] = { 3, 3, 4 };

  create_household (f);
  household = first_row (f, "households", "label", LABEL);
  add_member (f, "Sam", "1984", 1);
  add_member (f, "Noor", "2015", 2);
  assess (f, domains, "3-2-2026", first, 1);
  assess (f, domains, "3-8-2026", second, 2);
  add_goal_and_action (f, kring_record_get_string (first_domain, "name"));
  record_consent (f);
  assert_chart (f, domains, first, second);
  assert_stored (f, kring_record_get_id (household));
  assert_tasks (f);
}

int
main (int argc, char *argv[])
{
  /* Dutch, as the users see it (when the system has the locale). */
  if (setlocale (LC_ALL, "nl_NL.UTF-8") != NULL)
    g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/ui/household/flow", Fixture, NULL, fixture_set_up, test_flow,
              fixture_tear_down);
  return g_test_run ();
}
