/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* win.backup and win.restore (kring-window-backup.c). */
void kring_window_class_init_backup (GtkWidgetClass *widget_class);

G_END_DECLS
