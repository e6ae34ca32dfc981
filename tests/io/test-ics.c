/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kring-ics.h"
#include "kring-test-util.h"

#define HOUSEHOLD_ID "6f1d3c52-0b8e-4e38-9d1a-3b9e2f1c7a01"

/* Details that must never reach a calendar: notes, journal-like summaries,
 * the actor (a member's or a professional's name) and the household's notes. */
static const char * const secrets[] = {
  "Schulden bij de woningcorporatie", "Anouk de Vries", "Depressieve klachten",
  "Jeroen Jansen", NULL
};

static KringRecord *
household_new (void)
{
  KringRecord *household = kring_record_new_with_id ("households", HOUSEHOLD_ID);

  kring_record_set_string (household, "label", "Fam. Jansen, Noord; 2e");
  kring_record_set_string (household, "notes", "Schulden bij de woningcorporatie");
  return household;
}

static void
add_evaluation (GListStore *store,
                const char *id,
                const char *kind,
                const char *planned_on,
                const char *held_on)
{
  g_autoptr (KringRecord) evaluation = kring_record_new_with_id ("evaluations", id);

  kring_record_set_string (evaluation, "household_id", HOUSEHOLD_ID);
  kring_record_set_string (evaluation, "kind", kind);
  kring_record_set_string (evaluation, "planned_on", planned_on);
  kring_record_set_string (evaluation, "held_on", held_on);
  kring_record_set_string (evaluation, "summary", "Depressieve klachten nemen af");
  g_list_store_append (store, evaluation);
}

static GListModel *
evaluations_new (void)
{
  GListStore *store = g_list_store_new (KRING_TYPE_RECORD);

  add_evaluation (store, "e1", "regular", "2025-03-31", NULL);
  add_evaluation (store, "e2", "regular", "2025-01-10", "2025-01-10");
  add_evaluation (store, "e3", "opschalen", "2024-12-31", NULL);
  add_evaluation (store, "e4", "regular", "2025-02-30", NULL);
  return G_LIST_MODEL (store);
}

static void
add_action (GListStore *store,
            const char *id,
            const char *what,
            const char *due_on,
            const char *status)
{
  g_autoptr (KringRecord) action = kring_record_new_with_id ("actions", id);

  kring_record_set_string (action, "household_id", HOUSEHOLD_ID);
  kring_record_set_string (action, "what", what);
  kring_record_set_string (action, "due_on", due_on);
  kring_record_set_string (action, "status", status);
  kring_record_set_string (action, "actor_kind", "household_member");
  kring_record_set_string (action, "actor_name", "Anouk de Vries");
  kring_record_set_string (action, "notes", "Jeroen Jansen belt eerst");
  g_list_store_append (store, action);
}

static GListModel *
actions_new (void)
{
  GListStore *store = g_list_store_new (KRING_TYPE_RECORD);
  g_autoptr (KringRecord) other = kring_record_new_with_id ("actions", "a9");

  add_action (store, "a1", "Bel budgetcoach\nover a\\b; daarna", "2025-02-28", "open");
  add_action (store, "a2", "Klaar", "2025-02-01", "done");
  add_action (store, "a3", "Zonder datum", NULL, "open");
  add_action (store, "a4", "Aanvraag bijzondere bijstand voor de wasmachine indienen — één "
              "formulier, bij de gemeente", "2024-02-29T09:00:00", "in_progress");
  add_action (store, "a5", "Geannuleerd", "2025-02-03", "cancelled");
  /* A row of another household must never leak into this calendar. */
  kring_record_set_string (other, "household_id", "someone-else");
  kring_record_set_string (other, "what", "Ander huishouden");
  kring_record_set_string (other, "due_on", "2025-02-04");
  g_list_store_append (store, other);
  return G_LIST_MODEL (store);
}

static GDateTime *
now_new (void)
{
  g_autoptr (GTimeZone) amsterdam = g_time_zone_new_identifier ("+01:00");

  return g_date_time_new (amsterdam, 2025, 1, 15, 10, 30, 5);
}

/* Written by hand from RFC 5545: a1's SUMMARY fills its first line to exactly
 * 75 octets; a4's is folded before the three-octet em dash that would cross
 * the limit. e2 (held), e4 (30 February), a2 (done), a3 (no date), a5
 * (cancelled) and a9 (another household) are left out. */
