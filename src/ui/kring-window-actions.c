/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kring-hsds-export.h"
#include "kring-import-dialog.h"
#include "kring-lock-page.h"
#include "kring-window-private.h"
#include "kring-window-backup.h"
#include "kring-window-rekey.h"
#include "kring-window-audit.h"

/* Fewer characters than this match half the directory; wait for more. */
#define SEARCH_MIN_CHARS 2
#define SEARCH_LIMIT 12

static gboolean
is_state (KringWindow *self, const char *state)
{
  return g_strcmp0 (kring_window_get_state (self), state) == 0;
}

void
kring_window_update_actions (KringWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean main_shown = is_state (self, "main");
  gboolean welcome = is_state (self, "welcome") && !self->loading_example;

  gtk_widget_action_set_enabled (widget, "win.lock", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "win.unlock", is_state (self, "locked")
                                                         && !self->unlocking);
  gtk_widget_action_set_enabled (widget, "win.search", main_shown);
  gtk_widget_action_set_enabled (widget, "win.export", main_shown);
  gtk_widget_action_set_enabled (widget, "win.audit-log", main_shown);
  gtk_widget_action_set_enabled (widget, "win.import",
                                 self->store != NULL && (main_shown || welcome));
  gtk_widget_action_set_enabled (widget, "win.load-example", welcome);
  gtk_widget_action_set_enabled (widget, "win.start-empty", welcome);
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.page-%u", i);

      gtk_widget_action_set_enabled (widget, action, main_shown);
    }
  kring_window_update_navigation (self);
}

static void
lock_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  kring_window_lock (KRING_WINDOW (widget));
}

static void
unlock_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  kring_window_unlock (KRING_WINDOW (widget), NULL);
}

static void
search_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Import */

static void
reload_pages (KringWindow *self)
{
  kring_map_page_reload (self->map_page);
  kring_directory_page_reload (self->directory_page);
  kring_households_page_reload (self->households_page);
  kring_analysis_page_reload (self->analysis_page);
  kring_team_page_reload (self->team_page);
}

static void
on_imported (KringWindow *self, const char *summary)
{
  g_autofree char *title = g_strdup_printf (_("Social map imported: %s"), summary);

  if (is_state (self, "main"))
    reload_pages (self);
  else if (self->store != NULL)
    kring_window_show_main (self);
  kring_window_add_toast (self, title);
}

static void
open_import_dialog (KringWindow *self)
{
  KringImportDialog *dialog = kring_import_dialog_new (GTK_WINDOW (self), self->store, NULL);

  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
open_import_if_main (gpointer user_data)
{
  g_autoptr (KringWindow) self = user_data;

  if (is_state (self, "main") && self->store != NULL)
    open_import_dialog (self);
  return G_SOURCE_REMOVE;
}

/* The empty profile is ready (or could not be made): the welcome page stops
 * being busy just before the window moves on to its main view. */
static void
on_welcome_busy (KringWindow *self)
{
  if (kring_welcome_page_get_busy (self->welcome_page))
    return;
  g_signal_handlers_disconnect_by_func (self->welcome_page, on_welcome_busy, self);
  g_idle_add (open_import_if_main, g_object_ref (self));
}

static void
import_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);

  if (self->store == NULL)
    return;
  if (!is_state (self, "welcome"))
    {
      open_import_dialog (self);
      return;
    }
  /* From the welcome page: first set up an empty profile (vocabularies, a
   * team), then import into it. */
  g_signal_connect_object (self->welcome_page, "notify::busy", G_CALLBACK (on_welcome_busy),
                           self, G_CONNECT_SWAPPED);
  kring_window_start_empty (self);
}

/* Export */

typedef struct
{
  KringWindow  *window;
  GFile        *file;
  AdwToast     *progress;
  GCancellable *cancellable;
} ExportOp;

static void
export_op_free (ExportOp *op)
{
  g_clear_object (&op->window);
  g_clear_object (&op->file);
  g_clear_object (&op->progress);
  g_clear_object (&op->cancellable);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportOp, export_op_free)

static void
on_exported (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (ExportOp) op = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_file_get_basename (op->file);
  g_autofree char *title = NULL;

  adw_toast_dismiss (op->progress);
  if (kring_hsds_export_finish (KRING_STORE (source), result, &error))
    title = g_strdup_printf (_("Social map exported to “%s”"), name);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    title = g_strdup (_("Export stopped; no file was written"));
  else
    title = g_strdup_printf (_("Exporting did not work: %s"), error->message);
  kring_window_add_toast (op->window, title);
}

