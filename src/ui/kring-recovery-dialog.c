/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kring-clipboard.h"
#include "kring-recovery-dialog.h"
#include "kring-recovery.h"
#include "kring-store-error.h"

#define INHIBIT_KEY "kring-recovery-dialog-inhibit"
/* A copied key stays on the clipboard no longer than this. */
#define CLIPBOARD_SECONDS 60
#define GROUPS_PER_LINE 7
#define LINE_CHARS 72
#define ENTRY_WIDTH 680

struct _KringRecoveryDialog
{
  AdwWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkBox *content;
  GtkLabel *problem_label;
  AdwEntryRow *entry_row;
  GtkSpinner *spinner;
  char *recovery_key;      /* show mode; wiped on dispose */
  KringProfile *profile;   /* recover mode */
  GCancellable *cancellable;
  gboolean busy;
};

G_DEFINE_FINAL_TYPE (KringRecoveryDialog, kring_recovery_dialog, ADW_TYPE_WINDOW)

enum { SIGNAL_RECOVERED, N_SIGNALS };
static guint signals[N_SIGNALS];

static GtkWidget *
new_label (const char *text, const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* A wrapping label asks for its whole text on one line unless told; this
   * keeps the dialog a readable width and its height right. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), LINE_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

static GtkWidget *
new_button (const char *label, const char *action, gboolean suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

static void
append (KringRecoveryDialog *self, GtkWidget *child)
{
  gtk_box_append (self->content, child);
}

/* The frame every dialog of both kinds shares: header bar, toasts, a column. */
static void
build_frame (KringRecoveryDialog *self, const char *title, gboolean closable)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), closable);
  gtk_widget_add_css_class (header, "flat");
  gtk_box_append (GTK_BOX (box), header);
  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 32);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 32);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 32);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->content));
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toast_overlay));
  gtk_window_set_deletable (GTK_WINDOW (self), closable);
}

static KringRecoveryDialog *
dialog_new (GtkWindow *parent)
{
  return g_object_new (KRING_TYPE_RECOVERY_DIALOG, "transient-for", parent, "modal", TRUE,
                       "destroy-with-parent", TRUE, "resizable", FALSE, NULL);
}

/* "ABCD-EFGH-…" in two lines of seven groups, so it can be copied by hand
 * group by group. */
static char *
format_for_paper (const char *recovery_key)
{
  g_auto (GStrv) groups = g_strsplit (recovery_key, "-", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, i % GROUPS_PER_LINE == 0 ? "\n" : "-");
      g_string_append (text, groups[i]);
      kring_key_wipe_string (g_steal_pointer (&groups[i]));
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
new_key_label (const char *recovery_key)
{
  g_autofree char *paper = format_for_paper (recovery_key);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (paper);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_add_css_class (label, "title-2");
  /* Plenty of room around the characters: they are read from a screen and
   * copied by hand. */
  g_object_set (label, "margin-top", 24, "margin-bottom", 24, "margin-start", 18,
                "margin-end", 18, NULL);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), label);
  explicit_bzero (paper, strlen (paper));
  return card;
}

static void
on_written_down_toggled (GtkCheckButton *check, KringRecoveryDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "recovery.done",
                                 gtk_check_button_get_active (check));
}

static void
build_show (KringRecoveryDialog *self)
{
  GtkWidget *check;
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  build_frame (self, _("Recovery Key"), FALSE);
  append (self, new_label (_("Write Down Your Recovery Key"), "title-1"));
  append (self, new_label (_("With this key you can still open your data when the keyring of "
                             "this computer has lost its key, for example after a reinstall."),
                           NULL));
  append (self, new_label (_("Write this key down and keep it in a safe place, not on this "
                             "computer."), "heading"));
  append (self, new_key_label (self->recovery_key));
  check = gtk_check_button_new_with_mnemonic (_("I have _written down the recovery key"));
  g_signal_connect (check, "toggled", G_CALLBACK (on_written_down_toggled), self);
  append (self, check);
  /* Not the selectable key: focus there would select all of it. */
  gtk_window_set_focus (GTK_WINDOW (self), check);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), new_button (_("_Copy"), "recovery.copy", FALSE));
  gtk_box_append (GTK_BOX (buttons), new_button (_("_Done"), "recovery.done", TRUE));
  append (self, buttons);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "recovery.done", FALSE);
}