#define EXPECTED \
  "BEGIN:VCALENDAR\r\n" \
  "VERSION:2.0\r\n" \
  "PRODID:-//Kringkaart//Kringkaart//NL\r\n" \
  "CALSCALE:GREGORIAN\r\n" \
  "METHOD:PUBLISH\r\n" \
  "BEGIN:VEVENT\r\n" \
  "UID:e1@kringkaart\r\n" \
  "DTSTAMP:20250115T093005Z\r\n" \
  "DTSTART;VALUE=DATE:20250331\r\n" \
  "DTEND;VALUE=DATE:20250401\r\n" \
  "SUMMARY:Plan evaluation — Fam. Jansen\\, Noord\\; 2e\r\n" \
  "TRANSP:TRANSPARENT\r\n" \
  "END:VEVENT\r\n" \
  "BEGIN:VEVENT\r\n" \
  "UID:e3@kringkaart\r\n" \
  "DTSTAMP:20250115T093005Z\r\n" \
  "DTSTART;VALUE=DATE:20241231\r\n" \
  "DTEND;VALUE=DATE:20250101\r\n" \
  "SUMMARY:Plan evaluation (scaling up) — Fam. Jansen\\, Noord\\; 2e\r\n" \
  "TRANSP:TRANSPARENT\r\n" \
  "END:VEVENT\r\n" \
  "BEGIN:VEVENT\r\n" \
  "UID:a1@kringkaart\r\n" \
  "DTSTAMP:20250115T093005Z\r\n" \
  "DTSTART;VALUE=DATE:20250228\r\n" \
  "DTEND;VALUE=DATE:20250301\r\n" \
  "SUMMARY:Action: Bel budgetcoach\\nover a\\\\b\\; daarna — Fam. Jansen\\, Noord\r\n" \
  " \\; 2e\r\n" \
  "TRANSP:TRANSPARENT\r\n" \
  "END:VEVENT\r\n" \
  "BEGIN:VEVENT\r\n" \
  "UID:a4@kringkaart\r\n" \
  "DTSTAMP:20250115T093005Z\r\n" \
  "DTSTART;VALUE=DATE:20240229\r\n" \
  "DTEND;VALUE=DATE:20240301\r\n" \
  "SUMMARY:Action: Aanvraag bijzondere bijstand voor de wasmachine indienen \r\n" \
  " — één formulier\\, bij de gemeente — Fam. Jansen\\, Noord\\; 2e\r\n" \
  "TRANSP:TRANSPARENT\r\n" \
  "END:VEVENT\r\n" \
  "END:VCALENDAR\r\n"

static char *
build_calendar (const char *pseudonym)
{
  g_autoptr (KringRecord) household = household_new ();
  g_autoptr (GListModel) evaluations = evaluations_new ();
  g_autoptr (GListModel) actions = actions_new ();
  g_autoptr (GDateTime) now = now_new ();

  return kring_ics_build (household, evaluations, actions, pseudonym, now);
}

static void
assert_no_secrets (const char *text)
{
  for (guint i = 0; secrets[i] != NULL; i++)
    g_assert_null (strstr (text, secrets[i]));
}

/* Every physical line is at most 75 octets, valid UTF-8 on its own (so no
 * character was split), and ends in CRLF. */
static void
assert_lines_folded (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = g_strv_length (lines);

  g_assert_cmpuint (n, >, 1);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
    }
}

static void
test_ics_exact (void)
{
  g_autofree char *text = build_calendar (NULL);

  g_assert_cmpstr (text, ==, EXPECTED);
  assert_lines_folded (text);
  assert_no_secrets (text);
}

static void
test_ics_pseudonym (void)
{
  g_autofree char *text = build_calendar ("Huishouden 17");

  g_assert_nonnull (strstr (text, "SUMMARY:Plan evaluation — Huishouden 17\r\n"));
  g_assert_null (strstr (text, "Jansen"));
  assert_lines_folded (text);
  assert_no_secrets (text);
}

