/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kring-application.h"
#include "kring-clipboard.h"
#include "kring-household-overview.h"
#include "kring-preferences-window.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"
#include "kring-window-private.h"

/*
 * Locked means locked: the real application on the example district, a
 * household and a form open and a phone number copied; after Ctrl+L the
 * database is closed, no dialog is left, no widget of the window holds a
 * household's label, a member's name or a journal note, and the clipboard
 * is empty. Unlocking opens it all again. The desktop's screensaver and the
 * idle timer lock the same way.
 */

#define COPIED "06-12345678"

typedef void (*Script) (KringWindow *window);

static gboolean
wake_up (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

typedef gboolean (*Condition) (KringWindow *window, gconstpointer data);

static void
wait_for (Condition condition, KringWindow *window, gconstpointer data, const char *what)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint ticker = g_timeout_add (20, wake_up, NULL);

  while (!condition (window, data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s (window state %s)", what,
                 kring_window_get_state (window));
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (ticker);
}

static gboolean
state_is (KringWindow *window, gconstpointer state)
{
  return g_strcmp0 (kring_window_get_state (window), state) == 0
         && !kring_window_is_busy (window);
}

static void
wait_for_state (KringWindow *window, const char *state)
{
  wait_for (state_is, window, state, state);
}

static gboolean
window_shows (KringWindow *window, gconstpointer text)
{
  return kring_ui_test_shows_text (GTK_WIDGET (window), text, FALSE);
}

/* The non-empty values of @column in @table, read before locking. */
static void
add_values (GPtrArray *values, KringStore *store, const char *table, const char *column)
{
  g_autoptr (GListModel) list = kring_test_list (store, table, NULL, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (list, i);
      const char *value = kring_record_get_string (record, column);

      /* Short words ("Jan") could be part of any text; the long ones say enough. */
      if (value != NULL && g_utf8_strlen (value, -1) >= 6)
        g_ptr_array_add (values, g_strdup (value));
    }
  g_assert_cmpuint (values->len, >, 0);
}

static GPtrArray *
private_texts (KringStore *store)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  add_values (values, store, "households", "label");
  add_values (values, store, "household_members", "name");
  add_values (values, store, "journal_notes", "text");
  return values;
}

/* Clipboard */

static void
on_clipboard_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  char **text = user_data;
  g_autoptr (GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (KringWindow *window, gconstpointer pointer)
{
  return *(char *const *) pointer != NULL;
}

static char *
clipboard_text (KringWindow *window)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL,
                                 on_clipboard_read, &text);
  wait_for (is_set, window, &text, "the clipboard");
  return text;
}

static gboolean
clipboard_is (KringWindow *window, gconstpointer wanted)
{
  g_autofree char *text = clipboard_text (window);

  return g_str_equal (text, wanted);
}

/* Locking */

static gboolean
store_closed (KringWindow *window, gconstpointer store)
{
  return !kring_store_is_open ((KringStore *) store);
}

static guint
count_other_windows (KringWindow *window)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();
  guint count = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) window && gtk_widget_get_visible (l->data))
      count++;
  return count;
}

/* Whether the household view has read the household: its overview lists
 * the member @name. */
static gboolean
overview_shows (KringWindow *window, gconstpointer name)
{
  GtkWidget *overview = kring_ui_test_find_widget (GTK_WIDGET (window),
                                                   KRING_TYPE_HOUSEHOLD_OVERVIEW);

  return overview != NULL && kring_ui_test_shows_text (overview, name, FALSE);
}

static void
open_household (KringWindow *window, KringStore *store)
{
  g_autoptr (GListModel) members = kring_test_list (store, "household_members", NULL, NULL,
                                                    NULL);
  g_autoptr (KringRecord) member = g_list_model_get_item (members, 0);
  const char *household_id = kring_record_get_string (member, "household_id");
  GtkWidget *overview;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-household", "s",
                                             household_id));
  wait_for (overview_shows, window, kring_record_get_string (member, "name"),
            "the household's members");
  overview = kring_ui_test_find_widget (GTK_WIDGET (window), KRING_TYPE_HOUSEHOLD_OVERVIEW);
  kring_ui_test_open_form (overview, "overview.add-member", NULL);
  g_assert_nonnull (kring_ui_test_find_form ());
}

static void
assert_nothing_shown (KringWindow *window, GPtrArray *texts)
{
  for (guint i = 0; i < texts->len; i++)
    if (window_shows (window, texts->pdata[i]))
      g_error ("Still shown after locking: “%s”", (char *) texts->pdata[i]);
}

/* Preferences offers 1, 2, 5, 10, 15 and 30 minutes, 5 chosen at first. */
static void
check_preferences (GtkWindow *preferences)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  AdwComboRow *row = ADW_COMBO_ROW (kring_ui_test_find_widget (GTK_WIDGET (preferences),
                                                                ADW_TYPE_COMBO_ROW));

  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, 6);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  adw_combo_row_set_selected (row, 5);
  g_assert_cmpuint (g_settings_get_uint (settings, "auto-lock-minutes"), ==, 30);
  g_settings_set_uint (settings, "auto-lock-minutes", 10);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 3);
  kring_ui_test_screenshot (GTK_WIDGET (preferences), "preferences-lock");
  g_settings_reset (settings, "auto-lock-minutes");
}

