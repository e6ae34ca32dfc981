/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-profile.h"

G_BEGIN_DECLS

/*
 * The recovery key in the UI. Two uses of one dialog:
 * - "show": once, at first set-up of a keyring profile, the key in large
 *   groups to be written down; "Done" only after the user says so.
 * - "recover": when the keyring lost the key, the user types the key back;
 *   a typo is reported at once by the checksum, a wrong key when opening
 *   fails, and on success "recovered" hands over the open store.
 */
#define KRING_TYPE_RECOVERY_DIALOG (kring_recovery_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KringRecoveryDialog, kring_recovery_dialog, KRING, RECOVERY_DIALOG,
                      AdwWindow)

/* @recovery_key as from kring_profile_get_recovery_key_finish(). */
KringRecoveryDialog *kring_recovery_dialog_new_show    (GtkWindow    *parent,
                                                        const char   *recovery_key);
/* Emits "recovered" (KringStore *) and closes once @profile is open. */
KringRecoveryDialog *kring_recovery_dialog_new_recover (GtkWindow    *parent,
                                                        KringProfile *profile);
/* The inline problem shown under the entry, or NULL. */
const char          *kring_recovery_dialog_get_problem (KringRecoveryDialog *self);
/* Whether a recovery attempt is under way. */
gboolean             kring_recovery_dialog_is_busy     (KringRecoveryDialog *self);

/* Reads the key of the just-created keyring @profile and shows it over
 * @parent, unless kring_recovery_dialog_inhibit (@parent) was called or the
 * environment variable KRING_NO_RECOVERY_PROMPT is set (screenshots, tests). */
void                 kring_recovery_dialog_present_for_new_profile (GtkWindow    *parent,
                                                                    KringProfile *profile);
void                 kring_recovery_dialog_inhibit     (GtkWindow    *parent);

G_END_DECLS
