/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>
#include "kring-screenshot.h"
#include "kring-application.h"
#include "kring-store-household.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

#define WAIT_USEC (30 * G_USEC_PER_SEC)

void
kring_ui_test_init (int *argc, char ***argv)
{
  g_autofree char *localedir = NULL;

  if (setlocale (LC_ALL, "nl_NL.UTF-8") != NULL)
    g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* The translations as built, not as installed. */
  localedir = g_build_filename (g_getenv ("KRING_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
kring_ui_test_wait (gboolean (*done) (gpointer data), gpointer data)
{
  gint64 end = g_get_monotonic_time () + WAIT_USEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

void
kring_ui_test_settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

GtkWindow *
kring_ui_test_window (GtkWidget *child, int width)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, 768);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  return window;
}

GtkWindow *
kring_ui_test_find_window (GType type, const char *data_key)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window))
          && (data_key == NULL || g_object_get_data (window, data_key) != NULL))
        return GTK_WINDOW (window);
    }
  return NULL;
}

typedef struct
{
  GType       type;
  const char *data_key;
} WindowWait;

static gboolean
window_open (gpointer data)
{
  WindowWait *wait = data;

  return kring_ui_test_find_window (wait->type, wait->data_key) != NULL;
}

GtkWindow *
kring_ui_test_await_window (GType type, const char *data_key)
{
  WindowWait wait = { type, data_key };

  kring_ui_test_wait (window_open, &wait);
  return kring_ui_test_find_window (type, data_key);
}

KringFormDialog *
kring_ui_test_find_form (void)
{
  return (KringFormDialog *) kring_ui_test_find_window (KRING_TYPE_FORM_DIALOG, NULL);
}

static gboolean
form_closed (gpointer data)
{
  return kring_ui_test_find_form () == NULL;
}

KringFormDialog *
kring_ui_test_await_form (void)
{
  return KRING_FORM_DIALOG (kring_ui_test_await_window (KRING_TYPE_FORM_DIALOG, NULL));
}

KringFormDialog *
kring_ui_test_open_form (GtkWidget *widget, const char *action, const char *target)
{
  if (target != NULL)
    gtk_widget_activate_action (widget, action, "s", target);
  else
    gtk_widget_activate_action (widget, action, NULL);
  return kring_ui_test_await_form ();
}

void
kring_ui_test_await_form_closed (void)
{
  kring_ui_test_wait (form_closed, NULL);
}

void
kring_ui_test_type (KringFormDialog *dialog, const char *column, const char *text)
{
  GtkWidget *widget = kring_form_dialog_get_widget (dialog, column);

  g_assert_nonnull (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

void
kring_ui_test_choose (KringFormDialog *dialog, const char *column, const char *label)
{
  GtkWidget *widget = kring_form_dialog_get_widget (dialog, column);
  GListModel *model;

  g_assert_true (GTK_IS_DROP_DOWN (widget));
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (strstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) != NULL)
      {
        gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), i);
        return;
      }
  g_error ("No “%s” to choose in %s", label, column);
}

void
kring_ui_test_choose_at (KringFormDialog *dialog, const char *column, guint position)
{
  GtkWidget *widget = kring_form_dialog_get_widget (dialog, column);

  g_assert_true (GTK_IS_DROP_DOWN (widget));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), position);
}

GtkWidget *
kring_ui_test_find_first (GtkWidget *root, KringUiTestMatch match, gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kring_ui_test_find_first (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget *widget, gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
kring_ui_test_find_widget (GtkWidget *root, GType type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kring_ui_test_find_first (child, is_of_type, GSIZE_TO_POINTER (type));

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The household */

KringHouseholdContext *
kring_ui_test_load_context (KringStore *store, const char *household_id)
{
  GAsyncResult *result = NULL;
  g_autoptr (GAsyncResult) done = NULL;
  g_autoptr (GError) error = NULL;
  KringHouseholdContext *context;

  kring_household_context_load_async (store, household_id, "Test", NULL, NULL,
                                      kring_test_store_result, &result);
  done = kring_test_await (&result);
  context = kring_household_context_load_finish (done, &error);
  g_assert_no_error (error);
  return context;
}

static void
on_changed (gpointer user_data)
{
  (*(guint *) user_data)++;
}

void
kring_ui_test_count_changes (KringHouseholdContext *context, guint *changes)
{
  kring_household_context_set_changed_hook (context, G_CALLBACK (on_changed), changes);
}

void
kring_ui_test_reload_context (KringStore *store, const char *household_id,
                              KringHouseholdContext **context, guint *changes)
{
  KringHouseholdContext *loaded = kring_ui_test_load_context (store, household_id);

  g_clear_pointer (context, kring_household_context_unref);
  *context = loaded;
  kring_ui_test_count_changes (loaded, changes);
}

typedef struct
{
  const guint *changes;
  guint        before;
} ChangeWait;

static gboolean
changed_since (gpointer data)
{
  ChangeWait *wait = data;

  return *wait->changes > wait->before;
}

void
kring_ui_test_await_change (const guint *changes, guint before)
{
  ChangeWait wait = { changes, before };

  kring_ui_test_wait (changed_since, &wait);
}

void
kring_ui_test_close (GtkWindow *window, KringStore **store)
{
  gtk_window_destroy (window);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  kring_test_store_close (*store);
  g_clear_object (store);
}

void
kring_ui_test_save_records (KringStore *store, const char *household_id, GPtrArray *records)
{
  GAsyncResult *result = NULL;
  g_autoptr (GAsyncResult) done = NULL;
  g_autoptr (GError) error = NULL;

  kring_store_household_save_async (store, household_id, records, NULL, "Test", NULL,
                                    kring_test_store_result, &result);
  done = kring_test_await (&result);
  g_assert_true (kring_store_household_save_finish (store, done, &error));
  g_assert_no_error (error);
}

KringRecord *
kring_ui_test_stored (KringStore *store, const char *household_id, const char *table,
                      const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (store, table, "household_id", household_id,
                                                 NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      const char *has = g_str_equal (column, "id") ? kring_record_get_id (row)
                                                   : kring_record_get_string (row, column);

      if (g_strcmp0 (has, value) == 0)
        return g_steal_pointer (&row);
    }
  return NULL;
}

guint
kring_ui_test_count_audit (KringStore *store, const char *record_id, const char *action)
{
  g_autoptr (GListModel) rows = kring_test_list (store, "audit_log", "record_id", record_id,
                                                 NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      n += g_strcmp0 (kring_record_get_string (row, "action"), action) == 0;
    }
  return n;
}

/* Screenshots */

/* Adds the app's style sheet @name (a resource) on top of the theme; the
 * tests do not run the application, which would load it. */
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

static void
remove_css (GtkCssProvider *provider)
{
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (provider));
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

/* One picture of @widget, light or @dark (then with style-dark.css too). */
static void
save_shot (GtkWidget *widget, const char *dir, const char *name, gboolean dark)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkCssProvider) dark_css = dark ? add_css ("style-dark.css") : NULL;
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, dark ? "dark" : "light");
  g_autofree char *path = g_build_filename (dir, file, NULL);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  if (!kring_screenshot_save (widget, path, &error))
    g_warning ("%s", error->message);
  if (dark_css != NULL)
    remove_css (dark_css);
}

