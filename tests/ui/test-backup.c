/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kring-backup.h"
#include "kring-application.h"
#include "kring-backup-dialog.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"
#include "kring-window.h"

/*
 * The backup dialog against a real store holding the example district
 * (kring-session.sh: Xvfb, keyring): it refuses short and different
 * passphrases, and, once a file is chosen (the code the native chooser's
 * answer runs), writes a backup that opens with the passphrase only. The
 * restore dialog checks the backup and shows what it holds before it asks.
 */

#define PASSPHRASE "wijkteam-noord-2026"

typedef struct
{
  char       *dir;
  KringStore *store;
  GtkWindow  *parent;
  GtkWindow  *dialog;
  char       *message;   /* "done" */
  GFile      *restore;   /* "restore" */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->parent = kring_ui_test_window (gtk_label_new (""), 1366);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (f->dialog != NULL)
    gtk_window_destroy (f->dialog);
  g_clear_object (&f->dialog);
  kring_ui_test_close (f->parent, &f->store);
  g_free (f->dir);
  g_free (f->message);
  g_clear_object (&f->restore);
}

static void
collect_rows (GtkWidget *widget, GPtrArray *rows)
{
  if (ADW_IS_PASSWORD_ENTRY_ROW (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_rows (c, rows);
}

/* Types into the visible passphrase fields, in order. */
static void
type_passphrases (Fixture *f, const char *first, const char *second)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (f->dialog), rows);
  g_assert_cmpuint (rows->len, >=, second != NULL ? 2 : 1);
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), first);
  if (second != NULL)
    gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), second);
  kring_ui_test_settle (50);
}

/* Enter in the first passphrase field. */
static void
press_enter (Fixture *f)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (f->dialog), rows);
  g_signal_emit_by_name (rows->pdata[0], "entry-activated");
}

static GtkWidget *
find_next_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "backup.next") == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_next_button (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
can_go_on (Fixture *f)
{
  GtkWidget *button = find_next_button (GTK_WIDGET (f->dialog));

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static gboolean
shows (Fixture *f, const char *text)
{
  g_autoptr (GPtrArray) texts = kring_ui_test_texts (GTK_WIDGET (f->dialog), TRUE, FALSE);

  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (texts->pdata[i], text) == 0)
      return TRUE;
  return FALSE;
}

static void
on_done (Fixture *f, const char *message)
{
  f->message = g_strdup (message);
}

static gboolean
got_message (gpointer data)
{
  return ((Fixture *) data)->message != NULL;
}

static void
open_backup_dialog (Fixture *f)
{
  f->dialog = g_object_ref (GTK_WINDOW (kring_backup_dialog_new_backup (f->parent, f->store)));
  g_signal_connect_swapped (f->dialog, "done", G_CALLBACK (on_done), f);
  gtk_window_present (f->dialog);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
}

static void
test_refuses (Fixture *f, gconstpointer data)
{
  open_backup_dialog (f);
  g_assert_false (can_go_on (f));
  g_assert_true (shows (f, _("Write the passphrase down and keep it safe. It cannot be "
                             "recovered: without it nobody can open the backup, not even the "
                             "makers of Kringkaart.")));

  type_passphrases (f, "kort", "kort");
  g_assert_false (can_go_on (f));
  g_assert_true (shows (f, _("The passphrase must be at least 8 characters long.")));

  type_passphrases (f, PASSPHRASE, "wijkteam-zuid-2026");
  g_assert_false (can_go_on (f));
  g_assert_true (shows (f, _("The two passphrases are not the same.")));
  kring_ui_test_screenshot (GTK_WIDGET (f->dialog), "backup-dialog-mismatch");

  type_passphrases (f, PASSPHRASE, PASSPHRASE);
  g_assert_true (can_go_on (f));
  g_assert_false (shows (f, _("The two passphrases are not the same.")));
  kring_ui_test_screenshot (GTK_WIDGET (f->dialog), "backup-dialog");
}

static char *
write_backup (Fixture *f)
{
  char *path = g_build_filename (f->dir, "kringkaart-test.kkbackup", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  open_backup_dialog (f);
  type_passphrases (f, PASSPHRASE, PASSPHRASE);
  kring_backup_dialog_use_file (KRING_BACKUP_DIALOG (f->dialog), file);
  kring_ui_test_wait (got_message, f);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->dialog)));
  g_clear_object (&f->dialog);
  return path;
}