static void
test_ics_empty (void)
{
  g_autoptr (KringRecord) household = household_new ();
  g_autoptr (GDateTime) now = now_new ();
  g_autofree char *text = kring_ics_build (household, NULL, NULL, NULL, now);

  g_assert_cmpstr (text, ==, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                   "PRODID:-//Kringkaart//Kringkaart//NL\r\nCALSCALE:GREGORIAN\r\n"
                   "METHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
}

/* With the Dutch catalogue the event text is Dutch, as the users read it.
 * Needs the nl_NL.UTF-8 locale (build-aux/deps.sh makes it) and the
 * compiled catalogue of this build. */
static void
test_ics_dutch (void)
{
  const char *build_root = g_getenv ("KRING_BUILD_ROOT");
  g_autofree char *localedir = g_build_filename (build_root ? build_root : ".", "po", NULL);
  g_autofree char *mo = g_build_filename (localedir, "nl", "LC_MESSAGES", "kringkaart.mo", NULL);
  g_autofree char *text = NULL;

  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR) || setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("no Dutch locale or catalogue");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  text = build_calendar (NULL);
  setlocale (LC_ALL, "C");
  g_assert_nonnull (strstr (text, "SUMMARY:Evaluatie plan — Fam. Jansen\\, Noord\\; 2e\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:Evaluatie plan (opschalen) — Fam. Jansen"));
  g_assert_nonnull (strstr (text, "SUMMARY:Actie: Bel budgetcoach\\nover a\\\\b\\; daarna"));
  assert_lines_folded (text);
}

/* Runs tests/io/parse-ics.py (python3-icalendar) on @path. */
static char *
parse_with_icalendar (const char *path)
{
  const char *python = g_getenv ("KRING_PYTHON");
  const char *script = g_getenv ("KRING_ICS_PARSER");
  const char *argv[] = { python, script, path, NULL };
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status = -1;

  g_assert_nonnull (python);
  g_assert_nonnull (script);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_test_message ("parser: %s%s", out, err);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

#define PARSED \
  "e1@kringkaart\tPlan evaluation — Fam. Jansen, Noord; 2e\t2025-03-31\t2025-04-01\n" \
  "e3@kringkaart\tPlan evaluation (scaling up) — Fam. Jansen, Noord; 2e\t2024-12-31\t2025-01-01\n" \
  "a1@kringkaart\tAction: Bel budgetcoach\nover a\\b; daarna — Fam. Jansen, Noord; 2e\t" \
  "2025-02-28\t2025-03-01\n" \
  "a4@kringkaart\tAction: Aanvraag bijzondere bijstand voor de wasmachine indienen — één " \
  "formulier, bij de gemeente — Fam. Jansen, Noord; 2e\t2024-02-29\t2024-03-01\n"

static void
test_ics_write_parses (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "plan.ics", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KringRecord) household = household_new ();
  g_autoptr (GListModel) evaluations = evaluations_new ();
  g_autoptr (GListModel) actions = actions_new ();
  g_autoptr (GDateTime) now = now_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *parsed = NULL;

  g_assert_true (kring_ics_write (household, evaluations, actions, NULL, now, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, EXPECTED);
  for (guint i = 0; secrets[i] != NULL; i++)
    g_assert_false (kring_test_file_contains (path, secrets[i]));
  parsed = parse_with_icalendar (path);
  g_assert_cmpstr (parsed, ==, PARSED);
  for (guint i = 0; secrets[i] != NULL; i++)
    g_assert_null (strstr (parsed, secrets[i]));
}

static void
test_ics_export_async (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "plan.ics", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KringRecord) household = household_new ();
  g_autoptr (GListModel) actions = actions_new ();
  g_autoptr (GDateTime) now = now_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GAsyncResult) done = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *parsed = NULL;

  kring_ics_export_async (household, NULL, actions, "Huishouden 17", now, file, NULL,
                          kring_test_store_result, &result);
  done = kring_test_await (&result);
  g_assert_true (kring_ics_export_finish (done, &error));
  g_assert_no_error (error);
  g_assert_false (kring_test_file_contains (path, "Jansen"));
  parsed = parse_with_icalendar (path);
  g_assert_nonnull (strstr (parsed, "a1@kringkaart\tAction: Bel budgetcoach\nover a\\b; daarna — "
                            "Huishouden 17\t2025-02-28\t2025-03-01\n"));
  g_assert_null (strstr (parsed, "e1@kringkaart"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ics/exact", test_ics_exact);
  g_test_add_func ("/ics/pseudonym", test_ics_pseudonym);
  g_test_add_func ("/ics/empty", test_ics_empty);
  g_test_add_func ("/ics/dutch", test_ics_dutch);
  g_test_add_func ("/ics/write-parses", test_ics_write_parses);
  g_test_add_func ("/ics/export-async", test_ics_export_async);
  return g_test_run ();
}
