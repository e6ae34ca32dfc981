/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kring-preferences-retention.h"
#include "kring-preferences-window.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The retention page of Preferences in the real application on the example
 * district: Huishouden Smit of Wijkteam Noord is closed; the test moves its
 * closing date three years back. With a period of one year chosen in the
 * page, Smit is listed; "Keep forever" lists nothing; "Nu verwijderen…" and
 * the confirmation remove it from every table with one audit entry that
 * names no household. Locked, the page is insensitive; the change-key
 * button is there and usable only while unlocked.
 */

#define SMIT "88da4be8-fdb8-5c55-a4f8-873dc3dbcc68"
#define NOORD "9bf8b45d-4b09-52d6-b575-4f9c581ccb0f"

static guint
count_rows (KringStore *store, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (store, table, column, value, NULL);

  return g_list_model_get_n_items (rows);
}

static KringRecord *
stored (KringStore *store, const char *table, const char *id)
{
  g_autoptr (GListModel) rows = kring_test_list (store, table, "id", id, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  return g_list_model_get_item (rows, 0);
}

/* Moves every closing of Smit three years back. */
static void
age_smit (KringStore *store)
{
  g_autoptr (GListModel) changes = kring_test_list (store, "household_status_changes",
                                                    "household_id", SMIT, NULL);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) then = g_date_time_add_years (now, -3);
  g_autofree char *date = g_date_time_format (then, "%Y-%m-%d");

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr (KringRecord) change = g_list_model_get_item (changes, i);

      if (g_strcmp0 (kring_record_get_string (change, "status"), "afgesloten") != 0)
        continue;
      kring_record_set_string (change, "changed_on", date);
      g_ptr_array_add (records, g_object_ref (change));
    }
  g_assert_cmpuint (records->len, >, 0);
  kring_ui_test_save_records (store, SMIT, records);
}

static gboolean
is_row_titled (GtkWidget *widget, gconstpointer title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The preferences row titled @title under @root, or NULL. */
static GtkWidget *
find_row (GtkWidget *root, const char *title)
{
  return kring_ui_test_find_first (root, is_row_titled, title);
}

typedef struct
{
  GtkWidget  *page;
  const char *title;
  gboolean    present;
} RowWait;

static gboolean
row_is (KringWindow *window, gconstpointer data)
{
  const RowWait *wait = data;

  return (find_row (wait->page, wait->title) != NULL) == wait->present;
}

static void
await_row (KringWindow *window, GtkWidget *page, const char *title, gboolean present)
{
  RowWait wait = { page, title, present };

  kring_ui_test_wait_for (row_is, window, &wait, title);
}

typedef struct
{
  KringStore *store;
  gint64      months;
} PeriodWait;

static gboolean
period_is (KringWindow *window, gconstpointer data)
{
  const PeriodWait *wait = data;
  g_autoptr (KringRecord) team = stored (wait->store, "teams", NOORD);

  return kring_record_get_int (team, "retention_months", -1) == wait->months;
}

/* Chooses @choice in the team's row, waits until the store has the period
 * and the page has reloaded. */
static void
choose_period (KringWindow *window, GtkWidget *page, const char *team, guint choice,
               gint64 months)
{
  PeriodWait wait = { kring_window_get_store (window), months };
  GtkWidget *row = find_row (page, team);

  g_assert_true (ADW_IS_COMBO_ROW (row));
  g_assert_true (gtk_widget_get_sensitive (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), choice);
  kring_ui_test_wait_for (period_is, window, &wait, "the retention period in the store");
  /* The page reloads after the save: the row is a new one. */
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
}

static gboolean
smit_gone (KringWindow *window, gconstpointer data)
{
  return count_rows (kring_window_get_store (window), "households", "id", SMIT) == 0;
}

/* Audit entries "delete" on households without a record id. */
static guint
count_purges (KringStore *store)
{
  g_autoptr (GListModel) rows = kring_test_list (store, "audit_log", "action", "delete", NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_string (row, "record_table"), "households") == 0
          && kring_record_get_string (row, "record_id") == NULL)
        n++;
    }
  return n;
}