static void
test_writes (Fixture *f, gconstpointer data)
{
  g_autofree char *path = write_backup (f);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GListModel) households = kring_test_list (f->store, "households", NULL, NULL, NULL);
  KringBackupInfo info = { 0 };
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (strstr (f->message, "kringkaart-test.kkbackup"));
  g_assert_false (kring_backup_verify (file, PASSPHRASE "x", &info, &error));
  g_assert_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_true (kring_backup_verify (file, PASSPHRASE, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.households, ==, g_list_model_get_n_items (households));
  kring_backup_info_clear (&info);
}

static gboolean
on_page (gpointer data)
{
  Fixture *f = data;
  GtkStack *stack = GTK_STACK (kring_ui_test_find_widget (GTK_WIDGET (f->dialog), GTK_TYPE_STACK));
  const char *page = gtk_stack_get_visible_child_name (stack);

  return g_strcmp0 (page, "busy") != 0;
}

static void
on_restore (Fixture *f, GFile *file, const char *passphrase, const char *profile_passphrase)
{
  g_set_object (&f->restore, file);
  g_assert_cmpstr (passphrase, ==, PASSPHRASE);
}

static void
test_restore_dialog (Fixture *f, gconstpointer data)
{
  g_autofree char *path = write_backup (f);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GListModel) households = kring_test_list (f->store, "households", NULL, NULL, NULL);
  g_autofree char *count = g_strdup_printf ("%u", g_list_model_get_n_items (households));

  f->dialog = g_object_ref (GTK_WINDOW (kring_backup_dialog_new_restore (f->parent, FALSE)));
  g_signal_connect_swapped (f->dialog, "restore", G_CALLBACK (on_restore), f);
  gtk_window_present (f->dialog);
  g_assert_false (can_go_on (f));
  kring_backup_dialog_use_file (KRING_BACKUP_DIALOG (f->dialog), file);
  type_passphrases (f, "niet de goede", NULL);
  g_assert_true (can_go_on (f));
  press_enter (f);
  kring_ui_test_settle (50);
  kring_ui_test_wait (on_page, f);
  g_assert_true (shows (f, _("The passphrase is not right, or the file is not a Kringkaart "
                             "backup.")));
  kring_ui_test_screenshot (GTK_WIDGET (f->dialog), "restore-dialog-form");

  type_passphrases (f, PASSPHRASE, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->dialog), "backup.next", NULL);
  kring_ui_test_settle (50);
  kring_ui_test_wait (on_page, f);
  g_assert_true (shows (f, _("This replaces all data on this computer")));
  g_assert_true (shows (f, count));
  kring_ui_test_screenshot (GTK_WIDGET (f->dialog), "restore-dialog");
  g_assert_null (f->restore);
  gtk_widget_activate_action (GTK_WIDGET (f->dialog), "backup.next", NULL);
  g_assert_true (g_file_equal (f->restore, file));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->dialog)));
}

/* --- the whole round in the real window: back up, change, restore --- */

static KringWindow *the_window;

static gboolean
main_ready (gpointer data)
{
  KringWindow *window = data;

  return g_strcmp0 (kring_window_get_state (window), "main") == 0
         && !kring_window_is_busy (window) && kring_window_get_store (window) != NULL;
}

static GtkWindow *
open_dialog (KringWindow *window, const char *action, Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  f->dialog = g_object_ref (kring_ui_test_await_window (KRING_TYPE_BACKUP_DIALOG, NULL));
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  return f->dialog;
}

static guint
count_teams (KringStore *store, const char *name)
{
  g_autoptr (GListModel) teams = kring_test_list (store, "teams", "name", name, NULL);

  return g_list_model_get_n_items (teams);
}

