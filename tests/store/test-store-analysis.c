/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <math.h>
#include "kring-store-analysis.h"
#include "kring-test-util.h"

/*
 * The wijkanalyse's store queries on a real SQLCipher file holding the
 * example district, against counts made by hand from
 * data/demo/voorbeeldwijk.json.
 */

typedef KringTestStoreFixture Fixture;

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

static char *
team_id (Fixture *f, const char *name)
{
  g_autoptr (GListModel) teams = kring_test_list (f->store, "teams", "name", name, NULL);
  g_autoptr (KringRecord) team = g_list_model_get_item (teams, 0);

  g_assert_nonnull (team);
  return g_strdup (kring_record_get_id (team));
}

static KringRecord *
nth (Fixture *f, const char *table, const char *column, const char *value, guint i)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, "id");

  g_assert_cmpuint (i, <, g_list_model_get_n_items (rows));
  return g_list_model_get_item (rows, i);
}

static GListModel *
demand (Fixture *f, const char *team_id)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *rows;

  kring_store_domain_demand_async (f->store, team_id, NULL, kring_test_store_result, &result);
  rows = kring_store_domain_demand_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return rows;
}

/* Hand-counted from data/demo/voorbeeldwijk.json: the open households of
 * Wijkteam Noord with an open goal per domain (Huishouden Smit is closed);
 * Wijkteam Zuid has no households. */
static void
test_demand (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) noord = nth (f, "teams", "name", "Wijkteam Noord", 0);
  g_autoptr (KringRecord) zuid = nth (f, "teams", "name", "Wijkteam Zuid", 0);
  g_autoptr (GListModel) rows = demand (f, kring_record_get_id (noord));
  g_autoptr (GListModel) none = demand (f, kring_record_get_id (zuid));
  GString *seen = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) domain = g_list_model_get_item (rows, i);

      g_string_append_printf (seen, "%s=%" G_GINT64_FORMAT ";",
                              kring_record_get_string (domain, "name"),
                              kring_record_get_int (domain, "households", -1));
    }
  text = g_string_free (seen, FALSE);
  g_assert_cmpstr (text, ==, "Financiën=1;Werk en opleiding=3;Tijdsbesteding=1;Huisvesting=1;"
                             "Huiselijke relaties=1;Geestelijke gezondheid=2;"
                             "Middelengebruik=1;Instrumentele ADL=1;Sociaal netwerk=1;"
                             "Opvoeding en ontwikkeling kinderen=1;");
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

/* The names on a list, joined with "; ". */
static char *
names (GListModel *rows)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      g_string_append_printf (out, "%s%s", i ? "; " : "", kring_record_get_string (row, "name"));
    }
  return g_string_free (out, FALSE);
}

static GPtrArray *
health (Fixture *f, const char *team)
{
  g_autofree char *id = team_id (f, team);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *lists;

  kring_store_relationship_health_async (f->store, id, 6, NULL, kring_test_store_result, &result);
  lists = kring_store_relationship_health_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lists->len, ==, KRING_HEALTH_N_LISTS);
  return lists;
}

#define ASSERT_NAMES(lists, which, expected) \
  G_STMT_START { g_autofree char *n_ = names ((lists)->pdata[which]); \
                 g_assert_cmpstr (n_, ==, (expected)); } G_STMT_END

/* Hand-counted: the organisations each team placed in its inner or outer
 * ring, with their relationship (contact dates are relative to today in
 * the example district: 7 months ago is too long, 3 months is not). */
