/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-clipboard.h"

/* Object data on the GdkDisplay: the SHA-256 of the text last copied. */
#define COPIED_KEY "kring-clipboard-copied"

static char *
hash_text (const char *text)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

void
kring_clipboard_set_text (GtkWidget *widget, const char *text)
{
  GdkDisplay *display;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  display = gtk_widget_get_display (widget);
  gdk_clipboard_set_text (gdk_display_get_clipboard (display), text);
  g_object_set_data_full (G_OBJECT (display), COPIED_KEY, hash_text (text), g_free);
}

static void
on_text_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autofree char *copied = user_data;
  GdkClipboard *clipboard = GDK_CLIPBOARD (source);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (clipboard, result, &error);
  g_autofree char *hash = NULL;

  /* Nothing readable there (empty, an image, an owner that went away):
   * it no longer holds what the app copied. */
  if (text == NULL)
    return;
  hash = hash_text (text);
  if (g_str_equal (hash, copied))
    gdk_clipboard_set_text (clipboard, "");
}

void
kring_clipboard_forget (GdkDisplay *display)
{
  char *copied;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  copied = g_object_steal_data (G_OBJECT (display), COPIED_KEY);
  if (copied == NULL)
    return;
  gdk_clipboard_read_text_async (gdk_display_get_clipboard (display), NULL, on_text_read,
                                 copied);
}
