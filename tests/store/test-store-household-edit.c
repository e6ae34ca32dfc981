/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include "kring-store-household.h"
#include "kring-test-util.h"

/*
 * Changing a household through kring_store_household_save/remove on a real
 * SQLCipher file holding the example district: every change is one
 * transaction with one audit entry, no row moves between households, and
 * what remove returns restores everything it took.
 */

typedef KringTestStoreFixture Fixture;

#define ACTOR "Test Gebruiker"

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_set_up (f, NULL);
  kring_test_load_demo (f->store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_tear_down (f);
}

static guint
count (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, NULL);

  return g_list_model_get_n_items (rows);
}

static KringRecord *
nth (Fixture *f, const char *table, const char *column, const char *value, guint i)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, "id");

  g_assert_cmpuint (i, <, g_list_model_get_n_items (rows));
  return g_list_model_get_item (rows, i);
}

/* The id of the @i-th household of the example district (by id). */
static char *
household (Fixture *f, guint i)
{
  g_autoptr (KringRecord) row = nth (f, "households", NULL, NULL, i);

  return g_strdup (kring_record_get_id (row));
}

static gboolean
save (Fixture *f, const char *household_id, GPtrArray *records, GPtrArray *removals,
      GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_household_save_async (f->store, household_id, records, removals, ACTOR, NULL,
                                    kring_test_store_result, &result);
  return kring_store_household_save_finish (f->store, kring_test_await_borrowed (&result), error);
}

static GPtrArray *
remove_row (Fixture *f, const char *household_id, const char *table, const char *id,
            GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_household_remove_async (f->store, household_id, table, id, ACTOR, NULL,
                                      kring_test_store_result, &result);
  return kring_store_household_remove_finish (f->store, kring_test_await_borrowed (&result), error);
}

/* The audit actions logged for @id, oldest first, joined with spaces. */
static char *
audit_of (Fixture *f, const char *id)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, "audit_log", "record_id", id,
                                                 NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) entry = g_list_model_get_item (rows, i);

      g_assert_cmpstr (kring_record_get_string (entry, "actor"), ==, ACTOR);
      g_assert_cmpstr (kring_record_get_string (entry, "record_table"), ==, "households");
      g_string_append_printf (out, "%s%s", i ? " " : "", kring_record_get_string (entry, "action"));
    }
  return g_string_free (out, FALSE);
}

#define ASSERT_AUDIT(f, id, expected) \
  G_STMT_START { g_autofree char *a_ = audit_of (f, id); g_assert_cmpstr (a_, ==, expected); } \
  G_STMT_END

