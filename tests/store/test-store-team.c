/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include "kring-store-team.h"
#include "kring-test-util.h"

/*
 * Who does what on a real SQLCipher file holding the example district.
 * The expected sets were counted by hand from data/demo/voorbeeldwijk.json
 * (and vocabularies.json for the terms) by tests/data/hand-counts/who-does-what.py
 * (python3 … schulden), which applies
 * the same rules as the store: fold case and accents, split into words,
 * strip a plural "-en" of more than five letters from each query word, and
 * require every query word to start a word of
 *   members: discipline, expertise, name;
 *   organisations and services: name, alternate_name, description and the
 *   names of their life-domain, topic and sector terms (attributes);
 * an organisation also counts when one of its services matches. E.g. for
 * "schulden" the descriptions holding "schuld…" are those of Stadsbank
 * Vaartland and Geldmaatjes Marendal and of the services Schuldregeling en
 * budgetbeheer, Reclasseringstoezicht, Voedselpakket and Geldmaatje (whose
 * organisations Reclasseringsteam Vaartland and Voedselbank Marendal-
 * Vaartland are listed through them). Sociaal Raadslieden Marendal speaks
 * of "financiële vragen", not of debts: the words do not find it, the life
 * domain Financiën does.
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
id_of (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, NULL);
  g_autoptr (KringRecord) row = g_list_model_get_item (rows, 0);

  g_assert_nonnull (row);
  return g_strdup (kring_record_get_id (row));
}

static KringWhoResult *
who (Fixture *f, const char *query, const char *domain, const char *team)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringWhoResult *who;

  kring_store_who_does_what_async (f->store, query, domain, team, NULL, kring_test_store_result,
                                   &result);
  who = kring_store_who_does_what_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (who);
  return who;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* The names of @rows, in their order, joined by "|"; @sorted sorts them. */
static char *
names (GListModel *rows, gboolean sorted)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      g_ptr_array_add (list, (char *) kring_record_get_string (row, "name"));
    }
  if (sorted)
    g_ptr_array_sort (list, compare_names);
  g_ptr_array_add (list, NULL);
  return g_strjoinv ("|", (char **) list->pdata);
}

static gint64
ring_of (GListModel *rows, const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_string (row, "name"), name) == 0)
        return kring_record_get_int (row, "ring", -9);
    }
  g_error ("%s not found", name);
}

#define DEBT_SERVICES "Geldmaatje|Reclasseringstoezicht|Schuldregeling en budgetbeheer|Voedselpakket"

static void
test_debts (Fixture *f, gconstpointer data)
{
  g_autofree char *noord = id_of (f, "teams", "name", "Wijkteam Noord");
  g_autoptr (KringWhoResult) hits = who (f, "schulden", NULL, noord);
  g_autofree char *members = names (hits->members, FALSE);
  g_autofree char *organizations = names (hits->organizations, FALSE);
  g_autofree char *services = names (hits->services, TRUE);

  /* Ruud's discipline is Schuldhulpverlener; Karim (Schulden) is in Zuid. */
  g_assert_cmpstr (members, ==, "Ruud Veenstra");
  /* Closest ring first: Stadsbank is in Noord's outer ring (2), the others
   * on its sociale kaart (3), then by name. */
  g_assert_cmpstr (organizations, ==, "Stadsbank Vaartland|Geldmaatjes Marendal|"
                   "Reclasseringsteam Vaartland|Voedselbank Marendal-Vaartland");
  g_assert_cmpint (ring_of (hits->organizations, "Stadsbank Vaartland"), ==, 2);
  g_assert_cmpstr (services, ==, DEBT_SERVICES);
}

