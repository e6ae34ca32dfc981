/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kring-application.h"
#include "kring-backup.h"
#include "kring-profile.h"
#include "kring-preferences-window.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"
#include "kring-window.h"

/*
 * These tests start the real KringApplication in this process with a fresh
 * --data-dir, then drive its window from an idle callback while the
 * application's own main loop runs: they wait for states, activate the same
 * actions the accelerators use, and read what the pages show.
 */


typedef KringUiTestScript Script;

typedef KringUiTestCondition Condition;

static GPtrArray *
page_texts (KringWindow *window, const char *view)
{
  return kring_ui_test_texts (kring_window_get_view (window, view), FALSE, FALSE);
}

/* Whether @number occurs as a whole number in any of @texts. */
static gboolean
texts_show_number (GPtrArray *texts, guint number)
{
  g_autofree char *wanted = g_strdup_printf ("%u", number);

  for (guint i = 0; i < texts->len; i++)
    {
      g_auto (GStrv) tokens = g_regex_split_simple ("[^0-9]+", texts->pdata[i], 0, 0);

      if (g_strv_contains ((const char *const *) tokens, wanted))
        return TRUE;
    }
  return FALSE;
}

static gboolean
texts_contain (GPtrArray *texts, const char *needle)
{
  for (guint i = 0; i < texts->len; i++)
    if (strstr (texts->pdata[i], needle) != NULL)
      return TRUE;
  return FALSE;
}

static GHashTable *
count_store (KringStore *store)
{
  GAsyncResult *result = NULL;
  g_autoptr (GAsyncResult) done = NULL;
  g_autoptr (GError) error = NULL;
  GHashTable *counts;

  kring_store_count_async (store, NULL, kring_test_store_result, &result);
  done = kring_test_await (&result);
  counts = kring_store_count_finish (store, done, &error);
  g_assert_no_error (error);
  return counts;
}

/* The tables whose row count each page is expected to show somewhere.
 * Only counts a page states as such: a count that merely could occur (a
 * day of the month, a number of goals) made the check pass or fail by the
 * calendar. "open_households" is the households minus the closed ones, as
 * the list counts them; "glossary_terms" the glossary's count on the team
 * page. */
static const char *const *
tables_for_view (const char *view)
{
  static const char *const map[] = { "organizations", "ring_placements", "relationships",
                                     "team_members", "services", NULL };
  static const char *const directory[] = { "organizations", "services", "contacts", NULL };
  static const char *const households[] = { "open_households", NULL };
  static const char *const analysis[] = { "neighbourhoods", "households", "organizations",
                                          "relationships", "services", "goals", NULL };
  static const char *const team[] = { "glossary_terms", NULL };

  if (g_str_equal (view, "map"))
    return map;
  if (g_str_equal (view, "directory"))
    return directory;
  if (g_str_equal (view, "households"))
    return households;
  if (g_str_equal (view, "analysis"))
    return analysis;
  return team;
}

typedef struct
{
  const char *view;
  GHashTable *counts;
} CountCheck;

static gboolean
view_shows_counts (KringWindow *window, gconstpointer data)
{
  const CountCheck *check = data;
  const char *const *tables = tables_for_view (check->view);
  g_autoptr (GPtrArray) texts = page_texts (window, check->view);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (check->counts, tables[i]));

      if (count > 0 && texts_show_number (texts, count))
        return TRUE;
    }
  return FALSE;
}

static void
activate (KringWindow *window, const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
}

static void
check_every_view (KringWindow *window)
{
  KringStore *store = kring_window_get_store (window);
  g_autoptr (GHashTable) counts = count_store (store);
  const char *const *views = kring_window_get_view_names ();
  g_autoptr (GListModel) closed = kring_test_list (store, "households", "status", "afgesloten",
                                                   NULL);
  guint households = GPOINTER_TO_UINT (g_hash_table_lookup (counts, "households"));

  g_hash_table_insert (counts, g_strdup ("open_households"),
                       GUINT_TO_POINTER (households - g_list_model_get_n_items (closed)));

  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "organizations")), >, 0);
  for (guint i = 0; views[i] != NULL; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.page-%u", i + 1);
      CountCheck check = { views[i], counts };

      activate (window, action);
      g_assert_cmpstr (kring_window_get_visible_view_name (window), ==, views[i]);
      kring_ui_test_wait_for (view_shows_counts, window, &check, views[i]);
    }
}

