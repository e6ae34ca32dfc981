/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-backup.h"
#include "kring-recovery-dialog.h"
#include "kring-window-private.h"
#include "kring-window-rekey.h"

/* win.change-key (Preferences → Change encryption key): asks first, then
 * works on the closed file like a restore (kring_window_work_locked()) and
 * opens the data again with the new key. A keyring profile gets a new
 * recovery key, shown at once to be written down; a passphrase profile
 * changes its passphrase. */

typedef struct
{
  KringWindow *window;
  char        *passphrase;      /* passphrase profile: the current one */
  char        *new_passphrase;  /* passphrase profile: the new one */
} RekeyOp;

static void
rekey_op_free (RekeyOp *op)
{
  g_object_unref (op->window);
  kring_key_wipe_string (op->passphrase);
  kring_key_wipe_string (op->new_passphrase);
  g_free (op);
}

static void
toast (KringWindow *self, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  kring_window_add_toast (self, escaped);
}

static void
on_recovery_key (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  char *recovery = kring_profile_get_recovery_key_finish (KRING_PROFILE (source), result, &error);

  if (recovery == NULL)
    {
      toast (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (kring_recovery_dialog_new_show (GTK_WINDOW (self), recovery)));
  kring_key_wipe_string (recovery);
}

static void
on_rekeyed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  RekeyOp *op = user_data;
  KringWindow *self = op->window;
  KringProfile *profile = KRING_PROFILE (source);
  g_autoptr (GError) error = NULL;
  gboolean ok = kring_profile_rekey_finish (profile, result, &error);

  kring_window_work_done (self, ok ? op->new_passphrase : op->passphrase);
  if (!ok)
    {
      g_autofree char *text = g_strdup_printf (_("The key was not changed; your data is "
                                                 "unchanged. %s"), error->message);

      toast (self, text);
    }
  else if (kring_profile_get_key_mode (profile) == KRING_KEY_MODE_KEYRING)
    kring_profile_get_recovery_key_async (profile, NULL, on_recovery_key, g_object_ref (self));
  else
    toast (self, _("Your data now opens with the new passphrase"));
  rekey_op_free (op);
}

static void
start_rekey (KringWindow *self, gpointer user_data)
{
  RekeyOp *op = user_data;

  kring_profile_rekey_async (kring_window_get_profile (self), op->passphrase, op->new_passphrase,
                             NULL, on_rekeyed, op);
}

/* After the dialog has gone: locking closes every dialog of the window. */
static gboolean
lock_and_rekey (gpointer user_data)
{
  RekeyOp *op = user_data;

  kring_window_work_locked (op->window, _("Encrypting your data with a new key…"), start_rekey,
                            op);
  return G_SOURCE_REMOVE;
}

/* The dialog */

static const char *
entry_text (AdwMessageDialog *dialog, const char *name)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), name);

  return entry != NULL ? gtk_editable_get_text (entry) : NULL;
}

static void
on_typed (AdwMessageDialog *dialog)
{
  const char *current = entry_text (dialog, "current");
  const char *first = entry_text (dialog, "new");

  adw_message_dialog_set_response_enabled (
    dialog, "change", *current != '\0' && kring_backup_check_passphrase (first, NULL)
                        && g_str_equal (first, entry_text (dialog, "repeat")));
}

static void
add_entry (AdwMessageDialog *dialog, GtkBox *box, const char *name, const char *label)
{
  GtkWidget *entry = gtk_entry_new ();

  /* Not a GtkPasswordEntry: see ask_app_passphrase() in kring-window-lock.c. */
  gtk_entry_set_visibility (GTK_ENTRY (entry), FALSE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_PASSWORD);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_name (entry, name);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_typed), dialog, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (dialog), name, entry);
  gtk_box_append (box, entry);
}

static void
add_passphrase_entries (AdwMessageDialog *dialog)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autofree char *hint = g_strdup_printf (_("At least %d characters."),
                                           KRING_BACKUP_MIN_PASSPHRASE);
  GtkWidget *label = gtk_label_new (hint);

  add_entry (dialog, GTK_BOX (box), "current", _("Current passphrase"));
  add_entry (dialog, GTK_BOX (box), "new", _("The new passphrase"));
  add_entry (dialog, GTK_BOX (box), "repeat", _("Repeat the new passphrase"));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_set_response_enabled (dialog, "change", FALSE);
}

static void
on_response (AdwMessageDialog *dialog, const char *response, KringWindow *self)
{
  RekeyOp *op;

  if (!g_str_equal (response, "change"))
    return;
  op = g_new0 (RekeyOp, 1);
  op->window = g_object_ref (self);
  op->passphrase = g_strdup (entry_text (dialog, "current"));
  op->new_passphrase = g_strdup (entry_text (dialog, "new"));
  g_idle_add (lock_and_rekey, op);
}

static GtkWidget *
ask_dialog_new (KringWindow *self, gboolean passphrase)
{
  GtkWidget *dialog = adw_message_dialog_new (
    GTK_WINDOW (self), passphrase ? _("Change Passphrase?") : _("Change Encryption Key?"),
    passphrase
      ? _("Kringkaart encrypts all your data again under the new passphrase. From then on "
          "only the new passphrase opens it. Kringkaart is locked while this runs.")
      : _("Kringkaart makes a new key, encrypts all your data again with it and keeps it in "
          "the keyring. Your recovery key changes too: write down the new one that is shown "
          "afterwards; the old one no longer works. Kringkaart is locked while this runs."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "change", passphrase ? _("_Change Passphrase")
                                                         : _("_Change Key"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change",
                                              ADW_RESPONSE_SUGGESTED);
  if (passphrase)
    add_passphrase_entries (ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response), self, 0);
  return dialog;
}

static void
change_key_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);
  KringProfile *profile = kring_window_get_profile (self);

  if (kring_window_get_store (self) == NULL || kring_window_is_busy (self))
    {
      toast (self, _("Open your data first, then change its key."));
      return;
    }
  gtk_window_present (GTK_WINDOW (ask_dialog_new (
    self, kring_profile_get_key_mode (profile) == KRING_KEY_MODE_PASSPHRASE)));
}

void
kring_window_class_init_rekey (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.change-key", NULL, change_key_activated);
}
