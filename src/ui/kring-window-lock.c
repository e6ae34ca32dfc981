/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-app-passphrase.h"
#include "kring-clipboard.h"
#include "kring-window-private.h"

/* What locking does besides closing the store (kring-window.c): no dialog
 * or secondary window of the main window stays open over the lock page,
 * and a copied phone number or address does not stay on the clipboard.
 * Also follows the desktop session: when it locks, the window locks. */

static gboolean
belongs_to (GtkWindow *window, GtkWindow *main_window)
{
  for (GtkWindow *parent = gtk_window_get_transient_for (window); parent != NULL;
       parent = gtk_window_get_transient_for (parent))
    if (parent == main_window)
      return TRUE;
  return FALSE;
}

/* The first window that is the main window's dialog (or a dialog of one)
 * and not in @done, or NULL. Hidden windows count too: a hidden dialog may
 * still hold text. */
static GtkWindow *
find_transient (KringWindow *self, GPtrArray *done)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) self && belongs_to (l->data, GTK_WINDOW (self))
        && !g_ptr_array_find (done, l->data, NULL))
      return l->data;
  return NULL;
}

static void
close_transient (GtkWindow *window)
{
  /* A file chooser belongs to its GtkFileChooserNative, which must hear
   * that it was dismissed; every other window simply goes, without asking
   * whether to keep unsaved changes. */
  if (GTK_IS_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
    gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_DELETE_EVENT);
  if (GTK_IS_FILE_CHOOSER (window))
    gtk_widget_hide (GTK_WIDGET (window));
  else
    gtk_window_destroy (window);
}

static void
close_transients (KringWindow *self)
{
  GtkWindow *window;
  g_autoptr (GPtrArray) hidden = g_ptr_array_new ();

  /* Closing one window may close or open others, so look again each time;
   * a file chooser is only hidden and stays in the list. */
  while ((window = find_transient (self, hidden)) != NULL)
    {
      if (GTK_IS_FILE_CHOOSER (window))
        g_ptr_array_add (hidden, window);
      close_transient (window);
    }
}

void
kring_window_drop_leftovers (KringWindow *self)
{
  self->app_passphrase_ok = FALSE;
  close_transients (self);
  /* What was typed into the global search may be a name too. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  kring_clipboard_forget (gtk_widget_get_display (GTK_WIDGET (self)));
}

/* Work on the closed database file */

typedef struct
{
  KringWindow         *window;
  KringWindowWorkFunc  func;
  gpointer             user_data;
} LockedWork;

static gboolean
start_work (gpointer user_data)
{
  LockedWork *work = user_data;

  work->func (work->window, work->user_data);
  g_object_unref (work->window);
  g_free (work);
  return G_SOURCE_REMOVE;
}

static void
on_closed_for_work (GObject *source, GAsyncResult *result, gpointer user_data)
{
  kring_store_close_finish (KRING_STORE (source), result, NULL);
  start_work (user_data);
}

void
kring_window_work_locked (KringWindow *self, const char *message, KringWindowWorkFunc func,
                          gpointer user_data)
{
  g_autoptr (KringStore) store = self->store != NULL ? g_object_ref (self->store) : NULL;
  LockedWork *work = g_new0 (LockedWork, 1);

  work->window = g_object_ref (self);
  work->func = func;
  work->user_data = user_data;
  kring_window_lock (self);
  /* Counts as unlocking: the unlock button is off until the work is done. */
  self->unlocking = TRUE;
  kring_unlock_page_show_busy (self->unlock_page, message);
  gtk_stack_set_visible_child_name (self->main_stack, "unlock");
  kring_window_update_actions (self);
  /* Queued behind the close the lock started: when this one returns, the
   * database file is closed. */
  if (store != NULL)
    kring_store_close_async (store, NULL, on_closed_for_work, work);
  else
    g_idle_add (start_work, work);
}

void
kring_window_work_done (KringWindow *self, const char *passphrase)
{
  self->unlocking = FALSE;
  kring_window_unlock (self, passphrase);
}

/* The app passphrase */

static void ask_app_passphrase (KringWindow *self, const char *passphrase, const char *problem);

static void
on_app_passphrase_response (AdwMessageDialog *dialog, const char *response, KringWindow *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *typed = g_strdup (gtk_editable_get_text (entry));
  g_autofree char *passphrase = g_strdup (g_object_get_data (G_OBJECT (dialog),
                                                             "kring-passphrase"));
  const char *data_dir = kring_profile_get_data_dir (self->profile);

  gtk_editable_set_text (entry, "");
  if (!g_str_equal (response, "unlock"))
    {
      /* Not now: the lock page offers to try again. */
      gtk_stack_set_visible_child_name (self->main_stack, "locked");
      kring_window_update_actions (self);
      return;
    }
  if (!kring_app_passphrase_check (data_dir, typed))
    {
      ask_app_passphrase (self, passphrase,
                          _("This is not the app passphrase. Check it and try again."));
      return;
    }
  self->app_passphrase_ok = TRUE;
  kring_window_unlock (self, passphrase);
}

static void
ask_app_passphrase (KringWindow *self, const char *passphrase, const char *problem)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Enter the App Passphrase"),
                                              problem);
  GtkWidget *entry = gtk_entry_new ();

  if (problem == NULL)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                 _("Kringkaart asks this passphrase before it opens your data."));
  /* A plain entry: with GTK 4.8 a GtkPasswordEntry here failed an invalid
   * cast in a notify handler when the message dialog destroyed itself
   * after its response. */
  gtk_entry_set_visibility (GTK_ENTRY (entry), FALSE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_PASSWORD);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("App passphrase"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "unlock", _("_Unlock"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "unlock",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "unlock");
  g_object_set_data_full (G_OBJECT (dialog), "kring-passphrase", g_strdup (passphrase), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_app_passphrase_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

gboolean
kring_window_ask_app_passphrase (KringWindow *self, const char *passphrase)
{
  if (self->app_passphrase_ok
      || !kring_app_passphrase_is_set (kring_profile_get_data_dir (self->profile)))
    return FALSE;
  ask_app_passphrase (self, passphrase, NULL);
  return TRUE;
}

static void
on_session_locked (KringWindow *self)
{
  kring_window_lock (self);
}

void
kring_window_init_lock (KringWindow *self)
{
  self->session_lock = kring_session_lock_new ();
  g_signal_connect_object (self->session_lock, "session-locked",
                           G_CALLBACK (on_session_locked), self, G_CONNECT_SWAPPED);
}

void
kring_window_dispose_lock (KringWindow *self)
{
  if (self->session_lock != NULL)
    g_signal_handlers_disconnect_by_data (self->session_lock, self);
  g_clear_object (&self->session_lock);
}
