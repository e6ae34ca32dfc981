/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * The audit log for the user: who viewed or changed which household when,
 * newest first, with a search on the household or the colleague. Reading
 * the log is not itself logged. A dialog of @parent, so locking closes it.
 */

#define KRING_TYPE_AUDIT_WINDOW (kring_audit_window_get_type ())
G_DECLARE_FINAL_TYPE (KringAuditWindow, kring_audit_window, KRING, AUDIT_WINDOW, AdwWindow)

KringAuditWindow *kring_audit_window_new (GtkWindow  *parent,
                                          KringStore *store);

G_END_DECLS
