/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-demo.h"
#include "kring-store-household.h"
#include "kring-store-test.h"

/*
 * Households and their plan against a real SQLCipher store: every entity
 * of a plan saved and read back, the list's computed columns and filters,
 * the status flow with its dates, the audit trail of views and changes,
 * the task list, the ecomap, and a deleted household that leaves nothing
 * behind in any table.
 */

typedef KringTestStoreFixture Fixture;

#define H_ONE   "h-ozturk"
#define H_TWO   "h-bakker"
#define H_THREE "h-achter"

/* The date @days from today (local time). */
static char *
day_from_today (int days)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) date = g_date_time_add_days (now, days);

  return g_date_time_format (date, "%Y-%m-%d");
}

static void
add_context (GPtrArray *r)
{
  /* No kind, so the example district's own life domains can sit beside it. */
  kring_test_record_add (r, "taxonomies", "x-ld", "name", "Levensdomeinen", NULL);
  kring_test_record_add (r, "taxonomy_terms", "t-fin", "name", "Financiën", "taxonomy_id", "x-ld",
                         NULL);
  kring_test_record_add (r, "taxonomy_terms", "t-huis", "name", "Huisvesting", "taxonomy_id",
                         "x-ld", NULL);
  kring_test_record_add (r, "neighbourhoods", "nb-oost", "name", "Oost", NULL);
  kring_test_record_add (r, "neighbourhoods", "nb-west", "name", "West", NULL);
  kring_test_record_add (r, "teams", "team-1", "name", "Wijkteam Oost", NULL);
  kring_test_record_add (r, "team_members", "m-anna", "team_id", "team-1", "name", "Anna Jansen",
                         NULL);
  kring_test_record_add (r, "team_members", "m-bert", "team_id", "team-1", "name", "Bert Visser",
                         NULL);
  kring_test_record_add (r, "organizations", "o-ggz", "name", "GGZ Vaartland", NULL);
  kring_test_record_add (r, "services", "s-schuld", "name", "Schuldhulp", "organization_id",
                         "o-ggz", NULL);
  kring_test_record_add (r, "contacts", "c-karin", "name", "Karin Smit", "organization_id",
                         "o-ggz", NULL);
}

static void
add_people (GPtrArray *r)
{
  KringRecord *rec;

  rec = kring_test_record_add (r, "household_members", "hm-ayse", "household_id", H_ONE, "name",
                               "Ayşe Öztürk", "role", "main", NULL);
  kring_record_set_int (rec, "birth_year", 1985);
  rec = kring_test_record_add (r, "household_members", "hm-emre", "household_id", H_ONE, "name",
                               "Emre", "role", "child", NULL);
  kring_record_set_int (rec, "birth_year", 2012);
  kring_test_record_add (r, "network_persons", "np-oma", "household_id", H_ONE, "name", "Fatma",
                         "relation", "grootmoeder", "ring", "close", "tie", "strong", NULL);
  kring_test_record_add (r, "network_persons", "np-buur", "household_id", H_ONE, "name", "Els",
                         "relation", "Buurvrouw", "ring", "wider", "tie", "weak", NULL);
  kring_test_record_add (r, "network_persons", "np-juf", "household_id", H_ONE, "name", "Meester Jan",
                         "relation", "leerkracht", "ring", "wider", "tie", "stressful", NULL);
  kring_test_record_add (r, "network_persons", "np-agent", "household_id", H_ONE, "name", "Wijkagent",
                         "ring", "professional", "tie", "weak", NULL);
  kring_test_record_add (r, "household_professionals", "hp-karin", "household_id", H_ONE,
                         "contact_id", "c-karin", "organization_id", "o-ggz", "role", "POH-GGZ", NULL);
  kring_test_record_add (r, "household_professionals", "hp-bert", "household_id", H_ONE,
                         "team_member_id", "m-bert", "role", "Jeugdconsulent", NULL);
  kring_test_record_add (r, "household_professionals", "hp-peters", "household_id", H_ONE,
                         "name", "Dr. Peters", "role", "Huisarts", NULL);
  kring_test_record_add (r, "household_professionals", "hp-ggz", "household_id", H_ONE,
                         "organization_id", "o-ggz", "role", "Behandeling", NULL);
  kring_test_record_add (r, "household_professionals", "hp-oud", "household_id", H_ONE,
                         "name", "Oud", "role", "Vorige", "ended_on", "2000-01-01", NULL);
}

