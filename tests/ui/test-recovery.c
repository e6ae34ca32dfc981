/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kring-application.h"
#include "kring-keyring.h"
#include "kring-recovery-dialog.h"
#include "kring-recovery.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"
#include "kring-unlock-page.h"
#include "kring-window.h"

/*
 * The recovery key as the user meets it: shown once when a keyring profile
 * is set up, and typed back on the unlock page after the keyring lost the
 * key. The real application runs on a real profile under Xvfb with the
 * session's gnome-keyring.
 */

typedef KringUiTestScript Script;

static char *
profile_uuid (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "profile.ini", NULL);
  g_autoptr (GKeyFile) ini = g_key_file_new ();

  g_assert_true (g_key_file_load_from_file (ini, path, G_KEY_FILE_NONE, NULL));
  return g_key_file_get_string (ini, "Profile", "database", NULL);
}

static char *
read_recovery_key (const char *dir)
{
  g_autoptr (KringProfile) profile = kring_profile_new (dir);
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  char *text;

  kring_profile_get_recovery_key_async (profile, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  text = kring_profile_get_recovery_key_finish (profile, result, &error);
  g_assert_no_error (error);
  return text;
}

/* Whether the keyring holds a key for the profile in @dir. */
static gboolean
keyring_has_key (const char *dir)
{
  g_autofree char *uuid = profile_uuid (dir);
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KringKey) key = NULL;

  kring_keyring_lookup_async (uuid, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  key = kring_keyring_lookup_finish (result, NULL);
  return key != NULL;
}

static void
forget_key (const char *dir)
{
  g_autofree char *uuid = profile_uuid (dir);
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_keyring_clear_async (uuid, NULL, kring_test_store_result, &pending);
  result = kring_test_await (&pending);
  g_assert_true (kring_keyring_clear_finish (result, &error));
  g_assert_false (keyring_has_key (dir));
}

/* The button under @root whose label holds @needle, or NULL. */
static GtkWidget *
find_button (GtkWidget *root, const char *needle)
{
  if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) != NULL
      && strstr (gtk_button_get_label (GTK_BUTTON (root)), needle) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, needle);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
not_busy (gpointer dialog)
{
  return !kring_recovery_dialog_is_busy (dialog);
}

static void
try_key (KringRecoveryDialog *dialog, const char *text)
{
  GtkWidget *entry = kring_ui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "recovery.recover", NULL));
  kring_ui_test_wait (not_busy, dialog);
}

/* The label under @root that has the style class @css_class, or NULL. */
static GtkLabel *
find_label_with_class (GtkWidget *root, const char *css_class)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, css_class))
    return GTK_LABEL (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_with_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_text_read (GObject *source, GAsyncResult *result, gpointer data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
text_arrived (gpointer data)
{
  return *(char **) data != NULL;
}

static char *
clipboard_text (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_text_read, &text);
  kring_ui_test_wait (text_arrived, &text);
  return text;
}

/* Set by the tests for their scripts. */
static char *data_dir;
static char *recovery_key;

static KringRecoveryDialog *
open_recover_dialog (KringWindow *window)
{
  KringUnlockPage *page;
  GtkWidget *button;

  kring_ui_test_wait_state (window, "unlock");
  page = KRING_UNLOCK_PAGE (kring_ui_test_find_widget (GTK_WIDGET (window),
                                                       KRING_TYPE_UNLOCK_PAGE));
  g_assert_cmpstr (kring_unlock_page_get_mode (page), ==, "error");
  button = find_button (GTK_WIDGET (page), _("_Recover With Recovery Key…"));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  kring_ui_test_screenshot (GTK_WIDGET (window), "recovery-unlock");
  g_signal_emit_by_name (button, "clicked");
  return g_object_ref (KRING_RECOVERY_DIALOG (
    kring_ui_test_await_window (KRING_TYPE_RECOVERY_DIALOG, NULL)));
}

/* A typo is reported at once by the checksum and nothing is tried. */
static void
check_typo (KringRecoveryDialog *dialog, KringWindow *window)
{
  GtkWidget *entry = kring_ui_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_autofree char *typo = g_strdup (recovery_key);
  const char *checksum = _("This recovery key is not right: check the characters.");

  gtk_editable_set_text (GTK_EDITABLE (entry), "ABCD-EF");
  g_assert_null (kring_recovery_dialog_get_problem (dialog));
  typo[2] = typo[2] == 'Z' ? 'Y' : 'Z';
  gtk_editable_set_text (GTK_EDITABLE (entry), typo);
  g_assert_cmpstr (kring_recovery_dialog_get_problem (dialog), ==, checksum);
  kring_ui_test_screenshot (GTK_WIDGET (dialog), "recovery-recover");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "recovery.recover", NULL));
  g_assert_false (kring_recovery_dialog_is_busy (dialog));
  g_assert_cmpstr (kring_recovery_dialog_get_problem (dialog), ==, checksum);
  g_assert_cmpstr (kring_window_get_state (window), ==, "unlock");
}