static GPtrArray *
records_new (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static void
test_create (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = records_new ();
  g_autoptr (KringRecord) team = nth (f, "teams", NULL, NULL, 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) step = NULL;
  KringRecord *h = kring_test_record_add (records, "households", "h-nieuw", "label",
                                          "Familie Nieuw", "team_id", kring_record_get_id (team),
                                          "opened_on", "2026-10-01", NULL);

  kring_test_record_add (records, "household_members", "hm-nieuw", "household_id", "h-nieuw",
                         "name", "Sam", "role", "main", NULL);
  g_assert_true (save (f, "h-nieuw", records, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (h);
  g_assert_cmpuint (count (f, "households", "id", "h-nieuw"), ==, 1);
  g_assert_cmpuint (count (f, "household_members", "household_id", "h-nieuw"), ==, 1);
  step = nth (f, "household_status_changes", "household_id", "h-nieuw", 0);
  g_assert_cmpstr (kring_record_get_string (step, "status"), ==, "aanmelding");
  g_assert_cmpstr (kring_record_get_string (step, "changed_on"), ==, "2026-10-01");
  ASSERT_AUDIT (f, "h-nieuw", "create");

  /* Saving the household again is a change, not a second start. */
  kring_record_set_string (h, "notes", "Aangemeld door de huisarts.");
  g_assert_true (save (f, "h-nieuw", records, NULL, &error));
  g_assert_cmpuint (count (f, "household_status_changes", "household_id", "h-nieuw"), ==, 1);
  ASSERT_AUDIT (f, "h-nieuw", "create update");
}

static void
test_update (Fixture *f, gconstpointer data)
{
  g_autofree char *id = household (f, 0);
  g_autoptr (GPtrArray) records = records_new ();
  g_autoptr (GPtrArray) removals = records_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) member = nth (f, "household_members", "household_id", id, 0);
  guint members = count (f, "household_members", "household_id", id);

  kring_test_record_add (records, "goals", "g-nieuw", "household_id", id, "description",
                         "Vaste lasten op tijd betalen", NULL);
  g_ptr_array_add (removals, kring_record_new_with_id ("household_members", kring_record_get_id (member)));
  g_assert_true (save (f, id, records, removals, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, "goals", "id", "g-nieuw"), ==, 1);
  g_assert_cmpuint (count (f, "household_members", "household_id", id), ==, members - 1);
  ASSERT_AUDIT (f, id, "update");
}

/* A row that names another household, or a stored row of another household
 * saved under this one, is refused and nothing of the batch is written. */
static void
test_foreign (Fixture *f, gconstpointer data)
{
  g_autofree char *one = household (f, 0);
  g_autofree char *two = household (f, 1);
  g_autoptr (KringRecord) theirs = nth (f, "household_members", "household_id", two, 0);
  g_autoptr (GPtrArray) records = records_new ();
  g_autoptr (GPtrArray) moved = records_new ();
  g_autoptr (GPtrArray) scores = records_new ();
  g_autoptr (GPtrArray) removals = records_new ();
  g_autoptr (GPtrArray) empty = records_new ();
  g_autoptr (KringRecord) assessment = nth (f, "assessments", "household_id", two, 0);
  GError *error = NULL;

  kring_test_record_add (records, "goals", "g-ok", "household_id", one, "description", "A", NULL);
  kring_test_record_add (records, "goals", "g-fout", "household_id", two, "description", "B",
                         NULL);
  g_assert_false (save (f, one, records, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "goals", "id", "g-ok"), ==, 0);

  g_ptr_array_add (moved, kring_record_copy (theirs));
  kring_record_set_string (moved->pdata[0], "household_id", one);
  g_assert_false (save (f, one, moved, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  kring_test_record_add (scores, "assessment_scores", NULL, "assessment_id",
                         kring_record_get_id (assessment), "domain_term_id", "x", NULL);
  g_assert_false (save (f, one, scores, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_ptr_array_add (removals, kring_record_new_with_id ("household_members", kring_record_get_id (theirs)));
  g_assert_false (save (f, one, empty, removals, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "household_members", "id", kring_record_get_id (theirs)), ==, 1);

  g_assert_false (save (f, "h-bestaat-niet", empty, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  ASSERT_AUDIT (f, one, "");
}

/* A new assessment and its scores in one batch. */
static void
test_scores (Fixture *f, gconstpointer data)
{
  g_autofree char *id = household (f, 0);
  g_autoptr (KringRecord) domain = nth (f, "taxonomy_terms", NULL, NULL, 0);
  g_autoptr (GPtrArray) records = records_new ();
  g_autoptr (GError) error = NULL;
  KringRecord *score;

  kring_test_record_add (records, "assessments", "as-nieuw", "household_id", id,
                         "assessed_on", "2026-11-01", NULL);
  score = kring_test_record_add (records, "assessment_scores", NULL, "assessment_id", "as-nieuw",
                                 "domain_term_id", kring_record_get_id (domain), NULL);
  kring_record_set_int (score, "score", 3);
  g_assert_true (save (f, id, records, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, "assessment_scores", "assessment_id", "as-nieuw"), ==, 1);
}

/* Removing a goal detaches its actions; saving what remove returned puts
 * the goal back and re-attaches them. */
static void
test_remove_undo (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) actions = kring_test_list (f->store, "actions", NULL, NULL, NULL);
  g_autoptr (KringRecord) action = NULL;
  g_autoptr (GPtrArray) undo = NULL;
  g_autoptr (GError) error = NULL;
  const char *goal, *id;
  guint attached;

  /* An action with a goal. */
  for (guint i = 0; action == NULL && i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (KringRecord) a = g_list_model_get_item (actions, i);

      if (kring_record_get_string (a, "goal_id") != NULL)
        action = g_steal_pointer (&a);
    }
  g_assert_nonnull (action);
  goal = kring_record_get_string (action, "goal_id");
  id = kring_record_get_string (action, "household_id");
  attached = count (f, "actions", "goal_id", goal);
  undo = remove_row (f, id, "goals", goal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (undo->len, ==, 1 + attached);
  g_assert_cmpuint (count (f, "goals", "id", goal), ==, 0);
  g_assert_cmpuint (count (f, "actions", "goal_id", goal), ==, 0);
  g_assert_true (save (f, id, undo, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, "goals", "id", goal), ==, 1);
  g_assert_cmpuint (count (f, "actions", "goal_id", goal), ==, attached);
  ASSERT_AUDIT (f, id, "update update");
}

static const char *const household_tables[] = {
  "household_status_changes", "household_members", "network_persons",
  "household_professionals", "consents", "assessments", "goals", "actions", "evaluations",
  "deviations", "journal_notes", "map_snapshots",
};

static guint
plan_rows (Fixture *f, const char *id)
{
  guint n = count (f, "households", "id", id);

  for (guint i = 0; i < G_N_ELEMENTS (household_tables); i++)
    n += count (f, household_tables[i], "household_id", id);
  return n;
}

/* The whole household goes with everything of it, logged as 'delete';
 * the rows returned bring all of it back. */
static void
test_remove_household (Fixture *f, gconstpointer data)
{
  g_autofree char *id = household (f, 0);
  guint before = plan_rows (f, id);
  guint scores = count (f, "assessment_scores", NULL, NULL);
  g_autoptr (GPtrArray) undo = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (before, >, 10);
  undo = remove_row (f, id, "households", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan_rows (f, id), ==, 0);
  g_assert_cmpuint (count (f, "assessment_scores", NULL, NULL), <, scores);
  ASSERT_AUDIT (f, id, "delete");
  g_assert_true (save (f, id, undo, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plan_rows (f, id), ==, before);
  g_assert_cmpuint (count (f, "assessment_scores", NULL, NULL), ==, scores);
  ASSERT_AUDIT (f, id, "delete create");
}

static void
test_remove_foreign (Fixture *f, gconstpointer data)
{
  g_autofree char *one = household (f, 0);
  g_autofree char *two = household (f, 1);
  g_autoptr (KringRecord) theirs = nth (f, "goals", "household_id", two, 0);
  g_autoptr (GPtrArray) undo = NULL;
  GError *error = NULL;

  undo = remove_row (f, one, "goals", kring_record_get_id (theirs), &error);
  g_assert_null (undo);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  undo = remove_row (f, one, "organizations", "o-x", &error);
  g_assert_null (undo);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "goals", "id", kring_record_get_id (theirs)), ==, 1);
}

static void
test_life_domains (Fixture *f, gconstpointer data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) domains = NULL;
  g_autoptr (KringRecord) first = NULL;
  gint64 last = G_MININT64;

  kring_store_life_domains_async (f->store, NULL, kring_test_store_result, &result);
  domains = kring_store_life_domains_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, 15);
  first = g_list_model_get_item (domains, 0);
  g_assert_cmpstr (kring_record_get_string (first, "name"), ==, "Financiën");
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (domains, i);
      gint64 order = kring_record_get_int (term, "sort_order", 0);

      g_assert_cmpint (order, >=, last);
      last = order;
    }
}

/* The forms' sociale kaart: every organisation, service and contact, by
 * name, each contact and service with its organisation's name. */
static void
test_choices (Fixture *f, gconstpointer data)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lists = NULL;
  g_autoptr (KringRecord) contact = NULL;
  g_autoptr (KringRecord) organization = NULL;
  const char *tables[] = { "organizations", "services", "contacts" };

  kring_store_household_choices_async (f->store, NULL, kring_test_store_result, &result);
  lists = kring_store_household_choices_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lists->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[i]), ==,
                      count (f, tables[i], NULL, NULL));
  contact = g_list_model_get_item (lists->pdata[2], 0);
  organization = nth (f, "organizations", "id", kring_record_get_string (contact,
                                                                         "organization_id"), 0);
  g_assert_cmpstr (kring_record_get_table (contact), ==, "contacts");
  g_assert_nonnull (kring_record_get_string (contact, "name"));
  g_assert_cmpstr (kring_record_get_string (contact, "organization_name"), ==,
                   kring_record_get_string (organization, "name"));
  g_assert_false (kring_record_has (contact, "department"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/household-edit/create", test_create);
  ADD ("/store/household-edit/update", test_update);
  ADD ("/store/household-edit/foreign", test_foreign);
  ADD ("/store/household-edit/scores", test_scores);
  ADD ("/store/household-edit/remove-undo", test_remove_undo);
  ADD ("/store/household-edit/remove-household", test_remove_household);
  ADD ("/store/household-edit/remove-foreign", test_remove_foreign);
  ADD ("/store/household-edit/life-domains", test_life_domains);
  ADD ("/store/household-edit/choices", test_choices);
#undef ADD
  return g_test_run ();
}
