/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * The app's way onto the clipboard. A phone number or an address copied
 * from a case must not outlive the lock: the app remembers (as a hash, not
 * the text) what it put there, and on lock empties the clipboard if it
 * still holds exactly that.
 */

/* Puts @text on @widget's clipboard and remembers it. */
void kring_clipboard_set_text   (GtkWidget  *widget,
                                 const char *text);
/* Empties the clipboard of @display when it still holds the text the app
 * put there last; leaves anything the user copied elsewhere alone. The
 * clipboard is read asynchronously, so this finishes a little later. */
void kring_clipboard_forget     (GdkDisplay *display);

G_END_DECLS