static void
check_lock (KringWindow *window)
{
  g_autoptr (KringStore) store = g_object_ref (kring_window_get_store (window));
  g_autoptr (GPtrArray) texts = private_texts (store);
  gboolean any_shown = FALSE;

  open_household (window, store);
  for (guint i = 0; i < texts->len; i++)
    any_shown |= window_shows (window, texts->pdata[i]);
  g_assert_true (any_shown);
  kring_clipboard_set_text (GTK_WIDGET (window), COPIED);
  wait_for (clipboard_is, window, COPIED, "the copied number");
  /* Preferences is not one of the pages' own forms: only the window's
   * lock closes it. */
  g_action_group_activate_action (G_ACTION_GROUP (gtk_window_get_application (GTK_WINDOW (window))),
                                  "preferences", NULL);
  check_preferences (kring_ui_test_await_window (KRING_TYPE_PREFERENCES_WINDOW, NULL));
  g_assert_cmpuint (count_other_windows (window), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lock", NULL));
  g_assert_cmpstr (kring_window_get_state (window), ==, "locked");
  g_assert_null (kring_window_get_store (window));
  g_assert_cmpuint (count_other_windows (window), ==, 0);
  wait_for (store_closed, window, store, "the database to close");
  assert_nothing_shown (window, texts);
  wait_for (clipboard_is, window, "", "an empty clipboard");
  kring_ui_test_screenshot (GTK_WIDGET (window), "lock-page");
}

/* What the user copied from elsewhere after the app's copy stays. */
static void
check_clipboard_kept (KringWindow *window)
{
  kring_clipboard_set_text (GTK_WIDGET (window), COPIED);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "boodschappenlijst");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lock", NULL));
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_true (clipboard_is (window, "boodschappenlijst"));
}

static void
unlock (KringWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.unlock", NULL));
  wait_for_state (window, "main");
  g_assert_nonnull (kring_window_get_store (window));
}

/* The screensaver of the desktop, as a separate connection to the test's
 * private session bus that owns the name and says it became active. */
static void
emit_screensaver (GDBusConnection *bus, gboolean active)
{
  g_autoptr (GError) error = NULL;

  g_dbus_connection_emit_signal (bus, NULL, "/org/freedesktop/ScreenSaver",
                                 "org.freedesktop.ScreenSaver", "ActiveChanged",
                                 g_variant_new ("(b)", active), &error);
  g_assert_no_error (error);
  g_dbus_connection_flush_sync (bus, NULL, &error);
  g_assert_no_error (error);
}

static GDBusConnection *
screensaver_new (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  GDBusConnection *bus;

  g_assert_no_error (error);
  bus = g_dbus_connection_new_for_address_sync (
    address, G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
               | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
    NULL, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (bus, "org.freedesktop.ScreenSaver", G_BUS_NAME_OWNER_FLAGS_NONE,
                                NULL, NULL, NULL, NULL);
  return bus;
}

static void
check_screensaver (KringWindow *window)
{
  g_autoptr (GDBusConnection) bus = screensaver_new ();

  /* The window subscribes when the session bus answers; give it time. */
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  emit_screensaver (bus, FALSE);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_cmpstr (kring_window_get_state (window), ==, "main");
  emit_screensaver (bus, TRUE);
  wait_for_state (window, "locked");
  g_assert_null (kring_window_get_store (window));
  g_dbus_connection_close_sync (bus, NULL, NULL);
}

static void
check_idle (KringWindow *window)
{
  gint64 start = g_get_monotonic_time ();

  kring_window_set_auto_lock_seconds (window, 2);
  wait_for_state (window, "locked");
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2 * G_USEC_PER_SEC);
  kring_window_set_auto_lock_seconds (window, 0);
}

static void
script_lock (KringWindow *window)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  g_assert_cmpuint (g_settings_get_uint (settings, "auto-lock-minutes"), ==, 5);
  wait_for_state (window, "main");
  check_lock (window);
  unlock (window);
  check_clipboard_kept (window);
  unlock (window);
  check_screensaver (window);
  unlock (window);
  check_idle (window);
}

/* Running the application */

static gboolean
run_script (gpointer user_data)
{
  KringWindow *window = user_data;
  Script script = g_object_get_data (G_OBJECT (window), "test-script");

  script (window);
  gtk_window_close (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *app, GtkWindow *window, gpointer script)
{
  if (!KRING_IS_WINDOW (window))
    return;
  g_object_set_data (G_OBJECT (window), "test-script", script);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, run_script, g_object_ref (window), g_object_unref);
}

static void
run_app (const char *data_dir, Script script)
{
  g_autoptr (KringApplication) app = kring_application_new ();
  char *argv[] = { "kringkaart", "--data-dir", (char *) data_dir, NULL };

  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), script);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
}

static void
test_lock (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  KringStore *store = kring_test_profile_open (dir, TRUE);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  /* A laptop's screen, for the pictures. */
  g_settings_set_int (settings, "window-width", 1366);
  g_settings_set_int (settings, "window-height", 768);

  kring_test_store_close (store);
  g_object_unref (store);
  run_app (dir, script_lock);
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/lock/lock", test_lock);
  return g_test_run ();
}
