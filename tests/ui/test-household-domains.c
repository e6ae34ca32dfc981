/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <string.h>
#include "kring-domain-chart.h"
#include "kring-form-dialog.h"
#include "kring-household-context.h"
#include "kring-household-domains.h"
#include "kring-store-household.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The Leefgebieden tab against a real, keyring-unlocked store holding the
 * example district, on "Gezin A." (never assessed) and on a household made
 * just now: the empty state; two assessments through the form (three
 * domains each) stored as 2 assessments and 6 scores and drawn by the chart;
 * the compare drop-downs offer both dates; a second assessment on a date
 * already used is refused; editing drops a score and changes one; a removed
 * assessment comes back with its scores on Undo; every change is audited.
 * And "Huishouden Jansen" shows its three assessments.
 */

#define GEZIN_A "486d8750-606d-542a-9deb-139fa9d07c85"
#define JANSEN "2f3bcb08-42dd-5e77-b294-95dd5a2bbd48"
#define DATE_A "2025-03-10"
#define TYPED_A "10-3-2025"
#define DATE_B "2025-09-15"
#define TYPED_B "15-9-2025"

typedef struct
{
  char                  *dir;
  KringStore            *store;
  GtkWindow             *window;
  KringHouseholdDomains *tab;
  KringHouseholdContext *context;
  char                  *household_id;
  guint                  changes;
} Fixture;

/* Reads the household again and hands it to the tab, as the view does
 * after every change. */
static void
load_context (Fixture *f)
{

  kring_ui_test_reload_context (f->store, f->household_id, &f->context, &f->changes);
  kring_household_domains_set_context (f->tab, f->context);
}

/* Waits for the save or remove under way, then reloads. */
static void
wait_changed (Fixture *f, guint before)
{
  kring_ui_test_await_change (&f->changes, before);
  load_context (f);
}

/* A household with nothing but its households row, as the editor makes one. */
static char *
create_household (Fixture *f)
{
  g_autoptr (GListModel) teams = kring_test_list (f->store, "teams", NULL, NULL, NULL);
  g_autoptr (KringRecord) team = g_list_model_get_item (teams, 0);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *id = kring_uuid_new ();

  g_assert_nonnull (team);
  kring_test_record_add (records, "households", id, "team_id", kring_record_get_id (team),
                         "label", "Huishouden Nieuw (test)", NULL);
  kring_ui_test_save_records (f->store, id, records);
  return g_steal_pointer (&id);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->household_id = data != NULL ? g_strdup (data) : create_household (f);
  f->tab = KRING_HOUSEHOLD_DOMAINS (kring_household_domains_new ());
  f->window = kring_ui_test_window (GTK_WIDGET (f->tab), 1366);
  load_context (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_household_domains_set_context (f->tab, NULL);
  g_clear_pointer (&f->context, kring_household_context_unref);
  kring_ui_test_close (f->window, &f->store);
  g_free (f->household_id);
  g_free (f->dir);
}

/* The widgets */

static gpointer
child (Fixture *f, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (f->tab), KRING_TYPE_HOUSEHOLD_DOMAINS, name);
}

static const char *
page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (child (f, "stack"));
}

static const char *
summary (Fixture *f)
{
  return kring_domain_chart_get_summary (child (f, "chart"));
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

/* Whether a label below @widget shows text containing @text. */
static gboolean
has_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
      && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (has_label (c, text))
      return TRUE;
  return FALSE;
}

static KringRecord *
domain (Fixture *f, guint i)
{
  g_assert_cmpuint (g_list_model_get_n_items (f->context->domains), >, i);
  return g_list_model_get_item (f->context->domains, i);
}

static const char *
domain_name (Fixture *f, guint i)
{
  g_autoptr (KringRecord) term = domain (f, i);

  return kring_household_context_domain_name (f->context, kring_record_get_id (term));
}

/* The form */

/* Opens the form of @action (for assessment @id, or a new one when NULL). */
static KringFormDialog *
open_form (Fixture *f, const char *action, const char *id)
{
  return kring_ui_test_open_form (GTK_WIDGET (f->tab), action, id);
}

static char *
field (Fixture *f, const char *what, guint i)
{
  g_autoptr (KringRecord) term = domain (f, i);

  return g_strdup_printf ("_%s:%s", what, kring_record_get_id (term));
}