/* Every team's members; case and accents do not matter. */
static void
test_folding (Fixture *f, gconstpointer data)
{
  g_autoptr (KringWhoResult) upper = who (f, "SCHULDEN", NULL, NULL);
  g_autoptr (KringWhoResult) accents = who (f, "schùldén", NULL, NULL);
  g_autoptr (KringWhoResult) long_word = who (f, "Schuldhulpverlening", NULL, NULL);
  g_autofree char *members = names (upper->members, TRUE);
  g_autofree char *services = names (upper->services, TRUE);
  g_autofree char *accent_services = names (accents->services, TRUE);
  g_autofree char *long_organizations = names (long_word->organizations, TRUE);

  g_assert_cmpstr (members, ==, "Karim Haddou|Ruud Veenstra");
  g_assert_cmpstr (services, ==, DEBT_SERVICES);
  g_assert_cmpstr (accent_services, ==, DEBT_SERVICES);
  /* Only the Stadsbank's description says "schuldhulpverlening". */
  g_assert_cmpstr (long_organizations, ==, "Stadsbank Vaartland");
  g_assert_cmpuint (g_list_model_get_n_items (long_word->members), ==, 0);
}

static void
test_dementia (Fixture *f, gconstpointer data)
{
  g_autofree char *noord = id_of (f, "teams", "name", "Wijkteam Noord");
  g_autoptr (KringWhoResult) hits = who (f, "dementie", NULL, noord);
  g_autofree char *members = names (hits->members, FALSE);
  g_autofree char *organizations = names (hits->organizations, FALSE);
  g_autofree char *services = names (hits->services, FALSE);

  g_assert_cmpstr (members, ==, "Ilse Bosman");
  /* Thuiszorg De Linde (kernteam) through its Casemanagement dementie. */
  g_assert_cmpstr (organizations, ==, "Thuiszorg De Linde|Alzheimer Café Marendal|"
                   "Dementienetwerk Vaartland");
  g_assert_cmpstr (services, ==, "Casemanagement dementie");
}

static void
test_two_words (Fixture *f, gconstpointer data)
{
  g_autoptr (KringWhoResult) hits = who (f, "huiselijk geweld", NULL, NULL);
  g_autofree char *organizations = names (hits->organizations, FALSE);
  g_autofree char *services = names (hits->services, FALSE);

  g_assert_cmpstr (organizations, ==, "Veilig Thuis Vaartland");
  g_assert_cmpstr (services, ==, "Advies en melding huiselijk geweld en kindermishandeling");
}

/* Financiën alone: the services with that life domain (19) and their
 * organisations (18); with "budget" only the two whose texts say so. */
static void
test_domain (Fixture *f, gconstpointer data)
{
  g_autofree char *noord = id_of (f, "teams", "name", "Wijkteam Noord");
  g_autofree char *finance = id_of (f, "taxonomy_terms", "name", "Financiën");
  g_autoptr (KringWhoResult) domain = who (f, NULL, finance, noord);
  g_autoptr (KringWhoResult) both = who (f, "budget", finance, noord);
  g_autofree char *services = names (both->services, TRUE);
  g_autofree char *organizations = names (both->organizations, TRUE);

  g_assert_cmpuint (g_list_model_get_n_items (domain->services), ==, 19);
  g_assert_cmpuint (g_list_model_get_n_items (domain->organizations), ==, 18);
  g_assert_cmpuint (g_list_model_get_n_items (domain->members), ==, 0);
  g_assert_cmpint (ring_of (domain->organizations, "Sociaal Raadslieden Marendal"), ==, 1);
  g_assert_cmpstr (services, ==, "Schuldregeling en budgetbeheer|Voedselpakket");
  g_assert_cmpstr (organizations, ==, "Stadsbank Vaartland|Voedselbank Marendal-Vaartland");
}

static void
test_empty (Fixture *f, gconstpointer data)
{
  g_autoptr (KringWhoResult) none = who (f, "", NULL, NULL);
  g_autoptr (KringWhoResult) blank = who (f, "  ,. ", NULL, NULL);
  g_autoptr (KringWhoResult) nothing = who (f, "xylofoonles", NULL, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (none->members), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (none->organizations), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (none->services), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (blank->organizations), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nothing->organizations), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nothing->services), ==, 0);
}

