/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include "kring-analysis-page.h"
#include "kring-demo.h"
#include "kring-directory-page.h"
#include "kring-households-page.h"
#include "kring-map-page.h"
#include "kring-profile.h"
#include "kring-team-page.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The five main-window pages against a real, keyring-unlocked store holding
 * the example district: each shows what is stored, shows its empty state on
 * an empty store, and keeps no text of the store after the store is dropped.
 */

typedef struct
{
  char       *dir;
  KringStore *store;
} Fixture;

static KringStore *
unlock_profile (const char *dir)
{
  g_autoptr (KringProfile) profile = kring_profile_new (dir);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringStore *store;

  kring_profile_unlock_async (profile, NULL, NULL, kring_test_store_result, &result);
  store = kring_profile_unlock_finish (profile, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_true (KRING_IS_STORE (store));
  return store;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer with_demo)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  fixture->dir = kring_test_mkdtemp ();
  fixture->store = unlock_profile (fixture->dir);
  if (!GPOINTER_TO_INT (with_demo))
    return;
  kring_demo_load_async (fixture->store, NULL, kring_test_store_result, &result);
  kring_demo_load_finish (fixture->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer with_demo)
{
  kring_test_store_close (fixture->store);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, g_free);
}

static GListModel *
list_table (KringStore *store, const char *table, const char *order_by)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *list;

  kring_store_list_async (store, table, NULL, NULL, order_by, NULL, kring_test_store_result,
                          &result);
  list = kring_store_list_finish (store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return list;
}

static char *
first_string (KringStore *store, const char *table, const char *column)
{
  g_autoptr (GListModel) list = list_table (store, table, column);
  g_autoptr (KringRecord) record = g_list_model_get_item (list, 0);

  g_assert_nonnull (record);
  g_assert_nonnull (kring_record_get_string (record, column));
  return g_strdup (kring_record_get_string (record, column));
}

static const char *
page_state (GtkWidget *page)
{
  GtkWidget *stack = adw_bin_get_child (ADW_BIN (page));

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("Timed out waiting for a page to load");
  return G_SOURCE_REMOVE;
}

/* Iterates the main loop until the page left its loading state. */
static const char *
await_page (GtkWidget *page)
{
  guint timeout = g_timeout_add_seconds (60, on_timeout, NULL);

  while (g_str_equal (page_state (page), "loading"))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  return page_state (page);
}

typedef struct
{
  GtkWidget *(*create)    (void);
  void       (*set_store) (GtkWidget *page, KringStore *store);
} PageKind;

#define PAGE_KIND(Name, name)                                                  \
  static GtkWidget *create_##name (void)                                       \
  {                                                                            \
    return g_object_new (KRING_TYPE_##Name, NULL);                             \
  }                                                                            \
  static void set_store_##name (GtkWidget *page, KringStore *store)           \
  {                                                                            \
    kring_##name##_set_store ((gpointer) page, store);                         \
  }

PAGE_KIND (MAP_PAGE, map_page)
PAGE_KIND (DIRECTORY_PAGE, directory_page)
PAGE_KIND (HOUSEHOLDS_PAGE, households_page)
PAGE_KIND (ANALYSIS_PAGE, analysis_page)
PAGE_KIND (TEAM_PAGE, team_page)

static const PageKind pages[] = {
  { create_map_page, set_store_map_page },
  { create_directory_page, set_store_directory_page },
  { create_households_page, set_store_households_page },
  { create_analysis_page, set_store_analysis_page },
  { create_team_page, set_store_team_page },
};

/* A page in a shown window, so that it is realised and drawn too. */
static GtkWidget *
show_page (const PageKind *kind, KringStore *store, GtkWindow **window)
{
  GtkWidget *page = kind->create ();

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 1366, 768);
  gtk_window_set_child (*window, page);
  gtk_window_present (*window);
  kind->set_store (page, store);
  return page;
}