static void
test_health (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) noord = health (f, "Wijkteam Noord");
  g_autoptr (GPtrArray) zuid = health (f, "Wijkteam Zuid");

  ASSERT_NAMES (noord, KRING_HEALTH_NO_AGREEMENT,
                "Gezondheidscentrum De Vaart; Jeugdbescherming Vaartland; Marendal College; "
                "Verloskundigenpraktijk Vaartland; Verslavingszorg Noordoever; "
                "Zorgverzekeraar De Zorgvaart");
  ASSERT_NAMES (noord, KRING_HEALTH_NO_FIXED_CONTACT,
                "Gezondheidscentrum De Vaart; Veilig Thuis Vaartland; Verslavingszorg Noordoever; "
                "Zorgverzekeraar De Zorgvaart");
  ASSERT_NAMES (noord, KRING_HEALTH_NOT_CONTACTED,
                "Gezondheidscentrum De Vaart; Jeugdbescherming Vaartland; "
                "Verslavingszorg Noordoever; Zorgverzekeraar De Zorgvaart");
  ASSERT_NAMES (noord, KRING_HEALTH_LOW_TRUST,
                "Verslavingszorg Noordoever; Zorgverzekeraar De Zorgvaart");
  ASSERT_NAMES (zuid, KRING_HEALTH_NO_AGREEMENT,
                "GGZ Vaartland; Politie basisteam Vaartland; Sociaal Raadslieden Marendal");
  ASSERT_NAMES (zuid, KRING_HEALTH_NO_FIXED_CONTACT,
                "GGZ Vaartland; Sociaal Raadslieden Marendal; Veilig Thuis Vaartland");
  ASSERT_NAMES (zuid, KRING_HEALTH_NOT_CONTACTED, "GGZ Vaartland");
  ASSERT_NAMES (zuid, KRING_HEALTH_LOW_TRUST, "GGZ Vaartland");
}

static KringDemand *
full_demand (KringStore *store, const char *team_id)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringDemand *demand;

  kring_store_demand_async (store, team_id, NULL, kring_test_store_result, &result);
  demand = kring_store_demand_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (demand);
  return demand;
}

/* "status=n;" for every status, in order. */
static char *
statuses_text (KringDemand *demand)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < demand->statuses->len; i++)
    {
      KringDemandStatus *status = &g_array_index (demand->statuses, KringDemandStatus, i);

      g_string_append_printf (out, "%s=%u;", status->status, status->households);
    }
  return g_string_free (out, FALSE);
}

/* "domain=households/measured/average/overdue;" for every domain, the
 * average with two decimals ("-" when nobody was measured twice). */
static char *
domains_text (KringDemand *demand)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < demand->domains->len; i++)
    {
      KringDemandDomain *d = &g_array_index (demand->domains, KringDemandDomain, i);
      char average[G_ASCII_DTOSTR_BUF_SIZE] = "-";

      g_assert_nonnull (d->domain_id);
      g_assert_cmpint (isnan (d->average_change), ==, d->measured == 0);
      if (d->measured > 0)
        g_ascii_formatd (average, sizeof average, "%.2f", d->average_change);
      g_string_append_printf (out, "%s=%u/%u/%s/%u;", d->domain, d->households, d->measured,
                              average, d->overdue_actions);
    }
  return g_string_free (out, FALSE);
}

/* Hand-counted from data/demo/voorbeeldwijk.json by
 * tests/data/hand-counts/demand.py (join households → goals / assessments → assessment_scores /
 * actions by id; relative dates "@today-2w" resolved against today):
 * Wijkteam Noord has 7 households, Huishouden Smit closed. Per domain the
 * score changes (last − first assessment, any status) are Financiën
 * +1 +0 +1 +1, Werk en opleiding +0 +1 +2, Tijdsbesteding +1, Huisvesting
 * +1 +1 +2, Huiselijke relaties +0 +0, Geestelijke gezondheid +0 +1 +1,
 * Lichamelijke gezondheid +2, Middelengebruik +1, Basale ADL +0 +1,
 * Instrumentele ADL +1 +2, Sociaal netwerk +1 +1 +0, Opvoeding +0 +1 +1,
 * Veiligheid +1. Five open actions are past due, all under a goal. Every
 * one of the 15 life domains is there, in their configured order. */
