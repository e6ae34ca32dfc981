/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "kring-demo.h"
#include "kring-plan-pdf.h"
#include "kring-record.h"
#include "kring-test-util.h"

/*
 * The plan letter is checked as the household would get it: the PDF is
 * read back with poppler-utils (page count, rendering, text), in Dutch.
 */

static char *
run (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* pdftotext of @pages (0: all), with every run of white space as one space,
 * so a phrase that wraps still matches. */
static char *
pdf_text (const char *pdf,
          int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *all[] = { "pdftotext", pdf, "-", NULL };
  const char *one[] = { "pdftotext", "-f", first, "-l", first, pdf, "-", NULL };
  g_autofree char *text = run (page > 0 ? one : all);
  g_auto (GStrv) words = g_strsplit_set (text, " \t\n\f\r", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", words[i]);
  return g_string_free (joined, FALSE);
}

static int
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

#define assert_has(text, needle) \
  G_STMT_START { if (strstr ((text), (needle)) == NULL) \
    g_error ("“%s” not in the PDF: %s", (needle), (text)); } G_STMT_END
#define assert_lacks(text, needle) \
  G_STMT_START { if (strstr ((text), (needle)) != NULL) \
    g_error ("“%s” must not be in the PDF", (needle)); } G_STMT_END

/* The plan */

static void
add_row (GHashTable *plan,
         KringRecord *record)
{
  const char *table = kring_record_get_table (record);
  GListStore *store = g_hash_table_lookup (plan, table);

  if (store == NULL)
    {
      store = g_list_store_new (KRING_TYPE_RECORD);
      g_hash_table_insert (plan, g_strdup (table), store);
    }
  g_list_store_append (store, record);
  g_object_unref (record);
}

static KringRecord *
row (const char *table,
     const char *id,
     ...)
{
  KringRecord *record = kring_record_new_with_id (table, id);
  va_list args;
  const char *column;

  va_start (args, id);
  while ((column = va_arg (args, const char *)) != NULL)
    kring_record_set_string (record, column, va_arg (args, const char *));
  va_end (args);
  return record;
}

static GHashTable *
plan_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/* A household with two members, two goals with an action each, an action
 * without a goal, and things that must never reach paper. */
static GHashTable *
family_plan (void)
{
  GHashTable *plan = plan_new ();
  KringRecord *tim = row ("household_members", "m2", "name", "Tim Jansen", "role", "child", NULL);

  add_row (plan, row ("households", "h1", "label", "Familie Jansen", "status", "uitvoering",
                      "next_evaluation_on", "2027-02-03", "notes", "GEHEIM-HUISHOUDEN", NULL));
  add_row (plan, row ("household_members", "m1", "name", "Anna Jansen", "role", "parent",
                      "birth_year", "1985", "notes", "GEHEIM-LID", NULL));
  kring_record_set_int (tim, "birth_year", 2016);
  add_row (plan, tim);
  add_row (plan, row ("goals", "g1", "description", "Anna heeft weer werk", "status",
                      "in_progress", "target_on", "2027-06-01", "domain_term_id", "werk", NULL));
  add_row (plan, row ("goals", "g2", "description", "Tim gaat elke dag naar school", "status",
                      "open", NULL));
  add_row (plan, row ("actions", "a1", "goal_id", "g1", "what", "Sollicitatiebrief schrijven",
                      "actor_kind", "household_member", "actor_id", "m1", "actor_label",
                      "Anna Jansen", "due_on", "2026-12-15", "status", "open",
                      "notes", "GEHEIM-ACTIE", NULL));
  add_row (plan, row ("actions", "a2", "goal_id", "g2", "what", "Gesprek met de mentor",
                      "actor_kind", "contact", "actor_label", "Sanne Bakker", "due_on",
                      "2027-01-10", "status", "in_progress", NULL));
  add_row (plan, row ("actions", "a3", "what", "Schuldhulp aanvragen", "actor_kind",
                      "team_member", "actor_label", "Karim El Amrani", "due_on", "2026-12-01",
                      "status", "done", NULL));
  add_row (plan, row ("network_persons", "n1", "name", "Buurvrouw Els", "relation",
                      "buurvrouw", NULL));
  add_row (plan, row ("actions", "a4", "goal_id", "g2", "what", "Tim naar school brengen",
                      "actor_kind", "network_person", "actor_id", "n1", "actor_label",
                      "Buurvrouw Els", "due_on", "2026-12-20", "status", "open", NULL));
  add_row (plan, row ("evaluations", "e1", "planned_on", "2027-02-03", "kind", "regular", NULL));
  add_row (plan, row ("journal_notes", "j1", "written_on", "2026-11-01", "text",
                      "GEHEIM-DAGBOEK", NULL));
  add_row (plan, row ("consents", "c1", "information", "GEHEIM-TOESTEMMING", "purpose",
                      "GEHEIM-DOEL", "given_on", "2026-10-01", NULL));
  add_row (plan, row ("assessment_scores", "s1", "domain_name", "Financiën", "score", "2",
                      "concerns", "GEHEIM-SCORE", NULL));
  return plan;
}

static KringMapGraph *
family_ecomap (void)
{
  const char *rings[] = { "Huishouden", "Dichtbij", "Verder weg", "Professionals" };
  KringMapGraph *graph = kring_map_graph_new ("Familie Jansen", rings);
  KringMapNode *node;

  kring_map_graph_add_sector (graph, "family", "Familie en vrienden");
  kring_map_graph_add_sector (graph, "care", "Zorg en welzijn");
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_MEMBER, "network_persons", "n1",
                                   "Buurvrouw Els", "family", 1);
  node->quality.tie = KRING_MAP_TIE_STRONG;
  node = kring_map_graph_add_node (graph, KRING_MAP_NODE_PARTNER, "household_professionals",
                                   "n2", "Schuldhulp", "care", 3);
  node->quality.tie = KRING_MAP_TIE_STRESSFUL;
  return graph;
}

static GDateTime *
printed_on (void)
{
  return g_date_time_new_utc (2026, 11, 22, 12, 0, 0);
}

static char *
write_plan (const char          *dir,
            GHashTable          *plan,
            const KringMapGraph *ecomap,
            const char          *pseudonym)
{
  g_autoptr (GDateTime) date = printed_on ();
  KringPlanPdfOptions options = { pseudonym, date };
  char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (kring_plan_pdf_write (plan, ecomap, &options, file, &error));
  g_assert_no_error (error);
  return path;
}

static void
remove_dir (char *dir)
{
  if (g_getenv ("KRING_TEST_KEEP") == NULL)
    {
      const char *argv[] = { "rm", "-rf", dir, NULL };
      g_free (run (argv));
    }
  g_free (dir);
}

static void
assert_order (const char *text,
              const char *first,
              const char *then)
{
  const char *a = strstr (text, first), *b = strstr (text, then);

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (a - text, <, b - text);
}

static void
test_content (void)
{
  char *dir = kring_test_mkdtemp ();
  g_autoptr (GHashTable) plan = family_plan ();
  g_autoptr (KringMapGraph) ecomap = family_ecomap ();
  g_autofree char *pdf = write_plan (dir, plan, ecomap, NULL);
  g_autofree char *text = pdf_text (pdf, 0);
  g_autofree char *last = NULL;
  g_autofree char *footer = NULL;
  const char *secrets[] = { "GEHEIM", "Financiën" };
  int pages = pdf_pages (pdf);

  g_assert_cmpint (pages, ==, 2);
  assert_has (text, "Ons plan");
  assert_has (text, "Familie Jansen");
  assert_has (text, "Afgedrukt op 22 november 2026");
  assert_has (text, "Wie horen erbij");
  assert_has (text, "Anna Jansen Ouder · 41 jaar");
  assert_has (text, "Tim Jansen Kind · 10 jaar");
  assert_has (text, "Wat willen we bereiken");
  assert_has (text, "1. Anna heeft weer werk");
  assert_has (text, "Streefdatum 1 juni 2027");
  assert_has (text, "Sollicitatiebrief schrijven Wie: Anna Jansen · Wanneer: 15 december 2026 · "
                    "nog te doen");
  assert_has (text, "Gesprek met de mentor Wie: Sanne Bakker · Wanneer: 10 januari 2027 · "
                    "mee bezig");
  assert_order (text, "Anna heeft weer werk", "Sollicitatiebrief schrijven");
  assert_order (text, "Sollicitatiebrief schrijven", "Tim gaat elke dag naar school");
  assert_order (text, "Tim gaat elke dag naar school", "Gesprek met de mentor");
  assert_order (text, "Gesprek met de mentor", "Overige afspraken");
  assert_has (text, "Schuldhulp aanvragen Wie: Karim El Amrani · Wanneer: 1 december 2026 · "
                    "gedaan");
  assert_order (text, "Overige afspraken", "Schuldhulp aanvragen");
  assert_has (text, "Volgende evaluatie");
  assert_has (text, "3 februari 2027");
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    assert_lacks (text, secrets[i]);
  /* The ecomap on a page of its own, with its legend. */
  last = pdf_text (pdf, pages);
  assert_has (last, "Buurvrouw Els");
  assert_has (last, "Sterke band");
  assert_lacks (last, "Wat willen we bereiken");
  footer = g_strdup_printf ("Pagina %d van %d", pages, pages);
  assert_has (last, footer);
  remove_dir (dir);
}

static void
test_pseudonym (void)
{
  char *dir = kring_test_mkdtemp ();
  g_autoptr (GHashTable) plan = family_plan ();
  g_autoptr (KringMapGraph) ecomap = family_ecomap ();
  g_autofree char *pdf = write_plan (dir, plan, ecomap, "Huishouden A");
  g_autofree char *text = pdf_text (pdf, 0);

  assert_has (text, "Huishouden A");
  assert_has (text, "Ouder 1 Ouder · 41 jaar");
  assert_has (text, "Kind 1 Kind · 10 jaar");
  assert_has (text, "Wie: Ouder 1 · Wanneer: 15 december 2026");
  assert_has (text, "Anna heeft weer werk");
  /* The network by relation, on the letter and on the ecomap; professionals by name. */
  assert_has (text, "Wie: Buurvrouw · Wanneer: 20 december 2026");
  assert_lacks (text, "Els");
  assert_has (text, "Sanne Bakker");
  assert_lacks (text, "Jansen");
  assert_lacks (text, "Anna Jansen");
  assert_lacks (text, "Tim Jansen");
  assert_lacks (text, "GEHEIM");
  remove_dir (dir);
}

/* The PDF renders: pdftoppm makes a PNG of the first page. */
static void
test_renders (void)
{
  char *dir = kring_test_mkdtemp ();
  g_autoptr (GHashTable) plan = family_plan ();
  g_autoptr (KringMapGraph) ecomap = family_ecomap ();
  g_autofree char *pdf = write_plan (dir, plan, ecomap, NULL);
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *png = g_build_filename (dir, "page-1.png", NULL);
  const char *argv[] = { "pdftoppm", "-png", "-r", "60", pdf, prefix, NULL };
  g_autofree char *out = run (argv);
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (png, &data, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  remove_dir (dir);
}

static void
test_long_plan (void)
{
  char *dir = kring_test_mkdtemp ();
  g_autoptr (GHashTable) plan = plan_new ();
  g_autofree char *pdf = NULL;
  int pages;

  add_row (plan, row ("households", "h1", "label", "Familie Lang", NULL));
  for (int i = 1; i <= 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("g%d", i);
      g_autofree char *description = g_strdup_printf ("Doel nummer %d van het gezin", i);
      g_autofree char *what = g_strdup_printf ("Stap voor doel %d zetten", i);
      g_autofree char *action_id = g_strdup_printf ("a%d", i);

      add_row (plan, row ("goals", id, "description", description, NULL));
      add_row (plan, row ("actions", action_id, "goal_id", id, "what", what, "actor_label",
                          "Sanne Bakker", "due_on", "2027-03-01", NULL));
    }
  pdf = write_plan (dir, plan, NULL, NULL);
  pages = pdf_pages (pdf);
  g_assert_cmpint (pages, >=, 3);
  for (int page = 1; page <= pages; page++)
    {
      g_autofree char *text = pdf_text (pdf, page);
      g_autofree char *footer = g_strdup_printf ("Pagina %d van %d", page, pages);

      assert_has (text, footer);
    }
  {
    g_autofree char *text = pdf_text (pdf, 0);

    for (int i = 1; i <= 40; i++)
      {
        g_autofree char *description = g_strdup_printf ("%d. Doel nummer %d van het gezin", i, i);
        g_autofree char *what = g_strdup_printf ("Stap voor doel %d zetten", i);

        assert_has (text, description);
        assert_has (text, what);
      }
    assert_lacks (text, "Overige afspraken");
    assert_has (text, "We hebben nog geen datum afgesproken.");
  }
  remove_dir (dir);
}

/* A folder that does not exist: a clean error, and nothing left behind. */
static void
test_missing_folder (void)
{
  char *dir = kring_test_mkdtemp ();
  g_autoptr (GHashTable) plan = family_plan ();
  g_autofree char *missing = g_build_filename (dir, "weg", NULL);
  g_autofree char *path = g_build_filename (missing, "plan.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) listing = NULL;

  g_assert_false (kring_plan_pdf_write (plan, NULL, NULL, file, &error));
  g_assert_error (error, KRING_IO_ERROR, KRING_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "plan.pdf"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  g_assert_null (g_dir_read_name (listing));
  remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_autofree char *localedir = NULL;

  /* Dutch, as the household reads it, with the build tree's translations. */
  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    g_error ("the nl_NL.UTF-8 locale is needed");
  g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "nl", TRUE);
  localedir = g_build_filename (g_getenv ("KRING_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/io/plan-pdf/content", test_content);
  g_test_add_func ("/io/plan-pdf/pseudonym", test_pseudonym);
  g_test_add_func ("/io/plan-pdf/renders", test_renders);
  g_test_add_func ("/io/plan-pdf/long-plan", test_long_plan);
  g_test_add_func ("/io/plan-pdf/missing-folder", test_missing_folder);
  return g_test_run ();
}