KringRecoveryDialog *
kring_recovery_dialog_new_show (GtkWindow *parent, const char *recovery_key)
{
  KringRecoveryDialog *self;

  g_return_val_if_fail (recovery_key != NULL, NULL);

  self = dialog_new (parent);
  self->recovery_key = g_strdup (recovery_key);
  build_show (self);
  return self;
}

static gboolean
forget_clipboard (gpointer user_data)
{
  kring_clipboard_forget (GDK_DISPLAY (user_data));
  return G_SOURCE_REMOVE;
}

static void
copy_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringRecoveryDialog *self = KRING_RECOVERY_DIALOG (widget);

  if (self->recovery_key == NULL)
    return;
  kring_clipboard_set_text (widget, self->recovery_key);
  /* The timer outlives the dialog: the clipboard is emptied also when the
   * dialog was closed right after copying. */
  g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, CLIPBOARD_SECONDS, forget_clipboard,
                              g_object_ref (gtk_widget_get_display (widget)), g_object_unref);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Copied. The clipboard is emptied again in "
                                                "one minute.")));
}

static void
done_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* Recover mode ------------------------------------------------------------ */

static void
set_problem (KringRecoveryDialog *self, const char *problem)
{
  gtk_label_set_label (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

static void
set_busy (KringRecoveryDialog *self, gboolean busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  /* Not insensitive: a focused GtkText made insensitive loses its focus-out
   * event (GTK 4.8 warns). Read-only is enough. */
  gtk_editable_set_editable (GTK_EDITABLE (self->entry_row), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "recovery.recover", !busy);
}

/* A typo shows at once; a key still being typed (too short) does not. */
static void
on_entry_changed (KringRecoveryDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = NULL;

  key = kring_recovery_decode (gtk_editable_get_text (GTK_EDITABLE (self->entry_row)), &error);
  if (g_error_matches (error, KRING_RECOVERY_ERROR, KRING_RECOVERY_ERROR_LENGTH))
    set_problem (self, NULL);
  else
    set_problem (self, error ? error->message : NULL);
}

static void
on_recovered (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringRecoveryDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringStore) store = kring_profile_recover_finish (KRING_PROFILE (source), result,
                                                               &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (store != NULL)
        kring_store_close_async (store, NULL, NULL, NULL);
      return;
    }
  set_busy (self, FALSE);
  if (store == NULL)
    {
      if (g_error_matches (error, KRING_STORE_ERROR, KRING_STORE_ERROR_WRONG_KEY))
        set_problem (self, _("This recovery key does not open your data. Check that it is the "
                             "key written down for this computer’s data."));
      else
        set_problem (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->entry_row), "");
  g_signal_emit (self, signals[SIGNAL_RECOVERED], 0, store);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
recover_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringRecoveryDialog *self = KRING_RECOVERY_DIALOG (widget);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry_row));
  g_autoptr (GError) error = NULL;
  g_autoptr (KringKey) key = NULL;

  if (self->profile == NULL || self->busy)
    return;
  /* Checked here too: Enter on a short key says what is wrong. */
  if ((key = kring_recovery_decode (text, &error)) == NULL)
    {
      set_problem (self, error->message);
      return;
    }
  set_problem (self, NULL);
  set_busy (self, TRUE);
  kring_profile_recover_async (self->profile, text, self->cancellable, on_recovered,
                               g_object_ref (self));
}

static void
on_entry_activated (KringRecoveryDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "recovery.recover", NULL);
}

static GtkWidget *
build_entry (KringRecoveryDialog *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->entry_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry_row), _("Recovery key"));
  gtk_widget_add_css_class (GTK_WIDGET (self->entry_row), "monospace");
  g_signal_connect_swapped (self->entry_row, "changed", G_CALLBACK (on_entry_changed), self);
  g_signal_connect_swapped (self->entry_row, "entry-activated",
                            G_CALLBACK (on_entry_activated), self);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->entry_row));
  /* Wide enough for the whole key, dashes included, to be checked at a glance. */
  gtk_widget_set_size_request (list, ENTRY_WIDTH, -1);
  return list;
}

