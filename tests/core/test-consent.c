/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-consent.h"

#define ORG_A "org-a"
#define ORG_B "org-b"
#define CONTACT_A1 "contact-a1"  /* works at ORG_A */
#define CONTACT_A2 "contact-a2"  /* works at ORG_A */

static KringRecord *
consent_new (const char *id,
             const char *organization_id,
             const char *contact_id,
             const char *given_on,
             const char *valid_until,
             const char *withdrawn_on)
{
  KringRecord *consent = kring_record_new_with_id ("consents", id);

  kring_record_set_string (consent, "household_id", "h1");
  kring_record_set_string (consent, "information", "Plan en doelen");
  kring_record_set_string (consent, "purpose", "Schuldhulpverlening");
  kring_record_set_string (consent, "organization_id", organization_id);
  kring_record_set_string (consent, "contact_id", contact_id);
  kring_record_set_string (consent, "given_on", given_on);
  kring_record_set_string (consent, "valid_until", valid_until);
  kring_record_set_string (consent, "withdrawn_on", withdrawn_on);
  return consent;
}

static GListModel *
list_of (KringRecord *first,
         ...)
{
  GListStore *store = g_list_store_new (KRING_TYPE_RECORD);
  va_list args;

  va_start (args, first);
  for (KringRecord *record = first; record != NULL; record = va_arg (args, KringRecord *))
    {
      g_list_store_append (store, record);
      g_object_unref (record);
    }
  va_end (args);
  return G_LIST_MODEL (store);
}

static GDateTime *
day (int year,
     int month,
     int day_of_month)
{
  return g_date_time_new_local (year, month, day_of_month, 12, 0, 0);
}

/* Whether the consents cover the recipient on the day, and by which consent. */
static gboolean
covers (GListModel *consents,
        const char *organization_id,
        const char *contact_id,
        GDateTime  *on,
        const char *expected_id)
{
  g_autoptr (KringRecord) consent = NULL;
  gboolean covered = kring_consent_covers (consents, organization_id, contact_id, on, &consent);

  g_assert_cmpint (covered, ==, consent != NULL);
  if (expected_id != NULL)
    g_assert_cmpstr (consent ? kring_record_get_id (consent) : NULL, ==, expected_id);
  return covered;
}

static void
test_consent_dates (void)
{
  g_autoptr (GListModel) consents = list_of (
    consent_new ("c1", ORG_A, NULL, "2025-01-10", "2025-06-30", "2025-05-15"), NULL);
  g_autoptr (GDateTime) before = day (2025, 1, 9);
  g_autoptr (GDateTime) given = day (2025, 1, 10);
  g_autoptr (GDateTime) during = day (2025, 3, 1);
  g_autoptr (GDateTime) last = day (2025, 5, 14);
  g_autoptr (GDateTime) withdrawn = day (2025, 5, 15);
  g_autoptr (GDateTime) after = day (2025, 7, 1);

  g_assert_false (covers (consents, ORG_A, NULL, before, NULL));
  g_assert_true (covers (consents, ORG_A, NULL, given, "c1"));
  g_assert_true (covers (consents, ORG_A, NULL, during, "c1"));
  g_assert_true (covers (consents, ORG_A, NULL, last, "c1"));
  g_assert_false (covers (consents, ORG_A, NULL, withdrawn, NULL));
  g_assert_false (covers (consents, ORG_A, NULL, after, NULL));
  /* Without consent_out the answer is the same. */
  g_assert_true (kring_consent_covers (consents, ORG_A, NULL, during, NULL));
}

static void
test_consent_expiry (void)
{
  g_autoptr (GListModel) consents = list_of (
    consent_new ("c1", ORG_A, NULL, "2024-01-01", "2024-12-31", NULL),
    consent_new ("c2", ORG_B, NULL, "2024-01-01", NULL, NULL), NULL);
  g_autoptr (GDateTime) last_day = day (2024, 12, 31);
  g_autoptr (GDateTime) expired = day (2025, 1, 1);
  g_autoptr (GDateTime) much_later = day (2031, 1, 1);

  g_assert_true (covers (consents, ORG_A, NULL, last_day, "c1"));
  g_assert_false (covers (consents, ORG_A, NULL, expired, NULL));
  /* No end date: valid until withdrawn. */
  g_assert_true (covers (consents, ORG_B, NULL, much_later, "c2"));
}

