/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kring-application.h"
#include "kring-household-context.h"
#include "kring-households-page.h"
#include "kring-test-util.h"
#include "kring-tour.h"
#include "kring-ui-test.h"
#include "kring-window.h"

/*
 * The tour against the real application with the example district (run in
 * this process, as tests/ui/test-window.c does): loading the example the
 * first time presents it once and sets "tour-shown"; win.tour opens it
 * again; its buttons and keys turn the pages, and the buttons on the pages
 * show the map and the example household in the main window behind it;
 * Escape and "Klaar" close it, and so does locking the window.
 */

#define JANSEN_ID "2f3bcb08-42dd-5e77-b294-95dd5a2bbd48"

typedef void (*Script) (KringWindow *window);

static KringWindow *the_window;

static gboolean
main_ready (gpointer data)
{
  KringWindow *window = data;

  return g_strcmp0 (kring_window_get_state (window), "main") == 0
         && !kring_window_is_busy (window);
}

static gboolean
tour_shown (gpointer data)
{
  return kring_ui_test_find_window (KRING_TYPE_TOUR, NULL) != NULL;
}

/* Shown and laid out: the carousel can only scroll once it has a size. */
static gboolean
tour_ready (gpointer data)
{
  GtkWindow *tour = kring_ui_test_find_window (KRING_TYPE_TOUR, NULL);
  GtkWidget *carousel = tour ? kring_ui_test_find_widget (GTK_WIDGET (tour), ADW_TYPE_CAROUSEL) : NULL;

  return carousel != NULL && gtk_widget_get_mapped (carousel)
         && gtk_widget_get_width (carousel) > 0;
}

static gboolean
tour_gone (gpointer data)
{
  return !tour_shown (data);
}

static guint
count_tours (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      count += KRING_IS_TOUR (window) && gtk_widget_get_visible (GTK_WIDGET (window));
    }
  return count;
}

static KringTour *
open_tour (KringWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.tour", NULL));
  kring_ui_test_wait (tour_ready, NULL);
  g_assert_cmpuint (count_tours (), ==, 1);
  return KRING_TOUR (kring_ui_test_find_window (KRING_TYPE_TOUR, NULL));
}

/* Presses @keyval on @widget through its own shortcuts (class bindings
 * and controllers), as GTK does for a key event. */
static void
press_key (GtkWidget *widget, guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr (GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, 0);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           0, widget, NULL));
              return;
            }
        }
    }
  g_error ("No shortcut for key %s", gdk_keyval_name (keyval));
}

static gboolean
has_action (GtkWidget *widget, gconstpointer action)
{
  const char *name = GTK_IS_ACTIONABLE (widget)
                       ? gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) : NULL;

  return GTK_IS_BUTTON (widget) && g_strcmp0 (name, action) == 0;
}

static GtkWidget *
find_button (GtkWidget *root, const char *action)
{
  return kring_ui_test_find_first (root, has_action, action);
}

static AdwCarousel *
carousel_of (KringTour *tour)
{
  return ADW_CAROUSEL (kring_ui_test_find_widget (GTK_WIDGET (tour), ADW_TYPE_CAROUSEL));
}

typedef struct
{
  KringTour *tour;
  guint page;
} PageWait;

static gboolean
on_page (gpointer data)
{
  PageWait *wait = data;

  return kring_tour_get_page (wait->tour) == wait->page
         && G_APPROX_VALUE (adw_carousel_get_position (carousel_of (wait->tour)),
                            (double) wait->page, 0.01);
}

static void
await_page (KringTour *tour, guint page)
{
  PageWait wait = { tour, page };

  kring_ui_test_wait (on_page, &wait);
}