static void
build_recover (KringRecoveryDialog *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  build_frame (self, _("Recover With Recovery Key"), TRUE);
  append (self, new_label (_("Open Your Data With the Recovery Key"), "title-2"));
  append (self, new_label (_("Type the recovery key you wrote down when Kringkaart was set up. "
                             "Capitals, spaces and dashes do not matter. Kringkaart checks the "
                             "key before it opens anything, and keeps it in the keyring "
                             "again."), NULL));
  append (self, build_entry (self));
  self->problem_label = GTK_LABEL (new_label (NULL, "error"));
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  append (self, GTK_WIDGET (self->problem_label));
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (buttons), new_button (_("_Cancel"), "window.close", FALSE));
  gtk_box_append (GTK_BOX (buttons), new_button (_("_Recover"), "recovery.recover", TRUE));
  append (self, buttons);
}

KringRecoveryDialog *
kring_recovery_dialog_new_recover (GtkWindow *parent, KringProfile *profile)
{
  KringRecoveryDialog *self;

  g_return_val_if_fail (KRING_IS_PROFILE (profile), NULL);

  self = dialog_new (parent);
  self->profile = g_object_ref (profile);
  build_recover (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry_row));
  return self;
}

const char *
kring_recovery_dialog_get_problem (KringRecoveryDialog *self)
{
  g_return_val_if_fail (KRING_IS_RECOVERY_DIALOG (self), NULL);
  if (self->problem_label == NULL
      || !gtk_widget_get_visible (GTK_WIDGET (self->problem_label)))
    return NULL;
  return gtk_label_get_label (self->problem_label);
}

gboolean
kring_recovery_dialog_is_busy (KringRecoveryDialog *self)
{
  g_return_val_if_fail (KRING_IS_RECOVERY_DIALOG (self), FALSE);
  return self->busy;
}

/* First set-up ------------------------------------------------------------ */

void
kring_recovery_dialog_inhibit (GtkWindow *parent)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_object_set_data (G_OBJECT (parent), INHIBIT_KEY, GINT_TO_POINTER (TRUE));
}

static void
on_key_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GtkWindow) parent = user_data;
  g_autoptr (GError) error = NULL;
  char *recovery_key = kring_profile_get_recovery_key_finish (KRING_PROFILE (source), result,
                                                              &error);

  if (recovery_key == NULL)
    {
      /* Never silent: without the key shown, the user must know it is missing. */
      g_warning ("Could not read the recovery key: %s", error->message);
      return;
    }
  if (gtk_widget_get_visible (GTK_WIDGET (parent)))
    gtk_window_present (GTK_WINDOW (kring_recovery_dialog_new_show (parent, recovery_key)));
  kring_key_wipe_string (recovery_key);
}

void
kring_recovery_dialog_present_for_new_profile (GtkWindow *parent, KringProfile *profile)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (KRING_IS_PROFILE (profile));

  if (g_object_get_data (G_OBJECT (parent), INHIBIT_KEY) != NULL
      || g_getenv ("KRING_NO_RECOVERY_PROMPT") != NULL
      || kring_profile_get_key_mode (profile) != KRING_KEY_MODE_KEYRING)
    return;
  kring_profile_get_recovery_key_async (profile, NULL, on_key_read, g_object_ref (parent));
}

/* Class ------------------------------------------------------------------- */

static void
kring_recovery_dialog_dispose (GObject *object)
{
  KringRecoveryDialog *self = KRING_RECOVERY_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->entry_row != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->entry_row), "");
  g_clear_pointer (&self->recovery_key, kring_key_wipe_string);
  g_clear_object (&self->profile);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (kring_recovery_dialog_parent_class)->dispose (object);
}

static void
kring_recovery_dialog_class_init (KringRecoveryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_recovery_dialog_dispose;

  /**
   * KringRecoveryDialog::recovered:
   * @store: the open store of the recovered profile
   */
  signals[SIGNAL_RECOVERED] = g_signal_new ("recovered", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, KRING_TYPE_STORE);
  gtk_widget_class_install_action (widget_class, "recovery.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "recovery.done", NULL, done_activated);
  gtk_widget_class_install_action (widget_class, "recovery.recover", NULL, recover_activated);
}

static void
kring_recovery_dialog_init (KringRecoveryDialog *self)
{
  self->cancellable = g_cancellable_new ();
}