/* A well-formed key of other data: a clear message, the file unchanged. */
static void
check_wrong_key (KringRecoveryDialog *dialog, KringWindow *window)
{
  g_autofree char *path = g_build_filename (data_dir, "kringkaart.db", NULL);
  g_autofree char *before = kring_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr (KringKey) other = kring_key_new_random (NULL);
  g_autofree char *other_text = kring_recovery_encode (other);

  try_key (dialog, other_text);
  g_assert_cmpstr (kring_recovery_dialog_get_problem (dialog), ==,
                   _("This recovery key does not open your data. Check that it is the key "
                     "written down for this computer’s data."));
  after = kring_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (keyring_has_key (data_dir));
  g_assert_cmpstr (kring_window_get_state (window), ==, "unlock");
}

static void
script_recover (KringWindow *window)
{
  g_autoptr (KringRecoveryDialog) dialog = open_recover_dialog (window);
  g_autofree char *loose = g_ascii_strdown (recovery_key, -1);

  check_typo (dialog, window);
  check_wrong_key (dialog, window);
  /* The right key, typed loosely: lower case, spaces for dashes. */
  g_strdelimit (loose, "-", ' ');
  try_key (dialog, loose);
  kring_ui_test_wait_state (window, "main");
  g_assert_null (kring_ui_test_find_window (KRING_TYPE_RECOVERY_DIALOG, NULL));
  g_assert_true (keyring_has_key (data_dir));
}

static void
script_plain_unlock (KringWindow *window)
{
  kring_ui_test_wait_state (window, "main");
}

static void
test_recover (void)
{
  g_autoptr (KringStore) store = NULL;

  data_dir = kring_test_mkdtemp ();
  store = kring_test_profile_open (data_dir, TRUE);
  kring_test_store_close (store);
  recovery_key = read_recovery_key (data_dir);
  forget_key (data_dir);
  kring_ui_test_run_app (data_dir, FALSE, script_recover);
  /* The key is in the keyring again: the next start opens as usual. */
  kring_ui_test_run_app (data_dir, FALSE, script_plain_unlock);
  g_clear_pointer (&data_dir, g_free);
  g_clear_pointer (&recovery_key, g_free);
}

/* The key shown is the profile's key, Done waits for the check box, Copy
 * puts the key on the clipboard. */
static void
check_shown_key (KringRecoveryDialog *dialog)
{
  g_autofree char *expected = read_recovery_key (data_dir);
  GtkLabel *label = find_label_with_class (GTK_WIDGET (dialog), "monospace");
  g_autoptr (KringKey) shown = NULL;
  g_autofree char *shown_text = NULL;
  g_autofree char *copied = NULL;

  g_assert_nonnull (label);
  shown = kring_recovery_decode (gtk_label_get_text (label), NULL);
  g_assert_nonnull (shown);
  shown_text = kring_recovery_encode (shown);
  g_assert_cmpstr (shown_text, ==, expected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "recovery.copy", NULL));
  copied = clipboard_text (GTK_WIDGET (dialog));
  g_assert_cmpstr (copied, ==, expected);
}

static void
script_first_setup (KringWindow *window)
{
  g_autoptr (KringRecoveryDialog) dialog = NULL;
  GtkWidget *done;
  GtkWidget *check;

  kring_ui_test_wait_state (window, "welcome");
  dialog = g_object_ref (KRING_RECOVERY_DIALOG (
    kring_ui_test_await_window (KRING_TYPE_RECOVERY_DIALOG, NULL)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  kring_ui_test_screenshot (GTK_WIDGET (dialog), "recovery-key");
  check_shown_key (dialog);
  done = find_button (GTK_WIDGET (dialog), _("_Done"));
  g_assert_nonnull (done);
  g_assert_false (gtk_widget_get_sensitive (done));
  check = kring_ui_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (gtk_widget_get_sensitive (done));
  g_signal_emit_by_name (done, "clicked");
  g_assert_null (kring_ui_test_find_window (KRING_TYPE_RECOVERY_DIALOG, NULL));
}

static void
test_first_setup (void)
{
  data_dir = kring_test_mkdtemp ();
  kring_ui_test_run_app (data_dir, FALSE, script_first_setup);
  g_clear_pointer (&data_dir, g_free);
}

static void
script_no_prompt (KringWindow *window)
{
  kring_ui_test_wait_state (window, "welcome");
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_null (kring_ui_test_find_window (KRING_TYPE_RECOVERY_DIALOG, NULL));
}

/* Screenshots and tests can keep the prompt away. */
static void
test_no_prompt (void)
{
  data_dir = kring_test_mkdtemp ();
  g_setenv ("KRING_NO_RECOVERY_PROMPT", "1", TRUE);
  kring_ui_test_run_app (data_dir, FALSE, script_no_prompt);
  g_unsetenv ("KRING_NO_RECOVERY_PROMPT");
  g_clear_pointer (&data_dir, g_free);
}

int
main (int argc, char *argv[])
{
  kring_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/recovery/first-setup", test_first_setup);
  g_test_add_func ("/ui/recovery/no-prompt", test_no_prompt);
  g_test_add_func ("/ui/recovery/recover", test_recover);
  return g_test_run ();
}
