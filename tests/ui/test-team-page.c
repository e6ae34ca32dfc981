/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>
#include "kring-glossary-links.h"
#include "kring-glossary-view.h"
#include "kring-team-members.h"
#include "kring-team-page.h"
#include "kring-team-who.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The team page against a real, keyring-unlocked store holding the example
 * district: who-does-what for "schulden" lists the debt partners, the
 * glossary finds "toegang" and shows "Wmo" when asked, a member's
 * expertise and a new glossary term edited through the form are stored,
 * removing a term and pressing Undo brings it back, and locking drops
 * every member name. The glossary links are checked on their own first.
 */

typedef struct
{
  char          *dir;
  KringStore    *store;
  GtkWindow     *window;
  KringTeamPage *page;
} Fixture;

static gpointer
child (Fixture *f, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (f->page), KRING_TYPE_TEAM_PAGE, name);
}

static gboolean
page_loaded (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (child (f, "stack")), "content") == 0;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->page = g_object_new (KRING_TYPE_TEAM_PAGE, NULL);
  f->window = kring_ui_test_window (GTK_WIDGET (f->page), 1366);
  kring_team_page_set_store (f->page, f->store);
  kring_ui_test_wait (page_loaded, f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_team_page_set_store (f->page, NULL);
  kring_ui_test_close (f->window, &f->store);
  g_free (f->dir);
}

/* Whether a label under @widget says exactly @text. */
static gboolean
shows (GtkWidget *widget, const char *text)
{
  return kring_ui_test_shows_text (widget, text, TRUE);
}

static KringRecord *
stored (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, NULL);

  return g_list_model_get_item (rows, 0);
}

/* --- the glossary links, without a store --- */

static void
test_links (void)
{
  const char *const terms[] = { "Toegang", "Voorziening", "Voorliggende voorziening", "Wmo",
                                "MEE", NULL };
  g_autofree char *escaped = kring_glossary_links_markup ("a < b & c > d", terms, NULL);
  g_autofree char *longest = kring_glossary_links_markup (
      "De voorliggende voorziening gaat voor; een voorziening ook.", terms, NULL);
  g_autofree char *words = kring_glossary_links_markup (
      "Het toegangsloket en de Wmo-consulent; toegang via de Wmo.", terms, NULL);
  g_autofree char *skipped = kring_glossary_links_markup ("Toegang tot de Wmo", terms, "toegang");
  g_autofree char *acronym = kring_glossary_links_markup ("Doe mee met MEE", terms, NULL);

  g_assert_cmpstr (escaped, ==, "a &lt; b &amp; c &gt; d");
  /* The longer term wins where both start; the shorter still gets its own
   * later occurrence, each term only once. */
  g_assert_cmpstr (longest, ==,
                   "De <a href=\"term:Voorliggende voorziening\">voorliggende voorziening</a> "
                   "gaat voor; een <a href=\"term:Voorziening\">voorziening</a> ook.");
  /* "toegangsloket" is not "toegang"; "Wmo-consulent" holds the word Wmo. */
  g_assert_cmpstr (words, ==,
                   "Het toegangsloket en de <a href=\"term:Wmo\">Wmo</a>-consulent; "
                   "<a href=\"term:Toegang\">toegang</a> via de Wmo.");
  g_assert_cmpstr (skipped, ==, "Toegang tot de <a href=\"term:Wmo\">Wmo</a>");
  /* An acronym only as written: "mee" is a Dutch word. */
  g_assert_cmpstr (acronym, ==, "Doe mee met <a href=\"term:MEE\">MEE</a>");
}

/* --- who does what --- */

typedef struct
{
  Fixture    *f;
  const char *text;
} WhoWait;

static gboolean
who_shows (gpointer data)
{
  WhoWait *wait = data;

  return shows (child (wait->f, "who"), wait->text);
}

/* Opens "Wie doet wat?", types @query and waits until @expected is shown
 * (the search runs after the entry's delay). */
