/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-backup.h"
#include "kring-backup-dialog.h"

struct _KringBackupDialog
{
  AdwWindow parent_instance;

  AdwWindowTitle *window_title;
  GtkButton *next_button;
  GtkStack *stack;
  AdwPreferencesGroup *form_group;
  AdwActionRow *file_row;
  AdwPasswordEntryRow *passphrase_row;
  AdwPasswordEntryRow *repeat_row;
  AdwPasswordEntryRow *profile_row;
  GtkLabel *message_label;
  GtkWidget *warning_box;
  GtkLabel *warning_label;
  AdwStatusPage *busy_page;
  GtkSpinner *spinner;
  AdwStatusPage *confirm_page;
  GtkListBox *confirm_list;

  KringStore *store;     /* NULL in restore mode */
  GFile *file;           /* restore: the backup chosen */
  GCancellable *cancellable;
  gboolean restoring;
};

enum { SIGNAL_DONE, SIGNAL_RESTORE, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KringBackupDialog, kring_backup_dialog, ADW_TYPE_WINDOW)

char *
kring_backup_describe_error (const GError *error)
{
  if (g_error_matches (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY))
    return g_strdup (_("The passphrase is not right, or the file is not a Kringkaart backup."));
  if (g_error_matches (error, KRING_BACKUP_ERROR, KRING_BACKUP_ERROR_DAMAGED))
    return g_strdup (_("The backup file is damaged and cannot be used. Try another copy."));
  if (g_error_matches (error, KRING_STORE_ERROR, KRING_STORE_ERROR_TOO_NEW))
    return g_strdup (_("This backup was made with a newer version of Kringkaart. "
                       "Update Kringkaart first, then restore it."));
  if (g_error_matches (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NO_SPACE))
    return g_strdup (_("The disk is full. Make room or choose another place."));
  if (g_error_matches (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_KRINGKAART))
    return g_strdup (_("This file is not a Kringkaart backup."));
  if (g_error_matches (error, KRING_STORE_ERROR, KRING_STORE_ERROR_IO))
    return g_strdup_printf (_("The file cannot be used there. Choose another place. (%s)"),
                            error->message);
  if (error->domain == KRING_BACKUP_ERROR)
    return g_strdup (error->message);
  return g_strdup_printf (_("Something went wrong: %s"), error->message);
}

