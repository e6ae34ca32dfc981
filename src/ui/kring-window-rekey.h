/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* win.change-key (kring-window-rekey.c). */
void kring_window_class_init_rekey (GtkWidgetClass *widget_class);

G_END_DECLS