static KringTeamWho *
search_who (Fixture *f, const char *query, const char *expected)
{
  KringTeamWho *who = child (f, "who");
  GtkWidget *entry = kring_ui_test_find_widget (GTK_WIDGET (who), GTK_TYPE_SEARCH_ENTRY);

  adw_view_stack_set_visible_child_name (child (f, "views"), "who");
  g_assert_false (shows (GTK_WIDGET (who), expected));
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  kring_ui_test_wait (who_shows, &(WhoWait) { f, expected });
  return who;
}

static void
test_who (Fixture *f, gconstpointer data)
{
  KringTeamWho *who;

  g_assert_false (shows (child (f, "who"), "Stadsbank Vaartland"));
  who = search_who (f, "schulden", "Geldmaatjes Marendal");
  /* The debt partners and services of the example district (counted in
   * tests/store/test-store-team.c) and Ruud, the team's debt counsellor. */
  g_assert_true (shows (GTK_WIDGET (who), "Stadsbank Vaartland"));
  g_assert_true (shows (GTK_WIDGET (who), "Reclasseringsteam Vaartland"));
  g_assert_true (shows (GTK_WIDGET (who), "Voedselbank Marendal-Vaartland"));
  g_assert_true (shows (GTK_WIDGET (who), "Schuldregeling en budgetbeheer"));
  g_assert_true (shows (GTK_WIDGET (who), "Ruud Veenstra"));
  g_assert_false (shows (GTK_WIDGET (who), "Alzheimer Café Marendal"));
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "team-who");
}

/* A short word in a large sociale kaart: 120 services that match. The
 * group shows 50 with "Show More (70 more)", then 100, then all 120. */
#define N_ALIKE 120

static void
save_alike_services (Fixture *f)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) organization = stored (f, "organizations", NULL, NULL);

  for (guint i = 0; i < N_ALIKE; i++)
    {
      KringRecord *service = kring_record_new ("services");
      g_autofree char *name = g_strdup_printf ("Proefdienst %03u", i + 1);

      kring_record_set_string (service, "organization_id", kring_record_get_id (organization));
      kring_record_set_string (service, "name", name);
      kring_record_set_string (service, "status", "active");
      g_ptr_array_add (records, service);
    }
  kring_store_save_async (f->store, records, NULL, kring_test_store_result, &result);
  g_assert_true (kring_store_save_finish (f->store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
}

static gboolean
is_group_titled (GtkWidget *widget, gconstpointer title)
{
  return ADW_IS_PREFERENCES_GROUP (widget)
         && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title)
              == 0;
}

/* The "Show more" row of the group titled @title. */
static GtkWidget *
more_row (KringTeamWho *who, const char *title)
{
  GtkWidget *group = kring_ui_test_find_first (GTK_WIDGET (who), is_group_titled, title);

  g_assert_nonnull (group);
  return kring_ui_test_find_named (group, "who-more");
}

/* The rows of the group titled @title, without its "Show more" row. */
static guint
group_rows (KringTeamWho *who, const char *title)
{
  GtkWidget *more = more_row (who, title);
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (gtk_widget_get_parent (more)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += row != more;
  return n;
}

static void
assert_more_left (GtkWidget *more, guint left)
{
  g_autofree char *title = g_strdup_printf (ngettext ("Show More (%u more)",
                                                      "Show More (%u more)", left), left);

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (more)), ==, title);
}

static void
test_who_more (Fixture *f, gconstpointer data)
{
  KringTeamWho *who;
  GtkWidget *more;
  g_autofree char *title = g_strdup_printf ("%s (%u)", _("Services"), N_ALIKE);

  save_alike_services (f);
  who = search_who (f, "proefdienst", "Proefdienst 001");
  more = more_row (who, title);
  g_assert_cmpuint (group_rows (who, title), ==, 50);
  g_assert_true (gtk_widget_get_visible (more));
  assert_more_left (more, 70);
  g_assert_false (shows (GTK_WIDGET (who), "Proefdienst 051"));
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "team-who-more");
  g_signal_emit_by_name (more, "activate");
  g_assert_cmpuint (group_rows (who, title), ==, 100);
  g_assert_true (shows (GTK_WIDGET (who), "Proefdienst 051"));
  assert_more_left (more, 20);
  g_signal_emit_by_name (more, "activate");
  g_assert_cmpuint (group_rows (who, title), ==, N_ALIKE);
  g_assert_true (shows (GTK_WIDGET (who), "Proefdienst 120"));
  g_assert_false (gtk_widget_get_visible (more));
}