/* Scores domain @i (0: "Niet gescoord"). */
static void
set_score (Fixture *f, KringFormDialog *dialog, guint i, guint score)
{
  g_autofree char *column = field (f, "score", i);

  kring_ui_test_choose_at (dialog, column, score);
}

static void
set_strengths (Fixture *f, KringFormDialog *dialog, guint i, const char *text)
{
  g_autofree char *column = field (f, "strengths", i);

  kring_ui_test_type (dialog, column, text);
}

static void
save_form (Fixture *f, KringFormDialog *dialog)
{
  guint before = f->changes;

  g_assert_true (kring_form_dialog_activate_save (dialog));
  wait_changed (f, before);
  kring_ui_test_await_form_closed ();
}

/* A new assessment on @typed scoring domains 0, 1 and 2. */
static void
add_assessment (Fixture *f, const char *typed, const guint scores[3])
{
  KringFormDialog *dialog = open_form (f, "domains.new-assessment", NULL);

  kring_ui_test_type (dialog, "assessed_on", typed);
  for (guint i = 0; i < 3; i++)
    set_score (f, dialog, i, scores[i]);
  set_strengths (f, dialog, 0, "Moeder vraagt zelf om hulp.");
  save_form (f, dialog);
}

/* The store */

static KringRecord *
stored_assessment (Fixture *f, const char *date)
{
  return kring_ui_test_stored (f->store, f->household_id, "assessments", "assessed_on", date);
}

static guint
n_stored (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, NULL);

  return g_list_model_get_n_items (rows);
}

/* The assessments of the household and all their scores. */
static void
assert_stored (Fixture *f, guint n_assessments, guint n_scores)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, "assessments", "household_id",
                                                 f->household_id, NULL);
  guint scores = 0;

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_assessments);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      scores += n_stored (f, "assessment_scores", "assessment_id", kring_record_get_id (row));
    }
  g_assert_cmpuint (scores, ==, n_scores);
}

static gint64
stored_score (Fixture *f, KringRecord *assessment, guint i)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, "assessment_scores", "assessment_id",
                                                 kring_record_get_id (assessment), NULL);
  g_autoptr (KringRecord) term = domain (f, i);

  for (guint s = 0; s < g_list_model_get_n_items (rows); s++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, s);

      if (g_strcmp0 (kring_record_get_string (row, "domain_term_id"),
                     kring_record_get_id (term)) == 0)
        return kring_record_get_int (row, "score", -1);
    }
  return 0;
}

static guint
count_audit (Fixture *f, const char *action)
{
  return kring_ui_test_count_audit (f->store, f->household_id, action);
}

static gboolean
is_example (Fixture *f)
{
  return g_strcmp0 (f->household_id, GEZIN_A) == 0;
}

/* The tests' steps */

static void
check_chart (Fixture *f)
{
  GtkDropDown *date_a = child (f, "date_a_drop");
  GtkDropDown *date_b = child (f, "date_b_drop");

  g_assert_cmpstr (page (f), ==, "content");
  for (guint i = 0; i < 3; i++)
    g_assert_nonnull (strstr (summary (f), domain_name (f, i)));
  g_assert_null (strstr (summary (f), domain_name (f, 3)));
  /* One card per scored domain, one row per assessment. */
  g_assert_cmpuint (count_children (child (f, "domain_cards")), ==, 3);
  g_assert_cmpuint (count_children (child (f, "assessment_list")), ==, 2);
  /* Comparing offers both dates, first against latest. */
  gtk_toggle_button_set_active (child (f, "compare_button"), TRUE);
  g_assert_true (gtk_widget_get_visible (child (f, "compare_box")));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (date_a)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (date_b)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (date_a), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (date_b), ==, 1);
  /* Domain 0 went from 2 to 3, domain 1 stayed at 3. */
  g_test_message ("compared: %s", summary (f));
  g_assert_nonnull (strstr (summary (f), "(+1)"));
  g_assert_nonnull (strstr (summary (f), "(+0)"));
  if (is_example (f))
    kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-domains-compare");
  gtk_toggle_button_set_active (child (f, "over_time_button"), TRUE);
  g_assert_false (gtk_widget_get_visible (child (f, "compare_box")));
  /* "Ook niet gescoorde" adds the other domains to the chart. */
  gtk_switch_set_active (child (f, "all_switch"), TRUE);
  g_assert_nonnull (strstr (summary (f), domain_name (f, 3)));
  gtk_switch_set_active (child (f, "all_switch"), FALSE);
}