static void
test_full_demand (Fixture *f, gconstpointer data)
{
  g_autofree char *noord_id = team_id (f, "Wijkteam Noord");
  g_autofree char *zuid_id = team_id (f, "Wijkteam Zuid");
  g_autoptr (KringDemand) noord = full_demand (f->store, noord_id);
  g_autoptr (KringDemand) zuid = full_demand (f->store, zuid_id);
  g_autofree char *statuses = statuses_text (noord);
  g_autofree char *domains = domains_text (noord);
  g_autofree char *zuid_statuses = statuses_text (zuid);
  g_autofree char *zuid_domains = domains_text (zuid);

  g_assert_cmpstr (statuses, ==, "aanmelding=1;vraagverheldering=1;plan=1;uitvoering=2;"
                                 "evaluatie=1;afgesloten=1;");
  g_assert_cmpuint (noord->open_households, ==, 6);
  g_assert_cmpuint (noord->overdue_actions, ==, 5);
  g_assert_cmpstr (domains, ==,
                   "Financiën=1/4/0.75/1;Werk en opleiding=3/3/1.00/2;Tijdsbesteding=1/1/1.00/1;"
                   "Huisvesting=1/3/1.33/0;Huiselijke relaties=1/2/0.00/0;"
                   "Geestelijke gezondheid=2/3/0.67/0;Lichamelijke gezondheid=0/1/2.00/0;"
                   "Middelengebruik=1/1/1.00/0;Basale ADL=0/2/0.50/0;Instrumentele ADL=1/2/1.50/1;"
                   "Sociaal netwerk=1/3/0.67/0;Maatschappelijke participatie=0/0/-/0;"
                   "Justitie=0/0/-/0;Opvoeding en ontwikkeling kinderen=1/3/0.67/0;"
                   "Veiligheid=0/1/1.00/0;");
  g_assert_cmpstr (zuid_statuses, ==, "aanmelding=0;vraagverheldering=0;plan=0;uitvoering=0;"
                                      "evaluatie=0;afgesloten=0;");
  g_assert_cmpuint (zuid->open_households, ==, 0);
  g_assert_cmpuint (zuid->overdue_actions, ==, 0);
  g_assert_cmpuint (zuid->domains->len, ==, 15);
  g_assert_true (strstr (zuid_domains, "Financiën=0/0/-/0;") != NULL);
}

/* --- a store with rows of our own --- */

static void
own_fixture_set_up (Fixture *f, gconstpointer data)
{
  kring_test_store_fixture_set_up (f, NULL);
}

static KringRecord *
add_score (GPtrArray *records, const char *assessment, const char *domain, gint64 score)
{
  KringRecord *row = kring_test_record_add (records, "assessment_scores", NULL, "assessment_id",
                                            assessment, "domain_term_id", domain, NULL);

  kring_record_set_int (row, "score", score);
  return row;
}

static void
add_domains (GPtrArray *records)
{
  KringRecord *geld, *werk;

  kring_test_record_add (records, "taxonomies", "x-ld", "name", "Leefgebieden", "kind",
                         "life_domain", NULL);
  /* Entered in the other order: sort_order decides. */
  werk = kring_test_record_add (records, "taxonomy_terms", "d-werk", "name", "Werk",
                                "taxonomy_id", "x-ld", NULL);
  geld = kring_test_record_add (records, "taxonomy_terms", "d-geld", "name", "Geld",
                                "taxonomy_id", "x-ld", NULL);
  kring_record_set_int (werk, "sort_order", 2);
  kring_record_set_int (geld, "sort_order", 1);
}

/* Household A: Geld 2 → 4 (+2), Werk measured once. Household B (closed):
 * Geld 3 → 2 → 4 by date, entered out of order (+1). Household C of
 * another team: Geld 5 → 1, must not count. Mean change for Geld: 1.5. */
static void
add_assessments (GPtrArray *records)
{
  kring_test_record_add (records, "assessments", "a1", "household_id", "h-a", "assessed_on",
                         "2024-01-10", NULL);
  kring_test_record_add (records, "assessments", "a2", "household_id", "h-a", "assessed_on",
                         "2024-06-10", NULL);
  kring_test_record_add (records, "assessments", "b3", "household_id", "h-b", "assessed_on",
                         "2024-09-01", NULL);
  kring_test_record_add (records, "assessments", "b1", "household_id", "h-b", "assessed_on",
                         "2023-02-01", NULL);
  kring_test_record_add (records, "assessments", "b2", "household_id", "h-b", "assessed_on",
                         "2023-08-01", NULL);
  kring_test_record_add (records, "assessments", "c1", "household_id", "h-c", "assessed_on",
                         "2024-01-01", NULL);
  kring_test_record_add (records, "assessments", "c2", "household_id", "h-c", "assessed_on",
                         "2024-02-01", NULL);
  add_score (records, "a1", "d-geld", 2);
  add_score (records, "a2", "d-geld", 4);
  add_score (records, "a2", "d-werk", 3);
  add_score (records, "b3", "d-geld", 4);
  add_score (records, "b1", "d-geld", 3);
  add_score (records, "b2", "d-geld", 2);
  add_score (records, "c1", "d-geld", 5);
  add_score (records, "c2", "d-geld", 1);
}