static void
save_change (Fixture *f, KringRecord *record)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (records, record);
  kring_store_save_async (f->store, records, NULL, kring_test_store_result, &result);
  g_assert_true (kring_store_save_finish (f->store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
}

static const char *
first_phone (GListModel *rows)
{
  g_autoptr (KringRecord) row = g_list_model_get_item (rows, 0);

  g_assert_nonnull (row);
  return kring_record_get_string (row, "phone");
}

/* The first phone number of an organisation itself. */
static KringRecord *
organization_phone (Fixture *f)
{
  g_autoptr (GListModel) phones = kring_test_list (f->store, "phones", NULL, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr (KringRecord) phone = g_list_model_get_item (phones, i);

      if (kring_record_get_string (phone, "organization_id") != NULL
          && kring_record_get_string (phone, "service_id") == NULL)
        return g_steal_pointer (&phone);
    }
  g_error ("no organisation has a phone");
}

/* The store keeps what it searches between searches: a change to an
 * organisation or its phone shows in the next search, and a later search
 * leaves what an earlier one returned as it was. */
static void
test_after_change (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) phone = organization_phone (f);
  const char *org_id = kring_record_get_string (phone, "organization_id");
  g_autoptr (GListModel) orgs = kring_test_list (f->store, "organizations", "id", org_id, NULL);
  g_autoptr (KringRecord) org = g_list_model_get_item (orgs, 0);
  g_autoptr (KringWhoResult) before = who (f, "xylofoonschool", NULL, NULL);
  g_autoptr (KringWhoResult) renamed = NULL;
  g_autoptr (KringWhoResult) rephoned = NULL;
  g_autoptr (KringWhoResult) debts = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (before->organizations), ==, 0);
  kring_record_set_string (org, "name", "Xylofoonschool");
  save_change (f, kring_record_copy (org));
  renamed = who (f, "xylofoonschool", NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (renamed->organizations), ==, 1);
  kring_record_set_string (phone, "number", "0123-99 99 99");
  save_change (f, kring_record_copy (phone));
  rephoned = who (f, "xylofoonschool", NULL, NULL);
  g_assert_cmpstr (first_phone (rephoned->organizations), ==, "0123-99 99 99");
  debts = who (f, "schulden", NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (debts->services), >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (renamed->organizations), ==, 1);
  g_assert_cmpstr (first_phone (renamed->organizations), !=, "0123-99 99 99");
}

static void
test_words (void)
{
  g_auto (GStrv) words = kring_who_query_words ("Schulden, WONEN én");

  g_assert_cmpstr (words[0], ==, "schuld");
  g_assert_cmpstr (words[1], ==, "wonen");
  g_assert_cmpstr (words[2], ==, "en");
  g_assert_null (words[3]);
  g_assert_true (kring_who_text_matches ("Hulp bij schuldhulp en wonen", words));
  g_assert_false (kring_who_text_matches ("Hulp bij schuldhulp", words));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/team/words", test_words);
  g_test_add ("/store/team/debts", Fixture, NULL, fixture_set_up, test_debts, fixture_tear_down);
  g_test_add ("/store/team/folding", Fixture, NULL, fixture_set_up, test_folding,
              fixture_tear_down);
  g_test_add ("/store/team/dementia", Fixture, NULL, fixture_set_up, test_dementia,
              fixture_tear_down);
  g_test_add ("/store/team/two-words", Fixture, NULL, fixture_set_up, test_two_words,
              fixture_tear_down);
  g_test_add ("/store/team/domain", Fixture, NULL, fixture_set_up, test_domain,
              fixture_tear_down);
  g_test_add ("/store/team/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/store/team/after-change", Fixture, NULL, fixture_set_up, test_after_change,
              fixture_tear_down);
  return g_test_run ();
}
