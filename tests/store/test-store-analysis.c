/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
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
  rows = kring_store_domain_demand_finish (f->store, kring_test_await (&result), &error);
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
  lists = kring_store_relationship_health_finish (f->store, kring_test_await (&result), &error);
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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/analysis/demand", Fixture, NULL, fixture_set_up, test_demand,
              fixture_tear_down);
  g_test_add ("/store/analysis/health", Fixture, NULL, fixture_set_up, test_health,
              fixture_tear_down);
  return g_test_run ();
}