/* --- the glossary --- */

/* Activates @uri in the label under @widget that holds it, as a click would. */
static gboolean
follow_link (GtkWidget *widget, const char *uri)
{
  gboolean handled = FALSE;

  if (GTK_IS_LABEL (widget) && gtk_label_get_use_markup (GTK_LABEL (widget))
      && strstr (gtk_label_get_label (GTK_LABEL (widget)), uri) != NULL)
    {
      g_signal_emit_by_name (widget, "activate-link", uri, &handled);
      return handled;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (follow_link (c, uri))
      return TRUE;
  return FALSE;
}

/* Only "Toegang" mentions toegang in the example district's glossary. */
static guint
n_terms_shown (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    n += g_object_get_data (G_OBJECT (c), "term") != NULL;
  return n;
}

static void
test_glossary (Fixture *f, gconstpointer data)
{
  KringGlossaryView *glossary = child (f, "glossary");
  GtkWidget *entry = kring_ui_test_find_widget (GTK_WIDGET (glossary), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *row;

  adw_view_stack_set_visible_child_name (child (f, "views"), "glossary");
  gtk_editable_set_text (GTK_EDITABLE (entry), "toegang");
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  row = kring_glossary_view_get_row (glossary, "Toegang");
  g_assert_nonnull (row);
  g_assert_cmpuint (n_terms_shown (gtk_widget_get_parent (row)), ==, 1);
  g_assert_null (kring_glossary_view_get_row (glossary, "Kernteam"));

  adw_view_stack_set_visible_child_name (child (f, "views"), "members");
  kring_team_page_show_term (f->page, "Wmo");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (child (f, "views")), ==, "glossary");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Wmo");
  row = kring_glossary_view_get_row (glossary, "Wmo");
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "team-glossary");

  /* Wmo's "see also" names Maatwerkvoorziening: following the link opens it. */
  g_assert_true (follow_link (row, "term:Maatwerkvoorziening"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Maatwerkvoorziening");
  row = kring_glossary_view_get_row (glossary, "Maatwerkvoorziening");
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
}

/* --- editing --- */

static void
test_edit_member (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) ruud = stored (f, "team_members", "name", "Ruud Veenstra");
  g_autoptr (KringRecord) after = NULL;
  KringFormDialog *dialog;

  kring_ui_test_screenshot (GTK_WIDGET (f->window), "team-members");
  dialog = kring_ui_test_open_form (child (f, "members"), "members.edit",
                                    kring_record_get_id (ruud));
  kring_ui_test_type (dialog, "_hours", "28,x");
  g_assert_false (kring_form_dialog_activate_save (dialog));
  kring_ui_test_type (dialog, "_hours", "28,5");
  kring_ui_test_type (dialog, "expertise", "Schulden, budgetcoaching, Wsnp");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_ui_test_await_form_closed ();
  after = stored (f, "team_members", "id", kring_record_get_id (ruud));
  g_assert_cmpstr (kring_record_get_string (after, "expertise"), ==,
                   "Schulden, budgetcoaching, Wsnp");
  g_assert_cmpfloat (kring_record_get_double (after, "hours_per_week", -1), ==, 28.5);
  g_assert_cmpstr (kring_record_get_string (after, "name"), ==, "Ruud Veenstra");
}

static gboolean
fatma_gone (gpointer data)
{
  Fixture *f = data;
  g_autoptr (KringRecord) fatma = stored (f, "team_members", "name", "Fatma Yıldız");

  return fatma == NULL && !shows (child (f, "members"), "Fatma Yıldız");
}

static gboolean
fatma_back (gpointer data)
{
  Fixture *f = data;
  g_autoptr (KringRecord) fatma = stored (f, "team_members", "name", "Fatma Yıldız");

  return fatma != NULL && shows (child (f, "members"), "Fatma Yıldız");
}

static void
test_remove_member (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) fatma = stored (f, "team_members", "name", "Fatma Yıldız");
  g_autoptr (KringRecord) back = NULL;

  g_assert_true (shows (child (f, "members"), "Fatma Yıldız"));
  gtk_widget_activate_action (child (f, "members"), "members.remove", "s",
                              kring_record_get_id (fatma));
  kring_ui_test_wait (fatma_gone, f);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "team.undo", NULL);
  kring_ui_test_wait (fatma_back, f);
  back = stored (f, "team_members", "id", kring_record_get_id (fatma));
  g_assert_cmpstr (kring_record_get_string (back, "expertise"), ==,
                   kring_record_get_string (fatma, "expertise"));
  g_assert_cmpstr (kring_record_get_string (back, "team_id"), ==,
                   kring_record_get_string (fatma, "team_id"));
}