/* Runs the application on @data_dir (a fresh one when NULL) with --demo if asked. */
static GPtrArray *
organization_names (KringStore *store)
{
  GAsyncResult *result = NULL;
  g_autoptr (GAsyncResult) done = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) list = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  kring_store_list_async (store, "organizations", NULL, NULL, "name", NULL,
                          kring_test_store_result, &result);
  done = kring_test_await (&result);
  list = kring_store_list_finish (store, done, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (list, i);

      g_ptr_array_add (names, g_strdup (kring_record_get_string (record, "name")));
    }
  return names;
}

static GtkWidget *
find_widget (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
search_shows (KringWindow *window, gconstpointer name)
{
  GtkWidget *entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *popover = find_widget (entry, GTK_TYPE_POPOVER);
  g_autoptr (GPtrArray) texts = NULL;

  if (popover == NULL || !gtk_widget_get_visible (popover))
    return FALSE;
  texts = kring_ui_test_texts (popover, FALSE, FALSE);
  return texts_contain (texts, name);
}

/* Typing part of an organisation's name lists it under the search entry;
 * Enter opens the social map. */
static void
check_search (KringWindow *window)
{
  g_autoptr (GPtrArray) names = organization_names (kring_window_get_store (window));
  const char *name = names->pdata[0];
  g_autofree char *prefix = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 5));
  GtkWidget *entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);

  activate (window, "win.page-1");
  activate (window, "win.search");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), prefix);
  kring_ui_test_wait_for (search_shows, window, name, "search results");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (kring_window_get_visible_view_name (window), ==, "directory");
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
script_demo (KringWindow *window)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  kring_ui_test_wait_state (window, "main");
  check_search (window);
  check_every_view (window);
  g_assert_cmpstr (kring_window_get_visible_view_name (window), ==, "team");
  g_assert_cmpstr (g_settings_get_string (settings, "last-page"), ==, "team");
}

static void
test_demo (void)
{
  kring_ui_test_run_app (NULL, TRUE, script_demo);
}

/* The first shown toplevel of @type (dialogs are not all application windows), or NULL. */
static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
has_toplevel (KringWindow *window, gconstpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/* Opens one of the application's secondary windows through its action and closes it again. */
static void
open_and_close (KringWindow *window, const char *action, GType type)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
  kring_ui_test_wait_for (has_toplevel, window, GSIZE_TO_POINTER (type), action);
  gtk_window_destroy (find_toplevel (type));
}

static void
script_welcome (KringWindow *window)
{
  kring_ui_test_wait_state (window, "welcome");
  g_assert_nonnull (kring_window_get_store (window));
  open_and_close (window, "preferences", KRING_TYPE_PREFERENCES_WINDOW);
  open_and_close (window, "about", ADW_TYPE_ABOUT_WINDOW);
  open_and_close (window, "shortcuts", GTK_TYPE_SHORTCUTS_WINDOW);
  gtk_window_present (GTK_WINDOW (window));
  activate (window, "win.start-empty");
  kring_ui_test_wait_state (window, "main");
}

static void
test_welcome (void)
{
  kring_ui_test_run_app (NULL, FALSE, script_welcome);
}

static gboolean
any_page_shows (KringWindow *window, GPtrArray *names)
{
  const char *const *views = kring_window_get_view_names ();

  for (guint v = 0; views[v] != NULL; v++)
    {
      g_autoptr (GPtrArray) texts = page_texts (window, views[v]);

      for (guint i = 0; i < names->len; i++)
        if (texts_contain (texts, names->pdata[i]))
          return TRUE;
    }
  return FALSE;
}

static gboolean
pages_show_names (KringWindow *window, gconstpointer names)
{
  return any_page_shows (window, (GPtrArray *) names);
}

static void
script_lock (KringWindow *window)
{
  g_autoptr (GPtrArray) names = NULL;

  kring_ui_test_wait_state (window, "main");
  names = organization_names (kring_window_get_store (window));
  g_assert_cmpuint (names->len, >, 0);
  activate (window, "win.page-2");
  kring_ui_test_wait_for (pages_show_names, window, names, "organisation names on the pages");

  activate (window, "win.lock");
  g_assert_cmpstr (kring_window_get_state (window), ==, "locked");
  g_assert_null (kring_window_get_store (window));
  g_assert_false (any_page_shows (window, names));
  /* Page switching is disabled while locked. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page-1", NULL);
  g_assert_cmpstr (kring_window_get_visible_view_name (window), ==, "directory");

  activate (window, "win.unlock");
  kring_ui_test_wait_state (window, "main");
  g_assert_nonnull (kring_window_get_store (window));
  kring_ui_test_wait_for (pages_show_names, window, names, "organisation names after unlocking");
}

static void
test_lock (void)
{
  kring_ui_test_run_app (NULL, TRUE, script_lock);
}

#define TEST_PASSPHRASE "correct horse battery staple"

static void
script_passphrase (KringWindow *window)
{
  kring_ui_test_wait_state (window, "main");
  g_assert_cmpint (kring_profile_get_key_mode (kring_window_get_profile (window)), ==,
                   KRING_KEY_MODE_PASSPHRASE);
  check_every_view (window);

  /* The passphrase from the environment opens the data once; after locking,
   * the user has to type it again. */
  activate (window, "win.lock");
  activate (window, "win.unlock");
  kring_ui_test_wait_state (window, "unlock");
}

