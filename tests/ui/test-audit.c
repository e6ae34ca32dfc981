/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kring-audit-window.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The audit log view in the real application on the example district:
 * after a household was opened, the log (win.audit-log) lists that view
 * with who did it; the search narrows the list to a household or a
 * colleague; reading the log is not logged itself; locking closes it.
 */

#define JANSEN_ID "2f3bcb08-42dd-5e77-b294-95dd5a2bbd48"
#define JANSEN "Huishouden Jansen"

/* The household's label as stored ("Huishouden Jansen …"). */
static char *
stored_label (KringStore *store, const char *id)
{
  g_autoptr (GListModel) rows = kring_test_list (store, "households", "id", id, NULL);
  g_autoptr (KringRecord) row = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  row = g_list_model_get_item (rows, 0);
  g_assert_true (g_str_has_prefix (kring_record_get_string (row, "label"), JANSEN));
  return g_strdup (kring_record_get_string (row, "label"));
}

typedef struct
{
  const char *id;
  guint       before;
} ViewCount;

static gboolean
view_logged (KringWindow *window, gconstpointer data)
{
  const ViewCount *count = data;

  return kring_ui_test_count_audit (kring_window_get_store (window), count->id, "view")
         > count->before;
}

/* The actor of the newest 'view' of @id, as stored. */
static char *
viewer_of (KringStore *store, const char *id)
{
  g_autoptr (GListModel) rows = kring_test_list (store, "audit_log", "record_id", id, "at");
  char *actor = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_string (row, "action"), "view") == 0)
        {
          g_free (actor);
          actor = g_strdup (kring_record_get_string (row, "actor"));
        }
    }
  g_assert_nonnull (actor);
  return actor;
}

static guint
count_log (KringStore *store)
{
  g_autoptr (GListModel) rows = kring_test_list (store, "audit_log", NULL, NULL, NULL);

  return g_list_model_get_n_items (rows);
}

/* The rows the log shows: AdwActionRow in its list. */
static GPtrArray *
shown_rows (GtkWindow *log)
{
  GtkWidget *list = kring_ui_test_find_widget (GTK_WIDGET (log), GTK_TYPE_LIST_BOX);
  GPtrArray *rows = g_ptr_array_new ();

  g_assert_nonnull (list);
  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ACTION_ROW (child))
      g_ptr_array_add (rows, child);
  return rows;
}

static guint
n_rows (GtkWindow *log)
{
  g_autoptr (GPtrArray) rows = shown_rows (log);

  return rows->len;
}

static gboolean
has_row (GtkWindow *log, const char *title, const char *subtitle)
{
  g_autoptr (GPtrArray) rows = shown_rows (log);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (rows->pdata[i]), title)
        && g_strcmp0 (adw_action_row_get_subtitle (rows->pdata[i]), subtitle) == 0)
      return TRUE;
  return FALSE;
}

/* Every shown row holds @needle in its title or subtitle, and there are
 * @n rows (or at least one when @n is 0). */
static gboolean
all_rows_hold (GtkWindow *log, const char *needle, guint n)
{
  g_autoptr (GPtrArray) rows = shown_rows (log);

  for (guint i = 0; i < rows->len; i++)
    if (strstr (adw_preferences_row_get_title (rows->pdata[i]), needle) == NULL
        && strstr (adw_action_row_get_subtitle (rows->pdata[i]), needle) == NULL)
      return FALSE;
  return n == 0 ? rows->len > 0 : rows->len == n;
}

static gboolean
log_lists (KringWindow *window, gconstpointer log)
{
  return n_rows ((GtkWindow *) log) > 0;
}

static gboolean
shows_mapped (GtkWindow *log, const char *text)
{
  g_autoptr (GPtrArray) texts = kring_ui_test_texts (GTK_WIDGET (log), TRUE, FALSE);

  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (texts->pdata[i], text))
      return TRUE;
  return FALSE;
}

static void
on_search_changed (gboolean *changed)
{
  *changed = TRUE;
}

static gboolean
is_set (KringWindow *window, gconstpointer flag)
{
  return *(const gboolean *) flag;
}

/* search-changed comes after a delay, longer on a busy machine: wait for
 * it rather than for a fixed time. */
static void
search (KringWindow *window, GtkWindow *log, const char *text)
{
  GtkWidget *entry = kring_ui_test_find_widget (GTK_WIDGET (log), GTK_TYPE_SEARCH_ENTRY);
  gboolean changed = FALSE;
  gulong handler = g_signal_connect_swapped (entry, "search-changed",
                                             G_CALLBACK (on_search_changed), &changed);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  kring_ui_test_wait_for (is_set, window, &changed, "the search to be applied");
  g_signal_handler_disconnect (entry, handler);
  kring_ui_test_settle (50);
}

static gboolean
is_gone (KringWindow *window, gconstpointer pointer)
{
  return *(gpointer const *) pointer == NULL;
}

static void
open_jansen (KringWindow *window, KringStore *store)
{
  ViewCount count = { JANSEN_ID, kring_ui_test_count_audit (store, JANSEN_ID, "view") };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-household", "s",
                                             JANSEN_ID));
  kring_ui_test_wait_for (view_logged, window, &count, "the household's view in the log");
}

