/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-demo.h"
#include "kring-recovery-dialog.h"
#include "kring-tour.h"
#include "kring-window-private.h"

G_DEFINE_FINAL_TYPE (KringWindow, kring_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_PROFILE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const view_names[] = {
  "map", "directory", "households", "analysis", "team", NULL
};

const char *const *
kring_window_get_view_names (void)
{
  return view_names;
}

gboolean
kring_window_is_view_name (const char *name)
{
  return name != NULL && g_strv_contains (view_names, name);
}

KringWindow *
kring_window_new (KringApplication *application, KringProfile *profile)
{
  KringWindow *self;

  g_return_val_if_fail (KRING_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (KRING_IS_PROFILE (profile), NULL);

  self = g_object_new (KRING_TYPE_WINDOW, "application", application, "profile", profile, NULL);
  self->demo = kring_application_get_demo (application);
  self->start_page = g_strdup (kring_application_get_start_page (application));
  return self;
}

KringProfile *
kring_window_get_profile (KringWindow *self)
{
  g_return_val_if_fail (KRING_IS_WINDOW (self), NULL);
  return self->profile;
}

KringStore *
kring_window_get_store (KringWindow *self)
{
  g_return_val_if_fail (KRING_IS_WINDOW (self), NULL);
  return self->store;
}

const char *
kring_window_get_state (KringWindow *self)
{
  g_return_val_if_fail (KRING_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}

gboolean
kring_window_is_busy (KringWindow *self)
{
  g_return_val_if_fail (KRING_IS_WINDOW (self), FALSE);
  if (self->unlocking || self->loading_example)
    return TRUE;
  return g_strcmp0 (kring_window_get_state (self), "unlock") == 0
         && kring_unlock_page_is_busy (self->unlock_page);
}

const char *
kring_window_get_visible_view_name (KringWindow *self)
{
  g_return_val_if_fail (KRING_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
kring_window_set_visible_view_name (KringWindow *self, const char *name)
{
  g_return_if_fail (KRING_IS_WINDOW (self));
  g_return_if_fail (kring_window_is_view_name (name));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

GtkWidget *
kring_window_get_view (KringWindow *self, const char *name)
{
  g_return_val_if_fail (KRING_IS_WINDOW (self), NULL);
  return adw_view_stack_get_child_by_name (self->view_stack, name);
}

void
kring_window_add_toast (KringWindow *self, const char *title)
{
  g_return_if_fail (KRING_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
set_state (KringWindow *self, const char *state)
{
  gtk_stack_set_visible_child_name (self->main_stack, state);
}

static void
set_pages_store (KringWindow *self, KringStore *store)
{
  kring_map_page_set_store (self->map_page, store);
  kring_directory_page_set_store (self->directory_page, store);
  kring_households_page_set_store (self->households_page, store);
  kring_analysis_page_set_store (self->analysis_page, store);
  kring_team_page_set_store (self->team_page, store);
}

static void
on_store_closed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GApplication) application = user_data;
  g_autoptr (GError) error = NULL;

  if (!kring_store_close_finish (KRING_STORE (source), result, &error))
    g_warning ("Could not close the database cleanly: %s", error->message);
  if (application != NULL)
    g_application_release (application);
}

/* Empties the pages and closes the store. The application is held until the
 * store has closed, so quitting never cuts a write short. */
static void
close_store (KringWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->store == NULL)
    return;
  set_pages_store (self, NULL);
  if (application != NULL)
    g_application_hold (G_APPLICATION (application));
  kring_store_close_async (self->store, NULL, on_store_closed,
                           application ? g_object_ref (application) : NULL);
  g_clear_object (&self->store);
}

static void
reset_cancellable (KringWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_object_unref (self->cancellable);
  self->cancellable = g_cancellable_new ();
}

void
kring_window_lock (KringWindow *self)
{
  g_return_if_fail (KRING_IS_WINDOW (self));

  if (self->store == NULL)
    return;
  reset_cancellable (self);
  kring_window_clear_search (self);
  self->loading_example = FALSE;
  kring_welcome_page_set_busy (self->welcome_page, FALSE);
  kring_window_drop_leftovers (self);
  close_store (self);
  set_state (self, "locked");
}

static const char *
choose_view (KringWindow *self)
{
  g_autofree char *last = NULL;

  if (self->start_page != NULL)
    return self->start_page;
  last = g_settings_get_string (self->settings, "last-page");
  return kring_window_is_view_name (last) ? g_intern_string (last) : view_names[0];
}

void
kring_window_show_main (KringWindow *self)
{
  g_assert (self->store != NULL);

  set_pages_store (self, self->store);
  kring_window_set_visible_view_name (self, choose_view (self));
  g_clear_pointer (&self->start_page, g_free);
  set_state (self, "main");
}

/* After the example district or the empty start was written: show the main
 * view, or go back to the welcome page and say what went wrong. */
static void
seeding_done (KringWindow *self, GError *error, const char *failure)
{
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading_example = FALSE;
  kring_welcome_page_set_busy (self->welcome_page, FALSE);
  if (error == NULL)
    {
      kring_window_show_main (self);
      return;
    }
  message = g_strdup_printf (failure, error->message);
  set_state (self, "welcome");
  kring_window_add_toast (self, message);
  kring_window_update_actions (self);
}

static void
on_example_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  kring_demo_load_finish (KRING_STORE (source), result, &error);
  seeding_done (self, error, _("The example district could not be loaded: %s"));
  /* A new colleague's first look at the example district starts with the tour. */
  if (error == NULL && g_strcmp0 (kring_window_get_state (self), "main") == 0)
    kring_tour_present_once (GTK_WINDOW (self));
}

static void
on_started_empty (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  kring_demo_start_empty_finish (KRING_STORE (source), result, &error);
  seeding_done (self, error, _("Kringkaart could not set up your new profile: %s"));
}

static gboolean
begin_seeding (KringWindow *self, const char *busy_text)
{
  if (self->store == NULL || self->loading_example)
    return FALSE;
  self->loading_example = TRUE;
  kring_welcome_page_set_busy (self->welcome_page, TRUE);
  kring_unlock_page_show_busy (self->unlock_page, busy_text);
  kring_window_update_actions (self);
  return TRUE;
}

void
kring_window_start_empty (KringWindow *self)
{
  /* An empty profile still gets the default life domains and vocabularies,
   * and one team the user can rename. */
  if (begin_seeding (self, _("Preparing your data…")))
    kring_demo_start_empty_async (self->store, _("My neighbourhood team"), self->cancellable,
                                  on_started_empty, g_object_ref (self));
}

void
kring_window_load_example (KringWindow *self)
{
  if (begin_seeding (self, _("Loading the example district…")))
    kring_demo_load_async (self->store, self->cancellable, on_example_loaded,
                           g_object_ref (self));
}

static guint
count_of (GHashTable *counts, const char *table)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, table));
}

static void
on_counted (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) counts = kring_store_count_finish (KRING_STORE (source), result, &error);
  guint total;

  if (counts == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kring_unlock_page_show_error (self->unlock_page, error, NULL);
      return;
    }
  total = count_of (counts, "organizations") + count_of (counts, "teams")
          + count_of (counts, "households");
  if (total > 0)
    kring_window_show_main (self);
  else if (self->demo)
    kring_window_load_example (self);
  else
    set_state (self, "welcome");
}

