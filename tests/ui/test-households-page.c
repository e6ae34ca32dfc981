/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include "kring-households-page.h"
#include "kring-screenshot.h"
#include "kring-store-household.h"
#include "kring-test-util.h"

/*
 * The households page against a real, keyring-unlocked store holding the
 * example district: the list shows the open households, search and the
 * status filter narrow it, a status changed through the page is stored and
 * shown, "Mijn taken" lists overdue actions first, and locking drops it all.
 */

typedef struct
{
  char                *dir;
  KringStore          *store;
  GtkWindow           *window;
  KringHouseholdsPage *page;
} Fixture;

static gpointer
child (Fixture *f, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (f->page), KRING_TYPE_HOUSEHOLDS_PAGE, name);
}

static GListModel *
shown (Fixture *f, const char *name)
{
  return G_LIST_MODEL (child (f, name));
}

/* Iterates the main loop until @done (up to 30 s). */
static void
wait_until (gboolean (*done) (Fixture *f, gconstpointer arg), Fixture *f, gconstpointer arg)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (f, arg))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Lets pending queries (and the search delay) run out. */
static void
settle (Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 600 * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
shows_n (Fixture *f, gconstpointer n)
{
  return g_list_model_get_n_items (shown (f, "households")) == GPOINTER_TO_UINT (n);
}

static gboolean
page_loaded (Fixture *f, gconstpointer arg)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (child (f, "stack")), "content") == 0;
}

static guint
open_households (Fixture *f)
{
  g_autoptr (GListModel) all = kring_test_list (f->store, "households", NULL, NULL, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (KringRecord) household = g_list_model_get_item (all, i);

      n += g_strcmp0 (kring_record_get_string (household, "status"), "afgesloten") != 0;
    }
  return n;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->page = g_object_new (KRING_TYPE_HOUSEHOLDS_PAGE, NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1366, 768);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  kring_households_page_set_store (f->page, f->store);
  wait_until (page_loaded, f, NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_households_page_set_store (f->page, NULL);
  gtk_window_destroy (f->window);
  kring_test_store_close (f->store);
  g_clear_object (&f->store);
  g_free (f->dir);
}

static KringRecord *
shown_item (Fixture *f, guint i)
{
  return g_list_model_get_item (shown (f, "households"), i);
}

static GtkCssProvider *
add_css (const char *name)
{
  GtkCssProvider *provider = gtk_css_provider_new ();
  g_autofree char *path = g_strconcat ("/nl/kringkaart/Kringkaart/", name, NULL);

  gtk_css_provider_load_from_resource (provider, path);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return provider;
}

/* Saves a light and a dark picture when KRING_SHOT_DIR is set, with the
 * app's style sheets (the test has no AdwApplication to load them). */
static void
maybe_screenshot (Fixture *f, const char *name)
{
  const char *dir = g_getenv ("KRING_SHOT_DIR");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr (GtkCssProvider) light = NULL;

  if (dir == NULL)
    return;
  light = add_css ("style.css");
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GtkCssProvider) dark = i == 1 ? add_css ("style-dark.css") : NULL;
      g_autofree char *file = g_strdup_printf ("%s-%s.png", name, i == 0 ? "light" : "dark");
      g_autofree char *path = g_build_filename (dir, file, NULL);

      adw_style_manager_set_color_scheme (manager, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
      settle (f);
      if (!kring_screenshot_save (GTK_WIDGET (f->window), path, &error))
        g_warning ("%s", error->message);
      if (dark != NULL)
        gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                       GTK_STYLE_PROVIDER (dark));
    }
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (light));
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_list (Fixture *f, gconstpointer data)
{
  guint n = open_households (f);
  g_autoptr (KringRecord) first = NULL;

  g_assert_cmpuint (n, >, 2);
  wait_until (shows_n, f, GUINT_TO_POINTER (n));
  first = shown_item (f, 0);
  g_assert_nonnull (kring_record_get_string (first, "label"));
  g_assert_cmpstr (gtk_label_get_text (child (f, "count")), !=, "");
  /* "Ook afgesloten" brings the closed ones back. */
  gtk_switch_set_active (child (f, "closed_switch"), TRUE);
  wait_until (shows_n, f, GUINT_TO_POINTER (n + 1));
  maybe_screenshot (f, "households-list");
}

static void
test_search (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) first = shown_item (f, 0);
  g_autoptr (KringRecord) found = NULL;

  gtk_editable_set_text (GTK_EDITABLE (child (f, "search_entry")),
                         kring_record_get_string (first, "label"));
  wait_until (shows_n, f, GUINT_TO_POINTER (1));
  found = shown_item (f, 0);
  g_assert_cmpstr (kring_record_get_id (found), ==, kring_record_get_id (first));
  gtk_editable_set_text (GTK_EDITABLE (child (f, "search_entry")), "zzzgeenhuishouden");
  wait_until (shows_n, f, GUINT_TO_POINTER (0));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "results_stack")), ==, "none");
  maybe_screenshot (f, "households-none");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "households.clear-all", NULL);
  wait_until (shows_n, f, GUINT_TO_POINTER (open_households (f)));
}

static guint
count_status (Fixture *f, const char *status)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, "households", "status", status, NULL);

  return g_list_model_get_n_items (rows);
}

static void
test_status_filter (Fixture *f, gconstpointer data)
{
  guint n = count_status (f, "uitvoering");

  g_assert_cmpuint (n, >, 0);
  gtk_drop_down_set_selected (child (f, "status_drop"), KRING_HOUSEHOLD_UITVOERING + 1);
  wait_until (shows_n, f, GUINT_TO_POINTER (n));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) household = shown_item (f, i);

      g_assert_cmpstr (kring_record_get_string (household, "status"), ==, "uitvoering");
    }
}