static void
start_export (KringWindow *self, GFile *file)
{
  ExportOp *op = g_new0 (ExportOp, 1);

  op->window = g_object_ref (self);
  op->file = g_object_ref (file);
  op->cancellable = g_cancellable_new ();
  /* Stays until the export is done; its button stops the export. */
  op->progress = g_object_ref_sink (adw_toast_new (_("Exporting the social map…")));
  adw_toast_set_timeout (op->progress, 0);
  adw_toast_set_button_label (op->progress, _("_Stop"));
  g_signal_connect_object (op->progress, "button-clicked", G_CALLBACK (g_cancellable_cancel),
                           op->cancellable, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (op->progress));
  kring_hsds_export_async (self->store, NULL, file, op->cancellable, on_exported, op);
}

static void
on_export_chosen (GtkNativeDialog *chooser, int response, KringWindow *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    start_export (self, file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("sociale-kaart-%s.json", date);

  chooser = gtk_file_chooser_native_new (_("Export the social map"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("HSDS JSON (*.json)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chosen), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
load_example_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  kring_window_load_example (KRING_WINDOW (widget));
}

static void
start_empty_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  kring_window_start_empty (KRING_WINDOW (widget));
}

static void
page_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  /* "win.page-N": N counts the views from 1 in switcher order. */
  guint index = (guint) (action[strlen (action) - 1] - '1');

  g_assert (index < g_strv_length ((char **) kring_window_get_view_names ()));
  kring_window_set_visible_view_name (KRING_WINDOW (widget),
                                      kring_window_get_view_names ()[index]);
}

void
kring_window_class_init_actions (GtkWidgetClass *widget_class)
{
  g_type_ensure (KRING_TYPE_LOCK_PAGE);
  gtk_widget_class_install_action (widget_class, "win.lock", NULL, lock_activated);
  gtk_widget_class_install_action (widget_class, "win.unlock", NULL, unlock_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.load-example", NULL,
                                   load_example_activated);
  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL,
                                   start_empty_activated);
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.page-%u", i);

      gtk_widget_class_install_action (widget_class, action, NULL, page_activated);
    }
  kring_window_class_init_navigation (widget_class);
  kring_window_class_init_backup (widget_class);
  kring_window_class_init_rekey (widget_class);
  kring_window_class_init_audit (widget_class);
}

/* Global search */

static const char *
record_title (KringRecord *record)
{
  static const char *const columns[] = { "name", "title", "full_name", "display_name" };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const char *value = kring_record_get_string (record, columns[i]);

      if (value != NULL && *value != '\0')
        return value;
    }
  return kring_record_get_id (record);
}

static const char *
record_kind (KringRecord *record)
{
  const char *table = kring_record_get_table (record);

  if (g_strcmp0 (table, "organizations") == 0)
    return _("Organisation");
  if (g_strcmp0 (table, "services") == 0)
    return _("Service");
  if (g_strcmp0 (table, "contacts") == 0)
    return _("Contact");
  return table;
}

static const char *
record_icon (KringRecord *record)
{
  const char *table = kring_record_get_table (record);

  if (g_strcmp0 (table, "organizations") == 0)
    return "x-office-address-book-symbolic";
  if (g_strcmp0 (table, "contacts") == 0)
    return "avatar-default-symbolic";
  return "emblem-documents-symbolic";
}

static GtkWidget *
result_row_new (const char *title, const char *subtitle, const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  /* Rows do not take focus, so clicking one leaves the entry focused and the
   * popover open long enough to be activated. */
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static void
clear_results (KringWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->search_list))) != NULL)
    gtk_list_box_remove (self->search_list, child);
}

static void
show_results (KringWindow *self, GListModel *results)
{
  guint n = g_list_model_get_n_items (results);

  clear_results (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (results, i);
      GtkWidget *row = result_row_new (record_title (record), record_kind (record),
                                       record_icon (record));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "kring-record", g_object_ref (record),
                              g_object_unref);
      gtk_list_box_append (self->search_list, row);
    }
  if (n == 0)
    gtk_list_box_append (self->search_list,
                         result_row_new (_("No matches"),
                                         _("Try another word, or part of a name"), NULL));
  gtk_popover_popup (self->search_popover);
}

static void
on_search_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) results = kring_store_search_finish (KRING_STORE (source), result,
                                                              &error);

  if (results != NULL)
    show_results (self, results);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    kring_window_add_toast (self, _("Searching failed"));
}

void
kring_window_clear_search (KringWindow *self)
{
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  if (self->search_popover != NULL)
    gtk_popover_popdown (self->search_popover);
  if (self->search_list != NULL)
    clear_results (self);
}