static void
add_action (GPtrArray *records, const char *household, const char *goal, const char *due,
            const char *status)
{
  KringRecord *action = kring_test_record_add (records, "actions", NULL, "household_id",
                                               household, "what", "Iets doen", "status", status,
                                               NULL);

  /* Set apart: a NULL would end kring_test_record_add's list. */
  if (goal != NULL)
    kring_record_set_string (action, "goal_id", goal);
  if (due != NULL)
    kring_record_set_string (action, "due_on", due);
}

/* Overdue: A's open action under the Geld goal, A's in-progress action
 * without a goal (total only). Not overdue: a done one and a cancelled one
 * past due, one due in the future, one without a due date, and one of the
 * other team's household. */
static void
add_actions (GPtrArray *records)
{
  kring_test_record_add (records, "goals", "g-geld", "household_id", "h-a", "domain_term_id",
                         "d-geld", "description", "Rond komen", "status", "open", NULL);
  kring_test_record_add (records, "goals", "g-c", "household_id", "h-c", "domain_term_id",
                         "d-geld", "description", "Rond komen", "status", "open", NULL);
  add_action (records, "h-a", "g-geld", "2000-01-01", "open");
  add_action (records, "h-a", NULL, "2000-01-02", "in_progress");
  add_action (records, "h-a", "g-geld", "2000-01-03", "done");
  add_action (records, "h-a", "g-geld", "2000-01-03", "cancelled");
  add_action (records, "h-a", "g-geld", "2999-01-01", "open");
  add_action (records, "h-a", "g-geld", NULL, "open");
  add_action (records, "h-c", "g-c", "2000-01-01", "open");
}

static void
test_own_rows (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (KringDemand) demand = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *statuses = NULL;
  g_autofree char *domains = NULL;

  add_domains (records);
  kring_test_record_add (records, "teams", "t-1", "name", "Wijkteam Een", NULL);
  kring_test_record_add (records, "teams", "t-2", "name", "Wijkteam Twee", NULL);
  kring_test_record_add (records, "households", "h-a", "team_id", "t-1", "label", "A",
                         "status", "plan", NULL);
  kring_test_record_add (records, "households", "h-b", "team_id", "t-1", "label", "B",
                         "status", "afgesloten", NULL);
  kring_test_record_add (records, "households", "h-c", "team_id", "t-2", "label", "C",
                         "status", "plan", NULL);
  add_assessments (records);
  add_actions (records);
  kring_store_save_async (f->store, records, NULL, kring_test_store_result, &result);
  g_assert_true (kring_store_save_finish (f->store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);

  demand = full_demand (f->store, "t-1");
  statuses = statuses_text (demand);
  domains = domains_text (demand);
  g_assert_cmpstr (statuses, ==, "aanmelding=0;vraagverheldering=0;plan=1;uitvoering=0;"
                                 "evaluatie=0;afgesloten=1;");
  g_assert_cmpuint (demand->open_households, ==, 1);
  g_assert_cmpstr (domains, ==, "Geld=1/2/1.50/1;Werk=0/0/-/0;");
  g_assert_cmpfloat_with_epsilon (g_array_index (demand->domains, KringDemandDomain, 0)
                                    .average_change, 1.5, 1e-9);
  g_assert_cmpuint (demand->overdue_actions, ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/analysis/demand", Fixture, NULL, fixture_set_up, test_demand,
              fixture_tear_down);
  g_test_add ("/store/analysis/full-demand", Fixture, NULL, fixture_set_up, test_full_demand,
              fixture_tear_down);
  g_test_add ("/store/analysis/own-rows", Fixture, NULL, own_fixture_set_up, test_own_rows,
              fixture_tear_down);
  g_test_add ("/store/analysis/health", Fixture, NULL, fixture_set_up, test_health,
              fixture_tear_down);
  return g_test_run ();
}