static const char *
row_text (AdwPasswordEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
show_message (KringBackupDialog *self, const char *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

/* What keeps the backup form from going on, or NULL. Mismatches are only
 * named once the second field has something in it. */
static const char *
backup_problem (KringBackupDialog *self, gboolean *quiet)
{
  const char *passphrase = row_text (self->passphrase_row);
  const char *repeat = row_text (self->repeat_row);

  *quiet = FALSE;
  if (g_utf8_strlen (passphrase, -1) < KRING_BACKUP_MIN_PASSPHRASE)
    {
      *quiet = *passphrase == '\0';
      return _("The passphrase must be at least 8 characters long.");
    }
  if (g_strcmp0 (passphrase, repeat) != 0)
    {
      *quiet = *repeat == '\0';
      return _("The two passphrases are not the same.");
    }
  return NULL;
}

static void
update_form (KringBackupDialog *self)
{
  gboolean quiet = FALSE, ready;
  const char *problem = NULL;

  if (self->restoring)
    ready = self->file != NULL && *row_text (self->passphrase_row) != '\0'
            && (!gtk_widget_get_visible (GTK_WIDGET (self->profile_row))
                || *row_text (self->profile_row) != '\0');
  else
    ready = (problem = backup_problem (self, &quiet)) == NULL;
  show_message (self, quiet ? NULL : problem);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backup.next", ready);
}

static void
show_busy (KringBackupDialog *self, const char *title)
{
  adw_status_page_set_title (self->busy_page, title);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "busy");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backup.next", FALSE);
  /* A backup under way is written to its end (nothing half-written stays
   * behind either way); a Cancel button that cannot stop it would mislead. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", FALSE);
}

static void
show_page (KringBackupDialog *self, const char *page)
{
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", TRUE);
}

static void
show_form_error (KringBackupDialog *self, const GError *error)
{
  g_autofree char *text = kring_backup_describe_error (error);

  show_page (self, "form");
  update_form (self);
  show_message (self, text);
}

/* --- making a backup --- */

static void
on_backup_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringBackupDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  gboolean written = kring_store_backup_finish (KRING_STORE (source), result, &error);

  /* Closed meanwhile (by the user or by locking): nothing left to show. */
  if (self->cancellable == NULL)
    return;
  if (!written)
    {
      show_form_error (self, error);
      return;
    }
  name = g_file_get_basename (g_object_get_data (G_OBJECT (self), "kring-target"));
  message = g_strdup_printf (_("Backup saved as “%s”"), name);
  g_signal_emit (self, signals[SIGNAL_DONE], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
write_backup (KringBackupDialog *self, GFile *file)
{
  g_object_set_data_full (G_OBJECT (self), "kring-target", g_object_ref (file), g_object_unref);
  show_busy (self, _("Writing the backup…"));
  kring_store_backup_async (self->store, file, row_text (self->passphrase_row),
                            self->cancellable, on_backup_written, g_object_ref (self));
}

/* --- checking a backup before restoring it --- */

static void
add_fact (KringBackupDialog *self, const char *title, const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (self->confirm_list, row);
}

static void
show_confirmation (KringBackupDialog *self, const KringBackupInfo *info)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *date = info->modified != NULL
                            ? g_date_time_format (info->modified, "%d-%m-%Y %H:%M")
                            : g_strdup (_("unknown"));
  g_autofree char *organizations = g_strdup_printf ("%" G_GINT64_FORMAT, info->organizations);
  g_autofree char *households = g_strdup_printf ("%" G_GINT64_FORMAT, info->households);

  adw_status_page_set_description (self->confirm_page,
    _("The data on this computer is replaced by what this backup holds. "
      "What you added since the backup was made is lost."));
  add_fact (self, _("Backup file"), name);
  add_fact (self, _("Made on"), date);
  add_fact (self, _("Organisations in the social map"), organizations);
  add_fact (self, _("Households"), households);
  show_page (self, "confirm");
  gtk_button_set_label (self->next_button, _("_Restore"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->next_button), "suggested-action");
  gtk_widget_add_css_class (GTK_WIDGET (self->next_button), "destructive-action");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backup.next", TRUE);
}

static void
on_backup_checked (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringBackupDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  KringBackupInfo *info = kring_backup_verify_finish (result, &error);

  if (self->cancellable == NULL)
    ;
  else if (info == NULL)
    show_form_error (self, error);
  else
    show_confirmation (self, info);
  if (info != NULL)
    {
      kring_backup_info_clear (info);
      g_free (info);
    }
}

static void
check_backup (KringBackupDialog *self)
{
  show_busy (self, _("Checking the backup…"));
  kring_backup_verify_async (self->file, row_text (self->passphrase_row), self->cancellable,
                             on_backup_checked, g_object_ref (self));
}

void
kring_backup_dialog_use_file (KringBackupDialog *self, GFile *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (KRING_IS_BACKUP_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!self->restoring)
    {
      write_backup (self, file);
      return;
    }
  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  adw_action_row_set_subtitle (self->file_row, name);
  update_form (self);
}

/* --- actions --- */

static void
on_file_chosen (GtkNativeDialog *chooser, int response, KringBackupDialog *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    kring_backup_dialog_use_file (self, file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_file (KringBackupDialog *self)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("kringkaart-%s.kkbackup", date);
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (
    self->restoring ? _("Choose a backup") : _("Save the backup"), GTK_WINDOW (self),
    self->restoring ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE,
    self->restoring ? _("_Open") : _("_Save"), _("_Cancel"));

  gtk_file_filter_set_name (filter, _("Kringkaart backups (*.kkbackup)"));
  gtk_file_filter_add_pattern (filter, "*.kkbackup");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (!self->restoring)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
choose_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  choose_file (KRING_BACKUP_DIALOG (widget));
}

static void
next_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringBackupDialog *self = KRING_BACKUP_DIALOG (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (!self->restoring)
    choose_file (self);
  else if (g_strcmp0 (page, "form") == 0)
    check_backup (self);
  else if (g_strcmp0 (page, "confirm") == 0)
    {
      g_signal_emit (self, signals[SIGNAL_RESTORE], 0, self->file,
                     row_text (self->passphrase_row), row_text (self->profile_row));
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static void
kring_backup_dialog_dispose (GObject *object)
{
  KringBackupDialog *self = KRING_BACKUP_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (kring_backup_dialog_parent_class)->dispose (object);
}

static void
kring_backup_dialog_class_init (KringBackupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_backup_dialog_dispose;
  /* "done" (message): the backup is written; the message suits a toast. */
  signals[SIGNAL_DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* "restore" (file, passphrase, profile passphrase): the user confirmed. */
  signals[SIGNAL_RESTORE] = g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_FILE,
                                          G_TYPE_STRING, G_TYPE_STRING);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-backup-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, form_group);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, profile_row);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, warning_box);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, warning_label);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, busy_page);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, confirm_page);
  gtk_widget_class_bind_template_child (widget_class, KringBackupDialog, confirm_list);
  gtk_widget_class_install_action (widget_class, "backup.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "backup.choose", NULL, choose_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* Enter in a passphrase field goes on when the form is complete. */
static void
on_entry_activated (KringBackupDialog *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "form") == 0
      && gtk_widget_get_sensitive (GTK_WIDGET (self->next_button)))
    gtk_widget_activate_action (GTK_WIDGET (self), "backup.next", NULL);
}