static void
add_assessments (GPtrArray *r)
{
  KringRecord *rec;

  kring_test_record_add (r, "consents", "co-ggz", "household_id", H_ONE, "household_member_id",
                         "hm-ayse", "information", "Schulden", "organization_id", "o-ggz",
                         "purpose", "Doorverwijzing", "given_on", "2024-01-05", NULL);
  /* Saved newest first: the plan orders them by date. */
  kring_test_record_add (r, "assessments", "as-juni", "household_id", H_ONE, "assessed_on",
                         "2024-06-10", NULL);
  kring_test_record_add (r, "assessments", "as-jan", "household_id", H_ONE, "assessed_on",
                         "2024-01-10", NULL);
  rec = kring_test_record_add (r, "assessment_scores", "sc-jan-fin", "assessment_id", "as-jan",
                               "domain_term_id", "t-fin", "concerns", "Schulden", NULL);
  kring_record_set_int (rec, "score", 2);
  rec = kring_test_record_add (r, "assessment_scores", "sc-jun-huis", "assessment_id", "as-juni",
                               "domain_term_id", "t-huis", NULL);
  kring_record_set_int (rec, "score", 3);
  rec = kring_test_record_add (r, "assessment_scores", "sc-jun-fin", "assessment_id", "as-juni",
                               "domain_term_id", "t-fin", NULL);
  kring_record_set_int (rec, "score", 4);
  kring_test_record_add (r, "goals", "g-fin", "household_id", H_ONE, "domain_term_id", "t-fin",
                         "description", "Schulden in beeld", NULL);
}

static void
add_actions (GPtrArray *r)
{
  g_autofree char *yesterday = day_from_today (-1);
  g_autofree char *tomorrow = day_from_today (1);

  kring_test_record_add (r, "actions", "a-member", "household_id", H_ONE, "goal_id", "g-fin",
                         "what", "Post openen", "actor_kind", "household_member", "actor_id",
                         "hm-ayse", "due_on", yesterday, NULL);
  kring_test_record_add (r, "actions", "a-np", "household_id", H_ONE, "what", "Oppassen",
                         "actor_kind", "network_person", "actor_id", "np-oma", "status",
                         "in_progress", NULL);
  kring_test_record_add (r, "actions", "a-tm", "household_id", H_ONE, "what", "Huisbezoek",
                         "actor_kind", "team_member", "actor_id", "m-bert", "due_on", tomorrow,
                         NULL);
  kring_test_record_add (r, "actions", "a-contact", "household_id", H_ONE, "what", "Intake",
                         "actor_kind", "contact", "actor_id", "c-karin", "due_on", "2000-01-01",
                         NULL);
  kring_test_record_add (r, "actions", "a-service", "household_id", H_ONE, "what", "Aanmelden",
                         "actor_kind", "service", "actor_id", "s-schuld", NULL);
  kring_test_record_add (r, "actions", "a-free", "household_id", H_ONE, "what", "Bellen",
                         "actor_name", "Stichting Thuis", NULL);
  kring_test_record_add (r, "actions", "a-done", "household_id", H_ONE, "what", "Klaar",
                         "actor_kind", "team_member", "actor_id", "m-anna", "due_on",
                         "2001-01-01", "status", "done", NULL);
}

static void
add_moments (GPtrArray *r)
{
  kring_test_record_add (r, "evaluations", "ev-mei", "household_id", H_ONE, "planned_on",
                         "2030-05-01", NULL);
  kring_test_record_add (r, "evaluations", "ev-maart", "household_id", H_ONE, "planned_on",
                         "2030-03-01", "held_on", "2030-03-02", "summary", "Goed", NULL);
  kring_test_record_add (r, "evaluations", "ev-later", "household_id", H_ONE, "kind", "afschalen",
                         "planned_on", "2031-01-01", NULL);
  kring_test_record_add (r, "deviations", "dv-1", "household_id", H_ONE, "occurred_on",
                         "2024-03-01", "description", "Geen bezoek", "reason", "Ziek", NULL);
  kring_test_record_add (r, "journal_notes", "jn-jan", "household_id", H_ONE, "written_on",
                         "2024-01-01", "text", "Eerste gesprek", NULL);
  kring_test_record_add (r, "journal_notes", "jn-feb", "household_id", H_ONE, "written_on",
                         "2024-02-01", "text", "Tweede gesprek", NULL);
  kring_test_record_add (r, "household_status_changes", "sc-aanm", "household_id", H_ONE,
                         "status", "aanmelding", "changed_on", "2024-01-01", NULL);
  kring_test_record_add (r, "map_snapshots", "ms-1", "team_id", "team-1", "kind", "household",
                         "household_id", H_ONE, "taken_on", "2024-02-02", NULL);
}