/* Opens up to three other households, so that the log has more to search. */
static void
open_others (KringWindow *window, KringStore *store)
{
  g_autoptr (GListModel) households = kring_test_list (store, "households", NULL, NULL, NULL);
  guint opened = 0;

  for (guint i = 0; i < g_list_model_get_n_items (households) && opened < 3; i++)
    {
      g_autoptr (KringRecord) household = g_list_model_get_item (households, i);
      const char *id = kring_record_get_id (household);
      ViewCount count = { id, kring_ui_test_count_audit (store, id, "view") };

      if (strstr (kring_record_get_string (household, "label"), "Jansen") != NULL)
        continue;
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-household",
                                                 "s", id));
      kring_ui_test_wait_for (view_logged, window, &count, "another household's view");
      opened++;
    }
  g_assert_cmpuint (opened, >, 0);
}

typedef struct
{
  GtkWindow  *log;
  const char *needle;  /* rows_hold: in every row; shows_nothing: unused */
  guint       n;
} Expect;

static gboolean
rows_hold (KringWindow *window, gconstpointer data)
{
  const Expect *e = data;

  return all_rows_hold (e->log, e->needle, e->n);
}

static gboolean
shows_nothing_found (KringWindow *window, gconstpointer data)
{
  const Expect *e = data;

  return shows_mapped (e->log, _("Nothing Found"));
}

/* Each search is checked by waiting for what it should show: the list
 * updates after the entry's delay, which is longer on a busy machine. */
static void
check_search (KringWindow *window, GtkWindow *log, const char *actor, guint total)
{
  Expect jansen = { log, "Jansen", 0 }, by_actor = { log, actor, 0 }, all = { log, "", total };

  search (window, log, "JANSEN");
  kring_ui_test_wait_for (rows_hold, window, &jansen, "only Jansen's rows");
  g_assert_cmpuint (n_rows (log), <, total);
  search (window, log, actor);
  kring_ui_test_wait_for (rows_hold, window, &by_actor, "only the actor's rows");
  search (window, log, "geen-huishouden-heet-zo");
  kring_ui_test_wait_for (shows_nothing_found, window, &all, "“Nothing Found”");
  search (window, log, "");
  kring_ui_test_wait_for (rows_hold, window, &all, "every row again");
}

static void
script_audit (KringWindow *window)
{
  KringStore *store;
  g_autofree char *actor = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  GtkWindow *log;
  guint logged;

  kring_ui_test_wait_state (window, "main");
  store = kring_window_get_store (window);
  open_others (window, store);
  open_jansen (window, store);
  actor = viewer_of (store, JANSEN_ID);
  label = stored_label (store, JANSEN_ID);
  logged = count_log (store);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.audit-log", NULL));
  log = kring_ui_test_await_window (KRING_TYPE_AUDIT_WINDOW, NULL);
  g_assert_true (gtk_window_get_modal (log));
  g_assert_true (gtk_window_get_transient_for (log) == GTK_WINDOW (window));
  kring_ui_test_wait_for (log_lists, window, log, "the log's rows");
  subtitle = g_strdup_printf (_("%s by %s"), _("Viewed"), actor);
  g_assert_true (has_row (log, label, subtitle));
  g_assert_cmpuint (n_rows (log), ==, MIN (logged, 200));
  /* Reading the log wrote nothing to it. */
  g_assert_cmpuint (count_log (store), ==, logged);
  kring_ui_test_screenshot (GTK_WIDGET (log), "audit-log");
  check_search (window, log, actor, MIN (logged, 200));

  g_object_add_weak_pointer (G_OBJECT (log), (gpointer *) &log);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lock", NULL));
  kring_ui_test_wait_state (window, "locked");
  kring_ui_test_wait_for (is_gone, window, &log, "the log to close on lock");
  g_assert_null (kring_ui_test_find_window (KRING_TYPE_AUDIT_WINDOW, NULL));
  /* Locked, there is no log to open. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.audit-log", NULL)
                  && kring_ui_test_find_window (KRING_TYPE_AUDIT_WINDOW, NULL) != NULL);
}

static gboolean
log_empty (gpointer log)
{
  return shows_mapped ((GtkWindow *) log, _("The Log Is Empty"));
}

/* A district in which nobody opened a household yet: the log says what it
 * will show instead of an empty list. */
static void
test_empty (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  KringStore *store = kring_test_profile_open (dir, TRUE);
  GtkWindow *log;

  g_assert_cmpuint (count_log (store), ==, 0);
  log = GTK_WINDOW (kring_audit_window_new (NULL, store));
  gtk_window_present (log);
  kring_ui_test_wait (log_empty, log);
  g_assert_cmpuint (n_rows (log), ==, 0);
  kring_ui_test_screenshot (GTK_WIDGET (log), "audit-log-empty");
  kring_ui_test_close (log, &store);
}

static void
test_audit (void)
{
  kring_ui_test_run_app (NULL, TRUE, script_audit);
}

int
main (int argc, char **argv)
{
  kring_ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/audit/empty", test_empty);
  g_test_add_func ("/ui/audit/log", test_audit);
  return g_test_run ();
}
