/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-consent.h"
#include "kring-date.h"

/* Ordered by how much the reason tells the user: a withdrawal is the
 * household's explicit wish and is named before anything else. */
typedef enum
{
  STATE_UNREADABLE,
  STATE_NOT_YET,
  STATE_EXPIRED,
  STATE_WITHDRAWN,
  STATE_VALID,
} ConsentState;

static gboolean
names_recipient (KringRecord *consent,
                 const char  *organization_id,
                 const char  *contact_id)
{
  const char *consent_contact = kring_record_get_string (consent, "contact_id");
  const char *consent_organization = kring_record_get_string (consent, "organization_id");

  /* Consent given for one person does not extend to their colleagues. */
  if (consent_contact != NULL)
    return g_strcmp0 (consent_contact, contact_id) == 0;
  if (consent_organization != NULL)
    return g_strcmp0 (consent_organization, organization_id) == 0;
  return FALSE;
}

/* Reads an optional date column: TRUE when absent or readable. */
static gboolean
optional_date (KringRecord *consent,
               const char  *column,
               gboolean    *present,
               GDate       *date)
{
  const char *text = kring_record_get_string (consent, column);

  *present = text != NULL;
  return text == NULL || kring_date_parse (text, date);
}

/* The consent's state on @day; @when gets the date the state turned on. */
static ConsentState
consent_state (KringRecord *consent,
               const GDate *day,
               GDate       *when)
{
  GDate given, until, withdrawn;
  gboolean has_until, has_withdrawn;

  if (!kring_date_parse (kring_record_get_string (consent, "given_on"), &given)
      || !optional_date (consent, "valid_until", &has_until, &until)
      || !optional_date (consent, "withdrawn_on", &has_withdrawn, &withdrawn))
    return STATE_UNREADABLE;
  if (has_withdrawn && g_date_compare (&withdrawn, day) <= 0)
    {
      *when = withdrawn;
      return STATE_WITHDRAWN;
    }
  if (g_date_compare (&given, day) > 0)
    {
      *when = given;
      return STATE_NOT_YET;
    }
  if (has_until && g_date_compare (&until, day) < 0)
    {
      *when = until;
      return STATE_EXPIRED;
    }
  return STATE_VALID;
}

static void
day_of (GDateTime *on,
        GDate     *day)
{
  g_date_clear (day, 1);
  g_date_set_dmy (day, (GDateDay) g_date_time_get_day_of_month (on),
                  (GDateMonth) g_date_time_get_month (on),
                  (GDateYear) g_date_time_get_year (on));
}

/* The most telling state among the consents naming the recipient: VALID
 * when one covers it, and then @best is that consent. */
static ConsentState
best_state (GListModel   *consents,
            const char   *organization_id,
            const char   *contact_id,
            GDateTime    *on,
            KringRecord **best,
            GDate        *when)
{
  ConsentState state = STATE_UNREADABLE;
  GDate day;

  day_of (on, &day);
  for (guint i = 0; i < g_list_model_get_n_items (consents); i++)
    {
      g_autoptr (KringRecord) consent = g_list_model_get_item (consents, i);
      GDate date;
      ConsentState this_state;

      if (!names_recipient (consent, organization_id, contact_id))
        continue;
      g_date_clear (&date, 1);
      this_state = consent_state (consent, &day, &date);
      if (*best != NULL && this_state <= state)
        continue;
      state = this_state;
      *when = date;
      g_set_object (best, consent);
      if (state == STATE_VALID)
        break;
    }
  return state;
}

gboolean
kring_consent_covers (GListModel   *consents,
                      const char   *organization_id,
                      const char   *contact_id,
                      GDateTime    *on,
                      KringRecord **consent_out)
{
  g_autoptr (KringRecord) best = NULL;
  GDate when;

  g_return_val_if_fail (G_IS_LIST_MODEL (consents), FALSE);
  g_return_val_if_fail (organization_id != NULL || contact_id != NULL, FALSE);
  g_return_val_if_fail (on != NULL, FALSE);
  g_return_val_if_fail (consent_out == NULL || *consent_out == NULL, FALSE);

  g_date_clear (&when, 1);
  if (best_state (consents, organization_id, contact_id, on, &best, &when) != STATE_VALID)
    return FALSE;
  if (consent_out != NULL)
    *consent_out = g_steal_pointer (&best);
  return TRUE;
}

/* Dutch readers write dates day first: 1-3-2025. */
static char *
format_day (const GDate *date)
{
  return g_strdup_printf ("%u-%u-%u", g_date_get_day (date), (guint) g_date_get_month (date),
                          g_date_get_year (date));
}

char *
kring_consent_describe_missing (GListModel *consents,
                                const char *organization_id,
                                const char *contact_id,
                                const char *recipient_name,
                                GDateTime  *on)
{
  g_autoptr (KringRecord) best = NULL;
  g_autofree char *day = NULL;
  ConsentState state;
  GDate when;

  g_return_val_if_fail (G_IS_LIST_MODEL (consents), NULL);
  g_return_val_if_fail (organization_id != NULL || contact_id != NULL, NULL);
  g_return_val_if_fail (recipient_name != NULL, NULL);
  g_return_val_if_fail (on != NULL, NULL);

  g_date_clear (&when, 1);
  state = best_state (consents, organization_id, contact_id, on, &best, &when);
  if (state == STATE_VALID)
    return NULL;
  if (best == NULL || state == STATE_UNREADABLE)
    /* Translators: shown before sharing household data; %s is an organisation or person. */
    return g_strdup_printf (_("There is no valid consent to share data with %s."), recipient_name);
  day = format_day (&when);
  if (state == STATE_WITHDRAWN)
    /* Translators: the first %s is an organisation or person, the second a date. */
    return g_strdup_printf (_("There is no valid consent to share data with %s: the consent was "
                              "withdrawn on %s."), recipient_name, day);
  if (state == STATE_EXPIRED)
    /* Translators: the first %s is an organisation or person, the second a date. */
    return g_strdup_printf (_("There is no valid consent to share data with %s: the consent "
                              "expired on %s."), recipient_name, day);
  /* Translators: the first %s is an organisation or person, the second a date. */
  return g_strdup_printf (_("There is no valid consent to share data with %s: the consent only "
                            "applies from %s."), recipient_name, day);
}
