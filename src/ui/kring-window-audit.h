/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* win.audit-log (kring-window-audit.c): opens the audit log; enabled in
 * the main state only. */
void kring_window_class_init_audit (GtkWidgetClass *widget_class);

G_END_DECLS
