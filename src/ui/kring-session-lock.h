/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Tells when the desktop session locks, so that Kringkaart locks with it:
 * logind's Session.Lock for this process's session (system bus) and the
 * screensaver's ActiveChanged(true) (org.gnome.ScreenSaver and
 * org.freedesktop.ScreenSaver, session bus). Where a bus or service is
 * missing it simply never fires; the idle timer and Ctrl+L still lock.
 *
 * Signal "session-locked" (no arguments).
 */
#define KRING_TYPE_SESSION_LOCK (kring_session_lock_get_type ())
G_DECLARE_FINAL_TYPE (KringSessionLock, kring_session_lock, KRING, SESSION_LOCK, GObject)

KringSessionLock *kring_session_lock_new (void);

G_END_DECLS
