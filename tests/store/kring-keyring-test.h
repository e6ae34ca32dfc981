/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-keyring.h"
#include "kring-profile.h"
#include "kring-test-util.h"

G_BEGIN_DECLS

/* Synchronous wrappers for the keyring and profile tests. */
gboolean      kring_keyring_test_store  (const char    *uuid,
                                         const KringKey *key,
                                         GError       **error);
KringKey     *kring_keyring_test_lookup (const char    *uuid,
                                         GError       **error);
gboolean      kring_keyring_test_clear  (const char    *uuid,
                                         GError       **error);
KringStore   *kring_profile_test_unlock (KringProfile  *profile,
                                         const char    *passphrase,
                                         GError       **error);
/* The database UUID recorded in DIR/profile.ini (NULL if none). */
char         *kring_profile_test_uuid   (const char    *dir);

G_END_DECLS