static gboolean
unlock_asks_passphrase (KringWindow *window, gconstpointer data)
{
  g_autoptr (GPtrArray) texts = NULL;

  if (!kring_ui_test_state_is (window, "unlock"))
    return FALSE;
  texts = kring_ui_test_texts (GTK_WIDGET (window), FALSE, FALSE);
  return texts_contain (texts, data);
}

static void
script_wrong_passphrase (KringWindow *window)
{
  kring_ui_test_wait_for (unlock_asks_passphrase, window, "This passphrase does not open your data",
            "the wrong-passphrase message");
}

static void
script_no_passphrase (KringWindow *window)
{
  kring_ui_test_wait_for (unlock_asks_passphrase, window, "No keyring is available on this computer",
            "the explanation why a passphrase is needed");
}

static void
script_interrupted (KringWindow *window)
{
  kring_ui_test_wait_for (unlock_asks_passphrase, window,
                          "Changing the passphrase was interrupted",
                          "the note that either passphrase may fit");
}

static void
script_interrupted_wrong (KringWindow *window)
{
  kring_ui_test_wait_for (unlock_asks_passphrase, window, "try the other one",
                          "the advice to try the other passphrase");
  /* The page fades in from "Opening your data…" first. */
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  kring_ui_test_screenshot (GTK_WIDGET (window), "unlock-passphrase-interrupted");
}

static void
script_interrupted_new (KringWindow *window)
{
  kring_ui_test_wait_state (window, "main");
  g_assert_false (kring_profile_passphrase_change_interrupted (kring_window_get_profile (window)));
}

#define NEW_PASSPHRASE "nieuwe zin voor de wijkteamlaptop"

/* A passphrase change stopped after the file got the new passphrase (built
 * by hand: the change's note, then the file under the new passphrase). The
 * unlock page says either passphrase may fit, and the old one gets the
 * advice to try the other; the new one opens the data. */
static void
check_interrupted_change (const char *data_dir)
{
  g_autoptr (KringProfile) profile = kring_profile_new (data_dir);
  g_autoptr (KringKey) old_key = kring_key_new_passphrase (TEST_PASSPHRASE);
  g_autoptr (KringKey) new_key = kring_key_new_passphrase (NEW_PASSPHRASE);
  g_autofree char *note = g_build_filename (data_dir, KRING_PROFILE_PASSPHRASE_CHANGE, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (note, "", 0, &error));
  g_assert_true (kring_database_rekey (kring_profile_get_database_path (profile), old_key,
                                       new_key, &error));
  g_assert_no_error (error);
  g_unsetenv ("KRINGKAART_PASSPHRASE");
  kring_ui_test_run_app (data_dir, FALSE, script_interrupted);
  g_setenv ("KRINGKAART_PASSPHRASE", TEST_PASSPHRASE, TRUE);
  kring_ui_test_run_app (data_dir, FALSE, script_interrupted_wrong);
  g_setenv ("KRINGKAART_PASSPHRASE", NEW_PASSPHRASE, TRUE);
  kring_ui_test_run_app (data_dir, FALSE, script_interrupted_new);
  g_assert_false (g_file_test (note, G_FILE_TEST_EXISTS));
}

static void
test_passphrase (void)
{
  g_autofree char *data_dir = kring_test_mkdtemp ();

  g_unsetenv ("KRINGKAART_PASSPHRASE");
  kring_ui_test_run_app (data_dir, TRUE, script_no_passphrase);
  g_setenv ("KRINGKAART_PASSPHRASE", TEST_PASSPHRASE, TRUE);
  kring_ui_test_run_app (data_dir, TRUE, script_passphrase);
  g_setenv ("KRINGKAART_PASSPHRASE", "not " TEST_PASSPHRASE, TRUE);
  kring_ui_test_run_app (data_dir, FALSE, script_wrong_passphrase);
  check_interrupted_change (data_dir);
  g_unsetenv ("KRINGKAART_PASSPHRASE");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/window/demo", test_demo);
  g_test_add_func ("/ui/window/welcome", test_welcome);
  g_test_add_func ("/ui/window/lock", test_lock);
  g_test_add_func ("/ui/window/passphrase", test_passphrase);
  return g_test_run ();
}
