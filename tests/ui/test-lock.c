/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kring-app-passphrase.h"
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

typedef KringUiTestScript Script;

typedef KringUiTestCondition Condition;

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
  kring_ui_test_wait_for (is_set, window, &text, "the clipboard");
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
  kring_ui_test_wait_for (overview_shows, window, kring_record_get_string (member, "name"),
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
  kring_ui_test_wait_for (clipboard_is, window, COPIED, "the copied number");
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
  kring_ui_test_wait_for (store_closed, window, store, "the database to close");
  assert_nothing_shown (window, texts);
  kring_ui_test_wait_for (clipboard_is, window, "", "an empty clipboard");
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
  kring_ui_test_wait_state (window, "main");
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

typedef struct
{
  GDBusConnection *bus;
  gint64           next;
} Screensaver;

/* The window subscribes once the session bus answers, which takes longer on
 * a busy machine: the screensaver says it became active every 200 ms until
 * the window is locked, rather than once after a fixed wait. */
static gboolean
locked_by_screensaver (KringWindow *window, gconstpointer data)
{
  Screensaver *saver = (Screensaver *) data;

  if (g_str_equal (kring_window_get_state (window), "locked"))
    return TRUE;
  if (g_get_monotonic_time () >= saver->next)
    {
      emit_screensaver (saver->bus, TRUE);
      saver->next = g_get_monotonic_time () + 200 * G_TIME_SPAN_MILLISECOND;
    }
  return FALSE;
}

/* Active locks; inactive, once the window is known to listen, does not. */
static void
check_screensaver (KringWindow *window)
{
  g_autoptr (GDBusConnection) bus = screensaver_new ();
  Screensaver saver = { bus, 0 };

  kring_ui_test_wait_for (locked_by_screensaver, window, &saver, "the screensaver to lock");
  g_assert_null (kring_window_get_store (window));
  unlock (window);
  emit_screensaver (bus, FALSE);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_cmpstr (kring_window_get_state (window), ==, "main");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lock", NULL));
  g_dbus_connection_close_sync (bus, NULL, NULL);
}

static void
check_idle (KringWindow *window)
{
  gint64 start = g_get_monotonic_time ();

  kring_window_set_auto_lock_seconds (window, 2);
  kring_ui_test_wait_state (window, "locked");
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2 * G_USEC_PER_SEC);
  kring_window_set_auto_lock_seconds (window, 0);
}

/* The app passphrase */

#define APP_PASSPHRASE "Koffie met de wijkagent 7"

/* A shown message dialog not answered yet, or NULL. */
static GtkWindow *
find_new_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data)
        && g_object_get_data (l->data, "kring-test-answered") == NULL)
      return l->data;
  return NULL;
}

static gboolean
asks_passphrase (KringWindow *window, gconstpointer data)
{
  return find_new_dialog () != NULL;
}

/* Types @passphrase into the dialog that asks it and answers Unlock. */
static void
answer_passphrase (KringWindow *window, const char *passphrase)
{
  GtkWindow *dialog;

  kring_ui_test_wait_for (asks_passphrase, window, NULL, "the app passphrase dialog");
  dialog = find_new_dialog ();
  g_object_set_data (G_OBJECT (dialog), "kring-test-answered", GINT_TO_POINTER (TRUE));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (
                           ADW_MESSAGE_DIALOG (dialog))), passphrase);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "unlock");
}

/* Preferences: Set… asks the passphrase twice and saves only when both match. */
static void
set_app_passphrase (KringWindow *window, const char *dir)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GtkWindow *preferences;
  GtkWidget *dialog, *box;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = kring_ui_test_await_window (KRING_TYPE_PREFERENCES_WINDOW, NULL);
  g_assert_false (gtk_widget_get_visible (kring_ui_test_find_named (GTK_WIDGET (preferences),
                                                      "remove-app-passphrase")));
  g_signal_emit_by_name (kring_ui_test_find_named (GTK_WIDGET (preferences), "set-app-passphrase"), "clicked");
  kring_ui_test_wait_for (asks_passphrase, window, NULL, "the dialog that sets the passphrase");
  dialog = GTK_WIDGET (find_new_dialog ());
  box = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_first_child (box)), APP_PASSPHRASE);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_last_child (box)), "Koffie met de");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_last_child (box)), APP_PASSPHRASE);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  kring_ui_test_screenshot (dialog, "app-passphrase-set");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_assert_true (kring_app_passphrase_is_set (dir));
  g_assert_true (gtk_widget_get_visible (kring_ui_test_find_named (GTK_WIDGET (preferences),
                                                     "remove-app-passphrase")));
}