static void
kring_backup_dialog_init (KringBackupDialog *self)
{
  AdwPasswordEntryRow *rows[3];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  rows[0] = self->passphrase_row;
  rows[1] = self->repeat_row;
  rows[2] = self->profile_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_signal_connect_swapped (rows[i], "changed", G_CALLBACK (update_form), self);
      g_signal_connect_swapped (rows[i], "entry-activated", G_CALLBACK (on_entry_activated),
                                self);
    }
}

static KringBackupDialog *
dialog_new (GtkWindow *parent, const char *title)
{
  KringBackupDialog *self = g_object_new (KRING_TYPE_BACKUP_DIALOG, "transient-for", parent,
                                          "title", title, NULL);

  adw_window_title_set_title (self->window_title, title);
  return self;
}

KringBackupDialog *
kring_backup_dialog_new_backup (GtkWindow *parent, KringStore *store)
{
  KringBackupDialog *self = dialog_new (parent, _("Make a Backup"));

  g_return_val_if_fail (KRING_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  adw_preferences_group_set_description (self->form_group,
    _("A backup is a copy of all data on this computer, locked with a passphrase you "
      "choose. Keep it in a safe place, for example on a USB stick in a locked cupboard."));
  gtk_label_set_text (self->warning_label,
    _("Write the passphrase down and keep it safe. It cannot be recovered: without it "
      "nobody can open the backup, not even the makers of Kringkaart."));
  gtk_widget_set_visible (GTK_WIDGET (self->file_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->profile_row), FALSE);
  gtk_button_set_label (self->next_button, _("_Save…"));
  update_form (self);
  return self;
}

KringBackupDialog *
kring_backup_dialog_new_restore (GtkWindow *parent, gboolean ask_profile_passphrase)
{
  KringBackupDialog *self = dialog_new (parent, _("Restore a Backup"));

  self->restoring = TRUE;
  adw_preferences_group_set_description (self->form_group,
    _("Choose the backup and type the passphrase it was made with. You see what the "
      "backup holds before anything is replaced."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->passphrase_row),
                                 _("Passphrase of the backup"));
  gtk_widget_set_visible (GTK_WIDGET (self->repeat_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->profile_row), ask_profile_passphrase);
  gtk_widget_set_visible (self->warning_box, FALSE);
  gtk_button_set_label (self->next_button, _("_Next"));
  update_form (self);
  return self;
}
