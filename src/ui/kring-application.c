/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-application.h"
#include "kring-application-export.h"
#include "kring-application-report.h"
#include "kring-demo.h"
#include "kring-hsds-export.h"
#include "kring-hsds-import.h"
#include "kring-preferences-window.h"
#include "kring-profile.h"
#include "kring-screenshot.h"
#include "kring-window.h"

struct _KringApplication
{
  AdwApplication parent_instance;

  char *data_dir;
  char *start_page;
  char *screenshot_dir;
  char *color_scheme;
  char *import_path;
  char *export_path;
  char *export_map_path;
  char *report_path;
  char *team;
  gboolean demo;
  int exit_status;
};

G_DEFINE_FINAL_TYPE (KringApplication, kring_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Keep the data in DIR instead of the default folder"), N_("DIR") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start with the example district when there is no data yet"), NULL },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open a page: map, directory, households, analysis or team"), N_("NAME") },
  { "color-scheme", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Use a light or dark style"), N_("light|dark") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import a social map (HSDS JSON or datapackage.json) without opening a window"),
    N_("FILE") },
  { "export-hsds", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the social map as HSDS 3.0 JSON without opening a window"), N_("FILE") },
  { "export-map", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the ecosystem map as PNG, SVG or PDF without opening a window"), N_("FILE") },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the neighbourhood analysis as a PDF report without opening a window"),
    N_("FILE") },
  { "team", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The team of --export-map and --report (default: the first)"), N_("NAME") },
  { "screenshots", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL,
    N_("Save a picture of every page in DIR and quit"), N_("DIR") },
  { NULL }
};

KringApplication *
kring_application_new (void)
{
  return g_object_new (KRING_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/nl/kringkaart/Kringkaart",
                       NULL);
}

const char *
kring_application_get_data_dir (KringApplication *self)
{
  g_return_val_if_fail (KRING_IS_APPLICATION (self), NULL);
  return self->data_dir;
}

gboolean
kring_application_get_demo (KringApplication *self)
{
  g_return_val_if_fail (KRING_IS_APPLICATION (self), FALSE);
  return self->demo;
}

const char *
kring_application_get_start_page (KringApplication *self)
{
  g_return_val_if_fail (KRING_IS_APPLICATION (self), NULL);
  return self->start_page;
}

int
kring_application_get_exit_status (KringApplication *self)
{
  g_return_val_if_fail (KRING_IS_APPLICATION (self), 1);
  return self->exit_status;
}

static gboolean
check_options (KringApplication *self)
{
  if (self->start_page != NULL && !kring_window_is_view_name (self->start_page))
    {
      g_printerr (_("Unknown page “%s”; use map, directory, households, analysis or team.\n"),
                  self->start_page);
      return FALSE;
    }
  if (self->color_scheme != NULL && g_strcmp0 (self->color_scheme, "light") != 0
      && g_strcmp0 (self->color_scheme, "dark") != 0)
    {
      g_printerr (_("Unknown colour scheme “%s”; use light or dark.\n"), self->color_scheme);
      return FALSE;
    }
  return TRUE;
}

/* Command line: --import and --export-hsds, without a window */

/* Runs the default main context until *slot holds the result of an _async call. */
static GAsyncResult *
cli_wait (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return g_steal_pointer (slot);
}

static void
cli_store_result (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

/* A new profile starts as "Start empty" would (vocabularies and one team),
 * or with --demo as the example district. */
static gboolean
cli_seed (KringStore *store, gboolean demo, GError **error)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) seeded = NULL;

  if (demo)
    {
      kring_demo_load_async (store, NULL, cli_store_result, &pending);
      seeded = cli_wait (&pending);
      return kring_demo_load_finish (store, seeded, error);
    }
  kring_demo_start_empty_async (store, _("My neighbourhood team"), NULL, cli_store_result,
                                &pending);
  seeded = cli_wait (&pending);
  return kring_demo_start_empty_finish (store, seeded, error);
}

static KringStore *
cli_unlock (KringProfile *profile, gboolean demo, GError **error)
{
  gboolean is_new = kring_profile_is_new (profile);
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KringStore) store = NULL;

  kring_profile_unlock_async (profile, g_getenv ("KRINGKAART_PASSPHRASE"), NULL,
                              cli_store_result, &pending);
  result = cli_wait (&pending);
  store = kring_profile_unlock_finish (profile, result, error);
  if (store == NULL || !is_new)
    return g_steal_pointer (&store);
  if (!cli_seed (store, demo, error))
    return NULL;
  return g_steal_pointer (&store);
}

