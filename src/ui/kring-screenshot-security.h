/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-screenshot-steps.h"

G_BEGIN_DECLS

/*
 * The issue 7 pictures of the screenshot run, numbered from the part's
 * first number (25 in the full run): the recovery-key dialog showing a fixed example key
 * (26-recovery-key.png), the backup dialog (27-backup.png), Preferences on
 * its Retention page (28-preferences-retention.png), the change-key question
 * (29-change-key.png) and, last because it closes the store, the locked
 * window (25-lock.png).
 */
#define KRING_SCREENSHOT_SECURITY_COUNT 5

extern const KringShotPart kring_screenshot_security_part;

G_END_DECLS