/* The button on page @page that shows it in the main window. */
static void
click_show (KringTour *tour, guint page)
{
  GtkWidget *content = adw_carousel_get_nth_page (carousel_of (tour), page);
  GtkWidget *button = find_button (content, "tour.show");

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
click (KringTour *tour, const char *action)
{
  GtkWidget *button = find_button (GTK_WIDGET (tour), action);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
jansen_open (gpointer data)
{
  KringWindow *window = data;
  GtkWidget *page = kring_window_get_view (window, "households");
  KringHouseholdView *view = kring_households_page_get_household_view (KRING_HOUSEHOLDS_PAGE (page));
  KringHouseholdContext *context = kring_household_view_get_context (view);

  return context != NULL && g_strcmp0 (context->household_id, JANSEN_ID) == 0
         && gtk_widget_get_mapped (GTK_WIDGET (view));
}

/* The tour's text names no household of the store: only the button of
 * the household page names the example's household. */
static void
check_no_household_data (KringWindow *window, KringTour *tour)
{
  g_autoptr (GListModel) households = kring_test_list (kring_window_get_store (window),
                                                       "households", NULL, NULL, "label");
  /* Every label of the tour outside its buttons. */
  g_autoptr (GPtrArray) texts = kring_ui_test_texts (GTK_WIDGET (tour), FALSE, TRUE);

  g_assert_cmpuint (texts->len, >, 2 * kring_tour_get_n_pages (tour));
  g_assert_cmpuint (g_list_model_get_n_items (households), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr (KringRecord) household = g_list_model_get_item (households, i);
      /* "Huishouden Jansen (pseudoniem)": the name without the remark. */
      g_auto (GStrv) parts = g_strsplit (kring_record_get_string (household, "label"), " (", 2);

      for (guint j = 0; j < texts->len; j++)
        g_assert_null (strstr (texts->pdata[j], parts[0]));
    }
}

/* Loading the example district the first time presented the tour, once,
 * and remembered that; the hook does not present it again. */
static void
check_first_start (KringWindow *window)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  KringTour *tour;

  kring_ui_test_wait (tour_ready, NULL);
  tour = KRING_TOUR (kring_ui_test_find_window (KRING_TYPE_TOUR, NULL));
  g_assert_cmpuint (count_tours (), ==, 1);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (tour)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (tour)));
  g_assert_true (g_settings_get_boolean (settings, "tour-shown"));
  g_assert_cmpuint (kring_tour_get_page (tour), ==, 0);
  g_assert_false (kring_tour_present_once (GTK_WINDOW (window)));
  check_no_household_data (window, tour);
  g_assert_cmpuint (count_tours (), ==, 1);
  kring_ui_test_screenshot (GTK_WIDGET (tour), "tour");
  press_key (GTK_WIDGET (tour), GDK_KEY_Escape);
  kring_ui_test_wait (tour_gone, NULL);
}

/* Vorige, Volgende and the arrow keys turn the pages; the last page has Klaar. */
static void
check_paging (KringTour *tour)
{
  guint n_pages = kring_tour_get_n_pages (tour);

  g_assert_cmpuint (n_pages, >=, 5);
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (tour), "tour.previous")));
  g_test_message ("Volgende");
  click (tour, "tour.next");
  await_page (tour, 1);
  g_test_message ("arrows");
  g_assert_true (gtk_widget_is_sensitive (find_button (GTK_WIDGET (tour), "tour.previous")));
  press_key (GTK_WIDGET (tour), GDK_KEY_Right);
  await_page (tour, 2);
  press_key (GTK_WIDGET (tour), GDK_KEY_Left);
  await_page (tour, 1);
  click (tour, "tour.previous");
  await_page (tour, 0);
  for (guint i = 1; i < n_pages; i++)
    {
      g_autofree char *name = g_strdup_printf ("tour-%u", i + 1);

      click (tour, "tour.next");
      await_page (tour, i);
      kring_ui_test_screenshot (GTK_WIDGET (tour), name);
    }
  g_assert_false (gtk_widget_get_mapped (find_button (GTK_WIDGET (tour), "tour.next")));
  click (tour, "window.close");
  kring_ui_test_wait (tour_gone, NULL);
}

/* The page buttons show their part in the main window; the tour stays. */
static void
check_show_buttons (KringWindow *window, KringTour *tour)
{
  kring_window_set_visible_view_name (window, "team");
  click_show (tour, 1);
  g_assert_cmpstr (kring_window_get_visible_view_name (window), ==, "map");
  click_show (tour, 3);
  g_assert_cmpstr (kring_window_get_visible_view_name (window), ==, "households");
  kring_ui_test_wait (jansen_open, window);
  click_show (tour, 4);
  g_assert_cmpstr (kring_window_get_visible_view_name (window), ==, "analysis");
  click_show (tour, kring_tour_get_n_pages (tour) - 1);
  g_assert_cmpstr (kring_window_get_visible_view_name (window), ==, "team");
  g_assert_true (tour_shown (NULL));
  press_key (GTK_WIDGET (tour), GDK_KEY_Escape);
  kring_ui_test_wait (tour_gone, NULL);
}

static void
script (KringWindow *window)
{
  g_test_message ("waiting for the example district");
  kring_ui_test_wait (main_ready, window);
  g_test_message ("first start");
  check_first_start (window);
  g_test_message ("paging");
  check_paging (open_tour (window));
  g_test_message ("show buttons");
  check_show_buttons (window, open_tour (window));
  g_test_message ("lock");
  /* Locking the window closes the tour: it must not stay over the locked screen. */
  open_tour (window);
  kring_window_lock (window);
  kring_ui_test_wait (tour_gone, NULL);
}

static gboolean
run_script (gpointer user_data)
{
  KringWindow *window = user_data;

  script (window);
  gtk_window_close (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *app, GtkWindow *window, gpointer data)
{
  if (!KRING_IS_WINDOW (window) || the_window != NULL)
    return;
  the_window = KRING_WINDOW (window);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, run_script, g_object_ref (window), g_object_unref);
}

static void
test_tour (void)
{
  g_autoptr (KringApplication) app = kring_application_new ();
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = kring_test_mkdtemp ();
  char *argv[] = { "kringkaart", "--data-dir", dir, "--demo", NULL };

  g_assert_false (g_settings_get_boolean (settings, "tour-shown"));
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 4, argv), ==, 0);
  g_assert_nonnull (the_window);
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/tour", test_tour);
  return g_test_run ();
}