static void
cli_close (KringStore *store)
{
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kring_store_close_async (store, NULL, cli_store_result, &pending);
  result = cli_wait (&pending);
  if (!kring_store_close_finish (store, result, &error))
    g_printerr ("%s\n", error->message);
}

static void
cli_print_conflicts (KringHsdsImport *import)
{
  GListModel *items = kring_hsds_import_get_items (import);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (KringImportItem) item = g_list_model_get_item (items, i);

      if (kring_import_item_get_action (item) == KRING_IMPORT_ACTION_CONFLICT)
        g_print (_("Conflict, your version kept: %s “%s” (%s)\n"),
                 kring_import_item_get_table (item), kring_import_item_get_title (item),
                 kring_import_item_get_id (item));
    }
}

static gboolean
cli_import (KringStore *store, const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (KringHsdsImport) import = kring_hsds_import_new (store, file);
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) prepared = NULL;
  g_autoptr (GAsyncResult) committed = NULL;

  kring_hsds_import_prepare_async (import, NULL, cli_store_result, &pending);
  prepared = cli_wait (&pending);
  if (!kring_hsds_import_prepare_finish (import, prepared, error))
    return FALSE;
  /* Conflicts keep their default resolution: the version in this database. */
  kring_hsds_import_commit_async (import, NULL, cli_store_result, &pending);
  committed = cli_wait (&pending);
  if (!kring_hsds_import_commit_finish (import, committed, error))
    return FALSE;
  g_print (_("Imported “%s”: %u new, %u updated, %u unchanged, %u conflicts\n"), path,
           kring_hsds_import_count (import, KRING_IMPORT_ACTION_ADD),
           kring_hsds_import_count (import, KRING_IMPORT_ACTION_UPDATE),
           kring_hsds_import_count (import, KRING_IMPORT_ACTION_UNCHANGED),
           kring_hsds_import_count (import, KRING_IMPORT_ACTION_CONFLICT));
  cli_print_conflicts (import);
  return TRUE;
}

static gboolean
cli_export (KringStore *store, const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  GAsyncResult *pending = NULL;
  g_autoptr (GAsyncResult) result = NULL;

  kring_hsds_export_async (store, NULL, file, NULL, cli_store_result, &pending);
  result = cli_wait (&pending);
  if (!kring_hsds_export_finish (store, result, error))
    return FALSE;
  g_print (_("Exported the social map to “%s”\n"), path);
  return TRUE;
}

static int
run_command_line (KringApplication *self)
{
  g_autoptr (KringProfile) profile = kring_profile_new (self->data_dir);
  g_autoptr (KringStore) store = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  store = cli_unlock (profile, self->demo, &error);
  if (store == NULL)
    {
      g_printerr (_("Kringkaart could not open your data: %s\n"), error->message);
      return EXIT_FAILURE;
    }
  ok = (self->import_path == NULL || cli_import (store, self->import_path, &error))
       && (self->export_path == NULL || cli_export (store, self->export_path, &error))
       && (self->export_map_path == NULL
           || kring_application_export_map (store, self->export_map_path, self->team, &error))
       && (self->report_path == NULL
           || kring_application_report (store, self->report_path, self->team, &error));
  if (!ok)
    g_printerr ("%s\n", error->message);
  cli_close (store);
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}

static int
kring_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  KringApplication *self = KRING_APPLICATION (app);

  g_variant_dict_lookup (options, "data-dir", "^ay", &self->data_dir);
  g_variant_dict_lookup (options, "screenshots", "^ay", &self->screenshot_dir);
  g_variant_dict_lookup (options, "page", "s", &self->start_page);
  g_variant_dict_lookup (options, "color-scheme", "s", &self->color_scheme);
  g_variant_dict_lookup (options, "import", "^ay", &self->import_path);
  g_variant_dict_lookup (options, "export-hsds", "^ay", &self->export_path);
  g_variant_dict_lookup (options, "export-map", "^ay", &self->export_map_path);
  g_variant_dict_lookup (options, "report", "^ay", &self->report_path);
  g_variant_dict_lookup (options, "team", "s", &self->team);
  self->demo = g_variant_dict_contains (options, "demo");
  if (!check_options (self))
    return EXIT_FAILURE;
  if (self->import_path != NULL || self->export_path != NULL || self->export_map_path != NULL
      || self->report_path != NULL)
    return run_command_line (self);

  /* Another profile or a screenshot run must not be handed to an instance
   * that is already running with the user's own data. */
  if (self->data_dir != NULL || self->screenshot_dir != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  return -1;
}