static gboolean
stored_status_is (Fixture *f, gconstpointer arg)
{
  const char *const *pair = arg;
  g_autoptr (GListModel) rows = kring_test_list (f->store, "households", "id", pair[0], NULL);
  g_autoptr (KringRecord) household = g_list_model_get_item (rows, 0);

  return g_strcmp0 (kring_record_get_string (household, "status"), pair[1]) == 0;
}

static gboolean
shown_status_is (Fixture *f, gconstpointer arg)
{
  const char *const *pair = arg;
  GListModel *households = shown (f, "households");

  for (guint i = 0; i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr (KringRecord) household = g_list_model_get_item (households, i);

      if (g_strcmp0 (kring_record_get_id (household), pair[0]) == 0)
        return g_strcmp0 (kring_record_get_string (household, "status"), pair[1]) == 0;
    }
  return FALSE;
}

static void
test_set_status (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) first = shown_item (f, 0);
  const char *status = kring_record_get_string (first, "status");
  const char *target = g_strcmp0 (status, "evaluatie") == 0 ? "plan" : "evaluatie";
  const char *pair[] = { kring_record_get_id (first), target };

  gtk_single_selection_set_selected (child (f, "selection"), 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "detail_stack")), ==, "detail");
  g_assert_cmpstr (gtk_label_get_text (child (f, "detail_title")), ==,
                   kring_record_get_string (first, "label"));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "households.set-status", "s", target);
  wait_until (stored_status_is, f, pair);
  wait_until (shown_status_is, f, pair);
  maybe_screenshot (f, "households-detail");
}

static gboolean
has_tasks (Fixture *f, gconstpointer arg)
{
  return g_list_model_get_n_items (shown (f, "tasks")) > 0;
}

/* The tasks' count line is written when a member's tasks have arrived. */
static gboolean
tasks_counted (Fixture *f, gconstpointer arg)
{
  return *gtk_label_get_text (child (f, "tasks_count")) != '\0';
}

/* Chooses member @m and waits for that member's tasks, however long the
 * query takes, rather than for a fixed time. */
static void
choose_member (Fixture *f, guint m)
{
  GtkDropDown *members = child (f, "member_drop");

  wait_until (tasks_counted, f, NULL);
  if (gtk_drop_down_get_selected (members) == m)
    return;
  gtk_label_set_text (child (f, "tasks_count"), "");
  gtk_drop_down_set_selected (members, m);
  wait_until (tasks_counted, f, NULL);
}

/* Every member's tasks come overdue first; someone in the example district
 * has both overdue and timely ones. */
static void
test_tasks (Fixture *f, gconstpointer data)
{
  GtkDropDown *members = child (f, "member_drop");
  gboolean found_overdue = FALSE;

  gtk_stack_set_visible_child_name (child (f, "views"), "tasks");
  for (guint m = 0; m < g_list_model_get_n_items (gtk_drop_down_get_model (members)); m++)
    {
      GListModel *tasks = shown (f, "tasks");
      gboolean seen_on_time = FALSE;
      guint n_overdue = 0;

      choose_member (f, m);
      for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
        {
          g_autoptr (KringRecord) task = g_list_model_get_item (tasks, i);
          gboolean overdue = kring_record_get_int (task, "overdue", 0) != 0;

          /* Overdue first: none after the first one on time. */
          g_assert_false (overdue && seen_on_time);
          seen_on_time |= !overdue;
          n_overdue += overdue;
        }
      if (n_overdue > 0 && seen_on_time && !found_overdue)
        {
          found_overdue = TRUE;
          g_assert_true (has_tasks (f, NULL));
          maybe_screenshot (f, "households-tasks");
        }
    }
  g_assert_true (found_overdue);
}

static void
test_lock (Fixture *f, gconstpointer data)
{
  gtk_single_selection_set_selected (child (f, "selection"), 0);
  gtk_stack_set_visible_child_name (child (f, "views"), "tasks");
  settle (f);
  kring_households_page_set_store (f->page, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "stack")), ==, "loading");
  g_assert_cmpuint (g_list_model_get_n_items (shown (f, "households")), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f, "tasks")), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (child (f, "detail_title")), ==, "");
  g_assert_null (gtk_widget_get_first_child (child (f, "history_list")));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (child (f, "member_drop"))),
                    ==, 0);
  /* Nothing comes back from queries still under way. */
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f, "households")), ==, 0);
}

int
main (int argc, char **argv)
{
  g_autofree char *localedir = NULL;

  /* Dutch, as the users see it (when the system has the locale). */
  if (setlocale (LC_ALL, "nl_NL.UTF-8") != NULL)
    g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  localedir = g_build_filename (g_getenv ("KRING_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_add ("/ui/households/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/ui/households/search", Fixture, NULL, fixture_set_up, test_search,
              fixture_tear_down);
  g_test_add ("/ui/households/status-filter", Fixture, NULL, fixture_set_up, test_status_filter,
              fixture_tear_down);
  g_test_add ("/ui/households/set-status", Fixture, NULL, fixture_set_up, test_set_status,
              fixture_tear_down);
  g_test_add ("/ui/households/tasks", Fixture, NULL, fixture_set_up, test_tasks,
              fixture_tear_down);
  g_test_add ("/ui/households/lock", Fixture, NULL, fixture_set_up, test_lock,
              fixture_tear_down);
  return g_test_run ();
}
