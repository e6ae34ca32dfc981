/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

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
  close_transients (self);
  kring_clipboard_forget (gtk_widget_get_display (GTK_WIDGET (self)));
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
