/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-audit-window.h"
#include "kring-window-audit.h"
#include "kring-window-private.h"

/* The audit log needs the open store, so only the main state offers it
 * (kring_window_update_actions enables it there). */
static void
audit_log_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringWindow *self = KRING_WINDOW (widget);

  if (g_strcmp0 (kring_window_get_state (self), "main") != 0 || self->store == NULL)
    return;
  gtk_window_present (GTK_WINDOW (kring_audit_window_new (GTK_WINDOW (self), self->store)));
}

void
kring_window_class_init_audit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.audit-log", NULL, audit_log_activated);
}