void
kring_ui_test_screenshot (GtkWidget *widget, const char *name)
{
  const char *dir = g_getenv ("KRING_SHOT_DIR");
  g_autoptr (GtkCssProvider) light = NULL;

  if (dir == NULL)
    return;
  /* A dialog just presented may not have its size from the X server yet. */
  kring_ui_test_wait (has_size, widget);
  light = add_css ("style.css");
  save_shot (widget, dir, name, FALSE);
  save_shot (widget, dir, name, TRUE);
  remove_css (light);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
}

static void
collect_texts (GtkWidget *widget, GPtrArray *texts, gboolean mapped_only, gboolean skip_buttons)
{
  if ((skip_buttons && GTK_IS_BUTTON (widget)) || (mapped_only && !gtk_widget_get_mapped (widget)))
    return;
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  else if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)))
    g_ptr_array_add (texts, g_strdup (gtk_inscription_get_text (GTK_INSCRIPTION (widget))));
  if (ADW_IS_PREFERENCES_ROW (widget))
    g_ptr_array_add (texts, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts, mapped_only, skip_buttons);
}

GPtrArray *
kring_ui_test_texts (GtkWidget *root, gboolean mapped_only, gboolean skip_buttons)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_texts (root, texts, mapped_only, skip_buttons);
  return texts;
}

gboolean
kring_ui_test_shows_text (GtkWidget *root, const char *needle, gboolean exact)
{
  g_autoptr (GPtrArray) texts = kring_ui_test_texts (root, FALSE, FALSE);

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (exact ? g_str_equal (text, needle) : strstr (text, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* --- running the whole application --- */

#define APP_WAIT_USEC (90 * G_USEC_PER_SEC)

static gboolean
wake_up (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

void
kring_ui_test_wait_for (KringUiTestCondition condition, KringWindow *window, gconstpointer data,
                        const char *what)
{
  gint64 deadline = g_get_monotonic_time () + APP_WAIT_USEC;
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

gboolean
kring_ui_test_state_is (KringWindow *window, gconstpointer state)
{
  return g_strcmp0 (kring_window_get_state (window), state) == 0
         && !kring_window_is_busy (window);
}

void
kring_ui_test_wait_state (KringWindow *window, const char *state)
{
  kring_ui_test_wait_for (kring_ui_test_state_is, window, state, state);
}

static gboolean
run_script (gpointer user_data)
{
  KringWindow *window = user_data;
  KringUiTestScript script = g_object_get_data (G_OBJECT (window), "test-script");

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

void
kring_ui_test_run_app (const char *data_dir, gboolean demo, KringUiTestScript script)
{
  g_autoptr (KringApplication) app = kring_application_new ();
  g_autofree char *fresh = data_dir ? NULL : kring_test_mkdtemp ();
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_auto (GStrv) argv = NULL;

  /* A laptop's screen, for the pictures (KRING_SHOT_DIR). */
  g_settings_set_int (settings, "window-width", 1366);
  g_settings_set_int (settings, "window-height", 768);
  g_strv_builder_add_many (builder, "kringkaart", "--data-dir", data_dir ? data_dir : fresh, NULL);
  if (demo)
    g_strv_builder_add (builder, "--demo");
  argv = g_strv_builder_end (builder);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), script);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), (int) g_strv_length (argv), argv), ==,
                   0);
}

static gboolean
is_named (GtkWidget *widget, gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
kring_ui_test_find_named (GtkWidget *root, const char *name)
{
  return kring_ui_test_find_first (root, is_named, name);
}