static gboolean
glossary_shows_kwartiermaken (gpointer data)
{
  Fixture *f = data;

  return kring_glossary_view_get_row (child (f, "glossary"), "Kwartiermaken") != NULL;
}

static gboolean
kwartiermaken_stored (gpointer data)
{
  Fixture *f = data;
  g_autoptr (KringRecord) term = stored (f, "glossary_terms", "term", "Kwartiermaken");

  return term != NULL;
}

static gboolean
kwartiermaken_gone (gpointer data)
{
  return !kwartiermaken_stored (data);
}

static void
test_edit_glossary (Fixture *f, gconstpointer data)
{
  KringFormDialog *dialog = kring_ui_test_open_form (child (f, "glossary"), "glossary.add", NULL);
  g_autoptr (KringRecord) term = NULL;

  kring_ui_test_type (dialog, "term", "toegang");
  g_assert_false (kring_form_dialog_activate_save (dialog));  /* already there */
  kring_ui_test_type (dialog, "term", "Kwartiermaken");
  kring_ui_test_type (dialog, "definition", "Ruimte maken in de wijk voor mensen met een "
                      "psychische kwetsbaarheid, zodat zij mee kunnen doen.");
  kring_ui_test_type (dialog, "see_also", "Sociaal netwerk");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_ui_test_await_form_closed ();
  term = stored (f, "glossary_terms", "term", "Kwartiermaken");
  g_assert_nonnull (term);
  g_assert_cmpstr (kring_record_get_string (term, "see_also"), ==, "Sociaal netwerk");
  kring_ui_test_wait (glossary_shows_kwartiermaken, f);

  gtk_widget_activate_action (child (f, "glossary"), "glossary.remove", "s",
                              kring_record_get_id (term));
  kring_ui_test_wait (kwartiermaken_gone, f);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "team.undo", NULL);
  kring_ui_test_wait (kwartiermaken_stored, f);
  kring_ui_test_wait (glossary_shows_kwartiermaken, f);
}

/* --- locking --- */

static void
test_lock (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) members = kring_test_list (f->store, "team_members", NULL, NULL, NULL);

  g_assert_true (shows (GTK_WIDGET (f->page), "Ruud Veenstra"));
  kring_team_page_set_store (f->page, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KringRecord) member = g_list_model_get_item (members, i);
      g_assert_false (kring_ui_test_shows_text (GTK_WIDGET (f->page),
                                                kring_record_get_string (member, "name"),
                                                FALSE));
    }
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/team/links", test_links);
  g_test_add ("/ui/team/who", Fixture, NULL, fixture_set_up, test_who, fixture_tear_down);
  g_test_add ("/ui/team/who-more", Fixture, NULL, fixture_set_up, test_who_more,
              fixture_tear_down);
  g_test_add ("/ui/team/glossary", Fixture, NULL, fixture_set_up, test_glossary,
              fixture_tear_down);
  g_test_add ("/ui/team/edit-member", Fixture, NULL, fixture_set_up, test_edit_member,
              fixture_tear_down);
  g_test_add ("/ui/team/remove-member", Fixture, NULL, fixture_set_up, test_remove_member,
              fixture_tear_down);
  g_test_add ("/ui/team/edit-glossary", Fixture, NULL, fixture_set_up, test_edit_glossary,
              fixture_tear_down);
  g_test_add ("/ui/team/lock", Fixture, NULL, fixture_set_up, test_lock, fixture_tear_down);
  return g_test_run ();
}