/* While locked, Preferences cannot change or remove the passphrase. */
static void
assert_locked_preferences (KringWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GtkWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = kring_ui_test_await_window (KRING_TYPE_PREFERENCES_WINDOW, NULL);
  g_assert_false (gtk_widget_is_sensitive (kring_ui_test_find_named (GTK_WIDGET (preferences),
                                                       "remove-app-passphrase")));
  g_assert_false (gtk_widget_is_sensitive (kring_ui_test_find_named (GTK_WIDGET (preferences),
                                                       "set-app-passphrase")));
  gtk_window_destroy (preferences);
}

static void
check_app_passphrase (KringWindow *window)
{
  const char *dir = kring_profile_get_data_dir (kring_window_get_profile (window));
  g_autofree char *path = g_build_filename (dir, KRING_APP_PASSPHRASE_FILE, NULL);
  g_autoptr (GError) error = NULL;

  set_app_passphrase (window, dir);
  g_assert_false (kring_test_file_contains (path, APP_PASSPHRASE));
  g_assert_true (kring_app_passphrase_check (dir, APP_PASSPHRASE));
  g_assert_false (kring_app_passphrase_check (dir, "Koffie met de wijkagent 8"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lock", NULL));
  assert_locked_preferences (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.unlock", NULL));
  /* Asked before anything is read: a wrong answer opens nothing. */
  answer_passphrase (window, "verkeerd");
  g_assert_null (kring_window_get_store (window));
  g_assert_false (kring_window_is_busy (window));
  answer_passphrase (window, APP_PASSPHRASE);
  kring_ui_test_wait_state (window, "main");
  g_assert_nonnull (kring_window_get_store (window));

  g_assert_true (kring_app_passphrase_set (dir, NULL, &error));
  g_assert_false (kring_app_passphrase_is_set (dir));
}

static void
script_lock (KringWindow *window)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  g_assert_cmpuint (g_settings_get_uint (settings, "auto-lock-minutes"), ==, 5);
  kring_ui_test_wait_state (window, "main");
  check_lock (window);
  unlock (window);
  check_clipboard_kept (window);
  unlock (window);
  check_screensaver (window);
  unlock (window);
  check_idle (window);
  unlock (window);
  check_app_passphrase (window);
}

/* At start, too, the app passphrase comes before the data: Cancel leaves
 * the window locked, the right passphrase opens it. */
static void
script_start (KringWindow *window)
{
  GtkWindow *dialog;

  kring_ui_test_wait_for (asks_passphrase, window, NULL, "the app passphrase dialog at start");
  g_assert_null (kring_window_get_store (window));
  dialog = find_new_dialog ();
  g_object_set_data (G_OBJECT (dialog), "kring-test-answered", GINT_TO_POINTER (TRUE));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  kring_ui_test_wait_state (window, "locked");
  g_assert_null (kring_window_get_store (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.unlock", NULL));
  answer_passphrase (window, APP_PASSPHRASE);
  kring_ui_test_wait_state (window, "main");
}

/* Running the application */

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
  kring_ui_test_run_app (dir, FALSE, script_lock);
}

static void
test_start (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  KringStore *store = kring_test_profile_open (dir, TRUE);
  g_autoptr (GError) error = NULL;

  kring_test_store_close (store);
  g_object_unref (store);
  g_assert_true (kring_app_passphrase_set (dir, APP_PASSPHRASE, &error));
  g_assert_no_error (error);
  kring_ui_test_run_app (dir, FALSE, script_start);
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/lock/lock", test_lock);
  g_test_add_func ("/ui/lock/start", test_start);
  return g_test_run ();
}
