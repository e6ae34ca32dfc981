/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-store-error.h"

G_DEFINE_QUARK (kring-store-error-quark, kring_store_error)
G_DEFINE_QUARK (kring-keyring-error-quark, kring_keyring_error)