static void
add_households (GPtrArray *r)
{
  kring_test_record_add (r, "households", H_ONE, "team_id", "team-1", "label", "Familie Öztürk",
                         "neighbourhood_id", "nb-oost", "regisseur_id", "m-anna", "status",
                         "uitvoering", "next_evaluation_on", "2099-01-01", "notes",
                         "Woont boven de bakker", NULL);
  kring_test_record_add (r, "households", H_TWO, "team_id", "team-1", "label", "Huishouden Bakker",
                         "neighbourhood_id", "nb-west", "regisseur_id", "m-bert", "status",
                         "afgesloten", "next_evaluation_on", "2040-01-01", NULL);
  kring_test_record_add (r, "households", H_THREE, "team_id", "team-1", "label", "Achternaam",
                         NULL);
  kring_test_record_add (r, "household_members", "hm-jose", "household_id", H_THREE, "name",
                         "José García", NULL);
  kring_test_record_add (r, "goals", "g-huis", "household_id", H_TWO, "domain_term_id", "t-huis",
                         "description", "Woning houden", NULL);
  kring_test_record_add (r, "actions", "a-two", "household_id", H_TWO, "what", "Nazorg",
                         "actor_kind", "team_member", "actor_id", "m-anna", "due_on", "2099-01-01",
                         NULL);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  add_context (records);
  add_households (records);
  add_people (records);
  add_assessments (records);
  add_actions (records);
  add_moments (records);
  kring_test_store_fixture_set_up (f, records);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_tear_down (f);
}

/* --- synchronous wrappers --- */

static GListModel *
households (Fixture *f, const KringHouseholdFilter *filter)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *rows;

  kring_store_households_async (f->store, filter, NULL, kring_test_store_result, &result);
  rows = kring_store_households_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return rows;
}

static GHashTable *
plan (Fixture *f, const char *id, const char *actor, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_household_plan_async (f->store, id, actor, NULL, kring_test_store_result, &result);
  return kring_store_household_plan_finish (f->store, kring_test_await_borrowed (&result), error);
}

static gboolean
set_status (Fixture *f, const char *id, KringHouseholdStatus status, const char *on,
            const char *actor, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_household_set_status_async (f->store, id, status, on, "Notitie", actor, NULL,
                                          kring_test_store_result, &result);
  return kring_store_household_set_status_finish (f->store, kring_test_await_borrowed (&result), error);
}

static GListModel *
tasks (Fixture *f, const char *member)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *rows;

  kring_store_tasks_async (f->store, member, NULL, kring_test_store_result, &result);
  rows = kring_store_tasks_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return rows;
}

static KringMapGraph *
ecomap (Fixture *f, const char *id, GError **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kring_store_household_ecomap_async (f->store, id, NULL, kring_test_store_result, &result);
  return kring_store_household_ecomap_finish (f->store, kring_test_await_borrowed (&result), error);
}

/* --- small helpers --- */

static KringRecord *
row (GListModel *model, guint i)
{
  g_autoptr (KringRecord) record = g_list_model_get_item (model, i);

  g_assert_nonnull (record);
  return record; /* the model keeps its reference */
}

/* The ids of @model, joined with spaces. */
static char *
ids (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", kring_record_get_id (row (model, i)));
  return g_string_free (out, FALSE);
}

static char *
filtered_ids (Fixture *f, const KringHouseholdFilter *filter)
{
  g_autoptr (GListModel) rows = households (f, filter);

  return ids (rows);
}

static guint
count_rows (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_store_test_list (f->store, table, column, value);

  return g_list_model_get_n_items (rows);
}

static char *
plan_ids (GHashTable *p, const char *table)
{
  GListModel *model = g_hash_table_lookup (p, table);

  g_assert_nonnull (model);
  return ids (model);
}

#define ASSERT_IDS(got, expected) \
  G_STMT_START { g_autofree char *ids_ = (got); g_assert_cmpstr (ids_, ==, (expected)); } G_STMT_END

/* --- the plan --- */

static void
test_plan_entities (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) p = plan (f, H_ONE, "m-anna", &error);
  GListModel *hh;

  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (p), ==, 14);
  hh = g_hash_table_lookup (p, "households");
  g_assert_cmpuint (g_list_model_get_n_items (hh), ==, 1);
  g_assert_cmpstr (kring_record_get_string (row (hh, 0), "label"), ==, "Familie Öztürk");
  g_assert_cmpstr (kring_record_get_string (row (hh, 0), "status"), ==, "uitvoering");
  ASSERT_IDS (plan_ids (p, "household_status_changes"), "sc-aanm");
  ASSERT_IDS (plan_ids (p, "household_members"), "hm-ayse hm-emre");
  g_assert_cmpint (kring_record_get_int (row (g_hash_table_lookup (p, "household_members"), 0),
                                         "birth_year", 0), ==, 1985);
  ASSERT_IDS (plan_ids (p, "network_persons"), "np-oma np-buur np-juf np-agent");
  ASSERT_IDS (plan_ids (p, "household_professionals"),
              "hp-karin hp-bert hp-peters hp-ggz hp-oud");
  ASSERT_IDS (plan_ids (p, "consents"), "co-ggz");
  ASSERT_IDS (plan_ids (p, "assessments"), "as-jan as-juni");
  ASSERT_IDS (plan_ids (p, "goals"), "g-fin");
  ASSERT_IDS (plan_ids (p, "evaluations"), "ev-maart ev-mei ev-later");
  ASSERT_IDS (plan_ids (p, "deviations"), "dv-1");
  ASSERT_IDS (plan_ids (p, "journal_notes"), "jn-feb jn-jan");
  ASSERT_IDS (plan_ids (p, "map_snapshots"), "ms-1");
  g_assert_cmpstr (kring_record_get_string (row (g_hash_table_lookup (p, "deviations"), 0),
                                            "reason"), ==, "Ziek");
}