/* After an interrupted passphrase change the user cannot know which of
 * the two passphrases fits: say so, with or without a failed try. */
static const char *
passphrase_problem (KringWindow *self, gboolean wrong)
{
  if (kring_profile_passphrase_change_interrupted (self->profile))
    return wrong ? _("This passphrase does not open your data. Changing the passphrase was "
                     "interrupted, so your data opens with either your old or your new "
                     "passphrase: try the other one.")
                 : _("Changing the passphrase was interrupted. Your data opens with either "
                     "your old or your new passphrase.");
  return wrong ? _("This passphrase does not open your data. Check it and try again.") : NULL;
}

static void
show_unlock_error (KringWindow *self, const GError *error)
{
  gboolean is_new = kring_profile_is_new (self->profile);

  if (g_error_matches (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_NEEDS_PASSPHRASE))
    kring_unlock_page_ask_passphrase (self->unlock_page, is_new,
                                      passphrase_problem (self, FALSE));
  else if (g_error_matches (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY)
           && self->with_passphrase)
    kring_unlock_page_ask_passphrase (self->unlock_page, is_new, passphrase_problem (self, TRUE));
  else
    kring_unlock_page_show_error (self->unlock_page, error,
                                  kring_profile_get_database_path (self->profile));
}

#define NEW_PROFILE_KEY "kring-window-new-profile"

/* Takes over an open @store (from unlocking or recovery) and shows what it holds. */
static void
adopt_store (KringWindow *self, KringStore *store)
{
  self->store = store;
  self->last_activity = g_get_monotonic_time ();
  kring_window_update_actions (self);
  kring_store_count_async (self->store, self->cancellable, on_counted, g_object_ref (self));
}

static void
on_unlocked (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringStore) store = kring_profile_unlock_finish (KRING_PROFILE (source), result,
                                                              &error);

  self->unlocking = FALSE;
  if (self->profile == NULL)
    {
      /* The window closed while the data was being opened. */
      if (store != NULL)
        kring_store_close_async (store, NULL, NULL, NULL);
      return;
    }
  if (store == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_unlock_error (self, error);
      kring_window_update_actions (self);
      return;
    }
  adopt_store (self, g_steal_pointer (&store));
  /* A new keyring profile: its recovery key is shown once, now. */
  if (g_object_steal_data (G_OBJECT (self), NEW_PROFILE_KEY) != NULL)
    kring_recovery_dialog_present_for_new_profile (GTK_WINDOW (self), self->profile);
}