static void
on_search_changed (KringWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  kring_window_clear_search (self);
  if (self->store == NULL || g_utf8_strlen (text, -1) < SEARCH_MIN_CHARS)
    return;
  self->search_cancellable = g_cancellable_new ();
  kring_store_search_async (self->store, text, SEARCH_LIMIT, self->search_cancellable,
                            on_search_done, g_object_ref (self));
}

/* Opens the directory page on @row's record (the first hit when NULL). */
static void
go_to_directory (KringWindow *self, GtkListBoxRow *row)
{
  KringRecord *record;

  gtk_popover_popdown (self->search_popover);
  if (!is_state (self, "main"))
    return;
  kring_window_set_visible_view_name (self, "directory");
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->search_list, 0);
  record = row != NULL ? g_object_get_data (G_OBJECT (row), "kring-record") : NULL;
  if (record != NULL)
    kring_directory_page_show_record (self->directory_page, kring_record_get_table (record),
                                      kring_record_get_id (record));
}

static void
on_search_activate (KringWindow *self)
{
  go_to_directory (self, NULL);
}

static void
on_search_row_activated (KringWindow *self, GtkListBoxRow *row)
{
  go_to_directory (self, row);
}

static void
on_search_stop (KringWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  kring_window_clear_search (self);
}

static void
on_search_focus_leave (KringWindow *self)
{
  /* The entry also loses focus while the window is being destroyed. */
  if (self->search_popover != NULL)
    gtk_popover_popdown (self->search_popover);
}

/* Automatic locking */

static gboolean on_auto_lock_check (gpointer user_data);

/* How long the window may go without input, in microseconds; 0: forever. */
static gint64
auto_lock_limit (KringWindow *self)
{
  guint minutes = g_settings_get_uint (self->settings, "auto-lock-minutes");

  if (self->auto_lock_seconds > 0)
    return (gint64) self->auto_lock_seconds * G_USEC_PER_SEC;
  return (gint64) minutes * 60 * G_USEC_PER_SEC;
}

void
kring_window_schedule_auto_lock (KringWindow *self)
{
  gint64 limit = auto_lock_limit (self);
  gint64 idle = g_get_monotonic_time () - self->last_activity;

  g_clear_handle_id (&self->auto_lock_id, g_source_remove);
  if (self->store == NULL || limit == 0)
    return;
  self->auto_lock_id = g_timeout_add_seconds ((guint) (MAX (limit - idle, 0) / G_USEC_PER_SEC) + 1,
                                              on_auto_lock_check, self);
}

static gboolean
on_auto_lock_check (gpointer user_data)
{
  KringWindow *self = user_data;
  gint64 limit = auto_lock_limit (self);
  gint64 idle = g_get_monotonic_time () - self->last_activity;

  self->auto_lock_id = 0;
  if (limit > 0 && idle >= limit)
    kring_window_lock (self);
  else
    kring_window_schedule_auto_lock (self);
  return G_SOURCE_REMOVE;
}

void
kring_window_set_auto_lock_seconds (KringWindow *self, guint seconds)
{
  g_return_if_fail (KRING_IS_WINDOW (self));
  self->auto_lock_seconds = seconds;
  kring_window_schedule_auto_lock (self);
}

static gboolean
on_input_event (KringWindow *self, GdkEvent *event)
{
  self->last_activity = g_get_monotonic_time ();
  return GDK_EVENT_PROPAGATE;
}

static void
setup_activity_tracking (KringWindow *self)
{
  GtkEventController *controller = gtk_event_controller_legacy_new ();

  /* Capture phase: every key press, click and pointer movement anywhere in the
   * window counts as activity before any widget handles it. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "event", G_CALLBACK (on_input_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  g_signal_connect_swapped (self->settings, "changed::auto-lock-minutes",
                            G_CALLBACK (kring_window_schedule_auto_lock), self);
  self->last_activity = g_get_monotonic_time ();
}

void
kring_window_init_actions (KringWindow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_parent (GTK_WIDGET (self->search_popover), GTK_WIDGET (self->search_entry));
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_search_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), focus);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (on_search_stop), self);
  g_signal_connect_swapped (self->search_list, "row-activated",
                            G_CALLBACK (on_search_row_activated), self);
  setup_activity_tracking (self);
  kring_window_init_lock (self);
}

void
kring_window_dispose_actions (KringWindow *self)
{
  g_clear_handle_id (&self->auto_lock_id, g_source_remove);
  kring_window_dispose_lock (self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  if (self->search_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->search_popover));
  self->search_popover = NULL;
}