static void
add_team (KringStore *store, const char *name)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringRecord *team = kring_record_new ("teams");

  kring_record_set_string (team, "name", name);
  g_ptr_array_add (records, team);
  kring_store_save_async (store, records, NULL, kring_test_store_result, &result);
  g_assert_true (kring_store_save_finish (store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
}

static gboolean
dialog_gone (gpointer data)
{
  return kring_ui_test_find_window (KRING_TYPE_BACKUP_DIALOG, NULL) == NULL;
}

static gboolean
says_restored (gpointer data)
{
  return kring_ui_test_shows_text (GTK_WIDGET (data), _("Backup restored"), TRUE);
}

static void
window_script (KringWindow *window, Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "rond.kkbackup", NULL);
  g_autofree char *db = g_build_filename (f->dir, "kringkaart.db", NULL);
  g_autofree char *before = g_strconcat (db, KRING_BACKUP_BEFORE_RESTORE_SUFFIX, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  KringStore *store;

  kring_ui_test_wait (main_ready, window);
  open_dialog (window, "win.backup", f);
  g_signal_connect_swapped (f->dialog, "done", G_CALLBACK (on_done), f);
  type_passphrases (f, PASSPHRASE, PASSPHRASE);
  kring_backup_dialog_use_file (KRING_BACKUP_DIALOG (f->dialog), file);
  kring_ui_test_wait (got_message, f);
  g_clear_object (&f->dialog);

  /* Something added after the backup goes when the backup comes back. */
  add_team (kring_window_get_store (window), "Na de reservekopie");
  g_assert_cmpuint (count_teams (kring_window_get_store (window), "Na de reservekopie"), ==, 1);

  open_dialog (window, "win.restore", f);
  kring_backup_dialog_use_file (KRING_BACKUP_DIALOG (f->dialog), file);
  type_passphrases (f, PASSPHRASE, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->dialog), "backup.next", NULL);
  kring_ui_test_settle (50);
  kring_ui_test_wait (on_page, f);
  g_assert_true (shows (f, _("This replaces all data on this computer")));
  gtk_widget_activate_action (GTK_WIDGET (f->dialog), "backup.next", NULL);
  g_clear_object (&f->dialog);
  kring_ui_test_wait (dialog_gone, NULL);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  kring_ui_test_wait (main_ready, window);

  store = kring_window_get_store (window);
  g_assert_cmpuint (count_teams (store, "Na de reservekopie"), ==, 0);
  g_assert_false (g_file_test (before, G_FILE_TEST_EXISTS));
  /* Toasts queue: the one about the backup may still be showing. */
  kring_ui_test_wait (says_restored, window);
}

static gboolean
run_window_script (gpointer user_data)
{
  Fixture *f = user_data;

  window_script (the_window, f);
  gtk_window_close (GTK_WINDOW (the_window));
  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *app, GtkWindow *window, Fixture *f)
{
  if (!KRING_IS_WINDOW (window) || the_window != NULL)
    return;
  the_window = KRING_WINDOW (window);
  g_idle_add (run_window_script, f);
}

static void
test_window_round (void)
{
  g_autoptr (KringApplication) app = kring_application_new ();
  Fixture f = { 0 };
  char *argv[] = { "kringkaart", "--data-dir", NULL, "--demo", NULL };

  f.dir = kring_test_mkdtemp ();
  argv[2] = f.dir;
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), &f);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 4, argv), ==, 0);
  g_assert_nonnull (the_window);
  g_assert_nonnull (f.message);
  g_free (f.dir);
  g_free (f.message);
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  g_test_add ("/ui/backup/refuses", Fixture, NULL, fixture_set_up, test_refuses,
              fixture_tear_down);
  g_test_add ("/ui/backup/writes", Fixture, NULL, fixture_set_up, test_writes,
              fixture_tear_down);
  g_test_add ("/ui/backup/restore-dialog", Fixture, NULL, fixture_set_up, test_restore_dialog,
              fixture_tear_down);
  g_test_add_func ("/ui/backup/window-round", test_window_round);
  return g_test_run ();
}
