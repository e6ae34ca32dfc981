/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <glib/gi18n.h>

#include "kring-date.h"
#include "kring-ics.h"
#include "kring-io-write.h"
#include "kring-vcard.h"

#define CRLF "\r\n"

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u%02u%02u", g_date_get_year (date),
                          (guint) g_date_get_month (date), g_date_get_day (date));
}

static void
append_line (GString    *out,
             const char *name,
             const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);
  g_autofree char *folded = kring_vcard_fold (line);

  g_string_append (out, folded);
}

/* RFC 5545 §3.3.11 escapes TEXT exactly as RFC 6350 does, so the vCard
 * helper serves both formats. */
static void
append_text (GString    *out,
             const char *name,
             const char *text)
{
  g_autofree char *escaped = kring_vcard_escape (text);

  append_line (out, name, escaped);
}

static void
append_event (GString     *out,
              KringRecord *record,
              const GDate *day,
              const char  *summary,
              const char  *stamp)
{
  GDate next = *day;
  g_autofree char *uid = g_strconcat (kring_record_get_id (record), "@kringkaart", NULL);
  g_autofree char *start = format_date (day);
  g_autofree char *end = NULL;

  /* DTEND is exclusive (RFC 5545 §3.6.1): a one-day event ends the next day. */
  g_date_add_days (&next, 1);
  end = format_date (&next);
  g_string_append (out, "BEGIN:VEVENT" CRLF);
  append_line (out, "UID", uid);
  append_line (out, "DTSTAMP", stamp);
  append_line (out, "DTSTART;VALUE=DATE", start);
  append_line (out, "DTEND;VALUE=DATE", end);
  append_text (out, "SUMMARY", summary);
  /* Free time: a reminder, not an appointment that blocks the agenda. */
  append_line (out, "TRANSP", "TRANSPARENT");
  g_string_append (out, "END:VEVENT" CRLF);
}

static gboolean
belongs_to (KringRecord *record,
            KringRecord *household)
{
  const char *household_id = kring_record_get_string (record, "household_id");

  return household_id == NULL || g_str_equal (household_id, kring_record_get_id (household));
}

static char *
evaluation_summary (KringRecord *evaluation,
                    const char  *label)
{
  const char *kind = kring_record_get_string (evaluation, "kind");

  if (g_strcmp0 (kind, "opschalen") == 0)
    /* Translators: an event in the user's calendar; %s is the household's label. */
    return g_strdup_printf (_("Plan evaluation (scaling up) — %s"), label);
  if (g_strcmp0 (kind, "afschalen") == 0)
    /* Translators: an event in the user's calendar; %s is the household's label. */
    return g_strdup_printf (_("Plan evaluation (scaling down) — %s"), label);
  /* Translators: an event in the user's calendar; %s is the household's label. */
  return g_strdup_printf (_("Plan evaluation — %s"), label);
}

static void
append_evaluations (GString     *out,
                    KringRecord *household,
                    GListModel  *evaluations,
                    const char  *label,
                    const char  *stamp)
{
  for (guint i = 0; evaluations != NULL && i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr (KringRecord) evaluation = g_list_model_get_item (evaluations, i);
      g_autofree char *summary = NULL;
      GDate day;

      /* A held evaluation is history, not an appointment. */
      if (!belongs_to (evaluation, household)
          || kring_record_get_string (evaluation, "held_on") != NULL
          || !kring_date_parse (kring_record_get_string (evaluation, "planned_on"), &day))
        continue;
      summary = evaluation_summary (evaluation, label);
      append_event (out, evaluation, &day, summary, stamp);
    }
}

static gboolean
is_open_action (KringRecord *action)
{
  const char *status = kring_record_get_string (action, "status");

  /* The store's default status is "open", so an absent status is open too. */
  return status == NULL || g_str_equal (status, "open") || g_str_equal (status, "in_progress");
}

static void
append_actions (GString     *out,
                KringRecord *household,
                GListModel  *actions,
                const char  *label,
                const char  *stamp)
{
  for (guint i = 0; actions != NULL && i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr (KringRecord) action = g_list_model_get_item (actions, i);
      const char *what = kring_record_get_string (action, "what");
      g_autofree char *summary = NULL;
      GDate day;

      if (!belongs_to (action, household) || !is_open_action (action)
          || !kring_date_parse (kring_record_get_string (action, "due_on"), &day))
        continue;
      /* Translators: an event in the user's calendar: the action, then the household's label. */
      summary = g_strdup_printf (_("Action: %s — %s"), what != NULL ? what : "", label);
      append_event (out, action, &day, summary, stamp);
    }
}

char *
kring_ics_build (KringRecord *household,
                 GListModel  *evaluations,
                 GListModel  *actions,
                 const char  *pseudonym,
                 GDateTime   *now)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autofree char *stamp = NULL;
  const char *label;
  GString *out;

  g_return_val_if_fail (KRING_IS_RECORD (household), NULL);
  g_return_val_if_fail (evaluations == NULL || G_IS_LIST_MODEL (evaluations), NULL);
  g_return_val_if_fail (actions == NULL || G_IS_LIST_MODEL (actions), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  label = pseudonym != NULL ? pseudonym : kring_record_get_string (household, "label");
  if (label == NULL)
    label = "";
  utc = g_date_time_to_utc (now);
  stamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
  out = g_string_new ("BEGIN:VCALENDAR" CRLF "VERSION:2.0" CRLF
                      "PRODID:-//Kringkaart//Kringkaart//NL" CRLF
                      "CALSCALE:GREGORIAN" CRLF "METHOD:PUBLISH" CRLF);
  append_evaluations (out, household, evaluations, label, stamp);
  append_actions (out, household, actions, label, stamp);
  g_string_append (out, "END:VCALENDAR" CRLF);
  return g_string_free (out, FALSE);
}

static GBytes *
build_bytes (KringRecord *household,
             GListModel  *evaluations,
             GListModel  *actions,
             const char  *pseudonym,
             GDateTime   *now)
{
  char *text = kring_ics_build (household, evaluations, actions, pseudonym, now);

  return g_bytes_new_take (text, strlen (text));
}

gboolean
kring_ics_write (KringRecord   *household,
                 GListModel    *evaluations,
                 GListModel    *actions,
                 const char    *pseudonym,
                 GDateTime     *now,
                 GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (KRING_IS_RECORD (household), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = build_bytes (household, evaluations, actions, pseudonym, now);
  return kring_io_write_atomic (file, bytes, cancellable, error);
}

void
kring_ics_export_async (KringRecord          *household,
                        GListModel           *evaluations,
                        GListModel           *actions,
                        const char           *pseudonym,
                        GDateTime            *now,
                        GFile                *file,
                        GCancellable         *cancellable,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_if_fail (KRING_IS_RECORD (household));
  g_return_if_fail (now != NULL);
  g_return_if_fail (G_IS_FILE (file));

  bytes = build_bytes (household, evaluations, actions, pseudonym, now);
  kring_io_write_async (NULL, kring_ics_export_async, file, bytes, cancellable, callback,
                        user_data);
}

gboolean
kring_ics_export_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_ics_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