static void
delete_now (KringWindow *window, GtkWidget *page, const char *label)
{
  KringStore *store = kring_window_get_store (window);
  GtkWidget *button = kring_ui_test_find_named (page, "retention-delete");
  guint purges = count_purges (store);
  GtkWindow *dialog;
  g_autofree char *title = g_strdup_printf (ngettext ("Delete %u Household?",
                                                      "Delete %u Households?", 1), 1);

  g_assert_cmpuint (count_rows (store, "household_members", "household_id", SMIT), >, 0);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  dialog = kring_ui_test_await_window (ADW_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, title);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                                               "delete"),
                   ==, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  kring_ui_test_wait_for (smit_gone, window, NULL, "Smit to be purged");
  g_assert_cmpuint (count_rows (store, "household_members", "household_id", SMIT), ==, 0);
  g_assert_cmpuint (count_rows (store, "household_status_changes", "household_id", SMIT), ==, 0);
  g_assert_cmpuint (count_rows (store, "journal_notes", "household_id", SMIT), ==, 0);
  g_assert_cmpuint (count_purges (store), ==, purges + 1);
  await_row (window, page, label, FALSE);
  await_row (window, page, _("No closed households past their retention period"), TRUE);
  g_assert_false (gtk_widget_get_sensitive (button));
}

static GtkWidget *
open_page (KringWindow *window, GtkWindow **preferences)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL));
  *preferences = kring_ui_test_await_window (KRING_TYPE_PREFERENCES_WINDOW, NULL);
  page = kring_ui_test_find_widget (GTK_WIDGET (*preferences), KRING_TYPE_PREFERENCES_RETENTION);
  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (*preferences),
                                           ADW_PREFERENCES_PAGE (page));
  return page;
}

static gboolean
is_gone (KringWindow *window, gconstpointer pointer)
{
  return *(gpointer const *) pointer == NULL;
}

/* Locking closes Preferences; opened while locked, every row and button
 * of the page is insensitive and no team or household is shown; so is the
 * change-key button. */
static void
check_locked (KringWindow *window, GtkWindow *preferences, const char *team)
{
  GtkWidget *page;
  GtkWidget *row;

  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lock", NULL));
  kring_ui_test_wait_state (window, "locked");
  kring_ui_test_wait_for (is_gone, window, &preferences, "Preferences to close on lock");
  page = open_page (window, &preferences);
  g_assert_null (find_row (page, team));
  row = find_row (page, _("Retention Period"));
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_sensitive (row));
  row = find_row (page, _("No closed households past their retention period"));
  g_assert_false (gtk_widget_get_sensitive (row));
  g_assert_false (gtk_widget_get_sensitive (kring_ui_test_find_named (page, "retention-delete")));
  g_assert_false (gtk_widget_get_sensitive (kring_ui_test_find_named (GTK_WIDGET (preferences),
                                                        "change-key")));
  gtk_window_destroy (preferences);
}

static void
script_retention (KringWindow *window)
{
  KringStore *store;
  g_autoptr (KringRecord) smit = NULL;
  g_autoptr (KringRecord) noord = NULL;
  GtkWindow *preferences;
  GtkWidget *page;
  GtkWidget *change_key;
  const char *label;
  const char *team;

  kring_ui_test_wait_state (window, "main");
  store = kring_window_get_store (window);
  age_smit (store);
  smit = stored (store, "households", SMIT);
  noord = stored (store, "teams", NOORD);
  label = kring_record_get_string (smit, "label");
  team = kring_record_get_string (noord, "name");

  page = open_page (window, &preferences);
  change_key = kring_ui_test_find_named (GTK_WIDGET (preferences), "change-key");
  g_assert_true (GTK_IS_BUTTON (change_key));
  g_assert_true (gtk_widget_get_sensitive (change_key));
  await_row (window, page, team, TRUE);

  choose_period (window, page, team, 0, 0);
  await_row (window, page, _("No closed households past their retention period"), TRUE);
  g_assert_null (find_row (page, label));

  choose_period (window, page, team, 1, 12);
  await_row (window, page, label, TRUE);
  g_assert_null (find_row (page, _("No closed households past their retention period")));
  gtk_window_set_default_size (preferences, 1366, 768);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  kring_ui_test_screenshot (GTK_WIDGET (preferences), "preferences-retention");

  delete_now (window, page, label);
  check_locked (window, preferences, team);
}

static void
test_retention (void)
{
  kring_ui_test_run_app (NULL, TRUE, script_retention);
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/retention/purge", test_retention);
  return g_test_run ();
}
