/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "kring-record.h"
#include "kring-report.h"
#include "kring-test-util.h"

/*
 * The wijkanalyse report of the example district, checked as a reader sees
 * it: pdftoppm must render it, pdftotext must find every section, the team
 * and the CBS licence, and none of the example district's residents, their
 * network or what the team wrote about them.
 */

typedef struct
{
  char        *dir;
  KringStore  *store;
  KringReport *report;
  char        *pdf;
  char        *text;   /* pdftotext output, whitespace collapsed */
} Fixture;

static KringReport *
load_report (KringStore *store, const char *team)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringReport *report;

  kring_report_load_async (store, team, 6, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  report = kring_report_load_finish (result, &error);
  g_assert_no_error (error);
  return report;
}

static char *
run (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

/* pdftotext breaks lines where the page does; a name split over two lines
 * must still be found, so all whitespace becomes one space. */
static char *
collapse (const char *text)
{
  g_autoptr (GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

#define SUPPLY_NOTE "Voor sociaal netwerk zoeken we nog een vaste partner in de binnenring."
#define GENERAL_NOTE "Besproken in het wijkoverleg met de gemeente."

/* The team's notes on two charts, as the Wijkanalyse page saves them. */
static void
add_notes (KringStore *store)
{
  g_autoptr (GListModel) teams = kring_test_list (store, "teams", "name", "Wijkteam Noord", NULL);
  g_autoptr (KringRecord) team = g_list_model_get_item (teams, 0);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult *pending = NULL;

  kring_test_record_add (records, "analysis_notes", NULL, "team_id", kring_record_get_id (team),
                         "chart", KRING_REPORT_NOTE_SUPPLY, "note", SUPPLY_NOTE, NULL);
  kring_test_record_add (records, "analysis_notes", NULL, "team_id", kring_record_get_id (team),
                         "chart", KRING_REPORT_NOTE_GENERAL, "note", GENERAL_NOTE, NULL);
  kring_store_save_async (store, records, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  g_assert_true (kring_store_save_finish (store, result, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *raw = NULL;

  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  add_notes (f->store);
  f->report = load_report (f->store, "Wijkteam Noord");
  f->pdf = g_build_filename (f->dir, "wijkanalyse.pdf", NULL);
  file = g_file_new_for_path (f->pdf);
  g_assert_true (kring_report_pdf_write (f->report, file, &error));
  g_assert_no_error (error);
  /* In drawing order: a tile's number stays next to its label. */
  raw = run ((const char *const[]) { "pdftotext", "-raw", f->pdf, "-", NULL });
  f->text = collapse (raw);
  if (g_getenv ("KRING_SHOT_DIR") != NULL)
    {
      g_autofree char *prefix = g_build_filename (g_getenv ("KRING_SHOT_DIR"), "report", NULL);
      g_autofree char *ignored = run ((const char *const[]) {
        "pdftoppm", "-r", "80", "-png", f->pdf, prefix, NULL });
    }
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_pointer (&f->report, kring_report_free);
  kring_test_store_close (f->store);
  g_clear_object (&f->store);
  g_free (f->text);
  g_free (f->pdf);
  g_free (f->dir);
}

static void
test_renders (Fixture *f, gconstpointer data)
{
  g_autofree char *prefix = g_build_filename (f->dir, "page", NULL);
  g_autofree char *out = run ((const char *const[]) { "pdftoppm", "-r", "40", "-png", f->pdf,
                                                      prefix, NULL });
  g_autoptr (GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;
  guint pages = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "page-") && g_str_has_suffix (name, ".png"))
      pages++;
  g_assert_cmpuint (pages, >=, 8);
}

static guint
count (const char *haystack, const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_sections (Fixture *f, gconstpointer data)
{
  /* Each in the contents on the cover and as the heading of its page. */
  const char *const headings[] = {
    "Kerncijfers", "Ecosysteemkaart", "Aanbod per leefgebied", "Relatiegezondheid", "Vraag",
    "Aanbod naast behoefte", "Notities", "Bronnen",
  };
  const char *const expected[] = {
    "Wijkanalyse", "Wijkteam Noord", "Gemeente Marendal", "Gemaakt met Kringkaart", "CC BY 4.0",
    "CBS Kerncijfers wijken en buurten", "Inhoud",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if (count (f->text, headings[i]) < 2)
      g_error ("“%s” is not in the contents and on its page:\n%s", headings[i], f->text);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (f->text, expected[i]) == NULL)
      g_error ("“%s” is not in the report:\n%s", expected[i], f->text);
  /* Every organisation of the relationship-health lists is named. */
  g_assert_cmpuint (f->report->health->len, ==, KRING_HEALTH_N_LISTS);
  for (guint l = 0; l < f->report->health->len; l++)
    {
      GListModel *list = g_ptr_array_index (f->report->health, l);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr (KringRecord) organisation = g_list_model_get_item (list, i);
          g_autofree char *name = collapse (kring_record_get_string (organisation, "name"));

          if (strstr (f->text, name) == NULL)
            g_error ("“%s” of a health list is not in the report", name);
        }
    }
  /* The page numbers know how many pages there are. */
  g_assert_nonnull (strstr (f->text, "Pagina 1 van "));
  /* The map's partners are on the map page, the life domains in the tables. */
  g_assert_nonnull (strstr (f->text, "Financiën"));
  g_assert_null (strstr (f->text, "Wijkteam Zuid"));
}

/* A note is printed under its chart and again on the notes page. */
static void
test_notes (Fixture *f, gconstpointer data)
{
  g_assert_cmpuint (count (f->text, SUPPLY_NOTE), ==, 2);
  g_assert_cmpuint (count (f->text, GENERAL_NOTE), ==, 1);
  g_assert_cmpuint (count (f->text, "Notitie van het team"), ==, 1);
}

/* What the report says must come from the report: the key figures. */
static void
test_figures (Fixture *f, gconstpointer data)
{
  double inhabitants = kring_report_figure (f->report, NULL, "AantalInwoners", 0);
  g_autofree char *open = NULL;

  g_assert_false (isnan (inhabitants));
  g_assert_cmpfloat (inhabitants, >, 1000);
  g_assert_nonnull (f->report->demand);
  open = g_strdup_printf ("%u Open huishoudens", f->report->demand->open_households);
  if (strstr (f->text, open) == NULL)
    g_error ("“%s” is not in the report:\n%s", open, f->text);
}

static const struct
{
  const char *table;
  const char *column;
} private_columns[] = {
  { "households", "label" },
  { "households", "notes" },
  { "household_members", "name" },
  { "household_members", "notes" },
  { "network_persons", "name" },
  { "journal_notes", "text" },
  { "goals", "description" },
  { "actions", "what" },
  { "actions", "notes" },
  { "assessments", "note" },
  { "assessment_scores", "strengths" },
  { "assessment_scores", "concerns" },
  { "evaluations", "summary" },
  { "deviations", "description" },
  { "deviations", "reason" },
};

/* Whether @needle occurs in @text as whole words: "Buren" (a network
 * person the household calls that) is no leak in "Burenhulp Marendal". */
static gboolean
contains_words (const char *text, const char *needle)
{
  gsize len = strlen (needle);

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    {
      gboolean starts = p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
      gboolean ends = p[len] == '\0' || !g_unichar_isalnum (g_utf8_get_char (p + len));

      if (starts && ends)
        return TRUE;
    }
  return FALSE;
}

/* Shorter strings ("Jan") could be part of any word. */
static gboolean
is_checked (const char *value)
{
  return value != NULL && g_utf8_strlen (value, -1) >= 4;
}

static void
test_no_residents (Fixture *f, gconstpointer data)
{
  guint checked = 0;

  for (guint t = 0; t < G_N_ELEMENTS (private_columns); t++)
    {
      g_autoptr (GListModel) rows = kring_test_list (f->store, private_columns[t].table, NULL, NULL,
                                                     NULL);

      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
          const char *value = kring_record_get_string (row, private_columns[t].column);
          g_autofree char *flat = NULL;

          if (!is_checked (value))
            continue;
          flat = collapse (value);
          if (contains_words (f->text, flat))
            g_error ("%s.%s “%s” is in the report", private_columns[t].table,
                     private_columns[t].column, flat);
          checked++;
        }
    }
  /* The example district has residents, networks and notes to leak. */
  g_assert_cmpuint (checked, >=, 40);
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = run ((const char *const[]) { "pdfinfo", pdf, NULL });
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* A note longer than a page flows on over the next pages, whole. */
static void
test_long_note (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) note = g_string_new (NULL);
  g_autofree char *path = g_build_filename (f->dir, "long.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  guint before = pdf_pages (f->pdf);

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (note, "Zin %u van een lange notitie over de binnenring. ", i);
  g_string_append (note, "Einde van de notitie.");
  g_hash_table_insert (f->report->notes, g_strdup (KRING_REPORT_NOTE_NEED), g_strdup (note->str));
  g_assert_true (kring_report_pdf_write (f->report, file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), >=, before + 4);
  if (g_getenv ("KRING_SHOT_DIR") != NULL)
    {
      g_autofree char *prefix = g_build_filename (g_getenv ("KRING_SHOT_DIR"), "long", NULL);
      g_autofree char *ignored = run ((const char *const[]) {
        "pdftoppm", "-r", "50", "-f", "7", "-l", "9", "-png", path, prefix, NULL });
    }
  raw = run ((const char *const[]) { "pdftotext", "-raw", path, "-", NULL });
  text = collapse (raw);
  g_assert_cmpuint (count (text, "Einde van de notitie."), ==, 2);
  g_assert_cmpuint (count (text, "Zin 399 van"), ==, 2);
}

static void
test_missing_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "x.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;

  g_assert_false (kring_report_pdf_write (f->report, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "x.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_autofree char *localedir = NULL;

  /* Dutch, as the coordinator reads it, with the build tree's translations. */
  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    g_error ("the nl_NL.UTF-8 locale is needed");
  g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "nl", TRUE);
  localedir = g_build_filename (g_getenv ("KRING_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/report-pdf/renders", Fixture, NULL, fixture_set_up, test_renders,
              fixture_tear_down);
  g_test_add ("/report-pdf/sections", Fixture, NULL, fixture_set_up, test_sections,
              fixture_tear_down);
  g_test_add ("/report-pdf/figures", Fixture, NULL, fixture_set_up, test_figures,
              fixture_tear_down);
  g_test_add ("/report-pdf/notes", Fixture, NULL, fixture_set_up, test_notes, fixture_tear_down);
  g_test_add ("/report-pdf/no-residents", Fixture, NULL, fixture_set_up, test_no_residents,
              fixture_tear_down);
  g_test_add ("/report-pdf/long-note", Fixture, NULL, fixture_set_up, test_long_note,
              fixture_tear_down);
  g_test_add ("/report-pdf/missing-folder", Fixture, NULL, fixture_set_up, test_missing_folder,
              fixture_tear_down);
  return g_test_run ();
}