static void
test_consent_recipients (void)
{
  g_autoptr (GListModel) consents = list_of (
    consent_new ("org", ORG_A, NULL, "2025-01-01", NULL, NULL),
    consent_new ("person", ORG_B, CONTACT_A2, "2025-01-01", NULL, NULL),
    consent_new ("free-text", NULL, NULL, "2025-01-01", NULL, NULL), NULL);
  g_autoptr (GDateTime) on = day (2025, 2, 1);

  /* The organisation's consent covers a contact only with the contact's organisation. */
  g_assert_true (covers (consents, ORG_A, NULL, on, "org"));
  g_assert_true (covers (consents, ORG_A, CONTACT_A1, on, "org"));
  g_assert_false (covers (consents, NULL, CONTACT_A1, on, NULL));
  /* A contact's consent covers that contact, not its organisation or colleagues. */
  g_assert_true (covers (consents, NULL, CONTACT_A2, on, "person"));
  g_assert_true (covers (consents, ORG_B, CONTACT_A2, on, "person"));
  g_assert_false (covers (consents, ORG_B, NULL, on, NULL));
  g_assert_false (covers (consents, ORG_B, "contact-b9", on, NULL));
  /* Another recipient altogether. */
  g_assert_false (covers (consents, "org-c", NULL, on, NULL));
}

static void
test_consent_none (void)
{
  g_autoptr (GListModel) empty = list_of (NULL, NULL);
  g_autoptr (GListModel) unreadable = list_of (
    consent_new ("c1", ORG_A, NULL, "2025-02-30", NULL, NULL),
    consent_new ("c2", ORG_B, NULL, "2025-01-01", "binnenkort", NULL), NULL);
  g_autoptr (GDateTime) on = day (2025, 3, 1);
  g_autofree char *text = NULL;

  g_assert_false (covers (empty, ORG_A, NULL, on, NULL));
  /* A date that cannot be read never makes a consent valid. */
  g_assert_false (covers (unreadable, ORG_A, NULL, on, NULL));
  g_assert_false (covers (unreadable, ORG_B, NULL, on, NULL));
  text = kring_consent_describe_missing (empty, ORG_A, NULL, "Schuldhulp Noord", on);
  g_assert_cmpstr (text, ==, "There is no valid consent to share data with Schuldhulp Noord.");
}

static void
test_consent_describe (void)
{
  g_autoptr (GListModel) consents = list_of (
    consent_new ("expired", ORG_A, NULL, "2024-01-01", "2024-12-31", NULL),
    consent_new ("withdrawn", ORG_A, NULL, "2024-01-01", NULL, "2025-02-03"),
    consent_new ("future", ORG_B, NULL, "2025-04-01", NULL, NULL),
    consent_new ("valid", "org-c", NULL, "2025-01-01", NULL, NULL), NULL);
  g_autoptr (GDateTime) on = day (2025, 3, 1);
  g_autofree char *withdrawn = kring_consent_describe_missing (consents, ORG_A, NULL, "GGD", on);
  g_autofree char *future = kring_consent_describe_missing (consents, ORG_B, NULL, "Humanitas", on);
  g_autofree char *valid = kring_consent_describe_missing (consents, "org-c", NULL, "Wmo", on);
  g_autoptr (GDateTime) later = day (2024, 6, 1);
  g_autoptr (GListModel) only_expired = list_of (
    consent_new ("expired", ORG_A, NULL, "2024-01-01", "2024-12-31", NULL), NULL);
  g_autofree char *expired = kring_consent_describe_missing (only_expired, ORG_A, NULL, "GGD", on);
  g_autofree char *covered = kring_consent_describe_missing (only_expired, ORG_A, NULL, "GGD", later);

  /* The withdrawal is named before the expiry: it is the household's own wish. */
  g_assert_cmpstr (withdrawn, ==, "There is no valid consent to share data with GGD: the consent was "
                   "withdrawn on 3-2-2025.");
  g_assert_cmpstr (future, ==, "There is no valid consent to share data with Humanitas: the consent "
                   "only applies from 1-4-2025.");
  g_assert_cmpstr (expired, ==, "There is no valid consent to share data with GGD: the consent "
                   "expired on 31-12-2024.");
  g_assert_null (valid);
  g_assert_null (covered);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/consent/dates", test_consent_dates);
  g_test_add_func ("/consent/expiry", test_consent_expiry);
  g_test_add_func ("/consent/recipients", test_consent_recipients);
  g_test_add_func ("/consent/none", test_consent_none);
  g_test_add_func ("/consent/describe", test_consent_describe);
  return g_test_run ();
}