void
kring_window_unlock (KringWindow *self, const char *passphrase)
{
  g_return_if_fail (KRING_IS_WINDOW (self));

  if (self->store != NULL || self->unlocking)
    return;
  if (kring_window_ask_app_passphrase (self, passphrase))
    return;
  self->unlocking = TRUE;
  self->with_passphrase = passphrase != NULL;
  g_object_set_data (G_OBJECT (self), NEW_PROFILE_KEY,
                     GINT_TO_POINTER (kring_profile_is_new (self->profile)));
  kring_unlock_page_show_busy (self->unlock_page, NULL);
  set_state (self, "unlock");
  kring_window_update_actions (self);
  kring_profile_unlock_async (self->profile, passphrase, self->cancellable, on_unlocked,
                              g_object_ref (self));
}

static void
on_unlock_requested (KringWindow *self, const char *passphrase)
{
  kring_window_unlock (self, passphrase);
}

static void
on_recovered (KringWindow *self, KringStore *store)
{
  if (self->store != NULL || self->unlocking)
    kring_store_close_async (store, NULL, NULL, NULL);
  else
    adopt_store (self, g_object_ref (store));
}

/* The keyring lost the key: the user types the recovery key instead. */
static void
on_recover_requested (KringWindow *self)
{
  KringRecoveryDialog *dialog = kring_recovery_dialog_new_recover (GTK_WINDOW (self),
                                                                   self->profile);

  g_signal_connect_object (dialog, "recovered", G_CALLBACK (on_recovered), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_state_changed (KringWindow *self)
{
  if (self->main_stack == NULL)
    return;
  if (g_strcmp0 (kring_window_get_state (self), "main") != 0)
    kring_window_clear_search (self);
  kring_window_update_actions (self);
  kring_window_schedule_auto_lock (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
on_view_changed (KringWindow *self)
{
  const char *name;

  if (self->view_stack == NULL)
    return;
  name = kring_window_get_visible_view_name (self);
  kring_window_clear_search (self);
  if (self->store != NULL && kring_window_is_view_name (name))
    g_settings_set_string (self->settings, "last-page", name);
}

static void
save_window_state (KringWindow *self)
{
  int width, height;
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (maximized)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
}

static void
restore_window_state (KringWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
kring_window_close_request (GtkWindow *window)
{
  KringWindow *self = KRING_WINDOW (window);

  save_window_state (self);
  g_cancellable_cancel (self->cancellable);
  close_store (self);
  return GTK_WINDOW_CLASS (kring_window_parent_class)->close_request (window);
}

static void
kring_window_dispose (GObject *object)
{
  KringWindow *self = KRING_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  close_store (self);
  kring_window_dispose_actions (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KRING_TYPE_WINDOW);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->start_page, g_free);
  G_OBJECT_CLASS (kring_window_parent_class)->dispose (object);
}

static void
kring_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KringWindow *self = KRING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    case PROP_STATE:
      g_value_set_string (value, kring_window_get_state (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_window_set_property (GObject *object, guint prop_id, const GValue *value,
                           GParamSpec *pspec)
{
  KringWindow *self = KRING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_PROFILE] = g_param_spec_object ("profile", NULL, NULL, KRING_TYPE_PROFILE,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                    | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] = g_param_spec_string ("state", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ensure_types (void)
{
  g_type_ensure (KRING_TYPE_UNLOCK_PAGE);
  g_type_ensure (KRING_TYPE_WELCOME_PAGE);
  g_type_ensure (KRING_TYPE_MAP_PAGE);
  g_type_ensure (KRING_TYPE_DIRECTORY_PAGE);
  g_type_ensure (KRING_TYPE_HOUSEHOLDS_PAGE);
  g_type_ensure (KRING_TYPE_ANALYSIS_PAGE);
  g_type_ensure (KRING_TYPE_TEAM_PAGE);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KringWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, unlock_page);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, search_popover);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, search_list);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, map_page);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, directory_page);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, households_page);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, analysis_page);
  gtk_widget_class_bind_template_child (widget_class, KringWindow, team_page);
  gtk_widget_class_bind_template_callback (widget_class, on_unlock_requested);
  gtk_widget_class_bind_template_callback (widget_class, on_state_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);
}

static void
kring_window_class_init (KringWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kring_window_dispose;
  object_class->get_property = kring_window_get_property;
  object_class->set_property = kring_window_set_property;
  window_class->close_request = kring_window_close_request;
  install_properties (object_class);
  ensure_types ();
  bind_template (widget_class);
  kring_window_class_init_actions (widget_class);
}

static void
kring_window_init (KringWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->unlock_page, "recover", G_CALLBACK (on_recover_requested),
                            self);
  restore_window_state (self);
  kring_window_init_actions (self);
  kring_window_update_actions (self);
}
