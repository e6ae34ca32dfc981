/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Change key from the window (win.change-key), in the real app under Xvfb
 * with a real keyring: the data opens again with the new key and nothing
 * else, a keyring profile shows its new recovery key, and a passphrase
 * profile's dialog only goes ahead with a valid new passphrase.
 */
#include <glib/gi18n.h>

#include "kring-keyring-test.h"
#include "kring-recovery.h"
#include "kring-recovery-dialog.h"
#include "kring-store-error.h"
#include "kring-ui-test.h"
#include "kring-window.h"

#define OLD_PASSPHRASE "oude wachtwoordzin"
#define NEW_PASSPHRASE "nieuwe wachtwoordzin"

static char *data_dir;

static guint
count_households (KringStore *store)
{
  g_autoptr (GListModel) rows = kring_test_list (store, "households", NULL, NULL, NULL);

  return g_list_model_get_n_items (rows);
}

static AdwMessageDialog *
open_change_dialog (KringWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.change-key", NULL);
  return ADW_MESSAGE_DIALOG (kring_ui_test_await_window (ADW_TYPE_MESSAGE_DIALOG, NULL));
}

static void
assert_key_does_not_fit (const char *db_path, const KringKey *key)
{
  g_autoptr (KringStore) store = kring_store_new (db_path);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_store_open_async (store, key, FALSE, NULL, kring_test_store_result, &result);
  g_assert_false (kring_store_open_finish (store, kring_test_await_borrowed (&result), &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
}

static void
keyring_script (KringWindow *window)
{
  KringProfile *profile = kring_window_get_profile (window);
  g_autofree char *uuid = NULL;
  g_autoptr (KringKey) old_key = NULL;
  g_autoptr (KringKey) new_key = NULL;
  g_autofree char *new_recovery = NULL;
  g_auto (GStrv) groups = NULL;
  g_autoptr (GError) error = NULL;
  GtkWindow *shown;
  guint households;

  kring_ui_test_wait_state (window, "main");
  households = count_households (kring_window_get_store (window));
  uuid = g_strdup (kring_profile_get_database_uuid (profile));
  old_key = kring_keyring_test_lookup (uuid, &error);
  g_assert_no_error (error);

  adw_message_dialog_response (open_change_dialog (window), "change");
  /* Shown once the change is done. */
  shown = kring_ui_test_await_window (KRING_TYPE_RECOVERY_DIALOG, NULL);
  kring_ui_test_wait_state (window, "main");
  g_assert_cmpuint (count_households (kring_window_get_store (window)), ==, households);

  new_key = kring_keyring_test_lookup (uuid, &error);
  g_assert_no_error (error);
  assert_key_does_not_fit (kring_profile_get_database_path (profile), old_key);
  /* The new recovery key is shown at once, to be written down. */
  new_recovery = kring_recovery_encode (new_key);
  groups = g_strsplit (new_recovery, "-", -1);
  /* On paper it is set out in lines of groups: each group is there. */
  for (guint i = 0; groups[i] != NULL; i++)
    g_assert_true (kring_ui_test_shows_text (GTK_WIDGET (shown), groups[i], FALSE));
  gtk_window_destroy (shown);
}

static void
test_keyring (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();

  kring_ui_test_run_app (dir, TRUE, keyring_script);
}

static void
type_into (AdwMessageDialog *dialog, const char *name, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), name)), text);
}

static gboolean
says_done (KringWindow *window, gconstpointer data)
{
  return kring_ui_test_shows_text (GTK_WIDGET (window),
                                   _("Your data now opens with the new passphrase"), TRUE);
}

static void
passphrase_script (KringWindow *window)
{
  AdwMessageDialog *dialog;
  guint households;

  kring_ui_test_wait_state (window, "unlock");
  kring_window_unlock (window, OLD_PASSPHRASE);
  kring_ui_test_wait_state (window, "main");
  households = count_households (kring_window_get_store (window));

  dialog = open_change_dialog (window);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "change"));
  type_into (dialog, "current", OLD_PASSPHRASE);
  type_into (dialog, "new", "kort");
  type_into (dialog, "repeat", "kort");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "change"));
  type_into (dialog, "new", NEW_PASSPHRASE);
  type_into (dialog, "repeat", NEW_PASSPHRASE "!");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "change"));
  type_into (dialog, "repeat", NEW_PASSPHRASE);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "change"));
  adw_message_dialog_response (dialog, "change");
  kring_ui_test_wait_for (says_done, window, NULL, "the toast after the change");
  kring_ui_test_wait_state (window, "main");
  g_assert_cmpuint (count_households (kring_window_get_store (window)), ==, households);
  /* No recovery key for a passphrase profile. */
  g_assert_null (kring_ui_test_find_window (KRING_TYPE_RECOVERY_DIALOG, NULL));
}

static void
test_passphrase (void)
{
  g_autoptr (KringProfile) profile = NULL;
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GError) error = NULL;

  data_dir = kring_test_mkdtemp ();
  profile = kring_profile_new (data_dir);
  store = kring_profile_test_unlock (profile, OLD_PASSPHRASE, &error);
  g_assert_no_error (error);
  kring_test_load_demo (store);
  kring_test_store_close (store);
  g_clear_object (&store);

  kring_ui_test_run_app (data_dir, FALSE, passphrase_script);

  store = kring_profile_test_unlock (profile, OLD_PASSPHRASE, &error);
  g_assert_null (store);
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  store = kring_profile_test_unlock (profile, NEW_PASSPHRASE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_households (store), >, 0);
  kring_test_store_close (store);
  g_free (data_dir);
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  /* The recovery key of the new profile would be shown first otherwise. */
  g_setenv ("KRING_NO_RECOVERY_PROMPT", "1", TRUE);
  g_test_add_func ("/ui/rekey/keyring", test_keyring);
  g_test_add_func ("/ui/rekey/passphrase", test_passphrase);
  return g_test_run ();
}
