/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the main window shows while locked: that the app is locked, the
 * button to unlock (win.unlock) and what locking protected. Holds no data. */
#define KRING_TYPE_LOCK_PAGE (kring_lock_page_get_type ())
G_DECLARE_FINAL_TYPE (KringLockPage, kring_lock_page, KRING, LOCK_PAGE, AdwBin)

G_END_DECLS