static void
test_plan_scores (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) p = plan (f, H_ONE, NULL, &error);
  GListModel *scores;

  g_assert_no_error (error);
  scores = g_hash_table_lookup (p, "assessment_scores");
  ASSERT_IDS (ids (scores), "sc-jan-fin sc-jun-fin sc-jun-huis");
  g_assert_cmpstr (kring_record_get_string (row (scores, 0), "domain_name"), ==, "Financiën");
  g_assert_cmpint (kring_record_get_int (row (scores, 0), "score", 0), ==, 2);
  g_assert_cmpstr (kring_record_get_string (row (scores, 0), "concerns"), ==, "Schulden");
  g_assert_cmpstr (kring_record_get_string (row (scores, 2), "domain_name"), ==, "Huisvesting");
  g_assert_cmpint (kring_record_get_int (row (scores, 1), "score", 0), ==, 4);
}

static void
test_plan_actor_labels (Fixture *f, gconstpointer data)
{
  static const char *const expected[][2] = {
    { "a-member", "Ayşe Öztürk" }, { "a-np", "Fatma" }, { "a-tm", "Bert Visser" },
    { "a-contact", "Karin Smit" }, { "a-service", "Schuldhulp" },
    { "a-free", "Stichting Thuis" }, { "a-done", "Anna Jansen" },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) p = plan (f, H_ONE, NULL, &error);
  GListModel *actions;

  g_assert_no_error (error);
  actions = g_hash_table_lookup (p, "actions");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        if (g_str_equal (kring_record_get_id (row (actions, j)), expected[i][0]))
          {
            g_assert_cmpstr (kring_record_get_string (row (actions, j), "actor_label"), ==,
                             expected[i][1]);
            found = TRUE;
          }
      g_assert_true (found);
    }
}

static void
test_plan_audit (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) p = plan (f, H_ONE, "m-anna", &error);
  g_autoptr (GListModel) log = NULL;
  KringRecord *entry;

  g_assert_no_error (error);
  log = kring_store_test_list (f->store, "audit_log", "record_id", H_ONE);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
  entry = row (log, 0);
  g_assert_cmpstr (kring_record_get_string (entry, "action"), ==, "view");
  g_assert_cmpstr (kring_record_get_string (entry, "actor"), ==, "m-anna");
  g_assert_cmpstr (kring_record_get_string (entry, "record_table"), ==, "households");
  g_assert_true (g_str_has_prefix (kring_record_get_string (entry, "at"), "20"));
  g_assert_nonnull (strchr (kring_record_get_string (entry, "at"), 'T'));

  /* Reading the plan back after a logged change is not another view. */
  {
    g_autoptr (GHashTable) again = plan (f, H_ONE, NULL, &error);
    g_autoptr (GListModel) after = kring_store_test_list (f->store, "audit_log", "record_id",
                                                          H_ONE);

    g_assert_no_error (error);
    g_assert_nonnull (again);
    g_assert_cmpuint (g_list_model_get_n_items (after), ==, 1);
  }
}

static void
test_plan_unknown (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) p = plan (f, "h-nergens", "m-anna", &error);

  g_assert_null (p);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_rows (f, "audit_log", NULL, NULL), ==, 0);
}

/* --- the list --- */