static void
check_refused (Fixture *f)
{
  KringFormDialog *dialog = open_form (f, "domains.new-assessment", NULL);

  /* Not one domain scored yet. */
  g_assert_false (kring_form_dialog_activate_save (dialog));
  set_score (f, dialog, 0, 4);
  kring_ui_test_type (dialog, "assessed_on", TYPED_A);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_false (kring_form_dialog_activate_save (dialog));
  g_assert_true (has_label (GTK_WIDGET (dialog), TYPED_A));
  if (is_example (f))
    kring_ui_test_screenshot (GTK_WIDGET (dialog), "household-domains-form");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kring_ui_test_await_form_closed ();
  assert_stored (f, 2, 6);
}

/* Editing B: domain 2 is no longer scored, domain 0 gets a 4. */
static void
check_edit (Fixture *f)
{
  g_autoptr (KringRecord) b = stored_assessment (f, DATE_B);
  KringFormDialog *dialog = open_form (f, "domains.edit-assessment", kring_record_get_id (b));

  set_score (f, dialog, 2, 0);
  set_score (f, dialog, 0, 4);
  save_form (f, dialog);
  assert_stored (f, 2, 5);
  g_assert_cmpint (stored_score (f, b, 0), ==, 4);
  g_assert_cmpint (stored_score (f, b, 1), ==, 3);
  g_assert_cmpint (stored_score (f, b, 2), ==, 0);
}

static void
check_remove_undo (Fixture *f)
{
  g_autoptr (KringRecord) a = stored_assessment (f, DATE_A);
  g_autoptr (KringHouseholdContext) removed_from = kring_household_context_ref (f->context);
  guint before = f->changes;

  gtk_widget_activate_action (GTK_WIDGET (f->tab), "domains.remove-assessment", "s",
                              kring_record_get_id (a));
  wait_changed (f, before);
  assert_stored (f, 1, 2);
  g_assert_cmpuint (count_children (child (f, "assessment_list")), ==, 1);
  /* Undo, as the toast's "Ongedaan maken" does. */
  before = f->changes;
  g_assert_true (kring_household_context_undo (removed_from));
  wait_changed (f, before);
  assert_stored (f, 2, 5);
  g_assert_cmpint (stored_score (f, a, 0), ==, 2);
  g_assert_cmpuint (count_children (child (f, "assessment_list")), ==, 2);
}

static void
test_assessments (Fixture *f, gconstpointer data)
{
  const guint scores_a[3] = { 2, 3, 1 };
  const guint scores_b[3] = { 3, 3, 2 };
  guint updates = count_audit (f, "update");

  g_assert_cmpstr (page (f), ==, "empty");
  if (is_example (f))
    kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-domains-empty");
  add_assessment (f, TYPED_A, scores_a);
  add_assessment (f, TYPED_B, scores_b);
  assert_stored (f, 2, 6);
  g_assert_cmpuint (count_audit (f, "update"), >=, updates + 2);
  check_chart (f);
  if (is_example (f))
    kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-domains");
  check_refused (f);
  check_edit (f);
  check_remove_undo (f);
  g_assert_cmpuint (count_audit (f, "update"), >=, updates + 5);
}

/* An example household with three assessments shows them all. */
static void
test_existing (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) assessments = kring_test_list (f->store, "assessments", "household_id",
                                                        JANSEN, NULL);
  guint n = g_list_model_get_n_items (assessments);

  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (page (f), ==, "content");
  g_assert_cmpuint (count_children (child (f, "assessment_list")), ==, n);
  g_assert_cmpuint (count_children (child (f, "domain_cards")), >, 0);
  g_assert_cmpstr (summary (f), !=, "");
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-domains-jansen");
  /* One domain at a time. */
  gtk_drop_down_set_selected (child (f, "domain_drop"), 1);
  g_assert_null (strstr (summary (f), ". "));
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-domains-one");
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  g_test_add ("/ui/household-domains/example", Fixture, GEZIN_A, fixture_set_up,
              test_assessments, fixture_tear_down);
  g_test_add ("/ui/household-domains/new-household", Fixture, NULL, fixture_set_up,
              test_assessments, fixture_tear_down);
  g_test_add ("/ui/household-domains/existing", Fixture, JANSEN, fixture_set_up, test_existing,
              fixture_tear_down);
  return g_test_run ();
}