static void
quit_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  g_autoptr (GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Closing (rather than quitting) lets every window save its size and lock its store. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *developers[] = { "Het Kringkaart-team", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Kringkaart"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", "Het Kringkaart-team",
                         "developers", developers,
                         "comments", _("The partners of your neighbourhood team on one map, "
                                       "next to the plans of the households you support."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWindow *preferences;

  if (!KRING_IS_WINDOW (parent))
    return;
  preferences = kring_preferences_window_new (parent,
                                              kring_window_get_profile (KRING_WINDOW (parent)));
  gtk_window_present (preferences);
}

static void
shortcuts_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "shortcuts", shortcuts_activated },
};

static void
set_accels (GtkApplication *app, const char *action, const char *accel)
{
  const char *accels[] = { accel, NULL };

  gtk_application_set_accels_for_action (app, action, accels);
}

static void
setup_accels (GtkApplication *app)
{
  const char *none[] = { NULL };

  set_accels (app, "app.quit", "<Control>q");
  set_accels (app, "app.preferences", "<Control>comma");
  set_accels (app, "app.shortcuts", "<Control>question");
  set_accels (app, "win.lock", "<Control>l");
  set_accels (app, "win.search", "<Control>f");
  /* GtkApplication binds the same key to the shortcuts window itself; app.shortcuts owns it. */
  gtk_application_set_accels_for_action (app, "win.show-help-overlay", none);
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.page-%u", i);
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i);

      set_accels (app, action, accel);
    }
}

static void
apply_color_scheme (KringApplication *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (g_strcmp0 (self->color_scheme, "light") == 0)
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (self->color_scheme, "dark") == 0)
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
}

static void
kring_application_startup (GApplication *app)
{
  KringApplication *self = KRING_APPLICATION (app);
  GtkIconTheme *theme;

  G_APPLICATION_CLASS (kring_application_parent_class)->startup (app);

  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  gtk_icon_theme_add_resource_path (theme, "/nl/kringkaart/Kringkaart/icons");
  gtk_window_set_default_icon_name (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  setup_accels (GTK_APPLICATION (app));
  apply_color_scheme (self);
}

static void
screenshots_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  KringWindow *window = KRING_WINDOW (source);

  if (!kring_screenshot_run_finish (window, result, &error))
    {
      g_printerr ("%s\n", error->message);
      self->exit_status = EXIT_FAILURE;
    }
  /* Locking closes the store; the application then quits once it has closed. */
  kring_window_lock (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static KringWindow *
create_window (KringApplication *self)
{
  g_autoptr (KringProfile) profile = kring_profile_new (self->data_dir);
  KringWindow *window = kring_window_new (self, profile);

  /* Screenshots show the app as it looks on a common 1366×768 laptop screen. */
  if (self->screenshot_dir != NULL)
    gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  return window;
}

static void
kring_application_activate (GApplication *app)
{
  KringApplication *self = KRING_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  window = GTK_WINDOW (create_window (self));
  gtk_window_present (window);
  kring_window_unlock (KRING_WINDOW (window), g_getenv ("KRINGKAART_PASSPHRASE"));
  if (self->screenshot_dir != NULL)
    kring_screenshot_run_async (KRING_WINDOW (window), self->screenshot_dir, NULL,
                                screenshots_done, g_object_ref (self));
}

static void
kring_application_finalize (GObject *object)
{
  KringApplication *self = KRING_APPLICATION (object);

  g_free (self->data_dir);
  g_free (self->start_page);
  g_free (self->screenshot_dir);
  g_free (self->color_scheme);
  g_free (self->import_path);
  g_free (self->export_path);
  g_free (self->export_map_path);
  g_free (self->report_path);
  g_free (self->team);
  G_OBJECT_CLASS (kring_application_parent_class)->finalize (object);
}

static void
kring_application_class_init (KringApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kring_application_finalize;
  app_class->handle_local_options = kring_application_handle_local_options;
  app_class->startup = kring_application_startup;
  app_class->activate = kring_application_activate;
}

static void
kring_application_init (KringApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (
    G_APPLICATION (self),
    _("The partners of your neighbourhood team on one map, next to your households' plans."));
}