static void
test_list_columns (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) rows = households (f, NULL);
  KringRecord *one, *two, *three;

  ASSERT_IDS (ids (rows), H_THREE " " H_ONE " " H_TWO);
  three = row (rows, 0);
  one = row (rows, 1);
  two = row (rows, 2);
  g_assert_cmpstr (kring_record_get_string (one, "neighbourhood_name"), ==, "Oost");
  g_assert_cmpstr (kring_record_get_string (one, "regisseur_name"), ==, "Anna Jansen");
  g_assert_cmpint (kring_record_get_int (one, "open_actions", -1), ==, 6);
  g_assert_cmpint (kring_record_get_int (one, "overdue_actions", -1), ==, 2);
  /* The earliest planned evaluation not held, not the household's own column. */
  g_assert_cmpstr (kring_record_get_string (one, "next_evaluation_on"), ==, "2030-05-01");
  g_assert_cmpstr (kring_record_get_string (one, "notes"), ==, "Woont boven de bakker");
  g_assert_cmpstr (kring_record_get_string (two, "next_evaluation_on"), ==, "2040-01-01");
  g_assert_cmpint (kring_record_get_int (two, "open_actions", -1), ==, 1);
  g_assert_cmpint (kring_record_get_int (two, "overdue_actions", -1), ==, 0);
  g_assert_true (kring_record_is_null (three, "neighbourhood_name"));
  g_assert_true (kring_record_is_null (three, "regisseur_name"));
  g_assert_true (kring_record_is_null (three, "next_evaluation_on"));
  g_assert_cmpint (kring_record_get_int (three, "open_actions", -1), ==, 0);
}

static void
test_list_filters (Fixture *f, gconstpointer data)
{
  g_autoptr (KringHouseholdFilter) filter = kring_household_filter_new ();

  filter->regisseur_id = g_strdup ("m-anna");
  ASSERT_IDS (filtered_ids (f, filter), H_ONE);
  g_free (filter->regisseur_id);
  filter->regisseur_id = g_strdup ("m-bert");
  ASSERT_IDS (filtered_ids (f, filter), H_TWO);
  g_clear_pointer (&filter->regisseur_id, g_free);

  filter->status = KRING_HOUSEHOLD_AFGESLOTEN;
  ASSERT_IDS (filtered_ids (f, filter), H_TWO);
  filter->status = KRING_HOUSEHOLD_AANMELDING;
  ASSERT_IDS (filtered_ids (f, filter), H_THREE);
  filter->status = -1;

  filter->open_only = TRUE;
  ASSERT_IDS (filtered_ids (f, filter), H_THREE " " H_ONE);
  filter->open_only = FALSE;

  filter->neighbourhood_id = g_strdup ("nb-west");
  ASSERT_IDS (filtered_ids (f, filter), H_TWO);
  g_clear_pointer (&filter->neighbourhood_id, g_free);

  filter->domain_term_id = g_strdup ("t-fin");
  ASSERT_IDS (filtered_ids (f, filter), H_ONE);
  g_free (filter->domain_term_id);
  filter->domain_term_id = g_strdup ("t-huis");
  ASSERT_IDS (filtered_ids (f, filter), H_TWO);
  g_clear_pointer (&filter->domain_term_id, g_free);

  filter->team_id = g_strdup ("team-2");
  ASSERT_IDS (filtered_ids (f, filter), "");
  g_free (filter->team_id);
  filter->team_id = g_strdup ("team-1");
  ASSERT_IDS (filtered_ids (f, filter), H_THREE " " H_ONE " " H_TWO);
}

static void
test_list_text (Fixture *f, gconstpointer data)
{
  g_autoptr (KringHouseholdFilter) filter = kring_household_filter_new ();
  static const char *const cases[][2] = {
    { "ozturk", H_ONE },                  /* label, accents aside */
    { "AYSE", H_ONE },                    /* a member's name */
    { "bakker", H_ONE " " H_TWO },        /* notes of one, label of the other */
    { "garcía jos", H_THREE },            /* every word, in any order */
    { "  ", H_THREE " " H_ONE " " H_TWO }, /* blank: no text filter */
    { "nergens", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_free (filter->text);
      filter->text = g_strdup (cases[i][0]);
      ASSERT_IDS (filtered_ids (f, filter), cases[i][1]);
    }
  filter->open_only = TRUE;
  ASSERT_IDS (filtered_ids (f, filter), "");
  g_free (filter->text);
  filter->text = g_strdup ("bakker");
  ASSERT_IDS (filtered_ids (f, filter), H_ONE);
}

/* --- the status flow --- */

static KringRecord *
household (Fixture *f, const char *id)
{
  g_autoptr (GError) error = NULL;
  KringRecord *record = kring_store_test_get (f->store, "households", id, &error);

  g_assert_no_error (error);
  return record;
}

static void
assert_change (GListModel *changes, guint i, const char *status, const char *on,
               const char *by)
{
  KringRecord *change = row (changes, i);

  g_assert_cmpstr (kring_record_get_string (change, "status"), ==, status);
  g_assert_cmpstr (kring_record_get_string (change, "changed_on"), ==, on);
  g_assert_cmpstr (kring_record_get_string (change, "changed_by_id"), ==, by);
  g_assert_cmpstr (kring_record_get_string (change, "note"), ==, "Notitie");
}

static void
test_status_flow (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) h = NULL;
  g_autoptr (GHashTable) p = NULL;
  GListModel *changes;

  g_assert_true (set_status (f, H_THREE, KRING_HOUSEHOLD_VRAAGVERHELDERING, "2024-02-01",
                             "m-anna", &error));
  g_assert_true (set_status (f, H_THREE, KRING_HOUSEHOLD_PLAN, "2024-03-01", "Piet", &error));
  g_assert_true (set_status (f, H_THREE, KRING_HOUSEHOLD_AFGESLOTEN, "2024-04-01", "m-bert",
                             &error));
  g_assert_no_error (error);
  h = household (f, H_THREE);
  g_assert_cmpstr (kring_record_get_string (h, "status"), ==, "afgesloten");
  g_assert_cmpstr (kring_record_get_string (h, "opened_on"), ==, "2024-02-01");
  g_assert_cmpstr (kring_record_get_string (h, "closed_on"), ==, "2024-04-01");

  p = plan (f, H_THREE, NULL, &error);
  g_assert_no_error (error);
  changes = g_hash_table_lookup (p, "household_status_changes");
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 3);
  assert_change (changes, 0, "vraagverheldering", "2024-02-01", "m-anna");
  /* An actor who is not a team member is in the audit log, not in changed_by_id. */
  assert_change (changes, 1, "plan", "2024-03-01", NULL);
  assert_change (changes, 2, "afgesloten", "2024-04-01", "m-bert");
}