static void
assert_shows (const PageKind *kind, KringStore *store, const char *needle, gboolean exact)
{
  GtkWindow *window;
  GtkWidget *page = show_page (kind, store, &window);

  g_assert_cmpstr (await_page (page), ==, "content");
  if (!kring_ui_test_shows_text (page, needle, exact))
    g_error ("%s does not show “%s”", G_OBJECT_TYPE_NAME (page), needle);
  gtk_window_destroy (window);
}

static void
test_pages_show_demo (Fixture *fixture, gconstpointer data)
{
  g_autofree char *team = first_string (fixture->store, "teams", "name");
  g_autofree char *organisation = first_string (fixture->store, "organizations", "name");
  g_autofree char *household = first_string (fixture->store, "households", "label");
  g_autofree char *neighbourhood = first_string (fixture->store, "neighbourhoods", "name");
  g_autofree char *member = first_string (fixture->store, "team_members", "name");
  g_autofree char *term = first_string (fixture->store, "glossary_terms", "term");
  g_autofree char *source = first_string (fixture->store, "neighbourhood_figures", "source");

  assert_shows (&pages[0], fixture->store, team, TRUE);
  assert_shows (&pages[1], fixture->store, organisation, TRUE);
  assert_shows (&pages[2], fixture->store, household, TRUE);
  assert_shows (&pages[3], fixture->store, neighbourhood, TRUE);
  assert_shows (&pages[3], fixture->store, source, FALSE);
  assert_shows (&pages[4], fixture->store, member, TRUE);
  assert_shows (&pages[4], fixture->store, term, TRUE);
}

/* After the store is dropped (the lock), no household label is left in
 * any label of any page. */
static void
test_pages_drop_on_lock (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GListModel) households = list_table (fixture->store, "households", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (households), >, 0);
  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      GtkWindow *window;
      GtkWidget *page = show_page (&pages[p], fixture->store, &window);

      g_assert_cmpstr (await_page (page), ==, "content");
      pages[p].set_store (page, NULL);
      g_assert_cmpstr (page_state (page), ==, "loading");
      for (guint i = 0; i < g_list_model_get_n_items (households); i++)
        {
          g_autoptr (KringRecord) household = g_list_model_get_item (households, i);

          g_assert_false (kring_ui_test_shows_text (page, kring_record_get_string (household, "label"), FALSE));
        }
      gtk_window_destroy (window);
    }
}

static void
test_pages_empty (Fixture *fixture, gconstpointer data)
{
  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      GtkWindow *window;
      GtkWidget *page = show_page (&pages[p], fixture->store, &window);

      g_assert_cmpstr (await_page (page), ==, "empty");
      gtk_window_destroy (window);
    }
}

/* A load in flight is cancelled, not delivered, when the store changes or
 * the page goes away. */
static void
test_pages_cancel (Fixture *fixture, gconstpointer data)
{
  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      GtkWidget *page = g_object_ref_sink (pages[p].create ());
      GtkWidget *gone = g_object_ref_sink (pages[p].create ());
      g_autoptr (GListModel) settle = NULL;

      pages[p].set_store (page, fixture->store);
      pages[p].set_store (page, NULL);
      pages[p].set_store (gone, fixture->store);
      g_object_unref (gone);
      /* The store's worker answers in order: once this list is back, the
       * cancelled loads have been delivered too. */
      settle = list_table (fixture->store, "teams", NULL);
      g_assert_cmpstr (page_state (page), ==, "loading");
      g_object_unref (page);
    }
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/pages/demo", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_pages_show_demo, fixture_tear_down);
  g_test_add ("/ui/pages/lock", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_pages_drop_on_lock, fixture_tear_down);
  g_test_add ("/ui/pages/empty", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_pages_empty, fixture_tear_down);
  g_test_add ("/ui/pages/cancel", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_pages_cancel, fixture_tear_down);
  return g_test_run ();
}
