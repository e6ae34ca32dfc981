/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-demo.h"

G_DEFINE_QUARK (kring-io-error-quark, kring_io_error)