static void
test_status_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) h = NULL;
  g_autofree char *today = day_from_today (0);

  g_assert_true (set_status (f, H_TWO, KRING_HOUSEHOLD_VRAAGVERHELDERING, NULL, "m-bert",
                             &error));
  g_assert_no_error (error);
  h = household (f, H_TWO);
  g_assert_cmpstr (kring_record_get_string (h, "status"), ==, "vraagverheldering");
  g_assert_true (kring_record_is_null (h, "closed_on"));
  /* opened_on was unset, so the first step sets it. */
  g_assert_cmpstr (kring_record_get_string (h, "opened_on"), ==, today);
  g_assert_cmpuint (count_rows (f, "household_status_changes", "changed_on", today), ==, 1);
}

static void
test_status_same (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) before = household (f, H_ONE);
  g_autoptr (KringRecord) after = NULL;

  g_assert_false (set_status (f, H_ONE, KRING_HOUSEHOLD_UITVOERING, "2024-05-01", "m-anna",
                              &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  after = household (f, H_ONE);
  g_assert_true (kring_record_equal (before, after));
  g_assert_cmpuint (count_rows (f, "household_status_changes", "household_id", H_ONE), ==, 1);
  g_assert_cmpuint (count_rows (f, "audit_log", NULL, NULL), ==, 0);
}

static void
test_status_invalid (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (set_status (f, "h-nergens", KRING_HOUSEHOLD_PLAN, NULL, "m-anna", &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (set_status (f, H_ONE, KRING_HOUSEHOLD_PLAN, "1 mei", "m-anna", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (set_status (f, H_ONE, KRING_HOUSEHOLD_PLAN, "2024-02-30", "m-anna", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (count_rows (f, "household_status_changes", NULL, NULL), ==, 1);
  g_assert_cmpuint (count_rows (f, "audit_log", NULL, NULL), ==, 0);
}

static void
test_status_audit (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) log = NULL;

  g_assert_true (set_status (f, H_ONE, KRING_HOUSEHOLD_EVALUATIE, "2024-05-01", "m-anna",
                             &error));
  g_assert_true (set_status (f, H_ONE, KRING_HOUSEHOLD_AFGESLOTEN, "2024-06-01", "Piet", &error));
  g_assert_no_error (error);
  log = kring_store_test_list (f->store, "audit_log", "record_id", H_ONE);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpstr (kring_record_get_string (row (log, i), "action"), ==, "update");
      g_assert_cmpstr (kring_record_get_string (row (log, i), "record_table"), ==, "households");
      g_assert_nonnull (kring_record_get_string (row (log, i), "at"));
    }
  g_assert_cmpstr (kring_record_get_string (row (log, 0), "actor"), ==, "m-anna");
  g_assert_cmpstr (kring_record_get_string (row (log, 1), "actor"), ==, "Piet");
}

static void
test_status_names (void)
{
  for (int i = 0; i < KRING_HOUSEHOLD_N_STATUSES; i++)
    g_assert_cmpint (kring_household_status_parse (kring_household_status_name (i)), ==, i);
  g_assert_cmpstr (kring_household_status_name (KRING_HOUSEHOLD_AFGESLOTEN), ==, "afgesloten");
  g_assert_cmpint (kring_household_status_parse ("gesloten"), ==, -1);
  g_assert_cmpint (kring_household_status_parse (NULL), ==, -1);
}

/* --- tasks --- */

static void
test_tasks (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) anna = tasks (f, "m-anna");
  g_autoptr (GListModel) bert = tasks (f, "m-bert");
  g_autoptr (GListModel) nobody = tasks (f, "m-nobody");
  KringRecord *first;

  /* Overdue first, then by due date, those without one last. */
  ASSERT_IDS (ids (anna), "a-contact a-member a-tm a-two a-np a-service a-free");
  first = row (anna, 0);
  g_assert_cmpstr (kring_record_get_table (first), ==, "actions");
  g_assert_cmpint (kring_record_get_int (first, "overdue", -1), ==, 1);
  g_assert_cmpstr (kring_record_get_string (first, "household_label"), ==, "Familie Öztürk");
  g_assert_cmpstr (kring_record_get_string (first, "actor_label"), ==, "Karin Smit");
  g_assert_cmpstr (kring_record_get_string (first, "what"), ==, "Intake");
  g_assert_cmpint (kring_record_get_int (row (anna, 2), "overdue", -1), ==, 0);
  g_assert_cmpint (kring_record_get_int (row (anna, 6), "overdue", -1), ==, 0);
  g_assert_cmpstr (kring_record_get_string (row (anna, 3), "household_label"), ==,
                   "Huishouden Bakker");
  /* Bert is regisseur of Bakker and the actor of one action at Öztürk. */
  ASSERT_IDS (ids (bert), "a-tm a-two");
  g_assert_cmpstr (kring_record_get_string (row (bert, 0), "actor_label"), ==, "Bert Visser");
  g_assert_cmpuint (g_list_model_get_n_items (nobody), ==, 0);
}

/* --- the ecomap --- */

static KringMapNode *
find_node (KringMapGraph *graph, const char *id)
{
  int i = kring_map_graph_find (graph, id);

  g_assert_cmpint (i, >=, 0);
  return graph->nodes->pdata[i];
}

static void
assert_node (KringMapGraph *graph, const char *id, const char *table, const char *label,
             int ring, KringMapTie tie, const char *sector)
{
  KringMapNode *node = find_node (graph, id);

  g_assert_cmpstr (node->table, ==, table);
  g_assert_cmpstr (node->label, ==, label);
  g_assert_cmpint (node->ring, ==, ring);
  g_assert_cmpint (node->quality.tie, ==, tie);
  g_assert_true (node->quality.known);
  g_assert_cmpstr (node->sector, ==, sector);
}

static void
test_ecomap (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) graph = ecomap (f, H_ONE, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (graph->title, ==, "Familie Öztürk");
  g_assert_cmpstr (graph->ring_names[0], ==, "Close network");
  g_assert_cmpstr (graph->ring_names[1], ==, "Wider network");
  g_assert_cmpstr (graph->ring_names[2], ==, "Professionals");
  g_assert_cmpstr (graph->ring_names[3], ==, "Organisations");
  g_assert_cmpuint (graph->sectors->len, ==, 4);
  /* The ended involvement is history and not on the map. */
  g_assert_cmpuint (graph->nodes->len, ==, 8);
  g_assert_cmpint (kring_map_graph_find (graph, "hp-oud"), ==, -1);
  assert_node (graph, "np-oma", "network_persons", "Fatma", 0, KRING_MAP_TIE_STRONG, "family");
  assert_node (graph, "np-buur", "network_persons", "Els", 1, KRING_MAP_TIE_WEAK,
               "neighbourhood");
  assert_node (graph, "np-juf", "network_persons", "Meester Jan", 1, KRING_MAP_TIE_STRESSFUL,
               "school_work");
  assert_node (graph, "np-agent", "network_persons", "Wijkagent", 2, KRING_MAP_TIE_WEAK, "care");
  assert_node (graph, "hp-karin", "household_professionals", "Karin Smit", 2,
               KRING_MAP_TIE_STRONG, "care");
  assert_node (graph, "hp-bert", "household_professionals", "Bert Visser", 2,
               KRING_MAP_TIE_STRONG, "care");
  assert_node (graph, "hp-peters", "household_professionals", "Dr. Peters", 2,
               KRING_MAP_TIE_STRONG, "care");
  /* An organisation without a person stands in the outer ring. */
  assert_node (graph, "hp-ggz", "household_professionals", "GGZ Vaartland", 3,
               KRING_MAP_TIE_STRONG, "care");
  g_assert_cmpstr (find_node (graph, "hp-karin")->detail, ==, "POH-GGZ (GGZ Vaartland)");
  g_assert_cmpint (find_node (graph, "hp-ggz")->kind, ==, KRING_MAP_NODE_PARTNER);
  g_assert_cmpint (find_node (graph, "hp-peters")->kind, ==, KRING_MAP_NODE_MEMBER);
  for (guint i = 0; i < graph->nodes->len; i++)
    g_assert_cmpint (((KringMapNode *) graph->nodes->pdata[i])->ring, <, 3 + (g_str_equal (
      ((KringMapNode *) graph->nodes->pdata[i])->id, "hp-ggz")));
}

static void
test_ecomap_unknown (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) graph = ecomap (f, "h-nergens", &error);

  g_assert_null (graph);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND);
}

/* --- deletion --- */

/* Every id in the household's plan: the household and its children. */
static GHashTable *
plan_id_set (GHashTable *p)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer model;

  g_hash_table_iter_init (&iter, p);
  while (g_hash_table_iter_next (&iter, NULL, &model))
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      g_hash_table_add (set, g_strdup (kring_record_get_id (row (model, i))));
  return set;
}

/* How many values of @table's rows are one of @ids. */
static guint
references_in (Fixture *f, const char *table, GHashTable *id_set)
{
  g_autoptr (GListModel) rows = kring_store_test_list (f->store, table, NULL, NULL);
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      KringRecord *record = row (rows, i);
      g_autoptr (GPtrArray) columns = kring_record_get_columns (record);

      found += g_hash_table_contains (id_set, kring_record_get_id (record));
      for (guint c = 0; c < columns->len; c++)
        found += kring_record_get_string (record, columns->pdata[c]) != NULL
                 && g_hash_table_contains (id_set,
                                           kring_record_get_string (record, columns->pdata[c]));
    }
  return found;
}

