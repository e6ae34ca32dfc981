/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "kring-store-private.h"

G_BEGIN_DECLS

/* Rebuilds the directory_fts rows of the records changed since the last
 * call (directory_fts_dirty); every query of directory_fts runs it first. */
gboolean kring_store_fts_sync (KringStoreConn *conn,
                               GError        **error);

G_END_DECLS