/* The example district beside the fixture, so every table has rows. */
static void
load_demo (Fixture *f)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  kring_demo_load_async (f->store, NULL, kring_test_store_result, &result);
  ok = kring_demo_load_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
test_delete_leaves_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) p = NULL;
  g_autoptr (GHashTable) id_set = NULL;
  g_autoptr (GPtrArray) tables = NULL;

  load_demo (f);
  g_assert_true (set_status (f, H_ONE, KRING_HOUSEHOLD_EVALUATIE, NULL, "m-anna", &error));
  p = plan (f, H_ONE, "m-anna", &error);
  g_assert_no_error (error);
  id_set = plan_id_set (p);
  g_assert_cmpuint (g_hash_table_size (id_set), ==, 35);
  tables = kring_test_store_tables (f->store);
  g_assert_cmpuint (tables->len, >, 40);
  g_assert_cmpuint (references_in (f, "household_members", id_set), >, 0);

  g_assert_true (kring_store_test_delete (f->store, "households", H_ONE, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = tables->pdata[i];

      if (g_str_equal (table, "audit_log") || g_str_equal (table, "tombstones"))
        continue;
      if (references_in (f, table, id_set) != 0)
        g_error ("%s still refers to the deleted household", table);
    }
  /* The log keeps that the household was there and was looked at. */
  g_assert_cmpuint (count_rows (f, "audit_log", "record_id", H_ONE), ==, 2);
  /* The other households and what they share with it stay. */
  g_assert_cmpuint (count_rows (f, "households", "id", H_TWO), ==, 1);
  g_assert_cmpuint (count_rows (f, "actions", "household_id", H_TWO), ==, 1);
  g_assert_cmpuint (count_rows (f, "organizations", "id", "o-ggz"), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/store/household/status/names", test_status_names);
  ADD ("/store/household/plan/entities", test_plan_entities);
  ADD ("/store/household/plan/scores", test_plan_scores);
  ADD ("/store/household/plan/actor-labels", test_plan_actor_labels);
  ADD ("/store/household/plan/audit", test_plan_audit);
  ADD ("/store/household/plan/unknown", test_plan_unknown);
  ADD ("/store/household/list/columns", test_list_columns);
  ADD ("/store/household/list/filters", test_list_filters);
  ADD ("/store/household/list/text", test_list_text);
  ADD ("/store/household/status/flow", test_status_flow);
  ADD ("/store/household/status/reopen", test_status_reopen);
  ADD ("/store/household/status/same", test_status_same);
  ADD ("/store/household/status/invalid", test_status_invalid);
  ADD ("/store/household/status/audit", test_status_audit);
  ADD ("/store/household/tasks", test_tasks);
  ADD ("/store/household/ecomap", test_ecomap);
  ADD ("/store/household/ecomap/unknown", test_ecomap_unknown);
  ADD ("/store/household/delete", test_delete_leaves_nothing);
#undef ADD
  return g_test_run ();
}
